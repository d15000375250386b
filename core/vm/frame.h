// VM-internal: the Frame (one activation of a code object), the per-thread
// frame arena, frame objects (sys._getframe / tracebacks) and the generator
// layout. Only core/vm/*.cc include this header.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/vm/eval.h"

namespace weft {

// The opcode numbers, in opcodes.def order (VM-private spelling).
namespace vmop {
enum : uint8_t {
#define OPCODE(name, has_arg, effect, doc) name,
#include "core/vm/opcodes.def"
#undef OPCODE
  kCount
};
}  // namespace vmop

struct FrameObject;

// Dict and Set are opaque outside dict.cc/set.cc; these convert their pointers
// (single inheritance from Object at offset 0).
inline Object* obj_of(Dict* d) { return reinterpret_cast<Object*>(d); }
inline Value val_of(Dict* d) { return Value(reinterpret_cast<Object*>(d)); }
inline Dict* dict_of(Value v) { return reinterpret_cast<Dict*>(v.as_object()); }
inline Set* set_of(Value v) { return reinterpret_cast<Set*>(v.as_object()); }

// A SETUP_FINALLY handler: jump target and the value-stack depth to restore.
struct Block {
  int32_t handler;
  int32_t level;
};

inline constexpr int kMaxBlocks = 20;  // CPython's CO_MAXBLOCKS

enum FrameState : uint8_t {
  kFrameCreated,    // generator frame that has not started yet
  kFrameSuspended,  // generator frame stopped at a yield
  kFrameRunning,
  kFrameCompleted,  // returned or raised; its references are released
};

// One activation record. Arena frames live in the thread's frame arena and
// are strictly LIFO. A generator's frame is embedded at the end of the
// generator object (allocated with it, so no copy is needed when it
// suspends and nothing is freed when it finishes); it is linked into the
// thread's frame chain only while it runs.
//
// Memory after the header: localsplus (fast locals, cells, free vars), then
// the value stack (code->stacksize slots), then `max_blocks` Blocks.
struct Frame {
  Code* code;              // borrowed from func when func->code was it at entry, else owned
  Function* func;          // owned; null for eval_code() frames
  Dict* globals;           // borrowed from func; owned when func is null
  Dict* builtins;          // likewise
  Value locals;            // owned mapping for module/class frames, else null
  Frame* previous;         // caller; null for a suspended generator frame
  Frame* gen_link;         // innermost running generator frame at or below this one
  const Instr* instr;      // the instruction being executed (null: not started)
  const Instr* resume_at;  // where execution continues after a call returns / a resume
  Value* sp;               // stack top; valid whenever this frame is not executing
  FrameObject* frame_obj;  // materialised frame object (owned), or null
  Object* gen;             // the generator embedding this frame (borrowed), or null
  Block* blocks;
  int32_t nlocalsplus;
  uint16_t nblocks;
  uint16_t max_blocks;
  uint8_t state;           // FrameState
  bool is_entry;           // returning from it leaves the dispatch loop
  bool in_arena;
  bool owns_code;          // code holds a reference of its own (see Frame::code)

  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return localsplus() + nlocalsplus; }
  const Instr* first_instr() const { return code->code.data(); }
  int lasti() const { return instr ? int(instr - code->code.data()) : -1; }
  int lineno() const;
};

// ---- sizes -------------------------------------------------------------------
int code_block_slots_slow(Code* co);
inline int code_block_slots(Code* co) {  // cached in Code::vm_block_slots
  int32_t cached = co->vm_block_slots.load(std::memory_order_relaxed);
  return cached > 0 ? cached - 1 : code_block_slots_slow(co);
}
inline int code_ncells(Code* co) { return co->cellvars ? int(co->cellvars->length) : 0; }
inline int code_nfrees(Code* co) { return co->freevars ? int(co->freevars->length) : 0; }
inline bool code_has_cells(Code* co) { return (code_ncells(co) | code_nfrees(co)) != 0; }
inline int code_nlocalsplus(Code* co) { return co->nlocals + code_ncells(co) + code_nfrees(co); }
inline size_t frame_bytes(Code* co) {
  return sizeof(Frame) + sizeof(Value) * size_t(code_nlocalsplus(co) + co->stacksize) +
         sizeof(Block) * size_t(code_block_slots(co));
}
int code_line_at(Code* co, int lasti);  // line of instruction lasti (nearest known)

// ---- the arena ---------------------------------------------------------------
// A per-thread stack of malloc'd chunks (ThreadState::frame_arena). Frames are
// bump-allocated and freed strictly LIFO; one emptied chunk is kept as a spare
// so a call loop at a chunk boundary does not malloc/free every time.
struct ArenaChunk {
  ArenaChunk* prev;
  char* top;
  char* end;
  char* data() { return reinterpret_cast<char*>(this + 1); }
};
static_assert(sizeof(ArenaChunk) % 8 == 0);
struct FrameArena {
  ArenaChunk* current = nullptr;
  ArenaChunk* spare = nullptr;
};
Frame* arena_alloc_slow(ThreadState* ts, size_t bytes);
void arena_pop_chunk(FrameArena* a);
// Returns uninitialised memory for a frame of `bytes`, or null (MemoryError set).
inline Frame* arena_alloc(ThreadState* ts, size_t bytes) {
  bytes = (bytes + 15) & ~size_t(15);
  auto* a = static_cast<FrameArena*>(ts->frame_arena);
  ArenaChunk* c = a ? a->current : nullptr;
  if (__builtin_expect(c && size_t(c->end - c->top) >= bytes, 1)) {
    Frame* f = reinterpret_cast<Frame*>(c->top);
    c->top += bytes;
    return f;
  }
  return arena_alloc_slow(ts, bytes);
}
// Releases the most recently allocated frame (which must be `f`).
inline void arena_free(ThreadState* ts, Frame* f) {
  auto* a = static_cast<FrameArena*>(ts->frame_arena);
  ArenaChunk* c = a->current;
  c->top = reinterpret_cast<char*>(f);
  if (__builtin_expect(c->top == c->data(), 0) && c->prev) arena_pop_chunk(a);
}
void arena_destroy(ThreadState* ts);  // thread exit

// Initialises a frame header for `co`. Borrows co from func when it is
// func's code (a function keeps every code it ever had alive, see
// Function::vm_retired_code), else takes a new reference; takes over one
// reference to func from the caller.
// All localsplus slots are null; the stack is empty.
void frame_init(Frame* f, Code* co, Function* func, Dict* globals, Dict* builtins,
                bool in_arena);
// Releases everything the frame references (localsplus, stack up to sp, code,
// func, locals, frame object). The frame object, if any, takes over the
// local variables so f_locals keeps working after the frame is gone.
void frame_release(Frame* f);

// ---- calls (core/vm/call.cc) ----------------------------------------------------
// Binds arguments (borrowed) into f's fast locals with CPython's rules and
// messages, then creates cells and copies the closure. -1 on error.
int bind_arguments(ThreadState* ts, Frame* f, Function* fn, const Value* args, size_t nargs,
                   Tuple* kwnames);
// Creates cells (moving cell2arg parameters into them) and copies free vars.
int init_cells_and_frees(Frame* f, Function* fn);
// Creates a generator / coroutine / async generator for a call of fn.
Ref make_generator(ThreadState* ts, Function* fn, const Value* args, size_t nargs,
                   Tuple* kwnames);
// Runs fn's code with `locals` as the locals mapping (class bodies).
Ref run_with_locals(ThreadState* ts, Function* fn, Value locals);

// ---- the dispatch loop (core/vm/eval.cc) -------------------------------------
// Runs `f`, which the caller has prepared: f->previous == ts->current_frame,
// f->is_entry, f->resume_at and f->sp set, and ts->recursion_depth already
// incremented for it. On every exit from f the loop restores
// ts->current_frame, decrements the depth and releases f (arena frames are
// popped; generator frames become Suspended on a yield, else Completed).
// With `throwing`, the pending exception is raised at f's current instruction.
Ref eval_frame(ThreadState* ts, Frame* f, bool throwing);
// Enters a frame pushed by native code (depth and stack checks included).
Ref run_entry_frame(ThreadState* ts, Frame* f);

// The exception a new raise chains to (__context__): the innermost handled
// exception, looking through running generators into their callers.
Value topmost_handled(ThreadState* ts);
// Implicit chaining with CPython's cycle breaking.
void chain_context(Value exc, Value context);
// Appends a traceback entry for f at its current instruction to ts->exc.
void add_traceback_entry(ThreadState* ts, Frame* f);

// ---- out-of-line opcode helpers (core/vm/eval_ops.cc) ----------------------------
bool is_type_obj(Value v);
bool is_exc_class(Value v);
bool is_exc_instance(Value v);
// "__main__.f()" / "len()": _PyObject_FunctionStr, for call error messages (call.cc).
Ref function_str(ThreadState* ts, Value func);
void raise_name_error(ThreadState* ts, Value name);
void raise_unbound(ThreadState* ts, Code* co, int slot);  // fast local, cell or free slot
// New exception of `type` with message, __cause__ and __context__ = the pending one.
void raise_from_cause(ThreadState* ts, Type* type, std::string_view msg);
Ref stop_iteration_value(ThreadState* ts);  // consumes a pending StopIteration
// RAISE_VARARGS: 1 = bare re-raise (keep the traceback), 0 = a new exception is set.
int do_raise(ThreadState* ts, Value exc, Value cause);
// Unpacks `v` into out[0..total) with the first item at the highest address.
bool unpack_iterable(ThreadState* ts, Value v, int before, int after, Value* out);
Ref format_value(ThreadState* ts, Value v, int conversion, Value spec);
Ref build_string(ThreadState* ts, const Value* items, int n);
Ref call_function_ex(ThreadState* ts, Value func, Value self, Value args, Value kwargs);
Ref make_function_op(ThreadState* ts, Frame* f, int flags, Value* sp_top);
int check_except_type(ThreadState* ts, Value type, bool star);
bool exc_matches(Value exc, Value type);  // validated type or tuple of types
int eg_match(ThreadState* ts, Value exc, Value type, Ref* match, Ref* rest);
Ref prep_reraise_star(ThreadState* ts, Value orig, Value excs);
int before_with(ThreadState* ts, Value mgr, bool async, Ref* exit, Ref* result);
Ref with_exit_call(ThreadState* ts, Value exit, Value exc);
Ref get_awaitable(ThreadState* ts, Value v, int where);
Ref get_aiter(ThreadState* ts, Value v);
Ref get_anext(ThreadState* ts, Value aiter);
Ref get_yield_from_iter(ThreadState* ts, Frame* f, Value v);
// YIELD_FROM's send: the yielded value (*done false) or the result (*done true).
Ref yield_from_send(ThreadState* ts, Value iter, Value v, bool* done);
Ref match_class(ThreadState* ts, Value subject, Value cls, Value kwnames, int npos);
Ref match_keys(ThreadState* ts, Value subject, Value keys);
Ref copy_dict_without_keys(ThreadState* ts, Value subject, Value keys);
int list_extend_op(ThreadState* ts, Value list, Value iterable);
int set_update_op(ThreadState* ts, Value set, Value iterable);
int dict_update_op(ThreadState* ts, Value dict, Value update);
int dict_merge_op(ThreadState* ts, Value dict, Value update, Value func);
Ref load_name_op(ThreadState* ts, Frame* f, Str* name);
Ref load_global_slow(ThreadState* ts, Frame* f, Str* name);
Ref load_classderef_op(ThreadState* ts, Frame* f, int slot);
int setup_annotations_op(ThreadState* ts, Frame* f);
Str* slot_name(Code* co, int slot);  // name of localsplus slot

// ---- LOAD_GLOBAL cache (core/vm/global_cache.cc) ---------------------------------
// Per function (so the globals and builtins dicts are fixed and kept alive by
// the function): one entry per LOAD_GLOBAL instruction holding the value found
// and the two dicts' versions at the time of the lookup. An entry owns a
// reference to its value, and values it replaces are kept until the function
// dies, so a reader never touches a freed object; a seqlock makes the entry's
// fields consistent. Dict::version changes on every mutation, so a hit is
// exactly the value a lookup would return. Nested functions (kCoNested) are
// often created per call: they get a cache only after a few slow lookups
// (counted in Function::vm_globals_cache as an odd number until then).
inline constexpr int kGlobalCacheKeep = 4;  // refills with a new value before giving up
struct GlobalCacheEntry {
  std::atomic<uint32_t> seq;  // odd while a writer updates the entry
  uint32_t nreplaced;
  std::atomic<uint64_t> gver, bver;
  std::atomic<uintptr_t> value;  // Value bits; owned reference
  uintptr_t replaced[kGlobalCacheKeep];
};
struct FunctionGlobalCache {
  // The code whose LOAD_GLOBAL slots the entries follow (borrowed, compared
  // only); set to null for good when the function's __code__ is replaced.
  std::atomic<Code*> code;
  int32_t nslots;
  GlobalCacheEntry* slots() { return reinterpret_cast<GlobalCacheEntry*>(this + 1); }
};
// The cached value of the LOAD_GLOBAL at ip (borrowed), or null on a miss.
inline Value global_cache_get(Function* fn, Code* co, const Instr* ip) {
  void* p = fn->vm_globals_cache.load(std::memory_order_acquire);
  if (!p || (reinterpret_cast<uintptr_t>(p) & 1)) return Value();  // none yet / miss counter
  auto* fc = static_cast<FunctionGlobalCache*>(p);
  if (fc->code.load(std::memory_order_acquire) != co) return Value();
  InlineCache* caches = __atomic_load_n(&co->caches, __ATOMIC_ACQUIRE);
  uint64_t slot = caches[ip - co->code.data()].tag.load(std::memory_order_relaxed);
  if (!slot || slot > uint64_t(fc->nslots)) return Value();
  GlobalCacheEntry* e = &fc->slots()[slot - 1];
  uint32_t s1 = e->seq.load(std::memory_order_acquire);
  if (s1 & 1) return Value();
  uint64_t gv = e->gver.load(std::memory_order_relaxed);
  uint64_t bv = e->bver.load(std::memory_order_relaxed);
  uintptr_t v = e->value.load(std::memory_order_relaxed);
  std::atomic_thread_fence(std::memory_order_acquire);
  if (e->seq.load(std::memory_order_relaxed) != s1 || !v) return Value();
  if (fn->globals->version.load(std::memory_order_acquire) != gv ||
      fn->builtins->version.load(std::memory_order_acquire) != bv)
    return Value();
  return Value::from_bits(v);
}
// Records the result of a lookup done after reading the versions gv/bv.
void global_cache_fill(Function* fn, Code* co, const Instr* ip, uint64_t gv, uint64_t bv,
                       Value v);
void global_cache_free(Function* fn);  // function dealloc
void global_cache_disable(Function* fn);  // __code__ assignment
void code_caches_free(Code* co);       // code dealloc

// ---- frame objects (core/vm/traceback.cc) ------------------------------------
struct FrameObject : Object {
  Frame* frame;        // the live frame, or null once it finished
  Code* code;          // owned
  Dict* globals;       // owned
  Dict* builtins;      // owned
  Value locals;        // owned mapping of a module/class frame, or null
  Value* saved;        // after detaching: the frame's localsplus (owned)
  int32_t nsaved;
  int32_t lasti;       // after detaching
  FrameObject* back;   // after detaching: the caller's frame object (owned)
  Value trace;         // f_trace (owned), null = None
};
// The frame object of f, created on first use (new reference).
Ref frame_object_of(ThreadState* ts, Frame* f);
// Called by frame_release: the frame object takes over f's local variables.
void frame_object_detach(FrameObject* fo, Frame* f);
// A fresh snapshot dict of a function frame's variables (locals() semantics).
Ref fast_locals_snapshot(ThreadState* ts, Code* co, Value* localsplus);

struct Traceback : Object {
  Traceback* next;     // owned
  FrameObject* frame;  // owned
  int32_t lasti;
  int32_t lineno;
};
Ref new_traceback(ThreadState* ts, Value next, FrameObject* frame, int lasti, int lineno);

// ---- generators (core/vm/generator.cc) -----------------------------------------
enum GenKind : uint8_t { kGenGenerator, kGenCoroutine, kGenAsync };
struct Generator : Object {
  Frame* frame;          // embedded frame (below); state tells whether it is live
  Code* code;            // owned (gi_code outlives the frame)
  Value name, qualname;  // owned str
  Value exc_state;       // the generator's own handled exception while suspended (owned)
  Value saved_exc;       // the caller's handled exception while running (owned)
  std::atomic<uint8_t> running;
  uint8_t kind;          // GenKind
  bool ag_hooks_inited;  // async generators
  bool ag_closed;
  bool ag_running_async;
  Value ag_finalizer;    // owned, or null
  Value origin;          // cr_origin (unused: None)
};
Generator* new_generator_shell(ThreadState* ts, Function* fn);  // frame memory uninitialised
// Wraps an async generator's `yield` value (YIELD_VALUE in CO_ASYNC_GENERATOR code).
Ref async_gen_wrap_value(ThreadState* ts, Value v);
// The iterator a suspended frame delegates to (YIELD_FROM), borrowed, or null.
Value gen_delegate(Generator* g);
bool is_gen_like(Value v);  // exact generator or coroutine

// The helper types of generator.cc.
extern Type coroutine_wrapper_type, async_gen_asend_type, async_gen_athrow_type,
    async_gen_wrapped_value_type;

}  // namespace weft

// Frames: the per-thread chunked frame arena, frame set-up and release, and
// the frame queries builtins need (locals(), globals(), sys._getframe()).
// Frames are never on the C++ stack; see core/vm/frame.h for the layout.
#include "core/vm/frame.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace weft {

// ---- sizes and line numbers ----------------------------------------------------

int code_block_slots_slow(Code* co) {
  // A well-formed code object never nests deeper than its number of
  // SETUP_FINALLY instructions; more than kMaxBlocks raises SystemError.
  int count = 0;
  for (const Instr& in : co->code)
    if (in.op() == vmop::SETUP_FINALLY && ++count >= kMaxBlocks) break;
  co->vm_block_slots.store(count + 1, std::memory_order_relaxed);
  return count;
}

int code_line_at(Code* co, int lasti) {
  if (lasti >= int(co->positions.size())) lasti = int(co->positions.size()) - 1;
  for (int i = lasti; i >= 0; --i)
    if (co->positions[i].line >= 0) return co->positions[i].line;
  return co->firstlineno;
}

int Frame::lineno() const { return code_line_at(code, lasti()); }

// ---- the arena -----------------------------------------------------------------

namespace {

constexpr size_t kChunkBytes = 256 * 1024;

ArenaChunk* new_chunk(size_t need) {
  size_t bytes = need + sizeof(ArenaChunk) > kChunkBytes ? need + sizeof(ArenaChunk) : kChunkBytes;
  auto* c = static_cast<ArenaChunk*>(std::malloc(bytes));
  if (!c) return nullptr;
  c->prev = nullptr;
  c->top = c->data();
  c->end = reinterpret_cast<char*>(c) + bytes;
  return c;
}

}  // namespace

Frame* arena_alloc_slow(ThreadState* ts, size_t bytes) {
  auto* a = static_cast<FrameArena*>(ts->frame_arena);
  if (!a) {
    a = new (std::nothrow) FrameArena();
    if (!a) {
      set_no_memory(ts);
      return nullptr;
    }
    ts->frame_arena = a;
  }
  if (a->current && size_t(a->current->end - a->current->top) >= bytes) {
    Frame* f = reinterpret_cast<Frame*>(a->current->top);
    a->current->top += bytes;
    return f;
  }
  ArenaChunk* c = nullptr;
  if (a->spare && size_t(a->spare->end - a->spare->data()) >= bytes) {
    c = a->spare;
    a->spare = nullptr;
  } else {
    c = new_chunk(bytes);
    if (!c) {
      set_no_memory(ts);
      return nullptr;
    }
  }
  c->prev = a->current;
  c->top = c->data() + bytes;
  a->current = c;
  return reinterpret_cast<Frame*>(c->data());
}

void arena_pop_chunk(FrameArena* a) {
  ArenaChunk* c = a->current;
  a->current = c->prev;
  if (a->spare) std::free(a->spare);
  a->spare = c;
}

void release_thread_frames(ThreadState* ts) { arena_destroy(ts); }

void arena_destroy(ThreadState* ts) {
  auto* a = static_cast<FrameArena*>(ts->frame_arena);
  if (!a) return;
  for (ArenaChunk* c = a->current; c;) {
    ArenaChunk* p = c->prev;
    std::free(c);
    c = p;
  }
  std::free(a->spare);
  delete a;
  ts->frame_arena = nullptr;
}

// ---- frame set-up and release -------------------------------------------------------

void frame_init(Frame* f, Code* co, Function* func, Dict* globals, Dict* builtins,
                bool in_arena) {
  // Calls skip the code's refcount: the function keeps it alive (also after
  // a __code__ assignment, which retires the old code into the function).
  f->owns_code = !func || func->code != co;
  if (f->owns_code) incref(co);
  f->code = co;
  f->func = func;
  f->globals = globals;
  f->builtins = builtins;
  f->locals = Value();
  f->previous = nullptr;
  f->gen_link = nullptr;
  f->instr = nullptr;
  f->resume_at = co->code.data();
  int n = code_nlocalsplus(co);
  f->nlocalsplus = n;
  Value* lp = f->localsplus();
  std::memset(static_cast<void*>(lp), 0, sizeof(Value) * size_t(n));
  f->sp = lp + n;
  f->blocks = reinterpret_cast<Block*>(f->sp + co->stacksize);
  f->nblocks = 0;
  f->max_blocks = uint16_t(code_block_slots(co));
  f->frame_obj = nullptr;
  f->gen = nullptr;
  f->state = kFrameCreated;
  f->is_entry = false;
  f->in_arena = in_arena;
}

void frame_release(Frame* f) {
  if (FrameObject* fo = f->frame_obj) {
    f->frame_obj = nullptr;
    frame_object_detach(fo, f);  // moves the locals out, so the loop below skips them
    decref(fo);
  }
  Value* lp = f->localsplus();
  for (int i = 0; i < f->nlocalsplus; ++i) {
    Value v = lp[i];
    lp[i] = Value();
    decref(v);
  }
  Value* base = f->stack_base();
  while (f->sp > base) decref(*--f->sp);
  Value locals = f->locals;
  f->locals = Value();
  decref(locals);
  if (f->func) {
    decref(f->func);
  } else {
    xdecref(obj_of(f->globals));
    xdecref(obj_of(f->builtins));
  }
  f->func = nullptr;
  f->globals = nullptr;
  f->builtins = nullptr;
  if (f->owns_code) decref(f->code);
}

// ---- queries for builtins -------------------------------------------------------------

Dict* current_globals(ThreadState* ts) {
  Frame* f = ts->current_frame;
  return f ? f->globals : nullptr;
}

Value current_locals(ThreadState* ts) {
  Frame* f = ts->current_frame;
  return f ? f->locals : Value();
}

Ref get_globals(ThreadState* ts) {
  Frame* f = ts->current_frame;
  if (!f) return nullptr;
  return Ref::borrow(val_of(f->globals));
}

Ref get_locals(ThreadState* ts) {
  Frame* f = ts->current_frame;
  if (!f) return nullptr;
  if (f->locals) return Ref::borrow(f->locals);
  return fast_locals_snapshot(ts, f->code, f->localsplus());
}

Ref get_frame_object(ThreadState* ts, int depth) {
  Frame* f = ts->current_frame;
  while (depth > 0 && f) {
    f = f->previous;
    --depth;
  }
  if (!f) {
    set_error(ts, &ValueError_type, "call stack is not deep enough");
    return nullptr;
  }
  return frame_object_of(ts, f);
}

Value topmost_handled(ThreadState* ts) {
  Value v = ts->handled_exc.get();
  if (v && !v.is(None())) return v;
  Frame* g = ts->current_frame ? ts->current_frame->gen_link : nullptr;
  while (g) {
    auto* gen = static_cast<Generator*>(g->gen);
    Value s = gen->saved_exc;
    if (s && !s.is(None())) return s;
    g = g->previous ? g->previous->gen_link : nullptr;
  }
  return Value();
}

Value get_handled_exception(ThreadState* ts) { return topmost_handled(ts); }

bool enter_recursive_call(ThreadState* ts, const char* where) {
  if (ts->recursion_depth >= ts->recursion_limit) {
    set_errorf(ts, &RecursionError_type, "maximum recursion depth exceeded%s", where ? where : "");
    return true;
  }
  if (check_native_stack(ts, where)) return true;
  ts->recursion_depth++;
  return false;
}

}  // namespace weft

namespace weft {

bool current_frame_super_args(ThreadState* ts, Type** cls, Value* self) {
  Frame* f = ts->current_frame;
  if (!f) {
    set_error(ts, &RuntimeError_type, "super(): no current frame");
    return false;
  }
  Code* co = f->code;
  if (co->argcount == 0) {
    set_error(ts, &RuntimeError_type, "super(): no arguments");
    return false;
  }
  Value* lp = f->localsplus();
  Value first = lp[0];
  if (!first) {  // the first parameter may live in a cell (cell2arg)
    for (size_t i = 0; i < co->cell2arg.size(); ++i) {
      if (co->cell2arg[i] == 0) {
        Value cell = lp[co->nlocals + int(i)];
        if (cell)
          first = Value::from_bits(static_cast<Cell*>(cell.as_object())->ref.load(std::memory_order_acquire));
        break;
      }
    }
  }
  if (!first) {
    set_error(ts, &RuntimeError_type, "super(): arg[0] deleted");
    return false;
  }
  int nfrees = co->nfrees();
  int base = co->nlocals + co->ncells();
  for (int i = 0; i < nfrees; ++i) {
    Str* name = static_cast<Str*>(co->freevars->items[i].as_object());
    if (!str_equal_ascii(name, "__class__")) continue;
    Value cell = lp[base + i];
    if (!cell || type_of(cell) != &cell_type) {
      set_error(ts, &RuntimeError_type, "super(): bad __class__ cell");
      return false;
    }
    Value t = Value::from_bits(static_cast<Cell*>(cell.as_object())->ref.load(std::memory_order_acquire));
    if (!t) {
      set_error(ts, &RuntimeError_type, "super(): empty __class__ cell");
      return false;
    }
    if (!is_type_obj(t)) {
      set_errorf(ts, &RuntimeError_type, "super(): __class__ is not a type (%s)", type_name(t));
      return false;
    }
    *cls = static_cast<Type*>(t.as_object());
    *self = first;
    return true;
  }
  set_error(ts, &RuntimeError_type, "super(): __class__ cell not found");
  return false;
}

}  // namespace weft

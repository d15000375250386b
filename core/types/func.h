// Code objects, functions, methods and the descriptors that bind them.
// Code objects are produced by core/compile and executed by core/vm.
#pragma once

#include <vector>

#include "core/types/types.h"

namespace weft {

// One instruction: 8-bit opcode, 24-bit argument (no EXTENDED_ARG needed).
struct Instr {
  uint32_t word;
  uint8_t op() const { return word & 0xFF; }
  uint32_t arg() const { return word >> 8; }
  static Instr make(uint8_t op, uint32_t arg) { return Instr{op | (arg << 8)}; }
};
inline constexpr uint32_t kMaxOparg = (1u << 24) - 1;

// Source span of one instruction (PEP 657). Lines are 1-based, columns are
// 0-based UTF-8 byte offsets; -1 means unknown.
struct Position {
  int32_t line = -1, end_line = -1, col = -1, end_col = -1;
};

enum CodeFlags : uint32_t {
  kCoOptimized = 0x1,
  kCoNewLocals = 0x2,
  kCoVarargs = 0x4,
  kCoVarKeywords = 0x8,
  kCoNested = 0x10,
  kCoGenerator = 0x20,
  kCoNoFree = 0x40,
  kCoCoroutine = 0x80,
  kCoIterableCoroutine = 0x100,
  kCoAsyncGenerator = 0x200,
};

// Per-instruction inline cache: one atomic word checked against a type or
// dict version tag, so a shared code object can be specialised by racing
// threads without locks (a torn update is impossible; a stale one misses).
struct InlineCache {
  std::atomic<uint64_t> tag{0};
  std::atomic<uintptr_t> value{0};
};

struct Code : Object {
  Str* name = nullptr;
  Str* qualname = nullptr;
  Str* filename = nullptr;
  int argcount = 0;          // positional parameters, including positional-only
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  int nlocals = 0;           // fast locals: parameters first (args, kwonly, *args, **kw)
  int stacksize = 0;         // maximum value-stack depth
  int firstlineno = 0;
  uint32_t flags = 0;
  Tuple* consts = nullptr;
  Tuple* names = nullptr;      // attribute / global / import names
  Tuple* varnames = nullptr;   // fast locals, length nlocals
  Tuple* cellvars = nullptr;   // variables of this scope captured by inner scopes
  Tuple* freevars = nullptr;   // variables captured from enclosing scopes
  // For each cellvar that is also a parameter, its parameter index, else -1.
  std::vector<int32_t> cell2arg;
  std::vector<Instr> code;
  std::vector<Position> positions;  // one per instruction
  InlineCache* caches = nullptr;    // one per instruction, allocated by the VM on first run
  std::atomic<uint32_t> exec_count{0};
  // VM-private: 1 + the number of handler blocks a frame of this code needs
  // (0 = not computed yet); see core/vm/frame.cc.
  std::atomic<int32_t> vm_block_slots{0};
  // Slots of the frame: nlocals fast locals, then cells, then free vars.
  int ncells() const;
  int nfrees() const;
};
// Allocates an empty code object (all fields zero/empty, refcount 1). The
// compiler fills the fields before publishing it. Implemented in core/vm/function.cc.
Code* alloc_code();

// A Python function.
struct Function : Object {
  Code* code;
  Dict* globals;
  Dict* builtins;
  Value name, qualname, module, doc;
  Tuple* defaults;      // or null
  Dict* kwdefaults;     // or null
  Tuple* closure;       // tuple of cells, or null
  Dict* annotations;    // or null
  Dict* dict;           // function attributes, or null
  std::atomic<uint32_t> version{0};
  // VM-private: this function's LOAD_GLOBAL cache (core/vm/global_cache.cc), or null.
  std::atomic<void*> vm_globals_cache{nullptr};
  // VM-private: code objects replaced by __code__ assignments, kept alive until
  // the function dies because running frames borrow their code from the function.
  void* vm_retired_code = nullptr;
};
Ref new_function(ThreadState*, Code* code, Dict* globals, Value qualname);

// A bound method (instance method object).
struct Method : Object {
  Value func;
  Value self;
};
Ref new_method(Value func, Value self);

// A native function or a native method bound to its self (builtin_function_or_method).
struct NativeFunction : Object {
  const MethodDef* def;
  Value self;    // bound self, module, or null
  Value module;  // __module__ (str) or null
};
Ref new_native_function(const MethodDef* def, Value self, Value module = Value());

// Descriptors created from a static type's MethodDef / GetSetDef tables.
struct MethodDescr : Object {
  const MethodDef* def;
  Type* owner;
  Str* name;
};
struct GetSetDescr : Object {
  const GetSetDef* def;
  Type* owner;
  Str* name;
};
// Slot wrappers expose a native slot as a Python-visible dunder
// (int.__add__, object.__init__, list.__getitem__...).
struct WrapperDescr;
using WrapperFn = Ref (*)(ThreadState*, WrapperDescr* d, Value self, const Value* args, size_t nargs,
                          Tuple* kwnames);
struct WrapperDescr : Object {
  Type* owner;
  Str* name;
  // Not used by slot wrappers (raises SystemError): call a WrapperDescr through
  // call()/its type's call slot, which checks self and dispatches to `wrapper`.
  NativeMethodFn fn;
  WrapperFn wrapper;   // adapts the wrapped slot's signature to a method call
  void* wrapped;       // the native slot function exposed (as a generic pointer)
  void* wrapped2;      // second slot, e.g. pow3 for __pow__
  int slot_id;         // which slot (core/types/type_internal.h SlotId)
  int op;              // BinOp / CmpOp selector for binary and comparison slots
};
// A slot wrapper bound to an instance: (1).__add__ ("method-wrapper").
struct MethodWrapper : Object {
  WrapperDescr* descr;
  Value self;
};
extern Type method_wrapper_type;
// __slots__ members: a fixed offset inside the instance.
struct MemberDescr : Object {
  Type* owner;
  Str* name;
  int64_t offset;
};

struct Property : Object { Value fget, fset, fdel, doc; Value name; };
struct ClassMethod : Object { Value func; Dict* dict; };
struct StaticMethod : Object { Value func; Dict* dict; };

}  // namespace weft

// Type objects: the slot table every builtin and user-defined type fills in.
// Slots follow CPython's protocol (a slot returning NotImplemented lets the
// other operand try), so semantics line up with the reference implementation.
//
// Concurrency: a static (builtin) type is immutable after interpreter start
// and immortal. A heap type's dict is mutated under the type's own mutex; every
// mutation bumps `version` (release), and inline caches compare the version
// they recorded (acquire) before trusting a cached attribute.
#pragma once

#include "core/object/object.h"

namespace weft {

struct Str;
struct Tuple;
struct Dict;

// Visitor for traverse(): the collector and tests walk references through it.
using VisitFn = void (*)(Value ref, void* arg);
struct Visitor {
  VisitFn fn;
  void* arg;
  void operator()(Value v) const { if (v.is_object()) fn(v, arg); }
  void operator()(Object* o) const { if (o) fn(Value(o), arg); }
};

enum class CmpOp : int { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 };

// Binary operators; the order matches BINARY_OP's argument (see core/vm/opcodes.def).
enum class BinOp : int {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, DivMod,
  Count
};
inline constexpr int kBinOpCount = static_cast<int>(BinOp::Count);

using DeallocFn = void (*)(Object*);
using TraverseFn = void (*)(Object*, const Visitor&);
using UnaryFn = Ref (*)(ThreadState*, Value);
using BinaryFn = Ref (*)(ThreadState*, Value, Value);  // may return NotImplemented
using TernaryFn = Ref (*)(ThreadState*, Value, Value, Value);
using InquiryFn = int (*)(ThreadState*, Value);           // 0/1, -1 on error
using LenFn = int64_t (*)(ThreadState*, Value);           // -1 on error
using HashFn = int64_t (*)(ThreadState*, Value);          // -1 on error
using RichCmpFn = Ref (*)(ThreadState*, Value, Value, CmpOp);
using GetAttrFn = Ref (*)(ThreadState*, Value self, Str* name);
using SetAttrFn = int (*)(ThreadState*, Value self, Str* name, Value v);  // v null: delete
using SetItemFn = int (*)(ThreadState*, Value self, Value key, Value v);  // v null: delete
using ContainsFn = int (*)(ThreadState*, Value self, Value item);
// Vectorcall convention (as CPython's): `nargs` counts the positional
// arguments only; the values of the keyword arguments named by kwnames (a
// tuple of str, or null) follow them, at args[nargs .. nargs+len(kwnames)).
using CallFn = Ref (*)(ThreadState*, Value callable, const Value* args, size_t nargs, Tuple* kwnames);
using NewFn = Ref (*)(ThreadState*, Type* type, const Value* args, size_t nargs, Tuple* kwnames);
using InitFn = int (*)(ThreadState*, Value self, const Value* args, size_t nargs, Tuple* kwnames);
using DescrGetFn = Ref (*)(ThreadState*, Value descr, Value obj /*null: via class*/, Value type);
using DescrSetFn = int (*)(ThreadState*, Value descr, Value obj, Value v /*null: delete*/);
using NextFn = Ref (*)(ThreadState*, Value);  // null with no exception pending = exhausted

// A native method: self first, then the vectorcall arguments.
using NativeMethodFn = Ref (*)(ThreadState*, Value self, const Value* args, size_t nargs, Tuple* kwnames);

enum MethodFlags : uint32_t {
  kMethInstance = 0,
  kMethClass = 1,   // receives the type as self (classmethod)
  kMethStatic = 2,  // receives a null self (staticmethod)
};

struct MethodDef {
  const char* name;
  NativeMethodFn fn;
  uint32_t flags;
  const char* doc;
};

struct GetSetDef {
  const char* name;
  Ref (*get)(ThreadState*, Value self);
  int (*set)(ThreadState*, Value self, Value v);  // null: read-only; v null: delete
  const char* doc;
};

enum TypeFlags : uint64_t {
  kTypeHeap = 1 << 0,          // created by a class statement
  kTypeBaseType = 1 << 1,      // may be subclassed
  kTypeHasGC = 1 << 2,         // instances hold references (traverse)
  kTypeImmutable = 1 << 3,     // attributes cannot be set (builtin types)
  kTypeAbstract = 1 << 4,
  kTypeIntSubclass = 1 << 8,   // fast isinstance checks, as CPython's tp_flags
  kTypeListSubclass = 1 << 9,
  kTypeTupleSubclass = 1 << 10,
  kTypeBytesSubclass = 1 << 11,
  kTypeStrSubclass = 1 << 12,
  kTypeDictSubclass = 1 << 13,
  kTypeExcSubclass = 1 << 14,
  kTypeTypeSubclass = 1 << 15,
  kTypeSequence = 1 << 16,     // for match statements
  kTypeMapping = 1 << 17,
};

struct Type : Object {
  const char* name = nullptr;  // tp_name, e.g. "int" or "collections.OrderedDict"
  uint64_t flags = 0;
  size_t basic_size = 0;       // fixed part of an instance
  size_t item_size = 0;        // per-item size of variable-size instances
  int64_t dict_offset = 0;     // offset of the instance __dict__ pointer, 0 if none
  int64_t weaklist_offset = 0;

  Type* base = nullptr;        // tp_base (single layout base)
  Tuple* bases = nullptr;
  Tuple* mro = nullptr;
  Dict* dict = nullptr;        // tp_dict
  Str* name_obj = nullptr;     // __name__
  Str* qualname = nullptr;     // __qualname__
  Value module;                // __module__ (str) for heap types
  // Version tag (core/types/type.cc): 0 = none; type_version_tag() assigns a
  // globally unique one; any change of this type or a base resets it to 0.
  std::atomic<uint32_t> version{0};

  // Lifetime and the collector.
  DeallocFn dealloc = nullptr;
  TraverseFn traverse = nullptr;
  // Basic protocol.
  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  HashFn hash = nullptr;
  RichCmpFn richcompare = nullptr;
  GetAttrFn getattr = nullptr;
  SetAttrFn setattr = nullptr;
  CallFn call = nullptr;
  UnaryFn iter = nullptr;
  NextFn next = nullptr;
  DescrGetFn descr_get = nullptr;
  DescrSetFn descr_set = nullptr;
  NewFn new_ = nullptr;
  InitFn init = nullptr;
  // Numbers.
  BinaryFn binary[kBinOpCount] = {};
  BinaryFn inplace[kBinOpCount] = {};
  TernaryFn pow3 = nullptr;  // three-argument pow()
  UnaryFn neg = nullptr, pos = nullptr, abs = nullptr, invert = nullptr;
  UnaryFn to_int = nullptr, to_float = nullptr, index = nullptr;
  InquiryFn to_bool = nullptr;
  // Containers.
  LenFn len = nullptr;
  BinaryFn getitem = nullptr;
  SetItemFn setitem = nullptr;
  ContainsFn contains = nullptr;

  // Definitions copied into `dict` when the type is readied.
  const MethodDef* methods = nullptr;
  const GetSetDef* getsets = nullptr;
  const char* doc = nullptr;

  // Direct subclasses, weak (core/types/type.cc owns it: std::vector<Type*>*
  // under a global lock). Used by __subclasses__() and type_modified().
  void* subclasses = nullptr;

  bool has_flag(uint64_t f) const { return flags & f; }
};

}  // namespace weft

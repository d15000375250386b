// The bridge between native slots and Python-visible dunders, both ways:
// slot wrappers expose a static type's slots (int.__add__, list.__len__), and
// generic dispatchers let a class's `def __add__` fill the add slot. The table
// below is the single source of which dunder maps to which slot.
#include <cstring>
#include <vector>

#include "core/types/type_internal.h"

namespace weft {

// ---- slot access by id ------------------------------------------------------------
AnyFn get_slot(const Type* t, int slot, int op) {
  switch (slot) {
    case kSlotRepr: return reinterpret_cast<AnyFn>(t->repr);
    case kSlotStr: return reinterpret_cast<AnyFn>(t->str);
    case kSlotHash: return reinterpret_cast<AnyFn>(t->hash);
    case kSlotRichCmp: return reinterpret_cast<AnyFn>(t->richcompare);
    case kSlotGetAttr: return reinterpret_cast<AnyFn>(t->getattr);
    case kSlotSetAttr: return reinterpret_cast<AnyFn>(t->setattr);
    case kSlotCall: return reinterpret_cast<AnyFn>(t->call);
    case kSlotIter: return reinterpret_cast<AnyFn>(t->iter);
    case kSlotNext: return reinterpret_cast<AnyFn>(t->next);
    case kSlotDescrGet: return reinterpret_cast<AnyFn>(t->descr_get);
    case kSlotDescrSet: return reinterpret_cast<AnyFn>(t->descr_set);
    case kSlotNew: return reinterpret_cast<AnyFn>(t->new_);
    case kSlotInit: return reinterpret_cast<AnyFn>(t->init);
    case kSlotBinary: return reinterpret_cast<AnyFn>(t->binary[op]);
    case kSlotInplace: return reinterpret_cast<AnyFn>(t->inplace[op]);
    case kSlotPow3: return reinterpret_cast<AnyFn>(t->pow3);
    case kSlotNeg: return reinterpret_cast<AnyFn>(t->neg);
    case kSlotPos: return reinterpret_cast<AnyFn>(t->pos);
    case kSlotAbs: return reinterpret_cast<AnyFn>(t->abs);
    case kSlotInvert: return reinterpret_cast<AnyFn>(t->invert);
    case kSlotToInt: return reinterpret_cast<AnyFn>(t->to_int);
    case kSlotToFloat: return reinterpret_cast<AnyFn>(t->to_float);
    case kSlotIndex: return reinterpret_cast<AnyFn>(t->index);
    case kSlotToBool: return reinterpret_cast<AnyFn>(t->to_bool);
    case kSlotLen: return reinterpret_cast<AnyFn>(t->len);
    case kSlotGetItem: return reinterpret_cast<AnyFn>(t->getitem);
    case kSlotSetItem: return reinterpret_cast<AnyFn>(t->setitem);
    case kSlotContains: return reinterpret_cast<AnyFn>(t->contains);
  }
  return nullptr;
}

void set_slot(Type* t, int slot, int op, AnyFn fn) {
  switch (slot) {
    case kSlotRepr: t->repr = reinterpret_cast<UnaryFn>(fn); break;
    case kSlotStr: t->str = reinterpret_cast<UnaryFn>(fn); break;
    case kSlotHash: t->hash = reinterpret_cast<HashFn>(fn); break;
    case kSlotRichCmp: t->richcompare = reinterpret_cast<RichCmpFn>(fn); break;
    case kSlotGetAttr: t->getattr = reinterpret_cast<GetAttrFn>(fn); break;
    case kSlotSetAttr: t->setattr = reinterpret_cast<SetAttrFn>(fn); break;
    case kSlotCall: t->call = reinterpret_cast<CallFn>(fn); break;
    case kSlotIter: t->iter = reinterpret_cast<UnaryFn>(fn); break;
    case kSlotNext: t->next = reinterpret_cast<NextFn>(fn); break;
    case kSlotDescrGet: t->descr_get = reinterpret_cast<DescrGetFn>(fn); break;
    case kSlotDescrSet: t->descr_set = reinterpret_cast<DescrSetFn>(fn); break;
    case kSlotNew: t->new_ = reinterpret_cast<NewFn>(fn); break;
    case kSlotInit: t->init = reinterpret_cast<InitFn>(fn); break;
    case kSlotBinary: t->binary[op] = reinterpret_cast<BinaryFn>(fn); break;
    case kSlotInplace: t->inplace[op] = reinterpret_cast<BinaryFn>(fn); break;
    case kSlotPow3: t->pow3 = reinterpret_cast<TernaryFn>(fn); break;
    case kSlotNeg: t->neg = reinterpret_cast<UnaryFn>(fn); break;
    case kSlotPos: t->pos = reinterpret_cast<UnaryFn>(fn); break;
    case kSlotAbs: t->abs = reinterpret_cast<UnaryFn>(fn); break;
    case kSlotInvert: t->invert = reinterpret_cast<UnaryFn>(fn); break;
    case kSlotToInt: t->to_int = reinterpret_cast<UnaryFn>(fn); break;
    case kSlotToFloat: t->to_float = reinterpret_cast<UnaryFn>(fn); break;
    case kSlotIndex: t->index = reinterpret_cast<UnaryFn>(fn); break;
    case kSlotToBool: t->to_bool = reinterpret_cast<InquiryFn>(fn); break;
    case kSlotLen: t->len = reinterpret_cast<LenFn>(fn); break;
    case kSlotGetItem: t->getitem = reinterpret_cast<BinaryFn>(fn); break;
    case kSlotSetItem: t->setitem = reinterpret_cast<SetItemFn>(fn); break;
    case kSlotContains: t->contains = reinterpret_cast<ContainsFn>(fn); break;
  }
}

// ---- calling special methods ---------------------------------------------------------
static bool is_method_like(Value descr) {
  Type* t = type_of(descr);
  return t == &function_type || t == &method_descriptor_type || t == &wrapper_descriptor_type;
}

Ref call_special(ThreadState* ts, Value self, Str* name, const Value* args, size_t nargs,
                 bool* found) {
  Type* tp = type_of(self);
  Ref f = type_lookup_ref(tp, name);
  if (!f) {
    *found = false;
    return nullptr;
  }
  *found = true;
  if (is_method_like(f.get())) return call_prepend(ts, f.get(), self, args, nargs);
  DescrGetFn get = type_of(f.get())->descr_get;
  if (get) {
    Ref bound = get(ts, f.get(), self, Value(tp));
    if (!bound) return nullptr;
    return call(ts, bound.get(), args, nargs);
  }
  return call(ts, f.get(), args, nargs);
}

// Calls a dunder that must exist (its slot was set because the MRO has it).
static Ref call_required(ThreadState* ts, Value self, Str* name, const Value* args, size_t nargs) {
  bool found;
  Ref r = call_special(ts, self, name, args, nargs, &found);
  if (!found) set_error_obj(ts, &AttributeError_type, Value(name));  // CPython: AttributeError(name)
  return r;
}

// Calls a dunder; a missing one answers NotImplemented.
static Ref call_maybe(ThreadState* ts, Value self, Str* name, const Value* args, size_t nargs) {
  bool found;
  Ref r = call_special(ts, self, name, args, nargs, &found);
  if (!found) return new_notimpl();
  return r;
}

// ---- names ---------------------------------------------------------------------------
static const char* const kBinNames[kBinOpCount][3] = {
    {"__add__", "__radd__", "__iadd__"},          {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},          {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},          {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},          {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},          {"__divmod__", "__rdivmod__", nullptr},
};
static const char* const kCmpNames[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static Str* cached_ident(std::atomic<Str*>* cell, const char* lit) {
  Str* s = cell->load(std::memory_order_acquire);
  if (!s) {
    s = ident(current_thread_state(), lit);
    cell->store(s, std::memory_order_release);
  }
  return s;
}

static Str* bin_name(int op, int which) {
  static std::atomic<Str*> cache[kBinOpCount][3];
  return cached_ident(&cache[op][which], kBinNames[op][which]);
}

static Str* cmp_name(int op) {
  static std::atomic<Str*> cache[6];
  return cached_ident(&cache[op], kCmpNames[op]);
}

// ---- generic dispatchers for heap types ---------------------------------------------
static bool method_is_overloaded(Type* left, Type* right, Str* name) {
  Ref b = type_lookup_ref(right, name);
  if (!b) return false;
  Ref a = type_lookup_ref(left, name);
  if (!a) return true;
  return !a.get().is(b.get());
}

template <int OP>
static Ref slot_binop(ThreadState* ts, Value a, Value b) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  BinaryFn me = &slot_binop<OP>;
  Str* rname = bin_name(OP, 1);
  bool do_other = ta != tb && tb->binary[OP] == me;
  if (ta->binary[OP] == me) {
    if (do_other && is_subtype(tb, ta) && method_is_overloaded(ta, tb, rname)) {
      Ref r = call_maybe(ts, b, rname, &a, 1);
      if (!r || !r.get().is(NotImpl())) return r;
      do_other = false;
    }
    Ref r = call_maybe(ts, a, bin_name(OP, 0), &b, 1);
    if (!r || !r.get().is(NotImpl()) || ta == tb) return r;
  }
  if (do_other) return call_maybe(ts, b, rname, &a, 1);
  return new_notimpl();
}

template <int OP>
static Ref slot_inplace(ThreadState* ts, Value a, Value b) {
  return call_maybe(ts, a, bin_name(OP, 2), &b, 1);
}

static Ref slot_pow3(ThreadState* ts, Value a, Value b, Value c) {
  if (c.is_null() || c.is(None())) return slot_binop<int(BinOp::Pow)>(ts, a, b);
  if (type_of(a)->pow3 != slot_pow3) return new_notimpl();
  Value args[2] = {b, c};
  return call_maybe(ts, a, bin_name(int(BinOp::Pow), 0), args, 2);
}

static Ref slot_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  return call_maybe(ts, a, cmp_name(int(op)), &b, 1);
}

enum UnaryName { kUnRepr, kUnStr, kUnNeg, kUnPos, kUnAbs, kUnInvert, kUnInt, kUnFloat, kUnIndex };
static const char* const kUnaryNames[] = {"__repr__", "__str__", "__neg__",   "__pos__", "__abs__",
                                          "__invert__", "__int__", "__float__", "__index__"};

template <int K>
static Ref slot_unary(ThreadState* ts, Value self) {
  static std::atomic<Str*> cache;
  return call_required(ts, self, cached_ident(&cache, kUnaryNames[K]), nullptr, 0);
}

static Ref slot_iter(ThreadState* ts, Value self) {
  Ref f = type_lookup_ref(type_of(self), ID("__iter__"));
  if (f && f.get().is(None())) {
    set_errorf(ts, &TypeError_type, "'%s' object is not iterable", type_name(self));
    return nullptr;
  }
  return call_required(ts, self, ID("__iter__"), nullptr, 0);
}

static Ref slot_next(ThreadState* ts, Value self) {
  Ref r = call_required(ts, self, ID("__next__"), nullptr, 0);
  if (!r && error_matches(ts, &StopIteration_type)) clear_error(ts);
  return r;
}

static int64_t slot_hash(ThreadState* ts, Value self) {
  Ref f = type_lookup_ref(type_of(self), ID("__hash__"));
  if (!f || f.get().is(None())) return hash_not_implemented(ts, self);
  Ref r = call_required(ts, self, ID("__hash__"), nullptr, 0);
  if (!r) return -1;
  if (!is_int(r.get())) {
    set_error(ts, &TypeError_type, "__hash__ method should return an integer");
    return -1;
  }
  int64_t h;
  if (r.get().is_small_int()) {
    h = r.get().as_small_int();
  } else if (int_fits_i64(r.get())) {
    if (!int_to_i64(ts, r.get(), &h)) return -1;
  } else {
    h = int_hash(r.get());
  }
  return h == -1 ? -2 : h;
}

static int slot_bool(ThreadState* ts, Value self) {
  Ref r = call_required(ts, self, ID("__bool__"), nullptr, 0);
  if (!r) return -1;
  if (r.get().is(Bool(true))) return 1;
  if (r.get().is(Bool(false))) return 0;
  set_errorf(ts, &TypeError_type, "__bool__ should return bool, returned %s", type_name(r.get()));
  return -1;
}

static int64_t slot_len(ThreadState* ts, Value self) {
  Ref r = call_required(ts, self, ID("__len__"), nullptr, 0);
  if (!r) return -1;
  Ref i = index_of(ts, r.get());
  if (!i) return -1;
  if (int_sign(i.get()) < 0) {
    set_error(ts, &ValueError_type, "__len__() should return >= 0");
    return -1;
  }
  int64_t n;
  if (!index_to_i64(ts, i.get(), &n, &OverflowError_type)) return -1;
  return n;
}

static Ref slot_getitem(ThreadState* ts, Value self, Value key) {
  return call_required(ts, self, ID("__getitem__"), &key, 1);
}

static int slot_setitem(ThreadState* ts, Value self, Value key, Value v) {
  Ref r;
  if (v.is_null()) {
    r = call_required(ts, self, ID("__delitem__"), &key, 1);
  } else {
    Value args[2] = {key, v};
    r = call_required(ts, self, ID("__setitem__"), args, 2);
  }
  return r ? 0 : -1;
}

static int slot_contains(ThreadState* ts, Value self, Value item) {
  Ref f = type_lookup_ref(type_of(self), ID("__contains__"));
  if (f && f.get().is(None())) {
    set_errorf(ts, &TypeError_type, "'%s' object is not a container", type_name(self));
    return -1;
  }
  Ref r = call_required(ts, self, ID("__contains__"), &item, 1);
  if (!r) return -1;
  return truthy(ts, r.get());
}

static Ref slot_call(ThreadState* ts, Value self, const Value* args, size_t nargs,
                     Tuple* kwnames) {
  Type* tp = type_of(self);
  Ref f = type_lookup_ref(tp, ID("__call__"));
  if (!f) {
    set_errorf(ts, &TypeError_type, "'%s' object is not callable", tp->name);
    return nullptr;
  }
  if (is_method_like(f.get())) return call_prepend(ts, f.get(), self, args, nargs, kwnames);
  DescrGetFn get = type_of(f.get())->descr_get;
  if (get) {
    Ref bound = get(ts, f.get(), self, Value(tp));
    if (!bound) return nullptr;
    return call(ts, bound.get(), args, nargs, kwnames);
  }
  return call(ts, f.get(), args, nargs, kwnames);
}

static Ref call_getattribute(ThreadState* ts, Value self, Str* name) {
  Ref ga = type_lookup_ref(type_of(self), ID("__getattribute__"));
  if (ga && type_of(ga.get()) == &wrapper_descriptor_type) {
    WrapperDescr* d = static_cast<WrapperDescr*>(ga.obj());
    if (d->slot_id == kSlotGetAttr && d->wrapped && is_subtype(type_of(self), d->owner))
      return reinterpret_cast<GetAttrFn>(d->wrapped)(ts, self, name);
  }
  Value arg = Value(name);
  return call_required(ts, self, ID("__getattribute__"), &arg, 1);
}

static Ref slot_getattr_hook(ThreadState* ts, Value self, Str* name) {
  Ref getattr = type_lookup_ref(type_of(self), ID("__getattr__"));
  Ref r = call_getattribute(ts, self, name);
  if (r || !getattr || !error_matches(ts, &AttributeError_type)) return r;
  clear_error(ts);
  Value arg = Value(name);
  return call_required(ts, self, ID("__getattr__"), &arg, 1);
}

static int slot_setattr(ThreadState* ts, Value self, Str* name, Value v) {
  Ref r;
  if (v.is_null()) {
    Value arg = Value(name);
    r = call_required(ts, self, ID("__delattr__"), &arg, 1);
  } else {
    Value args[2] = {Value(name), v};
    r = call_required(ts, self, ID("__setattr__"), args, 2);
  }
  return r ? 0 : -1;
}

static Ref slot_descr_get(ThreadState* ts, Value self, Value obj, Value type) {
  Value args[2] = {obj.is_null() ? None() : obj, type.is_null() ? None() : type};
  return call_required(ts, self, ID("__get__"), args, 2);
}

static int slot_descr_set(ThreadState* ts, Value self, Value obj, Value v) {
  Ref r;
  if (v.is_null()) {
    r = call_required(ts, self, ID("__delete__"), &obj, 1);
  } else {
    Value args[2] = {obj, v};
    r = call_required(ts, self, ID("__set__"), args, 2);
  }
  return r ? 0 : -1;
}

static int slot_init(ThreadState* ts, Value self, const Value* args, size_t nargs,
                     Tuple* kwnames) {
  Type* tp = type_of(self);
  Ref f = type_lookup_ref(tp, ID("__init__"));
  if (!f) {
    raise_attribute_error(ts, self, ID("__init__"));
    return -1;
  }
  Ref r;
  if (is_method_like(f.get())) {
    r = call_prepend(ts, f.get(), self, args, nargs, kwnames);
  } else {
    DescrGetFn get = type_of(f.get())->descr_get;
    Ref bound = get ? get(ts, f.get(), self, Value(tp)) : f;
    if (!bound) return -1;
    r = call(ts, bound.get(), args, nargs, kwnames);
  }
  if (!r) return -1;
  if (!r.get().is(None())) {
    set_errorf(ts, &TypeError_type, "__init__() should return None, not '%s'", type_name(r.get()));
    return -1;
  }
  return 0;
}

static Ref slot_new(ThreadState* ts, Type* type, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  Ref f = get_attr(ts, Value(type), ID("__new__"));
  if (!f) return nullptr;
  return call_prepend(ts, f.get(), Value(type), args, nargs, kwnames);
}

// ---- wrappers: static slots as methods ------------------------------------------------
static bool wrapper_check(ThreadState* ts, WrapperDescr* d, size_t nargs, Tuple* kwnames,
                          size_t min, size_t max) {
  if (kwnames && kwnames->length) {
    set_errorf(ts, &TypeError_type, "wrapper %s() takes no keyword arguments",
               str_std(d->name).c_str());
    return false;
  }
  if (nargs < min || nargs > max) {
    size_t want = nargs < min ? min : max;
    set_errorf(ts, &TypeError_type, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s",
               nargs);
    return false;
  }
  return true;
}

static Ref wrap_unary(ThreadState* ts, WrapperDescr* d, Value self, const Value*, size_t nargs,
                      Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 0, 0)) return nullptr;
  return reinterpret_cast<UnaryFn>(d->wrapped)(ts, self);
}

static Ref wrap_next(ThreadState* ts, WrapperDescr* d, Value self, const Value*, size_t nargs,
                     Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 0, 0)) return nullptr;
  Ref r = reinterpret_cast<NextFn>(d->wrapped)(ts, self);
  if (!r && !ts->has_error()) set_error_value(ts, Value(&StopIteration_type));
  return r;
}

static Ref wrap_hash(ThreadState* ts, WrapperDescr* d, Value self, const Value*, size_t nargs,
                     Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 0, 0)) return nullptr;
  int64_t h = reinterpret_cast<HashFn>(d->wrapped)(ts, self);
  if (h == -1 && ts->has_error()) return nullptr;
  return new_int(h);
}

static Ref wrap_inquiry(ThreadState* ts, WrapperDescr* d, Value self, const Value*, size_t nargs,
                        Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 0, 0)) return nullptr;
  int r = reinterpret_cast<InquiryFn>(d->wrapped)(ts, self);
  if (r < 0) return nullptr;
  return new_bool(r);
}

static Ref wrap_len(ThreadState* ts, WrapperDescr* d, Value self, const Value*, size_t nargs,
                    Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 0, 0)) return nullptr;
  int64_t n = reinterpret_cast<LenFn>(d->wrapped)(ts, self);
  if (n < 0) return nullptr;
  return new_int(n);
}

static Ref wrap_binary_l(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                         size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 1, 1)) return nullptr;
  return reinterpret_cast<BinaryFn>(d->wrapped)(ts, self, args[0]);
}

static Ref wrap_binary_r(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                         size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 1, 1)) return nullptr;
  return reinterpret_cast<BinaryFn>(d->wrapped)(ts, args[0], self);
}

static Ref wrap_pow(ThreadState* ts, WrapperDescr* d, Value self, const Value* args, size_t nargs,
                    Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 1, 2)) return nullptr;
  if (nargs == 2 && !args[1].is(None())) {
    if (!d->wrapped2) return new_notimpl();
    return reinterpret_cast<TernaryFn>(d->wrapped2)(ts, self, args[0], args[1]);
  }
  return reinterpret_cast<BinaryFn>(d->wrapped)(ts, self, args[0]);
}

static Ref wrap_rpow(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                     size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 1, 2)) return nullptr;
  if (nargs == 2 && !args[1].is(None())) {
    if (!d->wrapped2) return new_notimpl();
    return reinterpret_cast<TernaryFn>(d->wrapped2)(ts, args[0], self, args[1]);
  }
  return reinterpret_cast<BinaryFn>(d->wrapped)(ts, args[0], self);
}

static Ref wrap_richcmp(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                        size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 1, 1)) return nullptr;
  return reinterpret_cast<RichCmpFn>(d->wrapped)(ts, self, args[0], static_cast<CmpOp>(d->op));
}

static bool check_attr_name(ThreadState* ts, Value name) {
  if (is_str(name)) return true;
  set_errorf(ts, &TypeError_type, "attribute name must be string, not '%s'", type_name(name));
  return false;
}

static Ref wrap_getattr(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                        size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 1, 1) || !check_attr_name(ts, args[0])) return nullptr;
  return reinterpret_cast<GetAttrFn>(d->wrapped)(ts, self, as_str_obj(args[0]));
}

// object.__setattr__(SomeClass, ...) would bypass type's own setattr (version
// tags, slot updates): refuse, as CPython's "hackcheck" does.
static bool setattr_hackcheck(ThreadState* ts, WrapperDescr* d, Value self) {
  Type* t = type_of(self);
  SetAttrFn wrapped = reinterpret_cast<SetAttrFn>(d->wrapped);
  if (is_type(self) && wrapped != t->setattr && t->setattr == type_setattro) {
    set_errorf(ts, &TypeError_type, "can't apply this %s to %s object", str_std(d->name).c_str(),
               t->name);
    return false;
  }
  return true;
}

static Ref wrap_setattr(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                        size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 2, 2) || !check_attr_name(ts, args[0])) return nullptr;
  if (!setattr_hackcheck(ts, d, self)) return nullptr;
  if (reinterpret_cast<SetAttrFn>(d->wrapped)(ts, self, as_str_obj(args[0]), args[1]) < 0)
    return nullptr;
  return new_none();
}

static Ref wrap_delattr(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                        size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 1, 1) || !check_attr_name(ts, args[0])) return nullptr;
  if (!setattr_hackcheck(ts, d, self)) return nullptr;
  if (reinterpret_cast<SetAttrFn>(d->wrapped)(ts, self, as_str_obj(args[0]), Value()) < 0)
    return nullptr;
  return new_none();
}

static Ref wrap_call(ThreadState* ts, WrapperDescr* d, Value self, const Value* args, size_t nargs,
                     Tuple* kw) {
  return reinterpret_cast<CallFn>(d->wrapped)(ts, self, args, nargs, kw);
}

static Ref wrap_descr_get(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                          size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 1, 2)) return nullptr;
  Value obj = args[0].is(None()) ? Value() : args[0];
  Value type = nargs > 1 && !args[1].is(None()) ? args[1] : Value();
  if (obj.is_null() && type.is_null()) {
    set_error(ts, &TypeError_type, "__get__(None, None) is invalid");
    return nullptr;
  }
  return reinterpret_cast<DescrGetFn>(d->wrapped)(ts, self, obj, type);
}

static Ref wrap_descr_set(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                          size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 2, 2)) return nullptr;
  if (reinterpret_cast<DescrSetFn>(d->wrapped)(ts, self, args[0], args[1]) < 0) return nullptr;
  return new_none();
}

static Ref wrap_descr_delete(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                             size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 1, 1)) return nullptr;
  if (reinterpret_cast<DescrSetFn>(d->wrapped)(ts, self, args[0], Value()) < 0) return nullptr;
  return new_none();
}

static Ref wrap_init(ThreadState* ts, WrapperDescr* d, Value self, const Value* args, size_t nargs,
                     Tuple* kw) {
  if (reinterpret_cast<InitFn>(d->wrapped)(ts, self, args, nargs, kw) < 0) return nullptr;
  return new_none();
}

static Ref wrap_setitem(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                        size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 2, 2)) return nullptr;
  if (reinterpret_cast<SetItemFn>(d->wrapped)(ts, self, args[0], args[1]) < 0) return nullptr;
  return new_none();
}

static Ref wrap_delitem(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                        size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 1, 1)) return nullptr;
  if (reinterpret_cast<SetItemFn>(d->wrapped)(ts, self, args[0], Value()) < 0) return nullptr;
  return new_none();
}

static Ref wrap_contains(ThreadState* ts, WrapperDescr* d, Value self, const Value* args,
                         size_t nargs, Tuple* kw) {
  if (!wrapper_check(ts, d, nargs, kw, 1, 1)) return nullptr;
  int r = reinterpret_cast<ContainsFn>(d->wrapped)(ts, self, args[0]);
  if (r < 0) return nullptr;
  return new_bool(r);
}

// ---- tp_new_wrapper: `int.__new__(MyInt, 5)` -----------------------------------------
static Ref tp_new_wrapper(ThreadState* ts, Value self, const Value* args, size_t nargs,
                          Tuple* kwnames) {
  Type* type = as_type(self);
  if (nargs < 1) {
    set_errorf(ts, &TypeError_type, "%s.__new__(): not enough arguments", type->name);
    return nullptr;
  }
  if (!is_type(args[0])) {
    set_errorf(ts, &TypeError_type, "%s.__new__(X): X is not a type object (%s)", type->name,
               type_name(args[0]));
    return nullptr;
  }
  Type* sub = as_type(args[0]);
  if (!is_subtype(sub, type)) {
    set_errorf(ts, &TypeError_type, "%s.__new__(%s): %s is not a subtype of %s", type->name,
               sub->name, sub->name, type->name);
    return nullptr;
  }
  // The most derived base whose __new__ is native must be this type's: else
  // e.g. object.__new__(int) would build an int without its payload.
  Type* staticbase = sub;
  while (staticbase && staticbase->new_ == slot_new) staticbase = staticbase->base;
  if (staticbase && staticbase->new_ != type->new_) {
    set_errorf(ts, &TypeError_type, "%s.__new__(%s) is not safe, use %s.__new__()", type->name,
               sub->name, staticbase->name);
    return nullptr;
  }
  return type->new_(ts, sub, args + 1, nargs - 1, kwnames);
}

const MethodDef tp_new_def = {"__new__", tp_new_wrapper, kMethInstance,
                              "Create and return a new object.  See help(type) for accurate "
                              "signature."};

// ---- the slot table ----------------------------------------------------------------------
struct SlotDef {
  const char* name;
  int slot;
  int op;
  WrapperFn wrapper;  // null: no wrapper (e.g. __getattr__)
  AnyFn generic;      // dispatcher for heap types
};

#define G(f) reinterpret_cast<AnyFn>(f)
#define BIN(i, fn)                                                                       \
  {kBinNames[i][0], kSlotBinary, i, i == int(BinOp::Pow) ? wrap_pow : wrap_binary_l,    \
   G(slot_binop<i>)},                                                                    \
      {kBinNames[i][1], kSlotBinary, i, i == int(BinOp::Pow) ? wrap_rpow : wrap_binary_r, \
       G(slot_binop<i>)}
#define INPL(i) {kBinNames[i][2], kSlotInplace, i, wrap_binary_l, G(slot_inplace<i>)}

static const SlotDef kSlotDefs[] = {
    {"__getattribute__", kSlotGetAttr, 0, wrap_getattr, G(slot_getattr_hook)},
    {"__getattr__", kSlotGetAttr, 0, nullptr, G(slot_getattr_hook)},
    {"__setattr__", kSlotSetAttr, 0, wrap_setattr, G(slot_setattr)},
    {"__delattr__", kSlotSetAttr, 0, wrap_delattr, G(slot_setattr)},
    {"__repr__", kSlotRepr, 0, wrap_unary, G(slot_unary<kUnRepr>)},
    {"__hash__", kSlotHash, 0, wrap_hash, G(slot_hash)},
    {"__call__", kSlotCall, 0, wrap_call, G(slot_call)},
    {"__str__", kSlotStr, 0, wrap_unary, G(slot_unary<kUnStr>)},
    {"__lt__", kSlotRichCmp, 0, wrap_richcmp, G(slot_richcompare)},
    {"__le__", kSlotRichCmp, 1, wrap_richcmp, G(slot_richcompare)},
    {"__eq__", kSlotRichCmp, 2, wrap_richcmp, G(slot_richcompare)},
    {"__ne__", kSlotRichCmp, 3, wrap_richcmp, G(slot_richcompare)},
    {"__gt__", kSlotRichCmp, 4, wrap_richcmp, G(slot_richcompare)},
    {"__ge__", kSlotRichCmp, 5, wrap_richcmp, G(slot_richcompare)},
    {"__iter__", kSlotIter, 0, wrap_unary, G(slot_iter)},
    {"__next__", kSlotNext, 0, wrap_next, G(slot_next)},
    {"__get__", kSlotDescrGet, 0, wrap_descr_get, G(slot_descr_get)},
    {"__set__", kSlotDescrSet, 0, wrap_descr_set, G(slot_descr_set)},
    {"__delete__", kSlotDescrSet, 0, wrap_descr_delete, G(slot_descr_set)},
    {"__init__", kSlotInit, 0, wrap_init, G(slot_init)},
    {"__new__", kSlotNew, 0, nullptr, G(slot_new)},
    BIN(0, x), BIN(1, x), BIN(2, x), BIN(3, x), BIN(4, x), BIN(5, x), BIN(6, x),
    BIN(7, x), BIN(8, x), BIN(9, x), BIN(10, x), BIN(11, x), BIN(12, x), BIN(13, x),
    {"__pow__", kSlotPow3, 0, nullptr, G(slot_pow3)},
    {"__neg__", kSlotNeg, 0, wrap_unary, G(slot_unary<kUnNeg>)},
    {"__pos__", kSlotPos, 0, wrap_unary, G(slot_unary<kUnPos>)},
    {"__abs__", kSlotAbs, 0, wrap_unary, G(slot_unary<kUnAbs>)},
    {"__bool__", kSlotToBool, 0, wrap_inquiry, G(slot_bool)},
    {"__invert__", kSlotInvert, 0, wrap_unary, G(slot_unary<kUnInvert>)},
    {"__int__", kSlotToInt, 0, wrap_unary, G(slot_unary<kUnInt>)},
    {"__float__", kSlotToFloat, 0, wrap_unary, G(slot_unary<kUnFloat>)},
    {"__index__", kSlotIndex, 0, wrap_unary, G(slot_unary<kUnIndex>)},
    INPL(0), INPL(1), INPL(2), INPL(3), INPL(4), INPL(5), INPL(6), INPL(7), INPL(8),
    INPL(9), INPL(10), INPL(11), INPL(12),
    {"__len__", kSlotLen, 0, wrap_len, G(slot_len)},
    {"__getitem__", kSlotGetItem, 0, wrap_binary_l, G(slot_getitem)},
    {"__setitem__", kSlotSetItem, 0, wrap_setitem, G(slot_setitem)},
    {"__delitem__", kSlotSetItem, 0, wrap_delitem, G(slot_setitem)},
    {"__contains__", kSlotContains, 0, wrap_contains, G(slot_contains)},
};
#undef BIN
#undef INPL
constexpr size_t kNumSlotDefs = sizeof(kSlotDefs) / sizeof(kSlotDefs[0]);

// Interned names of the table, built once.
static Str* slotdef_name(size_t i) {
  static std::atomic<Str*> cache[kNumSlotDefs];
  return cached_ident(&cache[i], kSlotDefs[i].name);
}

int add_slot_wrappers(ThreadState* ts, Type* t) {
  for (size_t i = 0; i < kNumSlotDefs; i++) {
    const SlotDef& sd = kSlotDefs[i];
    AnyFn fn = get_slot(t, sd.slot, sd.op);
    if (!fn) continue;
    if (sd.slot == kSlotNew) {
      if (t->base && t->new_ == t->base->new_ && t->base != &object_type && t != &object_type)
        continue;  // inherited explicitly by the type file: the base's __new__ is found
    } else if (!sd.wrapper) {
      continue;
    }
    Str* name = slotdef_name(i);
    Ref existing = dict_get_str(ts, t->dict, name);
    if (existing) continue;
    if (ts->has_error()) return -1;
    Ref d;
    if (sd.slot == kSlotHash && t->hash == hash_not_implemented) {
      d = new_none();
    } else if (sd.slot == kSlotNew) {
      d = new_native_function(&tp_new_def, Value(t));
    } else {
      void* wrapped2 = nullptr;
      if (sd.slot == kSlotBinary && sd.op == int(BinOp::Pow))
        wrapped2 = reinterpret_cast<void*>(t->pow3);
      d = new_wrapper_descr(t, name, sd.wrapper, reinterpret_cast<void*>(fn), wrapped2, sd.slot,
                            sd.op);
    }
    if (!d) return -1;
    if (dict_set(ts, t->dict, Value(name), d.get()) < 0) return -1;
  }
  return 0;
}

void inherit_slots(Type* t, Type* base) {
  if (!t->richcompare && !t->hash) {
    t->richcompare = base->richcompare;
    t->hash = base->hash;
  }
  if (!t->new_ && !(base == &object_type && !t->has_flag(kTypeHeap))) t->new_ = base->new_;
  if (!t->dealloc) t->dealloc = base->dealloc;
  if (!t->traverse) t->traverse = base->traverse;
  for (int s = 0; s < kSlotCount; s++) {
    if (s == kSlotHash || s == kSlotRichCmp || s == kSlotNew) continue;
    int nops = (s == kSlotBinary || s == kSlotInplace) ? kBinOpCount : 1;
    for (int op = 0; op < nops; op++)
      if (!get_slot(t, s, op)) set_slot(t, s, op, get_slot(base, s, op));
  }
}

// Binary and in-place slots are arrays indexed by the op; for the others
// (richcompare's six dunders) the op is not part of the slot's identity.
static bool slot_uses_op(int slot) { return slot == kSlotBinary || slot == kSlotInplace; }

// What the MRO says a heap type's slot should be: the native slot of a
// static base when every dunder of the slot resolves to that base's wrapper,
// the generic dispatcher when a class defines one, null when none exists.
static AnyFn resolve_slot(Type* t, int slot, int op, AnyFn generic) {
  AnyFn native = nullptr;
  bool any = false, use_generic = false;
  for (size_t i = 0; i < kNumSlotDefs; i++) {
    const SlotDef& sd = kSlotDefs[i];
    if (sd.slot != slot || (slot_uses_op(slot) && sd.op != op)) continue;
    Ref descr = type_lookup_ref(t, slotdef_name(i));
    if (!descr) continue;
    any = true;
    AnyFn candidate = nullptr;
    Type* dt = type_of(descr.get());
    if (slot == kSlotHash && descr.get().is(None())) {
      candidate = reinterpret_cast<AnyFn>(hash_not_implemented);
    } else if (dt == &wrapper_descriptor_type) {
      WrapperDescr* d = static_cast<WrapperDescr*>(descr.obj());
      bool same_slot = slot == kSlotPow3 ? (d->slot_id == kSlotBinary && d->op == int(BinOp::Pow))
                                         : (d->slot_id == slot && (!slot_uses_op(slot) || d->op == op));
      if (same_slot && is_subtype(t, d->owner))
        candidate = reinterpret_cast<AnyFn>(slot == kSlotPow3 ? d->wrapped2 : d->wrapped);
      if (!candidate) use_generic = true;
    } else if (slot == kSlotNew && dt == &builtin_function_type &&
               static_cast<NativeFunction*>(descr.obj())->def == &tp_new_def) {
      Value owner = static_cast<NativeFunction*>(descr.obj())->self;
      if (is_type(owner) && is_subtype(t, as_type(owner)))
        candidate = reinterpret_cast<AnyFn>(as_type(owner)->new_);
      if (!candidate) use_generic = true;
    } else {
      use_generic = true;
    }
    if (native && candidate != native) use_generic = true;
    native = candidate;
  }
  if (!any) return nullptr;
  return use_generic ? generic : native;
}

void fixup_slots(Type* t) {
  for (size_t i = 0; i < kNumSlotDefs; i++) {
    const SlotDef& sd = kSlotDefs[i];
    // Each (slot, op) pair once: at its first table entry.
    bool first = true;
    for (size_t j = 0; j < i; j++)
      if (kSlotDefs[j].slot == sd.slot && (!slot_uses_op(sd.slot) || kSlotDefs[j].op == sd.op)) {
        first = false;
        break;
      }
    if (!first) continue;
    set_slot(t, sd.slot, sd.op, resolve_slot(t, sd.slot, sd.op, sd.generic));
  }
}

static void collect_heap_subclasses(Type* t, std::vector<Ref>* out) {
  ThreadState* ts = current_thread_state();
  Ref subs = subclasses_list(ts, t);
  if (!subs) {
    clear_error(ts);
    return;
  }
  List* l = subs.as<List>();
  int64_t n = l->length.load(std::memory_order_relaxed);
  Value* items = l->items.load(std::memory_order_relaxed);
  for (int64_t i = 0; i < n; i++) {
    out->push_back(Ref::borrow(items[i]));
    collect_heap_subclasses(as_type(items[i]), out);
  }
}

void update_slots_after_set(Type* t, Str* name) {
  std::vector<Ref> all;
  all.push_back(Ref::borrow(Value(t)));
  collect_heap_subclasses(t, &all);
  for (Ref& r : all) {
    Type* k = as_type(r.get());
    if (k->has_flag(kTypeHeap)) fixup_slots(k);
  }
}

}  // namespace weft

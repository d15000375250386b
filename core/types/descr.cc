// Descriptors and callables that bind: method/classmethod/getset/member/slot
// descriptors of types, method-wrapper, builtin functions, bound methods,
// property, classmethod, staticmethod and super.
#include <cstring>
#include <vector>

#include "core/types/type_internal.h"
#include "core/vm/eval.h"

namespace weft {

Type method_descriptor_type, classmethod_descriptor_type, getset_descriptor_type,
    member_descriptor_type, wrapper_descriptor_type, method_wrapper_type, builtin_function_type,
    method_type, property_type, classmethod_type, staticmethod_type, super_type;

namespace {

template <class T, class M>
int64_t offset_of(M T::*member) {
  alignas(T) static char buf[sizeof(T)];
  T* p = reinterpret_cast<T*>(buf);
  return reinterpret_cast<char*>(&(p->*member)) - buf;
}

Ref none_if_null(Value v) { return v.is_null() ? new_none() : Ref::borrow(v); }
Value null_if_none(Value v) { return v.is(None()) ? Value() : v; }

// Allocates an instance of `type` (supports subclasses) ignoring arguments;
// __init__ does the parsing.
Ref alloc_new(ThreadState* ts, Type* type, const Value*, size_t, Tuple*) {
  Object* o = alloc_object(type, type->basic_size);
  if (!o) return set_no_memory(ts);
  return Ref::steal(Value(o));
}

std::string owner_name(Type* t) { return t ? t->name : "?"; }

// ---- method descriptors ------------------------------------------------------------
MethodDescr* as_md(Value v) { return static_cast<MethodDescr*>(v.as_object()); }

void md_dealloc(Object* o) {
  MethodDescr* d = static_cast<MethodDescr*>(o);
  xdecref(d->name);
  xdecref(d->owner);
  free_object(o);
}
void md_traverse(Object* o, const Visitor& visit) {
  MethodDescr* d = static_cast<MethodDescr*>(o);
  visit(Value(d->name));
  visit(Value(d->owner));
}

bool descr_check(ThreadState* ts, Type* owner, Str* name, Value obj) {
  if (isinstance_of(obj, owner)) return true;
  set_errorf(ts, &TypeError_type, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
             str_std(name).c_str(), owner->name, type_name(obj));
  return false;
}

Ref md_call(ThreadState* ts, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  MethodDescr* d = as_md(callable);
  if (nargs < 1) {
    set_errorf(ts, &TypeError_type, "unbound method %s.%s() needs an argument", d->owner->name,
               d->def->name);
    return nullptr;
  }
  if (!descr_check(ts, d->owner, d->name, args[0])) return nullptr;
  return d->def->fn(ts, args[0], args + 1, nargs - 1, kwnames);
}

Ref md_get(ThreadState* ts, Value descr, Value obj, Value type) {
  MethodDescr* d = as_md(descr);
  if (obj.is_null()) return Ref::borrow(descr);
  if (!descr_check(ts, d->owner, d->name, obj)) return nullptr;
  return new_native_function(d->def, obj);
}

Ref md_repr(ThreadState* ts, Value self) {
  MethodDescr* d = as_md(self);
  return str_from_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

Ref cmd_call(ThreadState* ts, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  MethodDescr* d = as_md(callable);
  if (nargs < 1) {
    set_errorf(ts, &TypeError_type, "descriptor '%s' of '%s' object needs an argument",
               d->def->name, d->owner->name);
    return nullptr;
  }
  if (!is_type(args[0])) {
    set_errorf(ts, &TypeError_type, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
               d->def->name, d->owner->name, type_name(args[0]));
    return nullptr;
  }
  if (!is_subtype(as_type(args[0]), d->owner)) {
    set_errorf(ts, &TypeError_type,
               "descriptor '%s' requires a subtype of '%s' but received '%s'", d->def->name,
               d->owner->name, as_type(args[0])->name);
    return nullptr;
  }
  return d->def->fn(ts, args[0], args + 1, nargs - 1, kwnames);
}

Ref cmd_get(ThreadState* ts, Value descr, Value obj, Value type) {
  MethodDescr* d = as_md(descr);
  if (type.is_null()) type = Value(type_of(obj));
  if (!is_type(type)) {
    set_errorf(ts, &TypeError_type, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
               d->def->name, d->owner->name, type_name(type));
    return nullptr;
  }
  if (!is_subtype(as_type(type), d->owner)) {
    set_errorf(ts, &TypeError_type, "descriptor '%s' for type '%s' doesn't apply to type '%s'",
               d->def->name, d->owner->name, as_type(type)->name);
    return nullptr;
  }
  return new_native_function(d->def, type);
}

// The descriptor kinds differ in layout: fetch (owner, name) by kind.
void descr_owner_name(Value self, Type** owner, Str** name) {
  Type* t = type_of(self);
  if (t == &wrapper_descriptor_type) {
    WrapperDescr* d = static_cast<WrapperDescr*>(self.as_object());
    *owner = d->owner;
    *name = d->name;
  } else if (t == &member_descriptor_type) {
    MemberDescr* d = static_cast<MemberDescr*>(self.as_object());
    *owner = d->owner;
    *name = d->name;
  } else if (t == &getset_descriptor_type) {
    GetSetDescr* d = static_cast<GetSetDescr*>(self.as_object());
    *owner = d->owner;
    *name = d->name;
  } else {
    MethodDescr* d = static_cast<MethodDescr*>(self.as_object());
    *owner = d->owner;
    *name = d->name;
  }
}
Ref descr_get_name(ThreadState*, Value self) {
  Type* owner;
  Str* name;
  descr_owner_name(self, &owner, &name);
  return Ref::borrow(Value(name));
}
Ref descr_get_objclass(ThreadState*, Value self) {
  Type* owner;
  Str* name;
  descr_owner_name(self, &owner, &name);
  return Ref::borrow(Value(owner));
}
Ref descr_get_qualname(ThreadState* ts, Value self) {
  Type* owner;
  Str* name;
  descr_owner_name(self, &owner, &name);
  return new_str(type_qualname_std(owner) + "." + str_std(name));
}
Ref md_get_doc(ThreadState*, Value self) {
  const char* doc = as_md(self)->def->doc;
  return doc ? new_str(doc) : new_none();
}
Ref get_none(ThreadState*, Value) { return new_none(); }

const GetSetDef md_getsets[] = {
    {"__name__", descr_get_name, nullptr, nullptr},
    {"__qualname__", descr_get_qualname, nullptr, nullptr},
    {"__objclass__", descr_get_objclass, nullptr, nullptr},
    {"__doc__", md_get_doc, nullptr, nullptr},
    {"__text_signature__", get_none, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- getset descriptors ----------------------------------------------------------------
GetSetDescr* as_gs(Value v) { return static_cast<GetSetDescr*>(v.as_object()); }

Ref gs_get(ThreadState* ts, Value descr, Value obj, Value type) {
  GetSetDescr* d = as_gs(descr);
  if (obj.is_null()) return Ref::borrow(descr);
  if (!descr_check(ts, d->owner, d->name, obj)) return nullptr;
  if (!d->def->get) {
    set_errorf(ts, &AttributeError_type, "attribute '%s' of '%s' objects is not readable",
               str_std(d->name).c_str(), d->owner->name);
    return nullptr;
  }
  return d->def->get(ts, obj);
}

int gs_set(ThreadState* ts, Value descr, Value obj, Value v) {
  GetSetDescr* d = as_gs(descr);
  if (!descr_check(ts, d->owner, d->name, obj)) return -1;
  if (!d->def->set) {
    set_errorf(ts, &AttributeError_type, "attribute '%s' of '%s' objects is not writable",
               str_std(d->name).c_str(), d->owner->name);
    return -1;
  }
  return d->def->set(ts, obj, v);
}

Ref gs_repr(ThreadState* ts, Value self) {
  GetSetDescr* d = as_gs(self);
  return str_from_format("<attribute '%s' of '%s' objects>", str_std(d->name).c_str(),
                         d->owner->name);
}

Ref gs_get_doc(ThreadState*, Value self) {
  const char* doc = as_gs(self)->def->doc;
  return doc ? new_str(doc) : new_none();
}

const GetSetDef gs_getsets[] = {
    {"__name__", descr_get_name, nullptr, nullptr},
    {"__qualname__", descr_get_qualname, nullptr, nullptr},
    {"__objclass__", descr_get_objclass, nullptr, nullptr},
    {"__doc__", gs_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- member descriptors (__slots__) -------------------------------------------------------
MemberDescr* as_mem(Value v) { return static_cast<MemberDescr*>(v.as_object()); }

Ref mem_get(ThreadState* ts, Value descr, Value obj, Value type) {
  MemberDescr* d = as_mem(descr);
  if (obj.is_null()) return Ref::borrow(descr);
  if (!descr_check(ts, d->owner, d->name, obj)) return nullptr;
  Value* slot = member_slot(obj, d->offset);
  Value v = Value::from_bits(__atomic_load_n(reinterpret_cast<uintptr_t*>(slot), __ATOMIC_ACQUIRE));
  if (v.is_null()) {
    raise_attribute_error(ts, obj, d->name);
    return nullptr;
  }
  return Ref::borrow(v);
}

int mem_set(ThreadState* ts, Value descr, Value obj, Value v) {
  MemberDescr* d = as_mem(descr);
  if (!descr_check(ts, d->owner, d->name, obj)) return -1;
  Value* slot = member_slot(obj, d->offset);
  if (!v.is_null()) incref(v);
  uintptr_t old = __atomic_exchange_n(reinterpret_cast<uintptr_t*>(slot), v.bits(), __ATOMIC_ACQ_REL);
  if (v.is_null() && old == 0) {
    set_error_obj(ts, &AttributeError_type, Value(d->name));
    return -1;
  }
  decref(Value::from_bits(old));
  return 0;
}

Ref mem_repr(ThreadState* ts, Value self) {
  MemberDescr* d = as_mem(self);
  return str_from_format("<member '%s' of '%s' objects>", str_std(d->name).c_str(),
                         d->owner->name);
}

const GetSetDef mem_getsets[] = {
    {"__name__", descr_get_name, nullptr, nullptr},
    {"__qualname__", descr_get_qualname, nullptr, nullptr},
    {"__objclass__", descr_get_objclass, nullptr, nullptr},
    {"__doc__", get_none, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- slot wrappers -----------------------------------------------------------------------
WrapperDescr* as_wd(Value v) { return static_cast<WrapperDescr*>(v.as_object()); }

Ref wrapper_fn_unused(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  set_error(ts, &SystemError_type, "slot wrappers are called through call()");
  return nullptr;
}

Ref wd_call(ThreadState* ts, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  WrapperDescr* d = as_wd(callable);
  if (nargs < 1) {
    set_errorf(ts, &TypeError_type, "descriptor '%s' of '%s' object needs an argument",
               str_std(d->name).c_str(), d->owner->name);
    return nullptr;
  }
  if (!isinstance_of(args[0], d->owner)) {
    set_errorf(ts, &TypeError_type, "descriptor '%s' requires a '%s' object but received a '%s'",
               str_std(d->name).c_str(), d->owner->name, type_name(args[0]));
    return nullptr;
  }
  return d->wrapper(ts, d, args[0], args + 1, nargs - 1, kwnames);
}

Ref wd_get(ThreadState* ts, Value descr, Value obj, Value type) {
  WrapperDescr* d = as_wd(descr);
  if (obj.is_null()) return Ref::borrow(descr);
  if (!descr_check(ts, d->owner, d->name, obj)) return nullptr;
  Object* o = alloc_object(&method_wrapper_type, sizeof(MethodWrapper));
  if (!o) return set_no_memory(ts);
  MethodWrapper* mw = static_cast<MethodWrapper*>(o);
  incref(descr);
  mw->descr = d;
  incref(obj);
  mw->self = obj.without_tag();
  return Ref::steal(Value(o));
}

Ref wd_repr(ThreadState* ts, Value self) {
  WrapperDescr* d = as_wd(self);
  return str_from_format("<slot wrapper '%s' of '%s' objects>", str_std(d->name).c_str(),
                         d->owner->name);
}

const GetSetDef wd_getsets[] = {
    {"__name__", descr_get_name, nullptr, nullptr},
    {"__qualname__", descr_get_qualname, nullptr, nullptr},
    {"__objclass__", descr_get_objclass, nullptr, nullptr},
    {"__doc__", get_none, nullptr, nullptr},
    {"__text_signature__", get_none, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- method-wrapper ---------------------------------------------------------------------
MethodWrapper* as_mw(Value v) { return static_cast<MethodWrapper*>(v.as_object()); }

void mw_dealloc(Object* o) {
  MethodWrapper* m = static_cast<MethodWrapper*>(o);
  xdecref(m->descr);
  decref(m->self);
  free_object(o);
}
void mw_traverse(Object* o, const Visitor& visit) {
  MethodWrapper* m = static_cast<MethodWrapper*>(o);
  visit(Value(m->descr));
  visit(m->self);
}

Ref mw_call(ThreadState* ts, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  MethodWrapper* m = as_mw(callable);
  return m->descr->wrapper(ts, m->descr, m->self, args, nargs, kwnames);
}

Ref mw_repr(ThreadState* ts, Value self) {
  MethodWrapper* m = as_mw(self);
  const void* p = m->self.is_small_int() ? reinterpret_cast<const void*>(m->self.bits())
                                         : m->self.as_object();
  return str_from_format("<method-wrapper '%s' of %s object at %p>",
                         str_std(m->descr->name).c_str(), type_name(m->self), p);
}

Ref mw_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(b) != &method_wrapper_type)
    return new_notimpl();
  bool eq = as_mw(a)->descr == as_mw(b)->descr && as_mw(a)->self.is(as_mw(b)->self);
  return new_bool(op == CmpOp::Eq ? eq : !eq);
}

int64_t mw_hash(ThreadState* ts, Value self) {
  MethodWrapper* m = as_mw(self);
  int64_t h = pointer_hash(m->descr) ^ (m->self.is_small_int() ? int64_t(m->self.bits())
                                                               : pointer_hash(m->self.as_object()));
  return h == -1 ? -2 : h;
}

Ref mw_get_self(ThreadState*, Value self) { return Ref::borrow(as_mw(self)->self); }
Ref mw_get_name(ThreadState*, Value self) { return Ref::borrow(Value(as_mw(self)->descr->name)); }
Ref mw_get_objclass(ThreadState*, Value self) {
  return Ref::borrow(Value(as_mw(self)->descr->owner));
}
Ref mw_get_qualname(ThreadState* ts, Value self) {
  MethodWrapper* m = as_mw(self);
  return new_str(type_qualname_std(m->descr->owner) + "." + str_std(m->descr->name));
}

const GetSetDef mw_getsets[] = {
    {"__self__", mw_get_self, nullptr, nullptr},
    {"__name__", mw_get_name, nullptr, nullptr},
    {"__qualname__", mw_get_qualname, nullptr, nullptr},
    {"__objclass__", mw_get_objclass, nullptr, nullptr},
    {"__doc__", get_none, nullptr, nullptr},
    {"__text_signature__", get_none, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- builtin functions and methods --------------------------------------------------------
NativeFunction* as_nf(Value v) { return static_cast<NativeFunction*>(v.as_object()); }

void nf_dealloc(Object* o) {
  NativeFunction* f = static_cast<NativeFunction*>(o);
  decref(f->self);
  decref(f->module);
  free_object(o);
}
void nf_traverse(Object* o, const Visitor& visit) {
  NativeFunction* f = static_cast<NativeFunction*>(o);
  visit(f->self);
  visit(f->module);
}

bool nf_is_function(NativeFunction* f) {
  return f->self.is_null() || (f->self.is_object() && isinstance_of(f->self, &module_type));
}

Ref nf_call(ThreadState* ts, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  NativeFunction* f = as_nf(callable);
  Value self = (f->def->flags & kMethStatic) ? Value() : f->self;
  return f->def->fn(ts, self, args, nargs, kwnames);
}

Ref nf_repr(ThreadState* ts, Value self) {
  NativeFunction* f = as_nf(self);
  if (nf_is_function(f)) return str_from_format("<built-in function %s>", f->def->name);
  const void* p =
      f->self.is_small_int() ? reinterpret_cast<const void*>(f->self.bits()) : f->self.as_object();
  return str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                         type_name(f->self), p);
}

Ref nf_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(b) != &builtin_function_type)
    return new_notimpl();
  NativeFunction* x = as_nf(a);
  NativeFunction* y = as_nf(b);
  bool eq = x->self.is(y->self) && x->def->fn == y->def->fn;
  return new_bool(op == CmpOp::Eq ? eq : !eq);
}

int64_t nf_hash(ThreadState* ts, Value self) {
  NativeFunction* f = as_nf(self);
  int64_t x = f->self.is_null() ? 0
              : f->self.is_small_int() ? int64_t(f->self.bits())
                                       : pointer_hash(f->self.as_object());
  int64_t h = x ^ pointer_hash(reinterpret_cast<const void*>(f->def->fn));
  return h == -1 ? -2 : h;
}

Ref nf_get_name(ThreadState*, Value self) { return new_str(as_nf(self)->def->name); }
Ref nf_get_qualname(ThreadState* ts, Value self) {
  NativeFunction* f = as_nf(self);
  if (nf_is_function(f)) return new_str(f->def->name);
  Type* t = is_type(f->self) ? as_type(f->self) : type_of(f->self);
  return new_str(type_qualname_std(t) + "." + f->def->name);
}
Ref nf_get_self(ThreadState*, Value self) { return none_if_null(as_nf(self)->self); }
Ref nf_get_module(ThreadState* ts, Value self) {
  NativeFunction* f = as_nf(self);
  if (f->module.is_null() && f->self.is_object() && isinstance_of(f->self, &module_type))
    return get_attr_opt(ts, f->self, ID("__name__"));  // a module's function: its module's name
  return none_if_null(f->module);
}
int nf_set_module(ThreadState* ts, Value self, Value v) {
  NativeFunction* f = as_nf(self);
  store_ref(f, &f->module, v.is_null() ? Ref() : Ref::borrow(v));
  return 0;
}
Ref nf_get_doc(ThreadState*, Value self) {
  const char* doc = as_nf(self)->def->doc;
  return doc ? new_str(doc) : new_none();
}

Ref nf_reduce(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  NativeFunction* f = as_nf(self);
  if (nf_is_function(f)) return new_str(f->def->name);
  Ref getattr_fn = get_attr_str(ts, runtime.main_interp->builtins.get(), "getattr");
  if (!getattr_fn) return nullptr;
  Ref name = new_str(f->def->name);
  if (!name) return nullptr;
  Ref args = new_tuple({f->self, name.get()});
  if (!args) return nullptr;
  return new_tuple({getattr_fn.get(), args.get()});
}

const GetSetDef nf_getsets[] = {
    {"__name__", nf_get_name, nullptr, nullptr},
    {"__qualname__", nf_get_qualname, nullptr, nullptr},
    {"__self__", nf_get_self, nullptr, nullptr},
    {"__module__", nf_get_module, nf_set_module, nullptr},
    {"__doc__", nf_get_doc, nullptr, nullptr},
    {"__text_signature__", get_none, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

const MethodDef nf_methods[] = {{"__reduce__", nf_reduce, kMethInstance, nullptr},
                                {nullptr, nullptr, 0, nullptr}};

// ---- bound methods ------------------------------------------------------------------------
Method* as_m(Value v) { return static_cast<Method*>(v.as_object()); }

void method_dealloc(Object* o) {
  Method* m = static_cast<Method*>(o);
  decref(m->func);
  decref(m->self);
  free_object(o);
}
void method_traverse(Object* o, const Visitor& visit) {
  Method* m = static_cast<Method*>(o);
  visit(m->func);
  visit(m->self);
}

Ref method_call(ThreadState* ts, Value callable, const Value* args, size_t nargs, Tuple* kw) {
  Method* m = as_m(callable);
  return call_prepend(ts, m->func, m->self, args, nargs, kw);
}

Ref method_get(ThreadState*, Value descr, Value, Value) { return Ref::borrow(descr); }

Ref method_getattro(ThreadState* ts, Value self, Str* name) {
  Type* tp = type_of(self);
  Ref descr = type_lookup_ref(tp, name);
  if (descr) {
    DescrGetFn get = type_of(descr.get())->descr_get;
    if (get) return get(ts, descr.get(), self, Value(tp));
    return descr;
  }
  return get_attr(ts, as_m(self)->func, name);
}

Ref method_repr(ThreadState* ts, Value self) {
  Method* m = as_m(self);
  Ref name = get_attr_opt(ts, m->func, ID("__qualname__"));
  if (!name && !ts->has_error()) name = get_attr_opt(ts, m->func, ID("__name__"));
  if (ts->has_error()) return nullptr;
  Ref self_repr = repr_of(ts, m->self);
  if (!self_repr) return nullptr;
  std::string n = name && is_str(name.get()) ? str_std(name.get()) : "?";
  return new_str("<bound method " + n + " of " + str_std(self_repr.get()) + ">");
}

Ref method_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(b) != &method_type) return new_notimpl();
  Method* x = as_m(a);
  Method* y = as_m(b);
  bool eq = x->self.is(y->self);
  if (eq) {
    int r = rich_compare_bool(ts, x->func, y->func, CmpOp::Eq);
    if (r < 0) return nullptr;
    eq = r;
  }
  return new_bool(op == CmpOp::Eq ? eq : !eq);
}

int64_t method_hash(ThreadState* ts, Value self) {
  Method* m = as_m(self);
  int64_t y = hash_of(ts, m->func);
  if (y == -1 && ts->has_error()) return -1;
  int64_t x = m->self.is_small_int() ? int64_t(m->self.bits()) : pointer_hash(m->self.as_object());
  int64_t h = x ^ y;
  return h == -1 ? -2 : h;
}

Ref method_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, "method", kw)) return nullptr;
  if (nargs != 2) {
    set_errorf(ts, &TypeError_type, "method expected 2 arguments, got %zu", nargs);
    return nullptr;
  }
  if (!is_callable(args[0])) {
    set_error(ts, &TypeError_type, "first argument must be callable");
    return nullptr;
  }
  if (args[1].is(None())) {
    set_error(ts, &TypeError_type, "instance must not be None");
    return nullptr;
  }
  return new_method(args[0], args[1]);
}

Ref method_get_func(ThreadState*, Value self) { return Ref::borrow(as_m(self)->func); }
Ref method_get_self(ThreadState*, Value self) { return Ref::borrow(as_m(self)->self); }
Ref method_get_doc(ThreadState* ts, Value self) { return get_attr(ts, as_m(self)->func, ID("__doc__")); }

Ref method_reduce(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Method* m = as_m(self);
  Ref getattr_fn = get_attr_str(ts, runtime.main_interp->builtins.get(), "getattr");
  if (!getattr_fn) return nullptr;
  Ref name = get_attr(ts, m->func, ID("__name__"));
  if (!name) return nullptr;
  Ref args = new_tuple({m->self, name.get()});
  if (!args) return nullptr;
  return new_tuple({getattr_fn.get(), args.get()});
}

const GetSetDef method_getsets[] = {
    {"__func__", method_get_func, nullptr, nullptr},
    {"__self__", method_get_self, nullptr, nullptr},
    {"__doc__", method_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};
const MethodDef method_methods[] = {{"__reduce__", method_reduce, kMethInstance, nullptr},
                                    {nullptr, nullptr, 0, nullptr}};

// ---- property -------------------------------------------------------------------------------
Property* as_prop(Value v) { return static_cast<Property*>(v.as_object()); }

void prop_clear(Property* p) {
  Value vals[5] = {p->fget, p->fset, p->fdel, p->doc, p->name};
  p->fget = p->fset = p->fdel = p->doc = p->name = Value();
  for (Value v : vals) decref(v);
}
void prop_dealloc(Object* o) {
  prop_clear(static_cast<Property*>(o));
  free_object(o);
}
void prop_traverse(Object* o, const Visitor& visit) {
  Property* p = static_cast<Property*>(o);
  visit(p->fget);
  visit(p->fset);
  visit(p->fdel);
  visit(p->doc);
  visit(p->name);
}

int prop_error(ThreadState* ts, Value self, Value obj, const char* what) {
  Property* p = as_prop(self);
  if (!p->name.is_null() && is_str(p->name))
    set_errorf(ts, &AttributeError_type, "property '%s' of '%s' object has no %s",
               str_std(p->name).c_str(), type_name(obj), what);
  else
    set_errorf(ts, &AttributeError_type, "property of '%s' object has no %s", type_name(obj), what);
  return -1;
}

Ref prop_get(ThreadState* ts, Value self, Value obj, Value type) {
  if (obj.is_null() || obj.is(None())) return Ref::borrow(self);
  Property* p = as_prop(self);
  if (p->fget.is_null()) {
    prop_error(ts, self, obj, "getter");
    return nullptr;
  }
  return call1(ts, p->fget, obj);
}

int prop_set(ThreadState* ts, Value self, Value obj, Value v) {
  Property* p = as_prop(self);
  Value f = v.is_null() ? p->fdel : p->fset;
  if (f.is_null()) return prop_error(ts, self, obj, v.is_null() ? "deleter" : "setter");
  Ref r = v.is_null() ? call1(ts, f, obj) : call2(ts, f, obj, v);
  return r ? 0 : -1;
}

int prop_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[4] = {};
  if (!parse_args(ts, "property", args, nargs, kw, {"fget", "fset", "fdel", "doc"}, 0, a))
    return -1;
  Property* p = as_prop(self);
  Value fget = a[0].is_null() ? Value() : null_if_none(a[0]);
  Value fset = a[1].is_null() ? Value() : null_if_none(a[1]);
  Value fdel = a[2].is_null() ? Value() : null_if_none(a[2]);
  Value doc = a[3].is_null() ? Value() : null_if_none(a[3]);
  Ref docref = doc.is_null() ? Ref() : Ref::borrow(doc);
  bool getter_doc = false;
  if (docref.is_null() && !fget.is_null()) {
    docref = get_attr_opt(ts, fget, ID("__doc__"));
    if (!docref && ts->has_error()) return -1;
    if (docref && docref.get().is(None())) docref = nullptr;
    getter_doc = bool(docref);
  }
  Value name = p->name;
  incref(name);
  prop_clear(p);
  incref(fget);
  incref(fset);
  incref(fdel);
  p->fget = fget;
  p->fset = fset;
  p->fdel = fdel;
  p->doc = docref.release();
  p->name = name;
  (void)getter_doc;
  // Subclasses keep their doc in the instance dict (their class __doc__
  // would otherwise shadow property's __doc__ descriptor).
  if (type_of(self) != &property_type && !p->doc.is_null()) {
    if (Ref d = instance_dict(ts, self, true)) {
      if (dict_set(ts, as_dict(d.get()), Value(ID("__doc__")), p->doc) < 0) return -1;
    } else if (ts->has_error()) {
      return -1;
    }
  }
  return 0;
}

Ref prop_copy(ThreadState* ts, Value self, Value fget, Value fset, Value fdel) {
  Property* p = as_prop(self);
  if (fget.is_null()) fget = p->fget;
  if (fset.is_null()) fset = p->fset;
  if (fdel.is_null()) fdel = p->fdel;
  Value doc = p->doc;
  // A doc taken from the old getter is re-derived from the new one.
  if (!p->fget.is_null() && !doc.is_null()) {
    Ref gdoc = get_attr_opt(ts, p->fget, ID("__doc__"));
    if (ts->has_error()) return nullptr;
    if (gdoc && gdoc.get().is(doc)) doc = Value();
  }
  Value args[4] = {fget.is_null() ? None() : fget, fset.is_null() ? None() : fset,
                   fdel.is_null() ? None() : fdel, doc.is_null() ? None() : doc};
  Ref r = call(ts, Value(type_of(self)), args, 4);
  if (!r) return nullptr;
  if (type_of(r.get()) == &property_type || isinstance_of(r.get(), &property_type)) {
    Property* np = as_prop(r.get());
    store_ref(np, &np->name, p->name.is_null() ? Ref() : Ref::borrow(p->name));
  }
  return r;
}

Ref prop_getter(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1 || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "getter() takes exactly one argument (%zu given)", nargs);
    return nullptr;
  }
  return prop_copy(ts, self, null_if_none(args[0]).is_null() ? Value() : args[0], Value(), Value());
}
Ref prop_setter(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1 || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "setter() takes exactly one argument (%zu given)", nargs);
    return nullptr;
  }
  return prop_copy(ts, self, Value(), null_if_none(args[0]).is_null() ? Value() : args[0], Value());
}
Ref prop_deleter(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1 || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "deleter() takes exactly one argument (%zu given)", nargs);
    return nullptr;
  }
  return prop_copy(ts, self, Value(), Value(), null_if_none(args[0]).is_null() ? Value() : args[0]);
}

Ref prop_set_name(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 2 || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "__set_name__() takes 2 positional arguments but %zu were given",
               nargs);
    return nullptr;
  }
  Property* p = as_prop(self);
  store_ref(p, &p->name, Ref::borrow(args[1]));
  return new_none();
}

Ref prop_get_fget(ThreadState*, Value self) { return none_if_null(as_prop(self)->fget); }
Ref prop_get_fset(ThreadState*, Value self) { return none_if_null(as_prop(self)->fset); }
Ref prop_get_fdel(ThreadState*, Value self) { return none_if_null(as_prop(self)->fdel); }
Ref prop_get_doc(ThreadState*, Value self) { return none_if_null(as_prop(self)->doc); }
int prop_set_doc(ThreadState* ts, Value self, Value v) {
  Property* p = as_prop(self);
  store_ref(p, &p->doc, v.is_null() ? Ref() : Ref::borrow(v));
  return 0;
}

Ref abstract_flag_of(ThreadState* ts, std::initializer_list<Value> funcs) {
  for (Value f : funcs) {
    if (f.is_null()) continue;
    Ref r = get_attr_opt(ts, f, ID("__isabstractmethod__"));
    if (!r) {
      if (ts->has_error()) return nullptr;
      continue;
    }
    int t = truthy(ts, r.get());
    if (t < 0) return nullptr;
    if (t) return new_bool(true);
  }
  return new_bool(false);
}

Ref prop_get_isabstract(ThreadState* ts, Value self) {
  Property* p = as_prop(self);
  return abstract_flag_of(ts, {p->fget, p->fset, p->fdel});
}

const GetSetDef prop_getsets[] = {
    {"fget", prop_get_fget, nullptr, nullptr},
    {"fset", prop_get_fset, nullptr, nullptr},
    {"fdel", prop_get_fdel, nullptr, nullptr},
    {"__doc__", prop_get_doc, prop_set_doc, nullptr},
    {"__isabstractmethod__", prop_get_isabstract, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};
const MethodDef prop_methods[] = {
    {"getter", prop_getter, kMethInstance, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", prop_setter, kMethInstance, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", prop_deleter, kMethInstance, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", prop_set_name, kMethInstance, "Method to set name of a property."},
    {nullptr, nullptr, 0, nullptr}};

// ---- classmethod / staticmethod -----------------------------------------------------------
// Both share a layout: {func, dict}.
ClassMethod* as_cm(Value v) { return static_cast<ClassMethod*>(v.as_object()); }

void cm_dealloc(Object* o) {
  ClassMethod* c = static_cast<ClassMethod*>(o);
  decref(c->func);
  if (c->dict) decref(dict_value(c->dict));
  free_object(o);
}
void cm_traverse(Object* o, const Visitor& visit) {
  ClassMethod* c = static_cast<ClassMethod*>(o);
  visit(c->func);
  if (c->dict) visit(dict_value(c->dict));
}

int cm_init_common(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                   const char* name) {
  if (kw && kw->length) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", name);
    return -1;
  }
  if (nargs != 1) {
    set_errorf(ts, &TypeError_type, "%s expected 1 argument, got %zu", name, nargs);
    return -1;
  }
  ClassMethod* c = as_cm(self);
  store_ref(c, &c->func, Ref::borrow(args[0]));
  // functools.wraps-like copy of the wrapped callable's metadata (3.10+).
  static const char* const attrs[] = {"__module__", "__name__", "__qualname__", "__doc__"};
  for (const char* a : attrs) {
    Ref v = get_attr_opt(ts, args[0], intern_str(ts, a));
    if (!v) {
      if (ts->has_error()) return -1;
      continue;
    }
    Ref d = instance_dict(ts, self, true);
    if (!d) return -1;
    if (dict_set(ts, as_dict(d.get()), Value(intern_str(ts, a)), v.get()) < 0) return -1;
  }
  return 0;
}

int cm_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return cm_init_common(ts, self, args, nargs, kw, "classmethod");
}
int sm_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return cm_init_common(ts, self, args, nargs, kw, "staticmethod");
}

Ref cm_get(ThreadState* ts, Value self, Value obj, Value type) {
  ClassMethod* c = as_cm(self);
  if (c->func.is_null()) {
    set_error(ts, &RuntimeError_type, "uninitialized classmethod object");
    return nullptr;
  }
  if (type.is_null()) type = Value(type_of(obj));
  DescrGetFn get = type_of(c->func)->descr_get;
  if (get) return get(ts, c->func, type, type);
  return new_method(c->func, type);
}

Ref sm_get(ThreadState* ts, Value self, Value obj, Value type) {
  ClassMethod* c = as_cm(self);
  if (c->func.is_null()) {
    set_error(ts, &RuntimeError_type, "uninitialized staticmethod object");
    return nullptr;
  }
  return Ref::borrow(c->func);
}

Ref sm_call(ThreadState* ts, Value callable, const Value* args, size_t nargs, Tuple* kw) {
  return call(ts, as_cm(callable)->func, args, nargs, kw);
}

Ref cm_repr(ThreadState* ts, Value self) {
  Ref r = repr_of(ts, as_cm(self)->func.is_null() ? None() : as_cm(self)->func);
  if (!r) return nullptr;
  return new_str(std::string("<") + type_name(self) + "(" + str_std(r.get()) + ")>");
}

Ref cm_get_func(ThreadState*, Value self) { return none_if_null(as_cm(self)->func); }
Ref cm_get_isabstract(ThreadState* ts, Value self) {
  return abstract_flag_of(ts, {as_cm(self)->func});
}
Ref cm_get_dict(ThreadState* ts, Value self) { return instance_dict(ts, self, true); }
int cm_set_dict(ThreadState* ts, Value self, Value v) {
  if (v.is_null() || !is_dict(v)) {
    set_errorf(ts, &TypeError_type, "__dict__ must be set to a dictionary, not a '%s'",
               v.is_null() ? "NoneType" : type_name(v));
    return -1;
  }
  ClassMethod* c = as_cm(self);
  store_ref(c, reinterpret_cast<Object**>(&c->dict), Ref::borrow(v));
  return 0;
}

const GetSetDef cm_getsets[] = {
    {"__func__", cm_get_func, nullptr, nullptr},
    {"__wrapped__", cm_get_func, nullptr, nullptr},
    {"__isabstractmethod__", cm_get_isabstract, nullptr, nullptr},
    {"__dict__", cm_get_dict, cm_set_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- super ----------------------------------------------------------------------------------
struct Super : Object {
  Type* type;      // the class super() was called in
  Value obj;       // the instance or class, or null (unbound)
  Type* obj_type;  // the type whose MRO is searched
};
Super* as_super(Value v) { return static_cast<Super*>(v.as_object()); }

void super_dealloc(Object* o) {
  Super* s = static_cast<Super*>(o);
  xdecref(s->type);
  decref(s->obj);
  xdecref(s->obj_type);
  free_object(o);
}
void super_traverse(Object* o, const Visitor& visit) {
  Super* s = static_cast<Super*>(o);
  visit(Value(s->type));
  visit(s->obj);
  visit(Value(s->obj_type));
}

Type* super_check(ThreadState* ts, Type* type, Value obj) {
  if (is_type(obj) && is_subtype(as_type(obj), type)) return as_type(obj);
  if (is_subtype(type_of(obj), type)) return type_of(obj);
  Ref cls = get_attr_opt(ts, obj, ID("__class__"));
  if (!cls && ts->has_error()) return nullptr;
  if (cls && is_type(cls.get()) && as_type(cls.get()) != type_of(obj) &&
      is_subtype(as_type(cls.get()), type))
    return as_type(cls.get());
  set_error(ts, &TypeError_type, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

int super_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, "super", kw)) return -1;
  if (nargs > 2) {
    set_errorf(ts, &TypeError_type, "super() expected at most 2 arguments, got %zu", nargs);
    return -1;
  }
  Type* type;
  Value obj;
  if (nargs == 0) {
    if (!current_frame_super_args(ts, &type, &obj)) return -1;
  } else {
    if (!is_type(args[0])) {
      set_errorf(ts, &TypeError_type, "super() argument 1 must be a type, not %s",
                 type_name(args[0]));
      return -1;
    }
    type = as_type(args[0]);
    obj = nargs == 2 ? null_if_none(args[1]) : Value();
  }
  Type* obj_type = nullptr;
  if (!obj.is_null()) {
    obj_type = super_check(ts, type, obj);
    if (!obj_type) return -1;
  }
  Super* s = as_super(self);
  incref(Value(type));
  if (!obj.is_null()) incref(obj);
  if (obj_type) incref(Value(obj_type));
  Type* ot = s->type;
  Value oo = s->obj;
  Type* oot = s->obj_type;
  s->type = type;
  s->obj = obj.without_tag();
  s->obj_type = obj_type;
  xdecref(ot);
  decref(oo);
  xdecref(oot);
  return 0;
}

Ref super_getattro(ThreadState* ts, Value self, Str* name) {
  Super* s = as_super(self);
  Type* start = s->obj_type;
  if (start && !str_equal_ascii(name, "__class__")) {
    Ref res = mro_lookup_after(start, s->type, name);
    if (res) {
      DescrGetFn get = type_of(res.get())->descr_get;
      if (get) return get(ts, res.get(), s->obj.is(Value(start)) ? Value() : s->obj, Value(start));
      return res;
    }
    if (ts->has_error()) return nullptr;
  }
  return generic_getattr(ts, self, name);
}

Ref super_get(ThreadState* ts, Value self, Value obj, Value type) {
  Super* s = as_super(self);
  if (obj.is_null() || obj.is(None()) || !s->obj.is_null()) return Ref::borrow(self);
  Value args[2] = {Value(s->type), obj};
  return call(ts, Value(type_of(self)), args, 2);
}

Ref super_repr(ThreadState* ts, Value self) {
  Super* s = as_super(self);
  std::string t = s->type ? type_qualname_std(s->type) : "NULL";
  if (s->obj_type)
    return str_from_format("<super: <class '%s'>, <%s object>>", t.c_str(), s->obj_type->name);
  return str_from_format("<super: <class '%s'>, NULL>", t.c_str());
}

Ref super_get_thisclass(ThreadState*, Value self) {
  return none_if_null(Value(as_super(self)->type));
}
Ref super_get_self(ThreadState*, Value self) { return none_if_null(as_super(self)->obj); }
Ref super_get_self_class(ThreadState*, Value self) {
  return none_if_null(Value(as_super(self)->obj_type));
}

const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, nullptr, "the class invoking super()"},
    {"__self__", super_get_self, nullptr, "the instance invoking super(); may be None"},
    {"__self_class__", super_get_self_class, nullptr,
     "the type of the instance invoking super(); may be None"},
    {nullptr, nullptr, nullptr, nullptr}};

void init_type(Type& t, const char* name, size_t size, uint64_t flags) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.basic_size = size;
  t.flags = flags;
  t.base = &object_type;
}

}  // namespace

// ---- constructors ------------------------------------------------------------------------------
Ref new_method(Value func, Value self) {
  Object* o = alloc_object(&method_type, sizeof(Method));
  if (!o) return set_no_memory(current_thread_state());
  Method* m = static_cast<Method*>(o);
  incref(func);
  m->func = func.without_tag();
  incref(self);
  m->self = self.without_tag();
  return Ref::steal(Value(o));
}

Ref new_native_function(const MethodDef* def, Value self, Value module) {
  Object* o = alloc_object(&builtin_function_type, sizeof(NativeFunction));
  if (!o) return set_no_memory(current_thread_state());
  NativeFunction* f = static_cast<NativeFunction*>(o);
  f->def = def;
  incref(self);
  f->self = self.without_tag();
  incref(module);
  f->module = module.without_tag();
  return Ref::steal(Value(o));
}

static Ref new_md_of(Type* type, Type* owner, const MethodDef* def) {
  Object* o = alloc_object(type, sizeof(MethodDescr));
  if (!o) return set_no_memory(current_thread_state());
  MethodDescr* d = static_cast<MethodDescr*>(o);
  d->def = def;
  incref(Value(owner));
  d->owner = owner;
  d->name = intern_str(current_thread_state(), def->name);
  incref(Value(d->name));
  return Ref::steal(Value(o));
}

Ref new_method_descr(Type* owner, const MethodDef* def) {
  return new_md_of(&method_descriptor_type, owner, def);
}
Ref new_classmethod_descr(Type* owner, const MethodDef* def) {
  return new_md_of(&classmethod_descriptor_type, owner, def);
}

Ref new_getset_descr(Type* owner, const GetSetDef* def) {
  Object* o = alloc_object(&getset_descriptor_type, sizeof(GetSetDescr));
  if (!o) return set_no_memory(current_thread_state());
  GetSetDescr* d = static_cast<GetSetDescr*>(o);
  d->def = def;
  incref(Value(owner));
  d->owner = owner;
  d->name = intern_str(current_thread_state(), def->name);
  incref(Value(d->name));
  return Ref::steal(Value(o));
}

Ref new_member_descr(Type* owner, Str* name, int64_t offset) {
  Object* o = alloc_object(&member_descriptor_type, sizeof(MemberDescr));
  if (!o) return set_no_memory(current_thread_state());
  MemberDescr* d = static_cast<MemberDescr*>(o);
  incref(Value(owner));
  d->owner = owner;
  incref(Value(name));
  d->name = name;
  d->offset = offset;
  return Ref::steal(Value(o));
}

Ref new_wrapper_descr(Type* owner, Str* name, WrapperFn fn, void* wrapped, void* wrapped2,
                      int slot_id, int op) {
  Object* o = alloc_object(&wrapper_descriptor_type, sizeof(WrapperDescr));
  if (!o) return set_no_memory(current_thread_state());
  WrapperDescr* d = static_cast<WrapperDescr*>(o);
  incref(Value(owner));
  d->owner = owner;
  incref(Value(name));
  d->name = name;
  d->fn = wrapper_fn_unused;
  d->wrapper = fn;
  d->wrapped = wrapped;
  d->wrapped2 = wrapped2;
  d->slot_id = slot_id;
  d->op = op;
  return Ref::steal(Value(o));
}

static Ref new_cm_like(Type* type, Value func) {
  Object* o = alloc_object(type, type->basic_size ? type->basic_size : sizeof(ClassMethod));
  if (!o) return set_no_memory(current_thread_state());
  ClassMethod* c = static_cast<ClassMethod*>(o);
  incref(func);
  c->func = func.without_tag();
  return Ref::steal(Value(o));
}
Ref new_staticmethod(Value func) { return new_cm_like(&staticmethod_type, func); }
Ref new_classmethod(Value func) { return new_cm_like(&classmethod_type, func); }

// ---- setup ------------------------------------------------------------------------------------
void setup_descr_types() {
  {
    Type& t = method_descriptor_type;
    init_type(t, "method_descriptor", sizeof(MethodDescr), kTypeHasGC);
    t.dealloc = md_dealloc;
    t.traverse = md_traverse;
    t.call = md_call;
    t.descr_get = md_get;
    t.repr = md_repr;
    t.getsets = md_getsets;
    register_static_type(&t);
  }
  {
    Type& t = classmethod_descriptor_type;
    init_type(t, "classmethod_descriptor", sizeof(MethodDescr), kTypeHasGC);
    t.dealloc = md_dealloc;
    t.traverse = md_traverse;
    t.call = cmd_call;
    t.descr_get = cmd_get;
    t.repr = md_repr;
    t.getsets = md_getsets;
    register_static_type(&t);
  }
  {
    Type& t = getset_descriptor_type;
    init_type(t, "getset_descriptor", sizeof(GetSetDescr), kTypeHasGC);
    t.dealloc = md_dealloc;  // same reference fields (name, owner) at the same places
    t.traverse = md_traverse;
    t.descr_get = gs_get;
    t.descr_set = gs_set;
    t.repr = gs_repr;
    t.getsets = gs_getsets;
    register_static_type(&t);
  }
  {
    Type& t = member_descriptor_type;
    init_type(t, "member_descriptor", sizeof(MemberDescr), kTypeHasGC);
    t.dealloc = [](Object* o) {
      MemberDescr* d = static_cast<MemberDescr*>(o);
      xdecref(d->name);
      xdecref(d->owner);
      free_object(o);
    };
    t.traverse = [](Object* o, const Visitor& visit) {
      MemberDescr* d = static_cast<MemberDescr*>(o);
      visit(Value(d->name));
      visit(Value(d->owner));
    };
    t.descr_get = mem_get;
    t.descr_set = mem_set;
    t.repr = mem_repr;
    t.getsets = mem_getsets;
    register_static_type(&t);
  }
  {
    Type& t = wrapper_descriptor_type;
    init_type(t, "wrapper_descriptor", sizeof(WrapperDescr), kTypeHasGC);
    t.dealloc = [](Object* o) {
      WrapperDescr* d = static_cast<WrapperDescr*>(o);
      xdecref(d->name);
      xdecref(d->owner);
      free_object(o);
    };
    t.traverse = [](Object* o, const Visitor& visit) {
      WrapperDescr* d = static_cast<WrapperDescr*>(o);
      visit(Value(d->name));
      visit(Value(d->owner));
    };
    t.call = wd_call;
    t.descr_get = wd_get;
    t.repr = wd_repr;
    t.getsets = wd_getsets;
    register_static_type(&t);
  }
  {
    Type& t = method_wrapper_type;
    init_type(t, "method-wrapper", sizeof(MethodWrapper), kTypeHasGC);
    t.dealloc = mw_dealloc;
    t.traverse = mw_traverse;
    t.call = mw_call;
    t.repr = mw_repr;
    t.richcompare = mw_richcompare;
    t.hash = mw_hash;
    t.getsets = mw_getsets;
    register_static_type(&t);
  }
  {
    Type& t = builtin_function_type;
    init_type(t, "builtin_function_or_method", sizeof(NativeFunction), kTypeHasGC);
    t.dealloc = nf_dealloc;
    t.traverse = nf_traverse;
    t.call = nf_call;
    t.repr = nf_repr;
    t.richcompare = nf_richcompare;
    t.hash = nf_hash;
    t.getsets = nf_getsets;
    t.methods = nf_methods;
    register_static_type(&t);
  }
  {
    Type& t = method_type;
    init_type(t, "method", sizeof(Method), kTypeHasGC);
    t.dealloc = method_dealloc;
    t.traverse = method_traverse;
    t.call = method_call;
    t.descr_get = method_get;
    t.getattr = method_getattro;
    t.repr = method_repr;
    t.richcompare = method_richcompare;
    t.hash = method_hash;
    t.new_ = method_new;
    t.getsets = method_getsets;
    t.methods = method_methods;
    t.doc = "Create a bound instance method object.";
    register_static_type(&t);
  }
  {
    Type& t = property_type;
    init_type(t, "property", sizeof(Property), kTypeHasGC | kTypeBaseType);
    t.dealloc = prop_dealloc;
    t.traverse = prop_traverse;
    t.new_ = alloc_new;
    t.init = prop_init;
    t.descr_get = prop_get;
    t.descr_set = prop_set;
    t.getsets = prop_getsets;
    t.methods = prop_methods;
    t.doc = "Property attribute.";
    register_static_type(&t);
  }
  for (Type* tp : {&classmethod_type, &staticmethod_type}) {
    Type& t = *tp;
    bool is_cm = tp == &classmethod_type;
    init_type(t, is_cm ? "classmethod" : "staticmethod", sizeof(ClassMethod),
              kTypeHasGC | kTypeBaseType);
    t.dealloc = cm_dealloc;
    t.traverse = cm_traverse;
    t.new_ = alloc_new;
    t.init = is_cm ? cm_init : sm_init;
    t.descr_get = is_cm ? cm_get : sm_get;
    if (!is_cm) t.call = sm_call;
    t.repr = cm_repr;
    t.dict_offset = offset_of(&ClassMethod::dict);
    t.getsets = cm_getsets;
    t.doc = is_cm ? "classmethod(function) -> method" : "staticmethod(function) -> method";
    register_static_type(&t);
  }
  {
    Type& t = super_type;
    init_type(t, "super", sizeof(Super), kTypeHasGC | kTypeBaseType);
    t.dealloc = super_dealloc;
    t.traverse = super_traverse;
    t.new_ = alloc_new;
    t.init = super_init;
    t.getattr = super_getattro;
    t.descr_get = super_get;
    t.repr = super_repr;
    t.getsets = super_getsets;
    t.doc = "super() -> same as super(__class__, <first argument>)";
    register_static_type(&t);
  }
}

}  // namespace weft

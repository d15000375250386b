// The singletons None, NotImplemented and Ellipsis and their types
// (NoneType, NotImplementedType, ellipsis).
#include "core/types/type_internal.h"

namespace weft {

Object none_obj, notimpl_obj, ellipsis_obj;
Type none_type, notimpl_type, ellipsis_type;

namespace {

bool no_args(ThreadState* ts, Type* type, size_t nargs, Tuple* kwnames) {
  if (nargs || (kwnames && kwnames->length)) {
    set_errorf(ts, &TypeError_type, "%s takes no arguments", type->name);
    return false;
  }
  return true;
}

Ref none_repr(ThreadState*, Value) { return new_str_ascii("None"); }
int none_bool(ThreadState*, Value) { return 0; }
Ref none_new(ThreadState* ts, Type* type, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, type, nargs, kw)) return nullptr;
  return new_none();
}

Ref notimpl_repr(ThreadState*, Value) { return new_str_ascii("NotImplemented"); }
int notimpl_bool(ThreadState* ts, Value) {
  if (warn(ts, &DeprecationWarning_type, "NotImplemented should not be used in a boolean context") < 0)
    return -1;
  return 1;
}
Ref notimpl_new(ThreadState* ts, Type* type, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, type, nargs, kw)) return nullptr;
  return new_notimpl();
}
Ref notimpl_reduce(ThreadState*, Value, const Value*, size_t, Tuple*) {
  return new_str_ascii("NotImplemented");
}

Ref ellipsis_repr(ThreadState*, Value) { return new_str_ascii("Ellipsis"); }
Ref ellipsis_new(ThreadState* ts, Type* type, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, type, nargs, kw)) return nullptr;
  return Ref::steal(Value(&ellipsis_obj));
}
Ref ellipsis_reduce(ThreadState*, Value, const Value*, size_t, Tuple*) {
  return new_str_ascii("Ellipsis");
}

const MethodDef notimpl_methods[] = {{"__reduce__", notimpl_reduce, kMethInstance, nullptr},
                                     {nullptr, nullptr, 0, nullptr}};
const MethodDef ellipsis_methods[] = {{"__reduce__", ellipsis_reduce, kMethInstance, nullptr},
                                      {nullptr, nullptr, 0, nullptr}};

void init_singleton_type(Type& t, const char* name, Object& instance) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.basic_size = sizeof(Object);
  t.base = &object_type;
  instance.type = &t;
  instance.make_immortal();
  register_static_type(&t);
}

}  // namespace

void setup_singletons_types() {
  init_singleton_type(none_type, "NoneType", none_obj);
  none_type.repr = none_repr;
  none_type.to_bool = none_bool;
  none_type.new_ = none_new;
  init_singleton_type(notimpl_type, "NotImplementedType", notimpl_obj);
  notimpl_type.repr = notimpl_repr;
  notimpl_type.to_bool = notimpl_bool;
  notimpl_type.new_ = notimpl_new;
  notimpl_type.methods = notimpl_methods;
  init_singleton_type(ellipsis_type, "ellipsis", ellipsis_obj);
  ellipsis_type.repr = ellipsis_repr;
  ellipsis_type.new_ = ellipsis_new;
  ellipsis_type.methods = ellipsis_methods;
}

}  // namespace weft

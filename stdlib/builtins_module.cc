// Assembles the builtins module: functions, types, constants and exceptions.
#include "core/runtime/abstract.h"
#include "stdlib/builtins_internal.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

struct NamedType {
  const char* name;
  Type* type;
};

const NamedType kBuiltinTypes[] = {
    {"bool", &bool_type},         {"bytearray", &bytearray_type}, {"bytes", &bytes_type},
    {"classmethod", &classmethod_type}, {"complex", &complex_type}, {"dict", &dict_type},
    {"enumerate", &enumerate_type}, {"filter", &filter_type},     {"float", &float_type},
    {"frozenset", &frozenset_type}, {"int", &int_type},           {"list", &list_type},
    {"map", &map_type},           {"memoryview", &memoryview_type}, {"object", &object_type},
    {"property", &property_type}, {"range", &range_type},         {"reversed", &reversed_type},
    {"set", &set_type},           {"slice", &slice_type},         {"staticmethod", &staticmethod_type},
    {"str", &str_type},           {"super", &super_type},         {"tuple", &tuple_type},
    {"type", &type_type},         {"zip", &zip_type},
};

int add_functions(ThreadState* ts, Dict* d, Value module, const MethodDef* defs) {
  for (const MethodDef* m = defs; m->name; ++m) {
    Ref fn = new_native_function(m, module);
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return -1;
  }
  return 0;
}

}  // namespace

Ref make_builtins_module(ThreadState* ts) {
  install_import_state(ts->interp);
  Ref mod = new_module(ts, "builtins");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  if (add_functions(ts, d, mod.get(), builtin_value_functions) < 0 ||
      add_functions(ts, d, mod.get(), builtin_exec_functions) < 0)
    return nullptr;
  Ref open_fn = make_open_function(ts);
  Ref import_fn = make_import_function(ts);
  if (!open_fn || !import_fn || dict_set_str(ts, d, "open", open_fn.get()) < 0 ||
      dict_set_str(ts, d, "__import__", import_fn.get()) < 0)
    return nullptr;
  for (const NamedType& t : kBuiltinTypes)
    if (dict_set_str(ts, d, t.name, Value(t.type)) < 0) return nullptr;
#define EXC(name, base, doc) \
  if (dict_set_str(ts, d, #name, Value(&name##_type)) < 0) return nullptr;
#include "core/runtime/exceptions.def"
#undef EXC
  if (dict_set_str(ts, d, "EnvironmentError", Value(&OSError_type)) < 0 ||
      dict_set_str(ts, d, "IOError", Value(&OSError_type)) < 0 ||
      dict_set_str(ts, d, "None", None()) < 0 ||
      dict_set_str(ts, d, "Ellipsis", Value(&ellipsis_obj)) < 0 ||
      dict_set_str(ts, d, "NotImplemented", NotImpl()) < 0 ||
      dict_set_str(ts, d, "True", Bool(true)) < 0 ||
      dict_set_str(ts, d, "False", Bool(false)) < 0 ||
      dict_set_str(ts, d, "__debug__", Bool(true)) < 0)
    return nullptr;
  return mod;
}

}  // namespace weft

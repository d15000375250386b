// The VM's side of importing. IMPORT_NAME calls builtins.__import__ (as
// CPython does, so replacing it works); the finding and loading machinery
// lives in the library (stdlib/import.cc), above the compiler.
#include "core/runtime/import.h"

#include <string>

namespace weft {

Ref import_name(ThreadState* ts, Value name, Value globals, Value fromlist, Value level) {
  Ref import_fn = dict_get_str(ts, static_cast<Dict*>(ts->interp->builtins_dict.obj()),
                               intern_str(ts, "__import__"));
  if (!import_fn) {
    if (!ts->has_error()) set_error(ts, &ImportError_type, "__import__ not found");
    return nullptr;
  }
  Value args[] = {name, globals.is_null() ? None() : globals, None(),
                  fromlist.is_null() ? None() : fromlist,
                  level.is_null() ? Value::small_int(0) : level};
  return call(ts, import_fn.get(), args, 5);
}

Ref import_from(ThreadState* ts, Value module, Str* name) {
  Ref attr = get_attr_opt(ts, module, name);
  if (attr || ts->has_error()) return attr;
  // A submodule that is being imported (circular import) is already in
  // sys.modules but not yet an attribute of its package.
  Ref pkgname = get_attr_opt(ts, module, intern_str(ts, "__name__"));
  clear_error(ts);
  std::string modname = pkgname && is_str(pkgname.get()) ? std::string(str_utf8(pkgname.get())) : "<unknown module name>";
  if (pkgname && is_str(pkgname.get())) {
    Ref full = new_str(modname + "." + std::string(str_utf8(name)));
    Ref found = dict_get(ts, static_cast<Dict*>(ts->interp->modules.obj()), full.get());
    if (found || ts->has_error()) return found;
  }
  Ref file = get_attr_opt(ts, module, intern_str(ts, "__file__"));
  clear_error(ts);
  std::string where = file && is_str(file.get()) ? std::string(str_utf8(file.get())) : "unknown location";
  Ref msg = str_from_format("cannot import name '%s' from '%s' (%s)",
                            std::string(str_utf8(name)).c_str(), modname.c_str(), where.c_str());
  Ref mname = new_str(modname);
  Ref kwnames = new_tuple({Value(intern_str(ts, "name"))});
  Value args[] = {msg.get(), mname.get()};
  Ref exc = call(ts, Value(&ImportError_type), args, 1, kwnames.as<Tuple>());
  if (exc) set_error_value(ts, exc.get());
  return nullptr;
}

int import_star(ThreadState* ts, Value module, Value locals) {
  Ref all = get_attr_opt(ts, module, intern_str(ts, "__all__"));
  bool skip_private = false;
  if (!all) {
    if (ts->has_error()) return -1;
    Ref d = get_attr(ts, module, intern_str(ts, "__dict__"));
    if (!d) return -1;
    all = sequence_to_list(ts, d.get());
    if (!all) return -1;
    skip_private = true;
  }
  bool ok = for_each(ts, all.get(), [&](Value name) {
    if (!is_str(name)) {
      Ref mn = get_attr_opt(ts, module, intern_str(ts, "__name__"));
      clear_error(ts);
      set_errorf(ts, &TypeError_type, "Item in %s.__all__ must be str, not %s",
                 mn && is_str(mn.get()) ? std::string(str_utf8(mn.get())).c_str() : "module",
                 type_name(name));
      return false;
    }
    if (skip_private && str_utf8(name).substr(0, 1) == "_") return true;
    Ref value = get_attr(ts, module, static_cast<Str*>(name.as_object()));
    if (!value) return false;
    return set_item(ts, locals, name, value.get()) == 0;
  });
  return ok ? 0 : -1;
}

}  // namespace weft

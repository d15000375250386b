// The import system: builtins.__import__, module finding (native modules,
// the embedded library, then sys.path / package __path__ folders) and
// loading, with per-module import locks.
//
// Concurrency guarantee: a module body runs at most once even when several
// threads import it at the same time. Each module name has an ImportLock
// (per interpreter, created on demand under `table_mu`). The importing thread
// holds it while it finds, creates and runs the module; another thread that
// wants the same module waits on it (detached), then finds the finished
// module in sys.modules. The lock is re-entrant for its owner so that a
// circular import by one thread sees the partially initialised module, as in
// CPython. Lock order: table_mu is never held while waiting or running code.
#include <sys/stat.h>

#include <condition_variable>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <unordered_map>

#include "core/compile/compile.h"
#include "core/types/func.h"
#include "core/vm/eval.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

struct ImportLock {
  std::mutex mu;
  std::condition_variable cv;
  ThreadState* owner = nullptr;
  int depth = 0;
};

struct ImportLockTable {
  std::mutex table_mu;
  std::unordered_map<std::string, std::shared_ptr<ImportLock>> locks;
};

ImportLockTable& lock_table(Interpreter* interp) {
  // Created during bootstrap (single-threaded) by install_import_state().
  return *static_cast<ImportLockTable*>(interp->import_locks);
}

class ModuleImportGuard {
 public:
  ModuleImportGuard(ThreadState* ts, const std::string& name) : ts_(ts) {
    ImportLockTable& t = lock_table(ts->interp);
    {
      std::lock_guard<std::mutex> g(t.table_mu);
      auto& slot = t.locks[name];
      if (!slot) slot = std::make_shared<ImportLock>();
      lock_ = slot;
    }
    std::unique_lock<std::mutex> l(lock_->mu);
    if (lock_->owner == ts) {
      ++lock_->depth;
      return;
    }
    if (lock_->owner) {
      DetachScope detached(ts);
      lock_->cv.wait(l, [&] { return lock_->owner == nullptr; });
    }
    lock_->owner = ts;
    lock_->depth = 1;
  }
  ~ModuleImportGuard() {
    std::lock_guard<std::mutex> l(lock_->mu);
    if (--lock_->depth == 0) {
      lock_->owner = nullptr;
      lock_->cv.notify_all();
    }
  }

 private:
  ThreadState* ts_;
  std::shared_ptr<ImportLock> lock_;
};

Dict* sys_modules(ThreadState* ts) { return static_cast<Dict*>(ts->interp->modules.obj()); }

Ref lookup_module(ThreadState* ts, const std::string& name) {
  Ref key = new_str(name);
  return dict_get(ts, sys_modules(ts), key.get());
}

bool is_file(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_dir(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool read_text(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

struct FoundModule {
  enum Kind { None, Native, Embedded, Source } kind = None;
  ModuleFactory factory = nullptr;
  std::string_view embedded_source;
  std::string path;      // file for Source
  bool is_package = false;
  std::string package_dir;
};

std::string join_path(const std::string& dir, const std::string& leaf) {
  if (dir.empty()) return leaf;
  return dir.back() == '/' ? dir + leaf : dir + "/" + leaf;
}

// Searches `dirs` for `leaf` as a package folder or a .py file.
bool find_in_dirs(ThreadState* ts, Value dirs, const std::string& leaf, FoundModule* out) {
  bool found = false;
  bool ok = for_each(ts, dirs, [&](Value entry) {
    if (!is_str(entry)) return true;
    std::string dir(str_utf8(entry));
    std::string pkg = join_path(dir, leaf);
    std::string init = join_path(pkg, "__init__.py");
    if (is_dir(pkg) && is_file(init)) {
      out->kind = FoundModule::Source;
      out->path = init;
      out->is_package = true;
      out->package_dir = pkg;
      found = true;
      return false;
    }
    std::string file = pkg + ".py";
    if (is_file(file)) {
      out->kind = FoundModule::Source;
      out->path = file;
      found = true;
      return false;
    }
    return true;
  });
  if (!ok && !found) return false;
  return true;
}

bool find_module(ThreadState* ts, const std::string& name, Value parent_path, FoundModule* out) {
  if (parent_path.is_null()) {
    if (ModuleFactory f = find_native_module(name)) {
      out->kind = FoundModule::Native;
      out->factory = f;
      return true;
    }
  }
  bool pkg = false;
  std::string_view src;
  if (find_embedded_module(name, &src, &pkg)) {
    out->kind = FoundModule::Embedded;
    out->embedded_source = src;
    out->is_package = pkg;
    return true;
  }
  std::string leaf = name.substr(name.rfind('.') + 1);
  if (!parent_path.is_null()) return find_in_dirs(ts, parent_path, leaf, out);
  Ref path = get_attr_str(ts, ts->interp->sys.get(), "path");
  if (!path) return false;
  return find_in_dirs(ts, path.get(), leaf, out);
}

int set_str(ThreadState* ts, Dict* d, const char* key, std::string_view value) {
  Ref v = new_str(value);
  return v ? dict_set_str(ts, d, key, v.get()) : -1;
}

// A minimal ModuleSpec: a SimpleNamespace with CPython's attribute names.
Ref make_spec(ThreadState* ts, const std::string& name, const FoundModule& found) {
  Ref spec = call0(ts, Value(&simple_namespace_type));
  if (!spec) return nullptr;
  Ref n = new_str(name);
  std::string parent = found.is_package ? name : name.substr(0, name.rfind('.') == std::string::npos ? 0 : name.rfind('.'));
  Ref p = new_str(parent);
  Ref origin = found.kind == FoundModule::Source ? new_str(found.path)
               : found.kind == FoundModule::Native ? new_str("built-in") : new_str("frozen");
  if (set_attr(ts, spec.get(), intern_str(ts, "name"), n.get()) < 0 ||
      set_attr(ts, spec.get(), intern_str(ts, "parent"), p.get()) < 0 ||
      set_attr(ts, spec.get(), intern_str(ts, "origin"), origin.get()) < 0 ||
      set_attr(ts, spec.get(), intern_str(ts, "loader"), None()) < 0 ||
      set_attr(ts, spec.get(), intern_str(ts, "has_location"),
               Bool(found.kind == FoundModule::Source)) < 0 ||
      set_attr(ts, spec.get(), intern_str(ts, "cached"), None()) < 0)
    return nullptr;
  Ref locations = found.is_package ? new_list(0) : new_none();
  if (found.is_package && !found.package_dir.empty()) {
    Ref dir = new_str(found.package_dir);
    list_append(ts, locations.as<List>(), dir.get());
  }
  if (set_attr(ts, spec.get(), intern_str(ts, "submodule_search_locations"), locations.get()) < 0)
    return nullptr;
  return spec;
}

// Creates, registers and runs a found module; removes it from sys.modules on failure.
Ref load_module(ThreadState* ts, const std::string& name, const FoundModule& found,
                const std::string& as_name) {
  Ref module;
  if (found.kind == FoundModule::Native) {
    module = found.factory(ts);
    if (!module) return nullptr;
    Ref key = new_str(as_name);
    if (dict_set(ts, sys_modules(ts), key.get(), module.get()) < 0) return nullptr;
    return module;
  }
  module = new_module(ts, as_name);
  if (!module) return nullptr;
  Dict* d = module_dict(module.get());
  std::string package = found.is_package ? name
                        : name.rfind('.') == std::string::npos ? "" : name.substr(0, name.rfind('.'));
  Ref spec = make_spec(ts, name, found);
  if (!spec || set_str(ts, d, "__package__", package) < 0 ||
      dict_set_str(ts, d, "__spec__", spec.get()) < 0 ||
      dict_set_str(ts, d, "__loader__", None()) < 0 ||
      dict_set_str(ts, d, "__builtins__", ts->interp->builtins.get()) < 0)
    return nullptr;
  std::string source_text;
  std::string_view source = found.embedded_source;
  std::string filename = "<frozen " + name + ">";
  if (found.kind == FoundModule::Source) {
    if (!read_text(found.path, &source_text)) {
      set_os_error(ts, errno, Value());
      return nullptr;
    }
    source = source_text;
    filename = found.path;
    if (set_str(ts, d, "__file__", filename) < 0) return nullptr;
  }
  if (found.is_package) {
    Ref path = new_list(0);
    if (!found.package_dir.empty()) {
      Ref dir = new_str(found.package_dir);
      list_append(ts, path.as<List>(), dir.get());
    }
    if (dict_set_str(ts, d, "__path__", path.get()) < 0) return nullptr;
  }
  Ref key = new_str(as_name);
  if (dict_set(ts, sys_modules(ts), key.get(), module.get()) < 0) return nullptr;
  Str* initializing = intern_str(ts, "_initializing");
  if (set_attr(ts, spec.get(), initializing, Bool(true)) < 0) return nullptr;
  Ref code = compile_source(ts, source, filename, CompileMode::Exec);
  Ref result = code ? eval_code(ts, code.as<Code>(), d, Value()) : Ref();
  {
    Ref saved = fetch_error(ts);
    set_attr(ts, spec.get(), initializing, Bool(false));
    clear_error(ts);
    restore_error(ts, std::move(saved));
  }
  if (!result) {
    Ref saved = fetch_error(ts);
    if (dict_contains(ts, sys_modules(ts), key.get()) == 1) dict_del(ts, sys_modules(ts), key.get());
    clear_error(ts);
    restore_error(ts, std::move(saved));
    return nullptr;
  }
  // The module may have replaced itself in sys.modules.
  Ref final_module = dict_get(ts, sys_modules(ts), key.get());
  return final_module ? final_module : module;
}

void raise_not_found(ThreadState* ts, const std::string& name) {
  Ref msg = str_from_format("No module named '%s'", name.c_str());
  Ref n = new_str(name);
  Ref kwnames = new_tuple({Value(intern_str(ts, "name"))});
  Value args[] = {msg.get(), n.get()};
  Ref exc = call(ts, Value(&ModuleNotFoundError_type), args, 1, kwnames.as<Tuple>());
  if (exc) set_error_value(ts, exc.get());
}

// Imports one fully qualified module (its parent must already be imported).
Ref import_one(ThreadState* ts, const std::string& name) {
  Ref existing = lookup_module(ts, name);
  if (existing) {
    // A module another thread is still initialising: wait for its import lock.
    Ref spec = get_attr_opt(ts, existing.get(), intern_str(ts, "__spec__"));
    clear_error(ts);
    Ref initializing = spec && spec.get() != None()
                           ? get_attr_opt(ts, spec.get(), intern_str(ts, "_initializing")) : Ref();
    clear_error(ts);
    if (!initializing || truthy(ts, initializing.get()) != 1) return existing;
  }
  if (ts->has_error()) return nullptr;
  ModuleImportGuard guard(ts, name);
  existing = lookup_module(ts, name);
  if (existing) return existing;
  if (ts->has_error()) return nullptr;

  Ref parent_path;
  size_t dot = name.rfind('.');
  Ref parent;
  if (dot != std::string::npos) {
    parent = lookup_module(ts, name.substr(0, dot));
    if (!parent) return nullptr;
    parent_path = get_attr_opt(ts, parent.get(), intern_str(ts, "__path__"));
    if (!parent_path) {
      if (ts->has_error()) return nullptr;
      Ref msg = str_from_format("No module named '%s'; '%s' is not a package", name.c_str(),
                                name.substr(0, dot).c_str());
      set_error_value(ts, call1(ts, Value(&ModuleNotFoundError_type), msg.get()).get());
      return nullptr;
    }
  }
  FoundModule found;
  if (!find_module(ts, name, parent_path ? parent_path.get() : Value(), &found)) return nullptr;
  if (found.kind == FoundModule::None) {
    raise_not_found(ts, name);
    return nullptr;
  }
  Ref module = load_module(ts, name, found, name);
  if (!module) return nullptr;
  if (parent) {
    Ref leaf = new_str(name.substr(dot + 1));
    if (set_attr(ts, parent.get(), static_cast<Str*>(leaf.obj()), module.get()) < 0) return nullptr;
  }
  return module;
}

// Resolves a relative import against the importing module's globals.
bool resolve_name(ThreadState* ts, const std::string& name, Value globals, int64_t level,
                  std::string* out) {
  if (level == 0) {
    *out = name;
    return true;
  }
  std::string package;
  if (is_dict(globals)) {
    Dict* g = static_cast<Dict*>(globals.as_object());
    Ref pkg = dict_get_str(ts, g, intern_str(ts, "__package__"));
    if (pkg && is_str(pkg.get())) {
      package = std::string(str_utf8(pkg.get()));
    } else {
      Ref modname = dict_get_str(ts, g, intern_str(ts, "__name__"));
      Ref path = dict_get_str(ts, g, intern_str(ts, "__path__"));
      if (modname && is_str(modname.get())) {
        package = std::string(str_utf8(modname.get()));
        if (!path) package = package.substr(0, package.rfind('.') == std::string::npos ? 0 : package.rfind('.'));
      }
    }
  }
  if (package.empty()) {
    set_error(ts, &ImportError_type, "attempted relative import with no known parent package");
    return false;
  }
  for (int64_t i = 1; i < level; ++i) {
    size_t dot = package.rfind('.');
    if (dot == std::string::npos) {
      set_error(ts, &ImportError_type, "attempted relative import beyond top-level package");
      return false;
    }
    package = package.substr(0, dot);
  }
  *out = name.empty() ? package : package + "." + name;
  return true;
}

Ref import_dotted(ThreadState* ts, const std::string& full) {
  Ref module;
  size_t start = 0;
  for (;;) {
    size_t dot = full.find('.', start);
    std::string prefix = full.substr(0, dot);
    module = import_one(ts, prefix);
    if (!module) return nullptr;
    if (dot == std::string::npos) return module;
    start = dot + 1;
  }
}

Ref builtin_import(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[5];
  if (!parse_args(ts, "__import__", args, nargs, kw,
                  {"name", "globals", "locals", "fromlist", "level"}, 1, v))
    return nullptr;
  if (!is_str(v[0])) {
    set_errorf(ts, &TypeError_type, "module name must be str, not %s", type_name(v[0]));
    return nullptr;
  }
  int64_t level = 0;
  if (v[4] && !int_to_i64(ts, v[4], &level)) return nullptr;
  if (level < 0) {
    set_error(ts, &ValueError_type, "level must be >= 0");
    return nullptr;
  }
  std::string name(str_utf8(v[0]));
  if (name.empty() && level == 0) {
    set_error(ts, &ValueError_type, "Empty module name");
    return nullptr;
  }
  std::string full;
  if (!resolve_name(ts, name, v[1] ? v[1] : Value(), level, &full)) return nullptr;
  Ref module = import_dotted(ts, full);
  if (!module) return nullptr;
  bool has_fromlist = v[3] && v[3] != None() && truthy(ts, v[3]) == 1;
  if (!has_fromlist) {
    // `import a.b.c` binds `a`: return the top-level package.
    if (level > 0 || full.find('.') == std::string::npos) return module;
    return lookup_module(ts, full.substr(0, full.find('.')));
  }
  // `from package import submodule`: import submodules named in fromlist.
  Ref path = get_attr_opt(ts, module.get(), intern_str(ts, "__path__"));
  clear_error(ts);
  if (path) {
    bool ok = for_each(ts, v[3], [&](Value item) {
      if (!is_str(item)) return true;
      std::string leaf(str_utf8(item));
      if (leaf == "*") return true;
      Ref has = get_attr_opt(ts, module.get(), static_cast<Str*>(item.as_object()));
      if (has) return true;
      if (ts->has_error()) return false;
      Ref sub = import_one(ts, full + "." + leaf);
      if (!sub && error_matches(ts, &ModuleNotFoundError_type)) {
        clear_error(ts);  // IMPORT_FROM reports the missing name itself
        return true;
      }
      return static_cast<bool>(sub);
    });
    if (!ok) return nullptr;
  }
  return module;
}

const MethodDef import_def = {"__import__", builtin_import, kMethStatic, "Import a module."};

}  // namespace

void install_import_state(Interpreter* interp) {
  if (!interp->import_locks) interp->import_locks = new ImportLockTable();
}

Ref make_import_function(ThreadState*) { return new_native_function(&import_def, Value()); }

Ref import_module_by_name(ThreadState* ts, std::string_view name) {
  std::string full(name);
  Ref m = import_dotted(ts, full);
  if (!m) return nullptr;
  return lookup_module(ts, full);
}

int run_module_as_main(ThreadState* ts, std::string_view name) {
  std::string full(name);
  size_t dot = full.rfind('.');
  Ref parent_path;
  if (dot != std::string::npos) {
    Ref parent = import_dotted(ts, full.substr(0, dot));
    if (!parent) return -1;
    parent_path = get_attr_str(ts, parent.get(), "__path__");
    if (!parent_path) return -1;
  }
  FoundModule found;
  if (!find_module(ts, full, parent_path ? parent_path.get() : Value(), &found)) return -1;
  if (found.kind == FoundModule::None) {
    std::fprintf(stderr, "%s: No module named %s\n", ts->interp->executable.c_str(), full.c_str());
    ts->interp->exit_code = 1;
    set_error_obj(ts, &SystemExit_type, Value::small_int(1));
    return -1;
  }
  if (found.is_package) return run_module_as_main(ts, full + ".__main__");
  if (found.kind == FoundModule::Source) {
    Ref argv0 = new_str(found.path);
    Ref argv = get_attr_str(ts, ts->interp->sys.get(), "argv");
    if (argv && is_list(argv.get()) && argv.as<List>()->length.load() > 0)
      set_item(ts, argv.get(), Value::small_int(0), argv0.get());
  }
  Ref m = load_module(ts, full, found, "__main__");
  return m ? 0 : -1;
}

}  // namespace weft

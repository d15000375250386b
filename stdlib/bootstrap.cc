// Interpreter bootstrap: readies the types, builds builtins and sys, and
// registers the native modules. Also the registry lookups of stdlib.h.
#include <cstdio>
#include <cstring>
#include <string_view>

#include "core/runtime/abstract.h"
#include "core/runtime/init.h"
#include "core/runtime/thread_state.h"
#include "stdlib/stdlib.h"

namespace weft {

#define STDLIB_SETUP(x) void setup_##x##_types();
#include "stdlib/stdlib_types.def"
#undef STDLIB_SETUP

namespace {

#include "stdlib/embedded_py.inc"

struct NativeModuleEntry {
  const char* name;
  ModuleFactory factory;
};

constexpr NativeModuleEntry kNativeModules[] = {
#define MODULE(name, factory) {name, factory},
#include "stdlib/modules.def"
#undef MODULE
};

void print_startup_failure(ThreadState* ts, const char* what) {
  std::fprintf(stderr, "weft: fatal error during start-up: %s\n", what);
  if (ts->has_error()) {
    Ref exc = fetch_error(ts);
    print_exception(ts, exc.get());
  }
}

}  // namespace

ModuleFactory find_native_module(std::string_view name) {
  for (const NativeModuleEntry& m : kNativeModules)
    if (name == m.name) return m.factory;
  return nullptr;
}

bool find_embedded_module(std::string_view name, std::string_view* source, bool* is_package) {
  for (const EmbeddedModule& m : kEmbeddedModules) {
    if (name == m.name) {
      *source = std::string_view(m.source, m.size);
      *is_package = m.is_package;
      return true;
    }
  }
  return false;
}

ThreadState* bootstrap_main_interpreter(const InterpreterConfig& config) {
  auto* interp = new Interpreter();
  interp->argv = config.argv;
  interp->path = config.path;
  interp->executable = config.executable;
  ThreadState* ts = new_thread_state(interp);
  runtime.main_interp = interp;
  runtime.main_thread = ts;
  if (init_types(ts) < 0) {
    print_startup_failure(ts, "cannot initialise the builtin types");
    return nullptr;
  }
#define STDLIB_SETUP(x) setup_##x##_types();
#include "stdlib/stdlib_types.def"
#undef STDLIB_SETUP
  if (ready_registered_types(ts) < 0) {
    print_startup_failure(ts, "cannot initialise the library types");
    return nullptr;
  }
  interp->modules = new_dict();
  Ref builtins = make_builtins_module(ts);
  if (!builtins) {
    print_startup_failure(ts, "cannot create the builtins module");
    return nullptr;
  }
  interp->builtins_dict = Ref::borrow(Value(module_dict(builtins.get())));
  interp->builtins = builtins;
  Ref sys = make_sys_module(ts);
  if (!sys) {
    print_startup_failure(ts, "cannot create the sys module");
    return nullptr;
  }
  interp->sys = sys;
  install_signal_handlers();
  Dict* modules = static_cast<Dict*>(interp->modules.obj());
  if (dict_set(ts, modules, Value(intern_str(ts, "builtins")), builtins.get()) < 0 ||
      dict_set(ts, modules, Value(intern_str(ts, "sys")), sys.get()) < 0) {
    print_startup_failure(ts, "cannot register builtins and sys");
    return nullptr;
  }
  return ts;
}

}  // namespace weft

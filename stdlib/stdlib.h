// Interface of the standard library: interpreter bootstrap, the native module
// registry and the embedded Python-level library.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/runtime/runtime.h"

namespace weft {

using ModuleFactory = Ref (*)(ThreadState*);

#define MODULE(name, factory) Ref factory(ThreadState*);
#include "stdlib/modules.def"
#undef MODULE

Ref make_builtins_module(ThreadState*);
Ref make_sys_module(ThreadState*);

// The factory of a native module, or null.
ModuleFactory find_native_module(std::string_view name);
// Source of an embedded Python-level module ("threading", "json/__init__"...);
// `is_package` tells whether it is a package __init__.
bool find_embedded_module(std::string_view name, std::string_view* source, bool* is_package);

struct InterpreterConfig {
  std::vector<std::string> argv;    // sys.argv
  std::vector<std::string> path;    // leading sys.path entries
  std::string executable;
};

// Creates the main interpreter and the calling thread's state: readies the
// types, builds builtins and sys, registers native modules. Null on failure
// (after printing why).
ThreadState* bootstrap_main_interpreter(const InterpreterConfig& config);
// `weft -m name`: finds the module through the import system and runs it as
// __main__ (packages run their __main__ submodule). -1 with an error pending.
int run_module_as_main(ThreadState* ts, std::string_view name);

// Runs atexit handlers and flushes stdio; returns the process exit code.
int finalize_interpreter(ThreadState* ts, int exit_code);

}  // namespace weft

namespace weft {
// builtins.open (shared with io.open).
Ref make_open_function(ThreadState*);
// sys.stdin/stdout/stderr over descriptors 0, 1, 2.
Ref make_std_stream(ThreadState*, int fd, const char* name, bool writable);
}  // namespace weft

// Shared declarations of the builtins module's files.
#pragma once

#include "core/types/func.h"

namespace weft {

extern const MethodDef builtin_value_functions[];  // builtins_functions.cc
extern const MethodDef builtin_exec_functions[];   // builtins_exec.cc

// import.cc
Ref make_import_function(ThreadState*);
void install_import_state(Interpreter* interp);

}  // namespace weft

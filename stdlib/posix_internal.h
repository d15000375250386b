// Shared between the two halves of the native posix module
// (posix_module.cc and posix_extra.cc).
#pragma once

#include <string>

#include "core/runtime/abstract.h"

namespace weft {

// A path argument (str, bytes or os.PathLike) as bytes; TypeError/ValueError
// with CPython's messages otherwise.
bool posix_path_arg(ThreadState* ts, Value v, std::string* out);
// Adds posix_extra.cc's functions and constants to the module dict.
int add_posix_extras(ThreadState* ts, Dict* d);

}  // namespace weft

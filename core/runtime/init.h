// Object-system start-up (called once by the interpreter bootstrap).
#pragma once

#include "core/runtime/runtime.h"

namespace weft {

// Sets up and readies every static builtin type; -1 with an error on failure.
int init_types(ThreadState* ts);
// Readies the static types registered since the last call (the library's own
// types are set up after the core ones, by stdlib's bootstrap).
int ready_registered_types(ThreadState* ts);

}  // namespace weft

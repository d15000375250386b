// Object-system start-up (called once by the interpreter bootstrap).
#pragma once

#include "core/runtime/runtime.h"

namespace weft {

// Sets up and readies every static builtin type; -1 with an error on failure.
int init_types(ThreadState* ts);

}  // namespace weft

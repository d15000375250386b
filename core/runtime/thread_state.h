// Creating and destroying thread states (entry points: main, thread start).
#pragma once

#include "core/runtime/runtime.h"

namespace weft {

// Creates the state of the calling OS thread, registers it with the
// interpreter and the owner registry, and makes it current.
ThreadState* new_thread_state(Interpreter* interp);
void delete_thread_state(ThreadState* ts);

}  // namespace weft

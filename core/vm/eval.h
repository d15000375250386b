// The VM's interface: run code objects, call Python functions, drive generators.
// Frames live in a per-thread chunked arena (core/vm/frame.h), never on the C++
// stack: a Python-to-Python call re-enters the dispatch loop without recursing.
#pragma once

#include "core/runtime/abstract.h"
#include "core/types/func.h"

namespace weft {

// Runs a module-level or exec() code object. `locals` may be null (then the
// globals dict is used as locals).
Ref eval_code(ThreadState*, Code* code, Dict* globals, Value locals);
// Calls a Python function object (the Function type's call slot).
Ref call_function(ThreadState*, Function* fn, const Value* args, size_t nargs, Tuple* kwnames);
// Generators/coroutines: send(value) semantics. Returns the yielded value with
// *done = false, or the return value with *done = true (no StopIteration set).
Ref gen_send(ThreadState*, Value gen, Value value, bool* done);
Ref gen_throw(ThreadState*, Value gen, Value exc);

// The globals of the innermost running Python frame (for globals(), super()...).
Dict* current_globals(ThreadState*);
Value current_locals(ThreadState*);  // new ref via locals() semantics is in builtins

// The eval breaker: called by the VM at backward jumps and calls, and by long
// native loops. Returns -1 if an exception (KeyboardInterrupt...) was raised.
int handle_eval_breaker(ThreadState*);
inline int poll_eval_breaker(ThreadState* ts) {
  return ts->eval_breaker.load(std::memory_order_relaxed) ? handle_eval_breaker(ts) : 0;
}

}  // namespace weft

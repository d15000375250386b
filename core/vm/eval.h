// The VM's interface: run code objects, call Python functions, drive generators.
// Frames live in a per-thread chunked arena (core/vm/frame.h), never on the C++
// stack: a Python-to-Python call re-enters the dispatch loop without recursing.
#pragma once

#include <string>
#include <vector>

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
// For zero-argument super(): the innermost Python frame's `__class__` cell
// contents and its first argument (self or cls; the cell content if the first
// local is a cell). Returns false with RuntimeError set ("super(): no arguments",
// "super(): __class__ cell not found", "super(): empty __class__ cell",
// "super(): no current frame") when unavailable.
bool current_frame_super_args(ThreadState*, Type** cls, Value* self);

// locals() / globals() of the innermost Python frame: a module or class frame
// returns its locals mapping, a function frame a new snapshot dict. New reference;
// with no Python frame running, returns null without an exception.
Ref get_locals(ThreadState*);
Ref get_globals(ThreadState*);
// sys._getframe(depth): ValueError "call stack is not deep enough".
Ref get_frame_object(ThreadState*, int depth);
// The exception being handled as sys.exc_info() sees it (looks through running
// generators into their callers), borrowed; null or None if none. Use this for
// sys.exc_info() and for implicit chaining (__context__) of native raises.
Value get_handled_exception(ThreadState*);

// builtins.__build_class__(func, name, *bases, metaclass=..., **kwds).
Ref build_class(ThreadState*, const Value* args, size_t nargs, Tuple* kwnames);

// One line of a printed traceback, innermost last, from a traceback object.
struct TracebackEntry {
  std::string filename, name;
  int lineno, end_lineno, col, end_col;  // -1 if unknown; columns are UTF-8 byte offsets
};
std::vector<TracebackEntry> traceback_entries(Value tb);

// CPython's Py_EnterRecursiveCall / Py_LeaveRecursiveCall: native code that
// calls back into Python (type(...) calls, __call__, repr_of...) counts one level
// against the recursion limit, so runaway recursion through it reports
// "maximum recursion depth exceeded" + where (e.g. " while calling a Python
// object", " while getting the repr of an object") as CPython does. Returns
// true with RecursionError set when the limit is reached (then do not leave).
bool enter_recursive_call(ThreadState*, const char* where);
inline void leave_recursive_call(ThreadState* ts) { ts->recursion_depth--; }

// Frees the thread's frame arena (call when a thread state is destroyed, after
// its last Python frame returned).
void release_thread_frames(ThreadState*);

// The eval breaker: called by the VM at backward jumps and calls, and by long
// native loops. Returns -1 if an exception (KeyboardInterrupt...) was raised.
int handle_eval_breaker(ThreadState*);
inline int poll_eval_breaker(ThreadState* ts) {
  return ts->eval_breaker.load(std::memory_order_relaxed) ? handle_eval_breaker(ts) : 0;
}

}  // namespace weft

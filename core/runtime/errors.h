// Raising and inspecting exceptions from native code. Failure is reported by
// the return value (null Ref, -1) plus the pending exception in ts->exc; no
// C++ exception ever crosses the VM.
#pragma once

#include <string>

#include "core/runtime/runtime.h"

namespace weft {

// The builtin exception types (core/runtime/exceptions.cc), e.g. TypeError_type.
#define EXC(name, base, doc) extern Type name##_type;
#include "core/runtime/exceptions.def"
#undef EXC

// BaseException instances. Subclass-specific fields (OSError.errno,
// SyntaxError.lineno, StopIteration.value, ...) live in the instance __dict__.
struct BaseExc : Object {
  Dict* dict;            // instance attributes
  Tuple* args;
  Object* traceback;     // a Traceback or null
  Object* context;       // __context__
  Object* cause;         // __cause__
  bool suppress_context;
  Object* notes;         // __notes__ list or null
};

// Raising. The message is used verbatim (no formatting).
void set_error(ThreadState*, Type* exc_type, std::string_view msg);
void set_errorf(ThreadState*, Type* exc_type, const char* fmt, ...)
    __attribute__((format(printf, 3, 4)));
// Raises `exc` (an instance, or a type that is called with no arguments).
void set_error_value(ThreadState*, Value exc);
void set_error_obj(ThreadState*, Type* exc_type, Value arg);  // exc_type(arg)
// Typical messages in CPython's exact wording.
void set_type_error_unsupported(ThreadState*, const char* opname, Value a, Value b);
Ref set_no_memory(ThreadState*);  // MemoryError; returns null for convenience
void set_key_error(ThreadState*, Value key);
void set_stop_iteration(ThreadState*, Value value);
// Raises OSError (or the errno-specific subclass) for errno, with an optional filename.
void set_os_error(ThreadState*, int err, Value filename = Value());
// Two-path calls (rename, link...): "[Errno 2] No such file or directory: 'a' -> 'b'".
void set_os_error2(ThreadState*, int err, Value filename, Value filename2);

// Inspecting and clearing.
bool error_matches(ThreadState*, Type* exc_type);  // pending exception is an instance of it
Ref fetch_error(ThreadState*);                     // takes the pending exception
void restore_error(ThreadState*, Ref exc);
void clear_error(ThreadState*);
// Exception-type test used by `except`: exc_type may be a type or a tuple of types.
int exception_matches(ThreadState*, Value exc, Value exc_type);

// Chaining and tracebacks.
void exc_set_context(Value exc, Value context);
void exc_set_cause(Value exc, Value cause);
Ref new_exception(ThreadState*, Type* exc_type, std::string_view msg);
Ref exc_args(Value exc);
// Prints `exc` with its chain and traceback to sys.stderr exactly like CPython.
void print_exception(ThreadState*, Value exc);

// Warnings: prints "file:line: Category: message" to stderr (simplified filter).
int warn(ThreadState*, Type* category, std::string_view msg, int stacklevel = 1);

}  // namespace weft

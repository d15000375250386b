// Raising, matching and clearing exceptions from native code. The pending
// exception is always a normalized instance stored in ts->exc.
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/runtime/abstract.h"

namespace weft {

namespace {

std::string vformat(const char* fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  char buf[512];
  int n = std::vsnprintf(buf, sizeof buf, fmt, copy);
  va_end(copy);
  if (n < 0) return std::string();
  if (static_cast<size_t>(n) < sizeof buf) return std::string(buf, n);
  std::string big(static_cast<size_t>(n) + 1, '\0');
  std::vsnprintf(big.data(), big.size(), fmt, ap);
  big.resize(n);
  return big;
}

// The exception being handled becomes the new one's __context__ (implicit
// chaining), unless that would create a cycle.
void chain_with_handled(ThreadState* ts, Value exc) {
  Value handled = ts->handled_exc.get();
  if (handled.is_null() || handled == None() || handled.is(exc)) return;
  // Break a cycle: walk handled's context chain; if exc is on it, cut it.
  Object* o = handled.as_object();
  for (int guard = 0; o && guard < 10000; ++guard) {
    Object* ctx = static_cast<BaseExc*>(o)->context;
    if (ctx == exc.as_object()) {
      exc_set_context(Value(o), Value());
      break;
    }
    o = ctx;
  }
  exc_set_context(exc, handled);
}

}  // namespace

Ref new_exception(ThreadState* ts, Type* exc_type, std::string_view msg) {
  Ref text = new_str(msg);
  if (!text) return nullptr;
  Value arg = text.get();
  return call(ts, Value(exc_type), &arg, 1);
}

void restore_error(ThreadState* ts, Ref exc) { ts->exc = std::move(exc); }

void set_error_value(ThreadState* ts, Value exc) {
  Ref instance;
  if (isinstance_of(exc, &type_type)) {
    instance = call0(ts, exc);
    if (!instance) return;
  } else {
    instance = Ref::borrow(exc);
  }
  chain_with_handled(ts, instance.get());
  ts->exc = std::move(instance);
}

void set_error(ThreadState* ts, Type* exc_type, std::string_view msg) {
  Ref exc = new_exception(ts, exc_type, msg);
  if (!exc) return;  // creating it failed: that error is pending instead
  set_error_value(ts, exc.get());
}

void set_errorf(ThreadState* ts, Type* exc_type, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string msg = vformat(fmt, ap);
  va_end(ap);
  set_error(ts, exc_type, msg);
}

void set_error_obj(ThreadState* ts, Type* exc_type, Value arg) {
  Ref exc = arg.is_null() ? call0(ts, Value(exc_type)) : call1(ts, Value(exc_type), arg);
  if (!exc) return;
  set_error_value(ts, exc.get());
}

void set_type_error_unsupported(ThreadState* ts, const char* opname, Value a, Value b) {
  set_errorf(ts, &TypeError_type, "unsupported operand type(s) for %s: '%s' and '%s'", opname,
             type_name(a), type_name(b));
}

Ref set_no_memory(ThreadState* ts) {
  // Allocating the MemoryError itself may fail; fall back to the type.
  Object* o = alloc_object(&MemoryError_type, MemoryError_type.basic_size);
  if (o) {
    Ref exc = Ref::steal(Value(o));
    static_cast<BaseExc*>(o)->args = empty_tuple();
    ts->exc = std::move(exc);
  }
  return nullptr;
}

void set_key_error(ThreadState* ts, Value key) {
  Ref tuple = new_tuple({key});
  if (!tuple) return;
  Ref exc = call_tuple_dict(ts, Value(&KeyError_type), tuple.as<Tuple>(), nullptr);
  if (exc) set_error_value(ts, exc.get());
}

void set_stop_iteration(ThreadState* ts, Value value) {
  set_error_obj(ts, &StopIteration_type, value);
}

void set_os_error(ThreadState* ts, int err, Value filename) { set_os_error2(ts, err, filename, Value()); }

void set_os_error2(ThreadState* ts, int err, Value filename, Value filename2) {
  Ref code = new_int(err);
  Ref msg = new_str(std::strerror(err));
  if (!code || !msg) return;
  // OSError(errno, strerror, filename, winerror, filename2): the winerror slot stays None.
  Value args[] = {code.get(), msg.get(), filename, None(), filename2};
  size_t nargs = !filename2.is_null() ? 5 : !filename.is_null() ? 3 : 2;
  Ref exc = call(ts, Value(&OSError_type), args, nargs);
  if (exc) set_error_value(ts, exc.get());
}

bool error_matches(ThreadState* ts, Type* exc_type) {
  return ts->has_error() && isinstance_of(ts->exc.get(), exc_type);
}

Ref fetch_error(ThreadState* ts) {
  Ref e = std::move(ts->exc);
  ts->exc = Ref();
  return e;
}

void clear_error(ThreadState* ts) { ts->exc = Ref(); }

int exception_matches(ThreadState* ts, Value exc, Value exc_type) {
  if (is_tuple(exc_type)) {
    Tuple* t = static_cast<Tuple*>(exc_type.as_object());
    for (int64_t i = 0; i < t->length; ++i) {
      int r = exception_matches(ts, exc, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  if (!isinstance_of(exc_type, &type_type) ||
      !is_subtype(static_cast<Type*>(exc_type.as_object()), &BaseException_type)) {
    set_error(ts, &TypeError_type,
              "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return is_subtype(type_of(exc), static_cast<Type*>(exc_type.as_object())) ? 1 : 0;
}

int warn(ThreadState* ts, Type* category, std::string_view msg, int stacklevel) {
  // A Python-level `warnings` module (stdlib/python/warnings.py) takes over
  // once imported; before that, print like CPython's default filter.
  Ref modules = Ref::borrow(ts->interp->modules.get());
  Ref warnings = dict_get_str(ts, static_cast<Dict*>(modules.obj()), intern_str(ts, "warnings"));
  if (warnings) {
    Ref text = new_str(msg);
    Value args[] = {text.get(), Value(category), Value::small_int(stacklevel + 1)};
    Ref r = call_method(ts, warnings.get(), "warn", args, 3);
    return r ? 0 : -1;
  }
  if (ts->has_error()) return -1;
  std::fprintf(stderr, "%s: %.*s\n", category->name, static_cast<int>(msg.size()), msg.data());
  return 0;
}

}  // namespace weft

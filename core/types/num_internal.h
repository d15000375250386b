// Helpers shared by the numeric types (int.cc, int_methods.cc, float.cc,
// complex.cc, format_spec.cc) and the math/cmath modules. Not a public
// interface: other code uses core/types/types.h.
#pragma once

#include <string>
#include <string_view>

#include "core/types/bigint.h"
#include "core/types/types.h"

namespace weft {

// A borrowed view of any int value (small or heap, int subclasses and bool
// included) as sign + magnitude. Small values live in the inline buffer, so
// views are not copyable.
struct IntView {
  bigint::SSpan s;
  uint32_t buf[2];
  explicit IntView(Value v);
  IntView(const IntView&) = delete;
  IntView& operator=(const IntView&) = delete;
  bigint::Span mag() const { return s.mag; }
  bool neg() const { return s.neg; }
};

// Exact-int results, normalised (small when in range).
Ref int_from_bigint(const bigint::BigInt& b);
Ref int_from_mag(bool neg, const bigint::Mag& m);
Ref int_from_span(bool neg, bigint::Span m);
// A heap Int of `type` (int_type, bool_type or an int subclass) holding the
// value of the int `v`; used by int.__new__ for subclasses.
Ref int_new_of_type(ThreadState*, Type* type, Value v);
// The exact-int value of an int instance (identity for exact ints).
Ref int_exact(Value v);

// Argument checks of builtin methods, with CPython's messages; `qualname` is
// e.g. "int.conjugate". No-argument methods, one-argument methods, and
// methods with optional positional arguments ("__round__ expected at most 1
// argument, got 2").
bool check_no_args(ThreadState*, const char* qualname, size_t nargs, Tuple* kw);
bool check_one_arg(ThreadState*, const char* qualname, size_t nargs, Tuple* kw);
bool check_max_args(ThreadState*, const char* qualname, const char* name, size_t nargs, Tuple* kw,
                    size_t max);

// A bigint::Poll that polls the eval breaker of `ts`.
bigint::Poll make_poll(ThreadState* ts);

// Per-interpreter str<->int digit limit (0 = unlimited).
int64_t int_max_str_digits(ThreadState*);
// The digits of |v| in `base` (no sign, no prefix, lower case). Base 10
// honours the digit limit (ValueError). Returns false with an error set.
bool int_abs_digits(ThreadState*, Value v, int base, std::string* out, bool* negative);

// int(x) / int(x, base) with CPython's semantics (int_methods.cc).
Ref int_from_object(ThreadState*, Value x);
// Parses ASCII text per int(text, base); `original` (str/bytes) is repr'd in
// the "invalid literal" message.
Ref int_parse_text(ThreadState*, std::string_view text, int base, Value original);
// The text of a str for numeric parsing: Unicode decimal digits become ASCII
// digits, Unicode white space becomes ' ', and the first other non-ASCII code
// point becomes '?' and ends the text (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII).
std::string numeric_text_to_ascii(Str* s);
// repr(obj) cut to 200 code points, as "%.200R" (UTF-8).
std::string repr_for_message(ThreadState*, Value obj);

// Pow for two ints (and optional int modulus; `mod` null or None: absent).
Ref int_power(ThreadState*, Value a, Value b, Value mod);
// Comparison of an int with a double, exact (no rounding of big ints).
int compare_int_double(Value i, double d);  // -1, 0, 1; d must not be NaN

// float helpers (float.cc).
Ref float_pow_values(ThreadState*, double a, double b);  // a ** b, complex for neg ** frac
Ref float_from_object(ThreadState*, Value x);           // float(x)
Ref float_floor_or_ceil(ThreadState*, double d, bool ceil_mode);  // math.floor/ceil of a float
bool float_divmod_values(ThreadState*, double a, double b, double* q, double* r);

// complex helpers (complex.cc).
Ref complex_pow_values(ThreadState*, double ar, double ai, double br, double bi);
// complex(x) for one argument that is a number or a str (not the 2-arg form).
bool complex_parts_of(ThreadState*, Value v, double* re, double* im);  // numbers only

}  // namespace weft

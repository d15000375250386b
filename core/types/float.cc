// The float type: IEEE doubles with Python's semantics for mixed int/float
// arithmetic (exact comparisons with big ints, floor division and modulo sign
// rules, ** edge cases and complex results), float(), hex/fromhex, rounding.
#include <cerrno>
#include <cmath>
#include <cstring>

#include "core/runtime/abstract.h"
#include "core/types/float_text.h"
#include "core/types/format_spec.h"
#include "core/types/num_internal.h"
#include "core/types/unicode.h"

namespace weft {

Type float_type;

namespace {

Float* alloc_float(Type* t, double d) {
  Float* f = static_cast<Float*>(alloc_object(t, t->basic_size));
  if (f) f->value = d;
  return f;
}

// CONVERT_TO_DOUBLE: 1 = converted, 0 = not a number we handle, -1 = error.
int as_double(ThreadState* ts, Value v, double* out) {
  if (!v.is_small_int() && is_float(v)) {
    *out = float_value(v);
    return 1;
  }
  if (is_int(v)) {
    bool ok;
    *out = int_to_double(ts, v, &ok);
    return ok ? 1 : -1;
  }
  return 0;
}

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

Ref raise_errno_overflow(ThreadState* ts) {
  Ref msg = new_str_ascii("Numerical result out of range");
  Ref exc = call2(ts, Value(&OverflowError_type), Value::small_int(ERANGE), msg.get());
  if (exc) set_error_value(ts, exc.get());
  return nullptr;
}

Ref float_repr_slot(ThreadState*, Value v) { return new_str_ascii(float_repr(float_value(v))); }

int64_t float_hash_slot(ThreadState*, Value v) {
  double d = float_value(v);
  if (std::isnan(d)) return pointer_hash(v.as_object());
  return float_hash(d);
}

Ref float_richcompare(ThreadState*, Value a, Value b, CmpOp op) {
  if (a.is_small_int() || !is_float(a)) return new_notimpl();
  double x = float_value(a);
  int c;
  if (!b.is_small_int() && is_float(b)) {
    double y = float_value(b);
    bool r = false;
    switch (op) {
      case CmpOp::Lt: r = x < y; break;
      case CmpOp::Le: r = x <= y; break;
      case CmpOp::Eq: r = x == y; break;
      case CmpOp::Ne: r = x != y; break;
      case CmpOp::Gt: r = x > y; break;
      case CmpOp::Ge: r = x >= y; break;
    }
    return new_bool(r);
  }
  if (!is_int(b)) return new_notimpl();
  if (std::isnan(x)) return new_bool(op == CmpOp::Ne);
  c = -compare_int_double(b, x);  // compare x with b
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Eq: r = c == 0; break;
    case CmpOp::Ne: r = c != 0; break;
    case CmpOp::Gt: r = c > 0; break;
    case CmpOp::Ge: r = c >= 0; break;
  }
  return new_bool(r);
}

Ref divmod_result(ThreadState* ts, BinOp op, double x, double y) {
  if (y == 0) {
    set_error(ts, &ZeroDivisionError_type,
              op == BinOp::Mod ? "float modulo"
              : op == BinOp::FloorDiv ? "float floor division by zero"
                                      : "float divmod()");
    return nullptr;
  }
  double q, r;
  float_divmod_values(ts, x, y, &q, &r);
  if (op == BinOp::Mod) return new_float(r);
  if (op == BinOp::FloorDiv) return new_float(q);
  Ref qa = new_float(q), ra = new_float(r);
  return new_tuple({qa.get(), ra.get()});
}

template <int OP>
Ref float_binary_slot(ThreadState* ts, Value a, Value b) {
  double x, y;
  int ca = as_double(ts, a, &x);
  if (ca <= 0) return ca < 0 ? nullptr : new_notimpl();
  int cb = as_double(ts, b, &y);
  if (cb <= 0) return cb < 0 ? nullptr : new_notimpl();
  switch (static_cast<BinOp>(OP)) {
    case BinOp::Add: return new_float(x + y);
    case BinOp::Sub: return new_float(x - y);
    case BinOp::Mul: return new_float(x * y);
    case BinOp::TrueDiv:
      if (y == 0) {
        set_error(ts, &ZeroDivisionError_type, "float division by zero");
        return nullptr;
      }
      return new_float(x / y);
    case BinOp::FloorDiv:
    case BinOp::Mod:
    case BinOp::DivMod: return divmod_result(ts, static_cast<BinOp>(OP), x, y);
    case BinOp::Pow: return float_pow_values(ts, x, y);
    default: return new_notimpl();
  }
}

Ref float_pow3(ThreadState* ts, Value a, Value b, Value c) {
  double x, y;
  int ca = as_double(ts, a, &x);
  if (ca <= 0) return ca < 0 ? nullptr : new_notimpl();
  int cb = as_double(ts, b, &y);
  if (cb <= 0) return cb < 0 ? nullptr : new_notimpl();
  if (c && !c.is(None())) {
    set_error(ts, &TypeError_type, "pow() 3rd argument not allowed unless all arguments are integers");
    return nullptr;
  }
  return float_pow_values(ts, x, y);
}

Ref float_neg(ThreadState*, Value v) { return new_float(-float_value(v)); }
Ref float_pos(ThreadState*, Value v) {
  if (v.as_object()->type == &float_type) return Ref::borrow(v);
  return new_float(float_value(v));
}
Ref float_abs(ThreadState*, Value v) { return new_float(std::fabs(float_value(v))); }
Ref float_to_int(ThreadState* ts, Value v) { return new_int_from_double(ts, float_value(v)); }
int float_to_bool(ThreadState*, Value v) { return float_value(v) != 0.0; }

Ref float_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->length > 0) {
    set_error(ts, &TypeError_type, "float() takes no keyword arguments");
    return nullptr;
  }
  if (nargs > 1) {
    set_errorf(ts, &TypeError_type, "float expected at most 1 argument, got %zu", nargs);
    return nullptr;
  }
  Ref r = nargs ? float_from_object(ts, args[0]) : new_float(0.0);
  if (!r || type == &float_type) return r;
  Float* f = alloc_float(type, float_value(r.get()));
  if (!f) return set_no_memory(ts);
  return Ref::steal(Value(f));
}

// ---- hex / fromhex -----------------------------------------------------------------

std::string double_to_hex(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(-1021 - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kHex[] = "0123456789abcdef";
  std::string s = x < 0 ? "-0x" : "0x";
  s.push_back(kHex[int(m)]);
  m -= int(m);
  s.push_back('.');
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    s.push_back(kHex[int(m)]);
    m -= int(m);
  }
  s += e < 0 ? "p-" : "p+";
  s += std::to_string(e < 0 ? -e : e);
  return s;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// 1 ok, 0 invalid, -1 overflow.
int parse_hex_float(std::string_view s, double* out) {
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  size_t i = 0, n = s.size();
  while (i < n && space(s[i])) ++i;
  while (n > i && space(s[n - 1])) --n;
  s = s.substr(0, n);
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  double special;
  size_t used = parse_double_prefix(s.substr(i), &special);
  std::string_view rest = s.substr(i);
  if (used && used == rest.size() && (std::isinf(special) || std::isnan(special)) &&
      rest[0] != '+' && rest[0] != '-') {
    *out = neg ? -special : special;
    return 1;
  }
  if (i + 1 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
  std::string digits;
  int64_t frac = 0;
  while (i < n && hex_digit(s[i]) >= 0) digits.push_back(s[i++]);
  if (i < n && s[i] == '.') {
    ++i;
    while (i < n && hex_digit(s[i]) >= 0) {
      digits.push_back(s[i++]);
      ++frac;
    }
  }
  if (digits.empty()) return 0;
  int64_t exp = 0;
  if (i < n && (s[i] == 'p' || s[i] == 'P')) {
    ++i;
    bool eneg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
    if (i >= n || s[i] < '0' || s[i] > '9') return 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
      if (exp < (int64_t(1) << 40)) exp = exp * 10 + (s[i] - '0');
      ++i;
    }
    if (eneg) exp = -exp;
  }
  if (i != n) return 0;
  size_t lead = digits.find_first_not_of('0');
  if (lead == std::string::npos) {
    *out = neg ? -0.0 : 0.0;
    return 1;
  }
  digits.erase(0, lead);
  size_t take = std::min<size_t>(digits.size(), 15);
  uint64_t q = 0;
  for (size_t k = 0; k < take; ++k) q = (q << 4) | uint64_t(hex_digit(digits[k]));
  bool sticky = digits.find_first_not_of('0', take) != std::string::npos;
  int64_t shift = 4 * (int64_t(digits.size() - take) - frac) + exp;
  bool overflow;
  double v = bigint::compose_double(q, sticky, shift, &overflow);
  if (overflow) return -1;
  *out = neg ? -v : v;
  return 1;
}

// ---- methods -------------------------------------------------------------------------

double self_value(Value self) { return float_value(self); }

Ref m_conjugate(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "float.conjugate", nargs, kw)) return nullptr;
  return new_float(self_value(self));
}

Ref m_is_integer(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "float.is_integer", nargs, kw)) return nullptr;
  double d = self_value(self);
  return new_bool(std::isfinite(d) && std::floor(d) == d);
}

Ref m_as_integer_ratio(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "float.as_integer_ratio", nargs, kw)) return nullptr;
  double d = self_value(self);
  if (std::isinf(d)) {
    set_error(ts, &OverflowError_type, "cannot convert Infinity to integer ratio");
    return nullptr;
  }
  if (std::isnan(d)) {
    set_error(ts, &ValueError_type, "cannot convert NaN to integer ratio");
    return nullptr;
  }
  uint64_t m;
  int64_t e;
  bigint::double_parts(d, &m, &e);
  bigint::Mag num, den{1};
  bigint::from_u64(m, num);
  if (e > 0) bigint::shift_left(num, uint64_t(e), num);
  if (e < 0) bigint::shift_left(den, uint64_t(-e), den);
  Ref n = int_from_mag(d < 0, num), dd = int_from_mag(false, den);
  return new_tuple({n.get(), dd.get()});
}

Ref m_hex(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "float.hex", nargs, kw)) return nullptr;
  return new_str_ascii(double_to_hex(self_value(self)));
}

Ref m_fromhex(ThreadState* ts, Value cls, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "float.fromhex", nargs, kw)) return nullptr;
  Value s = args[0];
  if (!is_str(s)) {
    set_error(ts, &TypeError_type, "bad argument type for built-in operation");
    return nullptr;
  }
  double d;
  int r = parse_hex_float(numeric_text_to_ascii(static_cast<Str*>(s.as_object())), &d);
  if (r == 0) {
    set_error(ts, &ValueError_type, "invalid hexadecimal floating-point string");
    return nullptr;
  }
  if (r < 0) {
    set_error(ts, &OverflowError_type, "hexadecimal value too large to represent as a float");
    return nullptr;
  }
  Ref f = new_float(d);
  if (cls.is(Value(&float_type))) return f;
  return call1(ts, cls, f.get());
}

Ref m_trunc(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "float.__trunc__", nargs, kw)) return nullptr;
  return new_int_from_double(ts, self_value(self));
}
Ref m_floor(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "float.__floor__", nargs, kw)) return nullptr;
  return float_floor_or_ceil(ts, self_value(self), false);
}
Ref m_ceil(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "float.__ceil__", nargs, kw)) return nullptr;
  return float_floor_or_ceil(ts, self_value(self), true);
}

Ref m_round(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_max_args(ts, "float.__round__", "__round__", nargs, kw, 1)) return nullptr;
  Value nd = nargs ? args[0] : Value();
  double x = self_value(self);
  if (!nd || nd.is(None())) return new_int_from_double(ts, std::nearbyint(x));
  int64_t ndigits;
  if (!index_to_i64(ts, nd, &ndigits, nullptr)) return nullptr;
  bool overflow;
  double r = round_double(x, ndigits, &overflow);
  if (overflow) {
    set_error(ts, &OverflowError_type, "rounded value too large to represent");
    return nullptr;
  }
  return new_float(r);
}

Ref m_getnewargs(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "float.__getnewargs__", nargs, kw)) return nullptr;
  Ref f = new_float(self_value(self));
  return new_tuple({f.get()});
}

Ref m_getformat(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "float.__getformat__", nargs, kw)) return nullptr;
  Value s = args[0];
  if (!is_str(s)) {
    set_errorf(ts, &TypeError_type, "__getformat__() argument must be str, not %s", type_name(s));
    return nullptr;
  }
  std::string_view t = str_utf8(s);
  if (t != "double" && t != "float") {
    set_error(ts, &ValueError_type, "__getformat__() argument 1 must be 'double' or 'float'");
    return nullptr;
  }
  return new_str_ascii("IEEE, little-endian");
}

Ref m_format(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "float.__format__", nargs, kw)) return nullptr;
  Value spec = args[0];
  if (!is_str(spec)) {
    set_errorf(ts, &TypeError_type, "__format__() argument must be str, not %s", type_name(spec));
    return nullptr;
  }
  return format_float_value(ts, self, static_cast<Str*>(spec.as_object()));
}

Ref g_real(ThreadState*, Value self) { return new_float(self_value(self)); }
Ref g_imag(ThreadState*, Value) { return new_float(0.0); }

const MethodDef float_methods[] = {
    {"conjugate", m_conjugate, kMethInstance, "Return self, the complex conjugate of any float."},
    {"is_integer", m_is_integer, kMethInstance, "Return True if the float is an integer."},
    {"as_integer_ratio", m_as_integer_ratio, kMethInstance,
     "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the "
     "original float\nand with a positive denominator.\n\nRaise OverflowError on infinities and "
     "a ValueError on NaNs."},
    {"hex", m_hex, kMethInstance, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", m_fromhex, kMethClass,
     "Create a floating-point number from a hexadecimal string."},
    {"__trunc__", m_trunc, kMethInstance, "Return the Integral closest to x between 0 and x."},
    {"__floor__", m_floor, kMethInstance, "Return the floor as an Integral."},
    {"__ceil__", m_ceil, kMethInstance, "Return the ceiling as an Integral."},
    {"__round__", m_round, kMethInstance,
     "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is "
     "passed, work like built-in round(x, ndigits)."},
    {"__getnewargs__", m_getnewargs, kMethInstance, nullptr},
    {"__getformat__", m_getformat, kMethClass,
     "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or "
     "'float'.\n\nIt exists mainly to be used in Python's test suite."},
    {"__format__", m_format, kMethInstance, "Formats the float according to format_spec."},
    {nullptr, nullptr, 0, nullptr}};

const GetSetDef float_getsets[] = {
    {"real", g_real, nullptr, "the real part of a complex number"},
    {"imag", g_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr, nullptr, nullptr}};

void float_dealloc(Object* o) { free_object(o); }

}  // namespace

// ---- public API ------------------------------------------------------------------------

Ref new_float(double d) { return Ref::steal(Value(alloc_float(&float_type, d))); }

bool float_divmod_values(ThreadState*, double x, double y, double* q, double* r) {
  double mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, y);
  }
  double floordiv;
  if (div != 0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, x / y);
  }
  *q = floordiv;
  *r = mod;
  return true;
}

Ref float_pow_values(ThreadState* ts, double x, double y) {
  if (y == 0) return new_float(1.0);
  if (std::isnan(x)) return new_float(x);
  if (std::isnan(y)) return new_float(x == 1.0 ? 1.0 : y);
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0) return new_float(1.0);
    if ((y > 0) == (ax > 1.0)) return new_float(std::fabs(y));
    return new_float(0.0);
  }
  if (std::isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0) return new_float(odd ? x : std::fabs(x));
    return new_float(odd ? std::copysign(0.0, x) : 0.0);
  }
  if (x == 0.0) {
    if (y < 0) {
      set_error(ts, &ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
      return nullptr;
    }
    return new_float(is_odd_integer(y) ? x : 0.0);
  }
  bool negate = false;
  if (x < 0) {
    if (y != std::floor(y)) return complex_pow_values(ts, x, 0.0, y, 0.0);
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) return new_float(negate ? -1.0 : 1.0);
  double r = std::pow(x, y);
  if (std::isinf(r)) return raise_errno_overflow(ts);
  return new_float(negate ? -r : r);
}

Ref float_floor_or_ceil(ThreadState* ts, double d, bool ceil_mode) {
  return new_int_from_double(ts, ceil_mode ? std::ceil(d) : std::floor(d));
}

bool to_double(ThreadState* ts, Value v, double* out) {
  if (!v.is_small_int() && is_float(v)) {
    *out = float_value(v);
    return true;
  }
  if (is_int(v)) {
    bool ok;
    *out = int_to_double(ts, v, &ok);
    return ok;
  }
  Type* t = type_of(v);
  if (t->to_float) {
    Ref r = t->to_float(ts, v);
    if (!r) return false;
    if (r.get().is_small_int() || !is_float(r.get())) {
      set_errorf(ts, &TypeError_type, "%s.__float__ returned non-float (type %s)", t->name,
                 type_name(r.get()));
      return false;
    }
    *out = float_value(r.get());
    return true;
  }
  if (t->index) {
    Ref i = index_of(ts, v);
    if (!i) return false;
    bool ok;
    *out = int_to_double(ts, i.get(), &ok);
    return ok;
  }
  set_errorf(ts, &TypeError_type, "must be real number, not %s", type_name(v));
  return false;
}

namespace {
Ref parse_float_or_raise(ThreadState* ts, const std::string& ascii, Value original) {
  double d;
  if (parse_float_literal(ascii, &d)) return new_float(d);
  Ref r = repr_of(ts, original);
  if (!r) return nullptr;
  set_errorf(ts, &ValueError_type, "could not convert string to float: %s",
             std::string(str_utf8(r.get())).c_str());
  return nullptr;
}
}  // namespace

Ref float_from_string(ThreadState* ts, std::string_view s) {
  Ref original = new_str(s);
  if (!original) return nullptr;
  return parse_float_or_raise(ts, numeric_text_to_ascii(original.as<Str>()), original.get());
}

Ref float_from_object(ThreadState* ts, Value x) {
  if (x.is_object() && x.as_object()->type == &float_type) return Ref::borrow(x);
  Type* t = type_of(x);
  if (t->to_float) {
    Ref r = t->to_float(ts, x);
    if (!r) return nullptr;
    if (r.get().is_object() && r.obj()->type == &float_type) return r;
    if (r.get().is_small_int() || !is_float(r.get())) {
      set_errorf(ts, &TypeError_type, "%s.__float__ returned non-float (type %s)", t->name,
                 type_name(r.get()));
      return nullptr;
    }
    std::string msg = std::string(t->name) + ".__float__ returned non-float (type " +
                      type_name(r.get()) +
                      ").  The ability to return an instance of a strict subclass of float is "
                      "deprecated, and may be removed in a future version of Python.";
    if (warn(ts, &DeprecationWarning_type, msg) < 0) return nullptr;
    return new_float(float_value(r.get()));
  }
  if (t->index) {
    Ref i = index_of(ts, x);
    if (!i) return nullptr;
    bool ok;
    double d = int_to_double(ts, i.get(), &ok);
    if (!ok) return nullptr;
    return new_float(d);
  }
  if (is_str(x)) return parse_float_or_raise(ts, numeric_text_to_ascii(static_cast<Str*>(x.as_object())), x);
  if (is_bytes(x) || isinstance_of(x, &bytearray_type) || isinstance_of(x, &memoryview_type)) {
    Ref b = is_bytes(x) ? Ref::borrow(x) : call1(ts, Value(&bytes_type), x);
    if (!b) return nullptr;
    Bytes* bb = b.as<Bytes>();
    std::string ascii(bb->data, size_t(bb->length));
    for (char& c : ascii)
      if (uint8_t(c) >= 0x80) c = '\x7f';
    return parse_float_or_raise(ts, ascii, x);
  }
  set_errorf(ts, &TypeError_type, "float() argument must be a string or a real number, not '%s'",
             t->name);
  return nullptr;
}

void setup_float_types() {
  Type& t = float_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "float";
  t.basic_size = sizeof(Float);
  t.flags = kTypeBaseType | kTypeImmutable;
  t.base = &object_type;
  t.dealloc = float_dealloc;
  t.repr = float_repr_slot;
  t.hash = float_hash_slot;
  t.richcompare = float_richcompare;
  t.binary[int(BinOp::Add)] = float_binary_slot<int(BinOp::Add)>;
  t.binary[int(BinOp::Sub)] = float_binary_slot<int(BinOp::Sub)>;
  t.binary[int(BinOp::Mul)] = float_binary_slot<int(BinOp::Mul)>;
  t.binary[int(BinOp::TrueDiv)] = float_binary_slot<int(BinOp::TrueDiv)>;
  t.binary[int(BinOp::FloorDiv)] = float_binary_slot<int(BinOp::FloorDiv)>;
  t.binary[int(BinOp::Mod)] = float_binary_slot<int(BinOp::Mod)>;
  t.binary[int(BinOp::DivMod)] = float_binary_slot<int(BinOp::DivMod)>;
  t.binary[int(BinOp::Pow)] = float_binary_slot<int(BinOp::Pow)>;
  t.pow3 = float_pow3;
  t.neg = float_neg;
  t.pos = float_pos;
  t.abs = float_abs;
  t.to_int = float_to_int;
  t.to_float = float_pos;
  t.to_bool = float_to_bool;
  t.new_ = float_new;
  t.methods = float_methods;
  t.getsets = float_getsets;
  t.doc = "Convert a string or number to a floating point number, if possible.";
  register_static_type(&t);
}

}  // namespace weft

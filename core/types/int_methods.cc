// The int type, part 2: int() / int.__new__, literal parsing with CPython's
// rules and messages, the Python-visible methods and properties, the bool
// type with its True/False singletons, and the type set-up.
#include <algorithm>
#include <cmath>
#include <new>
#include <cstring>

#include "core/runtime/abstract.h"
#include "core/types/format_spec.h"
#include "core/types/func.h"
#include "core/types/num_internal.h"
#include "core/types/unicode.h"

namespace weft {

Type int_type, bool_type;
Int true_obj, false_obj;

Value Bool(bool b) { return Value(b ? &true_obj : &false_obj); }

void fill_int_slots(Type& t);  // int.cc

using bigint::BigInt;
using bigint::Mag;

namespace {

uint32_t kTrueDigit = 1;

// ---- text -> int -----------------------------------------------------------------

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool is_c_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

Ref invalid_literal(ThreadState* ts, int base, Value original) {
  std::string r = repr_for_message(ts, original);
  if (ts->has_error()) return nullptr;
  set_errorf(ts, &ValueError_type, "invalid literal for int() with base %d: %s", base, r.c_str());
  return nullptr;
}

void set_base_error(ThreadState* ts) {
  set_error(ts, &ValueError_type, "int() base must be >= 2 and <= 36, or 0");
}

// UTF-8 text -> the ASCII form used by the parsers (see numeric_text_to_ascii).
std::string utf8_numeric_to_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t pos = 0;
  while (pos < s.size()) {
    if (p[pos] < 0x80) {
      out.push_back(char(p[pos++]));
      continue;
    }
    int64_t cp = utf8_decode_one(p, s.size(), &pos, true);
    if (cp < 0) {
      out.push_back('?');
      break;
    }
    int dec = uni_decimal_value(uint32_t(cp));
    if (!uni_isspace(uint32_t(cp)) && dec < 0) {  // as CPython: '?' ends the text
      out.push_back('?');
      break;
    }
    out.push_back(dec >= 0 ? char('0' + dec) : ' ');
  }
  return out;
}

Ref bytes_like_to_int(ThreadState* ts, Value x, int base) {
  std::string_view data;
  Ref holder;
  if (is_bytes(x)) {
    Bytes* b = static_cast<Bytes*>(x.as_object());
    data = std::string_view(b->data, size_t(b->length));
  } else if (isinstance_of(x, &bytearray_type)) {
    ByteArray* b = static_cast<ByteArray*>(x.as_object());
    data = std::string_view(b->data, size_t(b->length));
  } else {  // memoryview and other buffers: copy through bytes()
    holder = call1(ts, Value(&bytes_type), x);
    if (!holder) return nullptr;
    Bytes* b = holder.as<Bytes>();
    data = std::string_view(b->data, size_t(b->length));
  }
  std::string copy(data);  // the buffer may change under us
  return int_parse_text(ts, copy, base, holder ? holder.get() : x);
}

Ref str_to_int(ThreadState* ts, Value s, int base) {
  return int_parse_text(ts, numeric_text_to_ascii(static_cast<Str*>(s.as_object())), base, s);
}

Ref exact_from_int_result(ThreadState* ts, Ref r, const char* what) {
  if (!r || is_exact_int(r.get())) return r;
  if (!is_int(r.get())) {
    set_errorf(ts, &TypeError_type, "%s returned non-int (type %s)", what, type_name(r.get()));
    return nullptr;
  }
  std::string msg = std::string(what) + " returned non-int (type " + type_name(r.get()) +
                    ").  The ability to return an instance of a strict subclass of int is "
                    "deprecated, and may be removed in a future version of Python.";
  if (warn(ts, &DeprecationWarning_type, msg) < 0) return nullptr;
  return int_exact(r.get());
}

// int(x, base) / int(x) without the subclass step.
Ref int_value_from_args(ThreadState* ts, Value x, Value obase) {
  if (!x) {
    if (obase) {
      set_error(ts, &TypeError_type, "int() missing string argument");
      return nullptr;
    }
    return Ref::small_int(0);
  }
  if (!obase) return int_from_object(ts, x);
  int64_t base;
  if (!index_to_i64(ts, obase, &base, nullptr)) return nullptr;
  if ((base != 0 && base < 2) || base > 36) {
    set_base_error(ts);
    return nullptr;
  }
  if (is_str(x)) return str_to_int(ts, x, int(base));
  if (is_bytes(x) || isinstance_of(x, &bytearray_type)) return bytes_like_to_int(ts, x, int(base));
  set_error(ts, &TypeError_type, "int() can't convert non-string with explicit base");
  return nullptr;
}

Ref int_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  // "" keeps x positional-only with CPython's "'x' is an invalid keyword" message.
  if (!parse_args(ts, "int", args, nargs, kwnames, {"", "base"}, 0, a, 1)) return nullptr;
  Ref v = int_value_from_args(ts, a[0], a[1]);
  if (!v || type == &int_type) return v;
  return int_new_of_type(ts, type, v.get());
}

// ---- methods ---------------------------------------------------------------------

Ref m_conjugate(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "int.conjugate", nargs, kw)) return nullptr;
  return int_exact(self);
}

// __trunc__, __floor__, __ceil__: an Integral is its own integral part.
template <const char* kName>
Ref m_integral_self(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, kName, nargs, kw)) return nullptr;
  return int_exact(self);
}
constexpr char kTruncName[] = "int.__trunc__", kFloorName[] = "int.__floor__",
               kCeilName[] = "int.__ceil__";

Ref m_bit_length(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "int.bit_length", nargs, kw)) return nullptr;
  IntView iv(self);
  return new_int_from_u64(bigint::bit_length(iv.mag()));
}

Ref m_bit_count(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "int.bit_count", nargs, kw)) return nullptr;
  IntView iv(self);
  return new_int_from_u64(bigint::popcount(iv.mag()));
}

// byteorder argument: 1 = little, 0 = big, -1 = error.
int parse_byteorder(ThreadState* ts, const char* fname, Value v) {
  if (!v) return 0;
  if (!is_str(v)) {
    set_errorf(ts, &TypeError_type, "%s() argument 'byteorder' must be str, not %s", fname,
               type_name(v));
    return -1;
  }
  std::string_view s = str_utf8(v);
  if (s == "little") return 1;
  if (s == "big") return 0;
  set_error(ts, &ValueError_type, "byteorder must be either 'little' or 'big'");
  return -1;
}

// Splits (positional..., signed=) for to_bytes/from_bytes.
bool parse_with_signed(ThreadState* ts, const char* fname, const Value* args, size_t nargs,
                       Tuple* kw, std::initializer_list<const char*> names, size_t required,
                       Value* out, Value* is_signed) {
  if (nargs > 2) {
    set_errorf(ts, &TypeError_type, "%s() takes at most 2 positional arguments (%zu given)", fname,
               nargs);
    return false;
  }
  Value all[3];
  if (!parse_args(ts, fname, args, nargs, kw, {names.begin()[0], names.begin()[1], "signed"}, 0,
                  all, 0))
    return false;
  for (size_t i = 0; i < required; ++i) {
    if (!all[i]) {
      set_errorf(ts, &TypeError_type, "%s() missing required argument '%s' (pos %zu)", fname,
                 names.begin()[i], i + 1);
      return false;
    }
  }
  out[0] = all[0];
  out[1] = all[1];
  *is_signed = all[2];
  return true;
}

Ref m_to_bytes(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2], sv;
  if (!parse_with_signed(ts, "to_bytes", args, nargs, kw, {"length", "byteorder"}, 0, a, &sv))
    return nullptr;
  int64_t length = 1;
  if (a[0] && !index_to_i64(ts, a[0], &length, &OverflowError_type)) return nullptr;
  if (length < 0) {
    set_error(ts, &ValueError_type, "length argument must be non-negative");
    return nullptr;
  }
  int little = parse_byteorder(ts, "to_bytes", a[1]);
  if (little < 0) return nullptr;
  int is_signed = sv ? truthy(ts, sv) : 0;
  if (is_signed < 0) return nullptr;
  IntView iv(self);
  if (iv.neg() && !is_signed) {
    set_error(ts, &OverflowError_type, "can't convert negative int to unsigned");
    return nullptr;
  }
  uint64_t nbits = bigint::bit_length(iv.mag());
  uint64_t room = uint64_t(length) * 8;
  bool fits;
  if (!is_signed) fits = nbits <= room;
  else if (!iv.neg()) fits = nbits < room || nbits == 0;
  else fits = nbits < room || (nbits == room && bigint::popcount(iv.mag()) == 1) ||
              (room == 0 && nbits == 1);  // CPython lets -1 fit in zero bytes
  if (!fits) {
    set_error(ts, &OverflowError_type, "int too big to convert");
    return nullptr;
  }
  if (length > (int64_t(1) << 31)) return set_no_memory(ts);  // the allocator aborts on exhaustion
  std::string out;
  try {
    out.assign(size_t(length), '\0');
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  bigint::Span m = iv.mag();
  for (size_t i = 0; i < size_t(length) && i / 4 < m.n; ++i)
    out[i] = char((m.d[i / 4] >> (8 * (i % 4))) & 0xFF);
  if (iv.neg()) {  // two's complement: invert and add one
    unsigned carry = 1;
    for (auto& c : out) {
      unsigned v = (~unsigned(uint8_t(c)) & 0xFF) + carry;
      c = char(v & 0xFF);
      carry = v >> 8;
    }
  }
  if (!little) std::reverse(out.begin(), out.end());
  return new_bytes(out);
}

Ref m_from_bytes(ThreadState* ts, Value cls, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2], sv;
  if (!parse_with_signed(ts, "from_bytes", args, nargs, kw, {"bytes", "byteorder"}, 1, a, &sv))
    return nullptr;
  int little = parse_byteorder(ts, "from_bytes", a[1]);
  if (little < 0) return nullptr;
  int is_signed = sv ? truthy(ts, sv) : 0;
  if (is_signed < 0) return nullptr;
  Ref holder;
  std::string data;
  if (is_bytes(a[0])) {
    Bytes* b = static_cast<Bytes*>(a[0].as_object());
    data.assign(b->data, size_t(b->length));
  } else if (isinstance_of(a[0], &bytearray_type)) {
    ByteArray* b = static_cast<ByteArray*>(a[0].as_object());
    data.assign(b->data, size_t(b->length));
  } else {
    // PyObject_Bytes: bytes(x) except that str and int are refused.
    if (is_str(a[0]) || is_int(a[0])) {
      set_errorf(ts, &TypeError_type, "cannot convert '%s' object to bytes", type_name(a[0]));
      return nullptr;
    }
    holder = call1(ts, Value(&bytes_type), a[0]);
    if (!holder) return nullptr;
    Bytes* b = holder.as<Bytes>();
    data.assign(b->data, size_t(b->length));
  }
  if (!little) std::reverse(data.begin(), data.end());  // now little-endian
  bool neg = is_signed && !data.empty() && (uint8_t(data.back()) & 0x80);
  if (neg) {  // magnitude of a two's-complement value: invert and add one
    unsigned carry = 1;
    for (auto& c : data) {
      unsigned v = (~unsigned(uint8_t(c)) & 0xFF) + carry;
      c = char(v & 0xFF);
      carry = v >> 8;
    }
  }
  Mag m((data.size() + 3) / 4, 0);
  for (size_t i = 0; i < data.size(); ++i) m[i / 4] |= uint32_t(uint8_t(data[i])) << (8 * (i % 4));
  bigint::normalize(m);
  Ref r = int_from_mag(neg, m);
  if (!r || cls.is(Value(&int_type))) return r;
  return call1(ts, cls, r.get());
}

Ref m_as_integer_ratio(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "int.as_integer_ratio", nargs, kw)) return nullptr;
  Ref n = int_exact(self);
  return new_tuple({n.get(), Value::small_int(1)});
}

Ref m_round(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_max_args(ts, "int.__round__", "__round__", nargs, kw, 1)) return nullptr;
  Value nd = nargs ? args[0] : Value();
  if (!nd || nd.is(None())) return int_exact(self);
  Ref ndigits = index_of(ts, nd);
  if (!ndigits) return nullptr;
  if (int_sign(ndigits.get()) >= 0) return int_exact(self);
  // Round to a multiple of 10**-ndigits, half to even.
  Ref k = unary_neg(ts, ndigits.get());
  if (!k) return nullptr;
  Ref pow10 = int_power(ts, Value::small_int(10), k.get(), Value());
  if (!pow10) return nullptr;
  Ref qr = int_binary(ts, BinOp::DivMod, self, pow10.get());
  if (!qr) return nullptr;
  Tuple* t = qr.as<Tuple>();
  Ref twice = int_binary(ts, BinOp::Mul, t->items[1], Value::small_int(2));
  if (!twice) return nullptr;
  int c = int_compare(twice.get(), pow10.get());
  Ref q = Ref::borrow(t->items[0]);
  bool q_odd = int_binary(ts, BinOp::And, q.get(), Value::small_int(1)).get().is(Value::small_int(1));
  if (c > 0 || (c == 0 && q_odd)) {
    q = int_binary(ts, BinOp::Add, q.get(), Value::small_int(1));
    if (!q) return nullptr;
  }
  return int_binary(ts, BinOp::Mul, q.get(), pow10.get());
}

Ref m_getnewargs(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "int.__getnewargs__", nargs, kw)) return nullptr;
  Ref n = int_exact(self);
  return new_tuple({n.get()});
}

Ref m_format(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "int.__format__", nargs, kw)) return nullptr;
  Value spec = args[0];
  if (!is_str(spec)) {
    set_errorf(ts, &TypeError_type, "__format__() argument must be str, not %s", type_name(spec));
    return nullptr;
  }
  return format_int_value(ts, self, static_cast<Str*>(spec.as_object()));
}

Ref m_sizeof(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "int.__sizeof__", nargs, kw)) return nullptr;
  IntView iv(self);
  // CPython's layout: a 24-byte header plus 30-bit digits (at least one).
  uint64_t digits30 = (bigint::bit_length(iv.mag()) + 29) / 30;
  return new_int(24 + 4 * int64_t(digits30 ? digits30 : 1));
}

Ref g_self(ThreadState*, Value self) { return int_exact(self); }
Ref g_zero(ThreadState*, Value) { return Ref::small_int(0); }
Ref g_one(ThreadState*, Value) { return Ref::small_int(1); }

const MethodDef int_methods[] = {
    {"conjugate", m_conjugate, kMethInstance, "Returns self, the complex conjugate of any int."},
    {"bit_length", m_bit_length, kMethInstance,
     "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> "
     "(37).bit_length()\n6"},
    {"bit_count", m_bit_count, kMethInstance,
     "Number of ones in the binary representation of the absolute value of self.\n\nAlso known "
     "as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3"},
    {"to_bytes", m_to_bytes, kMethInstance, "Return an array of bytes representing an integer."},
    {"from_bytes", m_from_bytes, kMethClass,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", m_as_integer_ratio, kMethInstance,
     "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the "
     "original int\nand with a positive denominator."},
    {"__trunc__", m_integral_self<kTruncName>, kMethInstance, "Truncating an Integral returns itself."},
    {"__floor__", m_integral_self<kFloorName>, kMethInstance, "Flooring an Integral returns itself."},
    {"__ceil__", m_integral_self<kCeilName>, kMethInstance, "Ceiling of an Integral returns itself."},
    {"__round__", m_round, kMethInstance,
     "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an "
     "integer."},
    {"__getnewargs__", m_getnewargs, kMethInstance, nullptr},
    {"__format__", m_format, kMethInstance, "Convert to a string according to format_spec."},
    {"__sizeof__", m_sizeof, kMethInstance, "Returns size in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr}};

const GetSetDef int_getsets[] = {
    {"real", g_self, nullptr, "the real part of a complex number"},
    {"imag", g_zero, nullptr, "the imaginary part of a complex number"},
    {"numerator", g_self, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", g_one, nullptr, "the denominator of a rational number in lowest terms"},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- bool ------------------------------------------------------------------------

Ref bool_repr(ThreadState*, Value v) {
  return new_str_ascii(v.is(Value(&true_obj)) ? "True" : "False");
}

Ref bool_new(ThreadState* ts, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->length > 0) {
    set_error(ts, &TypeError_type, "bool() takes no keyword arguments");
    return nullptr;
  }
  if (nargs > 1) {
    set_errorf(ts, &TypeError_type, "bool expected at most 1 argument, got %zu", nargs);
    return nullptr;
  }
  if (nargs == 0) return new_bool(false);
  int t = truthy(ts, args[0]);
  if (t < 0) return nullptr;
  return new_bool(t);
}

template <int OP>
Ref bool_bitop(ThreadState* ts, Value a, Value b) {
  Type *ta = type_of(a), *tb = type_of(b);
  if (ta == &bool_type && tb == &bool_type) {
    bool x = a.is(Value(&true_obj)), y = b.is(Value(&true_obj));
    bool r = OP == int(BinOp::And) ? (x && y) : OP == int(BinOp::Or) ? (x || y) : (x != y);
    return new_bool(r);
  }
  if (!is_int(a) || !is_int(b)) return new_notimpl();
  return int_binary(ts, static_cast<BinOp>(OP), a, b);
}

void init_bool_singleton(Int& o, bool value) {
  o.type = &bool_type;
  o.make_immortal();
  o.digits = &kTrueDigit;
  o.size = value ? 1 : 0;
}

}  // namespace

// ---- shared helpers -----------------------------------------------------------------

bool check_no_args(ThreadState* ts, const char* qualname, size_t nargs, Tuple* kw) {
  if (kw && kw->length) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs) {
    set_errorf(ts, &TypeError_type, "%s() takes no arguments (%zu given)", qualname, nargs);
    return false;
  }
  return true;
}

bool check_one_arg(ThreadState* ts, const char* qualname, size_t nargs, Tuple* kw) {
  if (kw && kw->length) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs != 1) {
    set_errorf(ts, &TypeError_type, "%s() takes exactly one argument (%zu given)", qualname, nargs);
    return false;
  }
  return true;
}

bool check_max_args(ThreadState* ts, const char* qualname, const char* name, size_t nargs,
                    Tuple* kw, size_t max) {
  if (kw && kw->length) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs > max) {
    set_errorf(ts, &TypeError_type, "%s expected at most %zu argument%s, got %zu", name, max,
               max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

std::string numeric_text_to_ascii(Str* s) {
  std::string out;
  out.reserve(size_t(s->length));
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t cp = s->at(i);
    if (cp < 0x80) {
      out.push_back(char(cp));
      continue;
    }
    int dec = uni_decimal_value(cp);
    if (!uni_isspace(cp) && dec < 0) {  // as CPython: '?' ends the text
      out.push_back('?');
      break;
    }
    out.push_back(dec >= 0 ? char('0' + dec) : ' ');
  }
  return out;
}

std::string repr_for_message(ThreadState* ts, Value obj) {
  Ref r = repr_of(ts, obj);
  if (!r) return std::string();
  std::string_view u = str_utf8(r.get());
  size_t pos = 0, count = 0;
  while (pos < u.size() && count < 200) {
    unsigned char c = uint8_t(u[pos]);
    pos += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++count;
  }
  return std::string(u.substr(0, std::min(pos, u.size())));
}

Ref int_parse_text(ThreadState* ts, std::string_view s, int base, Value original) {
  const int orig_base = base;
  size_t i = 0, n = s.size();
  while (i < n && is_c_space(s[i])) ++i;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  auto at = [&](size_t k) { return k < n ? s[k] : '\0'; };
  bool error_if_nonzero = false;
  if (base == 0) {
    char p = at(i + 1);
    if (at(i) != '0') base = 10;
    else if (p == 'x' || p == 'X') base = 16;
    else if (p == 'o' || p == 'O') base = 8;
    else if (p == 'b' || p == 'B') base = 2;
    else {
      error_if_nonzero = true;
      base = 10;
    }
  }
  if (at(i) == '0') {
    char p = at(i + 1);
    if ((base == 16 && (p == 'x' || p == 'X')) || (base == 8 && (p == 'o' || p == 'O')) ||
        (base == 2 && (p == 'b' || p == 'B'))) {
      i += 2;
      if (at(i) == '_') ++i;
    }
  }
  if (at(i) == '_') return invalid_literal(ts, orig_base, original);
  std::vector<uint8_t> digits;
  char prev = 0;
  for (; i < n; ++i) {
    char c = s[i];
    if (c == '_') {
      if (prev == '_') return invalid_literal(ts, orig_base, original);
    } else if (digit_value(c) < base) {
      digits.push_back(uint8_t(digit_value(c)));
    } else {
      break;
    }
    prev = c;
  }
  if (prev == '_' || digits.empty()) return invalid_literal(ts, orig_base, original);
  if ((base & (base - 1)) != 0) {
    int64_t limit = int_max_str_digits(ts);
    if (limit > 0 && digits.size() > size_t(limit)) {
      set_errorf(ts, &ValueError_type,
                 "Exceeds the limit (%lld digits) for integer string conversion: value has %zu "
                 "digits; use sys.set_int_max_str_digits() to increase the limit",
                 static_cast<long long>(limit), digits.size());
      return nullptr;
    }
  }
  while (i < n && is_c_space(s[i])) ++i;
  if (i != n) return invalid_literal(ts, orig_base, original);
  Mag m;
  bigint::Poll poll = make_poll(ts);
  try {
    bigint::from_digit_values(digits.data(), digits.size(), base, m, &poll);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  if (poll.failed) return nullptr;
  if (error_if_nonzero && !m.empty()) return invalid_literal(ts, orig_base, original);
  return int_from_mag(neg, m);
}

Ref int_from_string(ThreadState* ts, std::string_view s, int base) {
  std::string ascii = utf8_numeric_to_ascii(s);
  Ref original = new_str(s);
  if (!original) return nullptr;
  return int_parse_text(ts, ascii, base, original.get());
}

Ref int_from_object(ThreadState* ts, Value x) {
  if (is_exact_int(x)) return Ref::borrow(x);
  Type* t = type_of(x);
  if (t->to_int) {
    Ref r = t->to_int(ts, x);
    return exact_from_int_result(ts, std::move(r), "__int__");
  }
  if (t->index) {
    Ref r = index_of(ts, x);
    if (!r) return nullptr;
    return int_exact(r.get());
  }
  Ref trunc = lookup_special(ts, x, ident(ts, "__trunc__"));
  if (trunc) {
    if (warn(ts, &DeprecationWarning_type, "The delegation of int() to __trunc__ is deprecated.") < 0)
      return nullptr;
    Ref r = call0(ts, trunc.get());
    if (!r || is_exact_int(r.get())) return r;
    if (is_int(r.get())) return int_exact(r.get());
    if (!type_of(r.get())->index) {
      set_errorf(ts, &TypeError_type, "__trunc__ returned non-Integral (type %s)",
                 type_name(r.get()));
      return nullptr;
    }
    Ref i = index_of(ts, r.get());
    if (!i) return nullptr;
    return int_exact(i.get());
  }
  if (ts->has_error()) return nullptr;
  if (is_str(x)) return str_to_int(ts, x, 10);
  if (is_bytes(x) || isinstance_of(x, &bytearray_type) || isinstance_of(x, &memoryview_type))
    return bytes_like_to_int(ts, x, 10);
  set_errorf(ts, &TypeError_type,
             "int() argument must be a string, a bytes-like object or a real number, not '%s'",
             t->name);
  return nullptr;
}

void setup_int_types() {
  Type& t = int_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "int";
  t.basic_size = sizeof(Int);
  t.item_size = sizeof(uint32_t);
  t.flags = kTypeBaseType | kTypeIntSubclass | kTypeImmutable;
  t.base = &object_type;
  fill_int_slots(t);
  t.new_ = int_new;
  t.methods = int_methods;
  t.getsets = int_getsets;
  t.doc =
      "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an "
      "integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  "
      "For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if "
      "base is given, then x must be a string,\nbytes, or bytearray instance representing an "
      "integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be "
      "surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 "
      "means to interpret the base from the string as an integer literal.\n>>> int('0b100', "
      "base=0)\n4";
  register_static_type(&t);

  Type& b = bool_type;
  b.type = &type_type;
  b.make_immortal();
  b.name = "bool";
  b.basic_size = sizeof(Int);
  b.item_size = sizeof(uint32_t);
  b.flags = kTypeIntSubclass | kTypeImmutable;
  b.base = &int_type;
  b.repr = bool_repr;
  b.new_ = bool_new;
  b.binary[int(BinOp::And)] = bool_bitop<int(BinOp::And)>;
  b.binary[int(BinOp::Or)] = bool_bitop<int(BinOp::Or)>;
  b.binary[int(BinOp::Xor)] = bool_bitop<int(BinOp::Xor)>;
  b.doc =
      "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe "
      "builtins True and False are the only two instances of the class bool.\nThe class bool is "
      "a subclass of the class int, and cannot be subclassed.";
  register_static_type(&b);

  init_bool_singleton(true_obj, true);
  init_bool_singleton(false_obj, false);
}

}  // namespace weft

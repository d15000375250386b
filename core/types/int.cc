// The int type, part 1: heap Int layout glue, the public int API of types.h
// (construction, conversion, hashing, comparison) and the arithmetic slots.
// Exact big-value arithmetic is in bigint.cc; methods, int() and bool are in
// int_methods.cc.
#include <cmath>
#include <new>
#include <cstdio>
#include <cstring>

#include "core/runtime/abstract.h"
#include "core/types/num_internal.h"
#include "core/vm/eval.h"

namespace weft {

using bigint::BigInt;
using bigint::Mag;
using bigint::Span;
using bigint::SSpan;

namespace {

// Results beyond 2 GiB raise MemoryError up front: the allocator aborts on
// exhaustion instead of throwing, so huge requests must never reach it.
constexpr uint64_t kMaxResultBits = uint64_t(1) << 34;

Int* alloc_int(Type* t, size_t ndigits) {
  Object* o = alloc_object(t, t->basic_size + ndigits * sizeof(uint32_t));
  if (!o) return nullptr;
  Int* i = static_cast<Int*>(o);
  i->digits = reinterpret_cast<uint32_t*>(reinterpret_cast<char*>(o) + t->basic_size);
  i->size = int64_t(ndigits);
  return i;
}

Ref heap_int(Type* t, bool neg, const uint32_t* d, size_t n) {
  Int* i = alloc_int(t, n);
  if (!i) return nullptr;
  if (n) std::memcpy(i->digits, d, n * sizeof(uint32_t));
  i->size = neg ? -int64_t(n) : int64_t(n);
  return Ref::steal(Value(i));
}

uint64_t magnitude_u64(int64_t i) { return i < 0 ? 0 - uint64_t(i) : uint64_t(i); }

// Bools and small-valued int subclass instances as small ints (fast paths).
Value as_small_if_possible(Value v) {
  if (v.is_small_int()) return v;
  Int* o = static_cast<Int*>(v.as_object());
  int64_t n = o->size < 0 ? -o->size : o->size;
  if (n > 2) return v;
  uint64_t m = n == 0 ? 0 : (n == 1 ? o->digits[0] : (uint64_t(o->digits[1]) << 32) | o->digits[0]);
  if (o->size >= 0 && m <= uint64_t(Value::kSmallMax)) return Value::small_int(int64_t(m));
  if (o->size < 0 && m <= uint64_t(Value::kSmallMax) + 1) return Value::small_int(-int64_t(m));
  return v;
}

bool poll_callback(void* ctx) { return poll_eval_breaker(static_cast<ThreadState*>(ctx)) >= 0; }

void set_zero_division(ThreadState* ts, BinOp op) {
  const char* msg = op == BinOp::TrueDiv ? "division by zero"
                    : op == BinOp::Mod   ? "integer modulo by zero"
                                         : "integer division or modulo by zero";
  set_error(ts, &ZeroDivisionError_type, msg);
}

int64_t floor_div(int64_t x, int64_t y) {
  int64_t q = x / y;
  if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
  return q;
}
int64_t floor_mod(int64_t x, int64_t y) {
  int64_t r = x % y;
  if (r != 0 && ((r < 0) != (y < 0))) r += y;
  return r;
}

Ref make_divmod_tuple(Ref q, Ref r) {
  if (!q || !r) return nullptr;
  return new_tuple({q.get(), r.get()});
}

// Both operands small. Returns null without an error when the big path must run.
Ref small_binary(ThreadState* ts, BinOp op, int64_t x, int64_t y) {
  switch (op) {
    case BinOp::Add: return new_int(x + y);
    case BinOp::Sub: return new_int(x - y);
    case BinOp::Mul: {
      int64_t r;
      if (__builtin_mul_overflow(x, y, &r)) return nullptr;
      return new_int(r);
    }
    case BinOp::TrueDiv:
      if (y == 0) {
        set_zero_division(ts, op);
        return nullptr;
      }
      if (magnitude_u64(x) <= (uint64_t(1) << 53) && magnitude_u64(y) <= (uint64_t(1) << 53))
        return new_float(double(x) / double(y));
      return nullptr;
    case BinOp::FloorDiv:
    case BinOp::Mod:
    case BinOp::DivMod:
      if (y == 0) {
        set_zero_division(ts, op);
        return nullptr;
      }
      if (op == BinOp::FloorDiv) return new_int(floor_div(x, y));
      if (op == BinOp::Mod) return new_int(floor_mod(x, y));
      return make_divmod_tuple(new_int(floor_div(x, y)), new_int(floor_mod(x, y)));
    case BinOp::LShift:
      if (y < 0) {
        set_error(ts, &ValueError_type, "negative shift count");
        return nullptr;
      }
      if (x == 0) return Ref::small_int(0);
      if (y < 62) {
        int64_t r = x * (int64_t(1) << y);
        if (r / (int64_t(1) << y) == x && Value::fits_small(r) &&
            magnitude_u64(x) < (uint64_t(1) << (63 - y)))
          return new_int(r);
      }
      return nullptr;
    case BinOp::RShift:
      if (y < 0) {
        set_error(ts, &ValueError_type, "negative shift count");
        return nullptr;
      }
      return new_int(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
    case BinOp::And: return new_int(x & y);
    case BinOp::Or: return new_int(x | y);
    case BinOp::Xor: return new_int(x ^ y);
    default: return nullptr;
  }
}

Ref big_shift(ThreadState* ts, BinOp op, Value a, Value b) {
  IntView va(a), vb(b);
  if (vb.neg()) {
    set_error(ts, &ValueError_type, "negative shift count");
    return nullptr;
  }
  uint64_t shift;
  bool fits = bigint::to_u64(vb.mag(), &shift);
  if (op == BinOp::RShift) {
    if (!fits || shift >= bigint::bit_length(va.mag()) + 1) return Ref::small_int(va.neg() ? -1 : 0);
    BigInt r;
    bigint::s_shift_right(va.s, shift, r);
    return int_from_bigint(r);
  }
  if (va.mag().is_zero()) return Ref::small_int(0);
  if (!fits || shift > (uint64_t(1) << 62)) {
    set_error(ts, &OverflowError_type, "too many digits in integer");
    return nullptr;
  }
  if (shift + bigint::bit_length(va.mag()) > kMaxResultBits) return set_no_memory(ts);
  BigInt r;
  bigint::s_shift_left(va.s, shift, r);
  return int_from_bigint(r);
}

Ref big_true_divide(ThreadState* ts, Value a, Value b) {
  IntView va(a), vb(b);
  if (vb.mag().is_zero()) {
    set_zero_division(ts, BinOp::TrueDiv);
    return nullptr;
  }
  bool overflow;
  double q = bigint::true_divide(va.mag(), vb.mag(), &overflow);
  if (overflow) {
    set_error(ts, &OverflowError_type, "integer division result too large for a float");
    return nullptr;
  }
  return new_float(va.neg() != vb.neg() ? -q : q);
}

Ref big_binary(ThreadState* ts, BinOp op, Value a, Value b) {
  switch (op) {
    case BinOp::TrueDiv: return big_true_divide(ts, a, b);
    case BinOp::Pow: return int_power(ts, a, b, Value());
    case BinOp::LShift:
    case BinOp::RShift: return big_shift(ts, op, a, b);
    default: break;
  }
  IntView va(a), vb(b);
  bigint::Poll poll = make_poll(ts);
  BigInt r, r2;
  switch (op) {
    case BinOp::Add: bigint::s_add(va.s, vb.s, r); break;
    case BinOp::Sub: bigint::s_sub(va.s, vb.s, r); break;
    case BinOp::Mul: bigint::s_mul(va.s, vb.s, r, &poll); break;
    case BinOp::FloorDiv:
    case BinOp::Mod:
    case BinOp::DivMod:
      if (vb.mag().is_zero()) {
        set_zero_division(ts, op);
        return nullptr;
      }
      bigint::s_floordiv_mod(va.s, vb.s, op == BinOp::Mod ? nullptr : &r,
                             op == BinOp::FloorDiv ? nullptr : &r2, &poll);
      if (poll.failed) return nullptr;
      if (op == BinOp::Mod) return int_from_bigint(r2);
      if (op == BinOp::DivMod) return make_divmod_tuple(int_from_bigint(r), int_from_bigint(r2));
      break;
    case BinOp::And: bigint::s_bitwise('&', va.s, vb.s, r); break;
    case BinOp::Or: bigint::s_bitwise('|', va.s, vb.s, r); break;
    case BinOp::Xor: bigint::s_bitwise('^', va.s, vb.s, r); break;
    default: return new_notimpl();
  }
  if (poll.failed) return nullptr;
  return int_from_bigint(r);
}

// pow() with an int modulus (mod nonzero).
Ref int_pow_mod(ThreadState* ts, Value a, Value b, Value mod) {
  IntView va(a), vb(b), vm(mod);
  if (vm.mag().is_zero()) {
    set_error(ts, &ValueError_type, "pow() 3rd argument cannot be 0");
    return nullptr;
  }
  bigint::Poll poll = make_poll(ts);
  SSpan m(false, vm.mag());
  BigInt base;
  bigint::s_floordiv_mod(va.s, m, nullptr, &base, &poll);  // base in [0, |mod|)
  if (vb.neg()) {
    Mag inv;
    if (!bigint::s_mod_inverse(base, vm.mag(), inv, &poll)) {
      if (poll.failed) return nullptr;
      set_error(ts, &ValueError_type, "base is not invertible for the given modulus");
      return nullptr;
    }
    base.mag.swap(inv);
  }
  Mag result;
  bigint::pow_mod(base.mag, vb.mag(), vm.mag(), result, &poll);
  if (poll.failed) return nullptr;
  BigInt r{false, std::move(result)};
  if (vm.neg() && !r.mag.empty()) {  // the result takes the sign of the modulus
    BigInt t;
    bigint::s_sub(r, SSpan(false, vm.mag()), t);
    return int_from_bigint(t);
  }
  return int_from_bigint(r);
}

// Exact small ** small, or null (no error) if it overflows int64.
Ref small_pow(int64_t x, uint64_t e) {
  int64_t result = 1, base = x;
  for (;;) {
    if (e & 1 && __builtin_mul_overflow(result, base, &result)) return nullptr;
    e >>= 1;
    if (!e) break;
    if (__builtin_mul_overflow(base, base, &base)) return nullptr;
  }
  return new_int(result);
}

}  // namespace

// ---- views and results ---------------------------------------------------------

IntView::IntView(Value v) {
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    uint64_t m = magnitude_u64(i);
    buf[0] = uint32_t(m);
    buf[1] = uint32_t(m >> 32);
    size_t n = buf[1] ? 2 : (buf[0] ? 1 : 0);
    s = SSpan(i < 0, Span(buf, n));
  } else {
    Int* o = static_cast<Int*>(v.as_object());
    int64_t sz = o->size;
    s = SSpan(sz < 0, Span(o->digits, size_t(sz < 0 ? -sz : sz)));
  }
}

// An exact int from sign + normalised magnitude: small when in range.
Ref int_from_span(bool neg, Span m) {
  if (m.n <= 2) {
    uint64_t u = 0;
    bigint::to_u64(m, &u);
    if (!neg && u <= uint64_t(Value::kSmallMax)) return Ref::small_int(int64_t(u));
    if (neg && u <= uint64_t(Value::kSmallMax) + 1) return Ref::small_int(-int64_t(u));
  }
  return heap_int(&int_type, neg && m.n, m.d, m.n);
}

Ref int_from_mag(bool neg, const Mag& m) { return int_from_span(neg, Span(m)); }

Ref int_from_bigint(const BigInt& b) { return int_from_mag(b.neg, b.mag); }

Ref int_new_of_type(ThreadState* ts, Type* type, Value v) {
  IntView iv(v);
  Ref r = heap_int(type, iv.neg(), iv.mag().d, iv.mag().n);
  if (!r) return set_no_memory(ts);
  return r;
}

Ref int_exact(Value v) {
  if (is_exact_int(v)) return Ref::borrow(v);
  Value s = as_small_if_possible(v);
  if (s.is_small_int()) return Ref::steal(s);
  IntView iv(v);
  return int_from_span(iv.neg(), iv.mag());
}

bigint::Poll make_poll(ThreadState* ts) {
  bigint::Poll p;
  if (ts) {
    p.fn = poll_callback;
    p.ctx = ts;
  }
  return p;
}

int64_t int_max_str_digits(ThreadState* ts) {
  if (!ts || !ts->interp) return 4300;
  return ts->interp->int_max_str_digits.load(std::memory_order_relaxed);
}

bool int_abs_digits(ThreadState* ts, Value v, int base, std::string* out, bool* negative) {
  IntView iv(v);
  *negative = iv.neg();
  if (base != 10) {
    *out = bigint::to_base(iv.mag(), base);
    return true;
  }
  int64_t limit = int_max_str_digits(ts);
  auto too_long = [&] {
    set_errorf(ts, &ValueError_type,
               "Exceeds the limit (%lld digits) for integer string conversion; use "
               "sys.set_int_max_str_digits() to increase the limit",
               static_cast<long long>(limit));
    return false;
  };
  if (limit > 0 && bigint::decimal_digits_lower_bound(iv.mag()) > uint64_t(limit)) return too_long();
  bigint::Poll poll = make_poll(ts);
  try {
    *out = bigint::to_decimal(iv.mag(), &poll);
  } catch (const std::bad_alloc&) {
    set_no_memory(ts);
    return false;
  }
  if (poll.failed) return false;
  if (limit > 0 && out->size() > uint64_t(limit)) return too_long();
  return true;
}

// ---- the public API of types.h -----------------------------------------------------

Ref new_int(int64_t i) {
  if (Value::fits_small(i)) return Ref::small_int(i);
  uint64_t m = magnitude_u64(i);
  uint32_t d[2] = {uint32_t(m), uint32_t(m >> 32)};
  return heap_int(&int_type, i < 0, d, d[1] ? 2 : 1);
}

Ref new_int_from_u64(uint64_t u) {
  if (u <= uint64_t(Value::kSmallMax)) return Ref::small_int(int64_t(u));
  uint32_t d[2] = {uint32_t(u), uint32_t(u >> 32)};
  return heap_int(&int_type, false, d, d[1] ? 2 : 1);
}

Ref new_int_from_double(ThreadState* ts, double d) {
  if (std::isinf(d)) {
    set_error(ts, &OverflowError_type, "cannot convert float infinity to integer");
    return nullptr;
  }
  if (std::isnan(d)) {
    set_error(ts, &ValueError_type, "cannot convert float NaN to integer");
    return nullptr;
  }
  double t = std::trunc(d);
  if (std::fabs(t) < 9.2e18) return new_int(int64_t(t));
  uint64_t m;
  int64_t e;
  bigint::double_parts(t, &m, &e);
  Mag mag;
  bigint::from_u64(m, mag);
  bigint::shift_left(mag, uint64_t(e), mag);  // e > 0 for |t| >= 2^63
  return int_from_mag(t < 0, mag);
}

Ref int_from_decimal_digits(std::string_view digits) {
  std::vector<uint8_t> vals;
  vals.reserve(digits.size());
  for (char c : digits)
    if (c >= '0' && c <= '9') vals.push_back(uint8_t(c - '0'));
  Mag m;
  bigint::from_digit_values(vals.data(), vals.size(), 10, m);
  return int_from_mag(false, m);
}

bool int_fits_i64(Value v) {
  if (v.is_small_int()) return true;
  if (!is_int(v)) return false;
  IntView iv(v);
  uint64_t u;
  if (!bigint::to_u64(iv.mag(), &u)) return false;
  return iv.neg() ? u <= (uint64_t(1) << 63) : u <= uint64_t(INT64_MAX);
}

bool int_to_i64(ThreadState* ts, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!is_int(v)) {
    if (!ts) return false;
    if (!type_of(v)->index) {
      set_errorf(ts, &TypeError_type, "'%s' object cannot be interpreted as an integer", type_name(v));
      return false;
    }
    Ref i = index_of(ts, v);
    return i && int_to_i64(ts, i.get(), out);
  }
  if (!int_fits_i64(v)) {
    if (ts) set_error(ts, &OverflowError_type, "Python int too large to convert to C long");
    return false;
  }
  IntView iv(v);
  uint64_t u = 0;
  bigint::to_u64(iv.mag(), &u);
  *out = iv.neg() ? int64_t(0 - u) : int64_t(u);
  return true;
}

double int_to_double(ThreadState* ts, Value v, bool* ok) {
  *ok = true;
  if (v.is_small_int()) return double(v.as_small_int());
  IntView iv(v);
  bool overflow;
  double d = bigint::to_double(iv.mag(), &overflow);
  if (overflow) {
    if (ts) set_error(ts, &OverflowError_type, "int too large to convert to float");
    *ok = false;
    return -1.0;
  }
  return iv.neg() ? -d : d;
}

Ref int_to_decimal_string(ThreadState* ts, Value v) {
  if (v.is_small_int()) {
    char buf[32];
    int n = std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v.as_small_int()));
    return new_str_ascii(std::string_view(buf, size_t(n)));
  }
  std::string digits;
  bool neg;
  if (!int_abs_digits(ts, v, 10, &digits, &neg)) return nullptr;
  if (neg) digits.insert(digits.begin(), '-');
  return new_str_ascii(digits);
}

std::string int_to_string_base(Value v, int base) {
  IntView iv(v);
  std::string s = bigint::to_base(iv.mag(), base);
  if (iv.neg()) s.insert(s.begin(), '-');
  return s;
}

int int_sign(Value v) {
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    return i < 0 ? -1 : (i > 0 ? 1 : 0);
  }
  int64_t sz = static_cast<Int*>(v.as_object())->size;
  return sz < 0 ? -1 : (sz > 0 ? 1 : 0);
}

int64_t int_hash(Value v) {
  uint64_t h;
  bool neg;
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    neg = i < 0;
    h = magnitude_u64(i) % bigint::kHashModulus;
  } else {
    IntView iv(v);
    neg = iv.neg();
    h = bigint::hash_mod(iv.mag());
  }
  int64_t r = neg ? -int64_t(h) : int64_t(h);
  return r == -1 ? -2 : r;
}

int int_compare(Value a, Value b) {
  a = as_small_if_possible(a);
  b = as_small_if_possible(b);
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  IntView va(a), vb(b);
  if (va.neg() != vb.neg()) return va.neg() ? -1 : 1;
  int c = bigint::compare(va.mag(), vb.mag());
  return va.neg() ? -c : c;
}

int compare_int_double(Value i, double d) {
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  Value s = as_small_if_possible(i);
  if (s.is_small_int() && magnitude_u64(s.as_small_int()) <= (uint64_t(1) << 53)) {
    double x = double(s.as_small_int());
    return x < d ? -1 : (x > d ? 1 : 0);
  }
  IntView iv(i);
  int si = iv.mag().is_zero() ? 0 : (iv.neg() ? -1 : 1);
  int sd = d < 0 ? -1 : (d > 0 ? 1 : 0);
  if (si != sd) return si < sd ? -1 : 1;
  if (si == 0) return 0;
  int e;
  std::frexp(std::fabs(d), &e);  // |d| in [2^(e-1), 2^e)
  int64_t nbits = int64_t(bigint::bit_length(iv.mag()));
  int c;
  if (nbits != e) {
    c = nbits < e ? -1 : 1;
  } else {
    double ip = std::floor(std::fabs(d));
    uint64_t m;
    int64_t ex;
    bigint::double_parts(ip, &m, &ex);
    Mag dm;
    bigint::from_u64(m, dm);
    if (ex > 0) bigint::shift_left(dm, uint64_t(ex), dm);
    else if (ex < 0) bigint::shift_right(dm, uint64_t(-ex), dm);
    c = bigint::compare(iv.mag(), dm);
    if (c == 0 && ip != std::fabs(d)) c = -1;
  }
  return si < 0 ? -c : c;
}

Ref int_binary(ThreadState* ts, BinOp op, Value a, Value b) {
  if (op == BinOp::MatMul) return new_notimpl();
  Value sa = as_small_if_possible(a), sb = as_small_if_possible(b);
  if (sa.is_small_int() && sb.is_small_int()) {
    if (op == BinOp::Pow) return int_power(ts, sa, sb, Value());
    Ref r = small_binary(ts, op, sa.as_small_int(), sb.as_small_int());
    if (r || ts->has_error()) return r;
  }
  try {
    return big_binary(ts, op, sa, sb);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
}

Ref int_power(ThreadState* ts, Value a, Value b, Value mod) {
  if (mod && !mod.is(None())) {
    try {
      return int_pow_mod(ts, a, b, mod);
    } catch (const std::bad_alloc&) {
      return set_no_memory(ts);
    }
  }
  a = as_small_if_possible(a);
  b = as_small_if_possible(b);
  if (int_sign(b) < 0) {
    bool ok;
    double x = int_to_double(ts, a, &ok);
    if (!ok) return nullptr;
    double y = int_to_double(ts, b, &ok);
    if (!ok) return nullptr;
    return float_pow_values(ts, x, y);
  }
  IntView va(a), vb(b);
  uint64_t e;
  if (!bigint::to_u64(vb.mag(), &e)) {  // a huge exponent: only 0, 1, -1 are feasible
    if (va.mag().is_zero() || (va.mag().n == 1 && va.mag().d[0] == 1)) {
      bool odd = vb.mag().d[0] & 1;
      return Ref::small_int(va.mag().is_zero() ? 0 : (va.neg() && odd ? -1 : 1));
    }
    return set_no_memory(ts);
  }
  if (a.is_small_int()) {
    Ref r = small_pow(a.as_small_int(), e);
    if (r) return r;
  }
  uint64_t bits = bigint::bit_length(va.mag());
  if (bits > 1 && e > kMaxResultBits / bits) return set_no_memory(ts);
  bigint::Poll poll = make_poll(ts);
  BigInt r;
  try {
    bigint::pow(va.mag(), e, r.mag, &poll);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  if (poll.failed) return nullptr;
  r.neg = va.neg() && (e & 1) && !r.mag.empty();
  return int_from_bigint(r);
}

// ---- slots -------------------------------------------------------------------------

namespace {

void int_dealloc(Object* o) { free_object(o); }

Ref int_repr(ThreadState* ts, Value v) { return int_to_decimal_string(ts, v); }

int64_t int_hash_slot(ThreadState*, Value v) { return int_hash(v); }

Ref int_richcompare(ThreadState*, Value a, Value b, CmpOp op) {
  if (!is_int(a) || !is_int(b)) return new_notimpl();
  int c = int_compare(a, b);
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

template <int OP>
Ref int_binary_slot(ThreadState* ts, Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return new_notimpl();
  return int_binary(ts, static_cast<BinOp>(OP), a, b);
}

Ref int_pow3(ThreadState* ts, Value a, Value b, Value c) {
  if (!is_int(a) || !is_int(b)) return new_notimpl();
  if (c && !c.is(None()) && !is_int(c)) return new_notimpl();
  return int_power(ts, a, b, c);
}

Ref int_neg(ThreadState*, Value v) {
  Value s = as_small_if_possible(v);
  if (s.is_small_int()) return new_int(-s.as_small_int());
  IntView iv(v);
  return int_from_span(!iv.neg(), iv.mag());
}

Ref int_pos(ThreadState*, Value v) { return int_exact(v); }

Ref int_abs(ThreadState*, Value v) {
  Value s = as_small_if_possible(v);
  if (s.is_small_int()) return new_int(s.as_small_int() < 0 ? -s.as_small_int() : s.as_small_int());
  IntView iv(v);
  return int_from_span(false, iv.mag());
}

Ref int_invert(ThreadState*, Value v) {
  Value s = as_small_if_possible(v);
  if (s.is_small_int()) return new_int(~s.as_small_int());
  IntView iv(v);
  BigInt r;
  bigint::s_invert(iv.s, r);
  return int_from_bigint(r);
}

Ref int_to_float_slot(ThreadState* ts, Value v) {
  bool ok;
  double d = int_to_double(ts, v, &ok);
  if (!ok) return nullptr;
  return new_float(d);
}

int int_to_bool(ThreadState*, Value v) { return int_sign(v) != 0; }

}  // namespace

// Fills int_type's slots; int_methods.cc adds methods, getsets and __new__.
void fill_int_slots(Type& t) {
  t.dealloc = int_dealloc;
  t.repr = int_repr;
  t.hash = int_hash_slot;
  t.richcompare = int_richcompare;
  t.binary[int(BinOp::Add)] = int_binary_slot<int(BinOp::Add)>;
  t.binary[int(BinOp::Sub)] = int_binary_slot<int(BinOp::Sub)>;
  t.binary[int(BinOp::Mul)] = int_binary_slot<int(BinOp::Mul)>;
  t.binary[int(BinOp::TrueDiv)] = int_binary_slot<int(BinOp::TrueDiv)>;
  t.binary[int(BinOp::FloorDiv)] = int_binary_slot<int(BinOp::FloorDiv)>;
  t.binary[int(BinOp::Mod)] = int_binary_slot<int(BinOp::Mod)>;
  t.binary[int(BinOp::Pow)] = int_binary_slot<int(BinOp::Pow)>;
  t.binary[int(BinOp::LShift)] = int_binary_slot<int(BinOp::LShift)>;
  t.binary[int(BinOp::RShift)] = int_binary_slot<int(BinOp::RShift)>;
  t.binary[int(BinOp::And)] = int_binary_slot<int(BinOp::And)>;
  t.binary[int(BinOp::Or)] = int_binary_slot<int(BinOp::Or)>;
  t.binary[int(BinOp::Xor)] = int_binary_slot<int(BinOp::Xor)>;
  t.binary[int(BinOp::DivMod)] = int_binary_slot<int(BinOp::DivMod)>;
  t.pow3 = int_pow3;
  t.neg = int_neg;
  t.pos = int_pos;
  t.abs = int_abs;
  t.invert = int_invert;
  t.to_int = int_pos;
  t.index = int_pos;
  t.to_float = int_to_float_slot;
  t.to_bool = int_to_bool;
}

}  // namespace weft

// Arbitrary-precision magnitude arithmetic for Python ints: schoolbook and
// Karatsuba multiplication, Knuth's algorithm D, modular powers, two's-complement
// bitwise operations, radix conversion and correctly rounded int->float.
#include "core/types/bigint.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace weft::bigint {
namespace {

using DDigit = uint64_t;
using u128 = unsigned __int128;
constexpr size_t kKaratsubaCutoff = 48;

size_t trimmed(const Digit* d, size_t n) {
  while (n && d[n - 1] == 0) --n;
  return n;
}

// x[0..nx) += y[0..ny) (ny <= nx); returns the carry out of x.
Digit add_into(Digit* x, size_t nx, const Digit* y, size_t ny) {
  DDigit carry = 0;
  size_t i = 0;
  for (; i < ny; ++i) {
    carry += DDigit(x[i]) + y[i];
    x[i] = Digit(carry);
    carry >>= 32;
  }
  for (; carry && i < nx; ++i) {
    carry += x[i];
    x[i] = Digit(carry);
    carry >>= 32;
  }
  return Digit(carry);
}

// x[0..nx) -= y[0..ny) (ny <= nx); returns the borrow out of x.
Digit sub_into(Digit* x, size_t nx, const Digit* y, size_t ny) {
  int64_t borrow = 0;
  size_t i = 0;
  for (; i < ny; ++i) {
    int64_t t = int64_t(x[i]) - y[i] - borrow;
    x[i] = Digit(t);
    borrow = t < 0;
  }
  for (; borrow && i < nx; ++i) {
    int64_t t = int64_t(x[i]) - borrow;
    x[i] = Digit(t);
    borrow = t < 0;
  }
  return Digit(borrow);
}

// out[0..na+nb) (zeroed by the caller) = a * b.
void mul_school(const Digit* a, size_t na, const Digit* b, size_t nb, Digit* out) {
  for (size_t i = 0; i < na; ++i) {
    DDigit ai = a[i];
    if (ai == 0) continue;
    DDigit carry = 0;
    for (size_t j = 0; j < nb; ++j) {
      DDigit t = ai * b[j] + out[i + j] + carry;
      out[i + j] = Digit(t);
      carry = t >> 32;
    }
    out[i + nb] = Digit(carry);
  }
}

// out[0..na+nb) (zeroed by the caller) = a * b, Karatsuba above the cutoff.
void kmul(const Digit* a, size_t na, const Digit* b, size_t nb, Digit* out, Poll* poll) {
  if (na > nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  if (na < kKaratsubaCutoff) {
    mul_school(a, na, b, nb, out);
    if (poll) poll->tick(na * nb / 4 + 1);
    return;
  }
  if (2 * na <= nb) {  // unbalanced: multiply a by na-sized slices of b
    Mag tmp(2 * na);
    for (size_t off = 0; off < nb; off += na) {
      size_t len = std::min(na, nb - off);
      std::fill(tmp.begin(), tmp.begin() + na + len, 0);
      kmul(a, na, b + off, len, tmp.data(), poll);
      add_into(out + off, na + nb - off, tmp.data(), trimmed(tmp.data(), na + len));
      if (poll && poll->failed) return;
    }
    return;
  }
  size_t h = nb / 2;  // na > h because 2 * na > nb
  const Digit *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
  size_t na1 = na - h, nb1 = nb - h;
  kmul(a0, h, b0, h, out, poll);                 // z0 -> out[0, 2h)
  kmul(a1, na1, b1, nb1, out + 2 * h, poll);     // z2 -> out[2h, na+nb)
  if (poll && poll->failed) return;
  size_t nsa = std::max(h, na1) + 1, nsb = std::max(h, nb1) + 1;
  Mag sa(nsa), sb(nsb);
  std::copy(a0, a0 + h, sa.begin());
  add_into(sa.data(), nsa, a1, na1);
  std::copy(b0, b0 + h, sb.begin());
  add_into(sb.data(), nsb, b1, nb1);
  Mag z1(nsa + nsb);
  kmul(sa.data(), nsa, sb.data(), nsb, z1.data(), poll);
  sub_into(z1.data(), z1.size(), out, 2 * h);
  sub_into(z1.data(), z1.size(), out + 2 * h, na1 + nb1);
  add_into(out + h, na + nb - h, z1.data(), trimmed(z1.data(), z1.size()));
}

// Knuth's algorithm D for a.n >= b.n >= 2.
void divmod_knuth(Span a, Span b, Mag* q, Mag* r, Poll* poll) {
  size_t n = b.n, m = a.n - b.n;
  int s = __builtin_clz(b.d[n - 1]);
  Mag v(n), u(a.n + 1);
  for (size_t i = n; i-- > 0;)
    v[i] = Digit((b.d[i] << s) | (s && i ? DDigit(b.d[i - 1]) >> (32 - s) : 0));
  u[a.n] = s ? Digit(DDigit(a.d[a.n - 1]) >> (32 - s)) : 0;
  for (size_t i = a.n; i-- > 0;)
    u[i] = Digit((a.d[i] << s) | (s && i ? DDigit(a.d[i - 1]) >> (32 - s) : 0));
  Mag qd(m + 1);
  const DDigit vtop = v[n - 1], vnext = v[n - 2];
  for (size_t j = m + 1; j-- > 0;) {
    DDigit num = (DDigit(u[j + n]) << 32) | u[j + n - 1];
    DDigit qhat = num / vtop, rhat = num % vtop;
    while (qhat >> 32 || u128(qhat) * vnext > ((u128(rhat) << 32) | u[j + n - 2])) {
      --qhat;
      rhat += vtop;
      if (rhat >> 32) break;
    }
    DDigit carry = 0;
    int64_t borrow = 0;
    for (size_t i = 0; i < n; ++i) {
      DDigit p = qhat * v[i] + carry;
      carry = p >> 32;
      int64_t t = int64_t(u[i + j]) - int64_t(p & 0xFFFFFFFFu) - borrow;
      u[i + j] = Digit(t);
      borrow = t < 0;
    }
    int64_t t = int64_t(u[j + n]) - int64_t(carry) - borrow;
    u[j + n] = Digit(t);
    if (t < 0) {  // qhat was one too large: add v back
      --qhat;
      add_into(u.data() + j, n + 1, v.data(), n);
    }
    qd[j] = Digit(qhat);
    if (poll && !poll->tick(n)) return;
  }
  if (q) {
    normalize(qd);
    q->swap(qd);
  }
  if (r) {
    Mag rd(n);
    for (size_t i = 0; i < n; ++i)
      rd[i] = Digit((u[i] >> s) | (s ? DDigit(u[i + 1]) << (32 - s) : 0));
    normalize(rd);
    r->swap(rd);
  }
}

// (a >> shift) when it fits 64 bits; *sticky is set if any bit below was 1.
uint64_t top_bits(Span a, uint64_t shift, bool* sticky) {
  size_t ds = shift / 32;
  unsigned bs = shift % 32;
  u128 acc = 0;
  for (int k = 2; k >= 0; --k) {
    size_t i = ds + k;
    acc = (acc << 32) | (i < a.n ? a.d[i] : 0);
  }
  bool st = false;
  for (size_t i = 0; i < ds && i < a.n && !st; ++i) st = a.d[i] != 0;
  if (!st && bs && ds < a.n) st = (a.d[ds] & ((Digit(1) << bs) - 1)) != 0;
  *sticky = st;
  return uint64_t(acc >> bs);
}

void to_twos(SSpan a, size_t len, Mag& out) {
  out.assign(len, 0);
  std::copy(a.mag.d, a.mag.d + a.mag.n, out.begin());
  if (a.neg) {
    for (auto& d : out) d = ~d;
    Digit one = 1;
    add_into(out.data(), len, &one, 1);
  }
}

}  // namespace

void normalize(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

void from_u64(uint64_t v, Mag& out) {
  out.clear();
  while (v) {
    out.push_back(Digit(v));
    v >>= 32;
  }
}

bool to_u64(Span a, uint64_t* out) {
  if (a.n > 2) return false;
  uint64_t v = 0;
  for (size_t i = a.n; i-- > 0;) v = (v << 32) | a.d[i];
  *out = v;
  return true;
}

uint64_t bit_length(Span a) {
  if (!a.n) return 0;
  return (a.n - 1) * 32 + (32 - __builtin_clz(a.d[a.n - 1]));
}

uint64_t popcount(Span a) {
  uint64_t c = 0;
  for (size_t i = 0; i < a.n; ++i) c += __builtin_popcount(a.d[i]);
  return c;
}

bool test_bit(Span a, uint64_t bit) {
  size_t i = bit / 32;
  return i < a.n && ((a.d[i] >> (bit % 32)) & 1);
}

int compare(Span a, Span b) {
  if (a.n != b.n) return a.n < b.n ? -1 : 1;
  for (size_t i = a.n; i-- > 0;)
    if (a.d[i] != b.d[i]) return a.d[i] < b.d[i] ? -1 : 1;
  return 0;
}

void add(Span a, Span b, Mag& out) {
  if (a.n < b.n) std::swap(a, b);
  Mag r(a.n + 1);
  std::copy(a.d, a.d + a.n, r.begin());
  add_into(r.data(), r.size(), b.d, b.n);
  normalize(r);
  out.swap(r);
}

void sub(Span a, Span b, Mag& out) {
  Mag r(a.d, a.d + a.n);
  sub_into(r.data(), r.size(), b.d, b.n);
  normalize(r);
  out.swap(r);
}

void mul(Span a, Span b, Mag& out, Poll* poll) {
  if (a.is_zero() || b.is_zero()) {
    out.clear();
    return;
  }
  Mag r(a.n + b.n);
  kmul(a.d, a.n, b.d, b.n, r.data(), poll);
  normalize(r);
  out.swap(r);
}

Digit divmod_digit(Span a, Digit b, Mag* q) {
  Mag qd(q ? a.n : 0);
  DDigit rem = 0;
  for (size_t i = a.n; i-- > 0;) {
    rem = (rem << 32) | a.d[i];
    if (q) qd[i] = Digit(rem / b);
    rem %= b;
  }
  if (q) {
    normalize(qd);
    q->swap(qd);
  }
  return Digit(rem);
}

void divmod(Span a, Span b, Mag* q, Mag* r, Poll* poll) {
  if (compare(a, b) < 0) {
    Mag rem(a.d, a.d + a.n);
    if (q) q->clear();
    if (r) r->swap(rem);
    return;
  }
  if (b.n == 1) {
    Digit rem = divmod_digit(a, b.d[0], q);
    if (r) from_u64(rem, *r);
    return;
  }
  divmod_knuth(a, b, q, r, poll);
}

void shift_left(Span a, uint64_t bits, Mag& out) {
  if (a.is_zero()) {
    out.clear();
    return;
  }
  size_t ds = bits / 32;
  unsigned bs = bits % 32;
  Mag r(a.n + ds + 1, 0);
  for (size_t i = 0; i < a.n; ++i) {
    DDigit t = DDigit(a.d[i]) << bs;
    r[i + ds] |= Digit(t);
    r[i + ds + 1] |= Digit(t >> 32);
  }
  normalize(r);
  out.swap(r);
}

void shift_right(Span a, uint64_t bits, Mag& out) {
  size_t ds = bits / 32;
  unsigned bs = bits % 32;
  if (ds >= a.n) {
    out.clear();
    return;
  }
  Mag r(a.n - ds);
  for (size_t i = 0; i < r.size(); ++i) {
    DDigit lo = a.d[i + ds], hi = i + ds + 1 < a.n ? a.d[i + ds + 1] : 0;
    r[i] = Digit(((hi << 32) | lo) >> bs);
  }
  normalize(r);
  out.swap(r);
}

void pow(Span base, uint64_t exp, Mag& out, Poll* poll) {
  Mag result{1};
  if (exp == 0) {
    out.swap(result);
    return;
  }
  Mag b(base.d, base.d + base.n);
  int top = 63 - __builtin_clzll(exp);
  result = b;
  for (int bit = top - 1; bit >= 0; --bit) {
    mul(result, result, result, poll);
    if ((exp >> bit) & 1) mul(result, b, result, poll);
    if (poll && poll->failed) return;
  }
  out.swap(result);
}

void pow_mod(Span base, Span exp, Span m, Mag& out, Poll* poll) {
  Mag b, result;
  divmod(base, m, nullptr, &b, poll);
  Mag one{1};
  divmod(one, m, nullptr, &result, poll);  // 1 % m (0 when m == 1)
  for (uint64_t bit = bit_length(exp); bit-- > 0;) {
    mul(result, result, result, poll);
    divmod(result, m, nullptr, &result, poll);
    if (test_bit(exp, bit)) {
      mul(result, b, result, poll);
      divmod(result, m, nullptr, &result, poll);
    }
    if (poll && poll->failed) return;
  }
  out.swap(result);
}

void gcd(Span a, Span b, Mag& out, Poll* poll) {
  Mag x(a.d, a.d + a.n), y(b.d, b.d + b.n), r;
  if (compare(x, y) < 0) x.swap(y);
  // Lehmer's algorithm (Knuth 4.5.2 L): run Euclid on the leading 61 bits
  // while the quotients are certain, then apply the cofactors to the full
  // numbers in one linear pass. With 61-bit leading parts the cofactors stay
  // below 2^61, so every sum in the inner loop fits an int64.
  Mag nx, ny;
  while (y.size() > 2) {
    uint64_t shift = bit_length(x) - 61;
    bool sticky;
    int64_t xh = int64_t(top_bits(x, shift, &sticky)), yh = int64_t(top_bits(y, shift, &sticky));
    int64_t A = 1, B = 0, C = 0, D = 1;
    for (;;) {
      if (yh + C == 0 || yh + D == 0) break;
      int64_t q = (xh + A) / (yh + C);
      if (q != (xh + B) / (yh + D)) break;
      int64_t t = A - q * C;
      A = C;
      C = t;
      t = B - q * D;
      B = D;
      D = t;
      t = xh - q * yh;
      xh = yh;
      yh = t;
    }
    if (B == 0) {
      divmod(x, y, nullptr, &r, poll);
      x.swap(y);
      y.swap(r);
    } else {
      nx.resize(x.size());
      ny.resize(x.size());
      __int128 cx = 0, cy = 0;
      for (size_t i = 0; i < x.size(); ++i) {
        __int128 xi = x[i], yi = i < y.size() ? y[i] : 0;
        cx += A * xi + B * yi;
        cy += C * xi + D * yi;
        nx[i] = Digit(uint64_t(cx));
        ny[i] = Digit(uint64_t(cy));
        cx >>= 32;
        cy >>= 32;
      }
      normalize(nx);
      normalize(ny);
      x.swap(nx);
      y.swap(ny);
    }
    if (poll && !poll->tick(x.size())) return;
  }
  while (!y.empty()) {
    uint64_t xs, ys;
    if (to_u64(x, &xs) && to_u64(y, &ys)) {
      while (ys) {
        uint64_t t = xs % ys;
        xs = ys;
        ys = t;
      }
      from_u64(xs, out);
      return;
    }
    divmod(x, y, nullptr, &r, poll);
    x.swap(y);
    y.swap(r);
  }
  out.swap(x);
}

void isqrt(Span a, Mag& out, Poll* poll) {
  if (a.is_zero()) {
    out.clear();
    return;
  }
  uint64_t bl = bit_length(a);
  Mag one{1}, x, y, q;
  shift_left(one, (bl + 1) / 2, x);  // 2^ceil(bl/2) >= sqrt(a)
  for (;;) {
    divmod(a, x, &q, nullptr, poll);
    add(x, q, y);
    shift_right(y, 1, y);
    if (compare(y, x) >= 0 || (poll && poll->failed)) break;
    x.swap(y);
  }
  out.swap(x);
}

// ---- signed operations ------------------------------------------------------

void s_add(SSpan a, SSpan b, BigInt& out) {
  if (a.neg == b.neg) {
    add(a.mag, b.mag, out.mag);
    out.neg = a.neg && !out.mag.empty();
    return;
  }
  int c = compare(a.mag, b.mag);
  if (c == 0) {
    out.mag.clear();
    out.neg = false;
  } else if (c > 0) {
    sub(a.mag, b.mag, out.mag);
    out.neg = a.neg;
  } else {
    sub(b.mag, a.mag, out.mag);
    out.neg = b.neg;
  }
}

void s_sub(SSpan a, SSpan b, BigInt& out) {
  b.neg = !b.neg && !b.mag.is_zero();
  s_add(a, b, out);
}

void s_mul(SSpan a, SSpan b, BigInt& out, Poll* poll) {
  bool neg = a.neg != b.neg;
  mul(a.mag, b.mag, out.mag, poll);
  out.neg = neg && !out.mag.empty();
}

void s_floordiv_mod(SSpan a, SSpan b, BigInt* q, BigInt* r, Poll* poll) {
  Mag qm, rm;
  divmod(a.mag, b.mag, &qm, &rm, poll);
  bool qneg = a.neg != b.neg;
  if (qneg && !rm.empty()) {
    Mag one{1};
    if (q) add(qm, one, qm);
    if (r) sub(b.mag, rm, rm);
  }
  if (q) {
    q->mag.swap(qm);
    q->neg = qneg && !q->mag.empty();
  }
  if (r) {
    r->mag.swap(rm);
    r->neg = b.neg && !r->mag.empty();
  }
}

void s_shift_left(SSpan a, uint64_t bits, BigInt& out) {
  bool neg = a.neg;
  shift_left(a.mag, bits, out.mag);
  out.neg = neg && !out.mag.empty();
}

void s_shift_right(SSpan a, uint64_t bits, BigInt& out) {
  if (!a.neg) {
    shift_right(a.mag, bits, out.mag);
    out.neg = false;
    return;
  }
  Mag one{1}, t;  // -a >> s == -(((|a| - 1) >> s) + 1)
  sub(a.mag, one, t);
  shift_right(t, bits, t);
  add(t, one, out.mag);
  out.neg = true;
}

void s_bitwise(char op, SSpan a, SSpan b, BigInt& out) {
  size_t len = std::max(a.mag.n, b.mag.n) + 1;
  Mag x, y;
  to_twos(a, len, x);
  to_twos(b, len, y);
  for (size_t i = 0; i < len; ++i) {
    if (op == '&') x[i] &= y[i];
    else if (op == '|') x[i] |= y[i];
    else x[i] ^= y[i];
  }
  bool neg = x[len - 1] >> 31;
  if (neg) {  // back to sign-magnitude
    for (auto& d : x) d = ~d;
    Digit one = 1;
    add_into(x.data(), len, &one, 1);
  }
  normalize(x);
  out.mag.swap(x);
  out.neg = neg && !out.mag.empty();
}

void s_invert(SSpan a, BigInt& out) {
  Mag one{1};
  if (!a.neg) {
    add(a.mag, one, out.mag);
    out.neg = true;
  } else {
    sub(a.mag, one, out.mag);
    out.neg = false;
  }
}

bool s_mod_inverse(SSpan a, Span m, Mag& out, Poll* poll) {
  BigInt old_r, r, old_s, s, q, t, prod;
  SSpan msp(false, m);
  s_floordiv_mod(a, msp, nullptr, &old_r, poll);
  r.mag.assign(m.d, m.d + m.n);
  old_s.mag = {1};
  while (!r.mag.empty()) {
    s_floordiv_mod(old_r, r, &q, &t, poll);
    old_r = std::move(r);
    r = std::move(t);
    s_mul(q, s, prod, poll);
    s_sub(old_s, prod, t);
    old_s = std::move(s);
    s = std::move(t);
    if (poll && poll->failed) return false;
  }
  if (!(old_r.mag.size() == 1 && old_r.mag[0] == 1)) return false;
  s_floordiv_mod(old_s, msp, nullptr, &t, poll);
  out.swap(t.mag);
  return true;
}

// ---- text ---------------------------------------------------------------------

std::string to_decimal(Span a, Poll* poll) { return to_base(a, 10, poll); }

std::string to_base(Span a, int base, Poll* poll) {
  if (a.is_zero()) return "0";
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string s;
  if ((base & (base - 1)) == 0) {  // power of two: peel bits
    int bits = __builtin_ctz(base);
    uint64_t total = bit_length(a);
    s.reserve(total / bits + 1);
    for (uint64_t pos = 0; pos < total; pos += bits) {
      unsigned v = 0;
      for (int k = 0; k < bits; ++k) v |= unsigned(test_bit(a, pos + k)) << k;
      s.push_back(kDigits[v]);
    }
    std::reverse(s.begin(), s.end());
    return s;
  }
  // Largest power of base that fits a digit: peel that many characters per
  // in-place division (base 10 gets a constant divisor the compiler turns
  // into a multiplication).
  Digit chunk = base;
  int per = 1;
  while (DDigit(chunk) * base <= 0xFFFFFFFFu) {
    chunk *= base;
    ++per;
  }
  Mag x(a.d, a.d + a.n);
  size_t len = x.size();
  std::vector<Digit> parts;
  parts.reserve(len * 32 / (per * 3) + 2);
  while (len) {
    DDigit rem = 0;
    if (base == 10) {
      for (size_t i = len; i-- > 0;) {
        DDigit cur = (rem << 32) | x[i];
        x[i] = Digit(cur / 1000000000u);
        rem = cur % 1000000000u;
      }
    } else {
      for (size_t i = len; i-- > 0;) {
        DDigit cur = (rem << 32) | x[i];
        x[i] = Digit(cur / chunk);
        rem = cur % chunk;
      }
    }
    while (len && x[len - 1] == 0) --len;
    parts.push_back(Digit(rem));
    if (poll && !poll->tick(len)) return std::string();
  }
  s.reserve(parts.size() * per);
  for (size_t k = 0; k < parts.size(); ++k) {  // least significant part first
    Digit v = parts[k];
    for (int j = 0; j < per; ++j) {
      if (k + 1 == parts.size() && v == 0) break;
      s.push_back(kDigits[v % base]);
      v /= base;
    }
  }
  std::reverse(s.begin(), s.end());
  return s;
}

uint64_t decimal_digits_lower_bound(Span a) {
  uint64_t bl = bit_length(a);
  if (bl == 0) return 1;
  return uint64_t(double(bl - 1) * 0.30102999566) + 1;
}

void from_digit_values(const uint8_t* digits, size_t n, int base, Mag& out, Poll* poll) {
  Mag r;
  if ((base & (base - 1)) == 0) {
    int bits = __builtin_ctz(base);
    r.assign((n * bits + 31) / 32 + 1, 0);
    uint64_t pos = 0;
    for (size_t i = n; i-- > 0; pos += bits) {
      DDigit v = DDigit(digits[i]) << (pos % 32);
      r[pos / 32] |= Digit(v);
      if (v >> 32) r[pos / 32 + 1] |= Digit(v >> 32);
    }
    normalize(r);
    out.swap(r);
    return;
  }
  Digit chunk_max = base;
  size_t per = 1;
  while (DDigit(chunk_max) * base <= 0xFFFFFFFFu) {
    chunk_max *= base;
    ++per;
  }
  r.reserve(n / (per ? per : 1) + 2);
  size_t i = 0;
  while (i < n) {
    size_t take = std::min(per, n - i);
    Digit mulby = 1, add_val = 0;
    for (size_t k = 0; k < take; ++k) {
      mulby *= base;
      add_val = add_val * base + digits[i + k];
    }
    i += take;
    DDigit carry = add_val;
    for (auto& d : r) {
      carry += DDigit(d) * mulby;
      d = Digit(carry);
      carry >>= 32;
    }
    if (carry) r.push_back(Digit(carry));
    if (poll && !poll->tick(r.size())) return;
  }
  normalize(r);
  out.swap(r);
}

// ---- floating point -------------------------------------------------------------

double compose_double(uint64_t q, bool sticky, int64_t s, bool* overflow) {
  if (overflow) *overflow = false;
  if (q == 0) return 0.0;
  int bl = 64 - __builtin_clzll(q);
  int64_t e = bl + s;  // value < 2^e
  int64_t keep = e >= -1021 ? 53 : e + 1074;
  if (keep < 0) return 0.0;
  int64_t drop = bl - keep;
  if (drop > 0) {
    uint64_t half = uint64_t(1) << (drop - 1);
    uint64_t low = drop >= 64 ? q : q & ((half << 1) - 1);
    uint64_t kept = drop >= 64 ? 0 : q >> drop;
    bool above_half = low > half || (low == half && sticky);
    bool at_half = low == half && !sticky;
    if (above_half || (at_half && (kept & 1))) ++kept;
    q = kept;
    s += drop;
  }
  if (s > 1100) {  // avoid ldexp's argument range concerns; surely overflow
    if (overflow) *overflow = true;
    return HUGE_VAL;
  }
  double r = std::ldexp(double(q), int(std::max<int64_t>(s, -2000)));
  if (std::isinf(r) && overflow) *overflow = true;
  return r;
}

double to_double(Span a, bool* overflow) {
  uint64_t bl = bit_length(a);
  if (bl <= 64) {
    uint64_t v = 0;
    to_u64(a, &v);
    return compose_double(v, false, 0, overflow);
  }
  if (bl > 1100) {
    *overflow = true;
    return HUGE_VAL;
  }
  bool sticky;
  uint64_t q = top_bits(a, bl - 64, &sticky);
  return compose_double(q, sticky, int64_t(bl) - 64, overflow);
}

double true_divide(Span a, Span b, bool* overflow) {
  *overflow = false;
  if (a.is_zero()) return 0.0;
  int64_t la = bit_length(a), lb = bit_length(b);
  if (la <= 53 && lb <= 53) {
    uint64_t x = 0, y = 0;
    to_u64(a, &x);
    to_u64(b, &y);
    return double(x) / double(y);
  }
  int64_t diff = la - lb;
  if (diff > 1025) {
    *overflow = true;
    return HUGE_VAL;
  }
  if (diff < -1080) return 0.0;
  int64_t s = diff - 62;
  Mag num, den, q, r;
  if (s >= 0) {
    shift_left(b, s, den);
    divmod(a, den, &q, &r);
  } else {
    shift_left(a, -s, num);
    divmod(num, b, &q, &r);
  }
  uint64_t qv = 0;
  to_u64(q, &qv);
  return compose_double(qv, !r.empty(), s, overflow);
}

double frexp(Span a, int64_t* e) {
  uint64_t bl = bit_length(a);
  bool sticky = false;
  uint64_t q = 0;
  if (bl <= 64) {
    to_u64(a, &q);
  } else {
    q = top_bits(a, bl - 64, &sticky);
  }
  int qb = 64 - __builtin_clzll(q);
  double m = compose_double(q, sticky, -qb, nullptr);
  *e = int64_t(bl);
  if (m == 1.0) {
    m = 0.5;
    *e += 1;
  }
  return m;
}

void double_parts(double d, uint64_t* m, int64_t* e) {
  if (d == 0 || !std::isfinite(d)) {
    *m = 0;
    *e = 0;
    return;
  }
  int ex;
  double f = std::frexp(std::fabs(d), &ex);
  uint64_t mm = uint64_t(std::ldexp(f, 53));
  int64_t ee = int64_t(ex) - 53;
  int tz = __builtin_ctzll(mm);
  *m = mm >> tz;
  *e = ee + tz;
}

uint64_t hash_mod(Span a) {
  uint64_t h = 0;
  for (size_t i = a.n; i-- > 0;) h = uint64_t(((u128(h) << 32) | a.d[i]) % kHashModulus);
  return h;
}

}  // namespace weft::bigint

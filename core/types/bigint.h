// Arbitrary-precision integer arithmetic on base-2^32 magnitudes (least
// significant digit first). Pure C++: no interpreter objects, so it can be
// tested on its own; core/types/int.cc wraps it into Python's int type.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace weft::bigint {

using Digit = uint32_t;
using Mag = std::vector<Digit>;  // normalised: no zero digit at the top; zero is empty

// A borrowed, normalised magnitude.
struct Span {
  const Digit* d = nullptr;
  size_t n = 0;
  Span() = default;
  Span(const Digit* digits, size_t count) : d(digits), n(count) {}
  Span(const Mag& m) : d(m.data()), n(m.size()) {}  // NOLINT: views a Mag
  bool is_zero() const { return n == 0; }
};

// A signed value: sign + magnitude (zero is never negative).
struct BigInt {
  bool neg = false;
  Mag mag;
};
struct SSpan {
  bool neg = false;
  Span mag;
  SSpan() = default;
  SSpan(bool negative, Span m) : neg(negative), mag(m) {}
  SSpan(const BigInt& b) : neg(b.neg), mag(b.mag) {}  // NOLINT: views a BigInt
};

// Periodic interruption check for long loops: tick(work) accumulates work and
// calls fn every ~2^18 units (about a millisecond); fn returns false to abort
// (its caller then has an exception pending). After an abort, results are
// unspecified and `failed` is set, so callers test it and give up.
struct Poll {
  bool (*fn)(void* ctx) = nullptr;
  void* ctx = nullptr;
  uint64_t work = 0;
  bool failed = false;
  bool tick(uint64_t units) {
    work += units;
    if (work < (uint64_t(1) << 18)) return !failed;
    work = 0;
    if (fn && !failed && !fn(ctx)) failed = true;
    return !failed;
  }
};

void normalize(Mag& m);
void from_u64(uint64_t v, Mag& out);
bool to_u64(Span a, uint64_t* out);  // false if it does not fit
uint64_t bit_length(Span a);
uint64_t popcount(Span a);
bool test_bit(Span a, uint64_t bit);

int compare(Span a, Span b);  // -1, 0, 1
void add(Span a, Span b, Mag& out);
void sub(Span a, Span b, Mag& out);  // requires a >= b
void mul(Span a, Span b, Mag& out, Poll* poll = nullptr);
// q = a / b, r = a % b (b nonzero). q or r may be null.
void divmod(Span a, Span b, Mag* q, Mag* r, Poll* poll = nullptr);
Digit divmod_digit(Span a, Digit b, Mag* q);  // returns the remainder
void shift_left(Span a, uint64_t bits, Mag& out);
void shift_right(Span a, uint64_t bits, Mag& out);
void pow(Span base, uint64_t exp, Mag& out, Poll* poll = nullptr);
// base^exp mod m (m nonzero, exp any magnitude).
void pow_mod(Span base, Span exp, Span m, Mag& out, Poll* poll = nullptr);
void gcd(Span a, Span b, Mag& out, Poll* poll = nullptr);
void isqrt(Span a, Mag& out, Poll* poll = nullptr);

// Signed operations with Python's semantics.
void s_add(SSpan a, SSpan b, BigInt& out);
void s_sub(SSpan a, SSpan b, BigInt& out);
void s_mul(SSpan a, SSpan b, BigInt& out, Poll* poll = nullptr);
// Floor division and modulo (result of % has the sign of b). b nonzero.
void s_floordiv_mod(SSpan a, SSpan b, BigInt* q, BigInt* r, Poll* poll = nullptr);
void s_shift_left(SSpan a, uint64_t bits, BigInt& out);
void s_shift_right(SSpan a, uint64_t bits, BigInt& out);  // floors
// Two's-complement &, |, ^ (op is '&', '|' or '^') and ~a == -a-1.
void s_bitwise(char op, SSpan a, SSpan b, BigInt& out);
void s_invert(SSpan a, BigInt& out);
// Modular inverse of a mod m (m > 0); false if not invertible.
bool s_mod_inverse(SSpan a, Span m, Mag& out, Poll* poll = nullptr);

// Text. Digits are ASCII, lower case, without prefix or sign.
std::string to_decimal(Span a, Poll* poll = nullptr);
std::string to_base(Span a, int base, Poll* poll = nullptr);  // 2..36
// Lower bound on the number of decimal digits of a (cheap, from the bit length).
uint64_t decimal_digits_lower_bound(Span a);
// `digits` holds digit values (0..base-1), most significant first.
void from_digit_values(const uint8_t* digits, size_t n, int base, Mag& out,
                       Poll* poll = nullptr);

// Floating point, correctly rounded (round-half-even). Sets *overflow when the
// result does not fit a double (and returns +inf).
double to_double(Span a, bool* overflow);
double true_divide(Span a, Span b, bool* overflow);  // |a| / |b|, b nonzero
// a = m * 2^e with 0.5 <= m < 1 (a nonzero); m rounded to 53 bits.
double frexp(Span a, int64_t* e);
// q * 2^s, rounded to a double; `sticky` says lower nonzero bits were dropped.
double compose_double(uint64_t q, bool sticky, int64_t s, bool* overflow);
// Exact value of a finite double: |d| = m * 2^e with m an odd integer (or 0).
void double_parts(double d, uint64_t* m, int64_t* e);

// hash(|a|) with CPython's modulus 2^61 - 1 (sign is applied by the caller).
uint64_t hash_mod(Span a);
inline constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;

}  // namespace weft::bigint

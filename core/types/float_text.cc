// Python's double <-> text rules: repr (shortest round-trip via std::to_chars),
// the e/f/g/r layouts of PyOS_double_to_string (digits come from glibc's exact
// printf), float()/complex() literal parsing, float hashing and round().
#include "core/types/float_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "core/types/bigint.h"
#include "core/types/types.h"

namespace weft {
namespace {

// Decimal digits of a positive finite double: value = 0.DIGITS * 10^decpt.
// Trailing zeros are stripped; an empty string means "rounded to zero".
struct Digits {
  std::string d;
  int64_t decpt = 0;
};

void parse_sci(const char* s, Digits* out) {  // "d.ddde+XX" or "de-XX"
  out->d.clear();
  const char* p = s;
  for (; *p && *p != 'e'; ++p)
    if (*p >= '0' && *p <= '9') out->d.push_back(*p);
  long exp = *p == 'e' ? std::strtol(p + 1, nullptr, 10) : 0;
  out->decpt = exp + 1;
  while (out->d.size() > 1 && out->d.back() == '0') out->d.pop_back();
}

std::string printf_double(const char* fmt, int precision, double x) {
  int n = std::snprintf(nullptr, 0, fmt, precision, x);
  std::string s(size_t(n) + 1, '\0');
  std::snprintf(s.data(), s.size(), fmt, precision, x);
  s.resize(n);
  return s;
}

void shortest_digits(double ax, Digits* out) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf - 1, ax, std::chars_format::scientific);
  *r.ptr = '\0';
  parse_sci(buf, out);
}

void significant_digits(double ax, int64_t n, Digits* out) {  // dtoa mode 2
  std::string s = printf_double("%.*e", int(n - 1), ax);
  parse_sci(s.c_str(), out);
}

void fixed_digits(double ax, int64_t places, Digits* out) {  // dtoa mode 3
  std::string s = printf_double("%.*f", int(places), ax);
  size_t dot = s.find('.');
  std::string all = dot == std::string::npos ? s : s.substr(0, dot) + s.substr(dot + 1);
  int64_t decpt = dot == std::string::npos ? int64_t(s.size()) : int64_t(dot);
  size_t lead = 0;
  while (lead < all.size() && all[lead] == '0') ++lead;
  all.erase(0, lead);
  decpt -= int64_t(lead);
  while (!all.empty() && all.back() == '0') all.pop_back();
  if (all.empty()) decpt = -places;
  out->d = std::move(all);
  out->decpt = decpt;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }

bool ci_starts_with(std::string_view s, const char* word) {
  size_t n = std::strlen(word);
  if (s.size() < n) return false;
  for (size_t i = 0; i < n; ++i)
    if (lower(s[i]) != word[i]) return false;
  return true;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view strip_spaces(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string double_to_string(double x, char type, int64_t precision, unsigned flags) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  type = lower(type);
  bool alt = flags & kDtsAlt, add_dot_0 = flags & kDtsAddDot0;
  bool neg = std::signbit(x);
  std::string out;
  if (std::isnan(x) || std::isinf(x)) {
    if (std::isinf(x) && neg) out = "-";  // a NaN never shows its sign bit
    else if (flags & kDtsSign) out = "+";
    out += std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  double ax = std::fabs(x);
  Digits dg;
  if (type == 'g' && precision == 0) precision = 1;
  if (ax == 0) {
    dg.d = "0";
    dg.decpt = 1;
  } else if (type == 'r') {
    shortest_digits(ax, &dg);
  } else if (type == 'f') {
    fixed_digits(ax, precision, &dg);
  } else {
    significant_digits(ax, type == 'e' ? precision + 1 : precision, &dg);
  }
  if ((flags & kDtsNoNegZero) && neg &&
      dg.d.find_first_not_of('0') == std::string::npos)
    neg = false;
  if (neg) out = "-";
  else if (flags & kDtsSign) out = "+";

  const std::string& d = dg.d;
  int64_t len = int64_t(d.size()), decpt = dg.decpt, vend = len;
  bool use_exp = false;
  switch (type) {
    case 'e':
      use_exp = true;
      vend = precision + 1;
      break;
    case 'f':
      vend = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vend = precision;
      break;
    default:  // 'r'
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) vend = std::max(vend, decpt + 1);
  else vend = std::max(vend, decpt);
  vend = std::max(vend, len);
  out.reserve(out.size() + size_t(vend - vstart) + 8);
  for (int64_t i = vstart; i < vend; ++i) {
    if (i == decpt) out.push_back('.');
    out.push_back(i >= 0 && i < len ? d[size_t(i)] : '0');
  }
  if (vend == decpt) out.push_back('.');
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%c%+.02lld", upper ? 'E' : 'e', static_cast<long long>(exp));
    out += buf;
  }
  return out;
}

std::string float_repr(double d) { return double_to_string(d, 'r', 0, kDtsAddDot0); }

int64_t float_hash(double d) {
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;  // the float type hashes NaN objects by identity
  uint64_t m;
  int64_t e;
  bigint::double_parts(d, &m, &e);
  // |d| = m * 2^e and 2^61 == 1 (mod 2^61 - 1), so 2^e == 2^(e mod 61).
  int64_t shift = ((e % 61) + 61) % 61;
  unsigned __int128 h = (static_cast<unsigned __int128>(m % bigint::kHashModulus) << shift) %
                        bigint::kHashModulus;
  int64_t r = static_cast<int64_t>(h);
  if (d < 0) r = -r;
  return r == -1 ? -2 : r;
}

size_t parse_double_prefix(std::string_view s, double* out) {
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  std::string_view rest = s.substr(i);
  if (ci_starts_with(rest, "infinity") || ci_starts_with(rest, "inf")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return i + (ci_starts_with(rest, "infinity") ? 8 : 3);
  }
  if (ci_starts_with(rest, "nan")) {
    *out = std::copysign(NAN, neg ? -1.0 : 1.0);
    return i + 3;
  }
  size_t start = i, int_begin = i;
  while (i < s.size() && is_digit(s[i])) ++i;
  size_t int_end = i, frac_begin = i, frac_end = i;
  if (i < s.size() && s[i] == '.') {
    frac_begin = ++i;
    while (i < s.size() && is_digit(s[i])) ++i;
    frac_end = i;
  }
  if (int_end == int_begin && frac_end == frac_begin) return 0;
  int64_t exp = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    bool eneg = false;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) eneg = s[j++] == '-';
    if (j < s.size() && is_digit(s[j])) {
      for (; j < s.size() && is_digit(s[j]); ++j)
        if (exp < 1000000000000) exp = exp * 10 + (s[j] - '0');
      if (eneg) exp = -exp;
      i = j;
    }
  }
  double v = 0;
  auto r = std::from_chars(s.data() + start, s.data() + i, v, std::chars_format::general);
  if (r.ec == std::errc::result_out_of_range) {
    // Decide between overflow and underflow from the leading digit's position.
    int64_t lead = 0;
    size_t k = int_begin;
    while (k < int_end && s[k] == '0') ++k;
    if (k < int_end) {
      lead = int64_t(int_end - k);
    } else {
      size_t z = frac_begin;
      while (z < frac_end && s[z] == '0') ++z;
      lead = -int64_t(z - frac_begin);
    }
    v = lead + exp > 0 ? HUGE_VAL : 0.0;
  } else if (r.ec != std::errc() || r.ptr != s.data() + i) {
    return 0;
  }
  *out = neg ? -v : v;
  return i;
}

bool strip_number_underscores(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_') {
      if (i == 0 || !is_digit(s[i - 1]) || i + 1 >= s.size() || !is_digit(s[i + 1])) return false;
      continue;
    }
    out->push_back(s[i]);
  }
  return true;
}

bool parse_float_literal(std::string_view s, double* out) {
  s = strip_spaces(s);
  std::string clean;
  if (s.empty() || !strip_number_underscores(s, &clean)) return false;
  return parse_double_prefix(clean, out) == clean.size();
}

bool parse_complex_literal(std::string_view text, double* re, double* im, bool* bad_underscore) {
  *bad_underscore = false;
  std::string clean;
  if (!strip_number_underscores(text, &clean)) {
    *bad_underscore = true;
    return false;
  }
  std::string_view s = clean;
  size_t i = 0, n = s.size();
  auto skip_spaces = [&] {
    while (i < n && is_ascii_space(s[i])) ++i;
  };
  auto at = [&](size_t k) { return k < n ? s[k] : '\0'; };
  skip_spaces();
  bool bracket = false;
  if (at(i) == '(') {
    bracket = true;
    ++i;
    skip_spaces();
  }
  double x = 0, y = 0, z = 0;
  size_t used = parse_double_prefix(s.substr(i), &z);
  if (used) {
    i += used;
    if (at(i) == '+' || at(i) == '-') {
      x = z;
      size_t used2 = parse_double_prefix(s.substr(i), &y);
      if (used2) {
        i += used2;
      } else {
        y = at(i) == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (at(i) != 'j' && at(i) != 'J') return false;
      ++i;
    } else if (at(i) == 'j' || at(i) == 'J') {
      ++i;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (at(i) == '+' || at(i) == '-') {
      y = at(i) == '+' ? 1.0 : -1.0;
      ++i;
    } else {
      y = 1.0;
    }
    if (at(i) != 'j' && at(i) != 'J') return false;
    ++i;
  }
  skip_spaces();
  if (bracket) {
    if (at(i) != ')') return false;
    ++i;
    skip_spaces();
  }
  if (i != n) return false;
  *re = x;
  *im = y;
  return true;
}

double round_double(double x, int64_t ndigits, bool* overflow) {
  *overflow = false;
  if (!std::isfinite(x) || x == 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return std::copysign(0.0, x);
  if (ndigits >= 0) {
    std::string s = printf_double("%.*f", int(ndigits), x);
    double r = 0;
    parse_double_prefix(s, &r);
    return r;
  }
  // Round |x| / 10^k to an integer (half-even) exactly with big ints.
  using namespace bigint;
  uint64_t m;
  int64_t e;
  double_parts(x, &m, &e);
  Mag mant, ten{10}, pk, den, q, r, twice;
  from_u64(m, mant);
  bigint::pow(ten, uint64_t(-ndigits), pk);
  if (e >= 0) {
    shift_left(mant, e, mant);
    den = pk;
  } else {
    shift_left(pk, -e, den);
  }
  divmod(mant, den, &q, &r);
  shift_left(r, 1, twice);
  int c = compare(twice, den);
  if (c > 0 || (c == 0 && !q.empty() && (q[0] & 1))) {
    Mag one{1};
    add(q, one, q);
  }
  mul(q, pk, q);
  double v = to_double(q, overflow);
  return std::copysign(v, x);
}

}  // namespace weft

// Text <-> double conversions with Python's exact rules (repr, format codes,
// float()/complex() literal syntax), CPython-compatible float hashing and
// correctly rounded round(). Pure C++ (no interpreter objects).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace weft {

enum DoubleToStringFlags : unsigned {
  kDtsAlt = 1,         // '#': keep the decimal point / trailing zeros
  kDtsAddDot0 = 2,     // integral results in fixed notation get ".0" ('' and repr)
  kDtsSign = 4,        // always emit a sign
  kDtsNoNegZero = 8,   // 'z': a result that rounds to zero loses its '-'
};

// PyOS_double_to_string: type is one of e E f F g G r ('r' = repr, shortest
// round-trip; precision ignored). "inf"/"nan" (upper case for E F G).
std::string double_to_string(double x, char type, int64_t precision, unsigned flags);

// Parses a float literal prefix without underscores: [sign] (digits [. digits]
// [exponent] | . digits [exponent] | inf | infinity | nan). Returns the number of
// bytes consumed (0: no number). Overflow gives +-inf, underflow 0.
size_t parse_double_prefix(std::string_view s, double* out);
// Removes underscores that sit between two digits; false if one does not.
bool strip_number_underscores(std::string_view s, std::string* out);
// float(str) on an ASCII string: whitespace, underscores, inf/nan. false: invalid.
bool parse_float_literal(std::string_view s, double* out);
// complex(str) on an ASCII string. false: malformed (*bad_underscore tells which
// message CPython uses: "could not convert string to complex" for underscores).
bool parse_complex_literal(std::string_view s, double* re, double* im, bool* bad_underscore);

// round(x, ndigits) with round-half-even on the exact binary value. Sets
// *overflow if the rounded value is too large for a double.
double round_double(double x, int64_t ndigits, bool* overflow);

}  // namespace weft

// The format-spec mini-language shared by str/int/float/complex __format__:
// parsing "[[fill]align][sign][z][#][0][width][grouping][.precision][type]",
// padding, and the number layout (sign, prefix, grouped digits, remainder).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/types/types.h"

namespace weft {

struct FormatSpec {
  uint32_t fill = ' ';
  char align = 0;        // '<', '>', '^', '=' or 0 (type's default)
  char sign = 0;         // '+', '-', ' ' or 0
  bool alternate = false;  // '#'
  bool zero = false;       // the '0' before the width was given
  int64_t width = -1;
  char grouping = 0;     // ',', '_' or 0
  int64_t precision = -1;
  char type = 0;         // presentation type (the default when none was given)
  bool no_neg_zero = false;  // 'z' (3.11): -0.0 formats as 0.0
  bool fill_given = false;   // an explicit fill character preceded the align
  uint32_t raw_type = 0;     // the type code point as written (for error texts)
};

// Parses `spec` (may be null: empty spec). `default_type` ('s' for str, 'd' for
// int, 0 for float/complex) becomes out->type when no type is given (as in
// CPython) and selects the default alignment ('<' for 's', '>' otherwise).
// A non-ASCII type code point is kept in raw_type and out->type is '\x7f'.
// Raises ValueError with CPython's texts ("Invalid format specifier '...' for
// object of type 'int'", "Format specifier missing precision", "Cannot specify
// ',' with 's'.", "Cannot specify both ',' and '_'.", "Too many decimal digits
// in format string") and returns false on failure. Type-specific checks
// ("Unknown format code", "Sign not allowed in string format specifier", ...)
// are done by the formatters below, or by callers through the helpers.
bool parse_format_spec(ThreadState*, Str* spec, FormatSpec* out, char default_type,
                       const char* type_name_for_errors);
bool parse_format_spec(ThreadState*, std::u32string_view spec, FormatSpec* out,
                       char default_type, const char* type_name_for_errors);

// "Unknown format code 'x' for object of type 'str'" (ValueError).
void set_unknown_format_code(ThreadState*, const FormatSpec& spec, const char* type_name);

// Pads `body` to spec.width with spec.fill, aligned by spec.align (or
// `default_align` when none was given; '=' behaves as '>' here). Returns a str.
Ref apply_padding(ThreadState*, std::u32string_view body, const FormatSpec& spec,
                  char default_align);
Ref apply_padding(ThreadState*, std::string_view utf8_body, const FormatSpec& spec,
                  char default_align);

// str.__format__ in full: the string checks ("Sign not allowed in string format
// specifier", "'=' alignment not allowed ...", "Alternate form (#) ...",
// "Negative zero coercion (z) ..."), precision truncation and padding.
Ref format_str_value(ThreadState*, Value str, Str* spec);

// The numeric layout of CPython's calc_number_widths/fill_number:
// sign + prefix + grouped integer digits + remainder (".5e+10", "%", "inf"),
// padded per spec (default align '>'; '=' pads between sign/prefix and the
// digits; fill '0' with '=' pads the digits with zeros, separators included).
struct NumberParts {
  char sign = 0;            // '-', '+', ' ' or 0 (already resolved from spec.sign)
  std::string prefix;       // "0x", "0b", ... or empty
  std::string digits;       // integer-part digits, to be grouped (may be empty)
  std::string remainder;    // decimal point, fraction, exponent, '%', or "inf"/"nan"
  int group_size = 3;       // 4 for '_' with b/o/x/X
};
Ref format_number_parts(ThreadState*, const NumberParts& parts, const FormatSpec& spec);
// The same layout without padding (complex formats each part, then pads once).
std::string layout_number(const NumberParts& parts, const FormatSpec& spec, bool pad);

// __format__ of the numeric types (int.cc / float.cc / complex.cc use these).
// An empty spec returns str(v), as CPython does (so str() overrides apply).
Ref format_int_value(ThreadState*, Value v, Str* spec);
Ref format_float_value(ThreadState*, Value v, Str* spec);    // v: a float (or subclass)
Ref format_complex_value(ThreadState*, Value v, Str* spec);  // v: a complex (or subclass)
// Formats a double per an already parsed spec (int's e/f/g/% types use it).
Ref format_double_spec(ThreadState*, double d, const FormatSpec& spec, const char* type_name);

}  // namespace weft

// The format-spec mini-language (PEP 3101 / 378 / 515 / 682) and the
// __format__ implementations of str, int, float and complex, following
// CPython's parse_internal_render_format_spec, calc_number_widths and
// format_*_internal, including their error messages.
#include "core/types/format_spec.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <new>

#include "core/runtime/abstract.h"
#include "core/types/float_text.h"
#include "core/types/num_internal.h"
#include "core/types/unicode.h"

namespace weft {
namespace {

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

std::u32string str_to_u32(Str* s) {
  std::u32string out;
  if (!s) return out;
  out.reserve(size_t(s->length));
  for (int64_t i = 0; i < s->length; ++i) out.push_back(char32_t(s->at(i)));
  return out;
}

std::string u32_to_utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) utf8_append(out, uint32_t(c));
  return out;
}

// Reads decimal digits at *pos. Returns the count consumed, -1 on overflow.
int read_number(std::u32string_view s, size_t* pos, int64_t* out) {
  int64_t v = 0;
  int count = 0;
  while (*pos < s.size() && s[*pos] >= '0' && s[*pos] <= '9') {
    int d = int(s[*pos] - '0');
    if (v > (INT64_MAX - d) / 10) return -1;
    v = v * 10 + d;
    ++*pos;
    ++count;
  }
  *out = v;
  return count;
}

bool value_error(ThreadState* ts, const char* msg) {
  set_error(ts, &ValueError_type, msg);
  return false;
}

void set_bad_grouping(ThreadState* ts, char sep, uint32_t type) {
  if (type > 32 && type < 128)
    set_errorf(ts, &ValueError_type, "Cannot specify '%c' with '%c'.", sep, char(type));
  else
    set_errorf(ts, &ValueError_type, "Cannot specify '%c' with '\\x%x'.", sep, type);
}

// Digits grouped from the right with `sep` every `group` digits, zero-padded
// (separators included) up to min_width characters, as CPython's
// _PyUnicode_InsertThousandsGrouping. sep == 0 means no grouping.
std::string group_digits(const std::string& digits, int64_t min_width, char sep, int group) {
  std::string out;  // built right to left
  int64_t remaining = int64_t(digits.size());
  bool use_sep = false;
  for (;;) {
    int64_t len = std::max({remaining, min_width, int64_t(1)});
    if (sep) len = std::min<int64_t>(group, len);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
    int64_t n_zeros = std::max<int64_t>(0, len - remaining);
    if (use_sep) out.push_back(sep);
    for (int64_t k = 0; k < n_chars; ++k) out.push_back(digits[size_t(remaining - 1 - k)]);
    out.append(size_t(n_zeros), '0');
    use_sep = true;
    remaining -= n_chars;
    min_width -= len;
    if (remaining <= 0 && min_width <= 0) break;  // always true without grouping
    min_width -= 1;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

struct Layout {
  std::string left, right;  // sign+prefix | digits+remainder
  int64_t lpad = 0, mpad = 0, rpad = 0;
};

Layout lay_out(const NumberParts& p, const FormatSpec& spec, bool pad) {
  Layout l;
  char align = spec.align ? spec.align : '>';
  if (p.sign) l.left.push_back(p.sign);
  l.left += p.prefix;
  int64_t min_width = 0;
  if (pad && spec.fill == '0' && align == '=')
    min_width = spec.width - int64_t(l.left.size() + p.remainder.size());
  if (!p.digits.empty()) l.right = group_digits(p.digits, min_width, spec.grouping, p.group_size);
  l.right += p.remainder;
  int64_t total = int64_t(l.left.size() + l.right.size());
  int64_t padding = pad ? spec.width - total : 0;
  if (padding > 0) {
    switch (align) {
      case '<': l.rpad = padding; break;
      case '^':
        l.lpad = padding / 2;
        l.rpad = padding - l.lpad;
        break;
      case '=': l.mpad = padding; break;
      default: l.lpad = padding; break;
    }
  }
  return l;
}

Ref build_padded(const Layout& l, uint32_t fill) {
  StrBuilder b(int64_t(l.left.size() + l.right.size()) + l.lpad + l.mpad + l.rpad);
  b.put_repeat(fill, l.lpad);
  b.put_ascii(l.left);
  b.put_repeat(fill, l.mpad);
  b.put_ascii(l.right);
  b.put_repeat(fill, l.rpad);
  return b.finish();
}

char sign_char(bool negative, const FormatSpec& spec) {
  if (negative) return '-';
  if (spec.sign == '+') return '+';
  if (spec.sign == ' ') return ' ';
  return 0;
}

// Splits a formatted double ("-12.5e+03", "inf%") into layout parts.
NumberParts split_number(const std::string& s, const FormatSpec& spec, char forced_sign) {
  NumberParts p;
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  size_t start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  p.digits = s.substr(start, i - start);
  p.remainder = s.substr(i);
  FormatSpec signs = spec;
  if (forced_sign) signs.sign = forced_sign;
  p.sign = sign_char(neg, signs);
  return p;
}

Ref format_string_body(ThreadState* ts, Str* s, const FormatSpec& f, Value v) {
  int64_t len = s->length;
  if (f.precision >= 0 && f.precision < len) len = f.precision;
  int64_t padding = f.width > len ? f.width - len : 0;
  if (padding == 0 && len == s->length) return str_exact(v);
  char align = f.align ? f.align : '<';
  int64_t lpad = align == '>' ? padding : align == '^' ? padding / 2 : 0;
  int64_t rpad = padding - lpad;
  StrBuilder b(len + padding);
  b.put_repeat(f.fill, lpad);
  b.put_str(s, 0, len);
  b.put_repeat(f.fill, rpad);
  return b.finish();
}

}  // namespace

// ---- parsing ----------------------------------------------------------------------

bool parse_format_spec(ThreadState* ts, std::u32string_view s, FormatSpec* out, char default_type,
                       const char* type_name_for_errors) {
  FormatSpec f;
  const char default_align = default_type == 's' ? '<' : '>';
  size_t pos = 0, end = s.size();
  bool align_given = false;
  if (end >= 2 && is_align(s[1])) {
    f.fill = uint32_t(s[0]);
    f.fill_given = true;
    f.align = char(s[1]);
    align_given = true;
    pos = 2;
  } else if (end >= 1 && is_align(s[0])) {
    f.align = char(s[0]);
    align_given = true;
    pos = 1;
  }
  if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = char(s[pos++]);
  if (pos < end && s[pos] == 'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!f.fill_given && pos < end && s[pos] == '0') {
    f.fill = '0';
    f.zero = true;
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  int64_t num;
  int consumed = read_number(s, &pos, &num);
  if (consumed < 0) return value_error(ts, "Too many decimal digits in format string");
  f.width = consumed ? num : -1;
  if (pos < end && s[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < end && s[pos] == '_') {
    if (f.grouping) return value_error(ts, "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (pos < end && s[pos] == ',' && f.grouping == '_')
    return value_error(ts, "Cannot specify both ',' and '_'.");
  if (pos < end && s[pos] == '.') {
    ++pos;
    consumed = read_number(s, &pos, &num);
    if (consumed < 0) return value_error(ts, "Too many decimal digits in format string");
    if (consumed == 0) return value_error(ts, "Format specifier missing precision");
    f.precision = num;
  }
  if (f.width > (int64_t(1) << 31)) {  // the allocator aborts rather than fail
    set_no_memory(ts);
    return false;
  }
  if (end - pos > 1) {
    std::string text = u32_to_utf8(s);
    set_errorf(ts, &ValueError_type, "Invalid format specifier '%s' for object of type '%s'",
               text.c_str(), type_name_for_errors);
    return false;
  }
  if (end - pos == 1) {
    f.raw_type = uint32_t(s[pos]);
    f.type = f.raw_type > 0 && f.raw_type < 128 ? char(f.raw_type) : '\x7f';
  } else {
    f.type = default_type;
    f.raw_type = uint8_t(default_type);
  }
  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        set_bad_grouping(ts, f.grouping, f.raw_type);
        return false;
    }
  }
  *out = f;
  return true;
}

bool parse_format_spec(ThreadState* ts, Str* spec, FormatSpec* out, char default_type,
                       const char* type_name_for_errors) {
  std::u32string s = str_to_u32(spec);
  return parse_format_spec(ts, s, out, default_type, type_name_for_errors);
}

void set_unknown_format_code(ThreadState* ts, const FormatSpec& spec, const char* type_name) {
  uint32_t c = spec.raw_type;
  if (c > 32 && c < 128)
    set_errorf(ts, &ValueError_type, "Unknown format code '%c' for object of type '%s'", char(c),
               type_name);
  else
    set_errorf(ts, &ValueError_type, "Unknown format code '\\x%x' for object of type '%s'", c,
               type_name);
}

// ---- padding and layout --------------------------------------------------------------

Ref apply_padding(ThreadState*, std::u32string_view body, const FormatSpec& spec,
                  char default_align) {
  int64_t len = int64_t(body.size());
  int64_t padding = spec.width > len ? spec.width - len : 0;
  char align = spec.align ? spec.align : default_align;
  int64_t lpad = (align == '>' || align == '=') ? padding : align == '^' ? padding / 2 : 0;
  StrBuilder b(len + padding);
  b.put_repeat(spec.fill, lpad);
  for (char32_t c : body) b.put(uint32_t(c));
  b.put_repeat(spec.fill, padding - lpad);
  return b.finish();
}

Ref apply_padding(ThreadState* ts, std::string_view utf8_body, const FormatSpec& spec,
                  char default_align) {
  std::u32string body;
  const auto* p = reinterpret_cast<const unsigned char*>(utf8_body.data());
  size_t pos = 0;
  while (pos < utf8_body.size()) {
    int64_t cp = utf8_decode_one(p, utf8_body.size(), &pos, true);
    if (cp < 0) {
      cp = 0xFFFD;
      ++pos;
    }
    body.push_back(char32_t(cp));
  }
  return apply_padding(ts, body, spec, default_align);
}

std::string layout_number(const NumberParts& parts, const FormatSpec& spec, bool pad) {
  Layout l = lay_out(parts, spec, pad);
  std::string fill;
  utf8_append(fill, spec.fill);
  std::string out;
  for (int64_t i = 0; i < l.lpad; ++i) out += fill;
  out += l.left;
  for (int64_t i = 0; i < l.mpad; ++i) out += fill;
  out += l.right;
  for (int64_t i = 0; i < l.rpad; ++i) out += fill;
  return out;
}

Ref format_number_parts(ThreadState*, const NumberParts& parts, const FormatSpec& spec) {
  return build_padded(lay_out(parts, spec, true), spec.fill);
}

// ---- str -------------------------------------------------------------------------------

Ref format_str_value_impl(ThreadState* ts, Value v, Str* spec) {
  if (!spec || spec->length == 0) return str_exact(v);
  const char* tname = type_name(v);
  FormatSpec f;
  if (!parse_format_spec(ts, spec, &f, 's', tname)) return nullptr;
  if (f.type != 's') {
    set_unknown_format_code(ts, f, tname);
    return nullptr;
  }
  if (f.sign == ' ') {
    set_error(ts, &ValueError_type, "Space not allowed in string format specifier");
    return nullptr;
  }
  if (f.sign) {
    set_error(ts, &ValueError_type, "Sign not allowed in string format specifier");
    return nullptr;
  }
  if (f.no_neg_zero) {
    set_error(ts, &ValueError_type,
              "Negative zero coercion (z) not allowed in string format specifier");
    return nullptr;
  }
  if (f.alternate) {
    set_error(ts, &ValueError_type, "Alternate form (#) not allowed in string format specifier");
    return nullptr;
  }
  if (f.align == '=') {
    set_error(ts, &ValueError_type, "'=' alignment not allowed in string format specifier");
    return nullptr;
  }
  return format_string_body(ts, static_cast<Str*>(v.as_object()), f, v);
}

// ---- int -------------------------------------------------------------------------------

namespace {

Ref format_int_char(ThreadState* ts, Value v, const FormatSpec& f) {
  if (f.sign) {
    set_error(ts, &ValueError_type, "Sign not allowed with integer format specifier 'c'");
    return nullptr;
  }
  if (f.alternate) {
    set_error(ts, &ValueError_type,
              "Alternate form (#) not allowed with integer format specifier 'c'");
    return nullptr;
  }
  int64_t x;
  if (!int_to_i64(ts, v, &x)) return nullptr;
  if (x < 0 || x > 0x10FFFF) {
    set_error(ts, &OverflowError_type, "%c arg not in range(0x110000)");
    return nullptr;
  }
  char32_t body[1] = {char32_t(x)};
  return apply_padding(ts, std::u32string_view(body, 1), f, '>');
}

Ref format_int_spec(ThreadState* ts, Value v, const FormatSpec& f) {
  if (f.precision != -1) {
    set_error(ts, &ValueError_type, "Precision not allowed in integer format specifier");
    return nullptr;
  }
  if (f.no_neg_zero) {
    set_error(ts, &ValueError_type,
              "Negative zero coercion (z) not allowed in integer format specifier");
    return nullptr;
  }
  if (f.type == 'c') return format_int_char(ts, v, f);
  int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
  NumberParts p;
  bool neg;
  if (!int_abs_digits(ts, v, base, &p.digits, &neg)) return nullptr;
  if (f.type == 'X')
    for (char& c : p.digits) c = char(std::toupper(uint8_t(c)));
  if (f.alternate && base != 10) {
    p.prefix = f.type == 'b' ? "0b" : f.type == 'o' ? "0o" : f.type == 'x' ? "0x" : "0X";
  }
  p.sign = sign_char(neg, f);
  p.group_size = (base != 10 && f.grouping == '_') ? 4 : 3;
  return format_number_parts(ts, p, f);
}

}  // namespace

Ref format_int_value_impl(ThreadState* ts, Value v, Str* spec) {
  if (!spec || spec->length == 0) return str_of(ts, v);
  const char* tname = type_name(v);
  FormatSpec f;
  if (!parse_format_spec(ts, spec, &f, 'd', tname)) return nullptr;
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_int_spec(ts, v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      bool ok;
      double d = int_to_double(ts, v, &ok);
      if (!ok) return nullptr;
      return format_double_spec(ts, d, f, tname);
    }
    default:
      set_unknown_format_code(ts, f, tname);
      return nullptr;
  }
}

// ---- float -----------------------------------------------------------------------------

Ref format_double_spec(ThreadState* ts, double d, const FormatSpec& f, const char* type_name) {
  char type = f.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      set_unknown_format_code(ts, f, type_name);
      return nullptr;
  }
  if (f.precision > INT_MAX) {
    set_error(ts, &ValueError_type, "precision too big");
    return nullptr;
  }
  unsigned flags = 0;
  int64_t precision = f.precision, default_precision = 6;
  if (f.alternate) flags |= kDtsAlt;
  if (f.no_neg_zero) flags |= kDtsNoNegZero;
  if (type == 0) {
    flags |= kDtsAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = false;
  if (type == '%') {
    type = 'f';
    d *= 100;
    percent = true;
  }
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string s = double_to_string(d, type, precision, flags);
  if (percent) s.push_back('%');
  NumberParts p = split_number(s, f, 0);
  return format_number_parts(ts, p, f);
}

Ref format_float_value_impl(ThreadState* ts, Value v, Str* spec) {
  if (!spec || spec->length == 0) return str_of(ts, v);
  const char* tname = type_name(v);
  FormatSpec f;
  if (!parse_format_spec(ts, spec, &f, 0, tname)) return nullptr;
  return format_double_spec(ts, float_value(v), f, tname);
}

// ---- complex ---------------------------------------------------------------------------

Ref format_complex_value_impl(ThreadState* ts, Value v, Str* spec) {
  if (!spec || spec->length == 0) return str_of(ts, v);
  const char* tname = type_name(v);
  FormatSpec f;
  if (!parse_format_spec(ts, spec, &f, 0, tname)) return nullptr;
  char type = f.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default:
      set_unknown_format_code(ts, f, tname);
      return nullptr;
  }
  if (f.fill == '0') {
    set_error(ts, &ValueError_type, "Zero padding is not allowed in complex format specifier");
    return nullptr;
  }
  if (f.align == '=') {
    set_error(ts, &ValueError_type,
              "'=' alignment flag is not allowed in complex format specifier");
    return nullptr;
  }
  if (f.precision > INT_MAX) {
    set_error(ts, &ValueError_type, "precision too big");
    return nullptr;
  }
  Complex* c = static_cast<Complex*>(v.as_object());
  double re = c->real, im = c->imag;
  bool skip_re = false, parens = false;
  int64_t precision = f.precision, default_precision = 6;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && !std::signbit(re)) skip_re = true;
    else parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  unsigned flags = 0;
  if (f.alternate) flags |= kDtsAlt;
  if (f.no_neg_zero) flags |= kDtsNoNegZero;
  std::string body;
  if (parens) body.push_back('(');
  if (!skip_re)
    body += layout_number(split_number(double_to_string(re, type, precision, flags), f, 0), f, false);
  NumberParts ip =
      split_number(double_to_string(im, type, precision, flags), f, skip_re ? 0 : '+');
  body += layout_number(ip, f, false);
  body.push_back('j');
  if (parens) body.push_back(')');
  return apply_padding(ts, std::string_view(body), f, '>');
}

// Huge widths or precisions may exhaust memory: MemoryError, not a crash.
template <Ref (*F)(ThreadState*, Value, Str*)>
Ref guarded_format(ThreadState* ts, Value v, Str* spec) {
  try {
    return F(ts, v, spec);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
}

Ref format_str_value(ThreadState* ts, Value v, Str* spec) {
  return guarded_format<format_str_value_impl>(ts, v, spec);
}
Ref format_int_value(ThreadState* ts, Value v, Str* spec) {
  return guarded_format<format_int_value_impl>(ts, v, spec);
}
Ref format_float_value(ThreadState* ts, Value v, Str* spec) {
  return guarded_format<format_float_value_impl>(ts, v, spec);
}
Ref format_complex_value(ThreadState* ts, Value v, Str* spec) {
  return guarded_format<format_complex_value_impl>(ts, v, spec);
}

}  // namespace weft

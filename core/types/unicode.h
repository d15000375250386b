// Unicode support shared by str, bytes, codecs and the library: the character
// database (core/types/unicode_db.cc, generated), UTF-8 helpers, and
// StrBuilder, which accumulates code points into the narrowest compact Str.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/types/types.h"

namespace weft {

struct Interpreter;

// ---- character database ------------------------------------------------------
enum UnicodeFlags : uint16_t {
  kUniAlpha = 1 << 0,
  kUniDecimal = 1 << 1,
  kUniDigit = 1 << 2,
  kUniNumeric = 1 << 3,
  kUniSpace = 1 << 4,
  kUniPrintable = 1 << 5,
  kUniLower = 1 << 6,
  kUniUpper = 1 << 7,
  kUniTitle = 1 << 8,
  kUniCased = 1 << 9,
  kUniCaseIgnorable = 1 << 10,
  kUniXidStart = 1 << 11,
  kUniXidContinue = 1 << 12,
  kUniExtendedCase = 1 << 13,  // case mappings are in the special table
};

struct UnicodeRecord {
  uint16_t flags;
  int32_t lower_delta, upper_delta, title_delta;  // simple mappings (cp + delta)
  int8_t decimal, digit;                            // -1 if none
};
struct SpecialCasing {
  uint32_t cp;
  uint32_t lower[3], upper[3], title[3], fold[3];  // zero-terminated unless full
};
const UnicodeRecord& unicode_record(uint32_t cp);
const SpecialCasing* unicode_special_casing(uint32_t cp);  // null unless kUniExtendedCase

inline bool uni_has(uint32_t cp, uint16_t flag) { return unicode_record(cp).flags & flag; }
inline bool uni_isspace(uint32_t cp) {
  if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
  return unicode_record(cp).flags & kUniSpace;
}
inline bool uni_isalpha(uint32_t cp) { return uni_has(cp, kUniAlpha); }
inline bool uni_isdecimal(uint32_t cp) { return uni_has(cp, kUniDecimal); }
inline bool uni_isdigit(uint32_t cp) { return uni_has(cp, kUniDigit); }
inline bool uni_isnumeric(uint32_t cp) { return uni_has(cp, kUniNumeric); }
inline bool uni_isalnum(uint32_t cp) {
  return uni_has(cp, kUniAlpha | kUniDecimal | kUniDigit | kUniNumeric);
}
inline bool uni_isprintable(uint32_t cp) { return uni_has(cp, kUniPrintable); }
inline bool uni_islower(uint32_t cp) { return uni_has(cp, kUniLower); }
inline bool uni_isupper(uint32_t cp) { return uni_has(cp, kUniUpper); }
inline bool uni_istitle(uint32_t cp) { return uni_has(cp, kUniTitle); }
inline bool uni_iscased(uint32_t cp) { return uni_has(cp, kUniCased); }
inline bool uni_is_case_ignorable(uint32_t cp) { return uni_has(cp, kUniCaseIgnorable); }
inline bool uni_is_xid_start(uint32_t cp) { return uni_has(cp, kUniXidStart); }
inline bool uni_is_xid_continue(uint32_t cp) { return uni_has(cp, kUniXidContinue); }
inline int uni_decimal_value(uint32_t cp) { return unicode_record(cp).decimal; }
inline int uni_digit_value(uint32_t cp) { return unicode_record(cp).digit; }
// str.splitlines() boundaries.
inline bool uni_is_linebreak(uint32_t cp) {
  return cp == '\n' || cp == '\r' || (cp >= 0x0b && cp <= 0x0c) || (cp >= 0x1c && cp <= 0x1e) ||
         cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

// Full case mappings: write 1..3 code points to out, return the count.
enum class CaseMap { Lower, Upper, Title, Fold };
int uni_case_map(uint32_t cp, CaseMap which, uint32_t out[3]);
// Simple (single code point) mappings.
uint32_t uni_simple_lower(uint32_t cp);
uint32_t uni_simple_upper(uint32_t cp);

// ---- UTF-8 -----------------------------------------------------------------
// Appends the UTF-8 form of cp (surrogates are encoded as 3 bytes, as weft's
// internal UTF-8 does so that every str round-trips through str_utf8/new_str).
inline void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}
// Decodes one code point at s[*pos] (len bytes in all); advances *pos. Invalid
// input yields U+FFFD and consumes one byte when allow_invalid, else returns
// -1 without advancing. Encoded surrogates are accepted when allow_surrogates.
int64_t utf8_decode_one(const unsigned char* s, size_t len, size_t* pos, bool allow_surrogates);

// ---- building strings --------------------------------------------------------
// Accumulates code points in the narrowest kind seen so far and produces a
// compact Str. Use put() for single code points, put_str() for ranges.
class StrBuilder {
 public:
  StrBuilder() = default;
  explicit StrBuilder(int64_t reserve_hint) { reserve(reserve_hint); }
  void reserve(int64_t n);
  void put(uint32_t cp) {
    if (cp < 256 && kind_ == 1) {
      if (cp >= 128) max_ = max_ < cp ? cp : max_;
      buf_.push_back(char(cp));
      ++len_;
      return;
    }
    put_slow(cp);
  }
  void put_ascii(std::string_view s);
  void put_utf8(std::string_view s);
  void put_str(const Str* s, int64_t start = 0, int64_t end = -1);
  void put_repeat(uint32_t cp, int64_t n);
  int64_t length() const { return len_; }
  uint32_t max_char() const { return max_; }
  uint32_t at(int64_t i) const;
  void truncate(int64_t n);
  // Returns the finished str (an exact str); the builder is left empty.
  Ref finish();

 private:
  void put_slow(uint32_t cp);
  void widen(uint8_t kind);
  std::string buf_;
  int64_t len_ = 0;
  uint32_t max_ = 0;
  uint8_t kind_ = 1;
  bool truncated_ = false;  // max_ may overstate the maximum
};

// ---- helpers over Str ----------------------------------------------------------
inline Str* as_str(Value v) { return static_cast<Str*>(v.as_object()); }
inline const uint8_t* str_data1(const Str* s) { return static_cast<const uint8_t*>(s->data); }
// Calls f(p) with p typed for s's kind (const uint8_t*, const uint16_t* or const uint32_t*).
template <class F>
decltype(auto) with_kind(const Str* s, F&& f) {
  switch (s->kind) {
    case 1: return f(static_cast<const uint8_t*>(s->data));
    case 2: return f(static_cast<const uint16_t*>(s->data));
    default: return f(static_cast<const uint32_t*>(s->data));
  }
}
// Largest code point in s[start:end].
uint32_t str_max_char(const Str* s, int64_t start, int64_t end);
// A new str holding s[start:end] (step 1); returns s itself when it is the
// whole of an exact str.
Ref str_substr(const Str* s, int64_t start, int64_t end);
Ref str_from_char(uint32_t cp);  // one code point (cached for Latin-1)
Ref str_empty();
// Finds needle in hay[start:end]; -1 if absent. direction > 0 searches forward.
int64_t str_find(const Str* hay, const Str* needle, int64_t start, int64_t end, int direction);
int64_t str_count(const Str* hay, const Str* needle, int64_t start, int64_t end, int64_t maxcount);
// Normalizes Python-style start/end arguments (None allowed) into [0, len].
bool parse_slice_bounds(ThreadState*, Value start, Value end, int64_t len, int64_t* s, int64_t* e);
// Exact-str copy of any str (subclass instances are converted; exact ones returned).
Ref str_exact(Value s);
// UTF-8 as a std::string (copy).
inline std::string str_to_std(Value v) { return std::string(str_utf8(v)); }
// repr of a code point sequence using CPython's quotes and escapes.
void str_repr_into(const Str* s, std::string& out, bool ascii_only);
// ascii(): repr with every non-ASCII character escaped.
Ref str_ascii_repr(ThreadState*, Str* s);
// printf-style formatting: format % args (core/types/str_mod.cc).
Ref str_percent_format(ThreadState*, Str* format, Value args);
// str.format(*args, **kwargs) and str.__format__ (core/types/str_format.cc).
Ref str_format_impl(ThreadState*, Str* format, const Value* args, size_t nargs, Value kwargs);
Ref str_format_map_impl(ThreadState*, Str* format, Value mapping);
Ref str_format_spec(ThreadState*, Str* s, Str* spec);
// Frees Interpreter::intern_table at interpreter teardown (core/types/intern.cc);
// the interned strings themselves stay immortal.
void intern_table_free(Interpreter* interp);
// Method tables defined in str_methods.cc, used by str.cc's setup.
extern const MethodDef str_methods[];

}  // namespace weft

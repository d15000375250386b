// Unicode helpers for the front end (see unicode.h). The property tables are
// sorted code point ranges searched with binary search.
#include "core/parse/unicode.h"

#include <algorithm>
#include <cctype>

namespace weft::syntax {
namespace {

struct CodeRange {
  uint32_t first, last;
};
struct NfkcEntry {
  uint32_t cp;
  const char* nfkc;  // UTF-8
};
struct NameRun {
  uint32_t first;
  uint32_t count;
};

#include "core/parse/unicode_tables.inc"

template <size_t N>
bool in_ranges(const CodeRange (&table)[N], uint32_t cp) {
  auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                             [](uint32_t c, const CodeRange& r) { return c < r.first; });
  return it != std::begin(table) && cp <= std::prev(it)->last;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// "CJK UNIFIED IDEOGRAPH-4E00" style names: the suffix is the code point in hex.
bool lookup_cjk(std::string_view name, uint32_t* cp) {
  constexpr std::string_view kPrefix = "CJK UNIFIED IDEOGRAPH-";
  if (name.size() <= kPrefix.size() || !iequals(name.substr(0, kPrefix.size()), kPrefix)) return false;
  std::string_view hex = name.substr(kPrefix.size());
  if (hex.size() != 4 && hex.size() != 5) return false;
  uint32_t value = 0;
  for (char c : hex) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    value = value * 16 + (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (std::toupper(c) - 'A' + 10));
  }
  bool ok = (value >= 0x3400 && value <= 0x4DBF) || (value >= 0x4E00 && value <= 0x9FFF) ||
            (value >= 0x20000 && value <= 0x323AF);
  if (ok) *cp = value;
  return ok;
}

// "HANGUL SYLLABLE GAG" style names are composed from jamo short names.
bool lookup_hangul(std::string_view name, uint32_t* cp) {
  constexpr std::string_view kPrefix = "HANGUL SYLLABLE ";
  if (name.size() <= kPrefix.size() || !iequals(name.substr(0, kPrefix.size()), kPrefix)) return false;
  static constexpr const char* kLead[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                          "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
  static constexpr const char* kVowel[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                           "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
  static constexpr const char* kTail[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
                                          "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
  std::string_view rest = name.substr(kPrefix.size());
  for (int l = 0; l < 19; ++l) {
    std::string_view lead = kLead[l];
    if (rest.size() < lead.size() || !iequals(rest.substr(0, lead.size()), lead)) continue;
    for (int v = 0; v < 21; ++v) {
      std::string_view after_lead = rest.substr(lead.size());
      std::string_view vowel = kVowel[v];
      if (after_lead.size() < vowel.size() || !iequals(after_lead.substr(0, vowel.size()), vowel)) continue;
      std::string_view tail = after_lead.substr(vowel.size());
      for (int t = 0; t < 28; ++t) {
        if (iequals(tail, kTail[t])) {
          *cp = 0xAC00 + (l * 21 + v) * 28 + t;
          return true;
        }
      }
    }
  }
  return false;
}

}  // namespace

int32_t decode_utf8(std::string_view s, size_t pos, int* len) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = byte(pos);
  *len = 1;
  if (b0 < 0x80) return b0;
  int need;
  uint32_t cp;
  uint32_t min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3, cp = b0 & 0x07, min = 0x10000;
  } else {
    return -1;
  }
  for (int i = 1; i <= need; ++i) {
    if (pos + i >= s.size()) return -1;
    unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates (strict UTF-8) and values past U+10FFFF are invalid.
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  *len = need + 1;
  return static_cast<int32_t>(cp);
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t find_invalid_utf8(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    int len;
    if (decode_utf8(s, pos, &len) < 0) return pos;
    pos += len;
  }
  return std::string_view::npos;
}

size_t count_code_points(std::string_view s) {
  size_t count = 0;
  for (size_t pos = 0; pos < s.size();) {
    int len = 1;
    if (static_cast<unsigned char>(s[pos]) >= 0x80) decode_utf8(s, pos, &len);
    pos += len;
    ++count;
  }
  return count;
}

bool is_xid_start(uint32_t cp) {
  if (cp < 0x80) return std::isalpha(static_cast<int>(cp)) || cp == '_';
  return in_ranges(kXidStart, cp);
}

bool is_xid_continue(uint32_t cp) {
  if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) || cp == '_';
  return in_ranges(kXidContinue, cp);
}

bool is_printable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return in_ranges(kPrintable, cp);
}

void normalize_identifier(std::string& name) {
  // Only compatibility characters change; compositions that NFKC would perform
  // across characters (e.g. base letter + combining mark) are left alone.
  std::string out;
  bool changed = false;
  for (size_t pos = 0; pos < name.size();) {
    int len = 1;
    int32_t cp = decode_utf8(name, pos, &len);
    auto it = std::lower_bound(std::begin(kNfkc), std::end(kNfkc), static_cast<uint32_t>(cp),
                               [](const NfkcEntry& e, uint32_t c) { return e.cp < c; });
    if (cp >= 0x80 && it != std::end(kNfkc) && it->cp == static_cast<uint32_t>(cp)) {
      out += it->nfkc;
      changed = true;
    } else {
      out.append(name, pos, len);
    }
    pos += len;
  }
  if (changed) name = std::move(out);
}

bool lookup_char_name(std::string_view name, uint32_t* cp) {
  // Decode the front-coded table (see gen_unicode_tables.py) sequentially.
  std::string current;
  const char* p = kNamePacked;
  for (const NameRun& run : kNameRuns) {
    for (uint32_t i = 0; i < run.count; ++i) {
      size_t shared = static_cast<size_t>(p[0] - 'a') * 26 + static_cast<size_t>(p[1] - 'a');
      p += 2;
      current.resize(shared);
      while (*p != '\0' && !(*p >= 'a' && *p <= 'z')) current += *p++;
      if (iequals(name, current)) {
        *cp = run.first + i;
        return true;
      }
    }
  }
  // Formal aliases of unnamed control characters that code commonly uses.
  static constexpr struct {
    const char* alias;
    uint32_t cp;
  } kAliases[] = {{"NULL", 0x00},           {"BELL", 0x07},          {"ALERT", 0x07},
                  {"BACKSPACE", 0x08},      {"CHARACTER TABULATION", 0x09}, {"HORIZONTAL TABULATION", 0x09},
                  {"TAB", 0x09},            {"LINE FEED", 0x0A},     {"NEW LINE", 0x0A},
                  {"END OF LINE", 0x0A},    {"LF", 0x0A},            {"NL", 0x0A},
                  {"LINE TABULATION", 0x0B}, {"VERTICAL TABULATION", 0x0B}, {"FORM FEED", 0x0C},
                  {"FF", 0x0C},             {"CARRIAGE RETURN", 0x0D}, {"CR", 0x0D},
                  {"ESCAPE", 0x1B},         {"ESC", 0x1B},           {"DELETE", 0x7F},
                  {"DEL", 0x7F},            {"NEXT LINE", 0x85},     {"NBSP", 0xA0},
                  {"SHY", 0xAD},            {"ZWSP", 0x200B},        {"ZWNJ", 0x200C},
                  {"ZWJ", 0x200D},          {"BYTE ORDER MARK", 0xFEFF}, {"BOM", 0xFEFF}};
  for (const auto& alias : kAliases) {
    if (iequals(name, alias.alias)) {
      *cp = alias.cp;
      return true;
    }
  }
  return lookup_cjk(name, cp) || lookup_hangul(name, cp);
}

}  // namespace weft::syntax

// Built-in text codecs: UTF-8 (+ utf-8-sig), ASCII, Latin-1, UTF-16 and UTF-32
// with the standard error handlers. Error positions, ranges and reasons follow
// CPython exactly, since they surface in UnicodeError messages. Error handlers
// are only looked up when an error occurs, as in CPython.
#include "core/types/codecs.h"

#include <cstring>
#include <string>

#include "core/types/str_internal.h"

namespace weft {

namespace {

enum class Codec {
  Unknown, Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE,
  UnicodeEscape, RawUnicodeEscape
};

// encodings.normalize_encoding: lower case, runs of punctuation/space -> '_'.
std::string normalize(std::string_view name) {
  std::string out;
  bool pending = false;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '.') {
      if (pending && !out.empty()) out.push_back('_');
      pending = false;
      out.push_back(char(std::tolower(u)));
    } else {
      pending = true;
    }
  }
  return out;
}

Codec lookup_codec(std::string_view name) {
  if (name == "utf-8" || name == "utf8" || name == "UTF-8") return Codec::Utf8;
  if (name == "ascii") return Codec::Ascii;
  if (name == "latin-1" || name == "latin1") return Codec::Latin1;
  std::string n = normalize(name);
  static const struct {
    const char* alias;
    Codec codec;
  } kAliases[] = {
      {"utf_8", Codec::Utf8},       {"utf8", Codec::Utf8},         {"u8", Codec::Utf8},
      {"utf", Codec::Utf8},         {"cp65001", Codec::Utf8},      {"utf8_ucs2", Codec::Utf8},
      {"utf8_ucs4", Codec::Utf8},   {"utf_8_sig", Codec::Utf8Sig}, {"utf8_sig", Codec::Utf8Sig},
      {"ascii", Codec::Ascii},      {"us_ascii", Codec::Ascii},    {"646", Codec::Ascii},
      {"us", Codec::Ascii},         {"ansi_x3.4_1968", Codec::Ascii}, {"cp367", Codec::Ascii},
      {"iso646_us", Codec::Ascii},  {"latin_1", Codec::Latin1},    {"latin1", Codec::Latin1},
      {"latin", Codec::Latin1},     {"l1", Codec::Latin1},         {"iso_8859_1", Codec::Latin1},
      {"iso8859_1", Codec::Latin1}, {"8859", Codec::Latin1},       {"cp819", Codec::Latin1},
      {"iso_ir_100", Codec::Latin1}, {"csisolatin1", Codec::Latin1}, {"iso_8859_1_1987", Codec::Latin1},
      {"utf_16", Codec::Utf16},     {"utf16", Codec::Utf16},       {"u16", Codec::Utf16},
      {"utf_16_le", Codec::Utf16LE}, {"utf_16le", Codec::Utf16LE}, {"utf_16_be", Codec::Utf16BE},
      {"utf_16be", Codec::Utf16BE}, {"utf_32", Codec::Utf32},      {"utf32", Codec::Utf32},
      {"u32", Codec::Utf32},        {"utf_32_le", Codec::Utf32LE}, {"utf_32le", Codec::Utf32LE},
      {"utf_32_be", Codec::Utf32BE}, {"utf_32be", Codec::Utf32BE},
      {"unicode_escape", Codec::UnicodeEscape}, {"raw_unicode_escape", Codec::RawUnicodeEscape},
  };
  for (const auto& a : kAliases)
    if (n == a.alias) return a.codec;
  return Codec::Unknown;
}

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8: case Codec::Utf8Sig: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    case Codec::Utf16: return "utf-16";
    case Codec::Utf16LE: return "utf-16-le";
    case Codec::Utf16BE: return "utf-16-be";
    case Codec::Utf32: return "utf-32";
    case Codec::Utf32LE: return "utf-32-le";
    case Codec::Utf32BE: return "utf-32-be";
    case Codec::UnicodeEscape: return "unicodeescape";
    case Codec::RawUnicodeEscape: return "rawunicodeescape";
    default: return "";
  }
}

bool set_unknown_encoding(ThreadState* ts, std::string_view enc) {
  set_errorf(ts, &LookupError_type, "unknown encoding: %.*s", int(enc.size()), enc.data());
  return false;
}

enum class Handler { Strict, Ignore, Replace, SurrogateEscape, SurrogatePass, BackslashReplace, XmlCharRef, NameReplace, Unknown };

Handler lookup_handler(std::string_view e) {
  if (e == "strict") return Handler::Strict;
  if (e == "ignore") return Handler::Ignore;
  if (e == "replace") return Handler::Replace;
  if (e == "surrogateescape") return Handler::SurrogateEscape;
  if (e == "surrogatepass") return Handler::SurrogatePass;
  if (e == "backslashreplace") return Handler::BackslashReplace;
  if (e == "xmlcharrefreplace") return Handler::XmlCharRef;
  if (e == "namereplace") return Handler::NameReplace;
  return Handler::Unknown;
}

bool set_unknown_handler(ThreadState* ts, std::string_view e) {
  set_errorf(ts, &LookupError_type, "unknown error handler name '%.*s'", int(e.size()), e.data());
  return false;
}

// Raises UnicodeDecodeError(encoding, object, start, end, reason).
bool raise_decode(ThreadState* ts, const char* enc, const char* data, size_t len, int64_t start,
                  int64_t end, const char* reason) {
  Ref e = new_str_ascii(enc);
  Ref obj = new_bytes(std::string_view(data, len));
  Ref s = new_int(start), en = new_int(end);
  Ref r = new_str_ascii(reason);
  if (!e || !obj || !s || !en || !r) return false;
  Value args[5] = {e.get(), obj.get(), s.get(), en.get(), r.get()};
  Ref exc = call(ts, Value(&UnicodeDecodeError_type), args, 5);
  if (exc) set_error_value(ts, exc.get());
  return false;
}

bool raise_encode(ThreadState* ts, const char* enc, Str* s, int64_t start, int64_t end, const char* reason) {
  Ref e = new_str_ascii(enc);
  Ref st = new_int(start), en = new_int(end);
  Ref r = new_str_ascii(reason);
  if (!e || !st || !en || !r) return false;
  Value args[5] = {e.get(), Value(s), st.get(), en.get(), r.get()};
  Ref exc = call(ts, Value(&UnicodeEncodeError_type), args, 5);
  if (exc) set_error_value(ts, exc.get());
  return false;
}

// ---- decoding -------------------------------------------------------------------

struct Decoder {
  ThreadState* ts;
  const char* enc;
  const unsigned char* data;
  size_t len;
  std::string_view errors;
  Handler handler = Handler::Strict;
  bool handler_known = false;
  StrBuilder out;
  size_t resume = 0;  // where decoding continues after a handled error

  bool resolve() {
    if (handler_known) return true;
    handler = lookup_handler(errors);
    if (handler == Handler::Unknown) return set_unknown_handler(ts, errors);
    handler_known = true;
    return true;
  }

  // Handles bytes [start, end) that failed to decode.
  bool error(int64_t start, int64_t end, const char* reason) {
    if (!resolve()) return false;
    resume = size_t(end);
    switch (handler) {
      case Handler::Strict:
      case Handler::SurrogatePass:  // only reached for errors surrogatepass cannot fix
        return raise_decode(ts, enc, reinterpret_cast<const char*>(data), len, start, end, reason);
      case Handler::Ignore: return true;
      case Handler::Replace: out.put(0xFFFD); return true;
      case Handler::SurrogateEscape: {
        // Escapes the leading non-ASCII bytes (at most 4) and resumes after
        // them; an ASCII byte first cannot be escaped.
        int64_t consumed = 0;
        while (consumed < 4 && consumed < end - start && data[start + consumed] >= 128) {
          out.put(0xDC00 + data[start + consumed]);
          ++consumed;
        }
        if (consumed == 0)
          return raise_decode(ts, enc, reinterpret_cast<const char*>(data), len, start, end, reason);
        resume = size_t(start + consumed);
        return true;
      }
      case Handler::BackslashReplace: {
        static const char hex[] = "0123456789abcdef";
        for (int64_t i = start; i < end; ++i) {
          char buf[5] = {'\\', 'x', hex[data[i] >> 4], hex[data[i] & 15], 0};
          out.put_ascii(buf);
        }
        return true;
      }
      default:
        set_error(ts, &TypeError_type, "don't know how to handle UnicodeDecodeError in error callback");
        return false;
    }
  }
};

bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

bool decode_utf8_into(Decoder& d, size_t i) {
  const unsigned char* p = d.data;
  size_t n = d.len;
  bool pass_surrogates = false;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      size_t j = i;
      while (j < n && p[j] < 0x80) ++j;
      d.out.put_ascii(std::string_view(reinterpret_cast<const char*>(p + i), j - i));
      i = j;
      continue;
    }
    int need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) {
        if (!d.handler_known && i + 1 < n && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF) {
          if (!d.resolve()) return false;
        }
        pass_surrogates = d.handler_known && d.handler == Handler::SurrogatePass;
        hi = 0x9F;
        if (pass_surrogates && i + 1 < n && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF) {
          // An encoded surrogate: surrogatepass takes it only when complete;
          // otherwise the strict error for the lead byte stands.
          if (i + 2 < n && is_cont(p[i + 2])) {
            d.out.put(0xD000 | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F));
            i += 3;
            continue;
          }
          if (!d.error(int64_t(i), int64_t(i) + 1, "invalid continuation byte")) return false;
          i = d.resume;
          continue;
        }
      }
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      if (!d.error(int64_t(i), int64_t(i) + 1, "invalid start byte")) return false;
      i = d.resume;
      continue;
    }
    // Validate continuation bytes one by one, as CPython reports the
    // longest valid prefix.
    size_t k = 1;
    bool bad = false;
    for (; k <= size_t(need); ++k) {
      if (i + k >= n) break;
      unsigned char cc = p[i + k];
      bool ok = k == 1 ? (cc >= lo && cc <= hi) : is_cont(cc);
      if (!ok) {
        bad = true;
        break;
      }
    }
    if (bad) {
      if (!d.error(int64_t(i), int64_t(i + k), "invalid continuation byte")) return false;
      i = d.resume;
      continue;
    }
    if (k <= size_t(need)) {  // ran out of data
      if (!d.error(int64_t(i), int64_t(n), "unexpected end of data")) return false;
      i = d.resume;
      continue;
    }
    uint32_t cp = need == 1 ? (c & 0x1F) : need == 2 ? (c & 0x0F) : (c & 0x07);
    for (int m = 1; m <= need; ++m) cp = (cp << 6) | (p[i + m] & 0x3F);
    d.out.put(cp);
    i += size_t(need) + 1;
  }
  return true;
}

bool decode_utf16(Decoder& d, Codec codec) {
  const unsigned char* p = d.data;
  size_t n = d.len, i = 0;
  bool big = codec == Codec::Utf16BE;
  if (codec == Codec::Utf16 && n >= 2) {
    if (p[0] == 0xFF && p[1] == 0xFE) {
      i = 2;
    } else if (p[0] == 0xFE && p[1] == 0xFF) {
      big = true;
      i = 2;
    }
  }
  d.enc = big ? "utf-16-be" : "utf-16-le";
  auto unit = [&](size_t at) -> uint32_t {
    return big ? (uint32_t(p[at]) << 8) | p[at + 1] : (uint32_t(p[at + 1]) << 8) | p[at];
  };
  while (i < n) {
    if (i + 1 >= n) {
      if (!d.error(int64_t(i), int64_t(n), "truncated data")) return false;
      i = d.resume;
      continue;
    }
    uint32_t u = unit(i);
    if (u < 0xD800 || u > 0xDFFF) {
      d.out.put(u);
      i += 2;
      continue;
    }
    if (u >= 0xDC00) {
      if (!d.error(int64_t(i), int64_t(i) + 2, "illegal encoding")) return false;
      i = d.resume;
      continue;
    }
    if (i + 3 >= n) {
      if (!d.error(int64_t(i), int64_t(n), "unexpected end of data")) return false;
      i = d.resume;
      continue;
    }
    uint32_t u2 = unit(i + 2);
    if (u2 < 0xDC00 || u2 > 0xDFFF) {
      if (!d.error(int64_t(i), int64_t(i) + 2, "illegal UTF-16 surrogate")) return false;
      i = d.resume;
      continue;
    }
    d.out.put(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
    i += 4;
  }
  return true;
}

bool decode_utf32(Decoder& d, Codec codec) {
  const unsigned char* p = d.data;
  size_t n = d.len, i = 0;
  bool big = codec == Codec::Utf32BE;
  if (codec == Codec::Utf32 && n >= 4) {
    if (p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) {
      i = 4;
    } else if (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) {
      big = true;
      i = 4;
    }
  }
  d.enc = big ? "utf-32-be" : "utf-32-le";
  while (i < n) {
    if (i + 3 >= n) {
      if (!d.error(int64_t(i), int64_t(n), "truncated data")) return false;
      i = d.resume;
      continue;
    }
    uint32_t u = big ? (uint32_t(p[i]) << 24) | (uint32_t(p[i + 1]) << 16) | (uint32_t(p[i + 2]) << 8) | p[i + 3]
                     : (uint32_t(p[i + 3]) << 24) | (uint32_t(p[i + 2]) << 16) | (uint32_t(p[i + 1]) << 8) | p[i];
    if (u > 0x10FFFF) {
      if (!d.error(int64_t(i), int64_t(i) + 4, "code point not in range(0x110000)")) return false;
      i = d.resume;
      continue;
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      if (!d.error(int64_t(i), int64_t(i) + 4, "code point in surrogate code point range(0xd800, 0xe000)"))
        return false;
      i = d.resume;
      continue;
    }
    d.out.put(u);
    i += 4;
  }
  return true;
}

int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads `digits` hex digits at p[i+2..]; on failure reports a truncated escape.
bool hex_escape(Decoder& d, size_t start, size_t i, int digits, const char* truncated, size_t* next) {
  const unsigned char* p = d.data;
  uint32_t v = 0;
  size_t k = i;
  for (int n = 0; n < digits; ++n, ++k) {
    int h = k < d.len ? hex_digit(p[k]) : -1;
    if (h < 0) {
      *next = k;
      return d.error(int64_t(start), int64_t(k), truncated);
    }
    v = v * 16 + uint32_t(h);
  }
  *next = k;
  if (v > 0x10FFFF) return d.error(int64_t(start), int64_t(k), "illegal Unicode character");
  d.out.put(v);
  return true;
}

bool decode_unicode_escape(Decoder& d, bool raw) {
  const unsigned char* p = d.data;
  size_t n = d.len, i = 0;
  int first_invalid = -1;  // CPython warns once, about the first unknown escape
  while (i < n) {
    if (p[i] != '\\') {
      d.out.put(p[i++]);
      continue;
    }
    size_t start = i;
    if (raw) {
      size_t end = i;
      while (end < n && p[end] == '\\') ++end;
      if ((end - i) % 2 == 0 || end >= n || (p[end] != 'u' && p[end] != 'U')) {
        for (size_t k = i; k < end; ++k) d.out.put('\\');
        i = end;
        continue;
      }
      for (size_t k = i; k + 1 < end; ++k) d.out.put('\\');
      start = end - 1;
      bool big = p[end] == 'U';
      if (!hex_escape(d, start, end + 1, big ? 8 : 4, big ? "truncated \\UXXXXXXXX escape" : "truncated \\uXXXX escape", &i))
        return false;
      continue;
    }
    if (i + 1 >= n) {
      if (!d.error(int64_t(i), int64_t(n), "\\ at end of string")) return false;
      break;
    }
    unsigned char c = p[i + 1];
    i += 2;
    switch (c) {
      case '\n': break;
      case '\\': d.out.put('\\'); break;
      case '\'': d.out.put('\''); break;
      case '"': d.out.put('"'); break;
      case 'a': d.out.put(7); break;
      case 'b': d.out.put(8); break;
      case 'f': d.out.put(12); break;
      case 'n': d.out.put(10); break;
      case 'r': d.out.put(13); break;
      case 't': d.out.put(9); break;
      case 'v': d.out.put(11); break;
      case 'x':
        if (!hex_escape(d, start, i, 2, "truncated \\xXX escape", &i)) return false;
        break;
      case 'u':
        if (!hex_escape(d, start, i, 4, "truncated \\uXXXX escape", &i)) return false;
        break;
      case 'U':
        if (!hex_escape(d, start, i, 8, "truncated \\UXXXXXXXX escape", &i)) return false;
        break;
      case 'N': {
        // Character names need the Unicode name table, which the runtime does not carry.
        size_t k = i;
        while (k < n && p[k] != '}') ++k;
        if (!d.error(int64_t(start), int64_t(k < n ? k + 1 : n), "unknown Unicode character name")) return false;
        i = k < n ? k + 1 : n;
        break;
      }
      default:
        if (c >= '0' && c <= '7') {
          uint32_t v = c - '0';
          for (int m = 0; m < 2 && i < n && p[i] >= '0' && p[i] <= '7'; ++m) v = v * 8 + (p[i++] - '0');
          d.out.put(v);
        } else {
          if (first_invalid < 0) first_invalid = c;
          d.out.put('\\');
          d.out.put(c);
        }
        break;
    }
  }
  if (first_invalid >= 0) {
    std::string msg = "invalid escape sequence '\\";
    utf8_append(msg, uint32_t(first_invalid));
    msg += "'";
    if (warn(d.ts, &DeprecationWarning_type, msg, 1) < 0) return false;
  }
  return true;
}

// ---- encoding -------------------------------------------------------------------

struct Encoder {
  ThreadState* ts;
  const char* enc;
  Str* s;
  std::string_view errors;
  Handler handler = Handler::Strict;
  bool handler_known = false;
  std::string out;

  bool resolve() {
    if (handler_known) return true;
    handler = lookup_handler(errors);
    if (handler == Handler::Unknown) return set_unknown_handler(ts, errors);
    handler_known = true;
    return true;
  }

  // Characters [start, end) cannot be encoded; `put_char` writes one
  // replacement code point in the target encoding (for ASCII-only output).
  template <class PutAscii, class PutRaw>
  bool error(int64_t start, int64_t end, const char* reason, PutAscii put_ascii, PutRaw put_surrogate_pass) {
    if (!resolve()) return false;
    switch (handler) {
      case Handler::Strict: return raise_encode(ts, enc, s, start, end, reason);
      case Handler::Ignore: return true;
      case Handler::Replace:
        for (int64_t i = start; i < end; ++i) put_ascii("?");
        return true;
      case Handler::SurrogateEscape:
        for (int64_t i = start; i < end; ++i) {
          uint32_t c = s->at(i);
          if (c < 0xDC80 || c > 0xDCFF) return raise_encode(ts, enc, s, start, end, reason);
        }
        for (int64_t i = start; i < end; ++i) out.push_back(char(s->at(i) - 0xDC00));
        return true;
      case Handler::SurrogatePass:
        for (int64_t i = start; i < end; ++i) {
          uint32_t c = s->at(i);
          if (c < 0xD800 || c > 0xDFFF || !put_surrogate_pass(c)) return raise_encode(ts, enc, s, start, end, reason);
        }
        return true;
      case Handler::BackslashReplace:
      case Handler::NameReplace:
        for (int64_t i = start; i < end; ++i) {
          uint32_t c = s->at(i);
          char buf[16];
          if (c <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", c);
          else if (c <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", c);
          else std::snprintf(buf, sizeof buf, "\\U%08x", c);
          put_ascii(buf);
        }
        return true;
      case Handler::XmlCharRef:
        for (int64_t i = start; i < end; ++i) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "&#%u;", s->at(i));
          put_ascii(buf);
        }
        return true;
      default: return set_unknown_handler(ts, errors);
    }
  }
};

bool encode_limited(Encoder& e, uint32_t limit, const char* reason) {
  Str* s = e.s;
  auto put_ascii = [&](const char* t) { e.out += t; };
  auto no_pass = [](uint32_t) { return false; };
  int64_t i = 0, n = s->length;
  while (i < n) {
    uint32_t c = s->at(i);
    if (c < limit) {
      e.out.push_back(char(c));
      ++i;
      continue;
    }
    int64_t j = i + 1;
    while (j < n && s->at(j) >= limit) ++j;
    if (!e.error(i, j, reason, put_ascii, no_pass)) return false;
    i = j;
  }
  return true;
}

bool encode_utf8_into(Encoder& e) {
  Str* s = e.s;
  auto put_ascii = [&](const char* t) { e.out += t; };
  auto pass = [&](uint32_t c) {
    utf8_append(e.out, c);
    return true;
  };
  int64_t i = 0, n = s->length;
  while (i < n) {
    uint32_t c = s->at(i);
    if (c < 0xD800 || c > 0xDFFF) {
      utf8_append(e.out, c);
      ++i;
      continue;
    }
    int64_t j = i + 1;
    while (j < n && s->at(j) >= 0xD800 && s->at(j) <= 0xDFFF) ++j;
    if (!e.error(i, j, "surrogates not allowed", put_ascii, pass)) return false;
    i = j;
  }
  return true;
}

void put_unit(std::string& out, uint32_t u, int width, bool big) {
  for (int k = 0; k < width; ++k) {
    int shift = big ? 8 * (width - 1 - k) : 8 * k;
    out.push_back(char((u >> shift) & 0xFF));
  }
}

bool encode_utf16_32(Encoder& e, int width, bool big, bool bom) {
  Str* s = e.s;
  if (bom) put_unit(e.out, 0xFEFF, width, big);
  auto put_char = [&](uint32_t c) {
    if (width == 4 || c < 0x10000) {
      put_unit(e.out, c, width, big);
    } else {
      put_unit(e.out, 0xD800 + ((c - 0x10000) >> 10), 2, big);
      put_unit(e.out, 0xDC00 + ((c - 0x10000) & 0x3FF), 2, big);
    }
  };
  auto put_ascii = [&](const char* t) {
    for (; *t; ++t) put_char(uint8_t(*t));
  };
  auto pass = [&](uint32_t c) {
    put_unit(e.out, c, width, big);
    return true;
  };
  int64_t i = 0, n = s->length;
  while (i < n) {
    uint32_t c = s->at(i);
    if (c < 0xD800 || c > 0xDFFF) {
      put_char(c);
      ++i;
      continue;
    }
    int64_t j = i + 1;
    while (j < n && s->at(j) >= 0xD800 && s->at(j) <= 0xDFFF) ++j;
    if (!e.error(i, j, "surrogates not allowed", put_ascii, pass)) return false;
    i = j;
  }
  return true;
}

void encode_unicode_escape(Str* s, bool raw, std::string& out) {
  static const char hex[] = "0123456789abcdef";
  auto put_hex = [&](uint32_t c, int digits) {
    for (int sh = (digits - 1) * 4; sh >= 0; sh -= 4) out.push_back(hex[(c >> sh) & 15]);
  };
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (raw) {
      if (c < 0x100) {
        out.push_back(char(c));
      } else if (c < 0x10000) {
        out += "\\u";
        put_hex(c, 4);
      } else {
        out += "\\U";
        put_hex(c, 8);
      }
      continue;
    }
    if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c >= ' ' && c < 0x7F) out.push_back(char(c));
    else if (c < 0x100) { out += "\\x"; put_hex(c, 2); }
    else if (c < 0x10000) { out += "\\u"; put_hex(c, 4); }
    else { out += "\\U"; put_hex(c, 8); }
  }
}

}  // namespace

std::string codec_canonical_name(std::string_view encoding) {
  return codec_name(lookup_codec(encoding));
}

Ref codec_decode(ThreadState* ts, const char* data, size_t len, std::string_view encoding,
                 std::string_view errors) {
  Codec c = lookup_codec(encoding);
  if (c == Codec::Unknown) {
    set_unknown_encoding(ts, encoding);
    return nullptr;
  }
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data);
  Decoder d{ts, codec_name(c), p, len, errors};
  try {
    switch (c) {
      case Codec::Utf8:
      case Codec::Utf8Sig: {
        size_t start = 0;
        if (c == Codec::Utf8Sig && len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) start = 3;
        bool ascii = true;
        for (size_t i = start; i < len && ascii; ++i) ascii = p[i] < 0x80;
        if (ascii) return new_str_ascii(std::string_view(data + start, len - start));
        d.out.reserve(int64_t(len));
        if (!decode_utf8_into(d, start)) return nullptr;
        break;
      }
      case Codec::Ascii:
        for (size_t i = 0; i < len; ++i) {
          if (p[i] < 0x80) {
            d.out.put(p[i]);
          } else if (!d.error(int64_t(i), int64_t(i) + 1, "ordinal not in range(128)")) {
            return nullptr;
          }
        }
        break;
      case Codec::Latin1:
        for (size_t i = 0; i < len; ++i) d.out.put(p[i]);
        break;
      case Codec::Utf16:
      case Codec::Utf16LE:
      case Codec::Utf16BE:
        if (!decode_utf16(d, c)) return nullptr;
        break;
      case Codec::UnicodeEscape:
      case Codec::RawUnicodeEscape:
        if (!decode_unicode_escape(d, c == Codec::RawUnicodeEscape)) return nullptr;
        break;
      default:
        if (!decode_utf32(d, c)) return nullptr;
        break;
    }
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  return d.out.finish();
}

Ref codec_encode(ThreadState* ts, Str* s, std::string_view encoding, std::string_view errors) {
  Codec c = lookup_codec(encoding);
  if (c == Codec::Unknown) {
    set_unknown_encoding(ts, encoding);
    return nullptr;
  }
  Encoder e{ts, codec_name(c), s, errors};
  try {
    bool ok;
    switch (c) {
      case Codec::Utf8:
        if (s->ascii) return new_bytes(std::string_view(static_cast<const char*>(s->data), size_t(s->length)));
        ok = encode_utf8_into(e);
        break;
      case Codec::Utf8Sig:
        e.out = "\xEF\xBB\xBF";
        ok = encode_utf8_into(e);
        break;
      case Codec::Ascii: ok = encode_limited(e, 128, "ordinal not in range(128)"); break;
      case Codec::Latin1: ok = encode_limited(e, 256, "ordinal not in range(256)"); break;
      case Codec::Utf16: ok = encode_utf16_32(e, 2, false, true); break;
      case Codec::Utf16LE: ok = encode_utf16_32(e, 2, false, false); break;
      case Codec::Utf16BE: ok = encode_utf16_32(e, 2, true, false); break;
      case Codec::Utf32: ok = encode_utf16_32(e, 4, false, true); break;
      case Codec::Utf32LE: ok = encode_utf16_32(e, 4, false, false); break;
      case Codec::UnicodeEscape:
      case Codec::RawUnicodeEscape:
        encode_unicode_escape(s, c == Codec::RawUnicodeEscape, e.out);
        ok = true;
        break;
      default: ok = encode_utf16_32(e, 4, true, false); break;
    }
    if (!ok) return nullptr;
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  return new_bytes(e.out);
}

Ref decode_utf8_strict(ThreadState* ts, std::string_view bytes) {
  return codec_decode(ts, bytes.data(), bytes.size(), "utf-8", "strict");
}

bool encode_utf8(ThreadState* ts, Str* s, std::string_view errors, std::string* out) {
  if (s->ascii) {
    out->assign(static_cast<const char*>(s->data), size_t(s->length));
    return true;
  }
  Encoder e{ts, "utf-8", s, errors};
  try {
    if (!encode_utf8_into(e)) return false;
  } catch (const std::bad_alloc&) {
    set_no_memory(ts);
    return false;
  }
  *out = std::move(e.out);
  return true;
}

}  // namespace weft

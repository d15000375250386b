// Unicode helpers shared by str, bytes and codecs: full case mappings from the
// generated database, UTF-8 decoding of single code points, and StrBuilder.
#include "core/types/unicode.h"

#include <algorithm>
#include <cstring>

namespace weft {

int uni_case_map(uint32_t cp, CaseMap which, uint32_t out[3]) {
  const UnicodeRecord& r = unicode_record(cp);
  if (r.flags & kUniExtendedCase) {
    const SpecialCasing* sc = unicode_special_casing(cp);
    if (sc) {
      const uint32_t* m = which == CaseMap::Lower   ? sc->lower
                          : which == CaseMap::Upper ? sc->upper
                          : which == CaseMap::Title ? sc->title
                                                    : sc->fold;
      int n = 0;
      while (n < 3 && m[n]) {
        out[n] = m[n];
        ++n;
      }
      if (n == 0) {  // a mapping to U+0000 (impossible in practice)
        out[0] = 0;
        n = 1;
      }
      return n;
    }
  }
  int32_t delta = which == CaseMap::Upper   ? r.upper_delta
                  : which == CaseMap::Title ? r.title_delta
                                            : r.lower_delta;  // Fold == Lower when simple
  out[0] = uint32_t(int64_t(cp) + delta);
  return 1;
}

uint32_t uni_simple_lower(uint32_t cp) {
  uint32_t out[3];
  return uni_case_map(cp, CaseMap::Lower, out) == 1 ? out[0] : cp;
}

uint32_t uni_simple_upper(uint32_t cp) {
  uint32_t out[3];
  return uni_case_map(cp, CaseMap::Upper, out) == 1 ? out[0] : cp;
}

int64_t utf8_decode_one(const unsigned char* s, size_t len, size_t* pos, bool allow_surrogates) {
  size_t i = *pos;
  unsigned char c = s[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  int need;
  uint32_t cp, min;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1, cp = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2, cp = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3, cp = c & 0x07, min = 0x10000;
  } else {
    return -1;
  }
  for (int k = 1; k <= need; ++k) {
    if (i + k >= len) return -1;
    unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF) return -1;
  if (!allow_surrogates && cp >= 0xD800 && cp <= 0xDFFF) return -1;
  *pos = i + need + 1;
  return cp;
}

// ---- StrBuilder ----------------------------------------------------------------

void StrBuilder::reserve(int64_t n) {
  if (n > 0 && n < (int64_t(1) << 40)) buf_.reserve(size_t(n) * kind_);
}

void StrBuilder::widen(uint8_t kind) {
  std::string wide;
  wide.resize(size_t(len_) * kind);
  for (int64_t i = 0; i < len_; ++i) {
    uint32_t cp = at(i);
    if (kind == 2) {
      uint16_t v = uint16_t(cp);
      std::memcpy(&wide[i * 2], &v, 2);
    } else {
      std::memcpy(&wide[i * 4], &cp, 4);
    }
  }
  buf_.swap(wide);
  kind_ = kind;
}

uint32_t StrBuilder::at(int64_t i) const {
  switch (kind_) {
    case 1: return uint8_t(buf_[i]);
    case 2: {
      uint16_t v;
      std::memcpy(&v, &buf_[i * 2], 2);
      return v;
    }
    default: {
      uint32_t v;
      std::memcpy(&v, &buf_[i * 4], 4);
      return v;
    }
  }
}

void StrBuilder::put_slow(uint32_t cp) {
  if (cp > max_) max_ = cp;
  uint8_t need = cp < 256 ? 1 : cp < 0x10000 ? 2 : 4;
  if (need > kind_) widen(need);
  switch (kind_) {
    case 1: buf_.push_back(char(cp)); break;
    case 2: {
      uint16_t v = uint16_t(cp);
      buf_.append(reinterpret_cast<const char*>(&v), 2);
      break;
    }
    default: buf_.append(reinterpret_cast<const char*>(&cp), 4); break;
  }
  ++len_;
}

void StrBuilder::put_ascii(std::string_view s) {
  if (kind_ == 1) {
    buf_.append(s.data(), s.size());
    len_ += int64_t(s.size());
    return;
  }
  for (char c : s) put_slow(uint8_t(c));
}

void StrBuilder::put_utf8(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t pos = 0;
  while (pos < s.size()) {
    if (p[pos] < 0x80) {
      put(p[pos++]);
      continue;
    }
    int64_t cp = utf8_decode_one(p, s.size(), &pos, true);
    if (cp < 0) {
      ++pos;
      cp = 0xFFFD;
    }
    put(uint32_t(cp));
  }
}

void StrBuilder::put_str(const Str* s, int64_t start, int64_t end) {
  if (end < 0) end = s->length;
  if (start >= end) return;
  if (s->kind == 1 && kind_ == 1) {
    const uint8_t* d = str_data1(s);
    buf_.append(reinterpret_cast<const char*>(d + start), size_t(end - start));
    len_ += end - start;
    if (!s->ascii) {
      uint32_t m = str_max_char(s, start, end);
      if (m > max_) max_ = m;
    }
    return;
  }
  uint32_t m = str_max_char(s, start, end);
  if (m > max_) max_ = m;
  uint8_t need = m < 256 ? 1 : m < 0x10000 ? 2 : 4;
  if (need > kind_) widen(need);
  if (s->kind == kind_) {
    buf_.append(static_cast<const char*>(s->data) + start * kind_, size_t(end - start) * kind_);
    len_ += end - start;
    return;
  }
  for (int64_t i = start; i < end; ++i) put_slow(s->at(i));
}

void StrBuilder::put_repeat(uint32_t cp, int64_t n) {
  if (n <= 0) return;
  if (kind_ == 1 && cp < 256) {
    if (cp > max_) max_ = cp;
    buf_.append(size_t(n), char(cp));
    len_ += n;
    return;
  }
  for (int64_t i = 0; i < n; ++i) put_slow(cp);
}

void StrBuilder::truncate(int64_t n) {
  if (n >= len_) return;
  len_ = n;
  buf_.resize(size_t(n) * kind_);
  truncated_ = true;
}

Ref StrBuilder::finish() {
  // max_ is exact unless truncate() dropped characters; then recompute.
  uint32_t m = max_;
  if (truncated_) {
    m = 0;
    for (int64_t i = 0; i < len_; ++i) m = std::max(m, at(i));
  }
  Str* s = new_str_uninit(len_, m);
  if (!s) return nullptr;
  if (s->kind == kind_) {
    std::memcpy(s->data, buf_.data(), size_t(len_) * kind_);
  } else {
    for (int64_t i = 0; i < len_; ++i) {
      uint32_t cp = at(i);
      switch (s->kind) {
        case 1: static_cast<uint8_t*>(s->data)[i] = uint8_t(cp); break;
        case 2: static_cast<uint16_t*>(s->data)[i] = uint16_t(cp); break;
        default: static_cast<uint32_t*>(s->data)[i] = cp; break;
      }
    }
  }
  buf_.clear();
  len_ = 0;
  max_ = 0;
  kind_ = 1;
  truncated_ = false;
  return Ref::steal(Value(s));
}

}  // namespace weft

// str: compact PEP 393 storage (1/2/4 bytes per code point, always the
// narrowest kind, so equal strings have equal kinds and bytes), construction
// from UTF-8, hashing, comparison, repr, the type's slots and its iterator.
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/runtime/abstract.h"
#include "core/types/buffer.h"
#include "core/types/codecs.h"
#include "core/types/unicode.h"
#include "gc/heap.h"

namespace weft {

Type str_type;
Type str_iter_type;
Type str_ascii_iter_type;  // CPython 3.11 names the iterator of an ASCII str apart

namespace {

uint8_t kind_for(uint32_t max_char) { return max_char < 256 ? 1 : max_char < 0x10000 ? 2 : 4; }

// Allocates an instance of `type` (str or a subclass) with room for `length`
// code points of the kind `max_char` needs; the payload follows basic_size.
Str* alloc_str(Type* type, int64_t length, uint32_t max_char) {
  uint8_t kind = kind_for(max_char);
  if (length < 0 || uint64_t(length) > (uint64_t(1) << 60) / kind) return nullptr;
  size_t size = type->basic_size + size_t(length + 1) * kind;
  Str* s = static_cast<Str*>(alloc_object(type, size));
  if (!s) return nullptr;
  s->length = length;
  s->kind = kind;
  s->ascii = max_char < 128;
  s->interned = false;
  s->hash_cache.store(-1, std::memory_order_relaxed);
  s->data = reinterpret_cast<char*>(s) + type->basic_size;
  s->utf8_cache.store(nullptr, std::memory_order_relaxed);
  return s;
}

// Caches of immutable, immortal strings: the empty string and the 256
// Latin-1 single characters. Created on first use; a racing creator frees
// its copy, so every thread sees one object per value.
std::atomic<Str*> g_empty{nullptr};
std::atomic<Str*> g_latin1[256];

Str* cached_or_publish(std::atomic<Str*>& slot, Str* fresh) {
  fresh->make_immortal();
  Str* expected = nullptr;
  if (slot.compare_exchange_strong(expected, fresh, std::memory_order_acq_rel)) return fresh;
  free_object(fresh);
  return expected;
}

void* set_mem_error() {
  ThreadState* ts = current_thread_state();
  if (ts) set_no_memory(ts);
  return nullptr;
}

bool all_ascii(const unsigned char* p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < n; ++i)
    if (p[i] & 0x80) return false;
  return true;
}

template <class T>
void decode_utf8_into(T* out, const unsigned char* p, size_t n) {
  size_t pos = 0;
  int64_t i = 0;
  while (pos < n) {
    if (p[pos] < 0x80) {
      out[i++] = p[pos++];
      continue;
    }
    int64_t cp = utf8_decode_one(p, n, &pos, true);
    if (cp < 0) {
      ++pos;
      cp = 0xFFFD;
    }
    out[i++] = T(cp);
  }
}

uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return uint64_t(r) ^ uint64_t(r >> 64);
}

}  // namespace

// A fast 64-bit hash (multiply-fold over 16-byte blocks). Fixed, not seeded:
// str/bytes hashes are randomized in CPython, so no program relies on values.
uint64_t weft_hash_bytes(const void* data, size_t n) {
  const unsigned char* p = static_cast<const unsigned char*>(data);
  constexpr uint64_t k0 = 0x9E3779B97F4A7C15ull, k1 = 0xC2B2AE3D27D4EB4Full,
                     k2 = 0x165667B19E3779F9ull, k3 = 0xD6E8FEB86659FD93ull;
  uint64_t h = k0 ^ (n * k3);
  size_t left = n;
  while (left > 16) {
    uint64_t a, b;
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + 8, 8);
    h = mix(a ^ k1, b ^ h);
    p += 16;
    left -= 16;
  }
  uint64_t a = 0, b = 0;
  if (left >= 8) {
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + left - 8, 8);
  } else if (left >= 4) {
    uint32_t x, y;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, p + left - 4, 4);
    a = x, b = y;
  } else if (left > 0) {
    a = (uint64_t(p[0]) << 16) | (uint64_t(p[left >> 1]) << 8) | p[left - 1];
  }
  h = mix(a ^ k2 ^ h, b ^ k1);
  return mix(h ^ k3, k0 ^ n);
}

// ---- construction ------------------------------------------------------------

Str* new_str_uninit(int64_t length, uint32_t max_char) {
  Str* s = alloc_str(&str_type, length, max_char);
  if (!s) return static_cast<Str*>(set_mem_error());
  return s;
}

Ref str_empty() {
  Str* s = g_empty.load(std::memory_order_acquire);
  if (!s) {
    Str* fresh = alloc_str(&str_type, 0, 0);
    if (!fresh) {
        set_mem_error();
        return nullptr;
      }
    s = cached_or_publish(g_empty, fresh);
  }
  return Ref::steal(Value(s));  // immortal: no count to take
}

Ref str_from_char(uint32_t cp) {
  if (cp < 256) {
    Str* s = g_latin1[cp].load(std::memory_order_acquire);
    if (!s) {
      Str* fresh = alloc_str(&str_type, 1, cp);
      if (!fresh) {
        set_mem_error();
        return nullptr;
      }
      static_cast<uint8_t*>(fresh->data)[0] = uint8_t(cp);
      s = cached_or_publish(g_latin1[cp], fresh);
    }
    return Ref::steal(Value(s));
  }
  Str* s = new_str_uninit(1, cp);
  if (!s) return nullptr;
  if (s->kind == 2)
    static_cast<uint16_t*>(s->data)[0] = uint16_t(cp);
  else
    static_cast<uint32_t*>(s->data)[0] = cp;
  return Ref::steal(Value(s));
}

Ref new_str_ascii(std::string_view ascii) {
  if (ascii.size() <= 1) return ascii.empty() ? str_empty() : str_from_char(uint8_t(ascii[0]) & 0x7F);
  Str* s = new_str_uninit(int64_t(ascii.size()), 127);
  if (!s) return nullptr;
  std::memcpy(s->data, ascii.data(), ascii.size());
  return Ref::steal(Value(s));
}

Ref new_str(std::string_view utf8) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(utf8.data());
  size_t n = utf8.size();
  if (all_ascii(p, n)) return new_str_ascii(utf8);
  // First pass: count code points and find the largest.
  int64_t count = 0;
  uint32_t maxc = 0;
  for (size_t pos = 0; pos < n;) {
    uint32_t cp;
    if (p[pos] < 0x80) {
      cp = p[pos++];
    } else {
      int64_t c = utf8_decode_one(p, n, &pos, true);
      if (c < 0) {
        ++pos;
        c = 0xFFFD;
      }
      cp = uint32_t(c);
    }
    if (cp > maxc) maxc = cp;
    ++count;
  }
  if (count == 1 && maxc < 256) return str_from_char(maxc);
  Str* s = new_str_uninit(count, maxc);
  if (!s) return nullptr;
  switch (s->kind) {
    case 1: decode_utf8_into(static_cast<uint8_t*>(s->data), p, n); break;
    case 2: decode_utf8_into(static_cast<uint16_t*>(s->data), p, n); break;
    default: decode_utf8_into(static_cast<uint32_t*>(s->data), p, n); break;
  }
  return Ref::steal(Value(s));
}

Ref new_str_from_codepoints(const uint32_t* cps, int64_t n) {
  uint32_t maxc = 0;
  for (int64_t i = 0; i < n; ++i) maxc = cps[i] > maxc ? cps[i] : maxc;
  if (maxc > 0x10FFFF) maxc = 0x10FFFF;
  if (n == 0) return str_empty();
  if (n == 1 && maxc < 256) return str_from_char(cps[0]);
  Str* s = new_str_uninit(n, maxc);
  if (!s) return nullptr;
  for (int64_t i = 0; i < n; ++i) {
    switch (s->kind) {
      case 1: static_cast<uint8_t*>(s->data)[i] = uint8_t(cps[i]); break;
      case 2: static_cast<uint16_t*>(s->data)[i] = uint16_t(cps[i]); break;
      default: static_cast<uint32_t*>(s->data)[i] = cps[i] > 0x10FFFF ? 0xFFFD : cps[i]; break;
    }
  }
  return Ref::steal(Value(s));
}

Ref str_from_format(const char* fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return new_str_ascii("");
  if (size_t(n) < sizeof small) return new_str(std::string_view(small, size_t(n)));
  std::string big(size_t(n) + 1, '\0');
  va_start(ap, fmt);
  std::vsnprintf(big.data(), big.size(), fmt, ap);
  va_end(ap);
  big.resize(size_t(n));
  return new_str(big);
}

uint32_t str_max_char(const Str* s, int64_t start, int64_t end) {
  if (s->ascii) return start < end ? 127 : 0;
  return with_kind(s, [&](auto* p) -> uint32_t {
    uint32_t m = 0;
    for (int64_t i = start; i < end; ++i) m = p[i] > m ? uint32_t(p[i]) : m;
    return m;
  });
}

Ref str_substr(const Str* s, int64_t start, int64_t end) {
  if (start < 0) start = 0;
  if (end > s->length) end = s->length;
  if (start >= end) return str_empty();
  if (start == 0 && end == s->length && s->type == &str_type)
    return Ref::borrow(Value(const_cast<Str*>(s)));
  if (end - start == 1) return str_from_char(s->at(start));
  uint32_t m = s->kind == 1 ? (s->ascii ? 127 : str_max_char(s, start, end)) : str_max_char(s, start, end);
  Str* r = new_str_uninit(end - start, m);
  if (!r) return nullptr;
  if (r->kind == s->kind) {
    std::memcpy(r->data, static_cast<const char*>(s->data) + start * s->kind, size_t(end - start) * s->kind);
  } else {
    for (int64_t i = start; i < end; ++i) {
      uint32_t c = s->at(i);
      if (r->kind == 1)
        static_cast<uint8_t*>(r->data)[i - start] = uint8_t(c);
      else
        static_cast<uint16_t*>(r->data)[i - start] = uint16_t(c);
    }
  }
  return Ref::steal(Value(r));
}

Ref str_exact(Value v) {
  Str* s = as_str(v);
  if (s->type == &str_type) return Ref::borrow(v);
  Str* r = new_str_uninit(s->length, str_max_char(s, 0, s->length));
  if (!r) return nullptr;
  std::memcpy(r->data, s->data, size_t(s->length) * s->kind);
  return Ref::steal(Value(r));
}

// ---- UTF-8 view ------------------------------------------------------------------

std::string_view str_utf8(Str* s) {
  if (s->ascii) return std::string_view(static_cast<const char*>(s->data), size_t(s->length));
  char* cached = s->utf8_cache.load(std::memory_order_acquire);
  if (!cached) {
    std::string out;
    out.reserve(size_t(s->length) * 2);
    for (int64_t i = 0; i < s->length; ++i) utf8_append(out, s->at(i));
    // Prefix the bytes with their length so later views need no strlen
    // (the string may contain NUL characters).
    char* fresh = static_cast<char*>(std::malloc(sizeof(uint64_t) + out.size() + 1));
    if (!fresh) return std::string_view();
    uint64_t len = out.size();
    std::memcpy(fresh, &len, sizeof len);
    std::memcpy(fresh + sizeof len, out.data(), out.size() + 1);
    char* expected = nullptr;
    if (s->utf8_cache.compare_exchange_strong(expected, fresh, std::memory_order_acq_rel)) {
      cached = fresh;
    } else {
      std::free(fresh);
      cached = expected;
    }
  }
  uint64_t len;
  std::memcpy(&len, cached, sizeof len);
  return std::string_view(cached + sizeof len, size_t(len));
}

// ---- hashing and equality ----------------------------------------------------------

int64_t str_hash(Str* s) {
  int64_t h = s->hash_cache.load(std::memory_order_relaxed);
  if (h != -1) return h;
  // CPython hashes the empty string (and b'') to 0; the rest is randomized there.
  h = s->length == 0 ? 0 : int64_t(weft_hash_bytes(s->data, size_t(s->length) * s->kind));
  if (h == -1) h = -2;
  s->hash_cache.store(h, std::memory_order_relaxed);
  return h;
}

bool str_equal(Str* a, Str* b) {
  if (a == b) return true;
  if (a->length != b->length || a->kind != b->kind) return false;
  int64_t ha = a->hash_cache.load(std::memory_order_relaxed);
  int64_t hb = b->hash_cache.load(std::memory_order_relaxed);
  if (ha != -1 && hb != -1 && ha != hb) return false;
  return std::memcmp(a->data, b->data, size_t(a->length) * a->kind) == 0;
}

bool str_equal_ascii(Str* a, std::string_view ascii) {
  return a->kind == 1 && a->length == int64_t(ascii.size()) &&
         std::memcmp(a->data, ascii.data(), ascii.size()) == 0;
}

// Lexicographic comparison by code point: <0, 0, >0.
int str_compare(const Str* a, const Str* b) {
  int64_t n = a->length < b->length ? a->length : b->length;
  if (a->kind == 1 && b->kind == 1) {
    int c = std::memcmp(a->data, b->data, size_t(n));
    if (c) return c;
  } else {
    for (int64_t i = 0; i < n; ++i) {
      uint32_t x = a->at(i), y = b->at(i);
      if (x != y) return x < y ? -1 : 1;
    }
  }
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

// ---- concatenation and repetition ------------------------------------------------------

Ref str_concat(ThreadState* ts, Str* a, Str* b) {
  if (b->length == 0 && a->type == &str_type) return Ref::borrow(Value(a));
  if (a->length == 0 && b->type == &str_type) return Ref::borrow(Value(b));
  if (a->length > (int64_t(1) << 58) - b->length) {
    set_error(ts, &OverflowError_type, "strings are too large to concat");
    return nullptr;
  }
  uint32_t m = std::max(str_max_char(a, 0, a->length), str_max_char(b, 0, b->length));
  Str* r = new_str_uninit(a->length + b->length, m);
  if (!r) return nullptr;
  auto copy = [&](const Str* src, int64_t at) {
    if (src->kind == r->kind) {
      std::memcpy(static_cast<char*>(r->data) + at * r->kind, src->data, size_t(src->length) * src->kind);
      return;
    }
    for (int64_t i = 0; i < src->length; ++i) {
      uint32_t c = src->at(i);
      if (r->kind == 2)
        static_cast<uint16_t*>(r->data)[at + i] = uint16_t(c);
      else
        static_cast<uint32_t*>(r->data)[at + i] = c;
    }
  };
  copy(a, 0);
  copy(b, a->length);
  return Ref::steal(Value(r));
}

static Ref str_repeat(ThreadState* ts, Str* s, int64_t n) {
  if (n <= 0 || s->length == 0) return str_empty();
  if (n == 1 && s->type == &str_type) return Ref::borrow(Value(s));
  if (s->length > (int64_t(1) << 58) / n) {
    set_error(ts, &OverflowError_type, "repeated string is too long");
    return nullptr;
  }
  int64_t total = s->length * n;
  Str* r = new_str_uninit(total, str_max_char(s, 0, s->length));
  if (!r) return nullptr;
  size_t unit = size_t(s->length) * s->kind, all = size_t(total) * s->kind;
  char* d = static_cast<char*>(r->data);
  if (unit == 1) {
    std::memset(d, *static_cast<const char*>(s->data), all);
  } else {
    std::memcpy(d, s->data, unit);
    size_t done = unit;
    while (done < all) {
      size_t chunk = std::min(done, all - done);
      std::memcpy(d + done, d, chunk);
      done += chunk;
    }
  }
  return Ref::steal(Value(r));
}

// ---- repr -----------------------------------------------------------------------------

static const char kHex[] = "0123456789abcdef";

static void append_escape(std::string& out, uint32_t c) {
  if (c <= 0xFF) {
    out += "\\x";
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  } else if (c <= 0xFFFF) {
    out += "\\u";
    for (int sh = 12; sh >= 0; sh -= 4) out.push_back(kHex[(c >> sh) & 15]);
  } else {
    out += "\\U";
    for (int sh = 28; sh >= 0; sh -= 4) out.push_back(kHex[(c >> sh) & 15]);
  }
}

void str_repr_into(const Str* s, std::string& out, bool ascii_only) {
  bool has_single = false, has_double = false;
  with_kind(s, [&](auto* p) {
    for (int64_t i = 0; i < s->length; ++i) {
      if (p[i] == '\'') has_single = true;
      else if (p[i] == '"') has_double = true;
    }
  });
  char quote = (has_single && !has_double) ? '"' : '\'';
  out.push_back(quote);
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c == uint32_t(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c == 0x7F) {
      append_escape(out, c);
    } else if (c < 0x7F) {
      out.push_back(char(c));
    } else if (!ascii_only && uni_isprintable(c)) {
      utf8_append(out, c);
    } else {
      append_escape(out, c);
    }
  }
  out.push_back(quote);
}

Ref str_repr(ThreadState* ts, Str* s) {
  std::string out;
  try {
    out.reserve(size_t(s->length) + 2);
    str_repr_into(s, out, false);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  return new_str(out);
}

Ref str_ascii_repr(ThreadState* ts, Str* s) {
  std::string out;
  try {
    str_repr_into(s, out, true);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  return new_str_ascii(out);
}

// ---- searching -------------------------------------------------------------------------

namespace {

template <class T>
int64_t find_same_kind(const T* h, int64_t hn, const T* nd, int64_t nn, int direction) {
  if (nn == 0) return direction > 0 ? 0 : hn;
  if (nn > hn) return -1;
  if constexpr (sizeof(T) == 1) {
    if (direction > 0) {
      if (nn == 1) {
        const void* r = std::memchr(h, nd[0], size_t(hn));
        return r ? static_cast<const T*>(r) - h : -1;
      }
      const void* r = memmem(h, size_t(hn), nd, size_t(nn));
      return r ? static_cast<const T*>(r) - h : -1;
    }
    if (nn == 1) {
      const void* r = memrchr(h, nd[0], size_t(hn));
      return r ? static_cast<const T*>(r) - h : -1;
    }
  }
  T first = nd[0];
  if (direction > 0) {
    for (int64_t i = 0; i + nn <= hn; ++i)
      if (h[i] == first && std::memcmp(h + i, nd, size_t(nn) * sizeof(T)) == 0) return i;
  } else {
    for (int64_t i = hn - nn; i >= 0; --i)
      if (h[i] == first && std::memcmp(h + i, nd, size_t(nn) * sizeof(T)) == 0) return i;
  }
  return -1;
}

// The needle converted to the haystack's kind (the needle is never wider,
// or it cannot occur: strings are always stored in their narrowest kind).
template <class T>
std::basic_string<T> widen_to(const Str* s) {
  std::basic_string<T> w(size_t(s->length), T(0));
  for (int64_t i = 0; i < s->length; ++i) w[size_t(i)] = T(s->at(i));
  return w;
}

}  // namespace

int64_t str_find(const Str* hay, const Str* needle, int64_t start, int64_t end, int direction) {
  if (start < 0) start = 0;
  if (end > hay->length) end = hay->length;
  if (end - start < needle->length) return -1;
  if (needle->kind > hay->kind) return -1;
  int64_t r;
  auto run = [&](auto* h) -> int64_t {
    using T = std::remove_const_t<std::remove_pointer_t<decltype(h)>>;
    if (needle->kind == hay->kind)
      return find_same_kind<T>(h + start, end - start, static_cast<const T*>(needle->data),
                               needle->length, direction);
    std::basic_string<T> w = widen_to<T>(needle);
    return find_same_kind<T>(h + start, end - start, w.data(), needle->length, direction);
  };
  r = with_kind(hay, run);
  return r < 0 ? -1 : r + start;
}

int64_t str_count(const Str* hay, const Str* needle, int64_t start, int64_t end, int64_t maxcount) {
  if (start < 0) start = 0;
  if (end > hay->length) end = hay->length;
  if (start > end) return 0;
  if (needle->length == 0) return std::min(end - start + 1, maxcount);
  int64_t count = 0;
  while (count < maxcount) {
    int64_t at = str_find(hay, needle, start, end, 1);
    if (at < 0) break;
    ++count;
    start = at + needle->length;
  }
  return count;
}

bool parse_slice_bounds(ThreadState* ts, Value vstart, Value vend, int64_t len, int64_t* s, int64_t* e) {
  *s = 0;
  *e = len;
  auto one = [&](Value v, int64_t* out) {
    if (v.is_null() || v == None()) return true;
    if (!is_int(v) && !type_of(v)->index) {
      set_error(ts, &TypeError_type, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    int64_t x;
    if (!index_to_i64(ts, v, &x, nullptr)) return false;
    if (x < 0) {
      x += len;
      if (x < 0) x = 0;
    }
    *out = x;
    return true;
  };
  if (!one(vstart, s) || !one(vend, e)) return false;
  if (*e > len) *e = len;
  return true;
}

// ---- slots ---------------------------------------------------------------------------

namespace {

Ref str_repr_slot(ThreadState* ts, Value v) { return str_repr(ts, as_str(v)); }
Ref str_str_slot(ThreadState* ts, Value v) { return str_exact(v); }
int64_t str_hash_slot(ThreadState* ts, Value v) { return str_hash(as_str(v)); }
int64_t str_len_slot(ThreadState* ts, Value v) { return as_str(v)->length; }

Ref str_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_str(a) || !is_str(b)) return new_notimpl();
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (op == CmpOp::Eq || op == CmpOp::Ne) return new_bool(str_equal(x, y) == (op == CmpOp::Eq));
  int c = str_compare(x, y);
  bool r = op == CmpOp::Lt ? c < 0 : op == CmpOp::Le ? c <= 0 : op == CmpOp::Gt ? c > 0 : c >= 0;
  return new_bool(r);
}

// CPython tries the other operand's reflected method (nb_add/nb_multiply)
// before the sequence protocol raises its own error; a user class may
// answer. Returns the result, null on error, or NotImplemented.
Ref try_other(ThreadState* ts, Value a, Value b, Value other, BinOp op) {
  Type* t = type_of(other);
  if (!t->has_flag(kTypeHeap) || t->binary[int(op)] == nullptr) return new_notimpl();
  return t->binary[int(op)](ts, a, b);
}

Ref str_add(ThreadState* ts, Value a, Value b) {
  if (is_str(a) && is_str(b)) return str_concat(ts, as_str(a), as_str(b));
  if (!is_str(a)) return new_notimpl();
  Ref r = try_other(ts, a, b, b, BinOp::Add);
  if (!r || !r.get().is(NotImpl())) return r;
  set_errorf(ts, &TypeError_type, "can only concatenate str (not \"%s\") to str", type_name(b));
  return nullptr;
}

Ref str_mul(ThreadState* ts, Value a, Value b) {
  Value s = is_str(a) ? a : b;
  Value n = is_str(a) ? b : a;
  if (!is_str(s)) return new_notimpl();
  if (!is_int(n) && !type_of(n)->index) {
    if (is_str(n) && s == b) return new_notimpl();  // str * str: let the left side report
    Ref r = try_other(ts, a, b, n, BinOp::Mul);
    if (!r || !r.get().is(NotImpl())) return r;
    set_errorf(ts, &TypeError_type, "can't multiply sequence by non-int of type '%s'", type_name(n));
    return nullptr;
  }
  int64_t count;
  if (!index_to_i64(ts, n, &count, &OverflowError_type)) return nullptr;
  return str_repeat(ts, as_str(s), count);
}

Ref str_mod(ThreadState* ts, Value a, Value b) {
  if (!is_str(a)) return new_notimpl();
  return str_percent_format(ts, as_str(a), b);
}

int str_contains_slot(ThreadState* ts, Value self, Value item) {
  if (!is_str(item)) {
    set_errorf(ts, &TypeError_type, "'in <string>' requires string as left operand, not %s",
               type_name(item));
    return -1;
  }
  Str* s = as_str(self);
  return str_find(s, as_str(item), 0, s->length, 1) >= 0;
}

Ref str_getitem(ThreadState* ts, Value self, Value key) {
  Str* s = as_str(self);
  if (is_int(key) || type_of(key)->index) {
    int64_t i;
    if (!index_to_i64(ts, key, &i, &IndexError_type)) return nullptr;
    if (i < 0) i += s->length;
    if (i < 0 || i >= s->length) {
      set_error(ts, &IndexError_type, "string index out of range");
      return nullptr;
    }
    return str_from_char(s->at(i));
  }
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step, n;
    if (!slice_indices(ts, static_cast<Slice*>(key.as_object()), s->length, &start, &stop, &step, &n))
      return nullptr;
    if (n <= 0) return str_empty();
    if (step == 1) return str_substr(s, start, start + n);
    StrBuilder b(n);
    for (int64_t k = 0, i = start; k < n; ++k, i += step) b.put(s->at(i));
    return b.finish();
  }
  set_errorf(ts, &TypeError_type, "string indices must be integers, not '%s'", type_name(key));
  return nullptr;
}

// ---- iterator ----

struct StrIter : Object {
  Str* str;  // null once exhausted
  std::atomic<int64_t> index;
};

Ref str_iter(ThreadState* ts, Value self) {
  Type* t = as_str(self)->ascii ? &str_ascii_iter_type : &str_iter_type;
  StrIter* it = static_cast<StrIter*>(alloc_object(t, sizeof(StrIter)));
  if (!it) return set_no_memory(ts);
  incref(self);
  it->str = as_str(self);
  it->index.store(0, std::memory_order_relaxed);
  return Ref::steal(Value(it));
}

Ref str_iter_next(ThreadState* ts, Value self) {
  StrIter* it = static_cast<StrIter*>(self.as_object());
  Str* s = it->str;
  if (!s) return nullptr;
  int64_t i = it->index.load(std::memory_order_relaxed);
  do {
    if (i >= s->length) return nullptr;
  } while (!it->index.compare_exchange_weak(i, i + 1, std::memory_order_relaxed));
  return str_from_char(s->at(i));
}

Ref iter_self(ThreadState* ts, Value self) { return Ref::borrow(self); }

Ref str_iter_length_hint(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  StrIter* it = static_cast<StrIter*>(self.as_object());
  int64_t i = it->index.load(std::memory_order_relaxed);
  return new_int(it->str && i < it->str->length ? it->str->length - i : 0);
}

void str_iter_dealloc(Object* o) {
  StrIter* it = static_cast<StrIter*>(o);
  if (it->str) decref(it->str);
  free_object(o);
}

void str_iter_traverse(Object* o, const Visitor& visit) {
  visit(static_cast<StrIter*>(o)->str);
}

const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, kMethInstance, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

void str_dealloc(Object* o) {
  Str* s = static_cast<Str*>(o);
  char* c = s->utf8_cache.load(std::memory_order_relaxed);
  if (c) std::free(c);
  free_object(o);
}

// ---- str() ----

Ref str_new_exact(ThreadState* ts, Value obj, Value encoding, Value errors) {
  if (obj.is_null()) return str_empty();
  if (encoding.is_null() && errors.is_null()) return str_of(ts, obj);
  std::string enc = "utf-8", err = "strict";
  if (!encoding.is_null()) {
    if (!is_str(encoding)) {
      set_errorf(ts, &TypeError_type, "str() argument 'encoding' must be str, not %s", type_name(encoding));
      return nullptr;
    }
    enc = str_to_std(encoding);
  }
  if (!errors.is_null()) {
    if (!is_str(errors)) {
      set_errorf(ts, &TypeError_type, "str() argument 'errors' must be str, not %s", type_name(errors));
      return nullptr;
    }
    err = str_to_std(errors);
  }
  if (is_str(obj)) {
    set_error(ts, &TypeError_type, "decoding str is not supported");
    return nullptr;
  }
  BufferView view;
  if (!get_buffer(ts, obj, &view, true)) {
    if (ts->has_error()) return nullptr;
    set_errorf(ts, &TypeError_type, "decoding to str: need a bytes-like object, %s found", type_name(obj));
    return nullptr;
  }
  return codec_decode(ts, view.data, size_t(view.len), enc, err);
}

Ref str_new_slot(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3] = {};
  if (!parse_args(ts, "str", args, nargs, kwnames, {"object", "encoding", "errors"}, 0, a)) return nullptr;
  Ref exact = str_new_exact(ts, a[0], a[1], a[2]);
  if (!exact || type == &str_type) return exact;
  if (!is_str(exact.get())) {
    set_errorf(ts, &TypeError_type, "__str__ returned non-string (type %s)", type_name(exact.get()));
    return nullptr;
  }
  Str* src = exact.as<Str>();
  Str* r = alloc_str(type, src->length, str_max_char(src, 0, src->length));
  if (!r) return set_no_memory(ts);
  std::memcpy(r->data, src->data, size_t(src->length) * src->kind);
  return Ref::steal(Value(r));
}

}  // namespace

void setup_str_types() {
  Type& t = str_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "str";
  t.basic_size = sizeof(Str);
  t.item_size = 1;
  t.flags = kTypeBaseType | kTypeImmutable | kTypeStrSubclass;
  t.base = &object_type;
  t.dealloc = str_dealloc;
  t.repr = str_repr_slot;
  t.str = str_str_slot;
  t.hash = str_hash_slot;
  t.richcompare = str_richcompare;
  t.iter = str_iter;
  t.new_ = str_new_slot;
  t.binary[int(BinOp::Add)] = str_add;
  t.binary[int(BinOp::Mul)] = str_mul;
  t.binary[int(BinOp::Mod)] = str_mod;
  t.len = str_len_slot;
  t.getitem = str_getitem;
  t.contains = str_contains_slot;
  t.methods = str_methods;
  t.doc =
      "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
      "Create a new string object from the given object.";
  register_static_type(&t);

  for (Type* itp : {&str_iter_type, &str_ascii_iter_type}) {
    Type& it = *itp;
    it.type = &type_type;
    it.make_immortal();
    it.name = itp == &str_iter_type ? "str_iterator" : "str_ascii_iterator";
    it.basic_size = sizeof(StrIter);
    it.flags = kTypeImmutable | kTypeHasGC;
    it.base = &object_type;
    it.dealloc = str_iter_dealloc;
    it.traverse = str_iter_traverse;
    it.iter = iter_self;
    it.next = str_iter_next;
    it.methods = str_iter_methods;
    register_static_type(&it);
  }
}

}  // namespace weft

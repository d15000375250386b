// printf-style formatting: `str % args` and `bytes % args`. One engine parses
// the format (mapping keys, flags, width/precision with '*', length
// modifiers) with CPython's argument-consumption rules and error texts; the
// str and bytes outputs differ only in their conversions.
#include <cmath>
#include <cstdio>
#include <string>

#include "core/types/buffer.h"
#include "core/types/str_internal.h"

namespace weft {

namespace {

struct Spec {
  bool minus = false, plus = false, space = false, alt = false, zero = false;
  int64_t width = -1, prec = -1;
  uint32_t conv = 0;
};

// Pads `body` (ASCII) to the width: left-justified with '-', zero-filled
// after the sign/prefix with '0' for numbers, else right-justified.
std::string pad_number(const std::string& body, const Spec& sp, size_t prefix_len) {
  if (sp.width < 0 || int64_t(body.size()) >= sp.width) return body;
  size_t fill = size_t(sp.width) - body.size();
  if (sp.minus) return body + std::string(fill, ' ');
  if (sp.zero) return body.substr(0, prefix_len) + std::string(fill, '0') + body.substr(prefix_len);
  return std::string(fill, ' ') + body;
}

bool is_number_like(Value v) {
  Type* t = type_of(v);
  return is_int(v) || is_float(v) || t->to_int || t->index || t->to_float;
}

// %d %i %u %x %X %o: the sign, optional prefix, precision digits, width.
bool format_integer(ThreadState* ts, const Spec& sp, Value arg, std::string* out) {
  char c = char(sp.conv);
  Ref num;
  if (c == 'd' || c == 'i' || c == 'u') {
    if (!is_number_like(arg)) {
      set_errorf(ts, &TypeError_type, "%%%c format: a real number is required, not %s", c, type_name(arg));
      return false;
    }
    num = is_int(arg) ? Ref::borrow(arg) : number_to_int(ts, arg);
  } else {
    if (!is_int(arg) && !type_of(arg)->index) {
      set_errorf(ts, &TypeError_type, "%%%c format: an integer is required, not %s", c, type_name(arg));
      return false;
    }
    num = is_int(arg) ? Ref::borrow(arg) : index_of(ts, arg);
  }
  if (!num) return false;
  bool neg = int_sign(num.get()) < 0;
  std::string digits;
  if (c == 'x' || c == 'X' || c == 'o') {
    digits = int_to_string_base(num.get(), c == 'o' ? 8 : 16);
  } else {
    Ref s = int_to_decimal_string(ts, num.get());
    if (!s) return false;
    digits = std::string(str_utf8(s.get()));
  }
  // Keep only the magnitude's digits, whatever sign/prefix the helper added.
  size_t k = 0;
  if (k < digits.size() && (digits[k] == '-' || digits[k] == '+')) ++k;
  if (k + 1 < digits.size() && digits[k] == '0' && (digits[k + 1] == 'x' || digits[k + 1] == 'X' || digits[k + 1] == 'o'))
    k += 2;
  digits.erase(0, k);
  if (c == 'X')
    for (char& ch : digits) ch = char(std::toupper(uint8_t(ch)));
  else if (c == 'x')
    for (char& ch : digits) ch = char(std::tolower(uint8_t(ch)));
  if (sp.prec > int64_t(digits.size())) digits.insert(0, size_t(sp.prec) - digits.size(), '0');
  std::string prefix = neg ? "-" : sp.plus ? "+" : sp.space ? " " : "";
  if (sp.alt && c != 'd' && c != 'i' && c != 'u') prefix += c == 'o' ? "0o" : c == 'x' ? "0x" : "0X";
  *out = pad_number(prefix + digits, sp, prefix.size());
  return true;
}

bool format_floating(ThreadState* ts, const Spec& sp, Value arg, std::string* out) {
  Type* t = type_of(arg);
  if (!is_int(arg) && !is_float(arg) && !t->to_float && !t->index) {
    set_errorf(ts, &TypeError_type, "must be real number, not %s", type_name(arg));
    return false;
  }
  double d;
  if (!to_double(ts, arg, &d)) return false;
  char c = char(sp.conv);
  bool upper = c == 'E' || c == 'F' || c == 'G';
  std::string body;
  if (std::isnan(d) || std::isinf(d)) {
    body = std::isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
  } else {
    int prec = sp.prec < 0 ? 6 : int(std::min<int64_t>(sp.prec, 100000));
    char fmt[8] = "%";
    int n = 1;
    if (sp.alt) fmt[n++] = '#';
    fmt[n++] = '.';
    fmt[n++] = '*';
    fmt[n++] = c;
    fmt[n] = 0;
    int len = std::snprintf(nullptr, 0, fmt, prec, std::fabs(d));
    body.resize(size_t(len) + 1);
    std::snprintf(body.data(), body.size(), fmt, prec, std::fabs(d));
    body.resize(size_t(len));
  }
  bool neg = std::signbit(d) && !std::isnan(d);
  std::string prefix = neg ? "-" : sp.plus ? "+" : sp.space ? " " : "";
  *out = pad_number(prefix + body, sp, prefix.size());
  return true;
}

// ---- the engine ------------------------------------------------------------

struct ArgState {
  Value args;       // the tuple, the single argument, or a mapping value
  int64_t arglen;   // tuple length, or -1 for a single object
  int64_t argidx;
  Value dict;       // the mapping, when args is one
  Ref keyed;        // the value found by the last %(key)
};

Value next_arg(ThreadState* ts, ArgState& st) {
  if (st.argidx < st.arglen) {
    int64_t i = st.argidx++;
    if (st.arglen < 0) return st.keyed ? st.keyed.get() : st.args;
    return static_cast<Tuple*>(st.args.as_object())->items[i];
  }
  set_error(ts, &TypeError_type, "not enough arguments for format string");
  return Value();
}

// Source is a str or a byte string: at(i) gives a code point.
struct Source {
  const Str* s = nullptr;
  const unsigned char* b = nullptr;
  int64_t len = 0;
  uint32_t at(int64_t i) const { return s ? s->at(i) : b[i]; }
};

// Sink: put_literal(start, end) copies format text, put('%'), convert(...).
template <class Sink>
bool run_engine(ThreadState* ts, const Source& src, Value args, Sink& sink, bool bytes_mode) {
  ArgState st;
  Type* at = type_of(args);
  if (is_tuple(args)) {
    st.args = args;
    st.arglen = static_cast<Tuple*>(args.as_object())->length;
    st.argidx = 0;
  } else {
    st.args = args;
    st.arglen = -1;
    st.argidx = -2;
  }
  bool excluded = is_tuple(args) || (bytes_mode ? is_bytes(args) : is_str(args));
  if (at->getitem && !excluded) st.dict = args;
  int64_t i = 0, n = src.len;
  while (i < n) {
    int64_t lit = i;
    while (i < n && src.at(i) != '%') ++i;
    if (i > lit) sink.put_literal(src, lit, i);
    if (i >= n) break;
    ++i;  // past '%'
    if (i >= n) {
      set_error(ts, &ValueError_type, "incomplete format");
      return false;
    }
    if (src.at(i) == '%') {
      sink.put_char('%');
      ++i;
      continue;
    }
    if (src.at(i) == '(') {
      if (st.dict.is_null()) {
        set_error(ts, &TypeError_type, "format requires a mapping");
        return false;
      }
      int depth = 1;
      int64_t kstart = ++i;
      while (i < n && depth > 0) {
        uint32_t c = src.at(i);
        if (c == '(') ++depth;
        else if (c == ')') --depth;
        ++i;
      }
      if (depth > 0) {
        set_error(ts, &ValueError_type, "incomplete format key");
        return false;
      }
      Ref key = sink.make_key(src, kstart, i - 1);
      if (!key) return false;
      Ref v = get_item(ts, st.dict, key.get());
      if (!v) return false;
      st.keyed = std::move(v);
      st.arglen = -1;
      st.argidx = -2;
    }
    Spec sp;
    for (; i < n; ++i) {
      uint32_t c = src.at(i);
      if (c == '-') sp.minus = true;
      else if (c == '+') sp.plus = true;
      else if (c == ' ') sp.space = true;
      else if (c == '#') sp.alt = true;
      else if (c == '0') sp.zero = true;
      else break;
    }
    // Width and precision: digits, or '*' taking the next argument.
    auto read_number = [&](int64_t* out, bool* from_star, const char* too_big) -> bool {
      *from_star = false;
      if (i < n && src.at(i) == '*') {
        Value v = next_arg(ts, st);
        if (v.is_null()) return false;
        if (!is_int(v)) {
          set_error(ts, &TypeError_type, "* wants int");
          return false;
        }
        if (!int_to_i64(ts, v, out)) return false;
        ++i;
        *from_star = true;
        return true;
      }
      int64_t x = -1;
      while (i < n && src.at(i) >= '0' && src.at(i) <= '9') {
        int64_t dgt = src.at(i) - '0';
        if (x < 0) x = 0;
        if (x > (INT64_MAX / 2 - dgt) / 10) {
          set_error(ts, &ValueError_type, too_big);
          return false;
        }
        x = x * 10 + dgt;
        ++i;
      }
      *out = x;
      return true;
    };
    bool star = false;
    if (!read_number(&sp.width, &star, "width too big")) return false;
    if (star && sp.width < 0) {
      sp.minus = true;
      sp.width = -sp.width;
    }
    if (i < n && src.at(i) == '.') {
      ++i;
      if (!read_number(&sp.prec, &star, "precision too big")) return false;
      if (sp.prec < 0) sp.prec = 0;
    }
    while (i < n && (src.at(i) == 'h' || src.at(i) == 'l' || src.at(i) == 'L')) ++i;
    if (i >= n) {
      set_error(ts, &ValueError_type, "incomplete format");
      return false;
    }
    sp.conv = src.at(i);
    int64_t conv_index = i;
    ++i;
    Value arg = next_arg(ts, st);
    if (arg.is_null()) return false;
    if (!sink.convert(ts, sp, arg, conv_index)) return false;
  }
  if (st.argidx < st.arglen && st.dict.is_null()) {
    set_error(ts, &TypeError_type, "not all arguments converted during string formatting");
    return false;
  }
  return true;
}

void set_unsupported(ThreadState* ts, uint32_t c, int64_t index) {
  char shown[8];
  if (c >= 32 && c < 127) {
    shown[0] = char(c);
    shown[1] = 0;
  } else {
    shown[0] = '?';
    shown[1] = 0;
  }
  set_errorf(ts, &ValueError_type, "unsupported format character '%s' (0x%x) at index %lld", shown,
             unsigned(c), (long long)index);
}

struct StrSink {
  StrBuilder b;
  void put_literal(const Source& src, int64_t s, int64_t e) { b.put_str(src.s, s, e); }
  void put_char(char c) { b.put(uint8_t(c)); }
  Ref make_key(const Source& src, int64_t s, int64_t e) { return str_substr(src.s, s, e); }

  void put_padded_text(Str* text, const Spec& sp) {
    int64_t len = text->length;
    if (sp.prec >= 0 && sp.prec < len) len = sp.prec;
    int64_t fill = sp.width > len ? sp.width - len : 0;
    if (!sp.minus) b.put_repeat(' ', fill);
    b.put_str(text, 0, len);
    if (sp.minus) b.put_repeat(' ', fill);
  }

  bool convert(ThreadState* ts, const Spec& sp, Value arg, int64_t index) {
    std::string num;
    switch (sp.conv) {
      case 's':
      case 'r':
      case 'a': {
        Ref text = sp.conv == 's' ? (is_exact_str(arg) ? Ref::borrow(arg) : str_of(ts, arg))
                   : sp.conv == 'r' ? repr_of(ts, arg)
                                    : ascii_of(ts, arg);
        if (!text) return false;
        put_padded_text(text.as<Str>(), sp);
        return true;
      }
      case 'c': {
        uint32_t cp;
        if (is_str(arg)) {
          if (as_str(arg)->length != 1) {
            set_error(ts, &TypeError_type, "%c requires int or char");
            return false;
          }
          cp = as_str(arg)->at(0);
        } else if (is_int(arg) || type_of(arg)->index) {
          int64_t x;
          if (!index_to_i64(ts, arg, &x, &OverflowError_type)) {
            if (!error_matches(ts, &OverflowError_type)) return false;
            x = -1;
            clear_error(ts);
          }
          if (x < 0 || x > 0x10FFFF) {
            set_error(ts, &OverflowError_type, "%c arg not in range(0x110000)");
            return false;
          }
          cp = uint32_t(x);
        } else {
          set_error(ts, &TypeError_type, "%c requires int or char");
          return false;
        }
        int64_t fill = sp.width > 1 ? sp.width - 1 : 0;
        if (!sp.minus) b.put_repeat(' ', fill);
        b.put(cp);
        if (sp.minus) b.put_repeat(' ', fill);
        return true;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        if (!format_integer(ts, sp, arg, &num)) return false;
        b.put_ascii(num);
        return true;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        if (!format_floating(ts, sp, arg, &num)) return false;
        b.put_ascii(num);
        return true;
      default:
        set_unsupported(ts, sp.conv, index);
        return false;
    }
  }
};

struct BytesSink {
  std::string b;
  void put_literal(const Source& src, int64_t s, int64_t e) {
    b.append(reinterpret_cast<const char*>(src.b) + s, size_t(e - s));
  }
  void put_char(char c) { b.push_back(c); }
  Ref make_key(const Source& src, int64_t s, int64_t e) {
    return new_bytes(std::string_view(reinterpret_cast<const char*>(src.b) + s, size_t(e - s)));
  }

  void put_padded(std::string_view text, const Spec& sp) {
    if (sp.prec >= 0 && sp.prec < int64_t(text.size())) text = text.substr(0, size_t(sp.prec));
    size_t fill = sp.width > int64_t(text.size()) ? size_t(sp.width) - text.size() : 0;
    if (!sp.minus) b.append(fill, ' ');
    b.append(text);
    if (sp.minus) b.append(fill, ' ');
  }

  bool convert(ThreadState* ts, const Spec& sp, Value arg, int64_t index) {
    std::string num;
    switch (sp.conv) {
      case 'b':
      case 's': {
        BufferView view;
        if (get_buffer(ts, arg, &view, true)) {
          put_padded(view.view(), sp);
          return true;
        }
        if (ts->has_error()) return false;
        Ref m = lookup_special(ts, arg, ident(ts, "__bytes__"));
        if (!m) {
          if (ts->has_error()) return false;
          set_errorf(ts, &TypeError_type,
                     "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                     type_name(arg));
          return false;
        }
        Ref r = call0(ts, m.get());
        if (!r) return false;
        if (!is_bytes(r.get())) {
          set_errorf(ts, &TypeError_type, "__bytes__ returned non-bytes (type %s)", type_name(r.get()));
          return false;
        }
        Bytes* bb = r.as<Bytes>();
        put_padded(std::string_view(bb->data, size_t(bb->length)), sp);
        return true;
      }
      case 'r':
      case 'a': {
        Ref text = ascii_of(ts, arg);
        if (!text) return false;
        put_padded(str_utf8(text.get()), sp);
        return true;
      }
      case 'c': {
        int64_t x = -1;
        if (is_bytes(arg) || type_of(arg) == &bytearray_type) {
          BufferView view;
          if (!get_buffer(ts, arg, &view)) return false;
          if (view.len != 1) {
            set_error(ts, &TypeError_type, "%c requires an integer in range(256) or a single byte");
            return false;
          }
          x = uint8_t(view.data[0]);
        } else if (is_int(arg) || type_of(arg)->index) {
          if (!index_to_i64(ts, arg, &x, &OverflowError_type)) {
            if (!error_matches(ts, &OverflowError_type)) return false;
            clear_error(ts);
            x = -1;
          }
          if (x < 0 || x > 255) {
            set_error(ts, &OverflowError_type, "%c arg not in range(256)");
            return false;
          }
        } else {
          set_error(ts, &TypeError_type, "%c requires an integer in range(256) or a single byte");
          return false;
        }
        char ch = char(x);
        Spec s2 = sp;
        s2.prec = -1;
        put_padded(std::string_view(&ch, 1), s2);
        return true;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        if (!format_integer(ts, sp, arg, &num)) return false;
        b += num;
        return true;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        if (!format_floating(ts, sp, arg, &num)) return false;
        b += num;
        return true;
      default:
        set_unsupported(ts, sp.conv, index);
        return false;
    }
  }
};

}  // namespace

Ref str_percent_format(ThreadState* ts, Str* format, Value args) {
  Source src;
  src.s = format;
  src.len = format->length;
  StrSink sink;
  try {
    if (!run_engine(ts, src, args, sink, false)) return nullptr;
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  return sink.b.finish();
}

// bytes % args and bytearray % args (the caller wraps the result type).
bool bytes_percent_format(ThreadState* ts, const char* fmt, int64_t len, Value args, std::string* out) {
  Source src;
  src.b = reinterpret_cast<const unsigned char*>(fmt);
  src.len = len;
  BytesSink sink;
  try {
    if (!run_engine(ts, src, args, sink, true)) return false;
  } catch (const std::bad_alloc&) {
    set_no_memory(ts);
    return false;
  }
  *out = std::move(sink.b);
  return true;
}

}  // namespace weft

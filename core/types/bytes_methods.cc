// The methods bytes and bytearray share (find/split/strip/replace/case/...),
// written once over (data, length) views; results take the receiver's type.
#include <algorithm>
#include <cstring>
#include <vector>

#include "core/types/bytes_internal.h"
#include "core/types/codecs.h"

namespace weft {

SelfBytes::SelfBytes(Value self) {
  ba_ = weft::is_bytearray(self);
  if (!ba_) {
    Bytes* b = as_bytes(self);
    data_ = b->data;
    len_ = b->length;
    return;
  }
  ByteArray* a = as_bytearray(self);
  a->mutex.lock();
  copy_.assign(a->data ? a->data : "", size_t(a->length));
  a->mutex.unlock();
  data_ = copy_.data();
  len_ = int64_t(copy_.size());
}

Ref new_bytes_like(bool like_bytearray, std::string_view b) {
  return like_bytearray ? new_bytearray(b) : new_bytes(b);
}

std::string bytes_repr_text(std::string_view b, bool bytearray_style) {
  bool single = b.find('\'') != std::string_view::npos;
  bool dbl = b.find('"') != std::string_view::npos;
  char quote = (single && !dbl) ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(b.size() + 3);
  out.push_back('b');
  out.push_back(quote);
  for (unsigned char c : b) {
    // bytearray's repr escapes a single quote even inside double quotes (as CPython).
    if (c == quote || c == '\\' || (bytearray_style && c == '\'')) {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7F) {
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    } else {
      out.push_back(char(c));
    }
  }
  out.push_back(quote);
  return out;
}

bool byte_from_value(ThreadState* ts, Value v, int* out) {
  if (!is_int(v) && !type_of(v)->index) {
    set_errorf(ts, &TypeError_type, "'%s' object cannot be interpreted as an integer", type_name(v));
    return false;
  }
  int64_t x;
  if (!index_to_i64(ts, v, &x, &OverflowError_type)) {
    if (!error_matches(ts, &OverflowError_type)) return false;
    clear_error(ts);
    x = -1;
  }
  if (x < 0 || x > 255) {
    set_error(ts, &ValueError_type, "byte must be in range(0, 256)");
    return false;
  }
  *out = int(x);
  return true;
}

int64_t bytes_hash_of(std::string_view b) {
  if (b.empty()) return 0;  // as CPython
  int64_t h = int64_t(weft_hash_bytes(b.data(), b.size()));
  return h == -1 ? -2 : h;
}

Ref bytes_compare_op(std::string_view a, std::string_view b, CmpOp op) {
  int c = a.compare(b);
  bool r;
  switch (op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Eq: r = c == 0; break;
    case CmpOp::Ne: r = c != 0; break;
    case CmpOp::Gt: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return new_bool(r);
}

namespace {

// A search argument: an int (one byte) or a bytes-like object.
struct Needle {
  std::string_view view;
  char one;
  BufferView buf;
};

bool get_needle(ThreadState* ts, Value v, Needle* n) {
  if (is_int(v) || (type_of(v)->index && !is_bytes_like(v))) {
    int b;
    if (!byte_from_value(ts, v, &b)) return false;
    n->one = char(b);
    n->view = std::string_view(&n->one, 1);
    return true;
  }
  if (!get_buffer(ts, v, &n->buf, true)) {
    if (!ts->has_error())
      set_errorf(ts, &TypeError_type, "argument should be integer or bytes-like object, not '%s'",
                 type_name(v));
    return false;
  }
  n->view = n->buf.view();
  return true;
}

bool get_bytes_arg(ThreadState* ts, Value v, BufferView* out) { return get_buffer(ts, v, out); }

int64_t find_in(std::string_view hay, std::string_view needle, int64_t start, int64_t end, int dir) {
  int64_t len = int64_t(hay.size());
  if (start < 0) start = 0;
  if (end > len) end = len;
  if (end - start < int64_t(needle.size())) return -1;
  std::string_view window = hay.substr(size_t(start), size_t(end - start));
  size_t at = dir > 0 ? window.find(needle) : window.rfind(needle);
  return at == std::string_view::npos ? -1 : int64_t(at) + start;
}

// The qualified names in CPython's argument errors ("bytes.partition()").
const char* self_type_name(Value self) { return is_bytearray(self) ? "bytearray" : "bytes"; }

bool parse_sub(ThreadState* ts, const char* name, const Value* args, size_t nargs, Tuple* kw,
               int64_t len, Needle* n, int64_t* start, int64_t* end) {
  Value a[3] = {};
  if (!parse_args_tuple_style(ts, name, args, nargs, kw, 1, 3, a)) return false;
  if (!get_needle(ts, a[0], n)) return false;
  return parse_slice_bounds(ts, a[1], a[2], len, start, end);
}

Ref find_common(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                const char* name, int dir, bool raise) {
  SelfBytes sb(self);
  Needle n;
  int64_t start, end;
  if (!parse_sub(ts, name, args, nargs, kw, sb.size(), &n, &start, &end)) return nullptr;
  int64_t r = start > sb.size() ? -1 : find_in(sb.view(), n.view, start, end, dir);
  if (r < 0 && raise) {
    set_error(ts, &ValueError_type, "subsection not found");
    return nullptr;
  }
  return new_int(r);
}

Ref b_find(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return find_common(ts, s, a, n, kw, "find", 1, false); }
Ref b_rfind(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return find_common(ts, s, a, n, kw, "rfind", -1, false); }
Ref b_index(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return find_common(ts, s, a, n, kw, "index", 1, true); }
Ref b_rindex(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return find_common(ts, s, a, n, kw, "rindex", -1, true); }

Ref b_count(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  SelfBytes sb(self);
  Needle n;
  int64_t start, end;
  if (!parse_sub(ts, "count", args, nargs, kw, sb.size(), &n, &start, &end)) return nullptr;
  if (start > sb.size() || start > end) return new_int(0);
  if (n.view.empty()) return new_int(end - start + 1);
  int64_t count = 0;
  while (true) {
    int64_t at = find_in(sb.view(), n.view, start, end, 1);
    if (at < 0) break;
    ++count;
    start = at + int64_t(n.view.size());
  }
  return new_int(count);
}

bool tail_match(std::string_view s, std::string_view sub, int64_t start, int64_t end, bool at_end) {
  if (end - start < int64_t(sub.size()) || start > int64_t(s.size())) return false;
  int64_t at = at_end ? end - int64_t(sub.size()) : start;
  return s.substr(size_t(at), sub.size()) == sub;
}

Ref starts_ends(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                const char* name, bool at_end) {
  Value a[3] = {};
  if (!parse_args_tuple_style(ts, qualified(self_type_name(self), name).c_str(), args, nargs, kw, 1, 3, a))
    return nullptr;
  SelfBytes sb(self);
  int64_t start, end;
  if (!parse_slice_bounds(ts, a[1], a[2], sb.size(), &start, &end)) return nullptr;
  if (is_tuple(a[0])) {
    Tuple* t = static_cast<Tuple*>(a[0].as_object());
    for (int64_t i = 0; i < t->length; ++i) {
      BufferView v;
      if (!get_buffer(ts, t->items[i], &v, true)) {
        if (!ts->has_error())
          set_errorf(ts, &TypeError_type, "a bytes-like object is required, not '%s'", type_name(t->items[i]));
        return nullptr;
      }
      if (tail_match(sb.view(), v.view(), start, end, at_end)) return new_bool(true);
    }
    return new_bool(false);
  }
  BufferView v;
  if (!get_buffer(ts, a[0], &v, true)) {
    if (!ts->has_error())
      set_errorf(ts, &TypeError_type, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                 type_name(a[0]));
    return nullptr;
  }
  return new_bool(tail_match(sb.view(), v.view(), start, end, at_end));
}

Ref b_startswith(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return starts_ends(ts, s, a, n, kw, "startswith", false); }
Ref b_endswith(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return starts_ends(ts, s, a, n, kw, "endswith", true); }

// ---- split family ----

Ref list_of_pieces(bool ba, const std::vector<std::string_view>& parts) {
  std::vector<Ref> items;
  items.reserve(parts.size());
  for (auto p : parts) {
    Ref r = new_bytes_like(ba, p);
    if (!r) return nullptr;
    items.push_back(std::move(r));
  }
  return new_list_of(items);
}

Ref split_common(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                 const char* name, bool reverse) {
  Value a[2] = {};
  if (!parse_args(ts, name, args, nargs, kw, {"sep", "maxsplit"}, 0, a)) return nullptr;
  int64_t maxsplit = -1;
  if (!a[1].is_null() && !str_arg_index(ts, a[1], &maxsplit)) return nullptr;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  SelfBytes sb(self);
  std::string_view s = sb.view();
  std::vector<std::string_view> parts;
  if (a[0].is_null() || a[0] == None()) {
    int64_t n = int64_t(s.size());
    if (!reverse) {
      int64_t i = 0;
      while (true) {
        while (i < n && bytes_isspace(s[i])) ++i;
        if (i == n) break;
        if (maxsplit-- == 0) {
          parts.push_back(s.substr(size_t(i)));
          break;
        }
        int64_t j = i;
        while (j < n && !bytes_isspace(s[j])) ++j;
        parts.push_back(s.substr(size_t(i), size_t(j - i)));
        i = j;
      }
    } else {
      int64_t i = n;
      while (true) {
        while (i > 0 && bytes_isspace(s[i - 1])) --i;
        if (i == 0) break;
        if (maxsplit-- == 0) {
          parts.push_back(s.substr(0, size_t(i)));
          break;
        }
        int64_t j = i;
        while (j > 0 && !bytes_isspace(s[j - 1])) --j;
        parts.push_back(s.substr(size_t(j), size_t(i - j)));
        i = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    BufferView sepbuf;
    if (!get_bytes_arg(ts, a[0], &sepbuf)) return nullptr;
    std::string_view sep = sepbuf.view();
    if (sep.empty()) {
      set_error(ts, &ValueError_type, "empty separator");
      return nullptr;
    }
    if (!reverse) {
      size_t i = 0;
      while (maxsplit-- != 0) {
        size_t at = s.find(sep, i);
        if (at == std::string_view::npos) break;
        parts.push_back(s.substr(i, at - i));
        i = at + sep.size();
      }
      parts.push_back(s.substr(i));
    } else {
      size_t j = s.size();
      while (maxsplit-- != 0 && j >= sep.size()) {
        size_t at = s.substr(0, j).rfind(sep);
        if (at == std::string_view::npos) break;
        parts.push_back(s.substr(at + sep.size(), j - at - sep.size()));
        j = at;
      }
      parts.push_back(s.substr(0, j));
      std::reverse(parts.begin(), parts.end());
    }
  }
  return list_of_pieces(sb.is_bytearray(), parts);
}

Ref b_split(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return split_common(ts, s, a, n, kw, "split", false); }
Ref b_rsplit(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return split_common(ts, s, a, n, kw, "rsplit", true); }

Ref b_splitlines(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "splitlines", args, nargs, kw, {"keepends"}, 0, a)) return nullptr;
  bool keep = false;
  if (!a[0].is_null()) {
    int t = truthy(ts, a[0]);
    if (t < 0) return nullptr;
    keep = t;
  }
  SelfBytes sb(self);
  std::string_view s = sb.view();
  std::vector<std::string_view> parts;
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) {
      j += (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? 2 : 1;
      if (keep) eol = j;
    }
    parts.push_back(s.substr(i, eol - i));
    i = j;
  }
  return list_of_pieces(sb.is_bytearray(), parts);
}

Ref partition_common(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                     const char* name, bool reverse) {
  Value a[1] = {};
  if (!parse_args(ts, qualified(self_type_name(self), name).c_str(), args, nargs, kw, {"sep"}, 1, a, 1))
    return nullptr;
  BufferView sepbuf;
  if (!get_bytes_arg(ts, a[0], &sepbuf)) return nullptr;
  std::string_view sep = sepbuf.view();
  if (sep.empty()) {
    set_error(ts, &ValueError_type, "empty separator");
    return nullptr;
  }
  SelfBytes sb(self);
  std::string_view s = sb.view();
  bool ba = sb.is_bytearray();
  size_t at = reverse ? s.rfind(sep) : s.find(sep);
  if (at == std::string_view::npos) {
    Ref whole = (!ba && is_bytes(self) && type_of(self) == &bytes_type) ? Ref::borrow(self) : new_bytes_like(ba, s);
    return reverse ? new_tuple3(new_bytes_like(ba, ""), new_bytes_like(ba, ""), std::move(whole))
                   : new_tuple3(std::move(whole), new_bytes_like(ba, ""), new_bytes_like(ba, ""));
  }
  return new_tuple3(new_bytes_like(ba, s.substr(0, at)), new_bytes_like(ba, sep),
                    new_bytes_like(ba, s.substr(at + sep.size())));
}

Ref b_partition(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return partition_common(ts, s, a, n, kw, "partition", false); }
Ref b_rpartition(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return partition_common(ts, s, a, n, kw, "rpartition", true); }

Ref b_join(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1 || kw) {
    set_errorf(ts, &TypeError_type, "join() takes exactly one argument (%zu given)", nargs);
    return nullptr;
  }
  Ref seq = sequence_to_tuple(ts, args[0]);
  if (!seq) {
    if (error_matches(ts, &TypeError_type)) {
      clear_error(ts);
      set_error(ts, &TypeError_type, "can only join an iterable");
    }
    return nullptr;
  }
  SelfBytes sb(self);
  Tuple* t = seq.as<Tuple>();
  std::string out;
  for (int64_t i = 0; i < t->length; ++i) {
    BufferView v;
    if (!get_buffer(ts, t->items[i], &v, true)) {
      if (!ts->has_error())
        set_errorf(ts, &TypeError_type, "sequence item %lld: expected a bytes-like object, %s found",
                   (long long)i, type_name(t->items[i]));
      return nullptr;
    }
    if (i) out.append(sb.view());
    out.append(v.view());
  }
  return new_bytes_like(sb.is_bytearray(), out);
}

// ---- strip / affixes / replace ----

Ref strip_common(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                 const char* name, bool left, bool right) {
  Value a[1] = {};
  if (!parse_args(ts, name, args, nargs, kw, {"bytes"}, 0, a, 1)) return nullptr;
  BufferView chars;
  bool have = !a[0].is_null() && a[0] != None();
  if (have && !get_bytes_arg(ts, a[0], &chars)) return nullptr;
  SelfBytes sb(self);
  std::string_view s = sb.view();
  auto strip_me = [&](char c) {
    return have ? chars.view().find(c) != std::string_view::npos : bytes_isspace(uint8_t(c));
  };
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && strip_me(s[b])) ++b;
  if (right)
    while (e > b && strip_me(s[e - 1])) --e;
  if (b == 0 && e == s.size() && type_of(self) == &bytes_type) return Ref::borrow(self);
  return new_bytes_like(sb.is_bytearray(), s.substr(b, e - b));
}

Ref b_strip(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return strip_common(ts, s, a, n, kw, "strip", true, true); }
Ref b_lstrip(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return strip_common(ts, s, a, n, kw, "lstrip", true, false); }
Ref b_rstrip(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return strip_common(ts, s, a, n, kw, "rstrip", false, true); }

Ref affix_common(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                 const char* name, bool suffix) {
  Value a[1] = {};
  if (!parse_args(ts, qualified(self_type_name(self), name).c_str(), args, nargs, kw, {"prefix"}, 1, a, 1))
    return nullptr;
  BufferView affix;
  if (!get_bytes_arg(ts, a[0], &affix)) return nullptr;
  SelfBytes sb(self);
  std::string_view s = sb.view(), x = affix.view();
  if (!x.empty() && tail_match(s, x, 0, int64_t(s.size()), suffix))
    s = suffix ? s.substr(0, s.size() - x.size()) : s.substr(x.size());
  else if (type_of(self) == &bytes_type)
    return Ref::borrow(self);
  return new_bytes_like(sb.is_bytearray(), s);
}

Ref b_removeprefix(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return affix_common(ts, s, a, n, kw, "removeprefix", false); }
Ref b_removesuffix(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return affix_common(ts, s, a, n, kw, "removesuffix", true); }

Ref b_replace(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3] = {};
  if (!parse_args(ts, "replace", args, nargs, kw, {"old", "new", "count"}, 2, a, 3)) return nullptr;
  BufferView oldb, newb;
  if (!get_bytes_arg(ts, a[0], &oldb) || !get_bytes_arg(ts, a[1], &newb)) return nullptr;
  int64_t count = -1;
  if (!a[2].is_null() && !str_arg_index(ts, a[2], &count)) return nullptr;
  if (count < 0) count = INT64_MAX;
  SelfBytes sb(self);
  std::string_view s = sb.view(), o = oldb.view(), r = newb.view();
  std::string out;
  try {
    if (o.empty()) {
      int64_t done = 0;
      for (size_t i = 0; i <= s.size(); ++i) {
        if (done < count) {
          out.append(r);
          ++done;
        }
        if (i < s.size()) out.push_back(s[i]);
      }
    } else {
      size_t i = 0;
      int64_t done = 0;
      while (done < count) {
        size_t at = s.find(o, i);
        if (at == std::string_view::npos) break;
        out.append(s.substr(i, at - i));
        out.append(r);
        i = at + o.size();
        ++done;
      }
      out.append(s.substr(i));
    }
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  return new_bytes_like(sb.is_bytearray(), out);
}

// ---- case and predicates (ASCII only, as CPython's bytes) ----

char lower_c(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }
char upper_c(char c) { return (c >= 'a' && c <= 'z') ? char(c - 32) : c; }
bool is_lower_c(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper_c(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha_c(char c) { return is_lower_c(c) || is_upper_c(c); }
bool is_digit_c(char c) { return c >= '0' && c <= '9'; }

template <class F>
Ref map_bytes(ThreadState* ts, Value self, const char* name, size_t nargs, Tuple* kw, F f) {
  if (nargs || kw) {
    set_errorf(ts, &TypeError_type, "%s() takes no arguments (%zu given)", name, nargs);
    return nullptr;
  }
  SelfBytes sb(self);
  std::string out(sb.view());
  f(out);
  return new_bytes_like(sb.is_bytearray(), out);
}

Ref b_lower(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) {
  return map_bytes(ts, s, "lower", n, kw, [](std::string& o) { for (char& c : o) c = lower_c(c); });
}
Ref b_upper(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) {
  return map_bytes(ts, s, "upper", n, kw, [](std::string& o) { for (char& c : o) c = upper_c(c); });
}
Ref b_swapcase(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) {
  return map_bytes(ts, s, "swapcase", n, kw, [](std::string& o) {
    for (char& c : o) c = is_upper_c(c) ? lower_c(c) : upper_c(c);
  });
}
Ref b_capitalize(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) {
  return map_bytes(ts, s, "capitalize", n, kw, [](std::string& o) {
    for (size_t i = 0; i < o.size(); ++i) o[i] = i == 0 ? upper_c(o[i]) : lower_c(o[i]);
  });
}
Ref b_title(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) {
  return map_bytes(ts, s, "title", n, kw, [](std::string& o) {
    bool prev = false;
    for (char& c : o) {
      c = prev ? lower_c(c) : upper_c(c);
      prev = is_alpha_c(c);
    }
  });
}

template <class P>
Ref all_bytes(ThreadState* ts, Value self, const char* name, size_t nargs, Tuple* kw, P pred) {
  if (nargs || kw) {
    set_errorf(ts, &TypeError_type, "%s() takes no arguments (%zu given)", name, nargs);
    return nullptr;
  }
  SelfBytes sb(self);
  if (sb.size() == 0) return new_bool(false);
  for (char c : sb.view())
    if (!pred(c)) return new_bool(false);
  return new_bool(true);
}

Ref b_isalnum(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) {
  return all_bytes(ts, s, "isalnum", n, kw, [](char c) { return is_alpha_c(c) || is_digit_c(c); });
}
Ref b_isalpha(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return all_bytes(ts, s, "isalpha", n, kw, is_alpha_c); }
Ref b_isdigit(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return all_bytes(ts, s, "isdigit", n, kw, is_digit_c); }
Ref b_isspace(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) {
  return all_bytes(ts, s, "isspace", n, kw, [](char c) { return bytes_isspace(uint8_t(c)); });
}
Ref b_isascii(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  SelfBytes sb(self);
  for (char c : sb.view())
    if (uint8_t(c) >= 128) return new_bool(false);
  return new_bool(true);
}

Ref cased_check(Value self, bool want_lower) {
  SelfBytes sb(self);
  bool cased = false;
  for (char c : sb.view()) {
    if (want_lower ? is_upper_c(c) : is_lower_c(c)) return new_bool(false);
    if (want_lower ? is_lower_c(c) : is_upper_c(c)) cased = true;
  }
  return new_bool(cased);
}
Ref b_islower(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return cased_check(s, true); }
Ref b_isupper(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) { return cased_check(s, false); }
Ref b_istitle(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  SelfBytes sb(self);
  bool cased = false, prev = false;
  for (char c : sb.view()) {
    if (is_upper_c(c)) {
      if (prev) return new_bool(false);
      prev = cased = true;
    } else if (is_lower_c(c)) {
      if (!prev) return new_bool(false);
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return new_bool(cased);
}

// ---- padding ----

bool width_fill(ThreadState* ts, const char* name, const Value* args, size_t nargs, Tuple* kw,
                int64_t* width, char* fill) {
  Value a[2] = {};
  if (!parse_args(ts, name, args, nargs, kw, {"width", "fillchar"}, 1, a, 2)) return false;
  if (!str_arg_index(ts, a[0], width)) return false;
  *fill = ' ';
  if (!a[1].is_null()) {
    bool ok = (is_bytes(a[1]) && as_bytes(a[1])->length == 1) ||
              (is_bytearray(a[1]) && as_bytearray(a[1])->length == 1);
    if (!ok) {
      set_errorf(ts, &TypeError_type, "%s() argument 2 must be a byte string of length 1, not %s", name,
                 type_name(a[1]));
      return false;
    }
    *fill = is_bytes(a[1]) ? as_bytes(a[1])->data[0] : as_bytearray(a[1])->data[0];
  }
  return true;
}

Ref pad_result(Value self, int64_t width, char fill, int which) {
  SelfBytes sb(self);
  int64_t n = sb.size();
  if (width <= n) {
    if (type_of(self) == &bytes_type) return Ref::borrow(self);
    return new_bytes_like(sb.is_bytearray(), sb.view());
  }
  int64_t marg = width - n, left;
  if (which == 0) left = 0;
  else if (which == 1) left = marg;
  else left = marg / 2 + (marg & width & 1);
  std::string out(size_t(left), fill);
  out.append(sb.view());
  out.append(size_t(marg - left), fill);
  return new_bytes_like(sb.is_bytearray(), out);
}

Ref b_ljust(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) {
  int64_t w; char f;
  if (!width_fill(ts, "ljust", a, n, kw, &w, &f)) return nullptr;
  return pad_result(s, w, f, 0);
}
Ref b_rjust(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) {
  int64_t w; char f;
  if (!width_fill(ts, "rjust", a, n, kw, &w, &f)) return nullptr;
  return pad_result(s, w, f, 1);
}
Ref b_center(ThreadState* ts, Value s, const Value* a, size_t n, Tuple* kw) {
  int64_t w; char f;
  if (!width_fill(ts, "center", a, n, kw, &w, &f)) return nullptr;
  return pad_result(s, w, f, 2);
}

Ref b_zfill(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, qualified(self_type_name(self), "zfill").c_str(), args, nargs, kw, {"width"}, 1, a, 1))
    return nullptr;
  int64_t w;
  if (!str_arg_index(ts, a[0], &w)) return nullptr;
  SelfBytes sb(self);
  std::string s(sb.view());
  if (w > int64_t(s.size())) {
    size_t at = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
    s.insert(at, size_t(w) - s.size(), '0');
  }
  return new_bytes_like(sb.is_bytearray(), s);
}

Ref b_expandtabs(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "expandtabs", args, nargs, kw, {"tabsize"}, 0, a)) return nullptr;
  int64_t tab = 8;
  if (!a[0].is_null() && !str_arg_index(ts, a[0], &tab)) return nullptr;
  SelfBytes sb(self);
  std::string out;
  int64_t col = 0;
  for (char c : sb.view()) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t k = tab - col % tab;
        out.append(size_t(k), ' ');
        col += k;
      }
    } else {
      out.push_back(c);
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return new_bytes_like(sb.is_bytearray(), out);
}

// ---- decode, hex, translate ----

Ref b_decode(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2] = {};
  if (!parse_args(ts, "decode", args, nargs, kw, {"encoding", "errors"}, 0, a)) return nullptr;
  const char* names[2] = {"encoding", "errors"};
  for (int i = 0; i < 2; ++i) {
    if (!a[i].is_null() && !is_str(a[i])) {
      set_errorf(ts, &TypeError_type, "decode() argument '%s' must be str, not %s", names[i], type_name(a[i]));
      return nullptr;
    }
  }
  SelfBytes sb(self);
  return codec_decode(ts, sb.data(), size_t(sb.size()), a[0].is_null() ? "utf-8" : str_utf8(a[0]),
                      a[1].is_null() ? "strict" : str_utf8(a[1]));
}

Ref b_hex(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2] = {};
  if (!parse_args(ts, "hex", args, nargs, kw, {"sep", "bytes_per_sep"}, 0, a)) return nullptr;
  std::string sep;
  if (!a[0].is_null()) {
    if (is_str(a[0])) {
      sep = str_to_std(a[0]);
    } else {
      BufferView v;
      if (!get_buffer(ts, a[0], &v)) return nullptr;
      sep = std::string(v.view());
    }
    if (sep.size() != 1) {
      set_error(ts, &ValueError_type, "sep must be length 1.");
      return nullptr;
    }
    if (uint8_t(sep[0]) >= 128) {
      set_error(ts, &ValueError_type, "sep must be ASCII.");
      return nullptr;
    }
  }
  int64_t per = 1;
  if (!a[1].is_null() && !str_arg_index(ts, a[1], &per)) return nullptr;
  SelfBytes sb(self);
  std::string_view s = sb.view();
  static const char hex[] = "0123456789abcdef";
  std::string out;
  int64_t n = int64_t(s.size());
  int64_t group = per < 0 ? -per : per;
  for (int64_t i = 0; i < n; ++i) {
    if (!sep.empty() && group > 0 && i > 0) {
      // Groups count from the right for positive bytes_per_sep, from the left for negative.
      bool boundary = per > 0 ? ((n - i) % group == 0) : (i % group == 0);
      if (boundary) out += sep;
    }
    out.push_back(hex[uint8_t(s[i]) >> 4]);
    out.push_back(hex[uint8_t(s[i]) & 15]);
  }
  return new_str_ascii(out);
}

int hex_val(uint32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
  return -1;
}

Ref b_fromhex(ThreadState* ts, Value cls, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, qualified(is_subtype(static_cast<Type*>(cls.as_object()), &bytearray_type) ? "bytearray" : "bytes", "fromhex").c_str(), args, nargs, kw, {"string"}, 1, a, 1))
    return nullptr;
  if (!is_str(a[0])) {
    set_errorf(ts, &TypeError_type, "fromhex() argument must be str, not %s", type_name(a[0]));
    return nullptr;
  }
  Str* s = as_str(a[0]);
  std::string out;
  int64_t i = 0, n = s->length;
  while (i < n) {
    uint32_t c = s->at(i);
    if (c == ' ' || (c >= 9 && c <= 13)) {
      ++i;
      continue;
    }
    int hi = hex_val(c);
    if (hi < 0) {
      set_errorf(ts, &ValueError_type, "non-hexadecimal number found in fromhex() arg at position %lld", (long long)i);
      return nullptr;
    }
    int lo = i + 1 < n ? hex_val(s->at(i + 1)) : -1;
    if (lo < 0) {
      set_errorf(ts, &ValueError_type, "non-hexadecimal number found in fromhex() arg at position %lld",
                 (long long)(i + 1));
      return nullptr;
    }
    out.push_back(char(hi * 16 + lo));
    i += 2;
  }
  Type* t = static_cast<Type*>(cls.as_object());
  if (t == &bytes_type) return new_bytes(out);
  if (t == &bytearray_type) return new_bytearray(out);
  Ref b = new_bytes(out);
  if (!b) return nullptr;
  return call1(ts, cls, b.get());
}

Ref b_maketrans(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2] = {};
  if (!parse_args(ts, "maketrans", args, nargs, kw, {"frm", "to"}, 2, a, 2)) return nullptr;
  BufferView f, t;
  if (!get_buffer(ts, a[0], &f) || !get_buffer(ts, a[1], &t)) return nullptr;
  if (f.len != t.len) {
    set_error(ts, &ValueError_type, "maketrans arguments must have same length");
    return nullptr;
  }
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[size_t(i)] = char(i);
  for (int64_t i = 0; i < f.len; ++i) table[uint8_t(f.data[i])] = t.data[i];
  return new_bytes(table);
}

Ref b_translate(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2] = {};
  if (!parse_args(ts, "translate", args, nargs, kw, {"table", "delete"}, 1, a, 1)) return nullptr;
  BufferView table, del;
  bool have_table = a[0] != None();
  if (have_table) {
    if (!get_buffer(ts, a[0], &table)) return nullptr;
    if (table.len != 256) {
      set_error(ts, &ValueError_type, "translation table must be 256 characters long");
      return nullptr;
    }
  }
  if (!a[1].is_null() && !get_buffer(ts, a[1], &del)) return nullptr;
  bool drop[256] = {};
  for (int64_t i = 0; i < del.len; ++i) drop[uint8_t(del.data[i])] = true;
  SelfBytes sb(self);
  std::string out;
  out.reserve(size_t(sb.size()));
  for (char c : sb.view()) {
    if (drop[uint8_t(c)]) continue;
    out.push_back(have_table ? table.data[uint8_t(c)] : c);
  }
  return new_bytes_like(sb.is_bytearray(), out);
}

}  // namespace

const MethodDef bytes_common_methods[] = {
    {"capitalize", b_capitalize, kMethInstance, nullptr},
    {"center", b_center, kMethInstance, nullptr},
    {"count", b_count, kMethInstance, nullptr},
    {"decode", b_decode, kMethInstance, "Decode the bytes using the codec registered for encoding."},
    {"endswith", b_endswith, kMethInstance, nullptr},
    {"expandtabs", b_expandtabs, kMethInstance, nullptr},
    {"find", b_find, kMethInstance, nullptr},
    {"fromhex", b_fromhex, kMethClass, "Create a bytes object from a string of hexadecimal numbers."},
    {"hex", b_hex, kMethInstance, nullptr},
    {"index", b_index, kMethInstance, nullptr},
    {"isalnum", b_isalnum, kMethInstance, nullptr},
    {"isalpha", b_isalpha, kMethInstance, nullptr},
    {"isascii", b_isascii, kMethInstance, nullptr},
    {"isdigit", b_isdigit, kMethInstance, nullptr},
    {"islower", b_islower, kMethInstance, nullptr},
    {"isspace", b_isspace, kMethInstance, nullptr},
    {"istitle", b_istitle, kMethInstance, nullptr},
    {"isupper", b_isupper, kMethInstance, nullptr},
    {"join", b_join, kMethInstance, nullptr},
    {"ljust", b_ljust, kMethInstance, nullptr},
    {"lower", b_lower, kMethInstance, nullptr},
    {"lstrip", b_lstrip, kMethInstance, nullptr},
    {"maketrans", b_maketrans, kMethStatic, nullptr},
    {"partition", b_partition, kMethInstance, nullptr},
    {"removeprefix", b_removeprefix, kMethInstance, nullptr},
    {"removesuffix", b_removesuffix, kMethInstance, nullptr},
    {"replace", b_replace, kMethInstance, nullptr},
    {"rfind", b_rfind, kMethInstance, nullptr},
    {"rindex", b_rindex, kMethInstance, nullptr},
    {"rjust", b_rjust, kMethInstance, nullptr},
    {"rpartition", b_rpartition, kMethInstance, nullptr},
    {"rsplit", b_rsplit, kMethInstance, nullptr},
    {"rstrip", b_rstrip, kMethInstance, nullptr},
    {"split", b_split, kMethInstance, nullptr},
    {"splitlines", b_splitlines, kMethInstance, nullptr},
    {"startswith", b_startswith, kMethInstance, nullptr},
    {"strip", b_strip, kMethInstance, nullptr},
    {"swapcase", b_swapcase, kMethInstance, nullptr},
    {"title", b_title, kMethInstance, nullptr},
    {"translate", b_translate, kMethInstance, nullptr},
    {"upper", b_upper, kMethInstance, nullptr},
    {"zfill", b_zfill, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const size_t bytes_common_method_count = sizeof(bytes_common_methods) / sizeof(MethodDef) - 1;

}  // namespace weft

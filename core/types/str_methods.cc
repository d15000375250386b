// str's methods, part 1: searching, splitting, joining, stripping, replacing,
// partitioning, padding and the method table. Case mapping, predicates and
// translate live in str_case.cc. Unicode-aware throughout (unicode.h tables).
#include <algorithm>
#include <cstring>
#include <vector>

#include "core/runtime/abstract.h"
#include "core/types/codecs.h"
#include "core/types/format_spec.h"
#include "core/types/str_internal.h"

namespace weft {

// ---- shared argument helpers (declared in str_internal.h) ---------------------

bool str_no_args(ThreadState* ts, const char* name, size_t nargs, Tuple* kwnames) {
  size_t given = str_total_args(nargs, kwnames);
  if (given == 0) return true;
  set_errorf(ts, &TypeError_type, "str.%s() takes no arguments (%zu given)", name, given);
  return false;
}

bool str_arg_index(ThreadState* ts, Value v, int64_t* out) {
  if (!is_int(v) && !type_of(v)->index) {
    set_errorf(ts, &TypeError_type, "'%s' object cannot be interpreted as an integer", type_name(v));
    return false;
  }
  return index_to_i64(ts, v, out, &OverflowError_type);
}

Ref new_list_of(std::vector<Ref>& items) {
  Ref l = new_list(int64_t(items.size()));
  if (!l) return nullptr;
  Value* slots = l.as<List>()->items.load(std::memory_order_relaxed);
  for (size_t i = 0; i < items.size(); ++i) slots[i] = items[i].release();
  return l;
}

Ref new_tuple3(Ref a, Ref b, Ref c) {
  if (!a || !b || !c) return nullptr;
  return new_tuple({a.get(), b.get(), c.get()});
}

namespace {

Str* self_str(Value v) { return as_str(v); }

bool need_str(ThreadState* ts, Value v) {
  if (is_str(v)) return true;
  set_errorf(ts, &TypeError_type, "must be str, not %s", type_name(v));
  return false;
}

// Arguments of find/count/index...: (sub[, start[, end]]), positional only.
bool parse_sub_start_end(ThreadState* ts, const char* name, const Value* args, size_t nargs,
                         Tuple* kwnames, Str* self, Str** sub, int64_t* start, int64_t* end) {
  Value a[3] = {};
  if (!parse_args_tuple_style(ts, qualified("str", name).c_str(), args, nargs, kwnames, 1, 3, a)) return false;
  if (!need_str(ts, a[0])) return false;
  *sub = as_str(a[0]);
  return parse_slice_bounds(ts, a[1], a[2], self->length, start, end);
}

// ---- find family -------------------------------------------------------------

Ref find_common(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                const char* name, int direction, bool raise) {
  Str* s = self_str(self);
  Str* sub;
  int64_t start, end;
  if (!parse_sub_start_end(ts, name, args, nargs, kw, s, &sub, &start, &end)) return nullptr;
  int64_t r = start > s->length ? -1 : str_find(s, sub, start, end, direction);
  if (r < 0 && raise) {
    set_error(ts, &ValueError_type, "substring not found");
    return nullptr;
  }
  return new_int(r);
}

Ref m_find(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return find_common(ts, self, a, n, kw, "find", 1, false);
}
Ref m_rfind(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return find_common(ts, self, a, n, kw, "rfind", -1, false);
}
Ref m_index(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return find_common(ts, self, a, n, kw, "index", 1, true);
}
Ref m_rindex(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return find_common(ts, self, a, n, kw, "rindex", -1, true);
}

Ref m_count(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Str* s = self_str(self);
  Str* sub;
  int64_t start, end;
  if (!parse_sub_start_end(ts, "count", args, nargs, kw, s, &sub, &start, &end)) return nullptr;
  if (start > s->length) return new_int(0);
  return new_int(str_count(s, sub, start, end, INT64_MAX));
}

// startswith / endswith
int tail_match(Str* s, Str* sub, int64_t start, int64_t end, bool at_end) {
  if (end - start < sub->length || start > s->length) return 0;
  if (sub->length == 0) return 1;
  int64_t at = at_end ? end - sub->length : start;
  if (sub->kind == s->kind)
    return std::memcmp(static_cast<const char*>(s->data) + at * s->kind, sub->data,
                       size_t(sub->length) * s->kind) == 0;
  if (sub->kind > s->kind) return 0;
  for (int64_t i = 0; i < sub->length; ++i)
    if (s->at(at + i) != sub->at(i)) return 0;
  return 1;
}

Ref starts_ends(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                const char* name, bool at_end) {
  Value a[3] = {};
  if (!parse_args_tuple_style(ts, qualified("str", name).c_str(), args, nargs, kw, 1, 3, a)) return nullptr;
  Str* s = self_str(self);
  int64_t start, end;
  if (!parse_slice_bounds(ts, a[1], a[2], s->length, &start, &end)) return nullptr;
  if (is_tuple(a[0])) {
    Tuple* t = static_cast<Tuple*>(a[0].as_object());
    for (int64_t i = 0; i < t->length; ++i) {
      if (!is_str(t->items[i])) {
        set_errorf(ts, &TypeError_type, "tuple for %s must only contain str, not %s", name,
                   type_name(t->items[i]));
        return nullptr;
      }
      if (tail_match(s, as_str(t->items[i]), start, end, at_end)) return new_bool(true);
    }
    return new_bool(false);
  }
  if (!is_str(a[0])) {
    set_errorf(ts, &TypeError_type, "%s first arg must be str or a tuple of str, not %s", name,
               type_name(a[0]));
    return nullptr;
  }
  return new_bool(tail_match(s, as_str(a[0]), start, end, at_end));
}

Ref m_startswith(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return starts_ends(ts, self, a, n, kw, "startswith", false);
}
Ref m_endswith(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return starts_ends(ts, self, a, n, kw, "endswith", true);
}

// ---- split family ------------------------------------------------------------

// Substring creation specialised for the split fast path: ASCII source.
inline Ref ascii_piece(const Str* s, int64_t start, int64_t end) {
  int64_t n = end - start;
  if (n == 1) return str_from_char(str_data1(s)[start]);
  Str* r = new_str_uninit(n, 127);
  if (!r) return nullptr;
  std::memcpy(r->data, str_data1(s) + start, size_t(n));
  return Ref::steal(Value(r));
}

Ref piece(const Str* s, int64_t start, int64_t end) {
  if (s->ascii) return start >= end ? str_empty() : ascii_piece(s, start, end);
  return str_substr(s, start, end);
}

bool split_whitespace(const Str* s, int64_t maxsplit, std::vector<Ref>& out) {
  int64_t n = s->length, i = 0;
  if (s->ascii) {
    const uint8_t* p = str_data1(s);
    auto ws = [](uint8_t c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31); };
    while (true) {
      while (i < n && ws(p[i])) ++i;
      if (i == n) break;
      if (maxsplit-- == 0) {
        Ref r = ascii_piece(s, i, n);
        if (!r) return false;
        out.push_back(std::move(r));
        break;
      }
      int64_t j = i;
      while (j < n && !ws(p[j])) ++j;
      Ref r = ascii_piece(s, i, j);
      if (!r) return false;
      out.push_back(std::move(r));
      i = j;
    }
    return true;
  }
  while (true) {
    while (i < n && uni_isspace(s->at(i))) ++i;
    if (i == n) break;
    if (maxsplit-- == 0) {
      Ref r = str_substr(s, i, n);
      if (!r) return false;
      out.push_back(std::move(r));
      break;
    }
    int64_t j = i;
    while (j < n && !uni_isspace(s->at(j))) ++j;
    Ref r = str_substr(s, i, j);
    if (!r) return false;
    out.push_back(std::move(r));
    i = j;
  }
  return true;
}

bool rsplit_whitespace(const Str* s, int64_t maxsplit, std::vector<Ref>& out) {
  int64_t i = s->length;
  while (true) {
    while (i > 0 && uni_isspace(s->at(i - 1))) --i;
    if (i == 0) break;
    if (maxsplit-- == 0) {
      Ref r = piece(s, 0, i);
      if (!r) return false;
      out.push_back(std::move(r));
      break;
    }
    int64_t j = i;
    while (j > 0 && !uni_isspace(s->at(j - 1))) --j;
    Ref r = piece(s, j, i);
    if (!r) return false;
    out.push_back(std::move(r));
    i = j;
  }
  std::reverse(out.begin(), out.end());
  return true;
}

bool split_sep(const Str* s, const Str* sep, int64_t maxsplit, std::vector<Ref>& out) {
  int64_t i = 0;
  while (maxsplit-- != 0) {
    int64_t at = str_find(s, sep, i, s->length, 1);
    if (at < 0) break;
    Ref r = piece(s, i, at);
    if (!r) return false;
    out.push_back(std::move(r));
    i = at + sep->length;
  }
  Ref r = (i == 0 && s->type == &str_type) ? Ref::borrow(Value(const_cast<Str*>(s)))
                                           : piece(s, i, s->length);
  if (!r) return false;
  out.push_back(std::move(r));
  return true;
}

bool rsplit_sep(const Str* s, const Str* sep, int64_t maxsplit, std::vector<Ref>& out) {
  int64_t j = s->length;
  while (maxsplit-- != 0) {
    int64_t at = str_find(s, sep, 0, j, -1);
    if (at < 0) break;
    Ref r = piece(s, at + sep->length, j);
    if (!r) return false;
    out.push_back(std::move(r));
    j = at;
  }
  Ref r = piece(s, 0, j);
  if (!r) return false;
  out.push_back(std::move(r));
  std::reverse(out.begin(), out.end());
  return true;
}

Ref split_common(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                 const char* name, bool reverse) {
  Value a[2] = {};
  if (!parse_args(ts, name, args, nargs, kw, {"sep", "maxsplit"}, 0, a)) return nullptr;
  int64_t maxsplit = -1;
  if (!a[1].is_null() && !str_arg_index(ts, a[1], &maxsplit)) return nullptr;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  Str* s = self_str(self);
  std::vector<Ref> out;
  try {
    if (a[0].is_null() || a[0] == None()) {
      if (!(reverse ? rsplit_whitespace(s, maxsplit, out) : split_whitespace(s, maxsplit, out)))
        return nullptr;
    } else {
      if (!is_str(a[0])) {
        set_errorf(ts, &TypeError_type, "must be str or None, not %s", type_name(a[0]));
        return nullptr;
      }
      Str* sep = as_str(a[0]);
      if (sep->length == 0) {
        set_error(ts, &ValueError_type, "empty separator");
        return nullptr;
      }
      if (!(reverse ? rsplit_sep(s, sep, maxsplit, out) : split_sep(s, sep, maxsplit, out)))
        return nullptr;
    }
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  return new_list_of(out);
}

Ref m_split(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return split_common(ts, self, a, n, kw, "split", false);
}
Ref m_rsplit(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return split_common(ts, self, a, n, kw, "rsplit", true);
}

Ref m_splitlines(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "splitlines", args, nargs, kw, {"keepends"}, 0, a)) return nullptr;
  bool keep = false;
  if (!a[0].is_null()) {
    int t = truthy(ts, a[0]);
    if (t < 0) return nullptr;
    keep = t;
  }
  Str* s = self_str(self);
  std::vector<Ref> out;
  int64_t n = s->length, i = 0;
  while (i < n) {
    int64_t j = i;
    while (j < n && !uni_is_linebreak(s->at(j))) ++j;
    int64_t eol = j;
    if (j < n) {
      if (s->at(j) == '\r' && j + 1 < n && s->at(j + 1) == '\n')
        j += 2;
      else
        ++j;
      if (keep) eol = j;
    }
    Ref r = (i == 0 && j >= n && eol == n && s->type == &str_type) ? Ref::borrow(self) : piece(s, i, eol);
    if (!r) return nullptr;
    out.push_back(std::move(r));
    i = j;
  }
  return new_list_of(out);
}

// ---- partition ---------------------------------------------------------------------

Ref partition_impl(ThreadState* ts, Value self, Value sepv, bool reverse) {
  if (!need_str(ts, sepv)) return nullptr;
  Str* s = self_str(self);
  Str* sep = as_str(sepv);
  if (sep->length == 0) {
    set_error(ts, &ValueError_type, "empty separator");
    return nullptr;
  }
  int64_t at = str_find(s, sep, 0, s->length, reverse ? -1 : 1);
  if (at < 0) {
    Ref whole = str_exact(self);
    return reverse ? new_tuple3(str_empty(), str_empty(), std::move(whole))
                   : new_tuple3(std::move(whole), str_empty(), str_empty());
  }
  return new_tuple3(piece(s, 0, at), str_exact(sepv), piece(s, at + sep->length, s->length));
}

Ref m_partition(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "str.partition", args, nargs, kw, {"sep"}, 1, a, 1)) return nullptr;
  return partition_impl(ts, self, a[0], false);
}
Ref m_rpartition(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "str.rpartition", args, nargs, kw, {"sep"}, 1, a, 1)) return nullptr;
  return partition_impl(ts, self, a[0], true);
}

// ---- join ------------------------------------------------------------------------------

Ref join_items(ThreadState* ts, Str* sep, const Value* items, int64_t n) {
  if (n == 0) return str_empty();
  if (n == 1 && is_exact_str(items[0])) return Ref::borrow(items[0]);
  int64_t total = 0;
  uint32_t maxc = str_max_char(sep, 0, sep->length);
  for (int64_t i = 0; i < n; ++i) {
    if (!is_str(items[i])) {
      set_errorf(ts, &TypeError_type, "sequence item %lld: expected str instance, %s found",
                 (long long)i, type_name(items[i]));
      return nullptr;
    }
    Str* it = as_str(items[i]);
    total += it->length;
    if (!it->ascii || it->kind != 1) {
      uint32_t m = str_max_char(it, 0, it->length);
      if (m > maxc) maxc = m;
    } else if (maxc < 127 && it->length) {
      maxc = 127;
    }
    if (total > (int64_t(1) << 58)) {
      set_error(ts, &OverflowError_type, "join() result is too long for a Python string");
      return nullptr;
    }
  }
  total += sep->length * (n - 1);
  if (total == 0) return str_empty();
  Str* r = new_str_uninit(total, maxc);
  if (!r) return nullptr;
  int k = r->kind;
  char* d = static_cast<char*>(r->data);
  int64_t pos = 0;
  auto put = [&](const Str* part) {
    if (part->kind == k) {
      std::memcpy(d + pos * k, part->data, size_t(part->length) * k);
    } else {
      for (int64_t i = 0; i < part->length; ++i) {
        uint32_t c = part->at(i);
        if (k == 2)
          reinterpret_cast<uint16_t*>(d)[pos + i] = uint16_t(c);
        else
          reinterpret_cast<uint32_t*>(d)[pos + i] = c;
      }
    }
    pos += part->length;
  };
  bool one_char_sep = sep->length == 1 && sep->kind == k;
  for (int64_t i = 0; i < n; ++i) {
    if (i) {
      if (one_char_sep && k == 1)
        d[pos++] = *static_cast<const char*>(sep->data);
      else
        put(sep);
    }
    put(as_str(items[i]));
  }
  return Ref::steal(Value(r));
}

Ref m_join(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1 || kw) {
    set_errorf(ts, &TypeError_type, "str.join() takes exactly one argument (%zu given)", str_total_args(nargs, kw));
    return nullptr;
  }
  Value seq = args[0];
  Ref tuple;
  if (is_exact_tuple(seq)) {
    tuple = Ref::borrow(seq);
  } else {
    Type* t = type_of(seq);
    if (!t->iter && !t->getitem) {
      set_error(ts, &TypeError_type, "can only join an iterable");
      return nullptr;
    }
    tuple = sequence_to_tuple(ts, seq);
    if (!tuple) {
      if (error_matches(ts, &TypeError_type) && !t->iter && !t->getitem) {
        clear_error(ts);
        set_error(ts, &TypeError_type, "can only join an iterable");
      }
      return nullptr;
    }
  }
  Tuple* tp = tuple.as<Tuple>();
  return join_items(ts, self_str(self), tp->items, tp->length);
}

// ---- strip -----------------------------------------------------------------------------

Ref strip_common(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                 const char* name, bool left, bool right) {
  if (kw || nargs > 1) {
    if (kw) {
      set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", name);
    } else {
      set_errorf(ts, &TypeError_type, "%s expected at most 1 argument, got %zu", name, nargs);
    }
    return nullptr;
  }
  Str* s = self_str(self);
  Str* chars = nullptr;
  if (nargs == 1 && args[0] != None()) {
    if (!is_str(args[0])) {
      set_errorf(ts, &TypeError_type, "%s arg must be None or str", name);
      return nullptr;
    }
    chars = as_str(args[0]);
  }
  auto strip_me = [&](uint32_t c) {
    if (!chars) return uni_isspace(c);
    return with_kind(chars, [&](auto* p) {
      for (int64_t i = 0; i < chars->length; ++i)
        if (p[i] == c) return true;
      return false;
    });
  };
  int64_t b = 0, e = s->length;
  if (left)
    while (b < e && strip_me(s->at(b))) ++b;
  if (right)
    while (e > b && strip_me(s->at(e - 1))) --e;
  if (b == 0 && e == s->length) return str_exact(self);
  return piece(s, b, e);
}

Ref m_strip(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return strip_common(ts, self, a, n, kw, "strip", true, true);
}
Ref m_lstrip(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return strip_common(ts, self, a, n, kw, "lstrip", true, false);
}
Ref m_rstrip(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return strip_common(ts, self, a, n, kw, "rstrip", false, true);
}

Ref remove_affix(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                 const char* name, bool suffix) {
  Value a[1] = {};
  if (!parse_args(ts, qualified("str", name).c_str(), args, nargs, kw, {"prefix"}, 1, a, 1)) return nullptr;
  if (!is_str(a[0])) {
    set_errorf(ts, &TypeError_type, "%s() argument must be str, not %s", name, type_name(a[0]));
    return nullptr;
  }
  Str* s = self_str(self);
  Str* affix = as_str(a[0]);
  if (affix->length && tail_match(s, affix, 0, s->length, suffix)) {
    return suffix ? piece(s, 0, s->length - affix->length) : piece(s, affix->length, s->length);
  }
  return str_exact(self);
}

Ref m_removeprefix(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return remove_affix(ts, self, a, n, kw, "removeprefix", false);
}
Ref m_removesuffix(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return remove_affix(ts, self, a, n, kw, "removesuffix", true);
}

// ---- replace ----------------------------------------------------------------------------

Ref replace_impl(ThreadState* ts, Str* s, Str* old, Str* repl, int64_t count) {
  if (count < 0) count = INT64_MAX;
  if (count == 0 || (old->length == 0 && false)) return str_exact(Value(s));
  StrBuilder b(s->length);
  if (old->length == 0) {
    int64_t done = 0;
    for (int64_t i = 0; i <= s->length; ++i) {
      if (done < count) {
        b.put_str(repl);
        ++done;
      }
      if (i < s->length) b.put(s->at(i));
    }
    return b.finish();
  }
  int64_t i = 0, done = 0;
  while (done < count) {
    int64_t at = str_find(s, old, i, s->length, 1);
    if (at < 0) break;
    b.put_str(s, i, at);
    b.put_str(repl);
    i = at + old->length;
    ++done;
  }
  if (done == 0) return str_exact(Value(s));
  b.put_str(s, i, s->length);
  return b.finish();
}

Ref m_replace(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3] = {};
  if (!parse_args(ts, "str.replace", args, nargs, kw, {"old", "new", "count"}, 2, a, 3)) return nullptr;
  for (int i = 0; i < 2; ++i) {
    if (!is_str(a[i])) {
      set_errorf(ts, &TypeError_type, "replace() argument %d must be str, not %s", i + 1, type_name(a[i]));
      return nullptr;
    }
  }
  int64_t count = -1;
  if (!a[2].is_null() && !str_arg_index(ts, a[2], &count)) return nullptr;
  try {
    return replace_impl(ts, self_str(self), as_str(a[0]), as_str(a[1]), count);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
}

// ---- padding ---------------------------------------------------------------------------

bool parse_width_fill(ThreadState* ts, const char* name, const Value* args, size_t nargs, Tuple* kw,
                      int64_t* width, uint32_t* fill) {
  if (kw) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs < 1 || nargs > 2) {
    set_errorf(ts, &TypeError_type, "%s expected %s 1 argument%s, got %zu", name,
               nargs < 1 ? "at least" : "at most", nargs < 1 ? "" : "", nargs);
    if (nargs > 2) {
      clear_error(ts);
      set_errorf(ts, &TypeError_type, "%s expected at most 2 arguments, got %zu", name, nargs);
    }
    return false;
  }
  if (!str_arg_index(ts, args[0], width)) return false;
  *fill = ' ';
  if (nargs == 2) {
    if (!is_str(args[1])) {
      set_errorf(ts, &TypeError_type, "The fill character must be a unicode character, not %s",
                 type_name(args[1]));
      return false;
    }
    Str* f = as_str(args[1]);
    if (f->length != 1) {
      set_error(ts, &TypeError_type, "The fill character must be exactly one character long");
      return false;
    }
    *fill = f->at(0);
  }
  return true;
}

Ref pad(Str* s, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0) return str_exact(Value(s));
  StrBuilder b(s->length + left + right);
  b.put_repeat(fill, left);
  b.put_str(s);
  b.put_repeat(fill, right);
  return b.finish();
}

Ref m_ljust(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  int64_t w;
  uint32_t fill;
  if (!parse_width_fill(ts, "ljust", args, nargs, kw, &w, &fill)) return nullptr;
  Str* s = self_str(self);
  return pad(s, 0, w - s->length, fill);
}

Ref m_rjust(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  int64_t w;
  uint32_t fill;
  if (!parse_width_fill(ts, "rjust", args, nargs, kw, &w, &fill)) return nullptr;
  Str* s = self_str(self);
  return pad(s, w - s->length, 0, fill);
}

Ref m_center(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  int64_t w;
  uint32_t fill;
  if (!parse_width_fill(ts, "center", args, nargs, kw, &w, &fill)) return nullptr;
  Str* s = self_str(self);
  int64_t marg = w - s->length;
  if (marg <= 0) return str_exact(self);
  // CPython's rounding: the extra space goes left when both are odd.
  int64_t left = marg / 2 + (marg & w & 1);
  return pad(s, left, marg - left, fill);
}

Ref m_zfill(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "str.zfill", args, nargs, kw, {"width"}, 1, a, 1)) return nullptr;
  int64_t w;
  if (!str_arg_index(ts, a[0], &w)) return nullptr;
  Str* s = self_str(self);
  if (w <= s->length) return str_exact(self);
  int64_t fill = w - s->length;
  StrBuilder b(w);
  int64_t start = 0;
  if (s->length && (s->at(0) == '+' || s->at(0) == '-')) {
    b.put(s->at(0));
    start = 1;
  }
  b.put_repeat('0', fill);
  b.put_str(s, start, s->length);
  return b.finish();
}

Ref m_expandtabs(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "expandtabs", args, nargs, kw, {"tabsize"}, 0, a)) return nullptr;
  int64_t tab = 8;
  if (!a[0].is_null() && !str_arg_index(ts, a[0], &tab)) return nullptr;
  Str* s = self_str(self);
  StrBuilder b(s->length);
  int64_t col = 0;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        b.put_repeat(' ', n);
        col += n;
      }
    } else {
      b.put(c);
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return b.finish();
}

// ---- encode, format, misc -------------------------------------------------------------

Ref m_encode(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2] = {};
  if (!parse_args(ts, "encode", args, nargs, kw, {"encoding", "errors"}, 0, a)) return nullptr;
  const char* names[2] = {"encoding", "errors"};
  for (int i = 0; i < 2; ++i) {
    if (!a[i].is_null() && !is_str(a[i])) {
      set_errorf(ts, &TypeError_type, "encode() argument '%s' must be str, not %s", names[i],
                 type_name(a[i]));
      return nullptr;
    }
  }
  Str* s = self_str(self);
  std::string_view enc = a[0].is_null() ? std::string_view("utf-8") : str_utf8(a[0]);
  std::string_view err = a[1].is_null() ? std::string_view("strict") : str_utf8(a[1]);
  if (s->ascii && (enc == "utf-8" || enc == "utf8" || enc == "ascii"))
    return new_bytes(std::string_view(static_cast<const char*>(s->data), size_t(s->length)));
  return codec_encode(ts, s, enc, err);
}

Ref m_format(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  size_t npos = str_positional_count(nargs, kw);
  Ref kwargs;
  if (kw && kw->length) {
    kwargs = new_dict();
    if (!kwargs) return nullptr;
    for (int64_t i = 0; i < kw->length; ++i)
      if (dict_set(ts, as_dict(kwargs.get()), kw->items[i], args[npos + i]) < 0) return nullptr;
  }
  return str_format_impl(ts, self_str(self), args, npos, kwargs.get());
}

Ref m_format_map(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (kw || nargs != 1) {
    set_errorf(ts, &TypeError_type, "str.format_map() takes exactly one argument (%zu given)",
               str_total_args(nargs, kw));
    return nullptr;
  }
  return str_format_map_impl(ts, self_str(self), args[0]);
}

Ref m_dunder_format(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "str.__format__", args, nargs, kw, {"format_spec"}, 1, a, 1)) return nullptr;
  if (!is_str(a[0])) {
    set_errorf(ts, &TypeError_type, "__format__() argument must be str, not %s", type_name(a[0]));
    return nullptr;
  }
  return str_format_spec(ts, self_str(self), as_str(a[0]));
}

Ref m_getnewargs(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!str_no_args(ts, "__getnewargs__", nargs, kw)) return nullptr;
  Ref copy = str_exact(self);
  if (!copy) return nullptr;
  return new_tuple({copy.get()});
}

Ref m_sizeof(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!str_no_args(ts, "__sizeof__", nargs, kw)) return nullptr;
  Str* s = self_str(self);
  // CPython's compact layouts: 48-byte ASCII header, 72 bytes otherwise.
  int64_t header = s->ascii ? 48 : 72;
  return new_int(header + (s->length + 1) * s->kind);
}

}  // namespace

Ref str_format_spec(ThreadState* ts, Str* s, Str* spec) {
  // An empty spec is str(self), which runs a subclass's __str__.
  if (spec->length == 0) return s->type == &str_type ? Ref::borrow(Value(s)) : str_of(ts, Value(s));
  return format_str_value(ts, Value(s), spec);
}

// Case mapping, predicates and translate (str_case.cc).
Ref str_m_lower(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_upper(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_casefold(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_swapcase(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_title(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_capitalize(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_isalnum(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_isalpha(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_isascii(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_isdecimal(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_isdigit(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_isidentifier(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_islower(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_isnumeric(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_isprintable(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_isspace(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_istitle(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_isupper(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_maketrans(ThreadState*, Value, const Value*, size_t, Tuple*);
Ref str_m_translate(ThreadState*, Value, const Value*, size_t, Tuple*);

const MethodDef str_methods[] = {
    {"encode", m_encode, kMethInstance,
     "Encode the string using the codec registered for encoding."},
    {"replace", m_replace, kMethInstance, "Return a copy with all occurrences of substring old replaced by new."},
    {"split", m_split, kMethInstance, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", m_rsplit, kMethInstance, "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", m_join, kMethInstance, "Concatenate any number of strings."},
    {"capitalize", str_m_capitalize, kMethInstance, "Return a capitalized version of the string."},
    {"casefold", str_m_casefold, kMethInstance, "Return a version of the string suitable for caseless comparisons."},
    {"title", str_m_title, kMethInstance, "Return a version of the string where each word is titlecased."},
    {"center", m_center, kMethInstance, "Return a centered string of length width."},
    {"count", m_count, kMethInstance, "S.count(sub[, start[, end]]) -> int"},
    {"expandtabs", m_expandtabs, kMethInstance, "Return a copy where all tab characters are expanded using spaces."},
    {"find", m_find, kMethInstance, "S.find(sub[, start[, end]]) -> int"},
    {"partition", m_partition, kMethInstance, "Partition the string into three parts using the given separator."},
    {"index", m_index, kMethInstance, "S.index(sub[, start[, end]]) -> int"},
    {"ljust", m_ljust, kMethInstance, "Return a left-justified string of length width."},
    {"lower", str_m_lower, kMethInstance, "Return a copy of the string converted to lowercase."},
    {"lstrip", m_lstrip, kMethInstance, "Return a copy of the string with leading whitespace removed."},
    {"rfind", m_rfind, kMethInstance, "S.rfind(sub[, start[, end]]) -> int"},
    {"rindex", m_rindex, kMethInstance, "S.rindex(sub[, start[, end]]) -> int"},
    {"rjust", m_rjust, kMethInstance, "Return a right-justified string of length width."},
    {"rstrip", m_rstrip, kMethInstance, "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", m_rpartition, kMethInstance, "Partition the string into three parts using the given separator."},
    {"splitlines", m_splitlines, kMethInstance, "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", m_strip, kMethInstance, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", str_m_swapcase, kMethInstance, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", str_m_translate, kMethInstance, "Replace each character in the string using the given translation table."},
    {"upper", str_m_upper, kMethInstance, "Return a copy of the string converted to uppercase."},
    {"startswith", m_startswith, kMethInstance, "S.startswith(prefix[, start[, end]]) -> bool"},
    {"endswith", m_endswith, kMethInstance, "S.endswith(suffix[, start[, end]]) -> bool"},
    {"removeprefix", m_removeprefix, kMethInstance, "Return a str with the given prefix string removed if present."},
    {"removesuffix", m_removesuffix, kMethInstance, "Return a str with the given suffix string removed if present."},
    {"isascii", str_m_isascii, kMethInstance, "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", str_m_islower, kMethInstance, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", str_m_isupper, kMethInstance, "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", str_m_istitle, kMethInstance, "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", str_m_isspace, kMethInstance, "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", str_m_isdecimal, kMethInstance, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", str_m_isdigit, kMethInstance, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", str_m_isnumeric, kMethInstance, "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", str_m_isalpha, kMethInstance, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", str_m_isalnum, kMethInstance, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", str_m_isidentifier, kMethInstance, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", str_m_isprintable, kMethInstance, "Return True if the string is printable, False otherwise."},
    {"zfill", m_zfill, kMethInstance, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", m_format, kMethInstance, "S.format(*args, **kwargs) -> str"},
    {"format_map", m_format_map, kMethInstance, "S.format_map(mapping) -> str"},
    {"__format__", m_dunder_format, kMethInstance, "Return a formatted version of the string as described by format_spec."},
    {"maketrans", str_m_maketrans, kMethStatic, "Return a translation table usable for str.translate()."},
    {"__sizeof__", m_sizeof, kMethInstance, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", m_getnewargs, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft

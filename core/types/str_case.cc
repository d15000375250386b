// str's methods, part 2: Unicode case mapping (full mappings with 'ß' -> 'SS',
// final sigma, title case), the is* predicates, maketrans and translate.
#include <cstring>

#include "core/types/str_internal.h"

namespace weft {

namespace {

// The lowercase of 'Σ' depends on context (Unicode's Final_Sigma condition).
uint32_t sigma_lower(const Str* s, int64_t i) {
  int64_t j = i - 1;
  uint32_t c = 0;
  while (j >= 0) {
    c = s->at(j);
    if (!uni_is_case_ignorable(c)) break;
    --j;
  }
  bool final_sigma = j >= 0 && uni_iscased(c);
  if (final_sigma && i + 1 < s->length) {
    j = i + 1;
    while (j < s->length) {
      c = s->at(j);
      if (!uni_is_case_ignorable(c)) break;
      ++j;
    }
    final_sigma = j == s->length || !uni_iscased(c);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

void put_lower(StrBuilder& b, const Str* s, int64_t i, uint32_t c) {
  if (c == 0x3A3) {
    b.put(sigma_lower(s, i));
    return;
  }
  uint32_t m[3];
  int n = uni_case_map(c, CaseMap::Lower, m);
  for (int k = 0; k < n; ++k) b.put(m[k]);
}

void put_mapped(StrBuilder& b, uint32_t c, CaseMap which) {
  uint32_t m[3];
  int n = uni_case_map(c, which, m);
  for (int k = 0; k < n; ++k) b.put(m[k]);
}

// ASCII strings map byte by byte into a string of the same length.
Ref ascii_map(const Str* s, bool to_upper) {
  if (s->length == 0) return str_empty();
  Str* r = new_str_uninit(s->length, 127);
  if (!r) return nullptr;
  const uint8_t* p = str_data1(s);
  uint8_t* d = static_cast<uint8_t*>(r->data);
  if (to_upper) {
    for (int64_t i = 0; i < s->length; ++i) d[i] = p[i] - ((p[i] - 'a' < 26u) ? 32 : 0);
  } else {
    for (int64_t i = 0; i < s->length; ++i) d[i] = p[i] + ((p[i] - 'A' < 26u) ? 32 : 0);
  }
  return Ref::steal(Value(r));
}

Str* self_of(Value v) { return as_str(v); }

}  // namespace

Ref str_m_lower(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!str_no_args(ts, "lower", nargs, kw)) return nullptr;
  Str* s = self_of(self);
  if (s->ascii) return ascii_map(s, false);
  StrBuilder b(s->length);
  for (int64_t i = 0; i < s->length; ++i) put_lower(b, s, i, s->at(i));
  return b.finish();
}

Ref str_m_upper(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!str_no_args(ts, "upper", nargs, kw)) return nullptr;
  Str* s = self_of(self);
  if (s->ascii) return ascii_map(s, true);
  StrBuilder b(s->length);
  for (int64_t i = 0; i < s->length; ++i) put_mapped(b, s->at(i), CaseMap::Upper);
  return b.finish();
}

Ref str_m_casefold(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!str_no_args(ts, "casefold", nargs, kw)) return nullptr;
  Str* s = self_of(self);
  if (s->ascii) return ascii_map(s, false);
  StrBuilder b(s->length);
  for (int64_t i = 0; i < s->length; ++i) put_mapped(b, s->at(i), CaseMap::Fold);
  return b.finish();
}

Ref str_m_swapcase(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!str_no_args(ts, "swapcase", nargs, kw)) return nullptr;
  Str* s = self_of(self);
  StrBuilder b(s->length);
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (uni_isupper(c))
      put_lower(b, s, i, c);
    else if (uni_islower(c))
      put_mapped(b, c, CaseMap::Upper);
    else
      b.put(c);
  }
  return b.finish();
}

Ref str_m_title(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!str_no_args(ts, "title", nargs, kw)) return nullptr;
  Str* s = self_of(self);
  StrBuilder b(s->length);
  bool prev_cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (prev_cased)
      put_lower(b, s, i, c);
    else
      put_mapped(b, c, CaseMap::Title);
    prev_cased = uni_iscased(c);
  }
  return b.finish();
}

Ref str_m_capitalize(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!str_no_args(ts, "capitalize", nargs, kw)) return nullptr;
  Str* s = self_of(self);
  if (s->length == 0) return str_empty();
  StrBuilder b(s->length);
  put_mapped(b, s->at(0), CaseMap::Title);
  for (int64_t i = 1; i < s->length; ++i) put_lower(b, s, i, s->at(i));
  return b.finish();
}

// ---- predicates ---------------------------------------------------------------------

namespace {

template <class Pred>
Ref all_chars(ThreadState* ts, Value self, const char* name, size_t nargs, Tuple* kw, Pred pred) {
  if (!str_no_args(ts, name, nargs, kw)) return nullptr;
  Str* s = self_of(self);
  if (s->length == 0) return new_bool(false);
  bool ok = with_kind(s, [&](auto* p) {
    for (int64_t i = 0; i < s->length; ++i)
      if (!pred(uint32_t(p[i]))) return false;
    return true;
  });
  return new_bool(ok);
}

}  // namespace

Ref str_m_isalnum(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return all_chars(ts, self, "isalnum", n, kw, uni_isalnum);
}
Ref str_m_isalpha(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return all_chars(ts, self, "isalpha", n, kw, uni_isalpha);
}
Ref str_m_isdecimal(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return all_chars(ts, self, "isdecimal", n, kw, uni_isdecimal);
}
Ref str_m_isdigit(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return all_chars(ts, self, "isdigit", n, kw, uni_isdigit);
}
Ref str_m_isnumeric(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return all_chars(ts, self, "isnumeric", n, kw, uni_isnumeric);
}
Ref str_m_isspace(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return all_chars(ts, self, "isspace", n, kw, uni_isspace);
}

Ref str_m_isascii(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  if (!str_no_args(ts, "isascii", n, kw)) return nullptr;
  return new_bool(self_of(self)->ascii);
}

Ref str_m_isprintable(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  if (!str_no_args(ts, "isprintable", n, kw)) return nullptr;
  Str* s = self_of(self);
  for (int64_t i = 0; i < s->length; ++i)
    if (!uni_isprintable(s->at(i))) return new_bool(false);
  return new_bool(true);
}

Ref str_m_isidentifier(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  if (!str_no_args(ts, "isidentifier", n, kw)) return nullptr;
  Str* s = self_of(self);
  if (s->length == 0) return new_bool(false);
  uint32_t c0 = s->at(0);
  if (c0 != '_' && !uni_is_xid_start(c0)) return new_bool(false);
  for (int64_t i = 1; i < s->length; ++i)
    if (!uni_is_xid_continue(s->at(i))) return new_bool(false);
  return new_bool(true);
}

Ref str_m_islower(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  if (!str_no_args(ts, "islower", n, kw)) return nullptr;
  Str* s = self_of(self);
  bool cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (uni_isupper(c) || uni_istitle(c)) return new_bool(false);
    if (!cased && uni_islower(c)) cased = true;
  }
  return new_bool(cased);
}

Ref str_m_isupper(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  if (!str_no_args(ts, "isupper", n, kw)) return nullptr;
  Str* s = self_of(self);
  bool cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (uni_islower(c) || uni_istitle(c)) return new_bool(false);
    if (!cased && uni_isupper(c)) cased = true;
  }
  return new_bool(cased);
}

Ref str_m_istitle(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  if (!str_no_args(ts, "istitle", n, kw)) return nullptr;
  Str* s = self_of(self);
  bool cased = false, prev_cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (uni_isupper(c) || uni_istitle(c)) {
      if (prev_cased) return new_bool(false);
      prev_cased = cased = true;
    } else if (uni_islower(c)) {
      if (!prev_cased) return new_bool(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return new_bool(cased);
}

// ---- maketrans / translate ------------------------------------------------------------

Ref str_m_maketrans(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3] = {};
  if (!parse_args(ts, "maketrans", args, nargs, kw, {"x", "y", "z"}, 1, a, 3)) return nullptr;
  Ref result = new_dict();
  if (!result) return nullptr;
  Dict* d = as_dict(result.get());
  if (a[1].is_null()) {
    if (!is_dict(a[0])) {
      set_error(ts, &TypeError_type, "if you give only one argument to maketrans it must be a dict");
      return nullptr;
    }
    Dict* src = as_dict(a[0]);
    int64_t pos = 0;
    Ref k, v;
    while (dict_next(src, &pos, &k, &v)) {
      if (is_str(k.get())) {
        Str* ks = k.as<Str>();
        if (ks->length != 1) {
          set_error(ts, &ValueError_type, "string keys in translate table must be of length 1");
          return nullptr;
        }
        Ref key = new_int(ks->at(0));
        if (dict_set(ts, d, key.get(), v.get()) < 0) return nullptr;
      } else if (is_int(k.get())) {
        if (dict_set(ts, d, k.get(), v.get()) < 0) return nullptr;
      } else {
        set_error(ts, &TypeError_type, "keys in translate table must be strings or integers");
        return nullptr;
      }
    }
    if (ts->has_error()) return nullptr;
    return result;
  }
  if (!is_str(a[0])) {
    set_error(ts, &TypeError_type, "first maketrans argument must be a string if there is a second argument");
    return nullptr;
  }
  for (int i = 1; i < 3; ++i) {
    if (!a[i].is_null() && !is_str(a[i])) {
      set_errorf(ts, &TypeError_type, "maketrans() argument %d must be str, not %s", i + 1, type_name(a[i]));
      return nullptr;
    }
  }
  Str* x = as_str(a[0]);
  Str* y = as_str(a[1]);
  if (x->length != y->length) {
    set_error(ts, &ValueError_type, "the first two maketrans arguments must have equal length");
    return nullptr;
  }
  for (int64_t i = 0; i < x->length; ++i) {
    Ref key = new_int(x->at(i));
    Ref val = new_int(y->at(i));
    if (dict_set(ts, d, key.get(), val.get()) < 0) return nullptr;
  }
  if (!a[2].is_null()) {
    Str* z = as_str(a[2]);
    for (int64_t i = 0; i < z->length; ++i) {
      Ref key = new_int(z->at(i));
      if (dict_set(ts, d, key.get(), None()) < 0) return nullptr;
    }
  }
  return result;
}

namespace {

// One character's translation: 0 = keep, 1 = mapped (result in `out`).
int translate_one(ThreadState* ts, Value table, uint32_t c, Ref* out) {
  Ref key = new_int(c);
  Ref v = get_item(ts, table, key.get());
  if (!v) {
    if (error_matches(ts, &LookupError_type)) {
      clear_error(ts);
      return 0;
    }
    return -1;
  }
  *out = std::move(v);
  return 1;
}

bool put_translation(ThreadState* ts, StrBuilder& b, Value v) {
  if (v == None()) return true;
  if (is_int(v)) {
    int64_t x;
    if (!int_to_i64(ts, v, &x) || x < 0 || x > 0x10FFFF) {
      clear_error(ts);
      set_error(ts, &ValueError_type, "character mapping must be in range(0x110000)");
      return false;
    }
    b.put(uint32_t(x));
    return true;
  }
  if (is_str(v)) {
    b.put_str(as_str(v));
    return true;
  }
  set_error(ts, &TypeError_type, "character mapping must return integer, None or str");
  return false;
}

}  // namespace

Ref str_m_translate(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "str.translate", args, nargs, kw, {"table"}, 1, a, 1)) return nullptr;
  Str* s = self_of(self);
  StrBuilder b(s->length);
  // Latin-1 characters are looked up once each.
  Ref cache[256];
  bool cached[256] = {};
  bool kept[256] = {};
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c < 256 && cached[c]) {
      if (kept[c]) b.put(c);
      else if (!put_translation(ts, b, cache[c].get())) return nullptr;
      continue;
    }
    Ref v;
    int r = translate_one(ts, a[0], c, &v);
    if (r < 0) return nullptr;
    if (r == 0) {
      b.put(c);
    } else if (!put_translation(ts, b, v.get())) {
      return nullptr;
    }
    if (c < 256) {
      cached[c] = true;
      kept[c] = r == 0;
      cache[c] = std::move(v);
    }
  }
  return b.finish();
}

}  // namespace weft

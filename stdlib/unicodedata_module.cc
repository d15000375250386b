// The unicodedata module: character properties (category, bidirectional,
// east_asian_width, combining, mirrored, decimal/digit/numeric,
// decomposition) and normalize()/is_normalized() for NFC, NFD, NFKC, NFKD.
// Character names are not available. Tables: stdlib/unicodedata_db.cc.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "core/types/unicode.h"
#include "stdlib/stdlib.h"
#include "stdlib/unicodedata_db.h"

namespace weft {
namespace {

const UniPropRun& props(uint32_t cp) {
  int lo = 0, hi = kUniPropRunCount - 1;
  while (lo < hi) {
    int mid = (lo + hi + 1) / 2;
    if (kUniPropRuns[mid].start <= cp) lo = mid;
    else hi = mid - 1;
  }
  return kUniPropRuns[lo];
}

const char* decomposition_of(uint32_t cp) {
  const UniDecomposition* end = kUniDecompositions + kUniDecompositionCount;
  const UniDecomposition* it =
      std::lower_bound(kUniDecompositions, end, cp, [](const UniDecomposition& d, uint32_t c) { return d.cp < c; });
  return (it != end && it->cp == cp) ? it->mapping : nullptr;
}

const UniNumeric* numeric_of(uint32_t cp) {
  const UniNumeric* end = kUniNumerics + kUniNumericCount;
  const UniNumeric* it =
      std::lower_bound(kUniNumerics, end, cp, [](const UniNumeric& n, uint32_t c) { return n.cp < c; });
  return (it != end && it->cp == cp) ? it : nullptr;
}

// The one code point of a str argument, or false with CPython's TypeError.
bool char_arg(ThreadState* ts, const char* fname, Value v, uint32_t* cp) {
  if (!is_str(v) || as_str(v)->length != 1) {
    set_errorf(ts, &TypeError_type, "%s() argument must be a unicode character, not %s", fname,
               type_name(v));
    return false;
  }
  *cp = with_kind(as_str(v), [](auto* p) { return static_cast<uint32_t>(p[0]); });
  return true;
}

template <class F>
Ref char_property(ThreadState* ts, const char* fname, const Value* args, size_t nargs, Tuple* kw, F&& f) {
  Value v;
  uint32_t cp;
  if (!parse_args(ts, fname, args, nargs, kw, {"chr"}, 1, &v, 1) || !char_arg(ts, fname, v, &cp)) return nullptr;
  return f(cp);
}

Ref ud_category(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) {
  return char_property(ts, "category", a, n, kw,
                       [](uint32_t cp) { return new_str_ascii(kUniCategoryNames[props(cp).category]); });
}
Ref ud_bidirectional(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) {
  return char_property(ts, "bidirectional", a, n, kw,
                       [](uint32_t cp) { return new_str_ascii(kUniBidiNames[props(cp).bidi]); });
}
Ref ud_east_asian_width(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) {
  return char_property(ts, "east_asian_width", a, n, kw,
                       [](uint32_t cp) { return new_str_ascii(kUniEawNames[props(cp).eaw]); });
}
Ref ud_combining(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) {
  return char_property(ts, "combining", a, n, kw, [](uint32_t cp) { return new_int(props(cp).combining); });
}
Ref ud_mirrored(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) {
  return char_property(ts, "mirrored", a, n, kw, [](uint32_t cp) { return new_int(props(cp).mirrored); });
}
Ref ud_decomposition(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) {
  return char_property(ts, "decomposition", a, n, kw, [](uint32_t cp) {
    const char* d = decomposition_of(cp);
    return new_str_ascii(d ? d : "");
  });
}

// decimal(chr[, default]), digit(...), numeric(...)
template <int Kind>
Ref ud_number(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"decimal", "digit", "numeric"};
  static const char* const errors[] = {"not a decimal", "not a digit", "not a numeric character"};
  Value v[2];
  uint32_t cp;
  if (!parse_args(ts, names[Kind], args, nargs, kw, {"chr", "default"}, 1, v, 2) ||
      !char_arg(ts, names[Kind], v[0], &cp))
    return nullptr;
  if (Kind == 0 && uni_isdecimal(cp)) return new_int(uni_decimal_value(cp));
  if (Kind == 1 && uni_isdigit(cp)) return new_int(uni_digit_value(cp));
  if (Kind == 2) {
    if (const UniNumeric* num = numeric_of(cp)) return new_float(num->value);
  }
  if (v[1]) return Ref::borrow(v[1]);
  set_error(ts, &ValueError_type, errors[Kind]);
  return nullptr;
}

// ---- normalization ------------------------------------------------------------

constexpr uint32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr uint32_t kLCount = 19, kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount,
                   kSCount = kLCount * kNCount;

void decompose_into(uint32_t cp, bool compat, std::vector<uint32_t>& out) {
  if (cp >= kSBase && cp < kSBase + kSCount) {
    uint32_t s = cp - kSBase;
    out.push_back(kLBase + s / kNCount);
    out.push_back(kVBase + (s % kNCount) / kTCount);
    if (s % kTCount) out.push_back(kTBase + s % kTCount);
    return;
  }
  const char* d = decomposition_of(cp);
  if (!d || (d[0] == '<' && !compat)) {
    out.push_back(cp);
    return;
  }
  if (d[0] == '<') d = strchr(d, '>') + 1;
  while (*d) {
    char* end;
    unsigned long part = strtoul(d, &end, 16);
    if (end == d) break;
    decompose_into(static_cast<uint32_t>(part), compat, out);
    d = end;
  }
}

void canonical_order(std::vector<uint32_t>& s) {
  // Stable sort of each run of non-starters by combining class.
  size_t i = 0;
  while (i < s.size()) {
    if (props(s[i]).combining == 0) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && props(s[j]).combining != 0) ++j;
    std::stable_sort(s.begin() + i, s.begin() + j,
                     [](uint32_t a, uint32_t b) { return props(a).combining < props(b).combining; });
    i = j;
  }
}

const std::unordered_map<uint64_t, uint32_t>& composition_map() {
  static std::unordered_map<uint64_t, uint32_t>* map = [] {
    auto* m = new std::unordered_map<uint64_t, uint32_t>();
    for (int i = 0; i < kUniDecompositionCount; ++i) {
      const UniDecomposition& d = kUniDecompositions[i];
      if (d.mapping[0] == '<') continue;
      if (std::binary_search(kUniCompositionExclusions, kUniCompositionExclusions + kUniCompositionExclusionCount,
                             d.cp))
        continue;
      char* end;
      unsigned long a = strtoul(d.mapping, &end, 16);
      if (*end != ' ') continue;
      char* end2;
      unsigned long b = strtoul(end, &end2, 16);
      if (*end2) continue;
      (*m)[(uint64_t(a) << 32) | b] = d.cp;
    }
    return m;
  }();
  return *map;
}

bool compose_pair(uint32_t a, uint32_t b, uint32_t* out) {
  if (a >= kLBase && a < kLBase + kLCount && b >= kVBase && b < kVBase + kVCount) {
    *out = kSBase + ((a - kLBase) * kVCount + (b - kVBase)) * kTCount;
    return true;
  }
  if (a >= kSBase && a < kSBase + kSCount && (a - kSBase) % kTCount == 0 && b > kTBase && b < kTBase + kTCount) {
    *out = a + (b - kTBase);
    return true;
  }
  const auto& m = composition_map();
  auto it = m.find((uint64_t(a) << 32) | b);
  if (it == m.end()) return false;
  *out = it->second;
  return true;
}

void compose(std::vector<uint32_t>& s) {
  if (s.empty()) return;
  std::vector<uint32_t> out;
  out.reserve(s.size());
  int64_t starter = -1;  // index in out of the last starter
  int last_class = -1;   // combining class of the last char appended after the starter
  for (uint32_t c : s) {
    int cls = props(c).combining;
    uint32_t composed;
    bool blocked = starter < 0 || (last_class != -1 && (last_class >= cls || last_class == 0));
    if (starter >= 0 && (last_class == -1 || (!blocked)) && compose_pair(out[starter], c, &composed)) {
      out[starter] = composed;
      continue;
    }
    if (cls == 0) {
      starter = static_cast<int64_t>(out.size());
      last_class = -1;
    } else {
      last_class = cls;
    }
    out.push_back(c);
  }
  s.swap(out);
}

Ref normalize_str(ThreadState* ts, const char* form, Value sv, bool* changed_out) {
  bool compat, comp;
  if (!strcmp(form, "NFC")) compat = false, comp = true;
  else if (!strcmp(form, "NFD")) compat = false, comp = false;
  else if (!strcmp(form, "NFKC")) compat = true, comp = true;
  else if (!strcmp(form, "NFKD")) compat = true, comp = false;
  else {
    set_error(ts, &ValueError_type, "invalid normalization form");
    return nullptr;
  }
  Str* s = as_str(sv);
  std::vector<uint32_t> cps;
  try {
    std::vector<uint32_t> orig;
    orig.reserve(s->length);
    with_kind(s, [&](auto* p) {
      for (int64_t i = 0; i < s->length; ++i) orig.push_back(p[i]);
    });
    for (uint32_t c : orig) decompose_into(c, compat, cps);
    canonical_order(cps);
    if (comp) compose(cps);
    bool changed = cps != orig;
    if (changed_out) *changed_out = changed;
    if (!changed) return Ref::borrow(sv);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  return new_str_from_codepoints(cps.data(), static_cast<int64_t>(cps.size()));
}

bool norm_args(ThreadState* ts, const char* fname, const Value* args, size_t nargs, Tuple* kw, std::string* form,
               Value* s) {
  Value v[2];
  if (!parse_args(ts, fname, args, nargs, kw, {"form", "unistr"}, 2, v, 2)) return false;
  if (!is_str(v[0])) {
    set_errorf(ts, &TypeError_type, "%s() argument 1 must be str, not %s", fname, type_name(v[0]));
    return false;
  }
  if (!is_str(v[1])) {
    set_errorf(ts, &TypeError_type, "%s() argument 2 must be str, not %s", fname, type_name(v[1]));
    return false;
  }
  form->assign(str_utf8(v[0]));
  *s = v[1];
  return true;
}

Ref ud_normalize(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  std::string form;
  Value s;
  if (!norm_args(ts, "normalize", args, nargs, kw, &form, &s)) return nullptr;
  return normalize_str(ts, form.c_str(), s, nullptr);
}

Ref ud_is_normalized(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  std::string form;
  Value s;
  if (!norm_args(ts, "is_normalized", args, nargs, kw, &form, &s)) return nullptr;
  bool changed = false;
  Ref r = normalize_str(ts, form.c_str(), s, &changed);
  if (!r) return nullptr;
  return new_bool(!changed);
}

const MethodDef unicodedata_functions[] = {
    {"category", ud_category, kMethStatic, nullptr},
    {"bidirectional", ud_bidirectional, kMethStatic, nullptr},
    {"east_asian_width", ud_east_asian_width, kMethStatic, nullptr},
    {"combining", ud_combining, kMethStatic, nullptr},
    {"mirrored", ud_mirrored, kMethStatic, nullptr},
    {"decomposition", ud_decomposition, kMethStatic, nullptr},
    {"decimal", ud_number<0>, kMethStatic, nullptr},
    {"digit", ud_number<1>, kMethStatic, nullptr},
    {"numeric", ud_number<2>, kMethStatic, nullptr},
    {"normalize", ud_normalize, kMethStatic, nullptr},
    {"is_normalized", ud_is_normalized, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_unicodedata_module(ThreadState* ts) {
  Ref mod = new_module(ts, "unicodedata");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = unicodedata_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  Ref version = new_str_ascii("14.0.0");
  if (!version || dict_set_str(ts, d, "unidata_version", version.get()) < 0) return nullptr;
  return mod;
}

}  // namespace weft

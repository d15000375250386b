// Argument parsing for native functions (vectorcall: positional values, then
// the values of the keywords named by kwnames), with CPython's messages.
#include <algorithm>
#include <cstring>
#include <string>

#include "core/types/type_internal.h"

namespace weft {

static const char* plural(size_t n) { return n == 1 ? "" : "s"; }

bool no_kwargs(ThreadState* ts, const char* fname, Tuple* kwnames) {
  if (!kwnames || kwnames->length == 0) return true;
  set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", fname);
  return false;
}

// A keyword that matched nothing: given by position too, positional-only, or unknown.
static bool report_bad_keyword(ThreadState* ts, const char* fname, const Value* args, size_t nargs,
                               Tuple* kwnames, const char* const* nm, size_t n, size_t posonly) {
  for (int64_t k = 0; k < kwnames->length; k++) {
    std::string_view kn = str_utf8(kwnames->items[k]);
    size_t idx = n;
    for (size_t i = 0; i < n; i++)
      if (kn == nm[i]) idx = i;
    if (idx >= posonly && idx < nargs) {
      set_errorf(ts, &TypeError_type, "argument for %s() given by name ('%s') and position (%zu)",
                 fname, nm[idx], idx + 1);
      return false;
    }
  }
  for (int64_t k = 0; k < kwnames->length; k++) {
    std::string_view kn = str_utf8(kwnames->items[k]);
    size_t idx = n;
    for (size_t i = 0; i < n; i++)
      if (kn == nm[i]) idx = i;
    if (idx == n || idx < posonly) {
      set_errorf(ts, &TypeError_type, "'%.*s' is an invalid keyword argument for %s()",
                 int(kn.size()), kn.data(), fname);
      return false;
    }
  }
  return true;
}

// fname may be qualified ("str.replace"): CPython names a method by its
// qualified name in some messages and by its bare name in others.
static const char* bare_name(const char* fname) {
  const char* dot = std::strrchr(fname, '.');
  return dot ? dot + 1 : fname;
}

// Functions whose parameters are all positional-only are METH_NOARGS, METH_O
// or clinic's METH_FASTCALL in CPython; each has its own messages.
static bool check_positional_only(ThreadState* ts, const char* fname, size_t nargs, Tuple* kwnames,
                                  size_t n, size_t required) {
  if (kwnames && kwnames->length) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", fname);
    return false;
  }
  if (n == 0 && nargs != 0) {
    set_errorf(ts, &TypeError_type, "%s() takes no arguments (%zu given)", fname, nargs);
    return false;
  }
  if (n == 1 && required == 1 && nargs != 1) {
    set_errorf(ts, &TypeError_type, "%s() takes exactly one argument (%zu given)", fname, nargs);
    return false;
  }
  if (nargs < required || nargs > n) {
    size_t bound = nargs < required ? required : n;
    const char* qualifier = required == n ? "" : nargs < required ? "at least " : "at most ";
    set_errorf(ts, &TypeError_type, "%s expected %s%zu argument%s, got %zu", bare_name(fname),
               qualifier, bound, plural(bound), nargs);
    return false;
  }
  return true;
}

bool parse_args(ThreadState* ts, const char* fname, const Value* args, size_t nargs,
                Tuple* kwnames, std::initializer_list<const char*> names, size_t required,
                Value* out, size_t posonly) {
  size_t n = names.size();
  const char* const* nm = names.begin();
  if (posonly >= n) {
    if (!check_positional_only(ts, fname, nargs, kwnames, n, required)) return false;
    for (size_t i = 0; i < n; i++) out[i] = i < nargs ? args[i] : Value();
    return true;
  }
  fname = bare_name(fname);
  size_t nkw = kwnames ? static_cast<size_t>(kwnames->length) : 0;
  if (nargs + nkw > n) {  // counted before names are checked, as CPython's clinic does
    set_errorf(ts, &TypeError_type, "%s() takes at most %zu %sargument%s (%zu given)", fname, n,
               nargs == 0 ? "keyword " : "", plural(n), nargs + nkw);
    return false;
  }
  size_t min_posonly = std::min(posonly, required);
  if (nargs < min_posonly) {
    set_errorf(ts, &TypeError_type, "%s() takes %s %zu positional argument%s (%zu given)", fname,
               min_posonly < n ? "at least" : "exactly", min_posonly, plural(min_posonly), nargs);
    return false;
  }
  for (size_t i = 0; i < n; i++) out[i] = i < nargs ? args[i] : Value();
  size_t matched = 0;
  for (size_t k = 0; k < nkw; k++) {
    std::string_view kn = str_utf8(kwnames->items[k]);
    for (size_t i = posonly; i < n; i++)
      if (kn == nm[i] && i >= nargs) {
        out[i] = args[nargs + k];
        matched++;
        break;
      }
  }
  // Missing arguments are reported before unknown keywords, as in CPython.
  for (size_t i = nargs; i < required; i++) {
    if (!out[i].is_null()) continue;
    set_errorf(ts, &TypeError_type, "%s() missing required argument '%s' (pos %zu)", fname, nm[i],
               i + 1);
    return false;
  }
  if (matched < nkw) return report_bad_keyword(ts, fname, args, nargs, kwnames, nm, n, posonly);
  return true;
}

bool parse_args_tuple_style(ThreadState* ts, const char* fname, const Value* args, size_t nargs,
                            Tuple* kwnames, size_t min, size_t max, Value* out) {
  if (kwnames && kwnames->length) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", fname);
    return false;
  }
  if (nargs < min || nargs > max) {
    size_t bound = nargs < min ? min : max;
    const char* qualifier = min == max ? "exactly" : nargs < min ? "at least" : "at most";
    set_errorf(ts, &TypeError_type, "%s() takes %s %zu argument%s (%zu given)", bare_name(fname),
               qualifier, bound, plural(bound), nargs);
    return false;
  }
  for (size_t i = 0; i < max; i++) out[i] = i < nargs ? args[i] : Value();
  return true;
}

}  // namespace weft

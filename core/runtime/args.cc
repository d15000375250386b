// Argument parsing for native functions (vectorcall: positional values, then
// the values of the keywords named by kwnames), with CPython's messages.
#include <string>

#include "core/types/type_internal.h"

namespace weft {

static const char* plural(size_t n) { return n == 1 ? "" : "s"; }

bool no_kwargs(ThreadState* ts, const char* fname, Tuple* kwnames) {
  if (!kwnames || kwnames->length == 0) return true;
  set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", fname);
  return false;
}

bool parse_args(ThreadState* ts, const char* fname, const Value* args, size_t nargs,
                Tuple* kwnames, std::initializer_list<const char*> names, size_t required,
                Value* out, size_t posonly) {
  size_t n = names.size();
  const char* const* nm = names.begin();
  size_t nkw = kwnames ? static_cast<size_t>(kwnames->length) : 0;
  if (nargs + nkw > n) {  // counted before names are checked, as CPython's clinic does
    set_errorf(ts, &TypeError_type, "%s() takes %s %zu argument%s (%zu given)", fname,
               required == n ? "exactly" : "at most", n, plural(n), nargs + nkw);
    return false;
  }
  for (size_t i = 0; i < n; i++) out[i] = i < nargs ? args[i] : Value();
  for (size_t k = 0; k < nkw; k++) {
    Value key = kwnames->items[k];
    std::string_view kn = str_utf8(key);
    size_t idx = n;
    for (size_t i = 0; i < n; i++)
      if (kn == nm[i]) {
        idx = i;
        break;
      }
    if (idx == n) {
      set_errorf(ts, &TypeError_type, "'%.*s' is an invalid keyword argument for %s()",
                 int(kn.size()), kn.data(), fname);
      return false;
    }
    if (idx < posonly) {
      set_errorf(ts, &TypeError_type,
                 "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                 fname, nm[idx]);
      return false;
    }
    if (idx < nargs) {
      set_errorf(ts, &TypeError_type, "argument for %s() given by name ('%s') and position (%zu)",
                 fname, nm[idx], idx + 1);
      return false;
    }
    out[idx] = args[nargs + k];
  }
  for (size_t i = 0; i < required; i++) {
    if (!out[i].is_null()) continue;
    if (nkw == 0) {
      set_errorf(ts, &TypeError_type, "%s() takes %s %zu argument%s (%zu given)", fname,
                 required == n ? "exactly" : "at least", required, plural(required), nargs);
    } else {
      set_errorf(ts, &TypeError_type, "%s() missing required argument '%s' (pos %zu)", fname,
                 nm[i], i + 1);
    }
    return false;
  }
  return true;
}

}  // namespace weft

// The functions of the builtins module that work on values: print, len, abs,
// min/max, sum, sorted, getattr... (code execution ones are in builtins_exec.cc).
#include <cmath>
#include <string>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "core/vm/eval.h"
#include "stdlib/builtins_internal.h"
#include "stdlib/io_internal.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

Value one_arg(const Value* args) { return args[0]; }

bool exactly_one(ThreadState* ts, const char* name, size_t nargs, Tuple* kw) {
  if (kw && kw->length) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    set_errorf(ts, &TypeError_type, "%s() takes exactly one argument (%zu given)", name, nargs);
    return false;
  }
  return true;
}

// ---- output -------------------------------------------------------------------

Ref text_of(ThreadState* ts, Value v) { return is_exact_str(v) ? Ref::borrow(v) : str_of(ts, v); }

Ref builtin_print(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value sep, end, file, flush;
  size_t nkw = kw ? kw->length : 0;
  size_t npos = nargs;
  for (size_t i = 0; i < nkw; ++i) {
    Str* k = static_cast<Str*>(kw->items[i].as_object());
    Value v = args[npos + i];
    if (str_equal_ascii(k, "sep")) sep = v;
    else if (str_equal_ascii(k, "end")) end = v;
    else if (str_equal_ascii(k, "file")) file = v;
    else if (str_equal_ascii(k, "flush")) flush = v;
    else {
      set_errorf(ts, &TypeError_type, "'%s' is an invalid keyword argument for print()",
                 std::string(str_utf8(k)).c_str());
      return nullptr;
    }
  }
  for (Value* opt : {&sep, &end}) {
    if (*opt && *opt != None() && !is_str(*opt)) {
      set_errorf(ts, &TypeError_type, "%s must be None or a string, not %s",
                 opt == &sep ? "sep" : "end", type_name(*opt));
      return nullptr;
    }
  }
  Ref out;
  if (!file || file == None()) {
    out = get_attr_str(ts, ts->interp->sys.get(), "stdout");
    if (!out) return nullptr;
    if (out.get() == None()) return new_none();
  } else {
    out = Ref::borrow(file);
  }
  std::string_view sep_s = sep && sep != None() ? str_utf8(sep) : " ";
  std::string_view end_s = end && end != None() ? str_utf8(end) : "\n";
  // Build the whole line first: one write per print() keeps lines from
  // different threads whole, as under CPython.
  std::string line;
  for (size_t i = 0; i < npos; ++i) {
    if (i) line.append(sep_s);
    Ref s = text_of(ts, args[i]);
    if (!s) return nullptr;
    line.append(str_utf8(s.get()));
  }
  line.append(end_s);
  Ref text = new_str(line);
  if (!text) return nullptr;
  Value arg = text.get();
  Ref r = call_method(ts, out.get(), "write", &arg, 1);
  if (!r) return nullptr;
  if (flush) {
    int f = truthy(ts, flush);
    if (f < 0) return nullptr;
    if (f && !call_method(ts, out.get(), "flush", nullptr, 0)) return nullptr;
  }
  return new_none();
}

Ref builtin_input(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value prompt;
  if (!parse_args(ts, "input", args, nargs, kw, {"prompt"}, 0, &prompt, 1)) return nullptr;
  Ref out = get_attr_str(ts, ts->interp->sys.get(), "stdout");
  Ref in = get_attr_str(ts, ts->interp->sys.get(), "stdin");
  if (!out || !in) return nullptr;
  if (prompt) {
    Ref s = str_of(ts, prompt);
    if (!s) return nullptr;
    Value a = s.get();
    if (!call_method(ts, out.get(), "write", &a, 1)) return nullptr;
  }
  if (!call_method(ts, out.get(), "flush", nullptr, 0)) return nullptr;
  Ref line = call_method(ts, in.get(), "readline", nullptr, 0);
  if (!line) return nullptr;
  std::string_view s = str_utf8(line.get());
  if (s.empty()) {
    set_error(ts, &EOFError_type, "EOF when reading a line");
    return nullptr;
  }
  if (s.back() == '\n') s.remove_suffix(1);
  return new_str(s);
}

// ---- simple one-argument functions -----------------------------------------------

Ref builtin_len(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!exactly_one(ts, "len", nargs, kw)) return nullptr;
  int64_t n = length_of(ts, args[0]);
  return n < 0 ? nullptr : new_int(n);
}

Ref builtin_repr(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!exactly_one(ts, "repr", nargs, kw)) return nullptr;
  return repr_of(ts, one_arg(args));
}

Ref builtin_ascii(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!exactly_one(ts, "ascii", nargs, kw)) return nullptr;
  return ascii_of(ts, args[0]);
}

Ref builtin_abs(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!exactly_one(ts, "abs", nargs, kw)) return nullptr;
  return abs_of(ts, args[0]);
}

Ref builtin_hash(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!exactly_one(ts, "hash", nargs, kw)) return nullptr;
  int64_t h = hash_of(ts, args[0]);
  return h == -1 && ts->has_error() ? nullptr : new_int(h);
}

Ref builtin_id(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!exactly_one(ts, "id", nargs, kw)) return nullptr;
  return new_int_from_u64(static_cast<uint64_t>(args[0].strip()));
}

Ref builtin_callable(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!exactly_one(ts, "callable", nargs, kw)) return nullptr;
  return new_bool(is_callable(args[0]));
}

Ref builtin_chr(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!exactly_one(ts, "chr", nargs, kw)) return nullptr;
  int64_t c;
  if (!index_to_i64(ts, args[0], &c, &OverflowError_type)) return nullptr;
  if (c < 0 || c > 0x10FFFF) {
    set_error(ts, &ValueError_type, "chr() arg not in range(0x110000)");
    return nullptr;
  }
  uint32_t cp = static_cast<uint32_t>(c);
  return new_str_from_codepoints(&cp, 1);
}

Ref builtin_ord(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!exactly_one(ts, "ord", nargs, kw)) return nullptr;
  Value v = args[0];
  if (is_str(v)) {
    Str* s = static_cast<Str*>(v.as_object());
    if (s->length == 1) return new_int(s->at(0));
    set_errorf(ts, &TypeError_type, "ord() expected a character, but string of length %lld found",
               static_cast<long long>(s->length));
    return nullptr;
  }
  if (is_bytes(v) || isinstance_of(v, &bytearray_type)) {
    int64_t len = is_bytes(v) ? static_cast<Bytes*>(v.as_object())->length
                              : static_cast<ByteArray*>(v.as_object())->length;
    const char* data = is_bytes(v) ? static_cast<Bytes*>(v.as_object())->data
                                   : static_cast<ByteArray*>(v.as_object())->data;
    if (len == 1) return new_int(static_cast<unsigned char>(data[0]));
    set_errorf(ts, &TypeError_type, "ord() expected a character, but string of length %lld found",
               static_cast<long long>(len));
    return nullptr;
  }
  set_errorf(ts, &TypeError_type, "ord() expected string of length 1, but %s found", type_name(v));
  return nullptr;
}

Ref radix_string(ThreadState* ts, const char* name, Value v, int base, const char* prefix) {
  Ref i = index_of(ts, v);
  if (!i) return nullptr;
  std::string digits = int_to_string_base(i.get(), base);
  bool neg = !digits.empty() && digits[0] == '-';
  std::string out = neg ? "-" : "";
  out += prefix;
  out += neg ? digits.substr(1) : digits;
  return new_str(out);
}

Ref builtin_bin(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!exactly_one(ts, "bin", nargs, kw)) return nullptr;
  return radix_string(ts, "bin", args[0], 2, "0b");
}
Ref builtin_oct(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!exactly_one(ts, "oct", nargs, kw)) return nullptr;
  return radix_string(ts, "oct", args[0], 8, "0o");
}
Ref builtin_hex(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!exactly_one(ts, "hex", nargs, kw)) return nullptr;
  return radix_string(ts, "hex", args[0], 16, "0x");
}

Ref builtin_format(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  if (!parse_args(ts, "format", args, nargs, kw, {"value", "format_spec"}, 1, v, 2)) return nullptr;
  return format_of(ts, v[0], v[1]);
}

Ref builtin_divmod(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  if (!parse_args(ts, "divmod", args, nargs, kw, {"x", "y"}, 2, v, 2)) return nullptr;
  return binary_op(ts, BinOp::DivMod, v[0], v[1]);
}

Ref builtin_pow(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[3];
  if (!parse_args(ts, "pow", args, nargs, kw, {"base", "exp", "mod"}, 2, v)) return nullptr;
  return power(ts, v[0], v[1], v[2] ? v[2] : None());
}

Ref builtin_round(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  if (!parse_args(ts, "round", args, nargs, kw, {"number", "ndigits"}, 1, v)) return nullptr;
  Ref method = lookup_special(ts, v[0], intern_str(ts, "__round__"));
  if (!method) {
    if (!ts->has_error())
      set_errorf(ts, &TypeError_type, "type %s doesn't define __round__ method", type_name(v[0]));
    return nullptr;
  }
  if (!v[1] || v[1] == None()) return call0(ts, method.get());
  return call1(ts, method.get(), v[1]);
}

// ---- attributes -----------------------------------------------------------------

bool attr_name(ThreadState* ts, Value v, Str** out) {
  if (!is_str(v)) {
    set_errorf(ts, &TypeError_type, "attribute name must be string, not '%s'", type_name(v));
    return false;
  }
  *out = static_cast<Str*>(v.as_object());
  return true;
}

Ref builtin_getattr(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->length) return no_kwargs(ts, "getattr", kw), nullptr;
  if (nargs < 2 || nargs > 3) {
    set_errorf(ts, &TypeError_type, "getattr expected %s 2 arguments, got %zu",
               nargs < 2 ? "at least" : "at most", nargs);
    return nullptr;
  }
  Str* name;
  if (!attr_name(ts, args[1], &name)) return nullptr;
  if (nargs == 2) return get_attr(ts, args[0], name);
  Ref r = get_attr_opt(ts, args[0], name);
  if (r || ts->has_error()) return r;
  return Ref::borrow(args[2]);
}

Ref builtin_setattr(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 3 || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "setattr expected 3 arguments, got %zu", nargs);
    return nullptr;
  }
  Str* name;
  if (!attr_name(ts, args[1], &name)) return nullptr;
  return set_attr(ts, args[0], name, args[2]) < 0 ? nullptr : new_none();
}

Ref builtin_delattr(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 2 || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "delattr expected 2 arguments, got %zu", nargs);
    return nullptr;
  }
  Str* name;
  if (!attr_name(ts, args[1], &name)) return nullptr;
  return del_attr(ts, args[0], name) < 0 ? nullptr : new_none();
}

Ref builtin_hasattr(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 2 || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "hasattr expected 2 arguments, got %zu", nargs);
    return nullptr;
  }
  Str* name;
  if (!attr_name(ts, args[1], &name)) return nullptr;
  Ref r = get_attr_opt(ts, args[0], name);
  if (r) return new_bool(true);
  return ts->has_error() ? nullptr : new_bool(false);
}

Ref builtin_isinstance(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 2 || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "isinstance expected 2 arguments, got %zu", nargs);
    return nullptr;
  }
  int r = isinstance(ts, args[0], args[1]);
  return r < 0 ? nullptr : new_bool(r);
}

Ref builtin_issubclass(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 2 || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "issubclass expected 2 arguments, got %zu", nargs);
    return nullptr;
  }
  int r = issubclass(ts, args[0], args[1]);
  return r < 0 ? nullptr : new_bool(r);
}

// ---- iteration -------------------------------------------------------------------

Ref builtin_iter(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->length) return no_kwargs(ts, "iter", kw), nullptr;
  if (nargs == 1) return get_iter(ts, args[0]);
  if (nargs == 2) {
    if (!is_callable(args[0])) {
      set_error(ts, &TypeError_type, "iter(v, w): v must be callable");
      return nullptr;
    }
    return new_callable_iter(ts, args[0], args[1]);
  }
  set_errorf(ts, &TypeError_type, "iter expected %s, got %zu", nargs ? "at most 2 arguments" : "at least 1 argument", nargs);
  return nullptr;
}

Ref builtin_next(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->length) return no_kwargs(ts, "next", kw), nullptr;
  if (nargs < 1 || nargs > 2) {
    set_errorf(ts, &TypeError_type, "next expected %s, got %zu",
               nargs ? "at most 2 arguments" : "at least 1 argument", nargs);
    return nullptr;
  }
  if (!type_of(args[0])->next) {
    set_errorf(ts, &TypeError_type, "'%s' object is not an iterator", type_name(args[0]));
    return nullptr;
  }
  // The slot is called directly, not iter_next(): a generator's return value
  // travels in the StopIteration it raises, which iter_next() would swallow.
  Ref r = type_of(args[0])->next(ts, args[0]);
  if (r || ts->has_error()) {
    if (!r && nargs == 2 && error_matches(ts, &StopIteration_type)) {
      clear_error(ts);
      return Ref::borrow(args[1]);
    }
    return r;
  }
  if (nargs == 2) return Ref::borrow(args[1]);
  set_error_obj(ts, &StopIteration_type, Value());
  return nullptr;
}

Ref builtin_all_any(ThreadState* ts, const Value* args, size_t nargs, Tuple* kw, bool is_all) {
  if (!exactly_one(ts, is_all ? "all" : "any", nargs, kw)) return nullptr;
  bool result = is_all;
  bool ok = for_each(ts, args[0], [&](Value item) {
    int t = truthy(ts, item);
    if (t < 0) return false;
    if (static_cast<bool>(t) != is_all) {
      result = !is_all;
      return false;
    }
    return true;
  });
  if (!ok && ts->has_error()) return nullptr;
  return new_bool(result);
}
Ref builtin_all(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) { return builtin_all_any(ts, a, n, kw, true); }
Ref builtin_any(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) { return builtin_all_any(ts, a, n, kw, false); }

Ref builtin_sum(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  if (!parse_args(ts, "sum", args, nargs, kw, {"iterable", "start"}, 1, v, 1)) return nullptr;
  Ref total = v[1] ? Ref::borrow(v[1]) : Ref::small_int(0);
  if (is_str(total.get())) {
    set_error(ts, &TypeError_type, "sum() can't sum strings [use ''.join(seq) instead]");
    return nullptr;
  }
  if (is_bytes(total.get()) || isinstance_of(total.get(), &bytearray_type)) {
    set_errorf(ts, &TypeError_type, "sum() can't sum %s [use b''.join(seq) instead]",
               is_bytes(total.get()) ? "bytes" : "bytearray");
    return nullptr;
  }
  bool ok = for_each(ts, v[0], [&](Value item) {
    if (total.get().is_small_int() && item.is_small_int()) {
      int64_t s = total.get().as_small_int() + item.as_small_int();
      total = new_int(s);
      return true;
    }
    Ref next = binary_op(ts, BinOp::Add, total.get(), item);
    if (!next) return false;
    total = std::move(next);
    return true;
  });
  return ok ? total : nullptr;
}

Ref builtin_minmax(ThreadState* ts, const Value* args, size_t nargs, Tuple* kw, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Value key, deflt;
  size_t nkw = kw ? kw->length : 0;
  size_t npos = nargs;
  for (size_t i = 0; i < nkw; ++i) {
    Str* k = static_cast<Str*>(kw->items[i].as_object());
    if (str_equal_ascii(k, "key")) key = args[npos + i];
    else if (str_equal_ascii(k, "default")) deflt = args[npos + i];
    else {
      set_errorf(ts, &TypeError_type, "'%s' is an invalid keyword argument for %s()",
                 std::string(str_utf8(k)).c_str(), name);
      return nullptr;
    }
  }
  if (key == None()) key = Value();
  if (npos == 0) {
    set_errorf(ts, &TypeError_type, "%s expected at least 1 argument, got 0", name);
    return nullptr;
  }
  if (npos > 1 && deflt) {
    set_errorf(ts, &TypeError_type,
               "Cannot specify a default for %s() with multiple positional arguments", name);
    return nullptr;
  }
  Ref best, best_key;
  auto consider = [&](Value item) -> bool {
    Ref k = key ? call1(ts, key, item) : Ref::borrow(item);
    if (!k) return false;
    if (best) {
      int better = rich_compare_bool(ts, k.get(), best_key.get(), is_max ? CmpOp::Gt : CmpOp::Lt);
      if (better < 0) return false;
      if (!better) return true;
    }
    best = Ref::borrow(item);
    best_key = std::move(k);
    return true;
  };
  if (npos == 1) {
    if (!for_each(ts, args[0], consider)) return nullptr;
  } else {
    for (size_t i = 0; i < npos; ++i)
      if (!consider(args[i])) return nullptr;
  }
  if (best) return best;
  if (deflt) return Ref::borrow(deflt);
  set_errorf(ts, &ValueError_type, "%s() arg is an empty sequence", name);
  return nullptr;
}
Ref builtin_max(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) { return builtin_minmax(ts, a, n, kw, true); }
Ref builtin_min(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) { return builtin_minmax(ts, a, n, kw, false); }

Ref builtin_sorted(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  size_t nkw = kw ? kw->length : 0;
  if (nargs != 1) {
    set_errorf(ts, &TypeError_type, "sorted expected 1 argument, got %zu", nargs);
    return nullptr;
  }
  Value key, reverse;
  for (size_t i = 0; i < nkw; ++i) {
    Str* k = static_cast<Str*>(kw->items[i].as_object());
    Value val = args[nargs + i];
    if (str_equal_ascii(k, "key")) key = val;
    else if (str_equal_ascii(k, "reverse")) reverse = val;
    else {
      // sorted() hands its keywords to list.sort(), which reports them.
      set_errorf(ts, &TypeError_type, "'%s' is an invalid keyword argument for sort()",
                 std::string(str_utf8(k)).c_str());
      return nullptr;
    }
  }
  Ref list = sequence_to_list(ts, args[0]);
  if (!list) return nullptr;
  int rev = reverse ? truthy(ts, reverse) : 0;
  if (rev < 0) return nullptr;
  if (list_sort(ts, list.as<List>(), key == None() ? Value() : key, rev) < 0) return nullptr;
  return list;
}

Ref builtin_vars(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->length) return no_kwargs(ts, "vars", kw), nullptr;
  if (nargs == 0) {
    Ref l = get_locals(ts);
    if (!l && !ts->has_error()) return new_dict();
    return l;
  }
  if (nargs > 1) {
    set_errorf(ts, &TypeError_type, "vars expected at most 1 argument, got %zu", nargs);
    return nullptr;
  }
  Ref d = get_attr_opt(ts, args[0], intern_str(ts, "__dict__"));
  if (d) return d;
  if (!ts->has_error())
    set_error(ts, &TypeError_type, "vars() argument must have __dict__ attribute");
  return nullptr;
}

Ref builtin_breakpoint(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_none(); }

}  // namespace

const MethodDef builtin_value_functions[] = {
    {"print", builtin_print, kMethStatic, "Prints the values to a stream, or to sys.stdout by default."},
    {"input", builtin_input, kMethStatic, "Read a string from standard input."},
    {"len", builtin_len, kMethStatic, "Return the number of items in a container."},
    {"repr", builtin_repr, kMethStatic, "Return the canonical string representation of the object."},
    {"ascii", builtin_ascii, kMethStatic, nullptr},
    {"abs", builtin_abs, kMethStatic, "Return the absolute value of the argument."},
    {"hash", builtin_hash, kMethStatic, "Return the hash value for the given object."},
    {"id", builtin_id, kMethStatic, "Return the identity of an object."},
    {"callable", builtin_callable, kMethStatic, nullptr},
    {"chr", builtin_chr, kMethStatic, nullptr},
    {"ord", builtin_ord, kMethStatic, nullptr},
    {"bin", builtin_bin, kMethStatic, nullptr},
    {"oct", builtin_oct, kMethStatic, nullptr},
    {"hex", builtin_hex, kMethStatic, nullptr},
    {"format", builtin_format, kMethStatic, nullptr},
    {"divmod", builtin_divmod, kMethStatic, nullptr},
    {"pow", builtin_pow, kMethStatic, nullptr},
    {"round", builtin_round, kMethStatic, nullptr},
    {"getattr", builtin_getattr, kMethStatic, nullptr},
    {"setattr", builtin_setattr, kMethStatic, nullptr},
    {"delattr", builtin_delattr, kMethStatic, nullptr},
    {"hasattr", builtin_hasattr, kMethStatic, nullptr},
    {"isinstance", builtin_isinstance, kMethStatic, nullptr},
    {"issubclass", builtin_issubclass, kMethStatic, nullptr},
    {"iter", builtin_iter, kMethStatic, nullptr},
    {"next", builtin_next, kMethStatic, nullptr},
    {"all", builtin_all, kMethStatic, nullptr},
    {"any", builtin_any, kMethStatic, nullptr},
    {"sum", builtin_sum, kMethStatic, nullptr},
    {"max", builtin_max, kMethStatic, nullptr},
    {"min", builtin_min, kMethStatic, nullptr},
    {"sorted", builtin_sorted, kMethStatic, nullptr},
    {"vars", builtin_vars, kMethStatic, nullptr},
    {"breakpoint", builtin_breakpoint, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft

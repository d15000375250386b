// The sys module. Values that describe the runtime (version_info, flags,
// float_info...) are struct sequences; mutable settings (recursion limit,
// int digit limit) live on the Interpreter, never in globals.
#include <cfloat>
#include <climits>
#include <cstring>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "core/vm/eval.h"
#include "stdlib/stdlib.h"
#include "stdlib/structseq.h"

namespace weft {

namespace {

StructSeqDesc version_info_desc, flags_desc, float_info_desc, int_info_desc, hash_info_desc;

Ref sys_exit(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value code;
  if (!parse_args(ts, "exit", args, nargs, kw, {"status"}, 0, &code, 1)) return nullptr;
  set_error_obj(ts, &SystemExit_type, code ? code : Value());
  return nullptr;
}

Ref sys_getrecursionlimit(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  return new_int(ts->interp->recursion_limit.load(std::memory_order_relaxed));
}

Ref sys_setrecursionlimit(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "setrecursionlimit", args, nargs, kw, {"limit"}, 1, &v, 1)) return nullptr;
  if (!is_int(v)) {
    set_error(ts, &TypeError_type, "'float' object cannot be interpreted as an integer");
    return nullptr;
  }
  int64_t n;
  if (!int_to_i64(ts, v, &n)) return nullptr;
  if (n < 1) {
    set_error(ts, &ValueError_type, "recursion limit must be greater or equal than 1");
    return nullptr;
  }
  if (n <= ts->recursion_depth) {
    set_errorf(ts, &RecursionError_type,
               "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
               static_cast<long long>(n), ts->recursion_depth);
    return nullptr;
  }
  int limit = n > INT_MAX ? INT_MAX : static_cast<int>(n);
  ts->interp->recursion_limit.store(limit, std::memory_order_relaxed);
  std::lock_guard<std::mutex> g(ts->interp->threads_mu);
  for (ThreadState* t = ts->interp->threads; t; t = t->next_in_interp) t->recursion_limit = limit;
  return new_none();
}

Ref sys_getrefcount(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "getrefcount", args, nargs, kw, {"object"}, 1, &v, 1)) return nullptr;
  if (v.is_small_int()) return new_int(int64_t(1) << 32);
  return new_int(refcount_of(v.as_object()));
}

Ref sys_intern(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "intern", args, nargs, kw, {"string"}, 1, &v, 1)) return nullptr;
  if (!is_exact_str(v)) {
    set_errorf(ts, &TypeError_type, "intern() argument must be str, not %s", type_name(v));
    return nullptr;
  }
  return intern_str_ref(ts, Ref::borrow(v));
}

Ref sys_getsizeof(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value vals[2];
  if (!parse_args(ts, "getsizeof", args, nargs, kw, {"object", "default"}, 1, vals)) return nullptr;
  Ref method = lookup_special(ts, vals[0], intern_str(ts, "__sizeof__"));
  if (method) {
    Ref r = call0(ts, method.get());
    if (!r) return nullptr;
    int64_t n;
    if (!int_to_i64(ts, r.get(), &n)) return nullptr;
    return new_int(n + 16);  // + the collector header CPython adds
  }
  if (ts->has_error()) return nullptr;
  if (vals[1]) return Ref::borrow(vals[1]);
  return new_int(static_cast<int64_t>(type_of(vals[0])->basic_size));
}

Ref sys_exc_info(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  Value e = ts->handled_exc.get();
  if (e.is_null() || e == None()) return new_tuple({None(), None(), None()});
  Object* tb = static_cast<BaseExc*>(e.as_object())->traceback;
  return new_tuple({Value(type_of(e)), e, tb ? Value(tb) : None()});
}

Ref sys_exception(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  Value e = ts->handled_exc.get();
  return e.is_null() ? new_none() : Ref::borrow(e);
}

Ref sys_getframe(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "_getframe", args, nargs, kw, {"depth"}, 0, &v, 1)) return nullptr;
  int64_t depth = 0;
  if (v && !int_to_i64(ts, v, &depth)) return nullptr;
  return get_frame_object(ts, static_cast<int>(depth));
}

Ref return_none(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_none(); }
Ref return_false(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_bool(false); }

Ref sys_getdefaultencoding(ThreadState*, Value, const Value*, size_t, Tuple*) {
  return new_str_ascii("utf-8");
}

Ref sys_get_int_max_str_digits(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  return new_int(ts->interp->int_max_str_digits.load(std::memory_order_relaxed));
}

Ref sys_set_int_max_str_digits(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "set_int_max_str_digits", args, nargs, kw, {"maxdigits"}, 1, &v)) return nullptr;
  int64_t n;
  if (!int_to_i64(ts, v, &n)) return nullptr;
  if (n != 0 && n < 640) {
    set_error(ts, &ValueError_type, "maxdigits must be 0 or larger than 640");
    return nullptr;
  }
  ts->interp->int_max_str_digits.store(static_cast<int>(n), std::memory_order_relaxed);
  return new_none();
}

Ref sys_getswitchinterval(ThreadState*, Value, const Value*, size_t, Tuple*) {
  return new_float(0.005);
}

Ref sys_displayhook(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "displayhook", args, nargs, kw, {"object"}, 1, &v, 1)) return nullptr;
  if (v == None()) return new_none();
  Ref r = repr_of(ts, v);
  if (!r) return nullptr;
  Ref out = get_attr_str(ts, ts->interp->sys.get(), "stdout");
  if (!out) return nullptr;
  Ref line = str_from_format("%s\n", std::string(str_utf8(r.get())).c_str());
  Value arg = line.get();
  Ref w = call_method(ts, out.get(), "write", &arg, 1);
  if (!w) return nullptr;
  if (set_attr(ts, ts->interp->builtins.get(), intern_str(ts, "_"), v) < 0) return nullptr;
  return new_none();
}

Ref sys_excepthook(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[3];
  if (!parse_args(ts, "excepthook", args, nargs, kw, {"exctype", "value", "traceback"}, 3, v))
    return nullptr;
  print_exception(ts, v[1]);
  return new_none();
}

Ref sys_is_gil_enabled(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_bool(false); }

const MethodDef sys_functions[] = {
    {"exit", sys_exit, kMethStatic, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, kMethStatic, nullptr},
    {"setrecursionlimit", sys_setrecursionlimit, kMethStatic, nullptr},
    {"getrefcount", sys_getrefcount, kMethStatic, nullptr},
    {"intern", sys_intern, kMethStatic, nullptr},
    {"getsizeof", sys_getsizeof, kMethStatic, nullptr},
    {"exc_info", sys_exc_info, kMethStatic, nullptr},
    {"exception", sys_exception, kMethStatic, nullptr},
    {"_getframe", sys_getframe, kMethStatic, nullptr},
    {"settrace", return_none, kMethStatic, nullptr},
    {"setprofile", return_none, kMethStatic, nullptr},
    {"gettrace", return_none, kMethStatic, nullptr},
    {"getprofile", return_none, kMethStatic, nullptr},
    {"getdefaultencoding", sys_getdefaultencoding, kMethStatic, nullptr},
    {"getfilesystemencoding", sys_getdefaultencoding, kMethStatic, nullptr},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, kMethStatic, nullptr},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, kMethStatic, nullptr},
    {"getswitchinterval", sys_getswitchinterval, kMethStatic, nullptr},
    {"setswitchinterval", return_none, kMethStatic, nullptr},
    {"displayhook", sys_displayhook, kMethStatic, nullptr},
    {"excepthook", sys_excepthook, kMethStatic, nullptr},
    {"_is_gil_enabled", sys_is_gil_enabled, kMethStatic, nullptr},
    {"is_finalizing", return_false, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Ref string_list(ThreadState* ts, const std::vector<std::string>& items) {
  Ref l = new_list(0);
  for (const std::string& s : items) {
    Ref v = new_str(s);
    if (!v || list_append(ts, l.as<List>(), v.get()) < 0) return nullptr;
  }
  return l;
}

int add(ThreadState* ts, Dict* d, const char* name, Ref v) {
  if (!v) return -1;
  return dict_set_str(ts, d, name, v.get());
}

int add_info_structs(ThreadState* ts, Dict* d) {
  Ref level = new_str_ascii("final");
  Ref vi = new_structseq(ts, &version_info_desc,
                         {Value::small_int(3), Value::small_int(11), Value::small_int(7), level.get(),
                          Value::small_int(0)});
  if (add(ts, d, "version_info", vi) < 0) return -1;
  std::vector<Value> zeros(18, Value::small_int(0));
  zeros[15] = Value::small_int(-1);  // int_max_str_digits: -1 = default
  Ref flags = new_structseq_from(ts, &flags_desc, zeros.data(), 18);
  if (add(ts, d, "flags", flags) < 0) return -1;
  Ref fmax = new_float(DBL_MAX), fmin = new_float(DBL_MIN), eps = new_float(DBL_EPSILON);
  Ref fi = new_structseq(ts, &float_info_desc,
                         {fmax.get(), Value::small_int(DBL_MAX_EXP), Value::small_int(DBL_MAX_10_EXP),
                          fmin.get(), Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
                          Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG), eps.get(),
                          Value::small_int(FLT_RADIX), Value::small_int(1)});
  if (add(ts, d, "float_info", fi) < 0) return -1;
  Ref ii = new_structseq(ts, &int_info_desc,
                         {Value::small_int(30), Value::small_int(4), Value::small_int(4300),
                          Value::small_int(640)});
  if (add(ts, d, "int_info", ii) < 0) return -1;
  Ref algo = new_str_ascii("siphash13");
  Ref inf = new_int(314159), nan = new_int(0), imag = new_int(1000003);
  Ref modulus = new_int((int64_t(1) << 61) - 1);
  Ref hi = new_structseq(ts, &hash_info_desc,
                         {Value::small_int(64), modulus.get(), inf.get(), nan.get(), imag.get(),
                          algo.get(), Value::small_int(64), Value::small_int(128), Value::small_int(0)});
  return add(ts, d, "hash_info", hi);
}

int add_streams(ThreadState* ts, Dict* d) {
  Ref in = make_std_stream(ts, 0, "<stdin>", false);
  Ref out = make_std_stream(ts, 1, "<stdout>", true);
  Ref err = make_std_stream(ts, 2, "<stderr>", true);
  if (!in || !out || !err) return -1;
  if (dict_set_str(ts, d, "stdin", in.get()) < 0 || dict_set_str(ts, d, "__stdin__", in.get()) < 0 ||
      dict_set_str(ts, d, "stdout", out.get()) < 0 || dict_set_str(ts, d, "__stdout__", out.get()) < 0 ||
      dict_set_str(ts, d, "stderr", err.get()) < 0 || dict_set_str(ts, d, "__stderr__", err.get()) < 0)
    return -1;
  return 0;
}

int add_paths(ThreadState* ts, Dict* d) {
  Interpreter* in = ts->interp;
  std::vector<std::string> path = in->path;
  if (const char* pp = std::getenv("PYTHONPATH")) {
    std::string s(pp);
    size_t start = 0;
    while (start <= s.size()) {
      size_t colon = s.find(':', start);
      std::string part = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      if (!part.empty()) path.push_back(part);
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }
  if (add(ts, d, "path", string_list(ts, path)) < 0 || add(ts, d, "argv", string_list(ts, in->argv)) < 0 ||
      add(ts, d, "orig_argv", string_list(ts, in->argv)) < 0 ||
      add(ts, d, "executable", new_str(in->executable)) < 0 ||
      add(ts, d, "_base_executable", new_str(in->executable)) < 0 ||
      add(ts, d, "warnoptions", new_list(0)) < 0 || add(ts, d, "meta_path", new_list(0)) < 0 ||
      add(ts, d, "path_hooks", new_list(0)) < 0 || add(ts, d, "path_importer_cache", new_dict()) < 0)
    return -1;
  std::string prefix = in->executable.substr(0, in->executable.rfind('/'));
  for (const char* key : {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"})
    if (add(ts, d, key, new_str(prefix)) < 0) return -1;
  return 0;
}

int add_constants(ThreadState* ts, Dict* d) {
  if (add(ts, d, "version", new_str("3.11.7 (weft, free-threaded) [GCC 12.2.0]")) < 0 ||
      add(ts, d, "hexversion", new_int(0x030B07F0)) < 0 ||
      add(ts, d, "api_version", new_int(1013)) < 0 ||
      add(ts, d, "maxsize", new_int(INT64_MAX)) < 0 ||
      add(ts, d, "maxunicode", new_int(0x10FFFF)) < 0 ||
      add(ts, d, "byteorder", new_str_ascii("little")) < 0 ||
      add(ts, d, "platform", new_str_ascii("linux")) < 0 ||
      add(ts, d, "abiflags", new_str_ascii("t")) < 0 ||
      add(ts, d, "copyright", new_str_ascii("Copyright (c) weft developers.")) < 0 ||
      add(ts, d, "float_repr_style", new_str_ascii("short")) < 0 ||
      add(ts, d, "platlibdir", new_str_ascii("lib")) < 0 ||
      add(ts, d, "pycache_prefix", new_none()) < 0 ||
      add(ts, d, "dont_write_bytecode", new_bool(true)) < 0)
    return -1;
  Ref names = new_tuple({Value(intern_str(ts, "builtins")), Value(intern_str(ts, "sys"))});
  if (add(ts, d, "builtin_module_names", names) < 0) return -1;
  // sys.implementation: weft names itself honestly; cache_tag None means no .pyc files.
  Ref impl = call0(ts, Value(&simple_namespace_type));
  if (!impl) return -1;
  Ref vi = dict_get_str(ts, d, intern_str(ts, "version_info"));
  if (set_attr(ts, impl.get(), intern_str(ts, "name"), Value(intern_str(ts, "weft"))) < 0 ||
      set_attr(ts, impl.get(), intern_str(ts, "cache_tag"), None()) < 0 ||
      set_attr(ts, impl.get(), intern_str(ts, "version"), vi.get()) < 0 ||
      set_attr(ts, impl.get(), intern_str(ts, "hexversion"), Value::small_int(0x030B07F0)) < 0 ||
      set_attr(ts, impl.get(), intern_str(ts, "_multiarch"), Value(intern_str(ts, "x86_64-linux-gnu"))) < 0)
    return -1;
  return add(ts, d, "implementation", impl);
}

}  // namespace

void setup_sys_types() {
  setup_structseq_type(&version_info_desc, "sys.version_info", "sys.version_info",
                       {"major", "minor", "micro", "releaselevel", "serial"});
  setup_structseq_type(&flags_desc, "sys.flags", "sys.flags",
                       {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                        "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                        "int_max_str_digits", "safe_path", "warn_default_encoding"});
  setup_structseq_type(&float_info_desc, "sys.float_info", "sys.float_info",
                       {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                        "mant_dig", "epsilon", "radix", "rounds"});
  setup_structseq_type(&int_info_desc, "sys.int_info", "sys.int_info",
                       {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                        "str_digits_check_threshold"});
  setup_structseq_type(&hash_info_desc, "sys.hash_info", "sys.hash_info",
                       {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                        "seed_bits", "cutoff"});
}

Ref make_sys_module(ThreadState* ts) {
  Ref mod = new_module(ts, "sys");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = sys_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  Ref hook = dict_get_str(ts, d, intern_str(ts, "excepthook"));
  Ref dhook = dict_get_str(ts, d, intern_str(ts, "displayhook"));
  if (dict_set_str(ts, d, "__excepthook__", hook.get()) < 0 ||
      dict_set_str(ts, d, "__displayhook__", dhook.get()) < 0 ||
      dict_set_str(ts, d, "modules", ts->interp->modules.get()) < 0)
    return nullptr;
  if (add_info_structs(ts, d) < 0 || add_streams(ts, d) < 0 || add_paths(ts, d) < 0 ||
      add_constants(ts, d) < 0)
    return nullptr;
  return mod;
}

}  // namespace weft

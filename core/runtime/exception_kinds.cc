// Exception classes with extra fields or a special str(): SystemExit,
// StopIteration, KeyError, OSError (and its errno-based subclass choice),
// ImportError, NameError, AttributeError, SyntaxError and the Unicode errors.
// Their fields live in the instance __dict__, so user code can read and
// overwrite them exactly as in CPython.
#include <cerrno>
#include <cstring>
#include <string>

#include "core/runtime/abstract.h"
#include "core/runtime/exceptions.h"

namespace weft {
namespace {

BaseExc* as_exc(Value v) { return static_cast<BaseExc*>(v.as_object()); }
Tuple* args_of(Value v) {
  Tuple* t = as_exc(v)->args;
  return t ? t : empty_tuple();
}

int set_field(ThreadState* ts, Value self, const char* name, Value v) {
  return set_attr(ts, self, intern_str(ts, name), v.is_null() ? None() : v);
}

Ref field(ThreadState* ts, Value self, const char* name) {
  Ref r = get_attr_opt(ts, self, intern_str(ts, name));
  if (!r && !ts->has_error()) return new_none();
  return r;
}

// Base init without keyword checking, used by the classes that accept keywords.
int store_args(ThreadState* ts, Value self, const Value* args, size_t nargs) {
  Ref t = new_tuple_from(args, static_cast<int64_t>(nargs));
  if (!t) return -1;
  store_ref(self.as_object(), reinterpret_cast<Object**>(&as_exc(self)->args), std::move(t));
  return 0;
}

int plain_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->length) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", type_of(self)->name);
    return -1;
  }
  return store_args(ts, self, args, nargs);
}

Value first_or_null(Value self) {
  Tuple* a = args_of(self);
  return a->length > 0 ? a->items[0] : Value();
}

// ---- SystemExit, StopIteration ---------------------------------------------
int system_exit_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (plain_init(ts, self, args, nargs, kw) < 0) return -1;
  Value code = nargs == 0 ? None() : nargs == 1 ? args[0] : Value(args_of(self));
  return set_field(ts, self, "code", code);
}

int stop_iteration_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (plain_init(ts, self, args, nargs, kw) < 0) return -1;
  return set_field(ts, self, "value", nargs ? args[0] : None());
}

// ---- KeyError ----------------------------------------------------------------
Ref key_error_str(ThreadState* ts, Value self) {
  Tuple* a = args_of(self);
  if (a->length == 1) return repr_of(ts, a->items[0]);
  if (a->length == 0) return new_str_ascii("");
  return str_of(ts, Value(a));
}

// ---- keyword-taking errors: ImportError(name=, path=), NameError(name=),
// AttributeError(name=, obj=) -----------------------------------------------------
int init_with_keywords(ThreadState* ts, Value self, const Value* args, size_t nargs,
                       Tuple* kwnames, std::initializer_list<const char*> allowed) {
  size_t nkw = kwnames ? kwnames->length : 0;
  size_t npos = nargs;
  if (store_args(ts, self, args, npos) < 0) return -1;
  for (const char* name : allowed)
    if (set_field(ts, self, name, None()) < 0) return -1;
  for (size_t i = 0; i < nkw; ++i) {
    Str* key = static_cast<Str*>(kwnames->items[i].as_object());
    bool ok = false;
    for (const char* name : allowed) ok = ok || str_equal_ascii(key, name);
    if (!ok) {
      set_errorf(ts, &TypeError_type, "'%.*s' is an invalid keyword argument for %s()",
                 static_cast<int>(str_utf8(key).size()), str_utf8(key).data(),
                 type_of(self)->name);
      return -1;
    }
    if (set_attr(ts, self, key, args[npos + i]) < 0) return -1;
  }
  return 0;
}

int import_error_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  size_t npos = nargs;
  if (init_with_keywords(ts, self, args, npos, kw, {"name", "path"}) < 0) return -1;
  return set_field(ts, self, "msg", npos == 1 ? args[0] : None());
}

Ref import_error_str(ThreadState* ts, Value self) {
  Ref msg = field(ts, self, "msg");
  if (!msg) return nullptr;
  if (msg.get() != None()) return str_of(ts, msg.get());
  Tuple* a = args_of(self);
  if (a->length == 1) return str_of(ts, a->items[0]);
  if (a->length == 0) return new_str_ascii("");
  return str_of(ts, Value(a));
}

int name_error_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  size_t npos = nargs;
  return init_with_keywords(ts, self, args, npos, kw, {"name"});
}

int attribute_error_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  size_t npos = nargs;
  return init_with_keywords(ts, self, args, npos, kw, {"name", "obj"});
}

// ---- OSError -----------------------------------------------------------------
Type* os_error_subclass_for(int err) {
  switch (err) {
    case ENOENT: return &FileNotFoundError_type;
    case EEXIST: return &FileExistsError_type;
    case EACCES:
    case EPERM: return &PermissionError_type;
    case EISDIR: return &IsADirectoryError_type;
    case ENOTDIR: return &NotADirectoryError_type;
    case EINTR: return &InterruptedError_type;
    case ETIMEDOUT: return &TimeoutError_type;
    case EPIPE:
    case ESHUTDOWN: return &BrokenPipeError_type;
    case ECHILD: return &ChildProcessError_type;
    case ESRCH: return &ProcessLookupError_type;
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS: return &BlockingIOError_type;
    case ECONNABORTED: return &ConnectionAbortedError_type;
    case ECONNREFUSED: return &ConnectionRefusedError_type;
    case ECONNRESET: return &ConnectionResetError_type;
    default: return nullptr;
  }
}

NewFn base_new = nullptr;

Ref os_error_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  if (type == &OSError_type && nargs >= 2 && args[0].is_small_int()) {
    if (Type* sub = os_error_subclass_for(static_cast<int>(args[0].as_small_int()))) type = sub;
  }
  return base_new(ts, type, args, nargs, kw);
}

int os_error_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (plain_init(ts, self, args, nargs, kw) < 0) return -1;
  Value err, strerror, filename, filename2;
  if (nargs >= 2 && nargs <= 5) {
    err = args[0];
    strerror = args[1];
    if (nargs >= 3) filename = args[2];
    if (nargs >= 5) filename2 = args[4];
    // With a filename, args keeps only (errno, strerror), as CPython does.
    if (nargs >= 3 && store_args(ts, self, args, 2) < 0) return -1;
  }
  if (set_field(ts, self, "errno", err) < 0 || set_field(ts, self, "strerror", strerror) < 0 ||
      set_field(ts, self, "filename", filename) < 0 ||
      set_field(ts, self, "filename2", filename2) < 0)
    return -1;
  return 0;
}

Ref os_error_str(ThreadState* ts, Value self) {
  Ref err = field(ts, self, "errno"), msg = field(ts, self, "strerror");
  Ref fn = field(ts, self, "filename"), fn2 = field(ts, self, "filename2");
  if (!err || !msg || !fn || !fn2) return nullptr;
  if (fn.get() != None()) {
    Ref a = str_of(ts, err.get()), b = str_of(ts, msg.get()), c = repr_of(ts, fn.get());
    if (!a || !b || !c) return nullptr;
    std::string out = "[Errno " + std::string(str_utf8(a.get())) + "] " +
                      std::string(str_utf8(b.get())) + ": " + std::string(str_utf8(c.get()));
    if (fn2.get() != None()) {
      Ref d = repr_of(ts, fn2.get());
      if (!d) return nullptr;
      out += " -> " + std::string(str_utf8(d.get()));
    }
    return new_str(out);
  }
  if (err.get() != None() && msg.get() != None()) {
    Ref a = str_of(ts, err.get()), b = str_of(ts, msg.get());
    if (!a || !b) return nullptr;
    return new_str("[Errno " + std::string(str_utf8(a.get())) + "] " +
                   std::string(str_utf8(b.get())));
  }
  Tuple* a = args_of(self);
  if (a->length == 1) return str_of(ts, a->items[0]);
  if (a->length == 0) return new_str_ascii("");
  return str_of(ts, Value(a));
}

// ---- SyntaxError ---------------------------------------------------------------
int syntax_error_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (plain_init(ts, self, args, nargs, kw) < 0) return -1;
  static const char* const kFields[] = {"filename", "lineno", "offset", "text", "end_lineno",
                                        "end_offset"};
  if (set_field(ts, self, "msg", nargs >= 1 ? args[0] : None()) < 0) return -1;
  if (set_field(ts, self, "print_file_and_line", None()) < 0) return -1;
  Tuple* info = nullptr;
  if (nargs == 2) {
    if (!is_tuple(args[1])) {
      set_error(ts, &TypeError_type, "SyntaxError: details must be a tuple");  // rare
      return -1;
    }
    info = static_cast<Tuple*>(args[1].as_object());
    if (info->length < 4 || info->length > 6) {
      set_error(ts, &IndexError_type, "tuple index out of range");
      return -1;
    }
  }
  for (int i = 0; i < 6; ++i) {
    Value v = info && i < info->length ? info->items[i] : Value();
    if (set_field(ts, self, kFields[i], v) < 0) return -1;
  }
  return 0;
}

Ref syntax_error_str(ThreadState* ts, Value self) {
  Ref msg = field(ts, self, "msg"), fn = field(ts, self, "filename");
  Ref line = field(ts, self, "lineno");
  if (!msg || !fn || !line) return nullptr;
  Ref m = str_of(ts, msg.get());
  if (!m) return nullptr;
  std::string out(str_utf8(m.get()));
  bool have_file = is_str(fn.get());
  bool have_line = is_int(line.get());
  std::string file;
  if (have_file) {
    file = std::string(str_utf8(fn.get()));
    size_t slash = file.rfind('/');
    if (slash != std::string::npos) file = file.substr(slash + 1);
  }
  if (have_file && have_line) {
    Ref l = str_of(ts, line.get());
    out += " (" + file + ", line " + std::string(str_utf8(l.get())) + ")";
  } else if (have_file) {
    out += " (" + file + ")";
  } else if (have_line) {
    Ref l = str_of(ts, line.get());
    out += " (line " + std::string(str_utf8(l.get())) + ")";
  }
  return new_str(out);
}

// ---- Unicode errors ---------------------------------------------------------------
int unicode_error_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                       bool translate) {
  if (plain_init(ts, self, args, nargs, kw) < 0) return -1;
  static const char* const kFull[] = {"encoding", "object", "start", "end", "reason"};
  static const char* const kTranslate[] = {"object", "start", "end", "reason"};
  size_t want = translate ? 4 : 5;
  if (nargs != want) {
    if (nargs == 0) return 0;
    set_errorf(ts, &TypeError_type, "function takes exactly %zu arguments (%zu given)", want,
               nargs);
    return -1;
  }
  for (size_t i = 0; i < want; ++i)
    if (set_field(ts, self, translate ? kTranslate[i] : kFull[i], args[i]) < 0) return -1;
  return 0;
}
int unicode_decode_init(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return unicode_error_init(ts, self, a, n, kw, false);
}
int unicode_translate_init(ThreadState* ts, Value self, const Value* a, size_t n, Tuple* kw) {
  return unicode_error_init(ts, self, a, n, kw, true);
}

std::string char_escape(uint32_t c) {
  char buf[16];
  if (c < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", c);
  else if (c < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", c);
  else std::snprintf(buf, sizeof buf, "\\U%08x", c);
  return buf;
}

Ref unicode_error_str(ThreadState* ts, Value self, bool encode) {
  Ref enc = field(ts, self, "encoding"), obj = field(ts, self, "object");
  Ref start = field(ts, self, "start"), end = field(ts, self, "end");
  Ref reason = field(ts, self, "reason");
  if (!enc || !obj || !start || !end || !reason) return nullptr;
  if (!start.get().is_small_int() || !end.get().is_small_int()) return new_str_ascii("");
  int64_t s = start.get().as_small_int(), e = end.get().as_small_int();
  std::string head = "'" + std::string(is_str(enc.get()) ? str_utf8(enc.get()) : "") + "' codec can't ";
  std::string why(is_str(reason.get()) ? str_utf8(reason.get()) : "");
  char buf[96];
  if (e == s + 1) {
    if (encode && is_str(obj.get())) {
      Str* o = obj.as<Str>();
      std::string c = s < o->length ? char_escape(o->at(s)) : "";
      std::snprintf(buf, sizeof buf, "encode character '%s' in position %lld: ", c.c_str(),
                    static_cast<long long>(s));
    } else if (!encode && is_bytes(obj.get())) {
      Bytes* b = obj.as<Bytes>();
      unsigned byte = s < b->length ? static_cast<unsigned char>(b->data[s]) : 0;
      std::snprintf(buf, sizeof buf, "decode byte 0x%02x in position %lld: ", byte,
                    static_cast<long long>(s));
    } else {
      buf[0] = 0;
    }
  } else {
    std::snprintf(buf, sizeof buf, "%s %s in position %lld-%lld: ",
                  encode ? "encode" : "decode", encode ? "characters" : "bytes",
                  static_cast<long long>(s), static_cast<long long>(e - 1));
  }
  return new_str(head + buf + why);
}
Ref unicode_encode_str(ThreadState* ts, Value self) { return unicode_error_str(ts, self, true); }
Ref unicode_decode_str(ThreadState* ts, Value self) { return unicode_error_str(ts, self, false); }

}  // namespace

void setup_exception_subclass_behaviours() {
  base_new = BaseException_type.new_;
  SystemExit_type.init = system_exit_init;
  StopIteration_type.init = stop_iteration_init;
  StopAsyncIteration_type.init = stop_iteration_init;
  KeyError_type.str = key_error_str;
  ImportError_type.init = import_error_init;
  ImportError_type.str = import_error_str;
  NameError_type.init = name_error_init;
  AttributeError_type.init = attribute_error_init;
  OSError_type.new_ = os_error_new;
  OSError_type.init = os_error_init;
  OSError_type.str = os_error_str;
  SyntaxError_type.init = syntax_error_init;
  SyntaxError_type.str = syntax_error_str;
  UnicodeEncodeError_type.init = unicode_decode_init;
  UnicodeEncodeError_type.str = unicode_encode_str;
  UnicodeDecodeError_type.init = unicode_decode_init;
  UnicodeDecodeError_type.str = unicode_decode_str;
  UnicodeTranslateError_type.init = unicode_translate_init;
}

}  // namespace weft

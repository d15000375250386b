// In-memory streams: io.StringIO (positions in code points) and io.BytesIO.
// Each operation holds the stream's object mutex; none calls Python code.
#include <string>

#include "core/runtime/abstract.h"
#include "stdlib/io_internal.h"
#include "threads/critical_section.h"

namespace weft {

Type string_io_type, bytes_io_type;

namespace {

Type unsupported_operation_type;

struct MemoryStream : Object {
  Dict* dict;
  bool closed;
  size_t pos;
  std::u32string text;  // StringIO
  std::string bytes;    // BytesIO
};

MemoryStream* as_stream(Value v) { return static_cast<MemoryStream*>(v.as_object()); }
bool is_text(Value v) { return isinstance_of(v, &string_io_type); }

void stream_dealloc(Object* o) {
  MemoryStream* m = static_cast<MemoryStream*>(o);
  xdecref(m->dict);
  m->text.~basic_string();
  m->bytes.~basic_string();
  free_object(o);
}

void stream_traverse(Object* o, const Visitor& visit) { visit(static_cast<MemoryStream*>(o)->dict); }

std::u32string to_u32(Str* s) {
  std::u32string out(static_cast<size_t>(s->length), U'\0');
  for (int64_t i = 0; i < s->length; ++i) out[i] = s->at(i);
  return out;
}

Ref u32_to_str(std::u32string_view s) {
  return new_str_from_codepoints(reinterpret_cast<const uint32_t*>(s.data()),
                                 static_cast<int64_t>(s.size()));
}

bool check_open(ThreadState* ts, MemoryStream* m) {
  if (m->closed) {
    // CPython's StringIO omits the period that BytesIO has.
    set_error(ts, &ValueError_type,
              is_text(Value(m)) ? "I/O operation on closed file" : "I/O operation on closed file.");
    return false;
  }
  return true;
}

bool bytes_like(ThreadState* ts, Value v, std::string* out) {
  if (is_bytes(v)) {
    Bytes* b = static_cast<Bytes*>(v.as_object());
    out->assign(b->data, b->length);
    return true;
  }
  if (isinstance_of(v, &bytearray_type)) {
    ByteArray* b = static_cast<ByteArray*>(v.as_object());
    CriticalSection cs(b);
    out->assign(b->data, b->length);
    return true;
  }
  set_errorf(ts, &TypeError_type, "a bytes-like object is required, not '%s'", type_name(v));
  return false;
}

Ref stream_new(ThreadState* ts, Type* type, const Value*, size_t, Tuple*) {
  Object* o = alloc_object(type, type->basic_size);
  if (!o) return set_no_memory(ts);
  MemoryStream* m = static_cast<MemoryStream*>(o);
  new (&m->text) std::u32string();
  new (&m->bytes) std::string();
  return Ref::steal(Value(o));
}

int stream_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value vals[2];
  bool text = is_text(self);
  if (!parse_args(ts, text ? "StringIO" : "BytesIO", args, nargs, kw,
                  {text ? "initial_value" : "initial_bytes", "newline"}, 0, vals))
    return -1;
  MemoryStream* m = as_stream(self);
  CriticalSection cs(m);
  m->pos = 0;
  m->closed = false;
  if (!vals[0] || vals[0] == None()) return 0;
  if (text) {
    if (!is_str(vals[0])) {
      set_errorf(ts, &TypeError_type, "initial_value must be str or None, not %s", type_name(vals[0]));
      return -1;
    }
    m->text = to_u32(static_cast<Str*>(vals[0].as_object()));
    return 0;
  }
  return bytes_like(ts, vals[0], &m->bytes) ? 0 : -1;
}

size_t stream_size(MemoryStream* m, bool text) { return text ? m->text.size() : m->bytes.size(); }

Ref take(ThreadState* ts, MemoryStream* m, bool text, size_t start, size_t len) {
  if (text) return u32_to_str(std::u32string_view(m->text).substr(start, len));
  return new_bytes(std::string_view(m->bytes).substr(start, len));
}

Ref stream_getvalue(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  MemoryStream* m = as_stream(self);
  CriticalSection cs(m);
  if (!check_open(ts, m)) return nullptr;
  return take(ts, m, is_text(self), 0, std::string::npos);
}

Ref stream_write(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "write", args, nargs, kw, {"s"}, 1, &v, 1)) return nullptr;
  MemoryStream* m = as_stream(self);
  bool text = is_text(self);
  std::u32string t;
  std::string b;
  if (text) {
    if (!is_str(v)) {
      set_errorf(ts, &TypeError_type, "string argument expected, got '%s'", type_name(v));
      return nullptr;
    }
    t = to_u32(static_cast<Str*>(v.as_object()));
  } else if (!bytes_like(ts, v, &b)) {
    return nullptr;
  }
  CriticalSection cs(m);
  if (!check_open(ts, m)) return nullptr;
  size_t n = text ? t.size() : b.size();
  if (text) {
    if (m->pos > m->text.size()) m->text.resize(m->pos, U'\0');
    m->text.replace(m->pos, std::min(n, m->text.size() - m->pos), t);
  } else {
    if (m->pos > m->bytes.size()) m->bytes.resize(m->pos, '\0');
    m->bytes.replace(m->pos, std::min(n, m->bytes.size() - m->pos), b);
  }
  m->pos += n;
  return new_int(static_cast<int64_t>(n));
}

Ref stream_writelines(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value lines;
  if (!parse_args(ts, "writelines", args, nargs, kw, {"lines"}, 1, &lines, 1)) return nullptr;
  bool ok = for_each(ts, lines, [&](Value line) {
    return static_cast<bool>(stream_write(ts, self, &line, 1, nullptr));
  });
  return ok ? new_none() : nullptr;
}

bool size_arg(ThreadState* ts, const char* fname, const Value* args, size_t nargs, Tuple* kw,
              int64_t* out) {
  Value v;
  if (!parse_args(ts, fname, args, nargs, kw, {"size"}, 0, &v, 1)) return false;
  *out = -1;
  return !v || v == None() || int_to_i64(ts, v, out);
}

Ref stream_read(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  int64_t limit;
  if (!size_arg(ts, "read", args, nargs, kw, &limit)) return nullptr;
  MemoryStream* m = as_stream(self);
  bool text = is_text(self);
  CriticalSection cs(m);
  if (!check_open(ts, m)) return nullptr;
  size_t size = stream_size(m, text);
  size_t start = std::min(m->pos, size);
  size_t len = limit < 0 ? size - start : std::min<size_t>(size - start, static_cast<size_t>(limit));
  m->pos = start + len;
  return take(ts, m, text, start, len);
}

Ref stream_readline(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  int64_t limit;
  if (!size_arg(ts, "readline", args, nargs, kw, &limit)) return nullptr;
  MemoryStream* m = as_stream(self);
  bool text = is_text(self);
  CriticalSection cs(m);
  if (!check_open(ts, m)) return nullptr;
  size_t size = stream_size(m, text);
  size_t start = std::min(m->pos, size);
  size_t nl = text ? m->text.find(U'\n', start) : m->bytes.find('\n', start);
  size_t end = nl == std::string::npos ? size : nl + 1;
  if (limit >= 0) end = std::min(end, start + static_cast<size_t>(limit));
  m->pos = end;
  return take(ts, m, text, start, end - start);
}

Ref stream_iternext(ThreadState* ts, Value self) {
  Ref line = stream_readline(ts, self, nullptr, 0, nullptr);
  if (!line) return nullptr;
  int64_t n = length_of(ts, line.get());
  if (n <= 0) return nullptr;
  return line;
}

Ref stream_readlines(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Ref out = new_list(0);
  for (;;) {
    Ref line = stream_iternext(ts, self);
    if (!line) return ts->has_error() ? nullptr : out;
    if (list_append(ts, out.as<List>(), line.get()) < 0) return nullptr;
  }
}

Ref stream_seek(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value vals[2];
  if (!parse_args(ts, "seek", args, nargs, kw, {"pos", "whence"}, 1, vals, 2)) return nullptr;
  int64_t pos = 0, whence = 0;
  if (!int_to_i64(ts, vals[0], &pos) || (vals[1] && !int_to_i64(ts, vals[1], &whence)))
    return nullptr;
  MemoryStream* m = as_stream(self);
  CriticalSection cs(m);
  if (!check_open(ts, m)) return nullptr;
  if (whence == 1) pos += static_cast<int64_t>(m->pos);
  else if (whence == 2) pos += static_cast<int64_t>(stream_size(m, is_text(self)));
  else if (whence != 0) {
    set_errorf(ts, &ValueError_type, "invalid whence (%lld, should be 0, 1 or 2)",
               static_cast<long long>(whence));
    return nullptr;
  }
  if (pos < 0) {
    set_errorf(ts, &ValueError_type, "negative seek value %lld", static_cast<long long>(pos));
    return nullptr;
  }
  m->pos = static_cast<size_t>(pos);
  return new_int(pos);
}

Ref stream_tell(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  MemoryStream* m = as_stream(self);
  CriticalSection cs(m);
  if (!check_open(ts, m)) return nullptr;
  return new_int(static_cast<int64_t>(m->pos));
}

Ref stream_truncate(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "truncate", args, nargs, kw, {"size"}, 0, &v, 1)) return nullptr;
  MemoryStream* m = as_stream(self);
  int64_t size = static_cast<int64_t>(m->pos);
  if (v && v != None() && !int_to_i64(ts, v, &size)) return nullptr;
  CriticalSection cs(m);
  if (!check_open(ts, m)) return nullptr;
  if (is_text(self)) {
    if (static_cast<size_t>(size) < m->text.size()) m->text.resize(size);
  } else if (static_cast<size_t>(size) < m->bytes.size()) {
    m->bytes.resize(size);
  }
  return new_int(size);
}

Ref stream_close(ThreadState*, Value self, const Value*, size_t, Tuple*) {
  as_stream(self)->closed = true;
  return new_none();
}

Ref stream_true_if_open(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  if (!check_open(ts, as_stream(self))) return nullptr;
  return new_bool(true);
}

Ref stream_false_if_open(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  if (!check_open(ts, as_stream(self))) return nullptr;
  return new_bool(false);
}

Ref stream_noop(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  if (!check_open(ts, as_stream(self))) return nullptr;
  return new_none();
}

Ref stream_enter(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  if (!check_open(ts, as_stream(self))) return nullptr;
  return Ref::borrow(self);
}

Ref stream_exit(ThreadState*, Value self, const Value*, size_t, Tuple*) {
  as_stream(self)->closed = true;
  return new_none();
}

Ref stream_iter(ThreadState* ts, Value self) {
  if (!check_open(ts, as_stream(self))) return nullptr;
  return Ref::borrow(self);
}

Ref get_closed(ThreadState*, Value self) { return new_bool(as_stream(self)->closed); }

const MethodDef stream_methods[] = {
    {"getvalue", stream_getvalue, kMethInstance, nullptr},
    {"write", stream_write, kMethInstance, nullptr},
    {"writelines", stream_writelines, kMethInstance, nullptr},
    {"read", stream_read, kMethInstance, nullptr},
    {"readline", stream_readline, kMethInstance, nullptr},
    {"readlines", stream_readlines, kMethInstance, nullptr},
    {"seek", stream_seek, kMethInstance, nullptr},
    {"tell", stream_tell, kMethInstance, nullptr},
    {"truncate", stream_truncate, kMethInstance, nullptr},
    {"close", stream_close, kMethInstance, nullptr},
    {"flush", stream_noop, kMethInstance, nullptr},
    {"readable", stream_true_if_open, kMethInstance, nullptr},
    {"writable", stream_true_if_open, kMethInstance, nullptr},
    {"seekable", stream_true_if_open, kMethInstance, nullptr},
    {"isatty", stream_false_if_open, kMethInstance, nullptr},
    {"__enter__", stream_enter, kMethInstance, nullptr},
    {"__exit__", stream_exit, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef stream_getsets[] = {
    {"closed", get_closed, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void setup_stream_type(Type& t, const char* name) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.base = &object_type;
  t.basic_size = sizeof(MemoryStream);
  t.dict_offset = offsetof(MemoryStream, dict);
  t.flags = kTypeBaseType | kTypeHasGC;
  t.dealloc = stream_dealloc;
  t.traverse = stream_traverse;
  t.new_ = stream_new;
  t.init = stream_init;
  t.iter = stream_iter;
  t.next = stream_iternext;
  t.methods = stream_methods;
  t.getsets = stream_getsets;
  register_static_type(&t);
}

}  // namespace

Type* io_unsupported_operation() { return &unsupported_operation_type; }

void setup_memory_io_types() {
  setup_stream_type(string_io_type, "_io.StringIO");
  setup_stream_type(bytes_io_type, "_io.BytesIO");
  Type& u = unsupported_operation_type;
  u.type = &type_type;
  u.make_immortal();
  u.name = "io.UnsupportedOperation";
  u.base = &OSError_type;
  u.basic_size = sizeof(BaseExc);
  u.dict_offset = offsetof(BaseExc, dict);
  u.flags = kTypeBaseType | kTypeHasGC | kTypeExcSubclass;
  Ref bases = new_tuple({Value(&OSError_type), Value(&ValueError_type)});
  u.bases = static_cast<Tuple*>(bases.release().as_object());
  register_static_type(&u);
}

}  // namespace weft

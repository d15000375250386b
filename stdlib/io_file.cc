// File objects over OS file descriptors: text files (TextIOWrapper) and
// binary files (BufferedReader/BufferedWriter/BufferedRandom), as returned by
// open() and used for sys.stdin/stdout/stderr.
//
// Concurrency: each file has its own std::mutex (`io_mu`) guarding its
// buffers and position. It is held across the system call so that writes of
// one print() are not interleaved with another thread's, but the thread is
// detached during the call and no Python code runs and no reference is
// dropped under it, so it cannot deadlock with object mutexes or stall a
// stop-the-world.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <new>
#include <string>

#include "core/runtime/abstract.h"
#include "core/types/codecs.h"
#include "stdlib/io_internal.h"

namespace weft {

Type text_file_type, binary_file_type;

namespace {

FileObject* as_file(Value v) { return static_cast<FileObject*>(v.as_object()); }

void file_dealloc(Object* o) {
  FileObject* f = static_cast<FileObject*>(o);
  if (!f->closed && f->fd >= 0) {
    if (!f->write_buf.empty()) {
      ssize_t ignored = ::write(f->fd, f->write_buf.data(), f->write_buf.size());
      (void)ignored;
    }
    if (f->closefd) ::close(f->fd);
  }
  decref(f->name);
  decref(f->mode);
  xdecref(f->dict);
  f->~FileObject();
  free_object(o);
}

void file_traverse(Object* o, const Visitor& visit) {
  FileObject* f = static_cast<FileObject*>(o);
  visit(f->name);
  visit(f->mode);
  visit(f->dict);
}

// CPython's three layers word the error differently: IOBase and
// TextIOWrapper say "I/O operation on closed file.", the raw FileIO drops the
// period, and the buffered binary layer names the operation.
bool check_open(ThreadState* ts, FileObject* f) {
  if (f->closed) {
    set_error(ts, &ValueError_type, "I/O operation on closed file.");
    return false;
  }
  return true;
}

bool check_open_raw(ThreadState* ts, FileObject* f) {
  if (f->closed) {
    set_error(ts, &ValueError_type, "I/O operation on closed file");
    return false;
  }
  return true;
}

// binary_message: the buffered layer's wording ("read of closed file").
bool check_open_op(ThreadState* ts, FileObject* f, const char* binary_message) {
  if (f->closed && f->binary) {
    set_error(ts, &ValueError_type, binary_message);
    return false;
  }
  return check_open(ts, f);
}

bool unsupported(ThreadState* ts, const char* what) {
  set_error(ts, io_unsupported_operation(), what);
  return false;
}

// Writes the whole buffer; caller holds io_mu. Detaches around the syscall.
bool flush_locked(ThreadState* ts, FileObject* f) {
  size_t done = 0;
  while (done < f->write_buf.size()) {
    ssize_t n;
    {
      DetachScope detached(ts);
      n = ::write(f->fd, f->write_buf.data() + done, f->write_buf.size() - done);
    }
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      f->write_buf.clear();
      set_os_error(ts, err);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  f->write_buf.clear();
  return true;
}

// Fills read_buf with at least one more chunk; false at EOF or on error.
bool fill_locked(ThreadState* ts, FileObject* f, bool* error) {
  char chunk[65536];
  for (;;) {
    ssize_t n;
    {
      DetachScope detached(ts);
      n = ::read(f->fd, chunk, sizeof chunk);
    }
    if (n < 0) {
      if (errno == EINTR) {
        if (run_pending_signal_handlers(ts) < 0) {
          *error = true;
          return false;
        }
        continue;
      }
      set_os_error(ts, errno);
      *error = true;
      return false;
    }
    if (n == 0) return false;
    f->read_buf.erase(0, f->read_pos);
    f->read_pos = 0;
    f->read_buf.append(chunk, static_cast<size_t>(n));
    return true;
  }
}

Ref bytes_to_result(ThreadState* ts, FileObject* f, std::string_view data) {
  if (f->binary) return new_bytes(data);
  std::string text(data);
  if (f->translate_newlines) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\r') {
        out.push_back('\n');
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      } else {
        out.push_back(text[i]);
      }
    }
    text.swap(out);
  }
  return codec_decode(ts, text.data(), text.size(), f->encoding, f->errors);
}

// ---- reading ---------------------------------------------------------------

Ref file_read(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  FileObject* f = as_file(self);
  Value size_arg;
  if (!parse_args(ts, "read", args, nargs, kw, {"size"}, 0, &size_arg, 1)) return nullptr;
  int64_t limit = -1;
  if (size_arg && size_arg != None() && !int_to_i64(ts, size_arg, &limit)) return nullptr;
  std::string data;
  {
    std::lock_guard<std::mutex> g(f->io_mu);
    if (!check_open_op(ts, f, "read of closed file")) return nullptr;
    if (!f->readable) return unsupported(ts, "not readable"), nullptr;
    if (!f->write_buf.empty() && !flush_locked(ts, f)) return nullptr;
    bool error = false;
    // Text files count characters; reading whole UTF-8 sequences is close
    // enough for the limit, then the decoded text is cut to size.
    while (limit < 0 || static_cast<int64_t>(f->read_buf.size() - f->read_pos) < limit) {
      if (!fill_locked(ts, f, &error)) break;
    }
    if (error) return nullptr;
    size_t avail = f->read_buf.size() - f->read_pos;
    size_t take = limit < 0 ? avail : std::min<size_t>(avail, static_cast<size_t>(limit));
    if (!f->binary && limit >= 0) {
      // Extend to the end of a UTF-8 sequence.
      while (take < avail && (static_cast<unsigned char>(f->read_buf[f->read_pos + take]) & 0xC0) == 0x80)
        ++take;
    }
    data.assign(f->read_buf, f->read_pos, take);
    f->read_pos += take;
  }
  return bytes_to_result(ts, f, data);
}

// Reads one line (including '\n'); empty at EOF.
bool read_line(ThreadState* ts, FileObject* f, int64_t limit, std::string* line) {
  std::lock_guard<std::mutex> g(f->io_mu);
  if (!check_open_op(ts, f, "readline of closed file")) return false;
  if (!f->readable) return unsupported(ts, "not readable");
  if (!f->write_buf.empty() && !flush_locked(ts, f)) return false;
  bool error = false;
  size_t scanned = 0;
  for (;;) {
    size_t start = f->read_pos + scanned;
    size_t nl = f->read_buf.find('\n', start);
    if (nl != std::string::npos) {
      size_t len = nl + 1 - f->read_pos;
      if (limit >= 0 && static_cast<int64_t>(len) > limit) len = static_cast<size_t>(limit);
      line->assign(f->read_buf, f->read_pos, len);
      f->read_pos += len;
      return true;
    }
    scanned = f->read_buf.size() - f->read_pos;
    if (limit >= 0 && static_cast<int64_t>(scanned) >= limit) {
      line->assign(f->read_buf, f->read_pos, static_cast<size_t>(limit));
      f->read_pos += static_cast<size_t>(limit);
      return true;
    }
    if (!fill_locked(ts, f, &error)) {
      if (error) return false;
      line->assign(f->read_buf, f->read_pos, std::string::npos);
      f->read_pos = f->read_buf.size();
      return true;
    }
  }
}

Ref file_readline(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value size_arg;
  if (!parse_args(ts, "readline", args, nargs, kw, {"size"}, 0, &size_arg, 1)) return nullptr;
  int64_t limit = -1;
  if (size_arg && size_arg != None() && !int_to_i64(ts, size_arg, &limit)) return nullptr;
  std::string line;
  if (!read_line(ts, as_file(self), limit, &line)) return nullptr;
  return bytes_to_result(ts, as_file(self), line);
}

Ref file_readlines(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Ref result = new_list(0);
  for (;;) {
    std::string line;
    if (!read_line(ts, as_file(self), -1, &line)) return nullptr;
    if (line.empty()) return result;
    Ref item = bytes_to_result(ts, as_file(self), line);
    if (!item || list_append(ts, result.as<List>(), item.get()) < 0) return nullptr;
  }
}

Ref file_iternext(ThreadState* ts, Value self) {
  std::string line;
  if (!read_line(ts, as_file(self), -1, &line)) return nullptr;
  if (line.empty()) return nullptr;  // exhausted
  return bytes_to_result(ts, as_file(self), line);
}

// ---- writing -----------------------------------------------------------------

bool write_bytes(ThreadState* ts, FileObject* f, std::string_view data, bool has_newline) {
  std::lock_guard<std::mutex> g(f->io_mu);
  if (!check_open_op(ts, f, "write to closed file")) return false;
  if (!f->writable) return unsupported(ts, "not writable");
  f->write_buf.append(data);
  bool flush_now = f->write_buf.size() >= 8192 || f->unbuffered ||
                   (f->line_buffering && has_newline);
  return !flush_now || flush_locked(ts, f);
}

Ref file_write(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  FileObject* f = as_file(self);
  if (nargs != 1 || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "write() takes exactly one argument (%zu given)", nargs);
    return nullptr;
  }
  Value arg = args[0];
  if (f->binary) {
    if (is_bytes(arg)) {
      Bytes* b = static_cast<Bytes*>(arg.as_object());
      if (!write_bytes(ts, f, std::string_view(b->data, b->length), false)) return nullptr;
      return new_int(b->length);
    }
    if (isinstance_of(arg, &bytearray_type)) {
      ByteArray* b = static_cast<ByteArray*>(arg.as_object());
      std::string copy(b->data, b->length);
      if (!write_bytes(ts, f, copy, false)) return nullptr;
      return new_int(static_cast<int64_t>(copy.size()));
    }
    set_errorf(ts, &TypeError_type, "a bytes-like object is required, not '%s'", type_name(arg));
    return nullptr;
  }
  if (!is_str(arg)) {
    set_errorf(ts, &TypeError_type, "write() argument must be str, not %s", type_name(arg));
    return nullptr;
  }
  Str* s = static_cast<Str*>(arg.as_object());
  bool has_newline = false;
  if (f->encoding == "utf-8" && f->errors == "strict") {
    std::string_view utf8 = str_utf8(s);
    has_newline = utf8.find('\n') != std::string_view::npos;
    if (!write_bytes(ts, f, utf8, has_newline)) return nullptr;
  } else {
    Ref encoded = codec_encode(ts, s, f->encoding, f->errors);
    if (!encoded) return nullptr;
    Bytes* b = encoded.as<Bytes>();
    has_newline = std::memchr(b->data, '\n', b->length) != nullptr;
    if (!write_bytes(ts, f, std::string_view(b->data, b->length), has_newline)) return nullptr;
  }
  return new_int(s->length);
}

Ref file_writelines(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value lines;
  if (!parse_args(ts, "writelines", args, nargs, kw, {"lines"}, 1, &lines, 1)) return nullptr;
  if (!check_open(ts, as_file(self))) return nullptr;  // even with nothing to write
  bool ok = for_each(ts, lines, [&](Value line) {
    Ref r = file_write(ts, self, &line, 1, nullptr);
    return static_cast<bool>(r);
  });
  return ok ? new_none() : nullptr;
}

Ref file_flush(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  FileObject* f = as_file(self);
  std::lock_guard<std::mutex> g(f->io_mu);
  if (!check_open_op(ts, f, "flush of closed file")) return nullptr;
  if (!flush_locked(ts, f)) return nullptr;
  return new_none();
}

Ref file_close(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  FileObject* f = as_file(self);
  std::lock_guard<std::mutex> g(f->io_mu);
  if (f->closed) return new_none();
  bool ok = flush_locked(ts, f);
  f->closed = true;
  if (f->closefd && f->fd >= 0) ::close(f->fd);
  return ok ? new_none() : nullptr;
}

Ref file_enter(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  if (!check_open(ts, as_file(self))) return nullptr;
  return Ref::borrow(self);
}

Ref file_exit(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Ref r = file_close(ts, self, nullptr, 0, nullptr);
  if (!r) return nullptr;
  return new_none();
}

Ref file_iter(ThreadState* ts, Value self) {
  if (!check_open(ts, as_file(self))) return nullptr;
  return Ref::borrow(self);
}

// ---- positioning and queries ----------------------------------------------------

Ref file_seek(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  FileObject* f = as_file(self);
  Value vals[2];
  if (!parse_args(ts, "seek", args, nargs, kw, {"cookie", "whence"}, 1, vals, 2)) return nullptr;
  int64_t pos = 0, whence = 0;
  if (!int_to_i64(ts, vals[0], &pos)) return nullptr;
  if (vals[1] && !int_to_i64(ts, vals[1], &whence)) return nullptr;
  std::lock_guard<std::mutex> g(f->io_mu);
  if (!check_open_op(ts, f, "seek of closed file")) return nullptr;
  if (!flush_locked(ts, f)) return nullptr;
  if (whence == 1) pos -= static_cast<int64_t>(f->read_buf.size() - f->read_pos);
  off_t r = ::lseek(f->fd, pos, static_cast<int>(whence));
  if (r < 0) {
    set_os_error(ts, errno);
    return nullptr;
  }
  f->read_buf.clear();
  f->read_pos = 0;
  return new_int(r);
}

Ref file_tell(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  FileObject* f = as_file(self);
  std::lock_guard<std::mutex> g(f->io_mu);
  if (!(f->binary ? check_open_raw(ts, f) : check_open(ts, f))) return nullptr;
  off_t r = ::lseek(f->fd, 0, SEEK_CUR);
  if (r < 0) {
    set_os_error(ts, errno);
    return nullptr;
  }
  return new_int(r + static_cast<int64_t>(f->write_buf.size()) -
                 static_cast<int64_t>(f->read_buf.size() - f->read_pos));
}

Ref file_truncate(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  FileObject* f = as_file(self);
  Value size_arg;
  if (!parse_args(ts, "truncate", args, nargs, kw, {"size"}, 0, &size_arg, 1)) return nullptr;
  std::lock_guard<std::mutex> g(f->io_mu);
  if (!check_open_op(ts, f, "truncate of closed file") || !flush_locked(ts, f)) return nullptr;
  int64_t size = ::lseek(f->fd, 0, SEEK_CUR);
  if (size_arg && size_arg != None() && !int_to_i64(ts, size_arg, &size)) return nullptr;
  if (::ftruncate(f->fd, size) < 0) {
    set_os_error(ts, errno);
    return nullptr;
  }
  return new_int(size);
}

Ref file_fileno(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  if (!check_open_raw(ts, as_file(self))) return nullptr;
  return new_int(as_file(self)->fd);
}

Ref file_isatty(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  if (!check_open_raw(ts, as_file(self))) return nullptr;
  return new_bool(::isatty(as_file(self)->fd));
}

Ref file_readable(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  if (!check_open_raw(ts, as_file(self))) return nullptr;
  return new_bool(as_file(self)->readable);
}

Ref file_writable(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  if (!check_open_raw(ts, as_file(self))) return nullptr;
  return new_bool(as_file(self)->writable);
}

Ref file_seekable(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  if (!check_open_raw(ts, as_file(self))) return nullptr;
  return new_bool(::lseek(as_file(self)->fd, 0, SEEK_CUR) >= 0);
}

Ref get_closed(ThreadState*, Value self) { return new_bool(as_file(self)->closed); }
Ref get_name(ThreadState*, Value self) { return Ref::borrow(as_file(self)->name); }
Ref get_mode(ThreadState*, Value self) { return Ref::borrow(as_file(self)->mode); }
Ref get_encoding(ThreadState*, Value self) { return new_str(as_file(self)->encoding); }
Ref get_errors(ThreadState*, Value self) { return new_str(as_file(self)->errors); }
Ref get_line_buffering(ThreadState*, Value self) { return new_bool(as_file(self)->line_buffering); }

Ref get_buffer(ThreadState* ts, Value self) {
  // The binary layer of a text file: a binary file object on the same
  // descriptor that does not close it. Pending text is flushed first so the
  // two layers' outputs stay in order.
  FileObject* f = as_file(self);
  {
    std::lock_guard<std::mutex> g(f->io_mu);
    if (!f->write_buf.empty() && !flush_locked(ts, f)) return nullptr;
  }
  FileOptions opts;
  opts.readable = f->readable;
  opts.writable = f->writable;
  opts.binary = true;
  opts.closefd = false;
  opts.unbuffered = true;
  return new_file_object(ts, f->fd, f->name, "wb", opts);
}

Ref file_repr(ThreadState* ts, Value self) {
  FileObject* f = as_file(self);
  Ref name = repr_of(ts, f->name);
  Ref mode = repr_of(ts, f->mode);
  if (!name || !mode) return nullptr;
  std::string out = f->binary ? "<_io.Buffered" : "<_io.TextIOWrapper";
  if (f->binary) out += f->readable && f->writable ? "Random" : f->readable ? "Reader" : "Writer";
  out += " name=" + std::string(str_utf8(name.get()));
  if (!f->binary) {
    out += " mode=" + std::string(str_utf8(mode.get()));
    out += " encoding='" + std::string(f->encoding == "utf-8" ? "UTF-8" : f->encoding) + "'";
  }
  out += ">";
  return new_str(out);
}

const MethodDef file_methods[] = {
    {"read", file_read, kMethInstance, nullptr},
    {"readline", file_readline, kMethInstance, nullptr},
    {"readlines", file_readlines, kMethInstance, nullptr},
    {"write", file_write, kMethInstance, nullptr},
    {"writelines", file_writelines, kMethInstance, nullptr},
    {"flush", file_flush, kMethInstance, nullptr},
    {"close", file_close, kMethInstance, nullptr},
    {"seek", file_seek, kMethInstance, nullptr},
    {"tell", file_tell, kMethInstance, nullptr},
    {"truncate", file_truncate, kMethInstance, nullptr},
    {"fileno", file_fileno, kMethInstance, nullptr},
    {"isatty", file_isatty, kMethInstance, nullptr},
    {"readable", file_readable, kMethInstance, nullptr},
    {"writable", file_writable, kMethInstance, nullptr},
    {"seekable", file_seekable, kMethInstance, nullptr},
    {"__enter__", file_enter, kMethInstance, nullptr},
    {"__exit__", file_exit, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef file_getsets[] = {
    {"closed", get_closed, nullptr, nullptr},
    {"name", get_name, nullptr, nullptr},
    {"mode", get_mode, nullptr, nullptr},
    {"encoding", get_encoding, nullptr, nullptr},
    {"errors", get_errors, nullptr, nullptr},
    {"line_buffering", get_line_buffering, nullptr, nullptr},
    {"buffer", get_buffer, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void setup_file_type(Type& t, const char* name) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.base = &object_type;
  t.basic_size = sizeof(FileObject);
  t.dict_offset = offsetof(FileObject, dict);
  t.flags = kTypeBaseType | kTypeHasGC;
  t.dealloc = file_dealloc;
  t.traverse = file_traverse;
  t.repr = file_repr;
  t.iter = file_iter;
  t.next = file_iternext;
  t.methods = file_methods;
  t.getsets = file_getsets;
  register_static_type(&t);
}

}  // namespace

Ref new_file_object(ThreadState* ts, int fd, Value name, std::string_view mode,
                    const FileOptions& opts) {
  Type* type = opts.binary ? &binary_file_type : &text_file_type;
  Object* o = alloc_object(type, type->basic_size);
  if (!o) return set_no_memory(ts);
  // The C++ members need construction; the header was set by alloc_object.
  FileObject* f = static_cast<FileObject*>(o);
  new (&f->io_mu) std::mutex();
  new (&f->write_buf) std::string();
  new (&f->read_buf) std::string();
  new (&f->encoding) std::string(opts.encoding);
  new (&f->errors) std::string(opts.errors);
  Ref self = Ref::steal(Value(o));
  f->fd = fd;
  f->readable = opts.readable;
  f->writable = opts.writable;
  f->binary = opts.binary;
  f->closefd = opts.closefd;
  f->line_buffering = opts.line_buffering;
  f->unbuffered = opts.unbuffered;
  f->translate_newlines = !opts.binary && opts.translate_newlines;
  f->name = Ref::borrow(name).release();
  f->mode = new_str(mode).release();
  return self;
}

int flush_file_object(ThreadState* ts, Value file) {
  if (type_of(file) != &text_file_type && type_of(file) != &binary_file_type) return 0;
  FileObject* f = as_file(file);
  std::lock_guard<std::mutex> g(f->io_mu);
  if (f->closed) return 0;
  return flush_locked(ts, f) ? 0 : -1;
}

void setup_io_types() {
  setup_file_type(text_file_type, "_io.TextIOWrapper");
  setup_file_type(binary_file_type, "_io.BufferedReader");
  setup_memory_io_types();
}

}  // namespace weft

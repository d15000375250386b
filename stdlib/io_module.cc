// The io module and builtins.open(): mode parsing, descriptor opening and the
// standard streams.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>

#include "core/types/codecs.h"
#include "core/types/func.h"
#include "stdlib/io_internal.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

struct ParsedMode {
  bool read = false, write = false, append = false, create = false, plus = false;
  bool binary = false, text = false;
};

bool parse_mode(ThreadState* ts, std::string_view mode, ParsedMode* m) {
  for (char c : mode) {
    bool* flag = nullptr;
    switch (c) {
      case 'r': flag = &m->read; break;
      case 'w': flag = &m->write; break;
      case 'a': flag = &m->append; break;
      case 'x': flag = &m->create; break;
      case '+': flag = &m->plus; break;
      case 'b': flag = &m->binary; break;
      case 't': flag = &m->text; break;
      default: break;
    }
    if (!flag || *flag) {
      set_errorf(ts, &ValueError_type, "invalid mode: '%.*s'", static_cast<int>(mode.size()), mode.data());
      return false;
    }
    *flag = true;
  }
  int kinds = m->read + m->write + m->append + m->create;
  if (m->binary && m->text) {
    set_error(ts, &ValueError_type, "can't have text and binary mode at once");
    return false;
  }
  if (kinds > 1) {
    set_error(ts, &ValueError_type, "must have exactly one of create/read/write/append mode");
    return false;
  }
  if (kinds == 0) {
    set_error(ts, &ValueError_type,
              "Must have exactly one of create/read/write/append mode and at most one plus");
    return false;
  }
  return true;
}

Ref io_open(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[8];
  if (!parse_args(ts, "open", args, nargs, kw,
                  {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
                  1, v))
    return nullptr;
  std::string mode = "r";
  if (v[1]) {
    if (!is_str(v[1])) {
      set_errorf(ts, &TypeError_type, "open() argument 'mode' must be str, not %s", type_name(v[1]));
      return nullptr;
    }
    mode = std::string(str_utf8(v[1]));
  }
  ParsedMode m;
  if (!parse_mode(ts, mode, &m)) return nullptr;
  FileOptions opts;
  opts.binary = m.binary;
  opts.readable = m.read || m.plus;
  opts.writable = m.write || m.append || m.create || m.plus;
  if (v[3] && v[3] != None()) {
    if (m.binary) {
      set_error(ts, &ValueError_type, "binary mode doesn't take an encoding argument");
      return nullptr;
    }
    std::string canon = codec_canonical_name(str_utf8(v[3]));
    if (canon.empty()) {
      set_errorf(ts, &LookupError_type, "unknown encoding: %s", std::string(str_utf8(v[3])).c_str());
      return nullptr;
    }
    opts.encoding = canon;
  }
  if (v[4] && v[4] != None()) opts.errors = std::string(str_utf8(v[4]));
  if (v[5] && v[5] != None()) opts.translate_newlines = false;
  if (v[2] && v[2].is_small_int() && v[2].as_small_int() == 0) {
    if (!m.binary) {
      set_error(ts, &ValueError_type, "can't have unbuffered text I/O");
      return nullptr;
    }
    opts.unbuffered = true;
  }
  if (v[2] && v[2].is_small_int() && v[2].as_small_int() == 1 && !m.binary) opts.line_buffering = true;

  int fd;
  if (is_int(v[0])) {
    int64_t n;
    if (!int_to_i64(ts, v[0], &n)) return nullptr;
    fd = static_cast<int>(n);
    if (v[6]) {
      int b = truthy(ts, v[6]);
      if (b < 0) return nullptr;
      opts.closefd = b;
    }
  } else {
    Ref path = is_str(v[0]) ? Ref::borrow(v[0]) : call_method(ts, v[0], "__fspath__", nullptr, 0);
    if (!path) {
      clear_error(ts);
      set_errorf(ts, &TypeError_type, "expected str, bytes or os.PathLike object, not %s", type_name(v[0]));
      return nullptr;
    }
    int flags = O_CLOEXEC;
    if (opts.readable && opts.writable) flags |= O_RDWR;
    else flags |= opts.writable ? O_WRONLY : O_RDONLY;
    if (m.write) flags |= O_CREAT | O_TRUNC;
    if (m.append) flags |= O_CREAT | O_APPEND;
    if (m.create) flags |= O_CREAT | O_EXCL;
    std::string p(is_str(path.get()) ? str_utf8(path.get()) : std::string_view());
    {
      DetachScope detached(ts);
      do {
        fd = ::open(p.c_str(), flags, 0666);
      } while (fd < 0 && errno == EINTR);
    }
    if (fd < 0) {
      set_os_error(ts, errno, path.get());
      return nullptr;
    }
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      set_os_error(ts, EISDIR, path.get());
      return nullptr;
    }
  }
  std::string shown_mode = mode;
  if (!m.binary) {
    shown_mode.erase(std::remove(shown_mode.begin(), shown_mode.end(), 't'), shown_mode.end());
  }
  return new_file_object(ts, fd, v[0], shown_mode, opts);
}

const MethodDef open_def = {"open", io_open, kMethStatic,
                            "Open file and return a stream.  Raise OSError upon failure."};

}  // namespace

Ref make_open_function(ThreadState*) { return new_native_function(&open_def, Value()); }

Ref make_std_stream(ThreadState* ts, int fd, const char* name, bool writable) {
  FileOptions opts;
  opts.readable = !writable;
  opts.writable = writable;
  opts.closefd = false;
  opts.line_buffering = writable && (::isatty(fd) || fd == 2);
  opts.translate_newlines = !writable;
  if (fd == 2) opts.errors = "backslashreplace";
  Ref n = new_str(name);
  return new_file_object(ts, fd, n.get(), writable ? "w" : "r", opts);
}

Ref make_io_module(ThreadState* ts) {
  Ref mod = new_module(ts, "io");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  Ref open_fn = new_native_function(&open_def, mod.get());
  if (dict_set_str(ts, d, "open", open_fn.get()) < 0 ||
      dict_set_str(ts, d, "StringIO", Value(&string_io_type)) < 0 ||
      dict_set_str(ts, d, "BytesIO", Value(&bytes_io_type)) < 0 ||
      dict_set_str(ts, d, "TextIOWrapper", Value(&text_file_type)) < 0 ||
      dict_set_str(ts, d, "BufferedReader", Value(&binary_file_type)) < 0 ||
      dict_set_str(ts, d, "UnsupportedOperation", Value(io_unsupported_operation())) < 0 ||
      dict_set_str(ts, d, "SEEK_SET", Value::small_int(0)) < 0 ||
      dict_set_str(ts, d, "SEEK_CUR", Value::small_int(1)) < 0 ||
      dict_set_str(ts, d, "SEEK_END", Value::small_int(2)) < 0 ||
      dict_set_str(ts, d, "DEFAULT_BUFFER_SIZE", Value::small_int(8192)) < 0)
    return nullptr;
  return mod;
}

}  // namespace weft

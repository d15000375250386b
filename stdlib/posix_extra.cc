// More of the `posix` module: file-descriptor I/O (open/read/lseek/fstat/dup/
// pipe), ownership and permissions, links, times and uname. posix_module.cc
// calls add_posix_extras() while it builds the module.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <string>

#include "core/runtime/abstract.h"
#include "core/runtime/import.h"
#include "core/vm/eval.h"
#include "core/types/func.h"
#include "stdlib/posix_internal.h"
#include "stdlib/stdlib.h"
#include "stdlib/structseq.h"

namespace weft {
namespace {

StructSeqDesc uname_result_desc;

Ref os_fail(ThreadState* ts, Value path = Value()) {
  set_os_error(ts, errno, path);
  return nullptr;
}

bool int_arg(ThreadState* ts, Value v, int* out) {
  int64_t n;
  if (!int_to_i64(ts, v, &n)) return false;
  if (n < INT_MIN || n > INT_MAX) {
    set_error(ts, &OverflowError_type, "signed integer is greater than maximum");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

Ref px_open(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[4];
  if (!parse_args(ts, "open", args, nargs, kw, {"path", "flags", "mode", "dir_fd"}, 2, v)) return nullptr;
  std::string p;
  int flags, mode = 0777;
  if (!posix_path_arg(ts, v[0], &p) || !int_arg(ts, v[1], &flags) || (v[2] && !int_arg(ts, v[2], &mode)))
    return nullptr;
  int fd;
  {
    DetachScope d(ts);
    do fd = open(p.c_str(), flags | O_CLOEXEC, mode);
    while (fd < 0 && errno == EINTR);
  }
  if (fd < 0) return os_fail(ts, v[0]);
  return new_int(fd);
}

Ref px_read(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  int fd;
  int64_t n;
  if (!parse_args(ts, "read", args, nargs, kw, {"fd", "length"}, 2, v, 2) || !int_arg(ts, v[0], &fd) ||
      !int_to_i64(ts, v[1], &n))
    return nullptr;
  if (n < 0) {
    errno = EINVAL;
    return os_fail(ts);
  }
  std::string buf;
  try {
    buf.resize(n);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  ssize_t got;
  for (;;) {
    {
      DetachScope d(ts);
      got = read(fd, buf.data(), n);
    }
    if (got >= 0 || errno != EINTR) break;
    // PEP 475: run signal handlers, then retry unless one raised.
    if (run_pending_signal_handlers(ts) < 0) return nullptr;
  }
  if (got < 0) return os_fail(ts);
  buf.resize(got);
  return new_bytes(buf);
}

Ref px_lseek(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[3];
  int fd, how;
  int64_t pos;
  if (!parse_args(ts, "lseek", args, nargs, kw, {"fd", "position", "whence"}, 3, v, 3) ||
      !int_arg(ts, v[0], &fd) || !int_to_i64(ts, v[1], &pos) || !int_arg(ts, v[2], &how))
    return nullptr;
  off_t r = lseek(fd, pos, how);
  if (r < 0) return os_fail(ts);
  return new_int(r);
}

Ref px_fstat(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int fd;
  if (!parse_args(ts, "fstat", args, nargs, kw, {"fd"}, 1, &v) || !int_arg(ts, v, &fd)) return nullptr;
  // posix.stat accepts a descriptor; reuse it so the result type is shared.
  Ref name = new_str_ascii("posix");
  if (!name) return nullptr;
  Ref mod = import_name(ts, name.get(), Value(), Value(), Value::small_int(0));
  if (!mod) return nullptr;
  Ref stat = get_attr(ts, mod.get(), intern_str(ts, "stat"));
  if (!stat) return nullptr;
  Ref fdv = new_int(fd);
  Value a = fdv.get();
  return call(ts, stat.get(), &a, 1, nullptr);
}

template <auto Getter>
Ref px_id(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_int(static_cast<int64_t>(Getter())); }

Ref px_umask(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int mask;
  if (!parse_args(ts, "umask", args, nargs, kw, {"mask"}, 1, &v, 1) || !int_arg(ts, v, &mask)) return nullptr;
  return new_int(umask(static_cast<mode_t>(mask)));
}

Ref px_chmod(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[4];
  if (!parse_args(ts, "chmod", args, nargs, kw, {"path", "mode", "dir_fd", "follow_symlinks"}, 2, v))
    return nullptr;
  int mode;
  if (!int_arg(ts, v[1], &mode)) return nullptr;
  if (is_int(v[0])) {
    int fd;
    if (!int_arg(ts, v[0], &fd)) return nullptr;
    if (fchmod(fd, mode) < 0) return os_fail(ts);
    return new_none();
  }
  std::string p;
  if (!posix_path_arg(ts, v[0], &p)) return nullptr;
  if (chmod(p.c_str(), mode) < 0) return os_fail(ts, v[0]);
  return new_none();
}

Ref two_paths(ThreadState* ts, const char* fname, const Value* args, size_t nargs, Tuple* kw,
              int (*fn)(const char*, const char*)) {
  Value v[4];
  std::string a, b;
  if (!parse_args(ts, fname, args, nargs, kw, {"src", "dst", "target_is_directory", "dir_fd"}, 2, v) ||
      !posix_path_arg(ts, v[0], &a) || !posix_path_arg(ts, v[1], &b))
    return nullptr;
  if (fn(a.c_str(), b.c_str()) < 0) {
    set_os_error2(ts, errno, v[0], v[1]);
    return nullptr;
  }
  return new_none();
}

Ref px_symlink(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) { return two_paths(ts, "symlink", a, n, kw, symlink); }
Ref px_link(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) { return two_paths(ts, "link", a, n, kw, link); }

Ref px_readlink(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  std::string p;
  if (!parse_args(ts, "readlink", args, nargs, kw, {"path", "dir_fd"}, 1, v) || !posix_path_arg(ts, v[0], &p))
    return nullptr;
  char buf[PATH_MAX];
  ssize_t n = readlink(p.c_str(), buf, sizeof buf);
  if (n < 0) return os_fail(ts, v[0]);
  if (is_bytes(v[0])) return new_bytes(std::string_view(buf, n));
  return new_str(std::string_view(buf, n));
}

bool time_arg(ThreadState* ts, Value v, timespec* out) {
  double d;
  if (!to_double(ts, v, &d)) return false;
  double s = std::floor(d);
  out->tv_sec = static_cast<time_t>(s);
  out->tv_nsec = static_cast<long>((d - s) * 1e9);
  return true;
}

Ref px_utime(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[5];
  std::string p;
  if (!parse_args(ts, "utime", args, nargs, kw, {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1, v) ||
      !posix_path_arg(ts, v[0], &p))
    return nullptr;
  timespec times[2];
  timespec* tp = nullptr;
  bool have_times = v[1] && v[1] != None();
  if (have_times && v[2]) {
    set_error(ts, &ValueError_type, "utime: you may specify either 'times' or 'ns' but not both");
    return nullptr;
  }
  if (have_times) {
    if (!isinstance_of(v[1], &tuple_type) || static_cast<Tuple*>(v[1].as_object())->length != 2) {
      set_error(ts, &TypeError_type, "utime: 'times' must be either a tuple of two ints or None");
      return nullptr;
    }
    Tuple* t = static_cast<Tuple*>(v[1].as_object());
    if (!time_arg(ts, t->items[0], &times[0]) || !time_arg(ts, t->items[1], &times[1])) return nullptr;
    tp = times;
  } else if (v[2]) {
    if (!isinstance_of(v[2], &tuple_type) || static_cast<Tuple*>(v[2].as_object())->length != 2) {
      set_error(ts, &TypeError_type, "utime: 'ns' must be a tuple of two ints");
      return nullptr;
    }
    Tuple* t = static_cast<Tuple*>(v[2].as_object());
    for (int i = 0; i < 2; ++i) {
      int64_t ns;
      if (!int_to_i64(ts, t->items[i], &ns)) return nullptr;
      times[i].tv_sec = ns / 1000000000;
      times[i].tv_nsec = ns % 1000000000;
      if (times[i].tv_nsec < 0) {
        times[i].tv_nsec += 1000000000;
        times[i].tv_sec -= 1;
      }
    }
    tp = times;
  }
  if (utimensat(AT_FDCWD, p.c_str(), tp, 0) < 0) return os_fail(ts, v[0]);
  return new_none();
}

Ref px_uname(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  utsname u;
  if (uname(&u) < 0) return os_fail(ts);
  Ref a = new_str(u.sysname), b = new_str(u.nodename), c = new_str(u.release), d = new_str(u.version),
      e = new_str(u.machine);
  return new_structseq(ts, &uname_result_desc, {a.get(), b.get(), c.get(), d.get(), e.get()});
}

Ref px_isatty(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int fd;
  if (!parse_args(ts, "isatty", args, nargs, kw, {"fd"}, 1, &v, 1) || !int_arg(ts, v, &fd)) return nullptr;
  return new_bool(isatty(fd) == 1);
}

Ref px_dup(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int fd;
  if (!parse_args(ts, "dup", args, nargs, kw, {"fd"}, 1, &v, 1) || !int_arg(ts, v, &fd)) return nullptr;
  int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return os_fail(ts);
  return new_int(r);
}

Ref px_dup2(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[3];
  int a, b;
  if (!parse_args(ts, "dup2", args, nargs, kw, {"fd", "fd2", "inheritable"}, 2, v) || !int_arg(ts, v[0], &a) ||
      !int_arg(ts, v[1], &b))
    return nullptr;
  if (dup2(a, b) < 0) return os_fail(ts);
  return new_int(b);
}

Ref px_pipe(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) < 0) return os_fail(ts);
  Ref a = new_int(fds[0]), b = new_int(fds[1]);
  return new_tuple({a.get(), b.get()});
}

Ref px_kill(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  int pid, sig;
  if (!parse_args(ts, "kill", args, nargs, kw, {"pid", "signal"}, 2, v, 2) || !int_arg(ts, v[0], &pid) ||
      !int_arg(ts, v[1], &sig))
    return nullptr;
  if (kill(pid, sig) < 0) return os_fail(ts);
  if (poll_eval_breaker(ts) < 0) return nullptr;
  return new_none();
}

Ref px_truncate(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  int64_t len;
  if (!parse_args(ts, "truncate", args, nargs, kw, {"path", "length"}, 2, v) || !int_to_i64(ts, v[1], &len))
    return nullptr;
  if (is_int(v[0])) {
    int fd;
    if (!int_arg(ts, v[0], &fd)) return nullptr;
    if (ftruncate(fd, len) < 0) return os_fail(ts);
    return new_none();
  }
  std::string p;
  if (!posix_path_arg(ts, v[0], &p)) return nullptr;
  if (truncate(p.c_str(), len) < 0) return os_fail(ts, v[0]);
  return new_none();
}

Ref px_fsync(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int fd;
  if (!parse_args(ts, "fsync", args, nargs, kw, {"fd"}, 1, &v) || !int_arg(ts, v, &fd)) return nullptr;
  if (fsync(fd) < 0) return os_fail(ts);
  return new_none();
}

Ref px_get_terminal_size(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int fd = 1;
  if (!parse_args(ts, "get_terminal_size", args, nargs, kw, {"fd"}, 0, &v, 1) || (v && !int_arg(ts, v, &fd)))
    return nullptr;
  struct winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) < 0) return os_fail(ts);
  Ref c = new_int(w.ws_col), l = new_int(w.ws_row);
  return new_tuple({c.get(), l.get()});
}

const MethodDef extra_functions[] = {
    {"open", px_open, kMethStatic, nullptr},
    {"read", px_read, kMethStatic, nullptr},
    {"lseek", px_lseek, kMethStatic, nullptr},
    {"fstat", px_fstat, kMethStatic, nullptr},
    {"getuid", px_id<getuid>, kMethStatic, nullptr},
    {"geteuid", px_id<geteuid>, kMethStatic, nullptr},
    {"getgid", px_id<getgid>, kMethStatic, nullptr},
    {"getegid", px_id<getegid>, kMethStatic, nullptr},
    {"getpgrp", px_id<getpgrp>, kMethStatic, nullptr},
    {"umask", px_umask, kMethStatic, nullptr},
    {"chmod", px_chmod, kMethStatic, nullptr},
    {"symlink", px_symlink, kMethStatic, nullptr},
    {"link", px_link, kMethStatic, nullptr},
    {"readlink", px_readlink, kMethStatic, nullptr},
    {"utime", px_utime, kMethStatic, nullptr},
    {"uname", px_uname, kMethStatic, nullptr},
    {"isatty", px_isatty, kMethStatic, nullptr},
    {"dup", px_dup, kMethStatic, nullptr},
    {"dup2", px_dup2, kMethStatic, nullptr},
    {"pipe", px_pipe, kMethStatic, nullptr},
    {"kill", px_kill, kMethStatic, nullptr},
    {"truncate", px_truncate, kMethStatic, nullptr},
    {"ftruncate", px_truncate, kMethStatic, nullptr},
    {"fsync", px_fsync, kMethStatic, nullptr},
    {"_get_terminal_size", px_get_terminal_size, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void setup_posix_extra_types() {
  setup_structseq_type(&uname_result_desc, "posix.uname_result", "posix.uname_result",
                       {"sysname", "nodename", "release", "version", "machine"});
}

int add_posix_extras(ThreadState* ts, Dict* d) {
  for (const MethodDef* m = extra_functions; m->name; ++m) {
    Ref fn = new_native_function(m, Value());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return -1;
  }
  if (dict_set_str(ts, d, "uname_result", Value(&uname_result_desc.type)) < 0) return -1;
  static const struct { const char* name; int value; } kConsts[] = {
      {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
      {"O_NONBLOCK", O_NONBLOCK}, {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY},
      {"O_NOFOLLOW", O_NOFOLLOW}, {"O_NOCTTY", O_NOCTTY}, {"O_SYNC", O_SYNC}, {"O_DSYNC", O_DSYNC},
      {"O_ACCMODE", O_ACCMODE}, {"O_NDELAY", O_NDELAY}, {"O_TMPFILE", O_TMPFILE},
      {"EX_OK", 0}};
  for (const auto& c : kConsts)
    if (dict_set_str(ts, d, c.name, Value::small_int(c.value)) < 0) return -1;
  return 0;
}

}  // namespace weft

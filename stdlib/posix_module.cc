// The native `posix` module: the system calls behind `os` (stdlib/python/os.py
// builds the portable surface on top of it). Blocking calls detach.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "stdlib/posix_internal.h"
#include "stdlib/stdlib.h"
#include "stdlib/structseq.h"

extern char** environ;

namespace weft {

// A path argument: str, bytes or os.PathLike.
bool posix_path_arg(ThreadState* ts, Value v, std::string* out) {
  Ref p = Ref::borrow(v);
  if (!is_str(v) && !is_bytes(v)) {
    p = call_method(ts, v, "__fspath__", nullptr, 0);
    if (!p) {
      clear_error(ts);
      set_errorf(ts, &TypeError_type, "expected str, bytes or os.PathLike object, not %s", type_name(v));
      return false;
    }
  }
  if (is_str(p.get())) {
    out->assign(str_utf8(p.get()));
  } else if (is_bytes(p.get())) {
    Bytes* b = p.as<Bytes>();
    out->assign(b->data, b->length);
  } else {
    set_errorf(ts, &TypeError_type, "expected str, bytes or os.PathLike object, not %s", type_name(v));
    return false;
  }
  if (out->find('\0') != std::string::npos) {
    set_error(ts, &ValueError_type, "embedded null byte");
    return false;
  }
  return true;
}

namespace {

StructSeqDesc stat_result_desc;


Ref fail(ThreadState* ts, Value path = Value()) {
  set_os_error(ts, errno, path);
  return nullptr;
}

Ref posix_getcwd(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return fail(ts);
  return new_str(buf);
}

Ref posix_chdir(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  std::string p;
  if (!parse_args(ts, "chdir", args, nargs, kw, {"path"}, 1, &v) || !posix_path_arg(ts, v, &p)) return nullptr;
  if (chdir(p.c_str()) < 0) return fail(ts, v);
  return new_none();
}

Ref posix_listdir(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "listdir", args, nargs, kw, {"path"}, 0, &v)) return nullptr;
  std::string p = ".";
  if (v && v != None() && !posix_path_arg(ts, v, &p)) return nullptr;
  DIR* d = opendir(p.c_str());
  if (!d) return fail(ts, v ? v : Value());
  Ref out = new_list(0);
  while (dirent* e = readdir(d)) {
    if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, "..")) continue;
    Ref name = v && is_bytes(v) ? new_bytes(e->d_name) : new_str(e->d_name);
    if (!name || list_append(ts, out.as<List>(), name.get()) < 0) {
      closedir(d);
      return nullptr;
    }
  }
  closedir(d);
  return out;
}

Ref stat_result(ThreadState* ts, const struct stat& st) {
  Ref atime = new_float(st.st_atim.tv_sec + st.st_atim.tv_nsec * 1e-9);
  Ref mtime = new_float(st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9);
  Ref ctime = new_float(st.st_ctim.tv_sec + st.st_ctim.tv_nsec * 1e-9);
  Ref ino = new_int_from_u64(st.st_ino), dev = new_int_from_u64(st.st_dev);
  Ref size = new_int(st.st_size);
  Value vals[] = {Value::small_int(st.st_mode), ino.get(), dev.get(),
                  Value::small_int(st.st_nlink), Value::small_int(st.st_uid),
                  Value::small_int(st.st_gid), size.get(),
                  Value::small_int(st.st_atim.tv_sec), Value::small_int(st.st_mtim.tv_sec),
                  Value::small_int(st.st_ctim.tv_sec), atime.get(), mtime.get(), ctime.get()};
  return new_structseq_from(ts, &stat_result_desc, vals, 13);
}

Ref do_stat(ThreadState* ts, const char* fname, const Value* args, size_t nargs, Tuple* kw, bool follow) {
  Value v[3];
  if (!parse_args(ts, fname, args, nargs, kw, {"path", "dir_fd", "follow_symlinks"}, 1, v)) return nullptr;
  struct stat st;
  if (is_int(v[0])) {
    int64_t fd;
    if (!int_to_i64(ts, v[0], &fd)) return nullptr;
    if (fstat(static_cast<int>(fd), &st) < 0) return fail(ts);
    return stat_result(ts, st);
  }
  std::string p;
  if (!posix_path_arg(ts, v[0], &p)) return nullptr;
  if (v[2] && truthy(ts, v[2]) == 0) follow = false;
  if ((follow ? stat(p.c_str(), &st) : lstat(p.c_str(), &st)) < 0) return fail(ts, v[0]);
  return stat_result(ts, st);
}

Ref posix_stat(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) { return do_stat(ts, "stat", a, n, kw, true); }
Ref posix_lstat(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) { return do_stat(ts, "lstat", a, n, kw, false); }

// One-path system calls that return nothing.
template <int (*Call)(const char*)>
Ref path_call(ThreadState* ts, const char* fname, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  std::string p;
  if (!parse_args(ts, fname, args, nargs, kw, {"path"}, 1, &v) || !posix_path_arg(ts, v, &p)) return nullptr;
  if (Call(p.c_str()) < 0) return fail(ts, v);
  return new_none();
}

Ref posix_remove(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) { return path_call<unlink>(ts, "remove", a, n, kw); }
Ref posix_rmdir(ThreadState* ts, Value, const Value* a, size_t n, Tuple* kw) { return path_call<rmdir>(ts, "rmdir", a, n, kw); }

Ref posix_mkdir(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[3];
  std::string p;
  if (!parse_args(ts, "mkdir", args, nargs, kw, {"path", "mode", "dir_fd"}, 1, v) || !posix_path_arg(ts, v[0], &p))
    return nullptr;
  int64_t mode = 0777;
  if (v[1] && !int_to_i64(ts, v[1], &mode)) return nullptr;
  if (mkdir(p.c_str(), static_cast<mode_t>(mode)) < 0) return fail(ts, v[0]);
  return new_none();
}

Ref posix_rename(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  std::string a, b;
  if (!parse_args(ts, "rename", args, nargs, kw, {"src", "dst"}, 2, v) || !posix_path_arg(ts, v[0], &a) ||
      !posix_path_arg(ts, v[1], &b))
    return nullptr;
  if (rename(a.c_str(), b.c_str()) < 0) {
    set_os_error2(ts, errno, v[0], v[1]);
    return nullptr;
  }
  return new_none();
}

Ref posix_access(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  std::string p;
  if (!parse_args(ts, "access", args, nargs, kw, {"path", "mode"}, 2, v) || !posix_path_arg(ts, v[0], &p))
    return nullptr;
  int64_t mode;
  if (!int_to_i64(ts, v[1], &mode)) return nullptr;
  return new_bool(access(p.c_str(), static_cast<int>(mode)) == 0);
}

Ref posix_getpid(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_int(getpid()); }
Ref posix_getppid(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_int(getppid()); }
Ref posix_cpu_count(ThreadState*, Value, const Value*, size_t, Tuple*) {
  unsigned n = std::thread::hardware_concurrency();
  return n ? new_int(n) : new_none();
}

Ref posix_urandom(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "urandom", args, nargs, kw, {"size"}, 1, &v)) return nullptr;
  int64_t n;
  if (!int_to_i64(ts, v, &n)) return nullptr;
  if (n < 0) {
    set_error(ts, &ValueError_type, "negative argument not allowed");
    return nullptr;
  }
  std::string buf(static_cast<size_t>(n), '\0');
  int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(ts);
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t r = read(fd, buf.data() + got, buf.size() - got);
    if (r <= 0) {
      close(fd);
      return fail(ts);
    }
    got += static_cast<size_t>(r);
  }
  close(fd);
  return new_bytes(buf);
}

Ref posix_strerror(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int64_t code;
  if (!parse_args(ts, "strerror", args, nargs, kw, {"code"}, 1, &v) || !int_to_i64(ts, v, &code))
    return nullptr;
  return new_str(std::strerror(static_cast<int>(code)));
}

Ref posix_putenv(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  std::string k, val;
  if (!parse_args(ts, "putenv", args, nargs, kw, {"name", "value"}, 2, v) || !posix_path_arg(ts, v[0], &k) ||
      !posix_path_arg(ts, v[1], &val))
    return nullptr;
  if (setenv(k.c_str(), val.c_str(), 1) < 0) return fail(ts);
  return new_none();
}

Ref posix_unsetenv(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  std::string k;
  if (!parse_args(ts, "unsetenv", args, nargs, kw, {"name"}, 1, &v) || !posix_path_arg(ts, v, &k)) return nullptr;
  if (unsetenv(k.c_str()) < 0) return fail(ts);
  return new_none();
}

Ref posix_exit(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int64_t code;
  if (!parse_args(ts, "_exit", args, nargs, kw, {"status"}, 1, &v) || !int_to_i64(ts, v, &code))
    return nullptr;
  std::fflush(nullptr);
  _exit(static_cast<int>(code));
}

Ref posix_write(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  int64_t fd;
  if (!parse_args(ts, "write", args, nargs, kw, {"fd", "data"}, 2, v) || !int_to_i64(ts, v[0], &fd))
    return nullptr;
  if (!is_bytes(v[1])) {
    set_errorf(ts, &TypeError_type, "a bytes-like object is required, not '%s'", type_name(v[1]));
    return nullptr;
  }
  Bytes* b = static_cast<Bytes*>(v[1].as_object());
  ssize_t n;
  {
    DetachScope d(ts);
    n = write(static_cast<int>(fd), b->data, b->length);
  }
  if (n < 0) return fail(ts);
  return new_int(n);
}

Ref posix_close(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int64_t fd;
  if (!parse_args(ts, "close", args, nargs, kw, {"fd"}, 1, &v) || !int_to_i64(ts, v, &fd)) return nullptr;
  if (close(static_cast<int>(fd)) < 0) return fail(ts);
  return new_none();
}

const MethodDef posix_functions[] = {
    {"getcwd", posix_getcwd, kMethStatic, nullptr},
    {"chdir", posix_chdir, kMethStatic, nullptr},
    {"listdir", posix_listdir, kMethStatic, nullptr},
    {"stat", posix_stat, kMethStatic, nullptr},
    {"lstat", posix_lstat, kMethStatic, nullptr},
    {"remove", posix_remove, kMethStatic, nullptr},
    {"unlink", posix_remove, kMethStatic, nullptr},
    {"rmdir", posix_rmdir, kMethStatic, nullptr},
    {"mkdir", posix_mkdir, kMethStatic, nullptr},
    {"rename", posix_rename, kMethStatic, nullptr},
    {"replace", posix_rename, kMethStatic, nullptr},
    {"access", posix_access, kMethStatic, nullptr},
    {"getpid", posix_getpid, kMethStatic, nullptr},
    {"getppid", posix_getppid, kMethStatic, nullptr},
    {"cpu_count", posix_cpu_count, kMethStatic, nullptr},
    {"urandom", posix_urandom, kMethStatic, nullptr},
    {"strerror", posix_strerror, kMethStatic, nullptr},
    {"putenv", posix_putenv, kMethStatic, nullptr},
    {"unsetenv", posix_unsetenv, kMethStatic, nullptr},
    {"_exit", posix_exit, kMethStatic, nullptr},
    {"write", posix_write, kMethStatic, nullptr},
    {"close", posix_close, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int add_environ(ThreadState* ts, Dict* d) {
  Ref env = new_dict();
  for (char** e = environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    Ref k = new_str(std::string_view(*e, eq - *e)), v = new_str(eq + 1);
    if (!k || !v || dict_set(ts, env.as<Dict>(), k.get(), v.get()) < 0) return -1;
  }
  return dict_set_str(ts, d, "environ", env.get());
}

}  // namespace


void setup_posix_types() {
  setup_structseq_type(&stat_result_desc, "os.stat_result", "os.stat_result",
                       {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                        "_st_atime_int", "_st_mtime_int", "_st_ctime_int", "st_atime", "st_mtime",
                        "st_ctime"},
                       10);
}

Ref make_posix_module(ThreadState* ts) {
  Ref mod = new_module(ts, "posix");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = posix_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  if (add_environ(ts, d) < 0 || add_posix_extras(ts, d) < 0 || dict_set_str(ts, d, "stat_result", Value(&stat_result_desc.type)) < 0)
    return nullptr;
  struct IntConst {
    const char* name;
    int value;
  };
  static const IntConst kConsts[] = {{"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
                                     {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
                                     {"O_CREAT", O_CREAT}, {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND},
                                     {"O_EXCL", O_EXCL}};
  for (const IntConst& c : kConsts)
    if (dict_set_str(ts, d, c.name, Value::small_int(c.value)) < 0) return nullptr;
  return mod;
}

}  // namespace weft

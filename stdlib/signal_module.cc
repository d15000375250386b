// The _signal module: installing Python signal handlers (run by the main
// thread at its next safepoint, see core/runtime/signals.cc), alarm, pause,
// raise_signal and the signal constants. signal.py adds the enums.
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <cerrno>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "core/vm/eval.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

constexpr int kNSig = 65;
int wakeup_fd = -1;  // set_wakeup_fd is recorded but nothing writes to it

bool signum_arg(ThreadState* ts, Value v, int* out) {
  int64_t n;
  if (!int_to_i64(ts, v, &n)) return false;
  if (n < 1 || n >= kNSig) {
    set_error(ts, &ValueError_type, "signal number out of range");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

bool require_main_thread(ThreadState* ts) {
  if (ts == runtime.main_thread) return true;
  set_error(ts, &ValueError_type, "signal only works in main thread of the main interpreter");
  return false;
}

Ref current_handler(ThreadState* ts, int sig) {
  if (Ref h = get_python_signal_handler(sig)) return h;
  struct sigaction sa;
  if (sigaction(sig, nullptr, &sa) < 0) return new_none();
  if (sa.sa_handler == SIG_IGN) return new_int(1);
  if (sa.sa_handler == SIG_DFL) return new_int(0);
  return new_none();
}

Ref sig_getsignal(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int sig;
  if (!parse_args(ts, "getsignal", args, nargs, kw, {"signalnum"}, 1, &v, 1) || !signum_arg(ts, v, &sig))
    return nullptr;
  return current_handler(ts, sig);
}

Ref sig_signal(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  int sig;
  if (!parse_args(ts, "signal", args, nargs, kw, {"signalnum", "handler"}, 2, v, 2)) return nullptr;
  if (!require_main_thread(ts) || !signum_arg(ts, v[0], &sig)) return nullptr;
  Value handler = v[1];
  bool is_int_handler = is_int(handler);
  int64_t disposition = -1;
  if (is_int_handler) {
    if (!int_to_i64(ts, handler, &disposition)) return nullptr;
  }
  if (is_int_handler ? (disposition != 0 && disposition != 1) : !is_callable(handler)) {
    set_error(ts, &TypeError_type,
              "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    return nullptr;
  }
  Ref old = current_handler(ts, sig);
  if (!old) return nullptr;
  int rc = is_int_handler ? set_signal_disposition(sig, Value(), disposition == 1)
                          : set_signal_disposition(sig, handler, false);
  if (rc < 0) {
    set_os_error(ts, errno);
    return nullptr;
  }
  return old;
}

Ref sig_default_int_handler(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  set_error_obj(ts, &KeyboardInterrupt_type, Value());
  return nullptr;
}

Ref sig_raise_signal(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int sig;
  if (!parse_args(ts, "raise_signal", args, nargs, kw, {"signalnum"}, 1, &v, 1) || !signum_arg(ts, v, &sig))
    return nullptr;
  if (raise(sig) != 0) {
    set_os_error(ts, errno);
    return nullptr;
  }
  // Like CPython, run the Python handler before returning.
  if (run_pending_signal_handlers(ts) < 0) return nullptr;
  return new_none();
}

Ref sig_alarm(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int64_t secs;
  if (!parse_args(ts, "alarm", args, nargs, kw, {"seconds"}, 1, &v, 1) || !int_to_i64(ts, v, &secs))
    return nullptr;
  return new_int(alarm(static_cast<unsigned>(secs)));
}

Ref sig_pause(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  {
    DetachScope d(ts);
    pause();
  }
  if (run_pending_signal_handlers(ts) < 0) return nullptr;
  return new_none();
}

Ref sig_set_wakeup_fd(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  int64_t fd;
  if (!parse_args(ts, "set_wakeup_fd", args, nargs, kw, {"fd", "warn_on_full_buffer"}, 1, v, 1) ||
      !int_to_i64(ts, v[0], &fd))
    return nullptr;
  if (!require_main_thread(ts)) return nullptr;
  int old = wakeup_fd;
  wakeup_fd = static_cast<int>(fd);
  return new_int(old);
}

Ref sig_strsignal(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  int sig;
  if (!parse_args(ts, "strsignal", args, nargs, kw, {"signalnum"}, 1, &v, 1) || !signum_arg(ts, v, &sig))
    return nullptr;
  const char* s = strsignal(sig);
  if (!s || strncmp(s, "Unknown signal", 14) == 0 || strncmp(s, "Real-time signal", 16) == 0) return new_none();
  return new_str(s);
}

Ref sig_valid_signals(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  sigset_t all;
  sigfillset(&all);
  Ref set = call(ts, Value(&set_type), nullptr, 0, nullptr);
  if (!set) return nullptr;
  for (int sig = 1; sig < kNSig; ++sig) {
    if (sigismember(&all, sig) != 1) continue;
    Ref n = new_int(sig);
    Value nv = n.get();
    if (!call_method(ts, set.get(), "add", &nv, 1)) return nullptr;
  }
  return set;
}

Ref sig_siginterrupt(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  int sig;
  if (!parse_args(ts, "siginterrupt", args, nargs, kw, {"signalnum", "flag"}, 2, v, 2) ||
      !signum_arg(ts, v[0], &sig))
    return nullptr;
  return new_none();
}

Ref sig_pthread_kill(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  int64_t tid;
  int sig;
  if (!parse_args(ts, "pthread_kill", args, nargs, kw, {"thread_id", "signalnum"}, 2, v, 2) ||
      !int_to_i64(ts, v[0], &tid) || !signum_arg(ts, v[1], &sig))
    return nullptr;
  int err = pthread_kill(static_cast<pthread_t>(tid), sig);
  if (err) {
    set_os_error(ts, err);
    return nullptr;
  }
  if (run_pending_signal_handlers(ts) < 0) return nullptr;
  return new_none();
}

const MethodDef signal_functions[] = {
    {"signal", sig_signal, kMethStatic, nullptr},
    {"getsignal", sig_getsignal, kMethStatic, nullptr},
    {"default_int_handler", sig_default_int_handler, kMethStatic, nullptr},
    {"raise_signal", sig_raise_signal, kMethStatic, nullptr},
    {"alarm", sig_alarm, kMethStatic, nullptr},
    {"pause", sig_pause, kMethStatic, nullptr},
    {"set_wakeup_fd", sig_set_wakeup_fd, kMethStatic, nullptr},
    {"strsignal", sig_strsignal, kMethStatic, nullptr},
    {"valid_signals", sig_valid_signals, kMethStatic, nullptr},
    {"siginterrupt", sig_siginterrupt, kMethStatic, nullptr},
    {"pthread_kill", sig_pthread_kill, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConst {
  const char* name;
  int value;
};
const IntConst kSignalConsts[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCLD", SIGCHLD}, {"SIGCONT", SIGCONT},
    {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},
    {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL},
    {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64},
    {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", kNSig},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"ITIMER_REAL", 0}, {"ITIMER_VIRTUAL", 1}, {"ITIMER_PROF", 2},
};

}  // namespace

Ref make_signal_module(ThreadState* ts) {
  Ref mod = new_module(ts, "_signal");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = signal_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
    // SIGINT starts with default_int_handler, as in CPython.
    if (strcmp(m->name, "default_int_handler") == 0 && !get_python_signal_handler(SIGINT)) {
      struct sigaction sa;
      if (sigaction(SIGINT, nullptr, &sa) == 0 && sa.sa_handler != SIG_IGN &&
          set_signal_disposition(SIGINT, fn.get(), false) < 0) {
        set_os_error(ts, errno);
        return nullptr;
      }
    }
  }
  for (const IntConst& c : kSignalConsts)
    if (dict_set_str(ts, d, c.name, Value::small_int(c.value)) < 0) return nullptr;
  return mod;
}

}  // namespace weft

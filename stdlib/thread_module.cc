// The _thread module: OS threads running Python callables, Lock and RLock.
//
// Lock guarantee: mutual exclusion with CPython's semantics (a Lock may be
// released by any thread; an RLock only by its owner). Waiters block on a
// condition variable while detached, so they never hold up other threads or a
// stop-the-world; in the main thread the wait is sliced so Ctrl-C is seen.
// A thread started here blocks all signals (handlers run in the main thread)
// and owns a ThreadState for its whole life.
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>

#include "core/runtime/abstract.h"
#include "core/runtime/thread_state.h"
#include "core/types/func.h"
#include "core/vm/eval.h"
#include "stdlib/stdlib.h"

namespace weft {

Type lock_type, rlock_type;

namespace {

struct LockObject : Object {
  Dict* dict;
  std::mutex mu;
  std::condition_variable cv;
  // Written under mu; atomic so that a spinning acquirer may peek without it.
  std::atomic<bool> locked;
  ThreadState* owner;  // RLock only
  int64_t count;       // RLock recursion depth
};

LockObject* as_lock(Value v) { return static_cast<LockObject*>(v.as_object()); }

constexpr double kTimeoutMax = 4294967.0;

void lock_dealloc(Object* o) {
  LockObject* l = static_cast<LockObject*>(o);
  xdecref(l->dict);
  l->cv.~condition_variable();
  l->mu.~mutex();
  free_object(o);
}

Ref lock_new(ThreadState* ts, Type* type, const Value*, size_t, Tuple*) {
  Object* o = alloc_object(type, type->basic_size);
  if (!o) return set_no_memory(ts);
  LockObject* l = static_cast<LockObject*>(o);
  new (&l->mu) std::mutex();
  new (&l->cv) std::condition_variable();
  return Ref::steal(Value(o));
}

bool parse_acquire_args(ThreadState* ts, const Value* args, size_t nargs, Tuple* kw,
                        bool* blocking, double* timeout) {
  Value v[2];
  if (!parse_args(ts, "acquire", args, nargs, kw, {"blocking", "timeout"}, 0, v)) return false;
  *blocking = true;
  *timeout = -1;
  if (v[0]) {
    int b = truthy(ts, v[0]);
    if (b < 0) return false;
    *blocking = b;
  }
  if (v[1] && !to_double(ts, v[1], timeout)) return false;
  if (!*blocking && *timeout != -1) {
    set_error(ts, &ValueError_type, "can't specify a timeout for a non-blocking call");
    return false;
  }
  if (*timeout < 0 && *timeout != -1) {
    set_error(ts, &ValueError_type, "timeout value must be a non-negative number");
    return false;
  }
  if (*timeout > kTimeoutMax) {
    set_error(ts, &OverflowError_type, "timeout value is too large");
    return false;
  }
  return true;
}

// Waits until `ready()` holds (under l->mu), honouring the timeout; returns
// 1 when acquired, 0 on timeout, -1 if a signal handler raised.
template <class Ready>
int wait_for(ThreadState* ts, LockObject* l, std::unique_lock<std::mutex>& g, bool blocking,
             double timeout, Ready ready) {
  if (ready()) return 1;
  if (!blocking) return 0;
  using Clock = std::chrono::steady_clock;
  auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                     std::chrono::duration<double>(timeout < 0 ? 0 : timeout));
  for (;;) {
    auto slice = std::chrono::milliseconds(50);
    bool done;
    {
      DetachScope detached(ts);
      if (timeout < 0) done = l->cv.wait_for(g, slice, ready);
      else done = l->cv.wait_until(g, std::min(deadline, Clock::now() + slice), ready);
    }
    if (done) return 1;
    if (timeout >= 0 && Clock::now() >= deadline) return 0;
    if (ts->eval_breaker.load(std::memory_order_relaxed)) {
      g.unlock();
      int r = handle_eval_breaker(ts);
      g.lock();
      if (r < 0) return -1;
      if (ready()) return 1;
    }
  }
}

inline void cpu_pause() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

// Spins (without l->mu) while the lock looks held. Locks guarding short
// critical sections (queue.Queue, Condition) are usually released within a
// microsecond or two; parking on the condition variable (detach, futex wait,
// wake-up) costs far more than that.
constexpr int kSpinPauses = 128;
constexpr int kSpinRounds = 2;

void spin_while_locked(LockObject* l) {
  for (int i = 0; i < kSpinPauses; i++) {
    if (!l->locked.load(std::memory_order_relaxed)) return;
    cpu_pause();
  }
}

Ref lock_acquire(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  bool blocking;
  double timeout;
  if (!parse_acquire_args(ts, args, nargs, kw, &blocking, &timeout)) return nullptr;
  LockObject* l = as_lock(self);
  std::unique_lock<std::mutex> g(l->mu);
  for (int round = 0; blocking && l->locked && round < kSpinRounds; round++) {
    g.unlock();
    spin_while_locked(l);
    g.lock();
  }
  int r = wait_for(ts, l, g, blocking, timeout, [l] { return !l->locked; });
  if (r < 0) return nullptr;
  if (r) l->locked = true;
  return new_bool(r);
}

Ref lock_release(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  LockObject* l = as_lock(self);
  {
    std::lock_guard<std::mutex> g(l->mu);
    if (!l->locked) {
      set_error(ts, &RuntimeError_type, "release unlocked lock");
      return nullptr;
    }
    l->locked = false;
  }
  l->cv.notify_one();
  return new_none();
}

Ref lock_exit(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  return lock_release(ts, self, nullptr, 0, nullptr);
}

Ref lock_locked(ThreadState*, Value self, const Value*, size_t, Tuple*) {
  LockObject* l = as_lock(self);
  std::lock_guard<std::mutex> g(l->mu);
  return new_bool(l->locked);
}

Ref lock_at_fork(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_none(); }

Ref lock_repr(ThreadState* ts, Value self) {
  LockObject* l = as_lock(self);
  bool locked;
  {
    std::lock_guard<std::mutex> g(l->mu);
    locked = l->locked;
  }
  return str_from_format("<%s _thread.lock object at %p>", locked ? "locked" : "unlocked",
                         static_cast<void*>(l));
}

const MethodDef lock_methods[] = {
    {"acquire", lock_acquire, kMethInstance, nullptr},
    {"acquire_lock", lock_acquire, kMethInstance, nullptr},
    {"release", lock_release, kMethInstance, nullptr},
    {"release_lock", lock_release, kMethInstance, nullptr},
    {"locked", lock_locked, kMethInstance, nullptr},
    {"locked_lock", lock_locked, kMethInstance, nullptr},
    {"__enter__", lock_acquire, kMethInstance, nullptr},
    {"__exit__", lock_exit, kMethInstance, nullptr},
    {"_at_fork_reinit", lock_at_fork, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- RLock ---------------------------------------------------------------------

Ref rlock_acquire(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  bool blocking;
  double timeout;
  if (!parse_acquire_args(ts, args, nargs, kw, &blocking, &timeout)) return nullptr;
  LockObject* l = as_lock(self);
  std::unique_lock<std::mutex> g(l->mu);
  if (l->locked && l->owner == ts) {
    ++l->count;
    return new_bool(true);
  }
  int r = wait_for(ts, l, g, blocking, timeout, [l] { return !l->locked; });
  if (r < 0) return nullptr;
  if (r) {
    l->locked = true;
    l->owner = ts;
    l->count = 1;
  }
  return new_bool(r);
}

Ref rlock_release(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  LockObject* l = as_lock(self);
  bool wake = false;
  {
    std::lock_guard<std::mutex> g(l->mu);
    if (!l->locked || l->owner != ts) {
      set_error(ts, &RuntimeError_type, "cannot release un-acquired lock");
      return nullptr;
    }
    if (--l->count == 0) {
      l->locked = false;
      l->owner = nullptr;
      wake = true;
    }
  }
  if (wake) l->cv.notify_one();
  return new_none();
}

Ref rlock_exit(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  return rlock_release(ts, self, nullptr, 0, nullptr);
}

Ref rlock_is_owned(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  LockObject* l = as_lock(self);
  std::lock_guard<std::mutex> g(l->mu);
  return new_bool(l->locked && l->owner == ts);
}

// Condition variables release an RLock completely and restore it afterwards.
Ref rlock_release_save(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  LockObject* l = as_lock(self);
  int64_t count;
  {
    std::lock_guard<std::mutex> g(l->mu);
    if (!l->locked || l->owner != ts) {
      set_error(ts, &RuntimeError_type, "cannot release un-acquired lock");
      return nullptr;
    }
    count = l->count;
    l->locked = false;
    l->owner = nullptr;
    l->count = 0;
  }
  l->cv.notify_one();
  Ref c = new_int(count);
  Ref owner = new_int_from_u64(ts->ident);
  return new_tuple({c.get(), owner.get()});
}

Ref rlock_acquire_restore(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1 || !is_tuple(args[0])) {
    set_error(ts, &TypeError_type, "_acquire_restore() argument must be a tuple");
    return nullptr;
  }
  int64_t count;
  if (!int_to_i64(ts, static_cast<Tuple*>(args[0].as_object())->items[0], &count)) return nullptr;
  LockObject* l = as_lock(self);
  std::unique_lock<std::mutex> g(l->mu);
  int r = wait_for(ts, l, g, true, -1, [l] { return !l->locked; });
  if (r < 0) return nullptr;
  l->locked = true;
  l->owner = ts;
  l->count = count;
  return new_none();
}

Ref rlock_repr(ThreadState* ts, Value self) {
  LockObject* l = as_lock(self);
  std::lock_guard<std::mutex> g(l->mu);
  return str_from_format("<%s %s object owner=%llu count=%lld at %p>",
                         l->locked ? "locked" : "unlocked", type_of(self)->name,
                         static_cast<unsigned long long>(l->owner ? l->owner->ident : 0),
                         static_cast<long long>(l->count), static_cast<void*>(l));
}

const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, kMethInstance, nullptr},
    {"release", rlock_release, kMethInstance, nullptr},
    {"__enter__", rlock_acquire, kMethInstance, nullptr},
    {"__exit__", rlock_exit, kMethInstance, nullptr},
    {"_is_owned", rlock_is_owned, kMethInstance, nullptr},
    {"_release_save", rlock_release_save, kMethInstance, nullptr},
    {"_acquire_restore", rlock_acquire_restore, kMethInstance, nullptr},
    {"_at_fork_reinit", lock_at_fork, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void setup_lock_type(Type& t, const char* name, const MethodDef* methods, UnaryFn repr) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.base = &object_type;
  t.basic_size = sizeof(LockObject);
  t.dict_offset = offsetof(LockObject, dict);
  t.flags = kTypeBaseType;
  t.dealloc = lock_dealloc;
  t.new_ = lock_new;
  t.methods = methods;
  t.repr = repr;
  register_static_type(&t);
}

// ---- threads ---------------------------------------------------------------------

struct ThreadStart {
  Interpreter* interp;
  Ref func, args, kwargs;
};

void report_thread_exception(ThreadState* ts, Value func) {
  Ref exc = fetch_error(ts);
  if (isinstance_of(exc.get(), &SystemExit_type)) return;
  Ref r = repr_of(ts, func);
  clear_error(ts);
  std::string text = r ? std::string(str_utf8(r.get())) : "?";
  Ref err = get_attr_str(ts, ts->interp->sys.get(), "stderr");
  Ref line = str_from_format("Exception ignored in thread started by: %s\n", text.c_str());
  if (err && line) {
    Value a = line.get();
    call_method(ts, err.get(), "write", &a, 1);
  }
  clear_error(ts);
  print_exception(ts, exc.get());
}

void* thread_main(void* raw) {
  auto* start = static_cast<ThreadStart*>(raw);
  ThreadState* ts = new_thread_state(start->interp);
  {
    Ref r = call_tuple_dict(ts, start->func.get(), start->args.as<Tuple>(),
                            start->kwargs ? start->kwargs.as<Dict>() : nullptr);
    if (!r) report_thread_exception(ts, start->func.get());
    delete start;  // drops the references while the thread state is alive
  }
  delete_thread_state(ts);
  return nullptr;
}

Ref thread_start_new(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->length) return no_kwargs(ts, "start_new_thread", kw), nullptr;
  if (nargs < 2 || nargs > 3) {
    set_errorf(ts, &TypeError_type, "start_new_thread expected at least 2 arguments, got %zu", nargs);
    return nullptr;
  }
  if (!is_callable(args[0])) {
    set_error(ts, &TypeError_type, "first arg must be callable");
    return nullptr;
  }
  if (!is_tuple(args[1])) {
    set_error(ts, &TypeError_type, "2nd arg must be a tuple");
    return nullptr;
  }
  if (nargs == 3 && !is_dict(args[2])) {
    set_error(ts, &TypeError_type, "optional 3rd arg must be a dictionary");
    return nullptr;
  }
  auto* start = new ThreadStart{ts->interp, Ref::borrow(args[0]), Ref::borrow(args[1]),
                                nargs == 3 ? Ref::borrow(args[2]) : Ref()};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  size_t stack = ts->interp->thread_stack_size;
  pthread_attr_setstacksize(&attr, stack ? stack : 8u << 20);
  // Handlers run in the main thread: new threads start with signals blocked.
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  pthread_t tid;
  int err = pthread_create(&tid, &attr, thread_main, start);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  pthread_attr_destroy(&attr);
  if (err) {
    delete start;
    set_error(ts, &RuntimeError_type, "can't start new thread");
    return nullptr;
  }
  pthread_detach(tid);
  return new_int_from_u64(static_cast<uint64_t>(tid));
}

Ref thread_get_ident(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  return new_int_from_u64(ts->ident);
}

Ref thread_get_native_id(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  return new_int(ts->native_id);
}

Ref thread_allocate_lock(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  return lock_new(ts, &lock_type, nullptr, 0, nullptr);
}

Ref thread_count(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  std::lock_guard<std::mutex> g(ts->interp->threads_mu);
  int64_t n = 0;
  for (ThreadState* t = ts->interp->threads; t; t = t->next_in_interp) ++n;
  return new_int(n - 1);
}

Ref thread_stack_size(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "stack_size", args, nargs, kw, {"size"}, 0, &v)) return nullptr;
  size_t old = ts->interp->thread_stack_size;
  if (v) {
    int64_t n;
    if (!int_to_i64(ts, v, &n)) return nullptr;
    if (n != 0 && n < 32768) {
      set_error(ts, &ValueError_type, "size not valid: 32768 bytes minimum");
      return nullptr;
    }
    ts->interp->thread_stack_size = static_cast<size_t>(n);
  }
  return new_int(static_cast<int64_t>(old));
}

Ref thread_interrupt_main(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  kill(getpid(), SIGINT);  // raise() would signal this thread, which blocks SIGINT
  return new_none();
}

Ref thread_exit(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  set_error_obj(ts, &SystemExit_type, Value());
  return nullptr;
}

Ref thread_daemon_allowed(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_bool(true); }

const MethodDef thread_functions[] = {
    {"start_new_thread", thread_start_new, kMethStatic, nullptr},
    {"start_new", thread_start_new, kMethStatic, nullptr},
    {"get_ident", thread_get_ident, kMethStatic, nullptr},
    {"get_native_id", thread_get_native_id, kMethStatic, nullptr},
    {"allocate_lock", thread_allocate_lock, kMethStatic, nullptr},
    {"allocate", thread_allocate_lock, kMethStatic, nullptr},
    {"_count", thread_count, kMethStatic, nullptr},
    {"stack_size", thread_stack_size, kMethStatic, nullptr},
    {"interrupt_main", thread_interrupt_main, kMethStatic, nullptr},
    {"exit", thread_exit, kMethStatic, nullptr},
    {"daemon_threads_allowed", thread_daemon_allowed, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void setup_thread_types() {
  setup_lock_type(lock_type, "_thread.lock", lock_methods, lock_repr);
  setup_lock_type(rlock_type, "_thread.RLock", rlock_methods, rlock_repr);
}

Ref make_thread_module(ThreadState* ts) {
  Ref mod = new_module(ts, "_thread");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = thread_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  Ref tmax = new_float(kTimeoutMax);
  if (dict_set_str(ts, d, "LockType", Value(&lock_type)) < 0 ||
      dict_set_str(ts, d, "RLock", Value(&rlock_type)) < 0 ||
      dict_set_str(ts, d, "error", Value(&RuntimeError_type)) < 0 ||
      dict_set_str(ts, d, "TIMEOUT_MAX", tmax.get()) < 0)
    return nullptr;
  return mod;
}

}  // namespace weft

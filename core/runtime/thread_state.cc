// Thread states: creation, the native stack limit, attach/detach and the
// safepoint. Thread-local storage is read only here, at entry points.
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <string>

#include "core/runtime/errors.h"
#include "core/runtime/thread_state.h"
#include "threads/registry.h"
#include "threads/threads.h"

namespace weft {

Runtime runtime;

namespace {
thread_local ThreadState* tls_thread_state = nullptr;

// Leaves this much native stack for the handlers that run after the check
// (formatting the RecursionError, printing a traceback).
constexpr uintptr_t kStackReserve = 256 * 1024;

uintptr_t compute_stack_limit() {
  pthread_attr_t attr;
  void* base = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &base, &size);
    pthread_attr_destroy(&attr);
  }
  if (!base || size < 2 * kStackReserve) {
    char probe;  // unknown stack: assume 1 MiB below the current frame
    return reinterpret_cast<uintptr_t>(&probe) - (1u << 20) + kStackReserve;
  }
  return reinterpret_cast<uintptr_t>(base) + kStackReserve;
}
}  // namespace

ThreadState* current_thread_state() { return tls_thread_state; }
void set_current_thread_state(ThreadState* ts) { tls_thread_state = ts; }

ThreadState* new_thread_state(Interpreter* interp) {
  auto* ts = new ThreadState();
  ts->interp = interp;
  ts->thread_id = current_thread_id();
  ts->ident = static_cast<uint64_t>(pthread_self());
  ts->native_id = static_cast<int64_t>(syscall(SYS_gettid));
  ts->recursion_limit = interp->recursion_limit.load(std::memory_order_relaxed);
  ts->stack_limit = compute_stack_limit();
  ts->status.store(ThreadStatus::Attached, std::memory_order_relaxed);
  registry_register(ts->thread_id, &ts->eval_breaker, kBreakMergeQueue);
  {
    std::lock_guard<std::mutex> g(interp->threads_mu);
    ts->next_in_interp = interp->threads;
    interp->threads = ts;
  }
  set_current_thread_state(ts);
  return ts;
}

void delete_thread_state(ThreadState* ts) {
  // Objects other threads queued for us are merged now; objects we still own
  // stay valid on their counts (issue 3 merges them explicitly at exit).
  for (Object* o : registry_unregister(ts->thread_id)) merge_queued_object(o);
  {
    std::lock_guard<std::mutex> g(ts->interp->threads_mu);
    for (ThreadState** p = &ts->interp->threads; *p; p = &(*p)->next_in_interp) {
      if (*p == ts) {
        *p = ts->next_in_interp;
        break;
      }
    }
  }
  ts->status.store(ThreadStatus::Exited, std::memory_order_release);
  if (tls_thread_state == ts) tls_thread_state = nullptr;
  delete ts;
}

bool check_native_stack(ThreadState* ts, const char* where) {
  if (!stack_overflowing(ts)) return false;
  // Built by hand: creating it through call() would check the stack again
  // and recurse without end.
  Object* o = alloc_object(&RecursionError_type, RecursionError_type.basic_size);
  if (!o) {
    set_no_memory(ts);
    return true;
  }
  Ref exc = Ref::steal(Value(o));
  Ref text = new_str(std::string("maximum recursion depth exceeded") + (where ? where : ""));
  Ref args = text ? new_tuple({text.get()}) : Ref();
  if (!args) return true;  // MemoryError is pending instead
  static_cast<BaseExc*>(o)->args = static_cast<Tuple*>(args.release().as_object());
  set_error_value(ts, exc.get());
  return true;
}

void thread_detach(ThreadState* ts) {
  ts->status.store(ThreadStatus::Detached, std::memory_order_release);
}

void thread_attach(ThreadState* ts) {
  ts->status.store(ThreadStatus::Attached, std::memory_order_release);
  if (ts->eval_breaker.load(std::memory_order_acquire) & kBreakStopTheWorld) safepoint_park(ts);
}

void safepoint_park(ThreadState* ts) {
  // Stop-the-world arrives with the collector (issue 4); until then nobody
  // requests it, and the bit is simply cleared.
  ts->eval_breaker.fetch_and(~uint32_t(kBreakStopTheWorld), std::memory_order_acq_rel);
}

}  // namespace weft

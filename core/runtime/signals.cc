// Signal delivery: the C handler only records the signal and sets the main
// thread's eval-breaker bit; the Python-visible effect (a Python handler, or
// KeyboardInterrupt for SIGINT) happens in the main thread at its next
// safepoint, as in CPython. The signal module installs Python handlers here.
#include <signal.h>

#include <atomic>
#include <mutex>

#include "core/runtime/abstract.h"
#include "core/runtime/errors.h"

namespace weft {
namespace {

constexpr int kMaxSignal = 65;  // NSIG on Linux

// Written by the signal handler, so they must be lock-free atomics outside any
// object; process-wide because signals are.
std::atomic<int> pending[kMaxSignal];
std::atomic<int> any_pending{0};

// Python-level handlers (owned references), guarded by handlers_mu. A null
// slot with kind Default means "no Python handler".
std::mutex handlers_mu;
Object* python_handlers[kMaxSignal];

void on_signal(int sig) {
  if (sig <= 0 || sig >= kMaxSignal) return;
  pending[sig].store(1, std::memory_order_relaxed);
  any_pending.store(1, std::memory_order_release);
  if (ThreadState* main = runtime.main_thread)
    main->eval_breaker.fetch_or(kBreakSignals, std::memory_order_release);
}

Ref take_handler(int sig) {
  std::lock_guard<std::mutex> g(handlers_mu);
  Object* h = python_handlers[sig];
  return h ? Ref::borrow(Value(h)) : Ref();
}

}  // namespace

void install_signal_handlers() {
  struct sigaction sa = {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
}

int run_pending_signal_handlers(ThreadState* ts) {
  if (ts != runtime.main_thread) return 0;
  ts->eval_breaker.fetch_and(~uint32_t(kBreakSignals), std::memory_order_acq_rel);
  if (!any_pending.exchange(0, std::memory_order_acq_rel)) return 0;
  for (int sig = 1; sig < kMaxSignal; ++sig) {
    if (!pending[sig].exchange(0, std::memory_order_acq_rel)) continue;
    Ref handler = take_handler(sig);
    if (!handler) {
      if (sig == SIGINT) {
        set_error_obj(ts, &KeyboardInterrupt_type, Value());
        return -1;
      }
      continue;
    }
    // Handlers are called as handler(signum, frame); weft passes frame=None.
    Value args[2] = {Value::small_int(sig), None()};
    Ref r = call(ts, handler.get(), args, 2, nullptr);
    if (!r) {
      // Later signals stay pending for the next safepoint.
      for (int rest = sig + 1; rest < kMaxSignal; ++rest)
        if (pending[rest].load(std::memory_order_relaxed)) {
          any_pending.store(1, std::memory_order_release);
          ts->eval_breaker.fetch_or(kBreakSignals, std::memory_order_release);
          break;
        }
      return -1;
    }
  }
  return 0;
}

// Installs the C-level disposition of `sig` and records the Python handler.
// `python_handler` null means SIG_DFL (`ignore` false) or SIG_IGN (`ignore`
// true). -1 with errno set when sigaction fails.
int set_signal_disposition(int sig, Value python_handler, bool ignore) {
  if (sig <= 0 || sig >= kMaxSignal) {
    errno = EINVAL;
    return -1;
  }
  struct sigaction sa = {};
  sigemptyset(&sa.sa_mask);
  if (python_handler) sa.sa_handler = on_signal;
  else sa.sa_handler = ignore ? SIG_IGN : SIG_DFL;
  if (sigaction(sig, &sa, nullptr) < 0) return -1;
  Object* old;
  {
    std::lock_guard<std::mutex> g(handlers_mu);
    old = python_handlers[sig];
    python_handlers[sig] = nullptr;
    if (python_handler) {
      incref(python_handler);
      python_handlers[sig] = python_handler.as_object();
    }
  }
  if (old) decref(Value(old));
  return 0;
}

// The Python handler installed for `sig` (new reference), or null.
Ref get_python_signal_handler(int sig) {
  if (sig <= 0 || sig >= kMaxSignal) return Ref();
  return take_handler(sig);
}

// Records `sig` as if it had been delivered (signal.raise_signal of a signal
// with a Python handler runs it at the next safepoint).
void note_pending_signal(int sig) { on_signal(sig); }

}  // namespace weft

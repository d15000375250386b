// Signal delivery: the C handler only records the signal and sets the main
// thread's eval-breaker bit; the Python-visible effect (KeyboardInterrupt)
// happens in the main thread at its next safepoint, as in CPython.
#include <signal.h>

#include <atomic>

#include "core/runtime/errors.h"

namespace weft {
namespace {

// Written by the signal handler, so it must be a lock-free atomic outside any
// object; process-wide because signals are.
std::atomic<int> pending_sigint{0};

void on_sigint(int) {
  pending_sigint.store(1, std::memory_order_relaxed);
  if (ThreadState* main = runtime.main_thread)
    main->eval_breaker.fetch_or(kBreakSignals, std::memory_order_release);
}

}  // namespace

void install_signal_handlers() {
  struct sigaction sa = {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
}

int run_pending_signal_handlers(ThreadState* ts) {
  if (ts != runtime.main_thread) return 0;
  ts->eval_breaker.fetch_and(~uint32_t(kBreakSignals), std::memory_order_acq_rel);
  if (pending_sigint.exchange(0, std::memory_order_acq_rel)) {
    set_error_obj(ts, &KeyboardInterrupt_type, Value());
    return -1;
  }
  return 0;
}

}  // namespace weft

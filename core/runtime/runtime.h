// Runtime > Interpreter > ThreadState: the only mutable state in weft.
//
// Ownership rules:
//   - ThreadState is owned by its OS thread. Other threads read only the
//     atomic fields (eval_breaker, status) and, during a stop-the-world, the
//     frame chain.
//   - Interpreter state (modules, interned strings, import locks) is shared by
//     all its threads; each table documents its lock.
//   - ThreadState* is passed explicitly; thread-local storage is read only at
//     entry points (thread start, signal delivery, dealloc slow paths).
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "core/types/types.h"

namespace weft {

struct Interpreter;
struct Frame;
struct ExcInfo;

// Bits of ThreadState::eval_breaker, polled at calls and backward jumps.
enum EvalBreakerBits : uint32_t {
  kBreakSignals = 1,        // a signal handler must run (main thread)
  kBreakStopTheWorld = 2,   // park at the safepoint
  kBreakMergeQueue = 4,     // objects queued by other threads need merging
  kBreakAsyncExc = 8,
};

enum class ThreadStatus : uint32_t { Attached, Detached, Suspended, Exited };

struct ThreadState {
  Interpreter* interp = nullptr;
  ThreadState* next_in_interp = nullptr;  // guarded by Interpreter::threads_mu
  uintptr_t thread_id = 0;                // current_thread_id() of the OS thread
  uint64_t ident = 0;                     // threading.get_ident()
  int64_t native_id = 0;

  std::atomic<uint32_t> eval_breaker{0};
  std::atomic<ThreadStatus> status{ThreadStatus::Detached};

  // The exception being raised (an exception instance), null if none.
  Ref exc;
  // The exception being handled (sys.exc_info()), kept as a stack of frames'
  // saved values by the VM; this is the innermost one (may be null/None).
  Ref handled_exc;

  // Python frames: innermost first, linked through Frame::previous.
  Frame* current_frame = nullptr;
  void* frame_arena = nullptr;  // per-thread chunked frame stack (core/vm/frame.cc)
  int recursion_depth = 0;      // Python-level depth
  int recursion_limit = 1000;   // copied from the interpreter, updated on change
  uintptr_t stack_limit = 0;    // lowest safe native stack address
  // Objects whose repr is being computed by this thread (repr_enter/leave in
  // core/runtime/abstract.cc; freed by repr_state_free at thread exit).
  void* repr_running = nullptr;

  bool has_error() const { return !exc.is_null(); }
};

// Interpreter: one per (sub)interpreter. Holds module state and the caches.
struct Interpreter {
  Ref modules;         // sys.modules (dict)
  Ref builtins;        // the builtins module
  Ref builtins_dict;   // its dict
  Ref sys;             // the sys module
  std::atomic<int> recursion_limit{1000};
  std::atomic<int> int_max_str_digits{4300};  // sys.set_int_max_str_digits; 0 = no limit
  std::vector<std::string> argv;
  std::vector<std::string> path;  // initial sys.path
  std::string executable;
  size_t thread_stack_size = 0;  // threading.stack_size(); 0 = default (8 MiB)
  std::string lib_dir;  // folder of weft's Python-level library

  std::mutex threads_mu;
  ThreadState* threads = nullptr;

  // Per-interpreter intern table; see core/types/intern.cc for its lock.
  void* intern_table = nullptr;
  // Native modules by name (filled from stdlib's registry at start).
  void* native_modules = nullptr;
  // Import locks, keyed by module name (core/runtime/import.cc).
  void* import_locks = nullptr;
  int exit_code = 0;
};

struct Runtime {
  Interpreter* main_interp = nullptr;
  ThreadState* main_thread = nullptr;
};
extern Runtime runtime;  // the process-wide root of all mutable state

// The thread state of the calling OS thread; entry points only.
ThreadState* current_thread_state();
void set_current_thread_state(ThreadState* ts);

// Native stack guard: every re-entry into the VM and every recursive native
// algorithm (repr of nested lists, comparisons, the parser) calls this.
inline bool stack_overflowing(ThreadState* ts) {
  char probe;
  return reinterpret_cast<uintptr_t>(&probe) < ts->stack_limit;
}
// Raises RecursionError("maximum recursion depth exceeded" + where) and
// returns true if the native stack is nearly exhausted.
bool check_native_stack(ThreadState* ts, const char* where);

}  // namespace weft

namespace weft {
// Blocking regions: `DetachScope d(ts);` around a call that may block (I/O,
// sleep, lock waits). While detached the thread must not touch Python objects.
void thread_detach(ThreadState* ts);
void thread_attach(ThreadState* ts);
struct DetachScope {
  explicit DetachScope(ThreadState* ts) : ts_(ts) { thread_detach(ts_); }
  ~DetachScope() { thread_attach(ts_); }
  DetachScope(const DetachScope&) = delete;
  DetachScope& operator=(const DetachScope&) = delete;
  ThreadState* ts_;
};
// Parks the thread at a safepoint while a stop-the-world is requested.
void safepoint_park(ThreadState* ts);
// Signals (core/runtime/signals.cc): SIGINT raises KeyboardInterrupt in the
// main thread at its next safepoint. Runs pending handlers; -1 if one raised.
void install_signal_handlers();
int run_pending_signal_handlers(ThreadState* ts);
// For the signal module: installs a Python handler (callable) for sig, or the
// C default/ignore disposition when python_handler is null; -1 with errno set.
int set_signal_disposition(int sig, Value python_handler, bool ignore);
Ref get_python_signal_handler(int sig);  // new reference or null
void note_pending_signal(int sig);

// Records a static type so that interpreter start-up readies it (type_ready).
void register_static_type(Type* t);
}  // namespace weft

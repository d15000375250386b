// The one-byte per-object mutex's slow path: spin briefly, then park.
//
// Guarantee: mutual exclusion with acquire/release semantics (the fast paths
// in object.h CAS with acquire on lock and release on unlock).
// Protocol: a waiter that gives up spinning sets kHasParked and sleeps on a
// parking bucket chosen by the mutex address. An unlocker that finds
// kHasParked set clears the byte and wakes every waiter of that bucket; they
// race for the lock again (a waiter that loses re-parks). Lost wake-ups are
// impossible because a waiter re-checks the byte under the bucket's mutex and
// the unlocker notifies under the same mutex.
// Rejected: futex on the byte itself (futex needs a 32-bit word, and widening
// the header's mutex would grow every object).
#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/object/object.h"

namespace weft {
namespace {

struct ParkingBucket {
  std::mutex mu;
  std::condition_variable cv;
};

// Process-wide and immutable in shape: part of the runtime's synchronization
// fabric, like the kernel's futex table. Holds no Python state.
constexpr size_t kBuckets = 64;
ParkingBucket& bucket_for(const void* addr) {
  // Never destroyed: daemon threads may still be parked here while the
  // process exits, and destroying a condition variable under them is UB.
  static ParkingBucket* buckets = new ParkingBucket[kBuckets];
  return buckets[(reinterpret_cast<uintptr_t>(addr) >> 4) % kBuckets];
}

}  // namespace

void ObjMutex::lock_slow() {
  for (int spin = 0; spin < 40; ++spin) {
    if (try_lock()) return;
    if (spin > 20) std::this_thread::yield();
  }
  ParkingBucket& b = bucket_for(this);
  std::unique_lock<std::mutex> guard(b.mu);
  for (;;) {
    uint8_t cur = bits.load(std::memory_order_relaxed);
    if (!(cur & kLocked)) {
      // Keep kHasParked: other waiters may still sleep in this bucket.
      if (bits.compare_exchange_weak(cur, cur | kLocked, std::memory_order_acquire,
                                     std::memory_order_relaxed))
        return;
      continue;
    }
    if (!(cur & kHasParked) &&
        !bits.compare_exchange_weak(cur, cur | kHasParked, std::memory_order_relaxed,
                                    std::memory_order_relaxed))
      continue;
    b.cv.wait(guard);
  }
}

void ObjMutex::unlock_slow() {
  ParkingBucket& b = bucket_for(this);
  std::lock_guard<std::mutex> guard(b.mu);
  bits.store(0, std::memory_order_release);
  b.cv.notify_all();
}

}  // namespace weft

// Slow paths of biased reference counting (the fast paths are inline in
// object.h).
//
// Guarantee: an object is deallocated exactly once, by exactly one thread,
// after every reference (local and shared) is gone.
//
// Protocol:
//   1. Owner's local count reaches 0 -> merge_zero_local(): a CAS on the shared
//      word moves the state to Merged while reading the shared count. If that
//      count is 0 nobody else holds a reference: free now. Otherwise the
//      object becomes unowned (owner = 0) and lives on the shared count alone;
//      the thread whose decrement takes a Merged shared count to 0 frees it
//      (the acq_rel fetch_sub in decref() orders all prior uses before free).
//   2. A non-owner drops the shared count below 0 (it releases a reference
//      the owner's local count was "lending") -> shared_count_went_negative():
//      the object moves to Queued and is handed to its owner, which merges it
//      at its next safepoint. That protocol needs the thread registry, so it
//      lives in threads/brc.cc (merge_queued_object below is its last step).
//
// Orderings: the owner's local count uses relaxed loads/stores (single
// writer). Shared-count RMWs that may lead to deallocation are acq_rel so that
// the freeing thread observes every write made by threads that dropped their
// references earlier.
#include "core/object/object.h"
#include "core/object/type.h"

namespace weft {

void dealloc_object(Object* o) { o->type->dealloc(o); }

void merge_zero_local(Object* o) {
  intptr_t shared = o->ref_shared.load(std::memory_order_relaxed);
  intptr_t merged;
  do {
    // Queued: the object sits in this (owning) thread's merge queue, which
    // will merge and, if need be, free it; freeing it here would leave a
    // dangling queue entry.
    if ((shared & kSharedStateMask) == kStateQueued) return;
    merged = (shared & ~kSharedStateMask) | kStateMerged;
  } while (!o->ref_shared.compare_exchange_weak(shared, merged, std::memory_order_acq_rel,
                                                std::memory_order_relaxed));
  if ((merged >> kSharedShift) == 0) {
    dealloc_object(o);
    return;
  }
  o->owner.store(0, std::memory_order_relaxed);
}

void merge_queued_object(Object* o) {
  // Called by the owner (or by the thread that found the owner gone): the
  // local count is stable, so fold it into the shared word.
  intptr_t local = o->ref_local.load(std::memory_order_relaxed);
  o->ref_local.store(0, std::memory_order_relaxed);
  o->owner.store(0, std::memory_order_relaxed);
  intptr_t shared = o->ref_shared.load(std::memory_order_relaxed);
  intptr_t merged;
  do {
    intptr_t count = (shared >> kSharedShift) + local;
    merged = (count << kSharedShift) | kStateMerged;
  } while (!o->ref_shared.compare_exchange_weak(shared, merged, std::memory_order_acq_rel,
                                                std::memory_order_relaxed));
  if ((merged >> kSharedShift) == 0) dealloc_object(o);
}

int64_t refcount_of(const Object* o) {
  uint32_t local = o->ref_local.load(std::memory_order_relaxed);
  if (local == kImmortal) return int64_t(1) << 32;
  return int64_t(local) + (o->ref_shared.load(std::memory_order_relaxed) >> kSharedShift);
}

}  // namespace weft

// Biased reference counting, cross-thread part: the owner merge queues.
//
// Guarantee: an object whose shared count a non-owner drives below zero is
// merged by exactly one thread, and freed only once both counts are zero.
//
// Protocol (after PEP 703):
//   1. The non-owner's decrement made the shared count negative while the
//      state was Default. It CASes the state to Queued (only one thread can
//      win this transition; states only move upward).
//   2. It looks the owner up in the registry. If the owner is alive, the
//      object is pushed onto the owner's queue (under the queue's mutex) and
//      the owner's eval-breaker gets kBreakMergeQueue (release).
//      If the owner has exited, nobody can touch the local count any more:
//      the dropping thread merges the counts itself.
//   3. The owner, at its next eval-breaker poll, takes the whole queue and
//      calls merge_queued_object() for each entry (core/object/refcount.cc),
//      which folds the local count into the shared word, marks it Merged and
//      frees it if the sum is zero.
// Orderings: the registry and queues are guarded by std::mutex, which orders
// the push before the owner's pop. The eval-breaker bit is only a hint.
#include <mutex>
#include <unordered_map>
#include <vector>

#include "threads/brc.h"
#include "threads/threads.h"
#include "threads/registry.h"

namespace weft {

void shared_count_went_negative(Object* o) {
  intptr_t shared = o->ref_shared.load(std::memory_order_relaxed);
  for (;;) {
    if ((shared & kSharedStateMask) != kStateDefault) return;  // someone else moved it
    intptr_t queued = (shared & ~kSharedStateMask) | kStateQueued;
    if (o->ref_shared.compare_exchange_weak(shared, queued, std::memory_order_acq_rel,
                                            std::memory_order_relaxed))
      break;
  }
  uintptr_t owner = o->owner.load(std::memory_order_relaxed);
  if (!registry_enqueue(owner, o)) merge_queued_object(o);  // owner gone
}

void brc_merge_queued_for(uintptr_t owner_id) {
  for (Object* o : registry_take_queue(owner_id)) merge_queued_object(o);
}

void brc_merge_queued(ThreadState* ts) { brc_merge_queued_for(current_thread_id()); }

}  // namespace weft

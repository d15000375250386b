// Thread-state registry, attach/detach around blocking calls, safepoints and the
// biased-refcount merge queues. Interface of the threads/ subsystem.
//
// A thread is Attached while it may touch Python objects and Detached while
// it blocks (I/O, sleep, lock waits). Detaching is what lets a stop-the-world
// or the owner-merge protocol proceed without waiting for a blocked thread.
#pragma once

#include <cstdint>

#include "core/object/object.h"

namespace weft {

struct ThreadState;

// Registry of live thread states keyed by the owner id used in object headers
// (threads/registry.cc). Used by the merge protocol to find an owner.
void registry_add(uintptr_t thread_id, ThreadState* ts);
void registry_remove(uintptr_t thread_id);

// Called from the eval breaker: merges the objects other threads queued
// for this owner (threads/brc.cc).
void brc_merge_queued(ThreadState* ts);

}  // namespace weft

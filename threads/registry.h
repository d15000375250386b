// The process-wide table of live OS threads that own objects, keyed by the
// owner id stored in object headers. Holds each owner's merge queue.
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

#include "core/object/object.h"

namespace weft {

// Registers the calling thread; `breaker` is its eval-breaker word, which
// gets `merge_bit` when objects are queued for it.
void registry_register(uintptr_t owner_id, std::atomic<uint32_t>* breaker, uint32_t merge_bit);
// Unregisters the calling thread and returns its pending queue (to merge).
std::vector<Object*> registry_unregister(uintptr_t owner_id);
// Queues `o` for its owner; false if the owner is not registered.
bool registry_enqueue(uintptr_t owner_id, Object* o);
std::vector<Object*> registry_take_queue(uintptr_t owner_id);

}  // namespace weft

// The owner side of the biased-refcount merge protocol (see brc.cc).
#pragma once

#include <cstdint>

namespace weft {

// Merges every object other threads queued for the owner `owner_id`; must be
// called on that owner's thread.
void brc_merge_queued_for(uintptr_t owner_id);

}  // namespace weft

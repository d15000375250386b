// The layout of set and frozenset: open addressing exactly as CPython 3.11
// (linear probing of 9 slots, then the perturbed recurrence; growth to
// used*4, or used*2 above 50000; fill/used bookkeeping; an 8-slot table
// inside the object), so iteration order of ints and tuples equals CPython's.
//
// Concurrency: every access to the table holds the set's mutex; a lookup that
// needs a user __eq__ drops it around the call and restarts if the table
// changed (table_version or the probed entry).
#pragma once

#include <vector>

#include "core/types/types.h"

namespace weft {

// struct Set and SetEntry are in types.h.
inline constexpr int64_t kSetMinSize = 8;

Value set_dummy();
inline int64_t set_len(const Set* s) { return s->used.load(std::memory_order_acquire); }

// Iteration in table order with the stored hash (new reference in *key).
bool set_next_hash(Set* s, int64_t* pos, Ref* key, int64_t* hash);
// The algorithms of set's methods, used by the dict views too.
int set_update_internal(ThreadState*, Set* s, Value iterable);
int set_difference_update_internal(ThreadState*, Set* s, Value other);
int set_symmetric_difference_update_internal(ThreadState*, Set* s, Value other);
Ref set_intersection_internal(ThreadState*, Set* s, Value other);
int set_add_known_hash(ThreadState*, Set* s, Value key, int64_t hash);
// The keys in iteration order, read atomically under the set's lock (so that
// list(s) / sorted(s) never see a concurrent resize); new references appended.
bool set_snapshot_keys(ThreadState*, Set* s, std::vector<Value>* out);

}  // namespace weft

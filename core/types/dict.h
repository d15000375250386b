// The layout of weft's dict: a compact, insertion-ordered table as in CPython
// 3.6+: a power-of-two index table probed with CPython's recurrence
// (perturb >>= 5; i = (i*5 + perturb + 1) & mask) pointing into an entries
// array kept in insertion order. Deleted entries leave a null key behind and
// a DUMMY index, so iteration order after deletes and reinsertions is the
// same as CPython's.
//
// Concurrency: every read and write of the table holds the dict's mutex.
// Lookups that must call a user __eq__ drop it around the call and restart
// when `keys_version` changed. References are never dropped under the lock.
#pragma once

#include "core/types/types.h"

namespace weft {

struct OwnedValues;
// Copies the keys and/or values of `d` (either may be null) in one critical
// section, so a concurrent writer cannot make the copy fail halfway.
bool dict_snapshot(ThreadState*, Dict* d, OwnedValues* keys, OwnedValues* values);
// The dict behind an exact dict_keys/dict_values/dict_items view, or null.
Dict* dict_view_target(Value view);


struct DictEntry {
  int64_t hash;
  Value key;    // null: deleted
  Value value;  // null: deleted
};

// Dict::keys points to one of these (the struct Dict itself is in types.h).
struct DictKeys {
  int64_t size;      // slots in the index table (a power of two, >= 8)
  int64_t usable;    // entries that may still be appended before a resize
  int64_t nentries;  // entries used so far, deleted ones included
  DictEntry* entries;
  int32_t* indices;  // size slots: entry index, kDictEmpty or kDictDummy
};
inline constexpr int32_t kDictEmpty = -1;
inline constexpr int32_t kDictDummy = -2;

inline int64_t dict_len(const Dict* d) { return d->used.load(std::memory_order_acquire); }
inline uint64_t dict_version(const Dict* d) { return d->version.load(std::memory_order_acquire); }

// Lookup with a precomputed hash: 1 found (*value set), 0 missing, -1 error.
int dict_lookup_known_hash(ThreadState*, Dict* d, Value key, int64_t hash, Ref* value);
int dict_set_known_hash(ThreadState*, Dict* d, Value key, int64_t hash, Value value);
// 1 deleted, 0 missing (no error), -1 error.
int dict_discard_known_hash(ThreadState*, Dict* d, Value key, int64_t hash);
// As dict_next, also returning the stored hash.
bool dict_next_hash(Dict* d, int64_t* pos, Ref* key, Ref* value, int64_t* hash);
// d[key], calling __missing__ on subclasses: what `d[key]` does.
Ref dict_subscript(ThreadState*, Value d, Value key);

// dict_views.cc
Ref new_dict_view(ThreadState*, Type* view_type, Value dict);
Ref new_dict_iter(ThreadState*, Type* iter_type, Dict* d);
extern Type dict_keyiter_type, dict_valueiter_type, dict_itemiter_type;
extern Type dict_revkeyiter_type, dict_revvalueiter_type, dict_revitemiter_type;
// The `__iter__` slot of dict (keys iterator); dict_merge's fast path checks it.
Ref dict_iter(ThreadState*, Value self);

}  // namespace weft

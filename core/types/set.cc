// set and frozenset: the hash table (layout in set.h), CPython's set algebra
// (which side is iterated, when tables are resized, how copies are laid out
// all follow CPython so that iteration order matches), methods, operators,
// frozenset hashing and the set iterator.
#include "core/types/set.h"

#include <cstdlib>
#include <cstring>

#include "core/types/container_util.h"
#include "core/types/dict.h"

namespace weft {

Type set_type, frozenset_type, set_iter_type;

namespace {

constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;
enum FindResult { kMissing = 0, kFound = 1, kError = -1 };

Object dummy_obj;

Set* as_set(Value v) { return static_cast<Set*>(v.as_object()); }
bool is_dummy(Value v) { return v.is(Value(&dummy_obj)); }
bool is_active(const SetEntry& e) { return !e.key.is_null() && !is_dummy(e.key); }

void init_empty(Set* s) {
  std::memset(static_cast<void*>(s->small_table), 0, sizeof(s->small_table));
  s->fill = 0;
  s->used.store(0, std::memory_order_release);
  s->mask = kSetMinSize - 1;
  s->table = s->small_table;
  s->hash_cache.store(-1, std::memory_order_relaxed);
  s->table_version++;
}

// Places a key known to be absent into a table without dummies.
void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* e = &table[i];
    if (e->key.is_null()) goto found;
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; j++) {
        e++;
        if (e->key.is_null()) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    e->key = key;
    e->hash = hash;
    return;
  }
}

// Rebuilds the table with the smallest size > minused (lock held). The old
// array is freed at once since all readers lock (issue 3: QSBR later).
bool table_resize(Set* so, int64_t minused) {
  size_t newsize = kSetMinSize;
  while (newsize <= static_cast<size_t>(minused)) newsize <<= 1;
  SetEntry* oldtable = so->table;
  size_t oldmask = static_cast<size_t>(so->mask);
  bool old_malloced = oldtable != so->small_table;
  SetEntry small_copy[kSetMinSize];
  SetEntry* newtable;
  if (newsize == kSetMinSize) {
    newtable = so->small_table;
    if (newtable == oldtable) {
      if (so->fill == set_len(so)) return true;
      std::memcpy(small_copy, oldtable, sizeof(small_copy));
      oldtable = small_copy;
    }
  } else {
    if (newsize > (SIZE_MAX / 2) / sizeof(SetEntry)) return false;
    newtable = static_cast<SetEntry*>(std::malloc(newsize * sizeof(SetEntry)));
    if (!newtable) return false;
  }
  std::memset(static_cast<void*>(newtable), 0, newsize * sizeof(SetEntry));
  so->mask = static_cast<int64_t>(newsize - 1);
  so->table = newtable;
  so->table_version++;
  bool no_dummies = so->fill == set_len(so);
  so->fill = set_len(so);
  for (size_t i = 0; i <= oldmask; i++) {
    const SetEntry& e = oldtable[i];
    if (no_dummies ? !e.key.is_null() : is_active(e)) insert_clean(newtable, newsize - 1, e.key, e.hash);
  }
  if (old_malloced) std::free(oldtable);
  return true;
}

int64_t growth_target(Set* so) {
  int64_t used = set_len(so);
  return used > 50000 ? used * 2 : used * 4;
}

// Probes for key with the lock held by g (dropped only around a user __eq__;
// restarts if the table changed meanwhile, as CPython does). On kMissing,
// *slot is where an insertion goes: the first dummy seen, else the empty slot.
int probe(ThreadState* ts, Set* so, ObjLock& g, Value key, int64_t hash, int64_t* slot, bool* reuse_dummy) {
restart:
  SetEntry* table = so->table;
  size_t mask = static_cast<size_t>(so->mask);
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  int64_t freeslot = -1;
  for (;;) {
    size_t idx = i;
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      SetEntry* e = &table[idx];
      if (e->hash == 0 && e->key.is_null()) {
        *reuse_dummy = freeslot >= 0;
        *slot = freeslot >= 0 ? freeslot : static_cast<int64_t>(idx);
        return kMissing;
      }
      if (e->hash == hash) {
        Value startkey = e->key;
        if (startkey.is(key)) {
          *slot = static_cast<int64_t>(idx);
          return kFound;
        }
        int r = eq_without_python(startkey, key);
        if (r < 0) {
          uint64_t tv = so->table_version;
          incref(startkey);
          g.unlock();
          r = rich_compare_bool(ts, startkey, key, CmpOp::Eq);
          decref(startkey);
          g.lock();
          if (r < 0) return kError;
          if (so->table_version != tv || !so->table[idx].key.is(startkey)) goto restart;
        }
        if (r > 0) {
          *slot = static_cast<int64_t>(idx);
          return kFound;
        }
      } else if (e->hash == -1 && freeslot < 0) {
        freeslot = static_cast<int64_t>(idx);
      }
      idx++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Stores key at the slot probe() chose (lock held) and grows when needed.
bool store_new(Set* so, Value key, int64_t hash, int64_t slot, bool reuse_dummy) {
  incref(key);
  SetEntry* e = &so->table[slot];
  e->key = key;
  e->hash = hash;
  so->used.store(set_len(so) + 1, std::memory_order_release);
  if (reuse_dummy) return true;
  so->fill++;
  if (so->fill * 5 < so->mask * 3) return true;
  return table_resize(so, growth_target(so));
}

int add_entry(ThreadState* ts, Set* so, Value key, int64_t hash) {
  key = key.without_tag();
  ObjLock g(so);
  int64_t slot;
  bool reuse;
  int r = probe(ts, so, g, key, hash, &slot, &reuse);
  if (r != kMissing) return r == kError ? -1 : 0;
  if (!store_new(so, key, hash, slot, reuse)) {
    g.unlock();
    set_no_memory(ts);
    return -1;
  }
  return 0;
}

int contains_entry(ThreadState* ts, Set* so, Value key, int64_t hash) {
  ObjLock g(so);
  int64_t slot;
  bool reuse;
  return probe(ts, so, g, key, hash, &slot, &reuse);
}

// 1 removed, 0 absent, -1 error.
int discard_entry(ThreadState* ts, Set* so, Value key, int64_t hash) {
  Value old;
  {
    ObjLock g(so);
    int64_t slot;
    bool reuse;
    int r = probe(ts, so, g, key, hash, &slot, &reuse);
    if (r != kFound) return r;
    SetEntry* e = &so->table[slot];
    old = e->key;
    e->key = Value(&dummy_obj);
    e->hash = -1;
    so->used.store(set_len(so) - 1, std::memory_order_release);
  }
  decref(old);
  return 1;
}

int64_t key_hash(ThreadState* ts, Value key) { return hash_fast(ts, key); }

int add_key(ThreadState* ts, Set* so, Value key) {
  int64_t h = key_hash(ts, key);
  if (h == -1) return -1;
  return add_entry(ts, so, key, h);
}

// Releases every key of a table (after it left the set).
void release_entries(SetEntry* table, int64_t mask, bool malloced) {
  for (int64_t i = 0; i <= mask; i++)
    if (is_active(table[i])) decref(table[i].key);
  if (malloced) std::free(table);
}

void clear_set(Set* so) {
  SetEntry small[kSetMinSize];
  SetEntry* table;
  int64_t mask;
  bool malloced;
  {
    ObjLock g(so);
    mask = so->mask;
    malloced = so->table != so->small_table;
    if (malloced) {
      table = so->table;
    } else {
      std::memcpy(small, so->small_table, sizeof(small));
      table = small;
    }
    init_empty(so);
  }
  release_entries(table, mask, malloced);
}

// ---- snapshots of another set ---------------------------------------------------------
// Bulk operations read the other set's table under its lock into a private
// copy (keys increfed, dummies kept as markers), then work on their own set.
struct Snapshot {
  int64_t mask = 0, fill = 0, used = 0;
  std::vector<SetEntry> entries;
  Snapshot() = default;
  Snapshot(const Snapshot&) = delete;
  ~Snapshot() {
    for (const SetEntry& e : entries)
      if (is_active(e)) decref(e.key);
  }
  bool take(ThreadState* ts, Set* s) {
    ObjLock g(s);
    try {
      entries.assign(s->table, s->table + s->mask + 1);
    } catch (const std::bad_alloc&) {
      g.unlock();
      set_no_memory(ts);
      return false;
    }
    mask = s->mask;
    fill = s->fill;
    used = set_len(s);
    for (const SetEntry& e : entries)
      if (is_active(e)) incref(e.key);
    return true;
  }
};

Ref make_new_set(ThreadState* ts, Type* type, Value iterable);

int set_merge(ThreadState* ts, Set* so, Set* other) {
  if (so == other) return 0;
  Snapshot snap;
  if (!snap.take(ts, other)) return -1;
  if (snap.used == 0) return 0;
  {
    ObjLock g(so);
    if ((so->fill + snap.used) * 5 >= so->mask * 3) {
      if (!table_resize(so, (set_len(so) + snap.used) * 2)) {
        g.unlock();
        set_no_memory(ts);
        return -1;
      }
    }
    if (so->fill == 0 && so->mask == snap.mask && snap.fill == snap.used) {
      // Same size and no dummies: copy the layout slot for slot.
      for (int64_t i = 0; i <= snap.mask; i++) {
        const SetEntry& e = snap.entries[i];
        if (!e.key.is_null()) {
          incref(e.key);
          so->table[i] = e;
        }
      }
      so->fill = snap.fill;
      so->used.store(snap.used, std::memory_order_release);
      return 0;
    }
    if (so->fill == 0) {
      for (const SetEntry& e : snap.entries) {
        if (!is_active(e)) continue;
        incref(e.key);
        insert_clean(so->table, static_cast<size_t>(so->mask), e.key, e.hash);
      }
      so->fill = snap.used;
      so->used.store(snap.used, std::memory_order_release);
      return 0;
    }
  }
  for (const SetEntry& e : snap.entries)
    if (is_active(e) && add_entry(ts, so, e.key, e.hash) < 0) return -1;
  return 0;
}

int update_from_dict(ThreadState* ts, Set* so, Dict* d) {
  int64_t n = dict_len(d);
  {
    ObjLock g(so);
    if ((so->fill + n) * 5 >= so->mask * 3 && !table_resize(so, (set_len(so) + n) * 2)) {
      g.unlock();
      set_no_memory(ts);
      return -1;
    }
  }
  int64_t pos = 0, hash;
  Ref key, value;
  while (dict_next_hash(d, &pos, &key, &value, &hash))
    if (add_entry(ts, so, key.get(), hash) < 0) return -1;
  return 0;
}

// make_new_set_basetype: set for set subclasses, frozenset otherwise.
Type* base_type_of(Value v) { return isinstance_of(v, &set_type) ? &set_type : &frozenset_type; }

Ref set_copy(ThreadState* ts, Value so) { return make_new_set(ts, base_type_of(so), so); }

// ---- the set algebra (CPython's choices of which side to iterate) ------------------------

int issubset_impl(ThreadState* ts, Set* so, Value other);

int contains_key(ThreadState* ts, Set* so, Value key) {
  int64_t h = key_hash(ts, key);
  if (h == -1) return -1;
  return contains_entry(ts, so, key, h);
}

// With a set as the key, `in`, remove and discard retry with a frozenset.
template <class F>
int with_frozen_retry(ThreadState* ts, Value key, F&& op) {
  int r = op(key);
  if (r >= 0 || !isinstance_of(key, &set_type) || !error_matches(ts, &TypeError_type)) return r;
  clear_error(ts);
  Ref tmp = make_new_set(ts, &frozenset_type, key);
  if (!tmp) return -1;
  return op(tmp.get());
}

int discard_key(ThreadState* ts, Set* so, Value key) {
  int64_t h = key_hash(ts, key);
  if (h == -1) return -1;
  return discard_entry(ts, so, key, h);
}

Ref copy_and_difference(ThreadState* ts, Value so, Value other) {
  Ref result = set_copy(ts, so);
  if (!result) return nullptr;
  if (set_difference_update_internal(ts, result.as<Set>(), other) < 0) return nullptr;
  return result;
}

Ref difference(ThreadState* ts, Value sov, Value other) {
  Set* so = as_set(sov);
  int64_t other_size;
  if (is_anyset(other)) other_size = set_len(as_set(other));
  else if (is_exact_dict(other)) other_size = dict_len(static_cast<Dict*>(other.as_object()));
  else return copy_and_difference(ts, sov, other);
  if ((set_len(so) >> 2) > other_size) return copy_and_difference(ts, sov, other);
  Ref result = make_new_set(ts, base_type_of(sov), Value());
  if (!result) return nullptr;
  Snapshot snap;
  if (!snap.take(ts, so)) return nullptr;
  for (const SetEntry& e : snap.entries) {
    if (!is_active(e)) continue;
    int rv;
    if (is_exact_dict(other)) {
      Ref unused;
      rv = dict_lookup_known_hash(ts, static_cast<Dict*>(other.as_object()), e.key, e.hash, &unused);
    } else {
      rv = contains_entry(ts, as_set(other), e.key, e.hash);
    }
    if (rv < 0) return nullptr;
    if (!rv && add_entry(ts, result.as<Set>(), e.key, e.hash) < 0) return nullptr;
  }
  return result;
}

Ref symmetric_difference(ThreadState* ts, Value so, Value other) {
  Ref otherset = make_new_set(ts, base_type_of(so), other);
  if (!otherset) return nullptr;
  if (set_symmetric_difference_update_internal(ts, otherset.as<Set>(), so) < 0) return nullptr;
  return otherset;
}

int issubset_impl(ThreadState* ts, Set* so, Value other) {
  if (!is_anyset(other)) {
    Ref tmp = make_new_set(ts, &set_type, other);
    if (!tmp) return -1;
    return issubset_impl(ts, so, tmp.get());
  }
  Set* o = as_set(other);
  if (set_len(so) > set_len(o)) return 0;
  Snapshot snap;
  if (!snap.take(ts, so)) return -1;
  for (const SetEntry& e : snap.entries) {
    if (!is_active(e)) continue;
    int rv = contains_entry(ts, o, e.key, e.hash);
    if (rv <= 0) return rv;
  }
  return 1;
}

int issuperset_impl(ThreadState* ts, Set* so, Value other) {
  if (is_anyset(other)) return issubset_impl(ts, as_set(other), Value(so));
  Ref tmp = make_new_set(ts, &set_type, other);
  if (!tmp) return -1;
  return issuperset_impl(ts, so, tmp.get());
}

int isdisjoint_impl(ThreadState* ts, Set* so, Value other) {
  if (other.is(Value(so))) return set_len(so) == 0;
  if (type_of(other) == &set_type || type_of(other) == &frozenset_type) {
    Set* a = so;
    Set* b = as_set(other);
    if (set_len(b) > set_len(a)) std::swap(a, b);
    Snapshot snap;
    if (!snap.take(ts, b)) return -1;
    for (const SetEntry& e : snap.entries) {
      if (!is_active(e)) continue;
      int rv = contains_entry(ts, a, e.key, e.hash);
      if (rv != 0) return rv < 0 ? -1 : 0;
    }
    return 1;
  }
  Ref it = get_iter(ts, other);
  if (!it) return -1;
  for (;;) {
    Ref key = iter_next(ts, it.get());
    if (!key) return ts->has_error() ? -1 : 1;
    int rv = contains_key(ts, so, key.get());
    if (rv != 0) return rv < 0 ? -1 : 0;
  }
}

Ref intersection_multi(ThreadState* ts, Value so, const Value* args, size_t nargs) {
  if (nargs == 0) return set_copy(ts, so);
  Ref result = Ref::borrow(so);
  for (size_t i = 0; i < nargs; i++) {
    Ref next = set_intersection_internal(ts, result.as<Set>(), args[i]);
    if (!next) return nullptr;
    result = std::move(next);
  }
  return result;
}

// Exchanges the tables of a and b (intersection_update); both locked.
void swap_bodies(Set* a, Set* b) {
  ObjLock2 g(a, b);
  SetEntry tmp_small[kSetMinSize];
  bool a_small = a->table == a->small_table;
  bool b_small = b->table == b->small_table;
  SetEntry* a_table = a->table;
  SetEntry* b_table = b->table;
  std::memcpy(tmp_small, a->small_table, sizeof(tmp_small));
  std::memcpy(a->small_table, b->small_table, sizeof(tmp_small));
  std::memcpy(b->small_table, tmp_small, sizeof(tmp_small));
  a->table = b_small ? a->small_table : b_table;
  b->table = a_small ? b->small_table : a_table;
  std::swap(a->fill, b->fill);
  std::swap(a->mask, b->mask);
  int64_t u = set_len(a);
  a->used.store(set_len(b), std::memory_order_release);
  b->used.store(u, std::memory_order_release);
  int64_t h = a->hash_cache.load(std::memory_order_relaxed);
  a->hash_cache.store(b->hash_cache.load(std::memory_order_relaxed), std::memory_order_relaxed);
  b->hash_cache.store(h, std::memory_order_relaxed);
  a->table_version++;
  b->table_version++;
}

// ---- lifetime and construction ---------------------------------------------------------------

Ref alloc_set(ThreadState* ts, Type* type) {
  Set* s = static_cast<Set*>(alloc_object(type, type->basic_size));
  if (!s) return ts ? set_no_memory(ts) : nullptr;
  s->table_version = 0;
  s->finger = 0;
  init_empty(s);
  return Ref::steal(Value(s));
}

Ref make_new_set(ThreadState* ts, Type* type, Value iterable) {
  Ref s = alloc_set(ts, type);
  if (!s) return nullptr;
  if (!iterable.is_null() && set_update_internal(ts, s.as<Set>(), iterable) < 0) return nullptr;
  return s;
}

void set_dealloc_body(Object* o) {
  Set* s = static_cast<Set*>(o);
  release_entries(s->table, s->mask, s->table != s->small_table);
  free_object(o);
}

void set_dealloc(Object* o) {
  if (o->type != &set_type && o->type != &frozenset_type) {
    set_dealloc_body(o);
    return;
  }
  if (!dealloc_enter(o, set_dealloc_body)) return;
  set_dealloc_body(o);
  dealloc_leave();
}

void set_traverse(Object* o, const Visitor& visit) {
  Set* s = static_cast<Set*>(o);
  for (int64_t i = 0; i <= s->mask; i++)
    if (is_active(s->table[i])) visit(s->table[i].key);
}

Ref set_new_slot(ThreadState* ts, Type* type, const Value*, size_t, Tuple* kwnames) {
  if (type == &set_type && kw_count(kwnames)) {
    set_error(ts, &TypeError_type, "set() takes no keyword arguments");
    return nullptr;
  }
  return alloc_set(ts, type);
}

int set_init_slot(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kw_count(kwnames)) {
    set_error(ts, &TypeError_type, "set() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    set_errorf(ts, &TypeError_type, "set expected at most 1 argument, got %zu", nargs);
    return -1;
  }
  Set* s = as_set(self);
  if (s->fill) clear_set(s);
  s->hash_cache.store(-1, std::memory_order_relaxed);
  if (nargs == 0) return 0;
  return set_update_internal(ts, s, args[0]);
}

Ref frozenset_new_slot(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == &frozenset_type && kw_count(kwnames)) {
    set_error(ts, &TypeError_type, "frozenset() takes no keyword arguments");
    return nullptr;
  }
  nargs = positional_count(nargs, kwnames);
  if (nargs > 1) {
    set_errorf(ts, &TypeError_type, "frozenset expected at most 1 argument, got %zu", nargs);
    return nullptr;
  }
  Value iterable = nargs ? args[0] : Value();
  if (type == &frozenset_type && !iterable.is_null() && type_of(iterable) == &frozenset_type)
    return Ref::borrow(iterable);
  return make_new_set(ts, type, iterable);
}

// ---- slots ---------------------------------------------------------------------------------

int64_t set_len_slot(ThreadState*, Value self) { return set_len(as_set(self)); }

int set_contains_slot(ThreadState* ts, Value self, Value key) {
  return with_frozen_retry(ts, key, [&](Value k) { return contains_key(ts, as_set(self), k); });
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

int64_t frozenset_hash(ThreadState*, Value self) {
  Set* so = as_set(self);
  int64_t cached = so->hash_cache.load(std::memory_order_relaxed);
  if (cached != -1) return cached;
  uint64_t hash = 0;
  {
    ObjLock g(so);
    for (int64_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits(static_cast<uint64_t>(so->table[i].hash));
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - set_len(so)) & 1) hash ^= shuffle_bits(static_cast<uint64_t>(-1));
    hash ^= (static_cast<uint64_t>(set_len(so)) + 1) * 1927868237ULL;
  }
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ULL;
  so->hash_cache.store(static_cast<int64_t>(hash), std::memory_order_relaxed);
  return static_cast<int64_t>(hash);
}

Ref set_repr(ThreadState* ts, Value self) {
  Set* so = as_set(self);
  const char* name = type_of(self)->name;
  if (set_len(so) == 0) return str_from_format("%s()", name);
  int rc = repr_enter(ts, self);
  if (rc < 0) return nullptr;
  if (rc > 0) return str_from_format("%s(...)", name);
  Ref keys = sequence_to_list(ts, self);
  Ref listrepr = keys ? repr_of(ts, keys.get()) : Ref();
  repr_leave(ts, self);
  if (!listrepr) return nullptr;
  std::string_view lr = str_utf8(listrepr.get());
  std::string inner(lr.substr(1, lr.size() - 2));
  if (type_of(self) == &set_type) return new_str("{" + inner + "}");
  return new_str(std::string(name) + "({" + inner + "})");
}

Ref set_richcompare(ThreadState* ts, Value v, Value w, CmpOp op) {
  if (!is_anyset(v) || !is_anyset(w)) return new_notimpl();
  Set* a = as_set(v);
  Set* b = as_set(w);
  int r;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne: {
      if (set_len(a) != set_len(b)) {
        r = 0;
      } else {
        int64_t ha = a->hash_cache.load(std::memory_order_relaxed), hb = b->hash_cache.load(std::memory_order_relaxed);
        r = (ha != -1 && hb != -1 && ha != hb) ? 0 : issubset_impl(ts, a, w);
      }
      if (r < 0) return nullptr;
      return new_bool(op == CmpOp::Eq ? r == 1 : r == 0);
    }
    case CmpOp::Le: r = issubset_impl(ts, a, w); break;
    case CmpOp::Ge: r = issuperset_impl(ts, a, w); break;
    case CmpOp::Lt: r = set_len(a) >= set_len(b) ? 0 : issubset_impl(ts, a, w); break;
    case CmpOp::Gt: r = set_len(a) <= set_len(b) ? 0 : issuperset_impl(ts, a, w); break;
    default: r = 0;
  }
  if (r < 0) return nullptr;
  return new_bool(r == 1);
}

Ref set_or(ThreadState* ts, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return new_notimpl();
  Ref result = set_copy(ts, a);
  if (!result) return nullptr;
  if (a.is(b)) return result;
  if (set_update_internal(ts, result.as<Set>(), b) < 0) return nullptr;
  return result;
}

Ref set_and(ThreadState* ts, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return new_notimpl();
  return set_intersection_internal(ts, as_set(a), b);
}

Ref set_sub(ThreadState* ts, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return new_notimpl();
  return difference(ts, a, b);
}

Ref set_xor(ThreadState* ts, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return new_notimpl();
  return symmetric_difference(ts, a, b);
}

Ref set_ior(ThreadState* ts, Value a, Value b) {
  if (!is_anyset(b)) return new_notimpl();
  if (set_update_internal(ts, as_set(a), b) < 0) return nullptr;
  return Ref::borrow(a);
}

Ref set_intersection_update_impl(ThreadState* ts, Value self, Value other) {
  Ref tmp = set_intersection_internal(ts, as_set(self), other);
  if (!tmp) return nullptr;
  swap_bodies(as_set(self), tmp.as<Set>());
  return new_none();
}

Ref set_iand(ThreadState* ts, Value a, Value b) {
  if (!is_anyset(b)) return new_notimpl();
  if (!set_intersection_update_impl(ts, a, b)) return nullptr;
  return Ref::borrow(a);
}

Ref set_isub(ThreadState* ts, Value a, Value b) {
  if (!is_anyset(b)) return new_notimpl();
  if (set_difference_update_internal(ts, as_set(a), b) < 0) return nullptr;
  return Ref::borrow(a);
}

Ref set_ixor(ThreadState* ts, Value a, Value b) {
  if (!is_anyset(b)) return new_notimpl();
  if (set_symmetric_difference_update_internal(ts, as_set(a), b) < 0) return nullptr;
  return Ref::borrow(a);
}

// ---- methods ---------------------------------------------------------------------------------

bool no_kw_method(ThreadState* ts, Value self, const char* meth, Tuple* kw) {
  if (!kw_count(kw)) return true;
  const char* owner = isinstance_of(self, &frozenset_type) ? "frozenset" : "set";
  set_errorf(ts, &TypeError_type, "%s.%s() takes no keyword arguments", owner, meth);
  return false;
}

const char* qual(Value self, const char* meth, std::string& buf) {
  buf = isinstance_of(self, &frozenset_type) ? "frozenset." : "set.";
  buf += meth;
  return buf.c_str();
}

Ref m_add(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "set.add", nargs, kw)) return nullptr;
  if (add_key(ts, as_set(self), args[0]) < 0) return nullptr;
  return new_none();
}

Ref m_clear(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "set.clear", nargs, kw)) return nullptr;
  clear_set(as_set(self));
  return new_none();
}

Ref m_copy(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  std::string q;
  if (!check_no_args(ts, qual(self, "copy", q), nargs, kw)) return nullptr;
  if (type_of(self) == &frozenset_type) return Ref::borrow(self);
  return set_copy(ts, self);
}

Ref m_discard(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "set.discard", nargs, kw)) return nullptr;
  int r = with_frozen_retry(ts, args[0], [&](Value k) { return discard_key(ts, as_set(self), k); });
  if (r < 0) return nullptr;
  return new_none();
}

Ref m_remove(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "set.remove", nargs, kw)) return nullptr;
  int r = with_frozen_retry(ts, args[0], [&](Value k) { return discard_key(ts, as_set(self), k); });
  if (r < 0) return nullptr;
  if (r == 0) {
    set_key_error(ts, args[0]);
    return nullptr;
  }
  return new_none();
}

Ref m_pop(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "set.pop", nargs, kw)) return nullptr;
  Set* so = as_set(self);
  Value key;
  {
    ObjLock g(so);
    if (set_len(so) == 0) {
      g.unlock();
      set_key_error(ts, Ref(new_str("pop from an empty set")).get());
      return nullptr;
    }
    int64_t i = so->finger & so->mask;
    while (!is_active(so->table[i])) {
      i++;
      if (i > so->mask) i = 0;
    }
    key = so->table[i].key;
    so->table[i].key = Value(&dummy_obj);
    so->table[i].hash = -1;
    so->used.store(set_len(so) - 1, std::memory_order_release);
    so->finger = i + 1;
  }
  return Ref::steal(key);
}

Ref m_union(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kw_method(ts, self, "union", kw)) return nullptr;
  Ref result = set_copy(ts, self);
  if (!result) return nullptr;
  for (size_t i = 0; i < nargs; i++) {
    if (args[i].is(self)) continue;
    if (set_update_internal(ts, result.as<Set>(), args[i]) < 0) return nullptr;
  }
  return result;
}

Ref m_update(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kw_method(ts, self, "update", kw)) return nullptr;
  for (size_t i = 0; i < nargs; i++)
    if (set_update_internal(ts, as_set(self), args[i]) < 0) return nullptr;
  return new_none();
}

Ref m_intersection(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kw_method(ts, self, "intersection", kw)) return nullptr;
  return intersection_multi(ts, self, args, nargs);
}

Ref m_intersection_update(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kw_method(ts, self, "intersection_update", kw)) return nullptr;
  Ref tmp = intersection_multi(ts, self, args, nargs);
  if (!tmp) return nullptr;
  swap_bodies(as_set(self), tmp.as<Set>());
  return new_none();
}

Ref m_difference(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kw_method(ts, self, "difference", kw)) return nullptr;
  if (nargs == 0) return set_copy(ts, self);
  Ref result = difference(ts, self, args[0]);
  if (!result) return nullptr;
  for (size_t i = 1; i < nargs; i++)
    if (set_difference_update_internal(ts, result.as<Set>(), args[i]) < 0) return nullptr;
  return result;
}

Ref m_difference_update(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kw_method(ts, self, "difference_update", kw)) return nullptr;
  for (size_t i = 0; i < nargs; i++)
    if (set_difference_update_internal(ts, as_set(self), args[i]) < 0) return nullptr;
  return new_none();
}

Ref m_symmetric_difference(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  std::string q;
  if (!check_one_arg(ts, qual(self, "symmetric_difference", q), nargs, kw)) return nullptr;
  return symmetric_difference(ts, self, args[0]);
}

Ref m_symmetric_difference_update(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "set.symmetric_difference_update", nargs, kw)) return nullptr;
  if (set_symmetric_difference_update_internal(ts, as_set(self), args[0]) < 0) return nullptr;
  return new_none();
}

Ref m_issubset(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  std::string q;
  if (!check_one_arg(ts, qual(self, "issubset", q), nargs, kw)) return nullptr;
  int r = issubset_impl(ts, as_set(self), args[0]);
  if (r < 0) return nullptr;
  return new_bool(r);
}

Ref m_issuperset(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  std::string q;
  if (!check_one_arg(ts, qual(self, "issuperset", q), nargs, kw)) return nullptr;
  int r = issuperset_impl(ts, as_set(self), args[0]);
  if (r < 0) return nullptr;
  return new_bool(r);
}

Ref m_isdisjoint(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  std::string q;
  if (!check_one_arg(ts, qual(self, "isdisjoint", q), nargs, kw)) return nullptr;
  int r = isdisjoint_impl(ts, as_set(self), args[0]);
  if (r < 0) return nullptr;
  return new_bool(r);
}

Ref m_reduce(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Ref keys = sequence_to_list(ts, self);
  if (!keys) return nullptr;
  Ref state = get_attr_opt(ts, self, ident(ts, "__dict__"));
  if (!state) {
    if (ts->has_error()) return nullptr;
    state = new_none();
  }
  Ref argtuple = new_tuple({keys.get()});
  if (!argtuple) return set_no_memory(ts);
  return new_tuple({Value(type_of(self)), argtuple.get(), state.get()});
}

Ref m_sizeof(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Set* so = as_set(self);
  int64_t n = static_cast<int64_t>(type_of(self)->basic_size);
  if (so->table != so->small_table) n += (so->mask + 1) * static_cast<int64_t>(sizeof(SetEntry));
  return new_int(n);
}

Ref m_contains(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  std::string q;
  if (!check_one_arg(ts, qual(self, "__contains__", q), nargs, kw)) return nullptr;
  int r = set_contains_slot(ts, self, args[0]);
  if (r < 0) return nullptr;
  return new_bool(r);
}

const MethodDef set_methods[] = {
    {"add", m_add, kMethInstance, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", m_clear, kMethInstance, "Remove all elements from this set."},
    {"__contains__", m_contains, kMethInstance, "x.__contains__(y) <==> y in x."},
    {"copy", m_copy, kMethInstance, "Return a shallow copy of a set."},
    {"discard", m_discard, kMethInstance,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\n"
     "an exception when an element is missing from the set."},
    {"difference", m_difference, kMethInstance, "Return the difference of two or more sets as a new set."},
    {"difference_update", m_difference_update, kMethInstance, "Remove all elements of another set from this set."},
    {"intersection", m_intersection, kMethInstance, "Return the intersection of two sets as a new set."},
    {"intersection_update", m_intersection_update, kMethInstance,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", m_isdisjoint, kMethInstance, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, kMethInstance, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, kMethInstance, "Report whether this set contains another set."},
    {"pop", m_pop, kMethInstance, "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"__reduce__", m_reduce, kMethInstance, "Return state information for pickling."},
    {"remove", m_remove, kMethInstance,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"__sizeof__", m_sizeof, kMethInstance, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", m_symmetric_difference, kMethInstance,
     "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", m_symmetric_difference_update, kMethInstance,
     "Update a set with the symmetric difference of itself and another."},
    {"union", m_union, kMethInstance, "Return the union of sets as a new set."},
    {"update", m_update, kMethInstance, "Update a set with the union of itself and others."},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef frozenset_methods[] = {
    {"__contains__", m_contains, kMethInstance, "x.__contains__(y) <==> y in x."},
    {"copy", m_copy, kMethInstance, "Return a shallow copy of a set."},
    {"difference", m_difference, kMethInstance, "Return the difference of two or more sets as a new set."},
    {"intersection", m_intersection, kMethInstance, "Return the intersection of two sets as a new set."},
    {"isdisjoint", m_isdisjoint, kMethInstance, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, kMethInstance, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, kMethInstance, "Report whether this set contains another set."},
    {"__reduce__", m_reduce, kMethInstance, "Return state information for pickling."},
    {"__sizeof__", m_sizeof, kMethInstance, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", m_symmetric_difference, kMethInstance,
     "Return the symmetric difference of two sets as a new set."},
    {"union", m_union, kMethInstance, "Return the union of sets as a new set."},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- iterator -------------------------------------------------------------------------------

struct SetIter : Object {
  Set* set;
  int64_t used;  // len at creation; -1 after a size change (sticky)
  int64_t pos;
  int64_t remaining;
  bool done;
};

Ref set_iter(ThreadState* ts, Value self) {
  SetIter* it = static_cast<SetIter*>(alloc_object(&set_iter_type, sizeof(SetIter)));
  if (!it) return set_no_memory(ts);
  it->set = static_cast<Set*>(own_ref(self).as_object());
  it->used = set_len(it->set);
  it->pos = 0;
  it->remaining = it->used;
  it->done = false;
  return Ref::steal(Value(it));
}

// The iterator's fields are updated under the set's lock.
Ref set_iter_next(ThreadState* ts, Value self) {
  SetIter* it = static_cast<SetIter*>(self.as_object());
  Set* so = it->set;
  ObjLock g(so);
  if (it->done) return nullptr;
  if (it->used != set_len(so)) {
    it->used = -1;
    g.unlock();
    set_error(ts, &RuntimeError_type, "Set changed size during iteration");
    return nullptr;
  }
  int64_t i = it->pos;
  while (i <= so->mask && !is_active(so->table[i])) i++;
  it->pos = i + 1;
  if (i > so->mask) {
    it->done = true;
    return nullptr;
  }
  it->remaining--;
  return Ref::borrow(so->table[i].key);
}

Ref set_iter_length_hint(ThreadState*, Value self, const Value*, size_t, Tuple*) {
  SetIter* it = static_cast<SetIter*>(self.as_object());
  ObjLock g(it->set);
  int64_t n = (!it->done && it->used == set_len(it->set)) ? it->remaining : 0;
  g.unlock();
  return new_int(n);
}

void set_iter_dealloc(Object* o) {
  decref(static_cast<SetIter*>(o)->set);
  free_object(o);
}
void set_iter_traverse(Object* o, const Visitor& visit) { visit(static_cast<SetIter*>(o)->set); }

const MethodDef set_iter_methods[] = {
    {"__length_hint__", set_iter_length_hint, kMethInstance, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

void setup_common(Type& t, const char* name) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.basic_size = sizeof(Set);
  t.flags = kTypeBaseType | kTypeHasGC | kTypeImmutable;
  t.base = &object_type;
  t.dealloc = set_dealloc;
  t.traverse = set_traverse;
  t.repr = set_repr;
  t.richcompare = set_richcompare;
  t.iter = set_iter;
  t.len = set_len_slot;
  t.contains = set_contains_slot;
  t.binary[static_cast<int>(BinOp::Or)] = set_or;
  t.binary[static_cast<int>(BinOp::And)] = set_and;
  t.binary[static_cast<int>(BinOp::Sub)] = set_sub;
  t.binary[static_cast<int>(BinOp::Xor)] = set_xor;
}

}  // namespace

// ---- shared algorithms (set.h) ---------------------------------------------------------------

Value set_dummy() { return Value(&dummy_obj); }

bool set_next_hash(Set* s, int64_t* pos, Ref* key, int64_t* hash) {
  Ref k;
  {
    ObjLock g(s);
    int64_t i = *pos < 0 ? 0 : *pos;
    while (i <= s->mask && !is_active(s->table[i])) i++;
    if (i > s->mask) return false;
    *pos = i + 1;
    if (hash) *hash = s->table[i].hash;
    k = Ref::borrow(s->table[i].key);
  }
  *key = std::move(k);
  return true;
}

int set_update_internal(ThreadState* ts, Set* so, Value other) {
  if (is_anyset(other)) return set_merge(ts, so, as_set(other));
  if (is_exact_dict(other)) return update_from_dict(ts, so, static_cast<Dict*>(other.as_object()));
  Ref it = get_iter(ts, other);
  if (!it) return -1;
  for (;;) {
    Ref key = iter_next(ts, it.get());
    if (!key) return ts->has_error() ? -1 : 0;
    if (add_key(ts, so, key.get()) < 0) return -1;
  }
}

int set_difference_update_internal(ThreadState* ts, Set* so, Value other) {
  if (other.is(Value(so))) {
    clear_set(so);
    return 0;
  }
  if (is_anyset(other)) {
    Ref src = Ref::borrow(other);
    if ((set_len(as_set(other)) >> 3) > set_len(so)) {
      src = set_intersection_internal(ts, so, other);
      if (!src) return -1;
    }
    Snapshot snap;
    if (!snap.take(ts, src.as<Set>())) return -1;
    for (const SetEntry& e : snap.entries)
      if (is_active(e) && discard_entry(ts, so, e.key, e.hash) < 0) return -1;
  } else {
    Ref it = get_iter(ts, other);
    if (!it) return -1;
    for (;;) {
      Ref key = iter_next(ts, it.get());
      if (!key) {
        if (ts->has_error()) return -1;
        break;
      }
      if (discard_key(ts, so, key.get()) < 0) return -1;
    }
  }
  ObjLock g(so);
  if (so->fill - set_len(so) <= so->mask / 4) return 0;
  if (!table_resize(so, growth_target(so))) {
    g.unlock();
    set_no_memory(ts);
    return -1;
  }
  return 0;
}

int set_symmetric_difference_update_internal(ThreadState* ts, Set* so, Value other) {
  if (other.is(Value(so))) {
    clear_set(so);
    return 0;
  }
  auto toggle = [&](Value key, int64_t hash) {
    int rv = discard_entry(ts, so, key, hash);
    if (rv < 0) return -1;
    if (rv == 0 && add_entry(ts, so, key, hash) < 0) return -1;
    return 0;
  };
  if (is_exact_dict(other)) {
    int64_t pos = 0, hash;
    Ref key, value;
    while (dict_next_hash(static_cast<Dict*>(other.as_object()), &pos, &key, &value, &hash))
      if (toggle(key.get(), hash) < 0) return -1;
    return 0;
  }
  Ref otherset = is_anyset(other) ? Ref::borrow(other) : make_new_set(ts, base_type_of(Value(so)), other);
  if (!otherset) return -1;
  Snapshot snap;
  if (!snap.take(ts, otherset.as<Set>())) return -1;
  for (const SetEntry& e : snap.entries)
    if (is_active(e) && toggle(e.key, e.hash) < 0) return -1;
  return 0;
}

Ref set_intersection_internal(ThreadState* ts, Set* so, Value other) {
  if (other.is(Value(so))) return set_copy(ts, Value(so));
  Ref result = make_new_set(ts, base_type_of(Value(so)), Value());
  if (!result) return nullptr;
  Set* res = result.as<Set>();
  if (is_anyset(other)) {
    Set* big = so;
    Set* small = as_set(other);
    if (set_len(small) > set_len(big)) std::swap(big, small);
    Snapshot snap;
    if (!snap.take(ts, small)) return nullptr;
    for (const SetEntry& e : snap.entries) {
      if (!is_active(e)) continue;
      int rv = contains_entry(ts, big, e.key, e.hash);
      if (rv < 0) return nullptr;
      if (rv && add_entry(ts, res, e.key, e.hash) < 0) return nullptr;
    }
    return result;
  }
  Ref it = get_iter(ts, other);
  if (!it) return nullptr;
  for (;;) {
    Ref key = iter_next(ts, it.get());
    if (!key) return ts->has_error() ? nullptr : result;
    int64_t h = key_hash(ts, key.get());
    if (h == -1) return nullptr;
    int rv = contains_entry(ts, so, key.get(), h);
    if (rv < 0) return nullptr;
    if (rv && add_entry(ts, res, key.get(), h) < 0) return nullptr;
  }
}

int set_add_known_hash(ThreadState* ts, Set* s, Value key, int64_t hash) { return add_entry(ts, s, key, hash); }

bool set_snapshot_keys(ThreadState* ts, Set* s, std::vector<Value>* out) {
  ObjLock g(s);
  try {
    out->reserve(out->size() + static_cast<size_t>(set_len(s)));
  } catch (const std::bad_alloc&) {
    g.unlock();
    set_no_memory(ts);
    return false;
  }
  for (int64_t i = 0; i <= s->mask; i++)
    if (is_active(s->table[i])) out->push_back(own_ref(s->table[i].key));
  return true;
}

// ---- the C++ API ----------------------------------------------------------------------------

Ref new_set(ThreadState* ts, Value iterable) { return make_new_set(ts, &set_type, iterable); }

Ref new_frozenset(ThreadState* ts, Value iterable) {
  if (!iterable.is_null() && type_of(iterable) == &frozenset_type) return Ref::borrow(iterable);
  return make_new_set(ts, &frozenset_type, iterable);
}

Ref new_frozenset_const(ThreadState* ts, Value iterable) {
  Ref first = make_new_set(ts, &frozenset_type, iterable);
  if (!first || set_len(first.as<Set>()) == 0) return first;
  Ref items = sequence_to_tuple(ts, first.get());
  if (!items) return nullptr;
  return make_new_set(ts, &frozenset_type, items.get());
}

int set_add(ThreadState* ts, Set* s, Value key) { return add_key(ts, s, key); }

int set_contains(ThreadState* ts, Set* s, Value key) {
  return with_frozen_retry(ts, key, [&](Value k) { return contains_key(ts, s, k); });
}

int set_discard(ThreadState* ts, Set* s, Value key) {
  return with_frozen_retry(ts, key, [&](Value k) { return discard_key(ts, s, k); });
}

int64_t set_size(Set* s) { return set_len(s); }

bool set_next(Set* s, int64_t* pos, Ref* key) { return set_next_hash(s, pos, key, nullptr); }

void setup_set_types() {
  dummy_obj.type = &object_type;
  dummy_obj.make_immortal();

  Type& s = set_type;
  setup_common(s, "set");
  s.hash = hash_not_implemented;
  s.new_ = set_new_slot;
  s.init = set_init_slot;
  s.inplace[static_cast<int>(BinOp::Or)] = set_ior;
  s.inplace[static_cast<int>(BinOp::And)] = set_iand;
  s.inplace[static_cast<int>(BinOp::Sub)] = set_isub;
  s.inplace[static_cast<int>(BinOp::Xor)] = set_ixor;
  s.methods = set_methods;
  s.doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.";
  register_static_type(&s);

  Type& f = frozenset_type;
  setup_common(f, "frozenset");
  f.hash = frozenset_hash;
  f.new_ = frozenset_new_slot;
  f.methods = frozenset_methods;
  f.doc =
      "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
      "Build an immutable unordered collection of unique elements.";
  register_static_type(&f);

  Type& it = set_iter_type;
  it.type = &type_type;
  it.make_immortal();
  it.name = "set_iterator";
  it.basic_size = sizeof(SetIter);
  it.flags = kTypeHasGC | kTypeImmutable;
  it.base = &object_type;
  it.dealloc = set_iter_dealloc;
  it.traverse = set_iter_traverse;
  it.iter = iter_self;
  it.next = set_iter_next;
  it.methods = set_iter_methods;
  register_static_type(&it);
}

}  // namespace weft

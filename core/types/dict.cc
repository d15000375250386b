// dict: the hash table (layout in dict.h), its methods and the dict_* C++ API.
// Views and iterators are in dict_views.cc.
#include "core/types/dict.h"

#include <cstdlib>
#include <cstring>

#include "core/types/container_util.h"
#include "core/types/set.h"

namespace weft {

Type dict_type;

namespace {

constexpr int64_t kMinSize = 8;
constexpr int kPerturbShift = 5;

enum FindResult { kMissing = 0, kFound = 1, kError = -1 };

Dict* as_dict(Value v) { return static_cast<Dict*>(v.as_object()); }
// The table; read under the dict's lock (or during dealloc / collection).
DictKeys* keys_of(const Dict* d) { return d->keys.load(std::memory_order_relaxed); }
void set_keys(Dict* d, DictKeys* k) { d->keys.store(k, std::memory_order_release); }
int64_t usable_fraction(int64_t size) { return (size << 1) / 3; }

DictKeys* table_new(int64_t size) {
  if (size > (int64_t(1) << 30)) return nullptr;  // int32 indices
  int64_t usable = usable_fraction(size);
  size_t bytes = sizeof(DictKeys) + static_cast<size_t>(size) * sizeof(int32_t) +
                 static_cast<size_t>(usable) * sizeof(DictEntry) + 8;
  char* mem = static_cast<char*>(std::malloc(bytes));
  if (!mem) return nullptr;
  DictKeys* t = reinterpret_cast<DictKeys*>(mem);
  t->size = size;
  t->usable = usable;
  t->nentries = 0;
  t->indices = reinterpret_cast<int32_t*>(mem + sizeof(DictKeys));
  std::memset(t->indices, 0xff, static_cast<size_t>(size) * sizeof(int32_t));  // kDictEmpty
  uintptr_t e = reinterpret_cast<uintptr_t>(t->indices + size);
  e = (e + 7) & ~uintptr_t(7);
  t->entries = reinterpret_cast<DictEntry*>(e);
  return t;
}

// The index slot for `hash` that is empty or a dummy (insertion).
size_t find_empty_slot(const DictKeys* t, int64_t hash) {
  size_t mask = static_cast<size_t>(t->size) - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  for (size_t perturb = static_cast<size_t>(hash); t->indices[i] >= 0;) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// The index slot holding entry `ix` (whose hash is `hash`).
size_t find_slot_of(const DictKeys* t, int64_t hash, int64_t ix) {
  size_t mask = static_cast<size_t>(t->size) - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  for (size_t perturb = static_cast<size_t>(hash); t->indices[i] != ix;) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuilds the table with room for at least `minsize` index slots, compacting
// deleted entries away. Caller holds the lock. The old table is freed at once
// because every reader holds the lock (issue 3 will let readers go lock-free
// and then this must wait for a QSBR grace period).
bool dict_resize(Dict* d, int64_t minsize) {
  int64_t size = kMinSize;
  while (size < minsize && size <= (int64_t(1) << 30)) size <<= 1;
  DictKeys* nt = table_new(size);
  if (!nt) return false;
  DictKeys* ot = keys_of(d);
  if (ot) {
    int64_t n = 0;
    for (int64_t i = 0; i < ot->nentries; i++)
      if (!ot->entries[i].key.is_null()) nt->entries[n++] = ot->entries[i];
    nt->nentries = n;
    nt->usable -= n;
    for (int64_t i = 0; i < n; i++) nt->indices[find_empty_slot(nt, nt->entries[i].hash)] = static_cast<int32_t>(i);
    std::free(ot);
  }
  set_keys(d, nt);
  d->keys_version++;
  return true;
}

// Looks key up. Called and returns with the lock held by `g`; drops it only
// around a user __eq__, restarting if the table changed meanwhile (as CPython
// restarts when the dict mutates during a comparison).
int find(ThreadState* ts, Dict* d, ObjLock& g, Value key, int64_t hash, int64_t* ix_out) {
restart:
  DictKeys* t = keys_of(d);
  if (!t) return kMissing;
  size_t mask = static_cast<size_t>(t->size) - 1;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    int32_t ix = t->indices[i];
    if (ix == kDictEmpty) return kMissing;
    if (ix >= 0) {
      DictEntry* e = &t->entries[ix];
      if (e->key.is(key)) {
        *ix_out = ix;
        return kFound;
      }
      if (e->hash == hash) {
        int r = eq_without_python(e->key, key);
        if (r < 0) {
          uint64_t tv = d->keys_version;
          Value startkey = e->key;
          incref(startkey);
          g.unlock();
          r = rich_compare_bool(ts, startkey, key, CmpOp::Eq);
          decref(startkey);
          g.lock();
          if (r < 0) return kError;
          if (d->keys_version != tv || !t->entries[ix].key.is(startkey)) goto restart;
        }
        if (r > 0) {
          *ix_out = ix;
          return kFound;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Appends a new entry (the key is known to be absent). Caller holds the lock.
bool append_entry(Dict* d, Value key, int64_t hash, Value value) {
  if (!keys_of(d) || keys_of(d)->usable <= 0) {
    if (!dict_resize(d, dict_len(d) * 3)) return false;
  }
  DictKeys* t = keys_of(d);
  int64_t ix = t->nentries;
  t->indices[find_empty_slot(t, hash)] = static_cast<int32_t>(ix);
  incref(key);
  incref(value);
  t->entries[ix] = DictEntry{hash, key, value};
  t->nentries++;
  t->usable--;
  d->used.store(dict_len(d) + 1, std::memory_order_release);
  d->version.fetch_add(1, std::memory_order_release);
  return true;
}

// Unlinks entry ix; its key and value references move to *key / *value.
void remove_entry(Dict* d, int64_t ix, Value* key, Value* value) {
  DictKeys* t = keys_of(d);
  DictEntry* e = &t->entries[ix];
  t->indices[find_slot_of(t, e->hash, ix)] = kDictDummy;
  *key = e->key;
  *value = e->value;
  e->key = Value();
  e->value = Value();
  d->used.store(dict_len(d) - 1, std::memory_order_release);
  d->version.fetch_add(1, std::memory_order_release);
}

// Takes the whole table out of the dict (clear, dealloc).
DictKeys* detach_table(Dict* d) {
  DictKeys* t = keys_of(d);
  set_keys(d, nullptr);
  d->keys_version++;
  d->used.store(0, std::memory_order_release);
  d->version.fetch_add(1, std::memory_order_release);
  return t;
}

void release_table(DictKeys* t) {
  if (!t) return;
  for (int64_t i = 0; i < t->nentries; i++) {
    decref(t->entries[i].key);
    decref(t->entries[i].value);
  }
  std::free(t);
}

// A copy of t with every live key and value increfed (caller holds t's lock).
DictKeys* clone_table(const DictKeys* t, int64_t used) {
  int64_t size = kMinSize;
  while (usable_fraction(size) < used) size <<= 1;
  DictKeys* nt = table_new(size);
  if (!nt) return nullptr;
  int64_t n = 0;
  for (int64_t i = 0; i < t->nentries; i++) {
    const DictEntry& e = t->entries[i];
    if (e.key.is_null()) continue;
    incref(e.key);
    incref(e.value);
    nt->entries[n++] = e;
  }
  nt->nentries = n;
  nt->usable -= n;
  for (int64_t i = 0; i < n; i++) nt->indices[find_empty_slot(nt, nt->entries[i].hash)] = static_cast<int32_t>(i);
  return nt;
}

int64_t key_hash(ThreadState* ts, Value key) { return hash_fast(ts, key); }

// ---- lifetime ---------------------------------------------------------------------------

void dict_dealloc_body(Object* o) {
  release_table(keys_of(static_cast<Dict*>(o)));
  free_object(o);
}

void dict_dealloc(Object* o) {
  if (o->type != &dict_type) {
    dict_dealloc_body(o);
    return;
  }
  if (!dealloc_enter(o, dict_dealloc_body)) return;
  dict_dealloc_body(o);
  dealloc_leave();
}

void dict_traverse(Object* o, const Visitor& visit) {
  DictKeys* t = keys_of(static_cast<Dict*>(o));
  if (!t) return;
  for (int64_t i = 0; i < t->nentries; i++) {
    visit(t->entries[i].key);
    visit(t->entries[i].value);
  }
}

Ref alloc_dict(ThreadState* ts, Type* type) {
  Dict* d = static_cast<Dict*>(alloc_object(type, type->basic_size));
  if (!d) return ts ? set_no_memory(ts) : nullptr;
  set_keys(d, nullptr);
  return Ref::steal(Value(d));
}

// ---- updating from other objects ------------------------------------------------------------

int setdefault_known_hash(ThreadState* ts, Dict* d, Value key, int64_t hash, Value dflt, Ref* out);

// Inserts the items of dict `b` into a (override: replace existing keys;
// otherwise keep them, or raise KeyError when `error_on_dup`).
int merge_from_dict(ThreadState* ts, Dict* a, Dict* b, bool override, bool error_on_dup) {
  if (a == b) return 0;
  {
    // An empty target takes a clone of the source table.
    ObjLock2 g(a, b);
    if (dict_len(b) == 0) return 0;
    if (dict_len(a) == 0 && keys_of(b)) {
      DictKeys* nt = clone_table(keys_of(b), dict_len(b));
      if (nt) {
        DictKeys* old = detach_table(a);
        set_keys(a, nt);
        a->used.store(nt->nentries, std::memory_order_release);
        if (old) std::free(old);  // empty: holds no references
        return 0;
      }
    }
  }
  int64_t pos = 0;
  int64_t orig_used = dict_len(b);
  Ref key, value;
  int64_t hash;
  while (dict_next_hash(b, &pos, &key, &value, &hash)) {
    int r;
    if (override) {
      r = dict_set_known_hash(ts, a, key.get(), hash, value.get());
    } else {
      Ref existing;
      int found = dict_lookup_known_hash(ts, a, key.get(), hash, &existing);
      if (found < 0) return -1;
      if (found && error_on_dup) {
        set_key_error(ts, key.get());
        return -1;
      }
      r = found ? 0 : dict_set_known_hash(ts, a, key.get(), hash, value.get());
    }
    if (r < 0) return -1;
    if (dict_len(b) != orig_used) {
      set_error(ts, &RuntimeError_type, "dict mutated during update");
      return -1;
    }
  }
  return 0;
}

int merge_from_mapping(ThreadState* ts, Dict* a, Value b, bool override, bool error_on_dup) {
  Ref keys = call_method(ts, b, "keys", nullptr, 0);
  if (!keys) return -1;
  Ref it = get_iter(ts, keys.get());
  if (!it) return -1;
  for (;;) {
    Ref key = iter_next(ts, it.get());
    if (!key) return ts->has_error() ? -1 : 0;
    if (!override) {
      int c = dict_contains(ts, a, key.get());
      if (c < 0) return -1;
      if (c) {
        if (error_on_dup) {
          set_key_error(ts, key.get());
          return -1;
        }
        continue;
      }
    }
    Ref value = get_item(ts, b, key.get());
    if (!value) return -1;
    if (dict_set(ts, a, key.get(), value.get()) < 0) return -1;
  }
}

int merge_impl(ThreadState* ts, Dict* a, Value b, bool override, bool error_on_dup) {
  if (is_dict(b) && type_of(b)->iter == dict_iter) return merge_from_dict(ts, a, as_dict(b), override, error_on_dup);
  return merge_from_mapping(ts, a, b, override, error_on_dup);
}

// dict.update(iterable of pairs).
int merge_from_pairs(ThreadState* ts, Dict* d, Value seq) {
  Ref it = get_iter(ts, seq);
  if (!it) return -1;
  for (int64_t i = 0;; i++) {
    Ref item = iter_next(ts, it.get());
    if (!item) return ts->has_error() ? -1 : 0;
    OwnedValues pair;
    if (!sequence_fast(ts, item.get(), "", pair)) {
      if (error_matches(ts, &TypeError_type)) {
        clear_error(ts);
        set_errorf(ts, &TypeError_type, "cannot convert dictionary update sequence element #%lld to a sequence",
                   static_cast<long long>(i));
      }
      return -1;
    }
    if (pair.size() != 2) {
      set_errorf(ts, &ValueError_type, "dictionary update sequence element #%lld has length %zu; 2 is required",
                 static_cast<long long>(i), pair.size());
      return -1;
    }
    if (dict_set(ts, d, pair[0], pair[1]) < 0) return -1;
  }
}

// dict.update(arg) / dict(arg): a dict, anything with keys(), or pairs.
int update_from_arg(ThreadState* ts, Dict* d, Value arg) {
  if (is_exact_dict(arg)) return merge_from_dict(ts, d, as_dict(arg), true, false);
  Ref keys = get_attr_opt(ts, arg, ident(ts, "keys"));
  if (!keys) {
    if (ts->has_error()) return -1;
    return merge_from_pairs(ts, d, arg);
  }
  return merge_impl(ts, d, arg, true, false);
}

int update_from_kwargs(ThreadState* ts, Dict* d, const Value* values, Tuple* kwnames) {
  if (!kwnames) return 0;
  for (int64_t i = 0; i < kwnames->length; i++)
    if (dict_set(ts, d, kwnames->items[i], values[i]) < 0) return -1;
  return 0;
}

// ---- construction -----------------------------------------------------------------------------

Ref dict_new_slot(ThreadState* ts, Type* type, const Value*, size_t, Tuple*) { return alloc_dict(ts, type); }

int dict_init_slot(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  nargs = positional_count(nargs, kwnames);
  if (nargs > 1) {
    set_errorf(ts, &TypeError_type, "dict expected at most 1 argument, got %zu", nargs);
    return -1;
  }
  Dict* d = as_dict(self);
  if (nargs == 1 && update_from_arg(ts, d, args[0]) < 0) return -1;
  return update_from_kwargs(ts, d, args + nargs, kwnames);
}

// ---- slots ------------------------------------------------------------------------------------

int64_t dict_len_slot(ThreadState*, Value self) { return dict_len(as_dict(self)); }

int dict_setitem_slot(ThreadState* ts, Value self, Value key, Value v) {
  if (v.is_null()) return dict_del(ts, as_dict(self), key);
  return dict_set(ts, as_dict(self), key, v);
}

int dict_contains_slot(ThreadState* ts, Value self, Value key) { return dict_contains(ts, as_dict(self), key); }

Ref dict_repr(ThreadState* ts, Value self) {
  Dict* d = as_dict(self);
  if (dict_len(d) == 0) return new_str("{}");
  int rc = repr_enter(ts, self);
  if (rc < 0) return nullptr;
  if (rc > 0) return new_str("{...}");
  if (check_native_stack(ts, " while getting the repr of an object")) {
    repr_leave(ts, self);
    return nullptr;
  }
  std::string out = "{";
  bool ok = true;
  int64_t pos = 0;
  Ref key, value;
  for (bool first = true; ok && dict_next(d, &pos, &key, &value); first = false) {
    if (!first) out += ", ";
    ok = append_repr(ts, out, key.get());
    if (ok) {
      out += ": ";
      ok = append_repr(ts, out, value.get());
    }
  }
  repr_leave(ts, self);
  if (!ok) return nullptr;
  out += "}";
  return new_str(out);
}

// 1 if a == b as dicts, 0 if not, -1 on error.
int dict_equal(ThreadState* ts, Dict* a, Dict* b) {
  if (dict_len(a) != dict_len(b)) return 0;
  int64_t pos = 0;
  Ref key, aval;
  int64_t hash;
  while (dict_next_hash(a, &pos, &key, &aval, &hash)) {
    Ref bval;
    int found = dict_lookup_known_hash(ts, b, key.get(), hash, &bval);
    if (found <= 0) return found;
    int r = rich_compare_bool(ts, aval.get(), bval.get(), CmpOp::Eq);
    if (r <= 0) return r;
  }
  return 1;
}

Ref dict_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CmpOp::Eq && op != CmpOp::Ne)) return new_notimpl();
  if (check_native_stack(ts, " in comparison")) return nullptr;
  int r = dict_equal(ts, as_dict(a), as_dict(b));
  if (r < 0) return nullptr;
  return new_bool(op == CmpOp::Eq ? r == 1 : r == 0);
}

Ref dict_or(ThreadState* ts, Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return new_notimpl();
  Ref r = dict_copy(ts, as_dict(a));
  if (!r) return nullptr;
  if (update_from_arg(ts, r.as<Dict>(), b) < 0) return nullptr;
  return r;
}

Ref dict_ior(ThreadState* ts, Value a, Value b) {
  if (!is_dict(a)) return new_notimpl();
  if (update_from_arg(ts, as_dict(a), b) < 0) return nullptr;
  return Ref::borrow(a);
}

// ---- methods ----------------------------------------------------------------------------------

Ref m_get(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_positional(ts, "get", nargs, kw, 1, 2)) return nullptr;
  Ref v = dict_get(ts, as_dict(self), args[0]);
  if (v) return v;
  if (ts->has_error()) return nullptr;
  return Ref::borrow(nargs > 1 ? args[1] : None());
}

Ref m_setdefault(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_positional(ts, "setdefault", nargs, kw, 1, 2)) return nullptr;
  int64_t hash = key_hash(ts, args[0]);
  if (hash == -1) return nullptr;
  Ref out;
  if (setdefault_known_hash(ts, as_dict(self), args[0], hash, nargs > 1 ? args[1] : None(), &out) < 0) return nullptr;
  return out;
}

Ref m_pop(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_positional(ts, "pop", nargs, kw, 1, 2)) return nullptr;
  return dict_pop(ts, as_dict(self), args[0], nargs > 1 ? args[1] : Value());
}

Ref m_popitem(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "dict.popitem", nargs, kw)) return nullptr;
  Dict* d = as_dict(self);
  Value key, value;
  {
    ObjLock g(d);
    if (dict_len(d) == 0) {
      g.unlock();
      set_key_error(ts, Ref(new_str("popitem(): dictionary is empty")).get());
      return nullptr;
    }
    DictKeys* t = keys_of(d);
    int64_t i = t->nentries - 1;
    while (i >= 0 && t->entries[i].key.is_null()) i--;
    remove_entry(d, i, &key, &value);
    t->nentries = i;  // the popped slot is reused; usable stays (the index holds a dummy)
  }
  Ref k = Ref::steal(key), v = Ref::steal(value);
  return new_tuple({k.get(), v.get()});
}

Ref m_update(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  nargs = positional_count(nargs, kw);
  if (nargs > 1) {
    set_errorf(ts, &TypeError_type, "update expected at most 1 argument, got %zu", nargs);
    return nullptr;
  }
  Dict* d = as_dict(self);
  if (nargs == 1 && update_from_arg(ts, d, args[0]) < 0) return nullptr;
  if (update_from_kwargs(ts, d, args + nargs, kw) < 0) return nullptr;
  return new_none();
}

Ref m_copy(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "dict.copy", nargs, kw)) return nullptr;
  return dict_copy(ts, as_dict(self));
}

Ref m_clear(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "dict.clear", nargs, kw)) return nullptr;
  Dict* d = as_dict(self);
  DictKeys* t;
  {
    ObjLock g(d);
    t = detach_table(d);
  }
  release_table(t);
  return new_none();
}

Ref m_fromkeys(ThreadState* ts, Value cls, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_positional(ts, "fromkeys", nargs, kw, 1, 2)) return nullptr;
  Value iterable = args[0];
  Value value = nargs > 1 ? args[1] : None();
  Ref d = call0(ts, cls);
  if (!d) return nullptr;
  if (is_exact_dict(d.get())) {
    Dict* dd = d.as<Dict>();
    if (is_exact_dict(iterable)) {
      int64_t pos = 0, hash;
      Ref k, v;
      while (dict_next_hash(as_dict(iterable), &pos, &k, &v, &hash))
        if (dict_set_known_hash(ts, dd, k.get(), hash, value) < 0) return nullptr;
      return d;
    }
    if (is_anyset(iterable) && (type_of(iterable) == &set_type || type_of(iterable) == &frozenset_type)) {
      int64_t pos = 0, hash;
      Ref k;
      while (set_next_hash(static_cast<Set*>(iterable.as_object()), &pos, &k, &hash))
        if (dict_set_known_hash(ts, dd, k.get(), hash, value) < 0) return nullptr;
      return d;
    }
    bool ok = for_each(ts, iterable, [&](Value k) { return dict_set(ts, dd, k, value) == 0; });
    return ok ? d : nullptr;
  }
  bool ok = for_each(ts, iterable, [&](Value k) { return set_item(ts, d.get(), k, value) == 0; });
  return ok ? d : nullptr;
}

Ref m_keys(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "dict.keys", nargs, kw)) return nullptr;
  return new_dict_view(ts, &dict_keys_type, self);
}
Ref m_values(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "dict.values", nargs, kw)) return nullptr;
  return new_dict_view(ts, &dict_values_type, self);
}
Ref m_items(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "dict.items", nargs, kw)) return nullptr;
  return new_dict_view(ts, &dict_items_type, self);
}
Ref m_reversed(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "dict.__reversed__", nargs, kw)) return nullptr;
  return new_dict_iter(ts, &dict_revkeyiter_type, as_dict(self));
}
Ref m_getitem(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "dict.__getitem__", nargs, kw)) return nullptr;
  return dict_subscript(ts, self, args[0]);
}
Ref m_sizeof(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  DictKeys* t = keys_of(as_dict(self));
  int64_t n = static_cast<int64_t>(type_of(self)->basic_size);
  if (t) n += static_cast<int64_t>(sizeof(DictKeys)) + t->size * 4 + usable_fraction(t->size) * 24;
  return new_int(n);
}

const MethodDef dict_methods[] = {
    {"__getitem__", m_getitem, kMethInstance, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", m_sizeof, kMethInstance, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", m_get, kMethInstance, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, kMethInstance,
     "Insert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop", m_pop, kMethInstance,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
     "If the key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", m_popitem, kMethInstance,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\n"
     "Raises KeyError if the dict is empty."},
    {"keys", m_keys, kMethInstance, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", m_items, kMethInstance, "D.items() -> a set-like object providing a view on D's items"},
    {"values", m_values, kMethInstance, "D.values() -> an object providing a view on D's values"},
    {"update", m_update, kMethInstance,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\n"
     "If E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\n"
     "If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\n"
     "In either case, this is followed by: for k in F:  D[k] = F[k]"},
    {"fromkeys", m_fromkeys, kMethClass, "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", m_clear, kMethInstance, "D.clear() -> None.  Remove all items from D."},
    {"copy", m_copy, kMethInstance, "D.copy() -> a shallow copy of D"},
    {"__reversed__", m_reversed, kMethInstance, "Return a reverse iterator over the dict keys."},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

int setdefault_known_hash(ThreadState* ts, Dict* d, Value key, int64_t hash, Value dflt, Ref* out) {
  key = key.without_tag();
  dflt = dflt.without_tag();
  Ref result;
  {
    ObjLock g(d);
    int64_t ix;
    int r = find(ts, d, g, key, hash, &ix);
    if (r == kError) return -1;
    if (r == kFound) {
      result = Ref::borrow(keys_of(d)->entries[ix].value);
    } else if (!append_entry(d, key, hash, dflt)) {
      g.unlock();
      set_no_memory(ts);
      return -1;
    } else {
      result = Ref::borrow(dflt);
    }
  }
  *out = std::move(result);
  return 0;
}

}  // namespace

// ---- the C++ API ----------------------------------------------------------------------------

Ref new_dict() { return alloc_dict(nullptr, &dict_type); }

int dict_lookup_known_hash(ThreadState* ts, Dict* d, Value key, int64_t hash, Ref* value) {
  Ref found;
  int r;
  {
    ObjLock g(d);
    int64_t ix;
    r = find(ts, d, g, key, hash, &ix);
    if (r == kFound) found = Ref::borrow(keys_of(d)->entries[ix].value);
  }
  if (r == kFound) *value = std::move(found);  // may release the caller's old value: unlocked
  return r;
}

int dict_set_known_hash(ThreadState* ts, Dict* d, Value key, int64_t hash, Value value) {
  key = key.without_tag();
  value = value.without_tag();
  Value old;
  {
    ObjLock g(d);
    int64_t ix;
    int r = find(ts, d, g, key, hash, &ix);
    if (r == kError) return -1;
    if (r == kFound) {
      DictEntry* e = &keys_of(d)->entries[ix];
      old = e->value;
      incref(value);
      e->value = value;
      d->version.fetch_add(1, std::memory_order_release);
    } else if (!append_entry(d, key, hash, value)) {
      g.unlock();
      set_no_memory(ts);
      return -1;
    }
  }
  decref(old);
  return 0;
}

int dict_discard_known_hash(ThreadState* ts, Dict* d, Value key, int64_t hash) {
  Value okey, ovalue;
  {
    ObjLock g(d);
    int64_t ix;
    int r = find(ts, d, g, key, hash, &ix);
    if (r != kFound) return r;
    remove_entry(d, ix, &okey, &ovalue);
  }
  decref(okey);
  decref(ovalue);
  return 1;
}

bool dict_next_hash(Dict* d, int64_t* pos, Ref* key, Ref* value, int64_t* hash) {
  ObjLock g(d);
  DictKeys* t = keys_of(d);
  if (!t) return false;
  int64_t i = *pos < 0 ? 0 : *pos;
  while (i < t->nentries && t->entries[i].key.is_null()) i++;
  if (i >= t->nentries) return false;
  const DictEntry& e = t->entries[i];
  *pos = i + 1;
  if (hash) *hash = e.hash;
  Ref k = Ref::borrow(e.key);
  Ref v = Ref::borrow(e.value);
  g.unlock();  // the caller's previous key/value may be released below
  if (key) *key = std::move(k);
  if (value) *value = std::move(v);
  return true;
}

Ref dict_get(ThreadState* ts, Dict* d, Value key) {
  int64_t hash = key_hash(ts, key);
  if (hash == -1) return nullptr;
  Ref v;
  dict_lookup_known_hash(ts, d, key, hash, &v);
  return v;
}

Ref dict_get_str(ThreadState* ts, Dict* d, Str* key) {
  Ref v;
  dict_lookup_known_hash(ts, d, Value(key), str_hash(key), &v);
  return v;
}

int dict_set(ThreadState* ts, Dict* d, Value key, Value value) {
  int64_t hash = key_hash(ts, key);
  if (hash == -1) return -1;
  return dict_set_known_hash(ts, d, key, hash, value);
}

int dict_set_str(ThreadState* ts, Dict* d, const char* key, Value value) {
  Str* k = intern_str(ts, key);
  if (!k) return -1;
  return dict_set_known_hash(ts, d, Value(k), str_hash(k), value);
}

int dict_del(ThreadState* ts, Dict* d, Value key) {
  int64_t hash = key_hash(ts, key);
  if (hash == -1) return -1;
  int r = dict_discard_known_hash(ts, d, key, hash);
  if (r < 0) return -1;
  if (r == 0) {
    set_key_error(ts, key);
    return -1;
  }
  return 0;
}

int dict_contains(ThreadState* ts, Dict* d, Value key) {
  int64_t hash = key_hash(ts, key);
  if (hash == -1) return -1;
  Ref v;
  return dict_lookup_known_hash(ts, d, key, hash, &v);
}

int64_t dict_size(Dict* d) { return dict_len(d); }

bool dict_next(Dict* d, int64_t* pos, Ref* key, Ref* value) {
  Ref k, v;
  if (!dict_next_hash(d, pos, &k, &v, nullptr)) return false;
  if (key) *key = std::move(k);
  if (value) *value = std::move(v);
  return true;
}

int dict_update(ThreadState* ts, Dict* d, Value other) { return update_from_arg(ts, d, other); }

int dict_merge(ThreadState* ts, Dict* d, Value other, bool override_existing) {
  return merge_impl(ts, d, other, override_existing, false);
}

Ref dict_copy(ThreadState* ts, Dict* d) {
  Ref r = alloc_dict(ts, &dict_type);
  if (!r) return nullptr;
  if (merge_from_dict(ts, r.as<Dict>(), d, true, false) < 0) return nullptr;
  return r;
}

Ref dict_keys_list(ThreadState* ts, Dict* d) {
  OwnedValues vals;
  {
    ObjLock g(d);
    DictKeys* t = keys_of(d);
    if (t) {
      if (!vals.reserve(ts, static_cast<size_t>(dict_len(d)))) return nullptr;
      for (int64_t i = 0; i < t->nentries; i++)
        if (!t->entries[i].key.is_null()) vals.push_borrowed(t->entries[i].key);
    }
  }
  Ref l = new_list(static_cast<int64_t>(vals.size()));
  if (!l) return set_no_memory(ts);
  Value* items = l.as<List>()->items.load(std::memory_order_relaxed);
  for (size_t i = 0; i < vals.size(); i++) items[i] = vals.v[i];
  vals.v.clear();
  return l;
}

bool dict_snapshot(ThreadState* ts, Dict* d, OwnedValues* keys, OwnedValues* values) {
  ObjLock g(d);
  DictKeys* t = keys_of(d);
  if (!t) return true;
  size_t n = static_cast<size_t>(dict_len(d));
  if ((keys && !keys->reserve(ts, n)) || (values && !values->reserve(ts, n))) return false;
  for (int64_t i = 0; i < t->nentries; i++) {
    if (t->entries[i].key.is_null()) continue;
    if (keys) keys->push_borrowed(t->entries[i].key);
    if (values) values->push_borrowed(t->entries[i].value);
  }
  return true;
}

Ref dict_items_list(ThreadState* ts, Dict* d) {
  Ref l = new_list(0);
  if (!l) return set_no_memory(ts);
  int64_t pos = 0;
  Ref k, v;
  while (dict_next(d, &pos, &k, &v)) {
    Ref pair = new_tuple({k.get(), v.get()});
    if (!pair || list_append(ts, l.as<List>(), pair.get()) < 0) return nullptr;
  }
  return l;
}

Ref dict_pop(ThreadState* ts, Dict* d, Value key, Value deflt) {
  int64_t hash = key_hash(ts, key);
  if (hash == -1) return nullptr;
  Value okey, ovalue;
  {
    ObjLock g(d);
    int64_t ix;
    int r = find(ts, d, g, key, hash, &ix);
    if (r == kError) return nullptr;
    if (r == kMissing) {
      g.unlock();
      if (!deflt.is_null()) return Ref::borrow(deflt);
      set_key_error(ts, key);
      return nullptr;
    }
    remove_entry(d, ix, &okey, &ovalue);
  }
  decref(okey);
  return Ref::steal(ovalue);
}

Ref dict_subscript(ThreadState* ts, Value self, Value key) {
  Dict* d = as_dict(self);
  int64_t hash = key_hash(ts, key);
  if (hash == -1) return nullptr;
  Ref v;
  int r = dict_lookup_known_hash(ts, d, key, hash, &v);
  if (r > 0) return v;
  if (r < 0) return nullptr;
  if (!is_exact_dict(self)) {
    Ref missing = lookup_special(ts, self, ident(ts, "__missing__"));
    if (missing) return call1(ts, missing.get(), key);
    if (ts->has_error()) return nullptr;
  }
  set_key_error(ts, key);
  return nullptr;
}

void setup_dict_types() {
  Type& t = dict_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "dict";
  t.basic_size = sizeof(Dict);
  t.flags = kTypeBaseType | kTypeHasGC | kTypeImmutable | kTypeDictSubclass | kTypeMapping;
  t.base = &object_type;
  t.dealloc = dict_dealloc;
  t.traverse = dict_traverse;
  t.repr = dict_repr;
  t.hash = hash_not_implemented;
  t.richcompare = dict_richcompare;
  t.iter = dict_iter;
  t.new_ = dict_new_slot;
  t.init = dict_init_slot;
  t.len = dict_len_slot;
  t.getitem = dict_subscript;
  t.setitem = dict_setitem_slot;
  t.contains = dict_contains_slot;
  t.binary[static_cast<int>(BinOp::Or)] = dict_or;
  t.inplace[static_cast<int>(BinOp::Or)] = dict_ior;
  t.methods = dict_methods;
  t.doc =
      "dict() -> new empty dictionary\n"
      "dict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\n"
      "dict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n"
      "        d[k] = v\n"
      "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
      "    in the keyword argument list.  For example:  dict(one=1, two=2)";
  register_static_type(&t);
}

}  // namespace weft

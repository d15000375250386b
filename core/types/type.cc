// `type` and `object`: attribute lookup along the MRO (with a version-tagged
// cache), the generic getattr/setattr algorithm, isinstance/issubclass, and
// readying of static types. Class creation is in type_new.cc, slots in type_slots.cc.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include "core/types/type_internal.h"
#include "core/vm/eval.h"

namespace weft {

Type type_type, object_type;

// ---- version tags and the subclass registry ------------------------------------
namespace {
std::atomic<uint32_t> g_next_version{1};
std::mutex g_subclasses_mu;  // guards every Type::subclasses vector

std::vector<Type*>* subs_of(Type* t) { return static_cast<std::vector<Type*>*>(t->subclasses); }
}  // namespace

uint32_t next_type_version() {
  uint32_t v = g_next_version.fetch_add(1, std::memory_order_relaxed);
  if (v == 0) v = g_next_version.fetch_add(1, std::memory_order_relaxed);
  return v;
}

void subclasses_add(Type* base, Type* sub) {
  std::lock_guard<std::mutex> g(g_subclasses_mu);
  if (!base->subclasses) base->subclasses = new std::vector<Type*>();
  subs_of(base)->push_back(sub);
}

void subclasses_remove(Type* base, Type* sub) {
  std::lock_guard<std::mutex> g(g_subclasses_mu);
  auto* v = subs_of(base);
  if (!v) return;
  v->erase(std::remove(v->begin(), v->end(), sub), v->end());
}

Ref subclasses_list(ThreadState* ts, Type* t) {
  std::vector<Ref> items;
  {
    std::lock_guard<std::mutex> g(g_subclasses_mu);
    if (auto* v = subs_of(t))
      for (Type* s : *v)
        if (refcount_of(s) > 0) items.push_back(Ref::borrow(Value(s)));
  }
  Ref list = new_list(0);
  if (!list) return nullptr;
  for (auto& r : items)
    if (list_append(ts, list.as<List>(), r.get()) < 0) return nullptr;
  return list;
}

// Version tags are assigned lazily (type_version_tag) and reset to 0 by
// type_modified. Invariant: a type with a valid tag has bases with valid tags,
// so the invalidation walk can stop at a type whose tag is already 0.
static void invalidate_locked(Type* t) {
  if (t->version.load(std::memory_order_relaxed) == 0) return;
  t->version.store(0, std::memory_order_release);
  if (auto* v = subs_of(t))
    for (Type* s : *v) invalidate_locked(s);
}

void type_modified(Type* t) {
  std::lock_guard<std::mutex> g(g_subclasses_mu);
  if (t->version.load(std::memory_order_relaxed) == 0) {
    // Already invalid; subclasses may still have been given tags by a racing
    // assignment that then lost, so walk them anyway (cheap: they stop at 0).
    if (auto* v = subs_of(t))
      for (Type* s : *v) invalidate_locked(s);
    return;
  }
  invalidate_locked(t);
}

static void set_collection_flag_locked(Type* t, uint64_t flag) {
  if (!t->has_flag(kTypeHeap) || t->has_flag(kTypeSequence | kTypeMapping)) return;
  t->flags |= flag;
  if (auto* v = subs_of(t))
    for (Type* s : *v) set_collection_flag_locked(s, flag);
}

void type_set_collection_flag(Type* t, uint64_t flag) {
  std::lock_guard<std::mutex> g(g_subclasses_mu);
  set_collection_flag_locked(t, flag & (kTypeSequence | kTypeMapping));
}

uint32_t type_version_tag(Type* t) {
  uint32_t v = t->version.load(std::memory_order_acquire);
  if (v) return v;
  // Bases first, so the invariant above holds.
  if (Tuple* mro = t->mro) {
    for (int64_t i = 1; i < mro->length; i++)
      if (is_type(mro->items[i]) && !type_version_tag(as_type(mro->items[i]))) return 0;
  } else if (t->base && !type_version_tag(t->base)) {
    return 0;
  }
  std::lock_guard<std::mutex> g(g_subclasses_mu);
  v = t->version.load(std::memory_order_relaxed);
  if (v) return v;
  // Under the lock no invalidation walk is running: re-check the bases.
  if (Tuple* mro = t->mro) {
    for (int64_t i = 1; i < mro->length; i++)
      if (is_type(mro->items[i]) && !as_type(mro->items[i])->version.load(std::memory_order_relaxed))
        return 0;
  } else if (t->base && !t->base->version.load(std::memory_order_relaxed)) {
    return 0;
  }
  v = next_type_version();
  t->version.store(v, std::memory_order_release);
  return v;
}

// ---- MRO lookup and its cache ----------------------------------------------------
// A global direct-mapped cache keyed by (version tag, interned name). Version
// tags are unique across all types, so a tag names one state of one type's
// MRO. Each entry is a seqlock: writers make `seq` odd while they fill it;
// readers retry-free: a torn or changing entry is simply a miss.
namespace {
struct CacheEntry {
  std::atomic<uint32_t> seq{0};
  std::atomic<uint32_t> version{0};
  std::atomic<uintptr_t> name{0};
  std::atomic<uintptr_t> value{0};
};
constexpr size_t kCacheSize = 4096;
CacheEntry g_cache[kCacheSize];
constexpr uintptr_t kMissing = 2;  // cached "not found": a deferred null, never a stored Value

size_t cache_index(uint32_t version, Str* name) {
  uintptr_t h = (reinterpret_cast<uintptr_t>(name) >> 4) ^ (uintptr_t(version) * 0x9E3779B1u);
  return (h ^ (h >> 12)) & (kCacheSize - 1);
}

bool cache_get(uint32_t version, Str* name, uintptr_t* out) {
  CacheEntry& e = g_cache[cache_index(version, name)];
  uint32_t s1 = e.seq.load(std::memory_order_acquire);
  if (s1 & 1) return false;
  uint32_t v = e.version.load(std::memory_order_relaxed);
  uintptr_t n = e.name.load(std::memory_order_relaxed);
  uintptr_t val = e.value.load(std::memory_order_relaxed);
  std::atomic_thread_fence(std::memory_order_acquire);
  if (e.seq.load(std::memory_order_relaxed) != s1) return false;
  if (v != version || n != reinterpret_cast<uintptr_t>(name)) return false;
  *out = val;
  return true;
}

void cache_put(uint32_t version, Str* name, uintptr_t val) {
  CacheEntry& e = g_cache[cache_index(version, name)];
  uint32_t s = e.seq.load(std::memory_order_relaxed);
  if ((s & 1) || !e.seq.compare_exchange_strong(s, s + 1, std::memory_order_acquire,
                                                std::memory_order_relaxed))
    return;  // another writer is busy: skip caching
  std::atomic_thread_fence(std::memory_order_release);
  e.version.store(version, std::memory_order_relaxed);
  e.name.store(reinterpret_cast<uintptr_t>(name), std::memory_order_relaxed);
  e.value.store(val, std::memory_order_relaxed);
  e.seq.store(s + 2, std::memory_order_release);
}

Ref lookup_uncached(ThreadState* ts, Type* t, Str* name) {
  // Lookups also run while an exception is pending (deallocation during
  // unwinding): keep that exception out of the dict's way.
  Ref pending = ts->has_error() ? fetch_error(ts) : Ref();
  struct Restore {
    ThreadState* ts;
    Ref& pending;
    ~Restore() {
      if (pending) restore_error(ts, std::move(pending));
    }
  } restore{ts, pending};
  auto in_dict = [&](Type* k) -> Ref {
    if (!k->dict) return nullptr;
    Ref r = dict_get_str(ts, k->dict, name);
    if (!r && ts->has_error()) clear_error(ts);  // str keys: cannot really fail
    return r;
  };
  if (Tuple* mro = t->mro) {
    for (int64_t i = 0; i < mro->length; i++) {
      Value k = mro->items[i];
      if (!is_type(k)) continue;
      if (Ref r = in_dict(as_type(k))) return r;
    }
    return nullptr;
  }
  for (Type* k = t; k; k = k->base)
    if (Ref r = in_dict(k)) return r;
  return nullptr;
}
}  // namespace

Ref type_lookup_ref(Type* t, Str* name) {
  uint32_t version = name->interned ? type_version_tag(t) : 0;
  bool cacheable = version != 0;
  uintptr_t bits;
  if (cacheable && cache_get(version, name, &bits)) {
    if (bits == kMissing) return nullptr;
    return Ref::borrow(Value::from_bits(bits));
  }
  ThreadState* ts = current_thread_state();
  Ref r = lookup_uncached(ts, t, name);
  if (cacheable) cache_put(version, name, r ? r.get().bits() : kMissing);
  return r;
}

Value type_lookup(Type* t, Str* name) {
  Ref r = type_lookup_ref(t, name);
  return r.get();  // borrowed: the type's dict keeps it alive
}

Ref mro_lookup_after(Type* mro_of, Type* after, Str* name) {
  ThreadState* ts = current_thread_state();
  Tuple* mro = mro_of->mro;
  if (!mro) return nullptr;
  int64_t i = 0;
  while (i < mro->length && mro->items[i].as_object() != after) i++;
  for (i++; i < mro->length; i++) {
    Type* k = as_type(mro->items[i]);
    if (!k->dict) continue;
    Ref r = dict_get_str(ts, k->dict, name);
    if (r) return r;
    if (ts->has_error()) return nullptr;
  }
  return nullptr;
}

bool is_subtype(const Type* a, const Type* b) {
  if (a == b) return true;
  if (Tuple* mro = a->mro) {
    for (int64_t i = 0; i < mro->length; i++)
      if (mro->items[i].as_object() == b) return true;
    return false;
  }
  for (const Type* k = a; k; k = k->base)
    if (k == b) return true;
  return b == &object_type;
}

bool type_is_ready(const Type* t) { return t->has_flag(kTypeReady); }

// ---- names ---------------------------------------------------------------------------
const char* type_name(Value v) { return type_of(v)->name; }

Ref type_name_of(Value v) {
  Type* t = type_of(v);
  if (t->name_obj) return Ref::borrow(Value(t->name_obj));
  const char* dot = strrchr(t->name, '.');
  return new_str(dot ? dot + 1 : t->name);
}

std::string type_module_name(Type* t) {
  if (t->has_flag(kTypeHeap)) {
    if (t->dict) {
      ThreadState* ts = current_thread_state();
      Ref m = dict_get_str(ts, t->dict, ID("__module__"));
      if (m && is_str(m.get())) return str_std(m.get());
      if (ts->has_error()) clear_error(ts);
    }
    return "builtins";
  }
  const char* dot = strrchr(t->name, '.');
  if (dot) return std::string(t->name, dot - t->name);
  return "builtins";
}

std::string type_qualname_std(Type* t) {
  if (t->qualname) return str_std(t->qualname);
  const char* dot = strrchr(t->name, '.');
  return dot ? dot + 1 : t->name;
}

std::string type_repr_name(Type* t) {
  std::string mod = type_module_name(t);
  std::string q = type_qualname_std(t);
  if (mod == "builtins") return q;
  return mod + "." + q;
}

// ---- instance dicts and attribute errors -----------------------------------------------
Dict** instance_dict_slot(Value obj) {
  if (!obj.is_object()) return nullptr;
  Type* t = obj.as_object()->type;
  if (t->dict_offset <= 0) return nullptr;
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.as_object()) + t->dict_offset);
}

Ref instance_dict(ThreadState* ts, Value obj, bool create) {
  Dict** slot = instance_dict_slot(obj);
  if (!slot) return nullptr;
  Dict* d = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
  if (d) return Ref::borrow(dict_value(d));
  if (!create) return nullptr;
  Ref fresh = new_dict();
  if (!fresh) return nullptr;
  Dict* expected = nullptr;
  Dict* want = as_dict(fresh.get());
  if (__atomic_compare_exchange_n(slot, &expected, want, false, __ATOMIC_ACQ_REL,
                                  __ATOMIC_ACQUIRE)) {
    fresh.release();  // the object owns it now
    return Ref::borrow(dict_value(want));
  }
  return Ref::borrow(dict_value(expected));
}

void raise_attribute_error_msg(ThreadState* ts, Value obj, Str* name, const std::string& msg) {
  Ref exc = new_exception(ts, &AttributeError_type, msg);
  if (!exc) return;
  // 3.10+: AttributeError carries name and obj (used for "Did you mean").
  // The guard stops recursion should setting them raise AttributeError itself.
  static thread_local bool busy = false;
  if (!busy && exc.obj()->type->setattr) {
    busy = true;
    if (set_attr(ts, exc.get(), ID("name"), Value(name)) < 0) clear_error(ts);
    if (set_attr(ts, exc.get(), ID("obj"), obj) < 0) clear_error(ts);
    busy = false;
  }
  set_error_value(ts, exc.get());
}

void raise_attribute_error(ThreadState* ts, Value obj, Str* name) {
  std::string msg;
  if (is_type(obj))
    msg = "type object '" + std::string(as_type(obj)->name) + "' has no attribute '" +
          str_std(name) + "'";
  else
    msg = "'" + std::string(type_name(obj)) + "' object has no attribute '" + str_std(name) + "'";
  raise_attribute_error_msg(ts, obj, name, msg);
}

// ---- the generic attribute algorithm --------------------------------------------------
Ref generic_getattr(ThreadState* ts, Value obj, Str* name) {
  Type* tp = type_of(obj);
  Ref descr = type_lookup_ref(tp, name);
  DescrGetFn get = nullptr;
  if (descr) {
    Type* dt = type_of(descr.get());
    get = dt->descr_get;
    if (get && dt->descr_set) return get(ts, descr.get(), obj, Value(tp));
  }
  if (Ref d = instance_dict(ts, obj, false)) {
    Ref r = dict_get_str(ts, as_dict(d.get()), name);
    if (r || ts->has_error()) return r;
  }
  if (get) return get(ts, descr.get(), obj, Value(tp));
  if (descr) return descr;
  raise_attribute_error(ts, obj, name);
  return nullptr;
}

int generic_setattr(ThreadState* ts, Value obj, Str* name, Value v) {
  Type* tp = type_of(obj);
  Ref descr = type_lookup_ref(tp, name);
  if (descr) {
    DescrSetFn set = type_of(descr.get())->descr_set;
    if (set) return set(ts, descr.get(), obj, v);
  }
  if (!instance_dict_slot(obj)) {
    std::string msg = descr ? "'" + std::string(tp->name) + "' object attribute '" + str_std(name) +
                                  "' is read-only"
                            : "'" + std::string(tp->name) + "' object has no attribute '" +
                                  str_std(name) + "'";
    // CPython 3.11 raises these without name/obj, so no "Did you mean" follows.
    set_error(ts, &AttributeError_type, msg);
    return -1;
  }
  Ref d = instance_dict(ts, obj, !v.is_null());
  if (!v.is_null()) {
    if (!d) return -1;
    return dict_set(ts, as_dict(d.get()), Value(name), v);
  }
  if (d) {
    if (dict_del(ts, as_dict(d.get()), Value(name)) == 0) return 0;
    if (!error_matches(ts, &KeyError_type)) return -1;
    clear_error(ts);
  }
  raise_attribute_error(ts, obj, name);
  return -1;
}

Ref get_attr(ThreadState* ts, Value obj, Str* name) {
  Type* tp = type_of(obj);
  if (tp->getattr) return tp->getattr(ts, obj, name);
  raise_attribute_error(ts, obj, name);
  return nullptr;
}

Ref get_attr_str(ThreadState* ts, Value obj, const char* name) {
  return get_attr(ts, obj, intern_str(ts, name));
}

Ref get_attr_opt(ThreadState* ts, Value obj, Str* name) {
  Type* tp = type_of(obj);
  if (tp->getattr == generic_getattr) {
    // Fast path without materialising an AttributeError.
    Ref descr = type_lookup_ref(tp, name);
    DescrGetFn get = nullptr;
    if (descr) {
      Type* dt = type_of(descr.get());
      get = dt->descr_get;
      if (get && dt->descr_set) {
        Ref r = get(ts, descr.get(), obj, Value(tp));
        if (!r && error_matches(ts, &AttributeError_type)) clear_error(ts);
        return r;
      }
    }
    if (Ref d = instance_dict(ts, obj, false)) {
      Ref r = dict_get_str(ts, as_dict(d.get()), name);
      if (r || ts->has_error()) return r;
    }
    if (get) {
      Ref r = get(ts, descr.get(), obj, Value(tp));
      if (!r && error_matches(ts, &AttributeError_type)) clear_error(ts);
      return r;
    }
    return descr;
  }
  Ref r = get_attr(ts, obj, name);
  if (!r && error_matches(ts, &AttributeError_type)) clear_error(ts);
  return r;
}

int has_attr(ThreadState* ts, Value obj, Str* name) {
  Ref r = get_attr_opt(ts, obj, name);
  if (r) return 1;
  return ts->has_error() ? -1 : 0;
}

static int no_setattr_error(ThreadState* ts, Value obj, Str* name, bool del) {
  Type* tp = type_of(obj);
  if (!tp->getattr)
    set_errorf(ts, &TypeError_type, "'%s' object has no attributes (%s .%s)", tp->name,
               del ? "del" : "assign to", str_std(name).c_str());
  else
    set_errorf(ts, &TypeError_type, "'%s' object has only read-only attributes (%s .%s)",
               tp->name, del ? "del" : "assign to", str_std(name).c_str());
  return -1;
}

int set_attr(ThreadState* ts, Value obj, Str* name, Value v) {
  Type* tp = type_of(obj);
  if (tp->setattr) return tp->setattr(ts, obj, name, v);
  return no_setattr_error(ts, obj, name, false);
}

int del_attr(ThreadState* ts, Value obj, Str* name) {
  Type* tp = type_of(obj);
  if (tp->setattr) return tp->setattr(ts, obj, name, Value());
  return no_setattr_error(ts, obj, name, true);
}

// Types whose instances' methods can be called unbound with self prepended.
static bool is_method_like(Value descr) {
  Type* t = type_of(descr);
  return t == &function_type || t == &method_descriptor_type || t == &wrapper_descriptor_type;
}

Ref get_method(ThreadState* ts, Value obj, Str* name, bool* unbound) {
  *unbound = false;
  Type* tp = type_of(obj);
  if (tp->getattr != generic_getattr) return get_attr(ts, obj, name);
  Ref descr = type_lookup_ref(tp, name);
  DescrGetFn get = nullptr;
  bool meth = false;
  if (descr) {
    if (is_method_like(descr.get())) {
      meth = true;
    } else {
      Type* dt = type_of(descr.get());
      get = dt->descr_get;
      if (get && dt->descr_set) return get(ts, descr.get(), obj, Value(tp));
    }
  }
  if (Ref d = instance_dict(ts, obj, false)) {
    Ref r = dict_get_str(ts, as_dict(d.get()), name);
    if (r || ts->has_error()) return r;
  }
  if (meth) {
    *unbound = true;
    return descr;
  }
  if (get) return get(ts, descr.get(), obj, Value(tp));
  if (descr) return descr;
  raise_attribute_error(ts, obj, name);
  return nullptr;
}

Ref lookup_special(ThreadState* ts, Value obj, Str* name) {
  Type* tp = type_of(obj);
  Ref r = type_lookup_ref(tp, name);
  if (!r) return nullptr;
  DescrGetFn get = type_of(r.get())->descr_get;
  if (get) return get(ts, r.get(), obj, Value(tp));
  return r;
}

// ---- isinstance / issubclass ---------------------------------------------------------
static Ref get_bases(ThreadState* ts, Value cls) {
  Ref b = get_attr_opt(ts, cls, ID("__bases__"));
  if (b && !is_tuple(b.get())) return nullptr;
  return b;
}

static int abstract_issubclass(ThreadState* ts, Value derived, Value cls) {
  for (;;) {
    if (derived.is(cls)) return 1;
    Ref bases = get_bases(ts, derived);
    if (!bases) return ts->has_error() ? -1 : 0;
    Tuple* t = bases.as<Tuple>();
    if (t->length == 0) return 0;
    if (t->length == 1) {  // avoid recursion in the single-inheritance case
      Ref next = Ref::borrow(t->items[0]);
      bases = nullptr;
      derived = next.get();
      if (derived.is(cls)) return 1;
      Ref more = get_bases(ts, derived);
      if (!more) return ts->has_error() ? -1 : 0;
      bases = std::move(more);
      t = bases.as<Tuple>();
      if (t->length == 0) return 0;
    }
    if (check_native_stack(ts, " in __subclasscheck__")) return -1;
    for (int64_t i = 0; i < t->length; i++) {
      int r = abstract_issubclass(ts, t->items[i], cls);
      if (r != 0) return r;
    }
    return 0;
  }
}

static bool check_class(ThreadState* ts, Value cls, const char* msg) {
  Ref b = get_bases(ts, cls);
  if (!b) {
    if (!ts->has_error()) set_error(ts, &TypeError_type, msg);
    return false;
  }
  return true;
}

static int object_isinstance(ThreadState* ts, Value inst, Value cls) {
  if (is_type(cls)) {
    if (isinstance_of(inst, as_type(cls))) return 1;
    Ref c = get_attr_opt(ts, inst, ID("__class__"));
    if (!c) return ts->has_error() ? -1 : 0;
    if (c.get().is(Value(type_of(inst))) || !is_type(c.get())) return 0;
    return is_subtype(as_type(c.get()), as_type(cls)) ? 1 : 0;
  }
  if (!check_class(ts, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
    return -1;
  Ref c = get_attr_opt(ts, inst, ID("__class__"));
  if (!c) return ts->has_error() ? -1 : 0;
  return abstract_issubclass(ts, c.get(), cls);
}

static int object_issubclass(ThreadState* ts, Value derived, Value cls) {
  if (is_type(cls) && is_type(derived)) return is_subtype(as_type(derived), as_type(cls)) ? 1 : 0;
  if (!check_class(ts, derived, "issubclass() arg 1 must be a class")) return -1;
  if (!check_class(ts, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
    return -1;
  return abstract_issubclass(ts, derived, cls);
}

int isinstance(ThreadState* ts, Value obj, Value cls) {
  if (Value(type_of(obj)).is(cls)) return 1;
  if (cls.is_object() && cls.as_object()->type == &type_type)
    return object_isinstance(ts, obj, cls);
  if (is_tuple(cls)) {
    if (check_native_stack(ts, " in __instancecheck__")) return -1;
    Tuple* t = static_cast<Tuple*>(cls.as_object());
    for (int64_t i = 0; i < t->length; i++) {
      int r = isinstance(ts, obj, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  Ref checker = lookup_special(ts, cls, ID("__instancecheck__"));
  if (checker) {
    if (check_native_stack(ts, " in __instancecheck__")) return -1;
    Ref r = call1(ts, checker.get(), obj);
    if (!r) return -1;
    return truthy(ts, r.get());
  }
  if (ts->has_error()) return -1;
  return object_isinstance(ts, obj, cls);
}

int issubclass(ThreadState* ts, Value derived, Value cls) {
  if (cls.is_object() && cls.as_object()->type == &type_type) {
    if (derived.is(cls)) return 1;
    return object_issubclass(ts, derived, cls);
  }
  if (is_tuple(cls)) {
    if (check_native_stack(ts, " in __subclasscheck__")) return -1;
    Tuple* t = static_cast<Tuple*>(cls.as_object());
    for (int64_t i = 0; i < t->length; i++) {
      int r = issubclass(ts, derived, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  Ref checker = lookup_special(ts, cls, ID("__subclasscheck__"));
  if (checker) {
    if (check_native_stack(ts, " in __subclasscheck__")) return -1;
    Ref r = call1(ts, checker.get(), derived);
    if (!r) return -1;
    return truthy(ts, r.get());
  }
  if (ts->has_error()) return -1;
  return object_issubclass(ts, derived, cls);
}

// ---- object ---------------------------------------------------------------------------
static void object_dealloc(Object* o) { free_object(o); }

int64_t pointer_hash(const void* p) {
  uintptr_t y = reinterpret_cast<uintptr_t>(p);
  y = (y >> 4) | (y << (8 * sizeof(y) - 4));
  int64_t h = static_cast<int64_t>(y);
  return h == -1 ? -2 : h;
}

static int64_t object_hash(ThreadState*, Value v) {
  if (v.is_small_int()) return int_hash(v);
  return pointer_hash(v.as_object());
}

static Ref object_repr(ThreadState* ts, Value v) {
  Type* t = type_of(v);
  std::string mod = type_module_name(t);
  std::string q = type_qualname_std(t);
  const void* p = v.is_small_int() ? reinterpret_cast<const void*>(v.bits()) : v.as_object();
  if (mod != "builtins") return str_from_format("<%s.%s object at %p>", mod.c_str(), q.c_str(), p);
  return str_from_format("<%s object at %p>", q.c_str(), p);
}

static Ref object_str(ThreadState* ts, Value v) {
  // The repr slot directly: str() then reports a non-str as "__str__ returned".
  Type* t = type_of(v);
  if (t->repr) return t->repr(ts, v);
  return object_repr(ts, v);
}

Ref object_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  switch (op) {
    case CmpOp::Eq:
      return a.is(b) ? new_bool(true) : new_notimpl();
    case CmpOp::Ne: {
      RichCmpFn eq = type_of(a)->richcompare;
      if (!eq) return new_notimpl();
      Ref r = eq(ts, a, b, CmpOp::Eq);
      if (!r || r.get().is(NotImpl())) return r;
      int t = truthy(ts, r.get());
      if (t < 0) return nullptr;
      return new_bool(!t);
    }
    default:
      return new_notimpl();
  }
}

static bool excess_args(size_t nargs, Tuple* kwnames) {
  return nargs > 0 || (kwnames && kwnames->length > 0);
}

Ref object_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (excess_args(nargs, kwnames)) {
    if (type->new_ != object_new) {
      set_error(ts, &TypeError_type,
                "object.__new__() takes exactly one argument (the type to instantiate)");
      return nullptr;
    }
    if (type->init == object_init) {
      set_errorf(ts, &TypeError_type, "%s() takes no arguments", type->name);
      return nullptr;
    }
  }
  if (type->has_flag(kTypeAbstract)) {
    Ref abstracts = type->dict ? dict_get_str(ts, type->dict, ID("__abstractmethods__")) : Ref();
    if (!abstracts && ts->has_error()) return nullptr;
    std::vector<std::string> names;
    if (abstracts) {
      bool ok = for_each(ts, abstracts.get(), [&](Value item) {
        if (is_str(item)) names.push_back(str_std(item));
        return true;
      });
      if (!ok) return nullptr;
    }
    std::sort(names.begin(), names.end());
    std::string joined;
    for (size_t i = 0; i < names.size(); i++) joined += (i ? ", " : "") + names[i];
    set_errorf(ts, &TypeError_type, "Can't instantiate abstract class %s with abstract method%s %s",
               type->name, names.size() > 1 ? "s" : "", joined.c_str());
    return nullptr;
  }
  Object* o = alloc_object(type, type->basic_size);
  if (!o) return set_no_memory(ts);
  return Ref::steal(Value(o));
}

int object_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (excess_args(nargs, kwnames)) {
    Type* type = type_of(self);
    if (type->init != object_init) {
      set_error(ts, &TypeError_type,
                "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (type->new_ == object_new) {
      set_errorf(ts, &TypeError_type,
                 "%s.__init__() takes exactly one argument (the instance to initialize)",
                 type->name);
      return -1;
    }
  }
  return 0;
}

static Ref object_format(ThreadState* ts, Value self, const Value* args, size_t nargs,
                         Tuple* kwnames) {
  Value spec;
  if (!parse_args(ts, "object.__format__", args, nargs, kwnames, {"format_spec"}, 1, &spec, 1))
    return nullptr;
  if (!is_str(spec)) {
    set_errorf(ts, &TypeError_type, "__format__() argument must be str, not %s", type_name(spec));
    return nullptr;
  }
  if (static_cast<Str*>(spec.as_object())->length > 0) {
    set_errorf(ts, &TypeError_type, "unsupported format string passed to %s.__format__",
               type_of(self)->name);
    return nullptr;
  }
  return str_of(ts, self);
}

static Ref object_sizeof(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, "__sizeof__", kw)) return nullptr;
  return new_int(static_cast<int64_t>(type_of(self)->basic_size));
}

static Ref object_init_subclass(ThreadState* ts, Value cls, const Value*, size_t nargs,
                                Tuple* kwnames) {
  size_t npos = nargs;
  if (npos > 0) {
    set_errorf(ts, &TypeError_type, "%s.__init_subclass__() takes no arguments (%zu given)",
               is_type(cls) ? as_type(cls)->name : "object", npos);
    return nullptr;
  }
  if (kwnames && kwnames->length > 0) {
    std::string name = is_type(cls) ? type_qualname_std(as_type(cls)) : "object";
    set_errorf(ts, &TypeError_type, "%s.__init_subclass__() takes no keyword arguments",
               name.c_str());
    return nullptr;
  }
  return new_none();
}

static Ref object_subclasshook(ThreadState*, Value, const Value*, size_t, Tuple*) {
  return new_notimpl();
}

// dir(obj): instance dict keys plus everything reachable from obj.__class__.
static int merge_class_dict(ThreadState* ts, Dict* into, Value cls) {
  if (check_native_stack(ts, " in __dir__")) return -1;
  Ref d = get_attr_opt(ts, cls, ID("__dict__"));
  if (!d && ts->has_error()) return -1;
  if (d && dict_update(ts, into, d.get()) < 0) return -1;
  Ref bases = get_attr_opt(ts, cls, ID("__bases__"));
  if (!bases) return ts->has_error() ? -1 : 0;
  if (!is_tuple(bases.get())) return 0;
  Tuple* t = bases.as<Tuple>();
  for (int64_t i = 0; i < t->length; i++)
    if (merge_class_dict(ts, into, t->items[i]) < 0) return -1;
  return 0;
}

static Ref object_dir(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, "__dir__", kw)) return nullptr;
  Ref d = get_attr_opt(ts, self, ID("__dict__"));
  if (!d && ts->has_error()) return nullptr;
  Ref result;
  if (d && is_dict(d.get()))
    result = dict_copy(ts, as_dict(d.get()));
  else
    result = new_dict();
  if (!result) return nullptr;
  Ref cls = get_attr_opt(ts, self, ID("__class__"));
  if (!cls && ts->has_error()) return nullptr;
  if (cls && merge_class_dict(ts, as_dict(result.get()), cls.get()) < 0) return nullptr;
  return dict_keys_list(ts, as_dict(result.get()));
}

static Ref object_get_class(ThreadState*, Value self) { return Ref::borrow(Value(type_of(self))); }
static int object_set_class_gs(ThreadState* ts, Value self, Value v) {
  return object_set_class(ts, self, v);
}

// The wrappers of __getattribute__/__setattr__/__delattr__ and the other slots
// of object come from type_slots.cc (add_slot_wrappers).
static const MethodDef object_methods[] = {
    {"__reduce_ex__", object_reduce_ex, kMethInstance, "Helper for pickle."},
    {"__reduce__", object_reduce, kMethInstance, "Helper for pickle."},
    {"__getstate__", object_getstate, kMethInstance, "Helper for pickle."},
    {"__subclasshook__", object_subclasshook, kMethClass,
     "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", object_init_subclass, kMethClass,
     "This method is called when a class is subclassed."},
    {"__format__", object_format, kMethInstance, "Default object formatter."},
    {"__sizeof__", object_sizeof, kMethInstance, "Size of object in memory, in bytes."},
    {"__dir__", object_dir, kMethInstance, "Default dir() implementation."},
    {nullptr, nullptr, 0, nullptr}};

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class_gs, "the object's class"},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- type: attributes ---------------------------------------------------------------
Ref type_getattro(ThreadState* ts, Value self, Str* name) {
  Type* type = as_type(self);
  Type* meta = type_of(self);
  Ref meta_attr = type_lookup_ref(meta, name);
  DescrGetFn meta_get = nullptr;
  if (meta_attr) {
    Type* mt = type_of(meta_attr.get());
    meta_get = mt->descr_get;
    if (meta_get && mt->descr_set) return meta_get(ts, meta_attr.get(), self, Value(meta));
  }
  Ref attr = type_lookup_ref(type, name);
  if (attr) {
    DescrGetFn local_get = type_of(attr.get())->descr_get;
    if (local_get) return local_get(ts, attr.get(), Value(), self);
    return attr;
  }
  if (meta_get) return meta_get(ts, meta_attr.get(), self, Value(meta));
  if (meta_attr) return meta_attr;
  raise_attribute_error(ts, self, name);
  return nullptr;
}

int type_setattro(ThreadState* ts, Value self, Str* name, Value v) {
  Type* type = as_type(self);
  if (!type->has_flag(kTypeHeap) || type->has_flag(kTypeImmutable)) {
    set_errorf(ts, &TypeError_type, "cannot set '%s' attribute of immutable type '%s'",
               str_std(name).c_str(), type->name);
    return -1;
  }
  // Data descriptors of the metatype (__name__, __doc__, __bases__...) first.
  Type* meta = type_of(self);
  if (Ref meta_attr = type_lookup_ref(meta, name)) {
    DescrSetFn set = type_of(meta_attr.get())->descr_set;
    if (set) return set(ts, meta_attr.get(), self, v);
  }
  // Keys of type dicts are exact, interned strings (a str subclass key could
  // run Python code inside the dict while we hold the type's lock).
  Str* key = name->interned ? name : intern_str(ts, str_utf8(name));
  Ref old;
  int rc;
  type_modified(type);  // before and after: no tag handed out meanwhile survives
  {
    type->mutex.lock();
    old = dict_get_str(ts, type->dict, key);
    if (!v.is_null()) {
      rc = dict_set(ts, type->dict, Value(key), v);
    } else if (!old) {
      rc = -1;
    } else {
      rc = dict_del(ts, type->dict, Value(key));
    }
    type->mutex.unlock();
  }
  type_modified(type);
  if (rc < 0 && v.is_null() && !ts->has_error()) {
    raise_attribute_error(ts, self, name);
    return -1;
  }
  if (rc < 0) return -1;
  std::string_view n = str_utf8(key);
  if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__")
    update_slots_after_set(type, key);
  return 0;
}

static Ref type_repr(ThreadState* ts, Value self) {
  Type* t = as_type(self);
  return str_from_format("<class '%s'>", type_repr_name(t).c_str());
}

// type.__call__: __new__, then __init__ if the result is an instance.
static Ref type_call(ThreadState* ts, Value callable, const Value* args, size_t nargs,
                     Tuple* kwnames) {
  Type* type = as_type(callable);
  size_t nkw = kwnames ? kwnames->length : 0;
  if (type == &type_type) {
    if (nargs == 1 && nkw == 0) return Ref::borrow(Value(type_of(args[0])));
    if (nargs != 3) {
      set_error(ts, &TypeError_type, "type() takes 1 or 3 arguments");
      return nullptr;
    }
  }
  if (!type->new_) {
    set_errorf(ts, &TypeError_type, "cannot create '%s' instances", type->name);
    return nullptr;
  }
  Ref obj = type->new_(ts, type, args, nargs, kwnames);
  if (!obj) return nullptr;
  Type* ot = type_of(obj.get());
  if (ot != type && !is_subtype(ot, type)) return obj;
  if (ot->init && ot->init(ts, obj.get(), args, nargs, kwnames) < 0) return nullptr;
  return obj;
}

static int type_init(ThreadState* ts, Value self, const Value* args, size_t nargs,
                     Tuple* kwnames) {
  size_t npos = nargs;
  if (npos != 1 && npos != 3) {
    set_error(ts, &TypeError_type, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

// ---- type: getsets ----------------------------------------------------------------------
static bool check_heap_set(ThreadState* ts, Type* t, Value v, const char* what) {
  if (!t->has_flag(kTypeHeap) || t->has_flag(kTypeImmutable)) {
    set_errorf(ts, &TypeError_type, "cannot set '%s' attribute of immutable type '%s'", what,
               t->name);
    return false;
  }
  if (v.is_null()) {
    set_errorf(ts, &TypeError_type, "cannot delete '%s' attribute of immutable type '%s'", what,
               t->name);
    return false;
  }
  return true;
}

static Ref type_get_name(ThreadState* ts, Value self) {
  Type* t = as_type(self);
  if (t->name_obj) return Ref::borrow(Value(t->name_obj));
  const char* dot = strrchr(t->name, '.');
  return new_str(dot ? dot + 1 : t->name);
}

static int type_set_name(ThreadState* ts, Value self, Value v) {
  Type* t = as_type(self);
  if (!check_heap_set(ts, t, v, "__name__")) return -1;
  if (!is_str(v)) {
    set_errorf(ts, &TypeError_type, "can only assign string to %s.__name__, not '%s'", t->name,
               type_name(v));
    return -1;
  }
  std::string_view s = str_utf8(v);
  if (s.find('\0') != std::string_view::npos) {
    set_error(ts, &ValueError_type, "type name must not contain null characters");
    return -1;
  }
  HeapType* h = static_cast<HeapType*>(t);
  char* buf = static_cast<char*>(malloc(s.size() + 1));
  if (!buf) { set_no_memory(ts); return -1; }
  memcpy(buf, s.data(), s.size());
  buf[s.size()] = 0;
  char* old = h->name_buf;
  h->name = buf;
  h->name_buf = buf;
  store_ref(t, reinterpret_cast<Object**>(&t->name_obj), Ref::borrow(v));
  free(old);  // a racing reader of the old name is a benign hazard we accept
  type_modified(t);
  return 0;
}

static Ref type_get_qualname(ThreadState* ts, Value self) {
  Type* t = as_type(self);
  if (t->qualname) return Ref::borrow(Value(t->qualname));
  return type_get_name(ts, self);
}

static int type_set_qualname(ThreadState* ts, Value self, Value v) {
  Type* t = as_type(self);
  if (!check_heap_set(ts, t, v, "__qualname__")) return -1;
  if (!is_str(v)) {
    set_errorf(ts, &TypeError_type, "can only assign string to %s.__qualname__, not '%s'",
               t->name, type_name(v));
    return -1;
  }
  store_ref(t, reinterpret_cast<Object**>(&t->qualname), Ref::borrow(v));
  return 0;
}

static Ref type_get_module(ThreadState* ts, Value self) {
  Type* t = as_type(self);
  if (t->has_flag(kTypeHeap)) {
    Ref m = dict_get_str(ts, t->dict, ID("__module__"));
    if (m) return m;
    if (!ts->has_error()) raise_attribute_error(ts, self, ID("__module__"));
    return nullptr;
  }
  return new_str(type_module_name(t));
}

static int type_set_module(ThreadState* ts, Value self, Value v) {
  Type* t = as_type(self);
  if (!check_heap_set(ts, t, v, "__module__")) return -1;
  int rc = dict_set(ts, t->dict, Value(ID("__module__")), v);
  if (rc == 0) store_ref(t, &t->module, Ref::borrow(v));
  type_modified(t);
  return rc;
}

static Ref type_get_bases(ThreadState* ts, Value self) {
  Type* t = as_type(self);
  if (!t->bases) return Ref::borrow(Value(empty_tuple()));
  return Ref::borrow(Value(t->bases));
}

static int type_set_bases_gs(ThreadState* ts, Value self, Value v) {
  Type* t = as_type(self);
  if (!check_heap_set(ts, t, v, "__bases__")) return -1;
  return type_set_bases(ts, t, v);
}

static Ref type_get_base(ThreadState* ts, Value self) {
  Type* t = as_type(self);
  if (!t->base) return new_none();
  return Ref::borrow(Value(t->base));
}

static Ref type_get_mro(ThreadState* ts, Value self) {
  Type* t = as_type(self);
  if (!t->mro) return new_none();
  return Ref::borrow(Value(t->mro));
}

static Ref type_get_dict(ThreadState* ts, Value self) {
  Type* t = as_type(self);
  if (!t->dict) return new_none();
  Ref p = new_mappingproxy(dict_value(t->dict));
  if (!p) return set_no_memory(ts);
  return p;
}

static Ref type_get_doc(ThreadState* ts, Value self) {
  Type* t = as_type(self);
  if (!t->has_flag(kTypeHeap) && t->doc) return new_str(t->doc);
  Ref d = t->dict ? dict_get_str(ts, t->dict, ID("__doc__")) : Ref();
  if (!d) {
    if (ts->has_error()) return nullptr;
    return new_none();
  }
  DescrGetFn get = type_of(d.get())->descr_get;
  if (get) return get(ts, d.get(), Value(), self);
  return d;
}

static int type_set_doc(ThreadState* ts, Value self, Value v) {
  Type* t = as_type(self);
  if (!check_heap_set(ts, t, v, "__doc__")) return -1;
  int rc = dict_set(ts, t->dict, Value(ID("__doc__")), v);
  type_modified(t);
  return rc;
}

static Ref type_get_annotations(ThreadState* ts, Value self) {
  Type* t = as_type(self);
  if (!t->has_flag(kTypeHeap)) {
    raise_attribute_error(ts, self, ID("__annotations__"));
    return nullptr;
  }
  Ref a = dict_get_str(ts, t->dict, ID("__annotations__"));
  if (a) {
    DescrGetFn get = type_of(a.get())->descr_get;
    if (get) return get(ts, a.get(), Value(), self);
    return a;
  }
  if (ts->has_error()) return nullptr;
  Ref d = new_dict();
  if (!d) return nullptr;
  if (dict_set(ts, t->dict, Value(ID("__annotations__")), d.get()) < 0) return nullptr;
  type_modified(t);
  return d;
}

static int type_set_annotations(ThreadState* ts, Value self, Value v) {
  Type* t = as_type(self);
  if (!t->has_flag(kTypeHeap) || t->has_flag(kTypeImmutable)) {
    set_errorf(ts, &TypeError_type, "cannot set '__annotations__' attribute of immutable type '%s'",
               t->name);
    return -1;
  }
  int rc;
  if (v.is_null()) {
    rc = dict_del(ts, t->dict, Value(ID("__annotations__")));
    if (rc < 0 && error_matches(ts, &KeyError_type)) {
      clear_error(ts);
      raise_attribute_error(ts, self, ID("__annotations__"));
    }
  } else {
    rc = dict_set(ts, t->dict, Value(ID("__annotations__")), v);
  }
  type_modified(t);
  return rc;
}

static Ref type_get_abstractmethods(ThreadState* ts, Value self) {
  Type* t = as_type(self);
  Ref r = t != &type_type && t->dict ? dict_get_str(ts, t->dict, ID("__abstractmethods__")) : Ref();
  if (!r && !ts->has_error()) raise_attribute_error(ts, self, ID("__abstractmethods__"));
  return r;
}

static int type_set_abstractmethods(ThreadState* ts, Value self, Value v) {
  Type* t = as_type(self);
  int abstract = 0;
  int rc;
  if (!v.is_null()) {
    abstract = truthy(ts, v);
    if (abstract < 0) return -1;
    rc = dict_set(ts, t->dict, Value(ID("__abstractmethods__")), v);
  } else {
    rc = dict_del(ts, t->dict, Value(ID("__abstractmethods__")));
    if (rc < 0 && error_matches(ts, &KeyError_type)) {
      clear_error(ts);
      raise_attribute_error(ts, self, ID("__abstractmethods__"));
    }
  }
  if (rc < 0) return -1;
  if (abstract)
    t->flags |= kTypeAbstract;
  else
    t->flags &= ~uint64_t(kTypeAbstract);
  type_modified(t);
  return 0;
}

static Ref type_get_text_signature(ThreadState*, Value) { return new_none(); }
static Ref type_get_basicsize(ThreadState*, Value s) { return new_int(int64_t(as_type(s)->basic_size)); }
static Ref type_get_itemsize(ThreadState*, Value s) { return new_int(int64_t(as_type(s)->item_size)); }
static Ref type_get_dictoffset(ThreadState*, Value s) { return new_int(as_type(s)->dict_offset); }
static Ref type_get_weakrefoffset(ThreadState*, Value s) { return new_int(as_type(s)->weaklist_offset); }
static Ref type_get_flags(ThreadState*, Value s) {
  Type* t = as_type(s);
  // CPython's bit values for the flags programs commonly test.
  int64_t f = 0;
  if (t->has_flag(kTypeHeap)) f |= 1 << 9;
  if (t->has_flag(kTypeBaseType)) f |= 1 << 10;
  if (t->has_flag(kTypeHasGC)) f |= 1 << 14;
  if (t->has_flag(kTypeAbstract)) f |= 1 << 20;
  if (t->has_flag(kTypeSequence)) f |= 1 << 5;
  if (t->has_flag(kTypeMapping)) f |= 1 << 6;
  if (t->has_flag(kTypeIntSubclass)) f |= 1L << 24;
  if (t->has_flag(kTypeListSubclass)) f |= 1L << 25;
  if (t->has_flag(kTypeTupleSubclass)) f |= 1L << 26;
  if (t->has_flag(kTypeBytesSubclass)) f |= 1L << 27;
  if (t->has_flag(kTypeStrSubclass)) f |= 1L << 28;
  if (t->has_flag(kTypeDictSubclass)) f |= 1L << 29;
  if (t->has_flag(kTypeExcSubclass)) f |= 1L << 30;
  if (t->has_flag(kTypeTypeSubclass)) f |= 1L << 31;
  if (t->has_flag(kTypeImmutable)) f |= 1 << 8;
  return new_int(f);
}

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, nullptr},
    {"__qualname__", type_get_qualname, type_set_qualname, nullptr},
    {"__bases__", type_get_bases, type_set_bases_gs, nullptr},
    {"__base__", type_get_base, nullptr, nullptr},
    {"__mro__", type_get_mro, nullptr, nullptr},
    {"__module__", type_get_module, type_set_module, nullptr},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, nullptr},
    {"__dict__", type_get_dict, nullptr, nullptr},
    {"__doc__", type_get_doc, type_set_doc, nullptr},
    {"__text_signature__", type_get_text_signature, nullptr, nullptr},
    {"__annotations__", type_get_annotations, type_set_annotations, nullptr},
    {"__basicsize__", type_get_basicsize, nullptr, nullptr},
    {"__itemsize__", type_get_itemsize, nullptr, nullptr},
    {"__flags__", type_get_flags, nullptr, nullptr},
    {"__weakrefoffset__", type_get_weakrefoffset, nullptr, nullptr},
    {"__dictoffset__", type_get_dictoffset, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- type: methods ----------------------------------------------------------------------
static Ref type_mro_method(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (nargs || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "mro() takes no arguments (%zu given)", nargs);
    return nullptr;
  }
  Ref mro = compute_mro(ts, as_type(self));
  if (!mro) return nullptr;
  return sequence_to_list(ts, mro.get());
}

static Ref type_subclasses(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (nargs || (kw && kw->length)) {
    set_errorf(ts, &TypeError_type, "__subclasses__() takes no arguments (%zu given)", nargs);
    return nullptr;
  }
  return subclasses_list(ts, as_type(self));
}

static Ref type_instancecheck(ThreadState* ts, Value self, const Value* args, size_t nargs,
                              Tuple* kw) {
  Value inst;
  if (!parse_args(ts, "__instancecheck__", args, nargs, kw, {"instance"}, 1, &inst, 1))
    return nullptr;
  int r = object_isinstance(ts, inst, self);
  if (r < 0) return nullptr;
  return new_bool(r);
}

static Ref type_subclasscheck(ThreadState* ts, Value self, const Value* args, size_t nargs,
                              Tuple* kw) {
  Value sub;
  if (!parse_args(ts, "__subclasscheck__", args, nargs, kw, {"subclass"}, 1, &sub, 1))
    return nullptr;
  int r = object_issubclass(ts, sub, self);
  if (r < 0) return nullptr;
  return new_bool(r);
}

static Ref type_prepare(ThreadState* ts, Value, const Value*, size_t, Tuple*) { return new_dict(); }

static Ref type_dir(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, "__dir__", kw)) return nullptr;
  Ref d = new_dict();
  if (!d || merge_class_dict(ts, as_dict(d.get()), self) < 0) return nullptr;
  return dict_keys_list(ts, as_dict(d.get()));
}

static Ref type_sizeof(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Type* t = as_type(self);
  return new_int(static_cast<int64_t>(t->has_flag(kTypeHeap) ? sizeof(HeapType) : sizeof(Type)));
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, kMethInstance, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, kMethInstance,
     "Return a list of immediate subclasses."},
    {"__prepare__", type_prepare, kMethClass,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__instancecheck__", type_instancecheck, kMethInstance,
     "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, kMethInstance, "Check if a class is a subclass."},
    {"__dir__", type_dir, kMethInstance, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, kMethInstance, "Return memory consumption of the type object."},
    {nullptr, nullptr, 0, nullptr}};

// ---- readying static types ---------------------------------------------------------------
static int add_methods_and_getsets(ThreadState* ts, Type* t) {
  if (t->methods) {
    for (const MethodDef* m = t->methods; m->name; m++) {
      Ref d;
      if (m->flags & kMethClass) {
        d = new_classmethod_descr(t, m);
      } else if (m->flags & kMethStatic) {
        Ref f = new_native_function(m, Value(t));
        if (!f) return -1;
        d = new_staticmethod(f.get());
      } else {
        d = new_method_descr(t, m);
      }
      if (!d) return -1;
      if (dict_set(ts, t->dict, Value(intern_str(ts, m->name)), d.get()) < 0) return -1;
    }
  }
  if (t->getsets) {
    for (const GetSetDef* g = t->getsets; g->name; g++) {
      Ref d = new_getset_descr(t, g);
      if (!d) return -1;
      if (dict_set(ts, t->dict, Value(intern_str(ts, g->name)), d.get()) < 0) return -1;
    }
  }
  return 0;
}

static int set_static_names(ThreadState* ts, Type* t) {
  const char* dot = strrchr(t->name, '.');
  Str* n = intern_str(ts, dot ? dot + 1 : t->name);
  if (!n) return -1;
  if (!t->name_obj) t->name_obj = n;
  if (!t->qualname) t->qualname = n;
  return 0;
}

int type_ready(ThreadState* ts, Type* t) {
  if (t->has_flag(kTypeReady) || t->has_flag(kTypeReadying)) return 0;
  t->flags |= kTypeReadying;
  if (!t->type) t->type = &type_type;
  if (t != &object_type && !t->base) t->base = &object_type;
  Type* base = t->base;
  if (base && type_ready(ts, base) < 0) return -1;
  if (!t->has_flag(kTypeHeap)) t->flags |= kTypeImmutable;
  if (base) t->flags |= base->flags & kTypeInheritedFlags;
  if (set_static_names(ts, t) < 0) return -1;
  if (!t->dict) {
    Ref d = new_dict();
    if (!d) return -1;
    t->dict = as_dict(d.release());
  }
  if (!t->bases) {
    Ref b = base ? new_tuple({Value(base)}) : Ref::borrow(Value(empty_tuple()));
    if (!b) return -1;
    t->bases = static_cast<Tuple*>(b.release().as_object());
  }
  // A type that compares but defines no hash is unhashable (list, dict...).
  if (!t->hash && t->richcompare) t->hash = hash_not_implemented;
  if (add_methods_and_getsets(ts, t) < 0) return -1;
  if (add_slot_wrappers(ts, t) < 0) return -1;
  if (base) {
    inherit_slots(t, base);
    if (!t->basic_size) t->basic_size = base->basic_size;
    if (!t->item_size) t->item_size = base->item_size;
    if (!t->dict_offset) t->dict_offset = base->dict_offset;
    if (!t->weaklist_offset) t->weaklist_offset = base->weaklist_offset;
  }
  if (!t->hash) t->hash = hash_not_implemented;
  {
    Ref doc = dict_get_str(ts, t->dict, ID("__doc__"));
    if (!doc) {
      if (ts->has_error()) return -1;
      Ref dv = t->doc ? new_str(t->doc) : new_none();
      if (!dv || dict_set(ts, t->dict, Value(ID("__doc__")), dv.get()) < 0) return -1;
    }
  }
  if (!t->mro && t->bases->length > 1) {
    // A static type with several bases (ExceptionGroup): C3 over its ready bases.
    for (int64_t i = 0; i < t->bases->length; i++)
      if (type_ready(ts, as_type(t->bases->items[i])) < 0) return -1;
    Ref mro = compute_mro(ts, t);
    if (!mro) return -1;
    t->mro = static_cast<Tuple*>(mro.release().as_object());
  }
  if (!t->mro) {
    int64_t n = 0;
    for (Type* k = t; k; k = k->base) n++;
    Tuple* mro = new_tuple_uninit(n);
    if (!mro) return -1;
    int64_t i = 0;
    for (Type* k = t; k; k = k->base) {
      incref(Value(k));
      mro->items[i++] = Value(k);
    }
    t->mro = mro;
  }
  if (base) subclasses_add(base, t);
  t->flags = (t->flags & ~kTypeReadying) | kTypeReady;
  return 0;
}

// ---- setup ---------------------------------------------------------------------------------
void setup_object_types() {
  Type& o = object_type;
  o.type = &type_type;
  o.make_immortal();
  o.name = "object";
  o.basic_size = sizeof(Object);
  o.flags = kTypeBaseType;
  o.base = nullptr;
  o.dealloc = object_dealloc;
  o.repr = object_repr;
  o.str = object_str;
  o.hash = object_hash;
  o.richcompare = object_richcompare;
  o.getattr = generic_getattr;
  o.setattr = generic_setattr;
  o.new_ = object_new;
  o.init = object_init;
  o.methods = object_methods;
  o.getsets = object_getsets;
  o.doc =
      "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and "
      "returns a new featureless\ninstance that has no instance attributes and cannot be given "
      "any.\n";
  register_static_type(&o);

  Type& t = type_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "type";
  t.basic_size = sizeof(HeapType);
  t.flags = kTypeBaseType | kTypeHasGC | kTypeTypeSubclass;
  t.base = &object_type;
  t.dict_offset = reinterpret_cast<char*>(&type_type.dict) - reinterpret_cast<char*>(&type_type);
  t.dealloc = heap_type_dealloc;
  t.traverse = type_traverse;
  t.repr = type_repr;
  t.getattr = type_getattro;
  t.setattr = type_setattro;
  t.call = type_call;
  t.new_ = type_new;
  t.init = type_init;
  t.methods = type_methods;
  t.getsets = type_getsets;
  t.doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
  register_static_type(&t);
}

}  // namespace weft

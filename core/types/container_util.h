// Private helpers shared by the container types (tuple, list, dict, set,
// range, iterators): object locking, bounded-depth deallocation, fast hashing
// and equality for builtin keys, index conversion and repr building.
#pragma once

#include <new>
#include <string>
#include <utility>
#include <vector>

#include "core/runtime/abstract.h"
#include "core/types/types.h"

namespace weft {

// ---- locking -----------------------------------------------------------------
// Holds one object's mutex for a scope. Until threads/critical_section.h
// exists the containers lock through these tiny guards.
class ObjLock {
 public:
  explicit ObjLock(Object* o) : o_(o), held_(true) { o_->mutex.lock(); }
  ~ObjLock() { if (held_) o_->mutex.unlock(); }
  ObjLock(const ObjLock&) = delete;
  ObjLock& operator=(const ObjLock&) = delete;
  // Dropping and retaking the lock around a call into Python code.
  void unlock() { if (held_) { o_->mutex.unlock(); held_ = false; } }
  void lock() { if (!held_) { o_->mutex.lock(); held_ = true; } }
  bool held() const { return held_; }

 private:
  Object* o_;
  bool held_;
};

// Holds two objects' mutexes, taken in address order so that two threads
// locking the same pair can never deadlock; a == b locks once.
class ObjLock2 {
 public:
  ObjLock2(Object* a, Object* b) {
    if (a == b) b = nullptr;
    else if (b && b < a) std::swap(a, b);
    a_ = a;
    b_ = b;
    a_->mutex.lock();
    if (b_) b_->mutex.lock();
  }
  ~ObjLock2() {
    if (b_) b_->mutex.unlock();
    a_->mutex.unlock();
  }
  ObjLock2(const ObjLock2&) = delete;
  ObjLock2& operator=(const ObjLock2&) = delete;

 private:
  Object* a_;
  Object* b_;
};

// ---- owned value buffers -------------------------------------------------------
// A vector of owned references. The destructor drops them, so a buffer must
// go out of scope only after every container lock has been released.
struct OwnedValues {
  std::vector<Value> v;
  OwnedValues() = default;
  OwnedValues(const OwnedValues&) = delete;
  OwnedValues& operator=(const OwnedValues&) = delete;
  ~OwnedValues() { clear(); }
  void clear() {
    std::vector<Value> victims;
    victims.swap(v);
    for (Value x : victims) decref(x);
  }
  // Takes over the reference in r. False (MemoryError set) on failure.
  bool push(ThreadState* ts, Ref r) {
    try {
      v.push_back(r.get());
    } catch (const std::bad_alloc&) {
      set_no_memory(ts);
      return false;
    }
    r.release();
    return true;
  }
  // Pushes an owned reference to a borrowed value; never fails after reserve().
  void push_borrowed(Value x) {
    x = x.without_tag();
    incref(x);
    v.push_back(x);
  }
  bool reserve(ThreadState* ts, size_t n) {
    try {
      v.reserve(n);
    } catch (const std::bad_alloc&) {
      set_no_memory(ts);
      return false;
    }
    return true;
  }
  size_t size() const { return v.size(); }
  Value operator[](size_t i) const { return v[i]; }
};

// ---- bounded-depth deallocation ------------------------------------------------
// Deallocating ((((),),),) a million levels deep would recurse a million
// native frames. Exact container types pass through this guard: past a fixed
// depth the object is queued and released by the outermost dealloc instead.
struct DeallocDepth {
  static constexpr int kMaxDepth = 40;
  static inline thread_local int depth = 0;
  static inline thread_local std::vector<std::pair<Object*, void (*)(Object*)>>* pending = nullptr;
};

// Returns false when `o` was queued (the caller must return at once).
inline bool dealloc_enter(Object* o, void (*body)(Object*)) {
  if (DeallocDepth::depth >= DeallocDepth::kMaxDepth) {
    if (!DeallocDepth::pending) DeallocDepth::pending = new std::vector<std::pair<Object*, void (*)(Object*)>>();
    DeallocDepth::pending->emplace_back(o, body);
    return false;
  }
  ++DeallocDepth::depth;
  return true;
}
inline void dealloc_leave() {
  if (--DeallocDepth::depth > 0) return;
  auto* pending = DeallocDepth::pending;
  while (pending && !pending->empty()) {
    auto [o, body] = pending->back();
    pending->pop_back();
    body(o);  // re-enters dealloc_enter at depth 0, so it runs now
  }
}

// ---- hashing and equality ------------------------------------------------------
// hash() with the common cases inlined.
inline int64_t hash_fast(ThreadState* ts, Value v) {
  if (v.is_small_int()) return int_hash(v);
  if (is_exact_str(v)) return str_hash(static_cast<Str*>(v.as_object()));
  return hash_of(ts, v);
}

// Equality of two distinct keys when it needs no Python code: 1 equal,
// 0 different, -1 unknown (the caller must use rich_compare_bool, after
// dropping any lock it holds).
inline int eq_without_python(Value a, Value b) {
  if (a.is(b)) return 1;
  if (a.is_small_int() && b.is_small_int()) return 0;
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  auto is_plain_int = [](Type* t) { return t == &int_type || t == &bool_type; };
  if (ta == &str_type) {
    if (tb == &str_type) return str_equal(static_cast<Str*>(a.as_object()), static_cast<Str*>(b.as_object()));
    if (is_plain_int(tb) || tb == &float_type || tb == &tuple_type || tb == &none_type) return 0;
    return -1;
  }
  if (is_plain_int(ta) && is_plain_int(tb)) return int_compare(a, b) == 0;
  if (ta == &float_type && tb == &float_type) return float_value(a) == float_value(b);
  if (tb == &str_type && (is_plain_int(ta) || ta == &float_type || ta == &tuple_type || ta == &none_type))
    return 0;
  return -1;
}

// ---- indices -------------------------------------------------------------------
// True if v can be used as a sequence index (int or __index__).
inline bool is_index_like(Value v) { return is_int(v) || type_of(v)->index != nullptr; }

// operator.index(v) as int64, raising IndexError "cannot fit 'int' into an
// index-sized integer" when out of range (as sequence subscripts do).
inline bool index_for_subscript(ThreadState* ts, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  return index_to_i64(ts, v, out, &IndexError_type);
}

// Resolves the optional start/stop arguments of index()-like methods:
// negative values count from the end; stop is not clamped to the length.
inline bool resolve_search_bounds(ThreadState* ts, Value start, Value stop, int64_t len,
                                  int64_t* lo, int64_t* hi) {
  *lo = 0;
  *hi = INT64_MAX;
  auto conv = [&](Value v, int64_t* out) -> bool {
    if (v.is_null() || v.is(None())) return true;
    if (!is_index_like(v)) {
      set_error(ts, &TypeError_type, "slice indices must be integers or have an __index__ method");
      return false;
    }
    if (!index_to_i64(ts, v, out, nullptr)) return false;
    if (*out < 0) {
      *out += len;
      if (*out < 0) *out = 0;
    }
    return true;
  };
  return conv(start, lo) && conv(stop, hi);  // callers stop at the current length
}

// Whether `other` (the operand our slot cannot handle) might still handle the
// operation through a reflected method; if not, the sequence types raise
// CPython's own message ("can only concatenate tuple (not "int") to tuple").
inline bool other_may_reflect(ThreadState* ts, Value other, const char* rname) {
  Type* t = type_of(other);
  if (!t->has_flag(kTypeHeap)) return false;
  return !type_lookup(t, ident(ts, rname)).is_null();
}

// ---- repr building ---------------------------------------------------------------
// Appends repr(v) as UTF-8. False on error.
inline bool append_repr(ThreadState* ts, std::string& out, Value v) {
  Ref r = repr_of(ts, v);
  if (!r) return false;
  std::string_view s = str_utf8(r.get());
  try {
    out.append(s.data(), s.size());
  } catch (const std::bad_alloc&) {
    set_no_memory(ts);
    return false;
  }
  return true;
}

inline Ref str_from_std(ThreadState* ts, const std::string& s) { return new_str(s); }

// A new reference to v, stripped of the deferred tag (a deferred Value holds
// no count, so incref() on it would not take one).
inline Value own_ref(Value v) {
  v = v.without_tag();
  incref(v);
  return v;
}

// The iterator protocol's `__iter__` for iterator types: returns self.
inline Ref iter_self(ThreadState*, Value self) { return Ref::borrow(self); }

// Arguments of a native method: fails with CPython's "f() takes no keyword
// arguments" when keywords are given.
inline bool no_kw(ThreadState* ts, const char* fname, Tuple* kwnames) {
  return no_kwargs(ts, fname, kwnames);
}

// Number of keyword arguments in a vectorcall.
inline size_t kw_count(Tuple* kwnames) { return kwnames ? static_cast<size_t>(kwnames->length) : 0; }
// The number of positional arguments of a vectorcall. weft follows CPython's
// convention (type.h, core/vm/eval.cc CALL): nargs counts the positionals and
// the keyword values follow them. Every container method reads its argument
// count through here, so a change of convention is a one-line change.
inline size_t positional_count(size_t nargs, Tuple* kwnames) { return nargs; }

}  // namespace weft

namespace weft {
// `__class_getitem__` of the builtin generic containers (tuple.cc).
Ref class_getitem(ThreadState* ts, Value cls, const Value* args, size_t nargs, Tuple* kwnames);
}  // namespace weft

namespace weft {
// slice.cc: PySlice_Unpack / PySlice_AdjustIndices, split for callers that
// resolve one slice against a length that changes (list assignment).
bool slice_unpack(ThreadState* ts, Slice* s, int64_t* start, int64_t* stop, int64_t* step);
int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step);
// slice.indices(length) for arbitrarily large ints (_PySlice_GetLongIndices).
bool slice_long_indices(ThreadState* ts, Slice* s, Value length, Ref* start, Ref* stop, Ref* step);
}  // namespace weft

namespace weft {
// ---- argument-count checks with CPython's messages -----------------------------
// METH_O style: "list.append() takes exactly one argument (0 given)".
inline bool check_one_arg(ThreadState* ts, const char* qualname, size_t nargs, Tuple* kwnames) {
  if (kw_count(kwnames)) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs != 1) {
    set_errorf(ts, &TypeError_type, "%s() takes exactly one argument (%zu given)", qualname, nargs);
    return false;
  }
  return true;
}
// METH_NOARGS style: "list.copy() takes no arguments (1 given)".
inline bool check_no_args(ThreadState* ts, const char* qualname, size_t nargs, Tuple* kwnames) {
  if (kw_count(kwnames)) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs != 0) {
    set_errorf(ts, &TypeError_type, "%s() takes no arguments (%zu given)", qualname, nargs);
    return false;
  }
  return true;
}
// Argument Clinic positional-only style: "insert expected 2 arguments, got 0".
inline bool check_positional(ThreadState* ts, const char* name, size_t nargs, Tuple* kwnames,
                             size_t min, size_t max) {
  if (kw_count(kwnames)) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs < min) {
    set_errorf(ts, &TypeError_type, "%s expected %s%zu argument%s, got %zu", name,
               min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    set_errorf(ts, &TypeError_type, "%s expected %s%zu argument%s, got %zu", name,
               min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

// An int argument that must be an index ("'str' object cannot be interpreted as an integer").
inline bool arg_as_index(ThreadState* ts, Value v, int64_t* out, Type* overflow_exc) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!is_index_like(v)) {
    set_errorf(ts, &TypeError_type, "'%s' object cannot be interpreted as an integer", type_name(v));
    return false;
  }
  return index_to_i64(ts, v, out, overflow_exc);
}

// Converts `v` to owned items (list/tuple fast path, else iteration), with the
// TypeError of a non-iterable replaced by `msg` (PySequence_Fast).
bool sequence_fast(ThreadState* ts, Value v, const char* msg, OwnedValues& out);
}  // namespace weft

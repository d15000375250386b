// list: the mutable sequence, its iterators and the list C++ API.
// Every mutation holds the list's mutex; code that calls Python (__eq__ in
// index/count/remove/in, iteration of arguments) runs with the lock released
// and re-checks bounds afterwards. Sorting lives in list_sort.cc.
#include <cstdlib>
#include <cstring>

#include "core/types/container_util.h"
#include "core/types/dict.h"
#include "core/types/set.h"

namespace weft {

Type list_type, list_iter_type, list_reviter_type;

namespace {

struct ListIter : Object {
  List* seq;
  std::atomic<int64_t> index;  // next position; -1 once exhausted (forward) / finished (reverse)
};

List* as_list(Value v) { return static_cast<List*>(v.as_object()); }
int64_t len_of(List* l) { return l->length.load(std::memory_order_acquire); }
Value* items_of(List* l) { return l->items.load(std::memory_order_acquire); }
void set_len(List* l, int64_t n) { l->length.store(n, std::memory_order_release); }

// Replaces the items array by one of `capacity` slots keeping the first `keep`
// items. Caller holds the lock. The old array is freed at once: no reader can
// hold it because every reader takes the lock for now. With lock-free readers
// (issue 3: QSBR) it must instead be freed after a grace period.
bool realloc_items(List* l, int64_t capacity, int64_t keep) {
  Value* old = items_of(l);
  Value* fresh = nullptr;
  if (capacity > 0) {
    if (static_cast<uint64_t>(capacity) > (SIZE_MAX / 2) / sizeof(Value)) return false;
    fresh = static_cast<Value*>(std::malloc(static_cast<size_t>(capacity) * sizeof(Value)));
    if (!fresh) return false;
    if (keep > 0) std::memcpy(fresh, old, static_cast<size_t>(keep) * sizeof(Value));
  }
  l->items.store(fresh, std::memory_order_release);
  l->capacity = capacity;
  std::free(old);
  return true;
}

// Sets the length to `newsize`, growing or shrinking the array with CPython's
// over-allocation. Items past newsize must already have been moved out; new
// slots are uninitialised and must be filled before the lock is released.
bool list_resize(List* l, int64_t newsize) {
  int64_t cap = l->capacity;
  if (cap >= newsize && newsize >= (cap >> 1)) {
    set_len(l, newsize);
    return true;
  }
  int64_t len = len_of(l);
  int64_t alloc = (newsize + (newsize >> 3) + 6) & ~int64_t(3);
  if (newsize - len > alloc - newsize) alloc = (newsize + 3) & ~int64_t(3);
  if (newsize == 0) alloc = 0;
  if (!realloc_items(l, alloc, len < newsize ? len : newsize)) return false;
  set_len(l, newsize);
  return true;
}

Ref alloc_list(ThreadState* ts, Type* type, int64_t n) {
  List* l = static_cast<List*>(alloc_object(type, type->basic_size));
  if (!l) return ts ? set_no_memory(ts) : nullptr;
  Ref r = Ref::steal(Value(l));
  if (n > 0) {
    if (static_cast<uint64_t>(n) > (SIZE_MAX / 2) / sizeof(Value)) return ts ? set_no_memory(ts) : nullptr;
    Value* items = static_cast<Value*>(std::calloc(static_cast<size_t>(n), sizeof(Value)));
    if (!items) return ts ? set_no_memory(ts) : nullptr;
    l->items.store(items, std::memory_order_relaxed);
    l->capacity = n;
    l->length.store(n, std::memory_order_relaxed);
  }
  return r;
}

// Moves an owned buffer into a new exact list.
Ref list_from_owned(ThreadState* ts, OwnedValues& vals) {
  int64_t n = static_cast<int64_t>(vals.size());
  Ref r = alloc_list(ts, &list_type, n);
  if (!r) return nullptr;
  Value* items = items_of(r.as<List>());
  for (int64_t i = 0; i < n; i++) items[i] = vals.v[i];
  vals.v.clear();
  return r;
}

// Owned copy of l[lo:hi] (clamped to the current length).
bool snapshot(ThreadState* ts, List* l, int64_t lo, int64_t hi, OwnedValues& out) {
  ObjLock g(l);
  int64_t n = len_of(l);
  if (hi > n) hi = n;
  if (lo > hi) lo = hi;
  if (!out.reserve(ts, static_cast<size_t>(hi - lo))) return false;
  Value* items = items_of(l);
  for (int64_t i = lo; i < hi; i++) out.push_borrowed(items[i]);
  return true;
}

// Item i as a new reference, or null (no error) when i is out of range now.
Ref item_at(List* l, int64_t i) {
  ObjLock g(l);
  if (i < 0 || i >= len_of(l)) return nullptr;
  return Ref::borrow(items_of(l)[i]);
}

// l[i] == value: 1/0, -1 on error, 2 when i is past the end (the list may
// have shrunk while a user __eq__ ran).
int item_equals(ThreadState* ts, List* l, int64_t i, Value value) {
  Ref item;
  {
    ObjLock g(l);
    if (i >= len_of(l)) return 2;
    Value v = items_of(l)[i];
    int r = eq_without_python(v, value);
    if (r >= 0) return r;
    item = Ref::borrow(v);
  }
  return rich_compare_bool(ts, item.get(), value, CmpOp::Eq);
}

void list_dealloc_body(Object* o) {
  List* l = static_cast<List*>(o);
  Value* items = items_of(l);
  int64_t n = len_of(l);
  for (int64_t i = 0; i < n; i++) decref(items[i]);
  std::free(items);
  free_object(o);
}

void list_dealloc(Object* o) {
  if (o->type != &list_type) {
    list_dealloc_body(o);
    return;
  }
  if (!dealloc_enter(o, list_dealloc_body)) return;
  list_dealloc_body(o);
  dealloc_leave();
}

void list_traverse(Object* o, const Visitor& visit) {
  List* l = static_cast<List*>(o);
  Value* items = items_of(l);
  int64_t n = len_of(l);
  for (int64_t i = 0; i < n; i++) visit(items[i]);
}

// Empties the list; the references are dropped after the lock is released.
void list_clear_all(List* l) {
  Value* items;
  int64_t n;
  {
    ObjLock g(l);
    items = items_of(l);
    n = len_of(l);
    l->items.store(nullptr, std::memory_order_release);
    set_len(l, 0);
    l->capacity = 0;
  }
  for (int64_t i = 0; i < n; i++) decref(items[i]);
  std::free(items);  // issue 3 (QSBR): defer once readers go lock-free
}

// Replaces l[lo:hi] (clamped) by the owned items in `vals` (taken over).
bool assign_range(ThreadState* ts, List* l, int64_t lo, int64_t hi, OwnedValues& vals) {
  OwnedValues victims;
  int64_t n = static_cast<int64_t>(vals.size());
  {
    ObjLock g(l);
    int64_t len = len_of(l);
    if (lo < 0) lo = 0;
    else if (lo > len) lo = len;
    if (hi < lo) hi = lo;
    else if (hi > len) hi = len;
    int64_t removed = hi - lo;
    int64_t delta = n - removed;
    if (!victims.reserve(ts, static_cast<size_t>(removed))) return false;
    Value* items = items_of(l);
    for (int64_t i = lo; i < hi; i++) victims.v.push_back(items[i]);
    if (delta < 0) {
      std::memmove(items + hi + delta, items + hi, static_cast<size_t>(len - hi) * sizeof(Value));
      if (!list_resize(l, len + delta)) {
        // Shrinking in place never needs memory; keep the shorter list.
        set_len(l, len + delta);
      }
    } else if (delta > 0) {
      if (!list_resize(l, len + delta)) {
        victims.v.clear();  // nothing was removed
        set_no_memory(ts);
        return false;
      }
      items = items_of(l);
      std::memmove(items + hi + delta, items + hi, static_cast<size_t>(len - hi) * sizeof(Value));
    }
    items = items_of(l);
    for (int64_t i = 0; i < n; i++) items[lo + i] = vals.v[i];
    vals.v.clear();
  }
  return true;  // victims are released here, after the unlock
}

// ---- construction ---------------------------------------------------------------------

Ref list_new(ThreadState* ts, Type* type, const Value*, size_t, Tuple*) { return alloc_list(ts, type, 0); }

int list_extend_impl(ThreadState* ts, List* l, Value iterable);

int list_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kw_count(kwnames) && (type_of(self) == &list_type || type_of(self)->init == list_init)) {
    set_error(ts, &TypeError_type, "list() takes no keyword arguments");
    return -1;
  }
  nargs = positional_count(nargs, kwnames);
  if (nargs > 1) {
    set_errorf(ts, &TypeError_type, "list expected at most 1 argument, got %zu", nargs);
    return -1;
  }
  List* l = as_list(self);
  if (len_of(l) || items_of(l)) list_clear_all(l);
  if (nargs == 0) return 0;
  return list_extend_impl(ts, l, args[0]);
}


// list(d.keys()), list(d.values()), list(d.items()) of exact dicts copy in one
// critical section, like list(d): concurrent resizes cannot make them fail.
int extend_from_dict_view(ThreadState* ts, List* l, Type* view_type, Dict* d) {
  OwnedValues keys, values;
  bool want_keys = view_type != &dict_values_type;
  bool want_values = view_type != &dict_keys_type;
  if (!dict_snapshot(ts, d, want_keys ? &keys : nullptr, want_values ? &values : nullptr)) return -1;
  OwnedValues vals;
  if (view_type == &dict_items_type) {
    for (size_t i = 0; i < keys.v.size(); i++) {
      Ref pair = new_tuple({keys.v[i], values.v[i]});
      if (!pair || !vals.push(ts, std::move(pair))) return -1;
    }
    return assign_range(ts, l, INT64_MAX, INT64_MAX, vals) ? 0 : -1;
  }
  return assign_range(ts, l, INT64_MAX, INT64_MAX, want_keys ? keys : values) ? 0 : -1;
}

// ---- extend / append -----------------------------------------------------------------

int list_extend_impl(ThreadState* ts, List* l, Value iterable) {
  if (is_exact_list(iterable) || is_exact_tuple(iterable) || iterable.is(Value(l))) {
    OwnedValues vals;
    if (is_tuple(iterable)) {
      Tuple* t = static_cast<Tuple*>(iterable.as_object());
      if (!vals.reserve(ts, static_cast<size_t>(t->length))) return -1;
      for (int64_t i = 0; i < t->length; i++) vals.push_borrowed(t->items[i]);
    } else if (!snapshot(ts, as_list(iterable), 0, INT64_MAX, vals)) {
      return -1;
    }
    return assign_range(ts, l, INT64_MAX, INT64_MAX, vals) ? 0 : -1;
  }
  // Exact sets and dicts are copied atomically (a concurrent writer cannot
  // make list(s) fail halfway with "changed size during iteration").
  Type* t = type_of(iterable);
  if (t == &set_type || t == &frozenset_type) {
    OwnedValues vals;
    if (!set_snapshot_keys(ts, static_cast<Set*>(iterable.as_object()), &vals.v)) return -1;
    return assign_range(ts, l, INT64_MAX, INT64_MAX, vals) ? 0 : -1;
  }
  if (t == &dict_type) {
    Ref keys = dict_keys_list(ts, static_cast<Dict*>(iterable.as_object()));
    if (!keys) return -1;
    OwnedValues vals;
    if (!snapshot(ts, as_list(keys.get()), 0, INT64_MAX, vals)) return -1;
    return assign_range(ts, l, INT64_MAX, INT64_MAX, vals) ? 0 : -1;
  }
  if (Dict* d = dict_view_target(iterable)) return extend_from_dict_view(ts, l, t, d);
  Ref it = get_iter(ts, iterable);
  if (!it) return -1;
  for (;;) {
    Ref item = iter_next(ts, it.get());
    if (!item) return ts->has_error() ? -1 : 0;
    if (list_append(ts, l, item.get()) < 0) return -1;
  }
}

// ---- sequence protocol -------------------------------------------------------------

int64_t list_len(ThreadState*, Value self) { return len_of(as_list(self)); }

Ref list_slice(ThreadState* ts, List* l, Slice* s) {
  int64_t start, stop, step;
  if (!slice_unpack(ts, s, &start, &stop, &step)) return nullptr;
  OwnedValues vals;
  {
    ObjLock g(l);
    int64_t n = slice_adjust(len_of(l), &start, &stop, step);
    if (!vals.reserve(ts, static_cast<size_t>(n))) return nullptr;
    Value* items = items_of(l);
    for (int64_t i = 0, j = start; i < n; i++, j += step) vals.push_borrowed(items[j]);
  }
  return list_from_owned(ts, vals);
}

Ref list_getitem(ThreadState* ts, Value self, Value key) {
  List* l = as_list(self);
  if (is_index_like(key)) {
    int64_t i;
    if (!index_for_subscript(ts, key, &i)) return nullptr;
    {
      ObjLock g(l);
      int64_t n = len_of(l);
      if (i < 0) i += n;
      if (i >= 0 && i < n) return Ref::borrow(items_of(l)[i]);
    }
    set_error(ts, &IndexError_type, "list index out of range");
    return nullptr;
  }
  if (type_of(key) == &slice_type) return list_slice(ts, l, static_cast<Slice*>(key.as_object()));
  set_errorf(ts, &TypeError_type, "list indices must be integers or slices, not %s", type_name(key));
  return nullptr;
}

int assign_index(ThreadState* ts, List* l, Value key, Value v) {
  int64_t i;
  if (!index_for_subscript(ts, key, &i)) return -1;
  Value old;
  {
    ObjLock g(l);
    int64_t n = len_of(l);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      g.unlock();
      set_error(ts, &IndexError_type, "list assignment index out of range");
      return -1;
    }
    Value* items = items_of(l);
    if (v.is_null()) {
      old = items[i];
      std::memmove(items + i, items + i + 1, static_cast<size_t>(n - i - 1) * sizeof(Value));
      if (!list_resize(l, n - 1)) set_len(l, n - 1);
    } else {
      old = items[i];
      items[i] = own_ref(v);
    }
  }
  decref(old);
  return 0;
}

int assign_extended(ThreadState* ts, List* l, int64_t start, int64_t stop, int64_t step, Value v) {
  OwnedValues vals;
  if (!v.is_null()) {
    if (v.is(Value(l))) {
      if (!snapshot(ts, l, 0, INT64_MAX, vals)) return -1;
    } else if (!sequence_fast(ts, v, "must assign iterable to extended slice", vals)) {
      return -1;
    }
  }
  OwnedValues victims;
  {
    ObjLock g(l);
    int64_t len = len_of(l);
    int64_t n = slice_adjust(len, &start, &stop, step);
    Value* items = items_of(l);
    if (!v.is_null()) {
      if (static_cast<int64_t>(vals.size()) != n) {
        g.unlock();
        set_errorf(ts, &ValueError_type, "attempt to assign sequence of size %zu to extended slice of size %lld",
                   vals.size(), static_cast<long long>(n));
        return -1;
      }
      for (int64_t i = 0, j = start; i < n; i++, j += step) {
        Value old = items[j];
        items[j] = vals.v[i];
        vals.v[i] = old;  // the old items leave with `vals`, after the unlock
      }
      return 0;
    }
    if (n <= 0) return 0;
    if (step < 0) {  // delete in ascending order
      start = start + step * (n - 1);
      step = -step;
    }
    if (!victims.reserve(ts, static_cast<size_t>(n))) return -1;
    int64_t dst = start;
    int64_t next_victim = start;
    int64_t removed = 0;
    for (int64_t src = start; src < len; src++) {
      if (removed < n && src == next_victim) {
        victims.v.push_back(items[src]);
        removed++;
        next_victim += step;
      } else {
        items[dst++] = items[src];
      }
    }
    if (!list_resize(l, len - n)) set_len(l, len - n);
  }
  return 0;
}

int list_setitem(ThreadState* ts, Value self, Value key, Value v) {
  List* l = as_list(self);
  if (is_index_like(key)) return assign_index(ts, l, key, v);
  if (type_of(key) != &slice_type) {
    set_errorf(ts, &TypeError_type, "list indices must be integers or slices, not %s", type_name(key));
    return -1;
  }
  int64_t start, stop, step;
  if (!slice_unpack(ts, static_cast<Slice*>(key.as_object()), &start, &stop, &step)) return -1;
  if (step != 1) return assign_extended(ts, l, start, stop, step, v);
  OwnedValues vals;
  if (!v.is_null()) {
    if (v.is(self)) {
      if (!snapshot(ts, l, 0, INT64_MAX, vals)) return -1;
    } else if (!sequence_fast(ts, v, "can only assign an iterable", vals)) {
      return -1;
    }
  }
  int64_t len = len_of(l);
  slice_adjust(len, &start, &stop, 1);
  if (stop < start) stop = start;
  return assign_range(ts, l, start, stop, vals) ? 0 : -1;
}

int list_contains(ThreadState* ts, Value self, Value value) {
  List* l = as_list(self);
  for (int64_t i = 0;; i++) {
    int r = item_equals(ts, l, i, value);
    if (r == 2) return 0;
    if (r != 0) return r;
  }
}

// ---- operators ----------------------------------------------------------------------

Ref list_concat(ThreadState* ts, Value a, Value b) {
  if (!is_list(a)) return new_notimpl();
  if (!is_list(b)) {
    if (other_may_reflect(ts, b, "__radd__")) return new_notimpl();
    set_errorf(ts, &TypeError_type, "can only concatenate list (not \"%s\") to list", type_name(b));
    return nullptr;
  }
  OwnedValues vals;
  if (!snapshot(ts, as_list(a), 0, INT64_MAX, vals)) return nullptr;
  OwnedValues tail;
  if (!snapshot(ts, as_list(b), 0, INT64_MAX, tail)) return nullptr;
  if (!vals.reserve(ts, vals.size() + tail.size())) return nullptr;
  for (Value v : tail.v) vals.v.push_back(v);
  tail.v.clear();
  return list_from_owned(ts, vals);
}

Ref list_repeat(ThreadState* ts, Value a, Value b) {
  Value seq = is_list(a) ? a : b;
  Value count = is_list(a) ? b : a;
  if (!is_list(seq)) return new_notimpl();
  if (!is_index_like(count)) {
    if (seq.is(a) ? other_may_reflect(ts, count, "__rmul__") : other_may_reflect(ts, count, "__mul__"))
      return new_notimpl();
    set_errorf(ts, &TypeError_type, "can't multiply sequence by non-int of type '%s'", type_name(count));
    return nullptr;
  }
  int64_t n;
  if (!index_to_i64(ts, count, &n, &OverflowError_type)) return nullptr;
  OwnedValues src;
  if (!snapshot(ts, as_list(seq), 0, INT64_MAX, src)) return nullptr;
  if (n <= 0 || src.size() == 0) return alloc_list(ts, &list_type, 0);
  int64_t m = static_cast<int64_t>(src.size());
  if (m > INT64_MAX / 16 / n) return set_no_memory(ts);
  Ref r = alloc_list(ts, &list_type, m * n);
  if (!r) return nullptr;
  Value* items = items_of(r.as<List>());
  for (int64_t k = 0; k < n; k++)
    for (int64_t i = 0; i < m; i++) {
      incref(src.v[i]);
      items[k * m + i] = src.v[i];
    }
  return r;
}

Ref list_inplace_concat(ThreadState* ts, Value a, Value b) {
  if (!is_list(a)) return new_notimpl();
  if (list_extend_impl(ts, as_list(a), b) < 0) return nullptr;
  return Ref::borrow(a);
}

Ref list_inplace_repeat(ThreadState* ts, Value a, Value b) {
  if (!is_list(a)) return new_notimpl();
  if (!is_index_like(b)) {
    if (other_may_reflect(ts, b, "__rmul__")) return new_notimpl();
    set_errorf(ts, &TypeError_type, "can't multiply sequence by non-int of type '%s'", type_name(b));
    return nullptr;
  }
  int64_t n;
  if (!index_to_i64(ts, b, &n, &OverflowError_type)) return nullptr;
  List* l = as_list(a);
  if (n <= 0) {
    list_clear_all(l);
    return Ref::borrow(a);
  }
  if (n == 1) return Ref::borrow(a);
  {
    ObjLock g(l);
    int64_t m = len_of(l);
    if (m == 0) return Ref::borrow(a);
    if (m > INT64_MAX / 16 / n || !list_resize(l, m * n)) {
      g.unlock();
      return set_no_memory(ts);
    }
    Value* items = items_of(l);
    for (int64_t k = 1; k < n; k++)
      for (int64_t i = 0; i < m; i++) {
        incref(items[i]);
        items[k * m + i] = items[i];
      }
  }
  return Ref::borrow(a);
}

Ref list_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_list(a) || !is_list(b)) return new_notimpl();
  List* v = as_list(a);
  List* w = as_list(b);
  if (len_of(v) != len_of(w) && (op == CmpOp::Eq || op == CmpOp::Ne)) return new_bool(op == CmpOp::Ne);
  if (check_native_stack(ts, " in comparison")) return nullptr;
  int64_t i = 0;
  Ref vi, wi;
  for (;; i++) {
    vi = Ref();  // never drop a reference while holding the locks below
    wi = Ref();
    {
      ObjLock2 g(v, w);
      if (i >= len_of(v) || i >= len_of(w)) break;
      Value x = items_of(v)[i];
      Value y = items_of(w)[i];
      if (x.is(y)) continue;
      vi = Ref::borrow(x);
      wi = Ref::borrow(y);
    }
    int k = rich_compare_bool(ts, vi.get(), wi.get(), CmpOp::Eq);
    if (k < 0) return nullptr;
    if (!k) break;
  }
  int64_t vl = len_of(v), wl = len_of(w);
  if (i >= vl || i >= wl) {
    bool r = false;
    switch (op) {
      case CmpOp::Lt: r = vl < wl; break;
      case CmpOp::Le: r = vl <= wl; break;
      case CmpOp::Eq: r = vl == wl; break;
      case CmpOp::Ne: r = vl != wl; break;
      case CmpOp::Gt: r = vl > wl; break;
      case CmpOp::Ge: r = vl >= wl; break;
    }
    return new_bool(r);
  }
  if (op == CmpOp::Eq) return new_bool(false);
  if (op == CmpOp::Ne) return new_bool(true);
  return rich_compare(ts, vi.get(), wi.get(), op);
}

Ref list_repr(ThreadState* ts, Value self) {
  List* l = as_list(self);
  if (len_of(l) == 0) return new_str("[]");
  int rc = repr_enter(ts, self);
  if (rc < 0) return nullptr;
  if (rc > 0) return new_str("[...]");
  if (check_native_stack(ts, " while getting the repr of an object")) {
    repr_leave(ts, self);
    return nullptr;
  }
  std::string out = "[";
  bool ok = true;
  for (int64_t i = 0; ok; i++) {
    Ref item = item_at(l, i);
    if (!item) break;
    if (i) out += ", ";
    ok = append_repr(ts, out, item.get());
  }
  repr_leave(ts, self);
  if (!ok) return nullptr;
  out += "]";
  return new_str(out);
}

// ---- methods -------------------------------------------------------------------------

Ref m_append(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "list.append", nargs, kw)) return nullptr;
  if (list_append(ts, as_list(self), args[0]) < 0) return nullptr;
  return new_none();
}

Ref m_extend(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "list.extend", nargs, kw)) return nullptr;
  if (list_extend_impl(ts, as_list(self), args[0]) < 0) return nullptr;
  return new_none();
}

Ref m_insert(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_positional(ts, "insert", nargs, kw, 2, 2)) return nullptr;
  int64_t where;
  if (!arg_as_index(ts, args[0], &where, nullptr)) return nullptr;
  List* l = as_list(self);
  Value v = args[1].without_tag();
  {
    ObjLock g(l);
    int64_t n = len_of(l);
    if (where < 0) {
      where += n;
      if (where < 0) where = 0;
    }
    if (where > n) where = n;
    if (!list_resize(l, n + 1)) {
      g.unlock();
      return set_no_memory(ts);
    }
    Value* items = items_of(l);
    std::memmove(items + where + 1, items + where, static_cast<size_t>(n - where) * sizeof(Value));
    incref(v);
    items[where] = v;
  }
  return new_none();
}

Ref m_pop(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_positional(ts, "pop", nargs, kw, 0, 1)) return nullptr;
  int64_t i = -1;
  if (nargs && !arg_as_index(ts, args[0], &i, nullptr)) return nullptr;
  List* l = as_list(self);
  Value out;
  {
    ObjLock g(l);
    int64_t n = len_of(l);
    if (n == 0) {
      g.unlock();
      set_error(ts, &IndexError_type, "pop from empty list");
      return nullptr;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      g.unlock();
      set_error(ts, &IndexError_type, "pop index out of range");
      return nullptr;
    }
    Value* items = items_of(l);
    out = items[i];
    std::memmove(items + i, items + i + 1, static_cast<size_t>(n - i - 1) * sizeof(Value));
    if (!list_resize(l, n - 1)) set_len(l, n - 1);
  }
  return Ref::steal(out);
}

// Deletes items[i] if it still holds `expected` (compared by identity);
// false if another thread changed that slot since it was compared.
bool remove_if_unchanged(List* l, int64_t i, Value expected, Value* removed) {
  ObjLock g(l);
  int64_t n = len_of(l);
  Value* items = items_of(l);
  if (i >= n || !items[i].is(expected)) return false;
  *removed = items[i];
  std::memmove(items + i, items + i + 1, static_cast<size_t>(n - i - 1) * sizeof(Value));
  if (!list_resize(l, n - 1)) set_len(l, n - 1);
  return true;
}

Ref m_remove(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "list.remove", nargs, kw)) return nullptr;
  List* l = as_list(self);
  // The comparison may run Python code, so it happens unlocked; the delete
  // then re-checks under the lock that the slot still holds the compared
  // item, and rescans if a concurrent mutation moved it.
  for (int64_t i = 0;; i++) {
    Ref candidate;
    {
      ObjLock g(l);
      if (i >= len_of(l)) break;
      candidate = Ref::borrow(items_of(l)[i]);
    }
    int r = item_equals(ts, l, i, args[0]);
    if (r < 0) return nullptr;
    if (r == 2) break;
    if (r == 1) {
      Value removed;
      if (remove_if_unchanged(l, i, candidate.get(), &removed)) {
        Ref drop = Ref::steal(removed);  // released after the lock
        return new_none();
      }
      i = -1;  // the list changed under us: start over
    }
  }
  set_error(ts, &ValueError_type, "list.remove(x): x not in list");
  return nullptr;
}

Ref m_index(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_positional(ts, "index", nargs, kw, 1, 3)) return nullptr;
  List* l = as_list(self);
  int64_t lo, hi;
  if (!resolve_search_bounds(ts, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), len_of(l), &lo, &hi))
    return nullptr;
  for (int64_t i = lo; i < hi; i++) {
    int r = item_equals(ts, l, i, args[0]);
    if (r < 0) return nullptr;
    if (r == 2) break;
    if (r == 1) return new_int(i);
  }
  Ref rep = repr_of(ts, args[0]);
  if (!rep) return nullptr;
  set_errorf(ts, &ValueError_type, "%s is not in list", std::string(str_utf8(rep.get())).c_str());
  return nullptr;
}

Ref m_count(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "list.count", nargs, kw)) return nullptr;
  List* l = as_list(self);
  int64_t n = 0;
  for (int64_t i = 0;; i++) {
    int r = item_equals(ts, l, i, args[0]);
    if (r < 0) return nullptr;
    if (r == 2) break;
    n += r;
  }
  return new_int(n);
}

Ref m_clear(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "list.clear", nargs, kw)) return nullptr;
  list_clear_all(as_list(self));
  return new_none();
}

Ref m_copy(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "list.copy", nargs, kw)) return nullptr;
  OwnedValues vals;
  if (!snapshot(ts, as_list(self), 0, INT64_MAX, vals)) return nullptr;
  return list_from_owned(ts, vals);
}

Ref m_reverse(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "list.reverse", nargs, kw)) return nullptr;
  List* l = as_list(self);
  ObjLock g(l);
  Value* items = items_of(l);
  for (int64_t i = 0, j = len_of(l) - 1; i < j; i++, j--) std::swap(items[i], items[j]);
  return new_none();
}

Ref m_sort(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (positional_count(nargs, kw)) {
    set_error(ts, &TypeError_type, "sort() takes no positional arguments");
    return nullptr;
  }
  Value a[2];
  if (!parse_args(ts, "sort", args, nargs, kw, {"key", "reverse"}, 0, a)) return nullptr;
  int64_t reverse = 0;
  if (!a[1].is_null() && !arg_as_index(ts, a[1], &reverse, nullptr)) return nullptr;
  Value key = a[0].is_null() || a[0].is(None()) ? Value() : a[0];
  if (list_sort(ts, as_list(self), key, reverse != 0) < 0) return nullptr;
  return new_none();
}

Ref m_sizeof(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  List* l = as_list(self);
  return new_int(static_cast<int64_t>(type_of(self)->basic_size) + l->capacity * 8);
}

Ref m_reversed(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw);

const MethodDef list_methods[] = {
    {"append", m_append, kMethInstance, "Append object to the end of the list."},
    {"extend", m_extend, kMethInstance, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, kMethInstance, "Insert object before index."},
    {"pop", m_pop, kMethInstance,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."},
    {"remove", m_remove, kMethInstance,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", m_index, kMethInstance,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", m_count, kMethInstance, "Return number of occurrences of value."},
    {"clear", m_clear, kMethInstance, "Remove all items from list."},
    {"copy", m_copy, kMethInstance, "Return a shallow copy of the list."},
    {"reverse", m_reverse, kMethInstance, "Reverse *IN PLACE*."},
    {"sort", m_sort, kMethInstance,
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is "
     "modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, "
     "apply it once to each list item and sort them,\nascending or descending, according to their function values."
     "\n\nThe reverse flag can be set to sort in descending order."},
    {"__reversed__", m_reversed, kMethInstance, "Return a reverse iterator over the list."},
    {"__sizeof__", m_sizeof, kMethInstance, "Return the size of the list in memory, in bytes."},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- iterators -----------------------------------------------------------------------

Ref make_iter(ThreadState* ts, Type* type, Value self, int64_t start) {
  ListIter* it = static_cast<ListIter*>(alloc_object(type, sizeof(ListIter)));
  if (!it) return set_no_memory(ts);
  it->seq = static_cast<List*>(own_ref(self).as_object());
  it->index.store(start, std::memory_order_relaxed);
  return Ref::steal(Value(it));
}

Ref list_iter(ThreadState* ts, Value self) { return make_iter(ts, &list_iter_type, self, 0); }

Ref m_reversed(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "list.__reversed__", nargs, kw)) return nullptr;
  return make_iter(ts, &list_reviter_type, self, len_of(as_list(self)) - 1);
}

// The iterator's position is updated under the list's lock, so two threads
// sharing one iterator each get distinct items.
Ref list_iter_next(ThreadState*, Value self) {
  ListIter* it = static_cast<ListIter*>(self.as_object());
  if (it->index.load(std::memory_order_relaxed) < 0) return nullptr;
  List* l = it->seq;
  ObjLock g(l);
  int64_t i = it->index.load(std::memory_order_relaxed);
  if (i < 0) return nullptr;
  if (i >= len_of(l)) {
    it->index.store(-1, std::memory_order_relaxed);
    return nullptr;
  }
  it->index.store(i + 1, std::memory_order_relaxed);
  return Ref::borrow(items_of(l)[i]);
}

Ref list_reviter_next(ThreadState*, Value self) {
  ListIter* it = static_cast<ListIter*>(self.as_object());
  if (it->index.load(std::memory_order_relaxed) < 0) return nullptr;
  List* l = it->seq;
  ObjLock g(l);
  int64_t i = it->index.load(std::memory_order_relaxed);
  if (i < 0) return nullptr;
  if (i >= len_of(l)) {
    it->index.store(-1, std::memory_order_relaxed);
    return nullptr;
  }
  it->index.store(i - 1, std::memory_order_relaxed);
  return Ref::borrow(items_of(l)[i]);
}

Ref list_iter_length_hint(ThreadState*, Value self, const Value*, size_t, Tuple*) {
  ListIter* it = static_cast<ListIter*>(self.as_object());
  int64_t i = it->index.load(std::memory_order_relaxed);
  int64_t left = i < 0 ? 0 : len_of(it->seq) - i;
  return new_int(left > 0 ? left : 0);
}

Ref list_reviter_length_hint(ThreadState*, Value self, const Value*, size_t, Tuple*) {
  ListIter* it = static_cast<ListIter*>(self.as_object());
  int64_t left = it->index.load(std::memory_order_relaxed) + 1;
  if (left < 0 || len_of(it->seq) < left) left = 0;
  return new_int(left);
}

void list_iter_dealloc(Object* o) {
  decref(static_cast<ListIter*>(o)->seq);
  free_object(o);
}
void list_iter_traverse(Object* o, const Visitor& visit) { visit(static_cast<ListIter*>(o)->seq); }

const MethodDef list_iter_methods[] = {
    {"__length_hint__", list_iter_length_hint, kMethInstance, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef list_reviter_methods[] = {
    {"__length_hint__", list_reviter_length_hint, kMethInstance, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

void setup_iter_type(Type& t, const char* name, NextFn next, const MethodDef* methods) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.basic_size = sizeof(ListIter);
  t.flags = kTypeHasGC | kTypeImmutable;
  t.base = &object_type;
  t.dealloc = list_iter_dealloc;
  t.traverse = list_iter_traverse;
  t.iter = iter_self;
  t.next = next;
  t.methods = methods;
  register_static_type(&t);
}

}  // namespace

// ---- public API -------------------------------------------------------------------------

bool sequence_fast(ThreadState* ts, Value v, const char* msg, OwnedValues& out) {
  if (is_exact_tuple(v)) {
    Tuple* t = static_cast<Tuple*>(v.as_object());
    if (!out.reserve(ts, static_cast<size_t>(t->length))) return false;
    for (int64_t i = 0; i < t->length; i++) out.push_borrowed(t->items[i]);
    return true;
  }
  if (is_exact_list(v)) return snapshot(ts, as_list(v), 0, INT64_MAX, out);
  Ref it = get_iter(ts, v);
  if (!it) {
    if (error_matches(ts, &TypeError_type)) {
      clear_error(ts);
      set_error(ts, &TypeError_type, msg);
    }
    return false;
  }
  for (;;) {
    Ref item = iter_next(ts, it.get());
    if (!item) return !ts->has_error();
    if (!out.push(ts, std::move(item))) return false;
  }
}

Ref new_list(int64_t n) { return alloc_list(nullptr, &list_type, n); }

Ref new_list_from(const Value* items, int64_t n) {
  Ref r = alloc_list(nullptr, &list_type, n);
  if (!r) return nullptr;
  Value* dst = items_of(r.as<List>());
  for (int64_t i = 0; i < n; i++) {
    Value v = items[i].without_tag();
    incref(v);
    dst[i] = v;
  }
  return r;
}

int list_append(ThreadState* ts, List* l, Value v) {
  v = v.without_tag();
  ObjLock g(l);
  int64_t n = len_of(l);
  if (n < l->capacity) {
    items_of(l)[n] = v;
    incref(v);
    set_len(l, n + 1);
    return 0;
  }
  if (!list_resize(l, n + 1)) {
    g.unlock();
    set_no_memory(ts);
    return -1;
  }
  incref(v);
  items_of(l)[n] = v;
  return 0;
}

Ref list_as_tuple(ThreadState* ts, List* l) {
  // Copy under the lock, allocate after it (an allocation may start a collection).
  OwnedValues vals;
  if (!snapshot(ts, l, 0, INT64_MAX, vals)) return nullptr;
  int64_t n = static_cast<int64_t>(vals.size());
  if (n == 0) return Ref::borrow(Value(empty_tuple()));
  Tuple* t = new_tuple_uninit(n);
  if (!t) return set_no_memory(ts);
  for (int64_t i = 0; i < n; i++) t->items[i] = vals.v[i];
  vals.v.clear();  // the references moved into the tuple
  return Ref::steal(Value(t));
}

Ref sequence_to_list(ThreadState* ts, Value iterable) {
  Ref r = alloc_list(ts, &list_type, 0);
  if (!r) return nullptr;
  if (list_extend_impl(ts, r.as<List>(), iterable) < 0) return nullptr;
  return r;
}

void setup_list_types() {
  Type& t = list_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "list";
  t.basic_size = sizeof(List);
  t.flags = kTypeBaseType | kTypeHasGC | kTypeImmutable | kTypeListSubclass | kTypeSequence;
  t.base = &object_type;
  t.dealloc = list_dealloc;
  t.traverse = list_traverse;
  t.repr = list_repr;
  t.hash = hash_not_implemented;
  t.richcompare = list_richcompare;
  t.iter = list_iter;
  t.new_ = list_new;
  t.init = list_init;
  t.len = list_len;
  t.getitem = list_getitem;
  t.setitem = list_setitem;
  t.contains = list_contains;
  t.binary[static_cast<int>(BinOp::Add)] = list_concat;
  t.binary[static_cast<int>(BinOp::Mul)] = list_repeat;
  t.inplace[static_cast<int>(BinOp::Add)] = list_inplace_concat;
  t.inplace[static_cast<int>(BinOp::Mul)] = list_inplace_repeat;
  t.methods = list_methods;
  t.doc =
      "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
      "The argument must be an iterable if specified.";
  register_static_type(&t);
  setup_iter_type(list_iter_type, "list_iterator", list_iter_next, list_iter_methods);
  setup_iter_type(list_reviter_type, "list_reverseiterator", list_reviter_next, list_reviter_methods);
}

}  // namespace weft

// tuple: the immutable sequence. Items live in the same allocation right after
// type->basic_size, so subclasses (namedtuples) keep their __dict__ in front of
// them. The empty tuple is one immortal static object.
#include <cstdint>

#include "core/types/container_util.h"

namespace weft {

Type tuple_type, tuple_iter_type;

namespace {

Tuple the_empty_tuple;
Value empty_items[1];

struct TupleIter : Object {
  Tuple* seq;
  std::atomic<int64_t> index;
};

Tuple* tuple_alloc(ThreadState* ts, Type* type, int64_t n) {
  size_t base = type->basic_size;
  if (n < 0 || static_cast<uint64_t>(n) > (INT64_MAX / 2 - base) / sizeof(Value)) {
    if (ts) set_no_memory(ts);
    return nullptr;
  }
  Object* o = alloc_object(type, base + static_cast<size_t>(n) * sizeof(Value));
  if (!o) {
    if (ts) set_no_memory(ts);
    return nullptr;
  }
  Tuple* t = static_cast<Tuple*>(o);
  t->length = n;
  t->hash_cache.store(-1, std::memory_order_relaxed);
  t->items = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + base);
  return t;
}

Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_object()); }

void tuple_dealloc_body(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  for (int64_t i = 0; i < t->length; i++) decref(t->items[i]);
  free_object(o);
}

void tuple_dealloc(Object* o) {
  if (o->type != &tuple_type) {
    tuple_dealloc_body(o);
    return;
  }
  if (!dealloc_enter(o, tuple_dealloc_body)) return;
  tuple_dealloc_body(o);
  dealloc_leave();
}

void tuple_traverse(Object* o, const Visitor& visit) {
  Tuple* t = static_cast<Tuple*>(o);
  for (int64_t i = 0; i < t->length; i++) visit(t->items[i]);
}

// ---- construction -------------------------------------------------------------

Ref tuple_subtype_from(ThreadState* ts, Type* type, Value iterable) {
  Ref tmp = iterable.is_null() ? Ref::borrow(Value(empty_tuple())) : sequence_to_tuple(ts, iterable);
  if (!tmp) return nullptr;
  Tuple* src = tmp.as<Tuple>();
  Tuple* t = tuple_alloc(ts, type, src->length);
  if (!t) return nullptr;
  for (int64_t i = 0; i < src->length; i++) {
    incref(src->items[i]);
    t->items[i] = src->items[i];
  }
  return Ref::steal(Value(t));
}

Ref tuple_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kw_count(kwnames)) {
    set_error(ts, &TypeError_type, "tuple() takes no keyword arguments");
    return nullptr;
  }
  if (nargs > 1) {
    set_errorf(ts, &TypeError_type, "tuple expected at most 1 argument, got %zu", nargs);
    return nullptr;
  }
  Value arg = nargs ? args[0] : Value();
  if (type != &tuple_type) return tuple_subtype_from(ts, type, arg);
  if (arg.is_null()) return Ref::borrow(Value(empty_tuple()));
  return sequence_to_tuple(ts, arg);
}

// ---- hashing (CPython 3.8+'s xxHash-based scheme, bit for bit) ---------------------

constexpr uint64_t kXXPrime1 = 11400714785074694791ULL;
constexpr uint64_t kXXPrime2 = 14029467366897019727ULL;
constexpr uint64_t kXXPrime5 = 2870177450012600261ULL;

// Items whose hash can never change, so caching the tuple's hash is invisible.
bool hash_is_stable(Value v) {
  if (v.is_small_int()) return true;
  Type* t = v.as_object()->type;
  return t == &int_type || t == &bool_type || t == &str_type || t == &float_type ||
         t == &bytes_type || t == &none_type || t == &frozenset_type || t == &complex_type;
}

int64_t tuple_hash(ThreadState* ts, Value self) {
  Tuple* t = as_tuple(self);
  int64_t cached = t->hash_cache.load(std::memory_order_relaxed);
  if (cached != -1) return cached;
  if (check_native_stack(ts, " while hashing a tuple")) return -1;
  uint64_t acc = kXXPrime5;
  bool cacheable = true;
  for (int64_t i = 0; i < t->length; i++) {
    Value item = t->items[i];
    int64_t h;
    if (item.is_small_int()) {
      h = int_hash(item);
    } else {
      h = hash_of(ts, item);
      if (h == -1) return -1;
      if (cacheable && !hash_is_stable(item)) cacheable = is_exact_tuple(item) && as_tuple(item)->hash_cache.load(std::memory_order_relaxed) != -1;
    }
    uint64_t lane = static_cast<uint64_t>(h);
    acc += lane * kXXPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kXXPrime1;
  }
  acc += static_cast<uint64_t>(t->length) ^ (kXXPrime5 ^ 3527539ULL);
  int64_t result = acc == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(acc);
  if (cacheable) t->hash_cache.store(result, std::memory_order_relaxed);
  return result;
}

// ---- comparison and repr ------------------------------------------------------------

Ref compare_sizes(int64_t a, int64_t b, CmpOp op) {
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = a < b; break;
    case CmpOp::Le: r = a <= b; break;
    case CmpOp::Eq: r = a == b; break;
    case CmpOp::Ne: r = a != b; break;
    case CmpOp::Gt: r = a > b; break;
    case CmpOp::Ge: r = a >= b; break;
  }
  return new_bool(r);
}

Ref tuple_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return new_notimpl();
  Tuple* v = as_tuple(a);
  Tuple* w = as_tuple(b);
  if (check_native_stack(ts, " in comparison")) return nullptr;
  int64_t i = 0;
  for (; i < v->length && i < w->length; i++) {
    int k = rich_compare_bool(ts, v->items[i], w->items[i], CmpOp::Eq);
    if (k < 0) return nullptr;
    if (!k) break;
  }
  if (i >= v->length || i >= w->length) return compare_sizes(v->length, w->length, op);
  if (op == CmpOp::Eq) return new_bool(false);
  if (op == CmpOp::Ne) return new_bool(true);
  return rich_compare(ts, v->items[i], w->items[i], op);
}

Ref tuple_repr(ThreadState* ts, Value self) {
  Tuple* t = as_tuple(self);
  if (t->length == 0) return new_str("()");
  int rc = repr_enter(ts, self);
  if (rc < 0) return nullptr;
  if (rc > 0) return new_str("(...)");
  if (check_native_stack(ts, " while getting the repr of an object")) {
    repr_leave(ts, self);
    return nullptr;
  }
  std::string out = "(";
  bool ok = true;
  for (int64_t i = 0; i < t->length && ok; i++) {
    if (i) out += ", ";
    ok = append_repr(ts, out, t->items[i]);
  }
  repr_leave(ts, self);
  if (!ok) return nullptr;
  out += t->length == 1 ? ",)" : ")";
  return new_str(out);
}

// ---- sequence protocol -------------------------------------------------------------

int64_t tuple_len(ThreadState*, Value self) { return as_tuple(self)->length; }

Ref tuple_slice(ThreadState* ts, Tuple* t, Slice* s) {
  int64_t start, stop, step, n;
  if (!slice_indices(ts, s, t->length, &start, &stop, &step, &n)) return nullptr;
  if (n <= 0) return Ref::borrow(Value(empty_tuple()));
  if (step == 1 && n == t->length && t->type == &tuple_type) return Ref::borrow(Value(t));
  Tuple* r = tuple_alloc(ts, &tuple_type, n);
  if (!r) return nullptr;
  for (int64_t i = 0, j = start; i < n; i++, j += step) {
    incref(t->items[j]);
    r->items[i] = t->items[j];
  }
  return Ref::steal(Value(r));
}

Ref tuple_getitem(ThreadState* ts, Value self, Value key) {
  Tuple* t = as_tuple(self);
  if (is_index_like(key)) {
    int64_t i;
    if (!index_for_subscript(ts, key, &i)) return nullptr;
    if (i < 0) i += t->length;
    if (i < 0 || i >= t->length) {
      set_error(ts, &IndexError_type, "tuple index out of range");
      return nullptr;
    }
    return Ref::borrow(t->items[i]);
  }
  if (type_of(key) == &slice_type) return tuple_slice(ts, t, static_cast<Slice*>(key.as_object()));
  set_errorf(ts, &TypeError_type, "tuple indices must be integers or slices, not %s", type_name(key));
  return nullptr;
}

int tuple_contains(ThreadState* ts, Value self, Value item) {
  Tuple* t = as_tuple(self);
  for (int64_t i = 0; i < t->length; i++) {
    int r = rich_compare_bool(ts, t->items[i], item, CmpOp::Eq);
    if (r != 0) return r;
  }
  return 0;
}

Ref tuple_concat(ThreadState* ts, Value a, Value b) {
  if (!is_tuple(a)) return new_notimpl();
  if (!is_tuple(b)) {
    if (other_may_reflect(ts, b, "__radd__")) return new_notimpl();
    set_errorf(ts, &TypeError_type, "can only concatenate tuple (not \"%s\") to tuple", type_name(b));
    return nullptr;
  }
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  if (y->length == 0 && x->type == &tuple_type) return Ref::borrow(a);
  if (x->length == 0 && y->type == &tuple_type) return Ref::borrow(b);
  Tuple* r = tuple_alloc(ts, &tuple_type, x->length + y->length);
  if (!r) return nullptr;
  for (int64_t i = 0; i < x->length; i++) { incref(x->items[i]); r->items[i] = x->items[i]; }
  for (int64_t i = 0; i < y->length; i++) { incref(y->items[i]); r->items[x->length + i] = y->items[i]; }
  return Ref::steal(Value(r));
}

Ref tuple_repeat_n(ThreadState* ts, Tuple* t, int64_t n) {
  if (n <= 0 || t->length == 0) return Ref::borrow(Value(empty_tuple()));
  if (n == 1 && t->type == &tuple_type) return Ref::borrow(Value(t));
  if (t->length > INT64_MAX / 16 / n) return set_no_memory(ts);
  Tuple* r = tuple_alloc(ts, &tuple_type, t->length * n);
  if (!r) return nullptr;
  int64_t k = 0;
  for (int64_t rep = 0; rep < n; rep++)
    for (int64_t i = 0; i < t->length; i++) { incref(t->items[i]); r->items[k++] = t->items[i]; }
  return Ref::steal(Value(r));
}

Ref tuple_repeat(ThreadState* ts, Value a, Value b) {
  Value seq = is_tuple(a) ? a : b;
  Value count = is_tuple(a) ? b : a;
  if (!is_tuple(seq)) return new_notimpl();
  if (!is_index_like(count)) {
    if (seq.is(a) ? other_may_reflect(ts, count, "__rmul__") : other_may_reflect(ts, count, "__mul__"))
      return new_notimpl();
    set_errorf(ts, &TypeError_type, "can't multiply sequence by non-int of type '%s'", type_name(count));
    return nullptr;
  }
  int64_t n;
  if (!index_to_i64(ts, count, &n, &OverflowError_type)) return nullptr;
  return tuple_repeat_n(ts, as_tuple(seq), n);
}

// ---- methods ----------------------------------------------------------------------

Ref tuple_count(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value v;
  if (!parse_args(ts, "tuple.count", args, nargs, kwnames, {"value"}, 1, &v, 1)) return nullptr;
  Tuple* t = as_tuple(self);
  int64_t n = 0;
  for (int64_t i = 0; i < t->length; i++) {
    int r = rich_compare_bool(ts, t->items[i], v, CmpOp::Eq);
    if (r < 0) return nullptr;
    n += r;
  }
  return new_int(n);
}

Ref tuple_index(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  if (!parse_args(ts, "index", args, nargs, kwnames, {"value", "start", "stop"}, 1, a, 3)) return nullptr;
  Tuple* t = as_tuple(self);
  int64_t lo, hi;
  if (!resolve_search_bounds(ts, a[1], a[2], t->length, &lo, &hi)) return nullptr;
  for (int64_t i = lo; i < hi && i < t->length; i++) {
    int r = rich_compare_bool(ts, t->items[i], a[0], CmpOp::Eq);
    if (r < 0) return nullptr;
    if (r) return new_int(i);
  }
  set_error(ts, &ValueError_type, "tuple.index(x): x not in tuple");
  return nullptr;
}

Ref tuple_getnewargs(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Tuple* t = as_tuple(self);
  Ref copy = new_tuple_from(t->items, t->length);
  if (!copy) return nullptr;
  return new_tuple({copy.get()});
}

const MethodDef tuple_methods[] = {
    {"count", tuple_count, kMethInstance, "Return number of occurrences of value."},
    {"index", tuple_index, kMethInstance,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"__getnewargs__", tuple_getnewargs, kMethInstance, nullptr},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- iterator ---------------------------------------------------------------------

Ref tuple_iter(ThreadState* ts, Value self) {
  TupleIter* it = static_cast<TupleIter*>(alloc_object(&tuple_iter_type, sizeof(TupleIter)));
  if (!it) return set_no_memory(ts);
  it->seq = static_cast<Tuple*>(own_ref(self).as_object());
  it->index.store(0, std::memory_order_relaxed);
  return Ref::steal(Value(it));
}

Ref tuple_iter_next(ThreadState*, Value self) {
  TupleIter* it = static_cast<TupleIter*>(self.as_object());
  int64_t n = it->seq->length;
  if (it->index.load(std::memory_order_relaxed) >= n) return nullptr;
  int64_t i = it->index.fetch_add(1, std::memory_order_relaxed);
  if (i >= n) return nullptr;
  return Ref::borrow(it->seq->items[i]);
}

Ref tuple_iter_length_hint(ThreadState*, Value self, const Value*, size_t, Tuple*) {
  TupleIter* it = static_cast<TupleIter*>(self.as_object());
  int64_t left = it->seq->length - it->index.load(std::memory_order_relaxed);
  return new_int(left > 0 ? left : 0);
}

void tuple_iter_dealloc(Object* o) {
  decref(static_cast<TupleIter*>(o)->seq);
  free_object(o);
}
void tuple_iter_traverse(Object* o, const Visitor& visit) { visit(static_cast<TupleIter*>(o)->seq); }

const MethodDef tuple_iter_methods[] = {
    {"__length_hint__", tuple_iter_length_hint, kMethInstance, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// ---- public API ---------------------------------------------------------------------

// Initialised on first use as well as in setup, so that setup functions that
// run before setup_tuple_types() can already use it (start-up is single-threaded).
static void init_empty_tuple() {
  Tuple& e = the_empty_tuple;
  e.type = &tuple_type;
  e.make_immortal();
  e.length = 0;
  e.hash_cache.store(-1, std::memory_order_relaxed);
  e.items = empty_items;
}

Tuple* empty_tuple() {
  if (!the_empty_tuple.type) init_empty_tuple();
  return &the_empty_tuple;
}

Tuple* new_tuple_uninit(int64_t n) {
  if (n == 0) return empty_tuple();
  return tuple_alloc(nullptr, &tuple_type, n);
}

Ref new_tuple_from(const Value* items, int64_t n) {
  if (n == 0) return Ref::borrow(Value(empty_tuple()));
  Tuple* t = tuple_alloc(nullptr, &tuple_type, n);
  if (!t) return nullptr;
  for (int64_t i = 0; i < n; i++) {
    Value v = items[i].without_tag();
    incref(v);
    t->items[i] = v;
  }
  return Ref::steal(Value(t));
}

Ref new_tuple(std::initializer_list<Value> items) {
  return new_tuple_from(items.begin(), static_cast<int64_t>(items.size()));
}

Ref sequence_to_tuple(ThreadState* ts, Value iterable) {
  if (is_exact_tuple(iterable)) return Ref::borrow(iterable);
  if (is_exact_list(iterable)) {
    List* l = static_cast<List*>(iterable.as_object());
    return list_as_tuple(ts, l);
  }
  Type* type = type_of(iterable);
  if (type == &set_type || type == &frozenset_type || type == &dict_type) {
    Ref l = sequence_to_list(ts, iterable);  // an atomic snapshot
    if (!l) return nullptr;
    return list_as_tuple(ts, l.as<List>());
  }
  OwnedValues items;
  int64_t hint = length_hint(ts, iterable, 0);
  if (hint < 0) return nullptr;
  if (!items.reserve(ts, static_cast<size_t>(hint < (1 << 20) ? hint : (1 << 20)))) return nullptr;
  bool ok = for_each(ts, iterable, [&](Value v) { return items.push(ts, Ref::borrow(v)); });
  if (!ok) return nullptr;
  int64_t n = static_cast<int64_t>(items.size());
  if (n == 0) return Ref::borrow(Value(empty_tuple()));
  Tuple* t = tuple_alloc(ts, &tuple_type, n);
  if (!t) return nullptr;
  for (int64_t i = 0; i < n; i++) t->items[i] = items.v[i];
  items.v.clear();  // references moved into the tuple
  return Ref::steal(Value(t));
}

// cls[item] for the builtin generic containers (PEP 585).
Ref class_getitem(ThreadState* ts, Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kw(ts, "__class_getitem__", kwnames)) return nullptr;
  if (nargs != 1) {
    set_errorf(ts, &TypeError_type, "__class_getitem__() takes exactly one argument (%zu given)", nargs);
    return nullptr;
  }
  return new_generic_alias(ts, cls, args[0]);
}

void setup_tuple_types() {
  Type& t = tuple_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "tuple";
  t.basic_size = sizeof(Tuple);
  t.item_size = sizeof(Value);
  t.flags = kTypeBaseType | kTypeHasGC | kTypeImmutable | kTypeTupleSubclass | kTypeSequence;
  t.base = &object_type;
  t.dealloc = tuple_dealloc;
  t.traverse = tuple_traverse;
  t.repr = tuple_repr;
  t.hash = tuple_hash;
  t.richcompare = tuple_richcompare;
  t.iter = tuple_iter;
  t.new_ = tuple_new;
  t.len = tuple_len;
  t.getitem = tuple_getitem;
  t.contains = tuple_contains;
  t.binary[static_cast<int>(BinOp::Add)] = tuple_concat;
  t.binary[static_cast<int>(BinOp::Mul)] = tuple_repeat;
  t.methods = tuple_methods;
  t.doc =
      "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
      "If iterable is specified the tuple is initialized from iterable's items.\n\n"
      "If the argument is a tuple, the return value is the same object.";
  register_static_type(&t);

  init_empty_tuple();

  Type& it = tuple_iter_type;
  it.type = &type_type;
  it.make_immortal();
  it.name = "tuple_iterator";
  it.basic_size = sizeof(TupleIter);
  it.flags = kTypeHasGC | kTypeImmutable;
  it.base = &object_type;
  it.dealloc = tuple_iter_dealloc;
  it.traverse = tuple_iter_traverse;
  it.iter = iter_self;
  it.next = tuple_iter_next;
  it.methods = tuple_iter_methods;
  register_static_type(&it);
}

}  // namespace weft

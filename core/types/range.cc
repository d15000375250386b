// range: start/stop/step/length kept as Python ints so ranges beyond 64 bits
// work (range(10**20)[-1]); 64-bit fast paths for arithmetic, membership and
// iteration. range_iterator covers 64-bit ranges, longrange_iterator the rest.
#include "core/types/container_util.h"

namespace weft {

Type range_type, range_iter_type, longrange_iter_type;

namespace {

struct Range : Object {
  Value start, stop, step, length;  // ints (owned)
};

struct RangeIter : Object {
  int64_t start, step, len;
  std::atomic<int64_t> index;
};

struct LongRangeIter : Object {
  Value start, step, len;  // ints (owned)
  Value index;             // int (owned), advanced under this object's mutex
};

Range* as_range(Value v) { return static_cast<Range*>(v.as_object()); }

bool as_i64(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!int_fits_i64(v)) return false;
  return int_to_i64(nullptr, v, out);  // cannot fail once int_fits_i64 said yes
}

Ref from_i128(ThreadState* ts, __int128 v) {
  if (v >= INT64_MIN && v <= INT64_MAX) return new_int(static_cast<int64_t>(v));
  bool neg = v < 0;
  unsigned __int128 m = neg ? static_cast<unsigned __int128>(-(v + 1)) + 1 : static_cast<unsigned __int128>(v);
  Ref hi = new_int_from_u64(static_cast<uint64_t>(m >> 64));
  Ref lo = new_int_from_u64(static_cast<uint64_t>(m));
  if (!hi || !lo) return nullptr;
  Ref shift = Ref::small_int(64);
  Ref r = int_binary(ts, BinOp::LShift, hi.get(), shift.get());
  if (!r) return nullptr;
  r = int_binary(ts, BinOp::Or, r.get(), lo.get());
  if (!r || !neg) return r;
  return int_binary(ts, BinOp::Sub, Value::small_int(0), r.get());
}

Ref op(ThreadState* ts, BinOp o, Value a, Value b) {
  int64_t x, y;
  if (as_i64(a, &x) && as_i64(b, &y)) {
    __int128 r;
    switch (o) {
      case BinOp::Add: return from_i128(ts, static_cast<__int128>(x) + y);
      case BinOp::Sub: return from_i128(ts, static_cast<__int128>(x) - y);
      case BinOp::Mul: return from_i128(ts, static_cast<__int128>(x) * y);
      case BinOp::FloorDiv:
      case BinOp::Mod: {
        if (y == 0) break;
        __int128 q = static_cast<__int128>(x) / y, m = static_cast<__int128>(x) % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
          q -= 1;
          m += y;
        }
        r = o == BinOp::FloorDiv ? q : m;
        return from_i128(ts, r);
      }
      default: break;
    }
  }
  return int_binary(ts, o, a, b);
}

int cmp(Value a, Value b) { return int_compare(a, b); }
int sign(Value v) { return int_sign(v); }

// Number of items of range(start, stop, step); step != 0.
Ref compute_length(ThreadState* ts, Value start, Value stop, Value step) {
  Value lo = start, hi = stop;
  Ref neg_step;
  Value st = step;
  if (sign(step) < 0) {
    lo = stop;
    hi = start;
    neg_step = op(ts, BinOp::Sub, Value::small_int(0), step);
    if (!neg_step) return nullptr;
    st = neg_step.get();
  }
  if (cmp(lo, hi) >= 0) return Ref::small_int(0);
  Ref diff = op(ts, BinOp::Sub, hi, lo);
  if (!diff) return nullptr;
  diff = op(ts, BinOp::Sub, diff.get(), Value::small_int(1));
  if (!diff) return nullptr;
  diff = op(ts, BinOp::FloorDiv, diff.get(), st);
  if (!diff) return nullptr;
  return op(ts, BinOp::Add, diff.get(), Value::small_int(1));
}

Ref make_range(ThreadState* ts, Ref start, Ref stop, Ref step) {
  Ref length = compute_length(ts, start.get(), stop.get(), step.get());
  if (!length) return nullptr;
  Range* r = static_cast<Range*>(alloc_object(&range_type, sizeof(Range)));
  if (!r) return set_no_memory(ts);
  r->start = start.release();
  r->stop = stop.release();
  r->step = step.release();
  r->length = length.release();
  return Ref::steal(Value(r));
}

void range_dealloc(Object* o) {
  Range* r = static_cast<Range*>(o);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  free_object(o);
}

void range_traverse(Object* o, const Visitor& visit) {
  Range* r = static_cast<Range*>(o);
  visit(r->start);
  visit(r->stop);
  visit(r->step);
  visit(r->length);
}

Ref range_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kw_count(kwnames)) {
    set_error(ts, &TypeError_type, "range() takes no keyword arguments");
    return nullptr;
  }
  if (nargs == 0) {
    set_error(ts, &TypeError_type, "range expected at least 1 argument, got 0");
    return nullptr;
  }
  if (nargs > 3) {
    set_errorf(ts, &TypeError_type, "range expected at most 3 arguments, got %zu", nargs);
    return nullptr;
  }
  if (nargs == 1) {
    Ref stop = index_of(ts, args[0]);
    if (!stop) return nullptr;
    return make_range(ts, Ref::small_int(0), std::move(stop), Ref::small_int(1));
  }
  Ref start = index_of(ts, args[0]);
  if (!start) return nullptr;
  Ref stop = index_of(ts, args[1]);
  if (!stop) return nullptr;
  Ref step = Ref::small_int(1);
  if (nargs == 3) {
    step = index_of(ts, args[2]);
    if (!step) return nullptr;
    if (sign(step.get()) == 0) {
      set_error(ts, &ValueError_type, "range() arg 3 must not be zero");
      return nullptr;
    }
  }
  return make_range(ts, std::move(start), std::move(stop), std::move(step));
}

// ---- sequence protocol -------------------------------------------------------------------

int64_t range_len(ThreadState* ts, Value self) {
  int64_t n;
  if (!as_i64(as_range(self)->length, &n)) {
    set_error(ts, &OverflowError_type, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return n;
}

int range_bool(ThreadState*, Value self) { return sign(as_range(self)->length) != 0; }

Ref compute_item(ThreadState* ts, Range* r, Value i) {
  if (r->step.is_small_int() && r->step.as_small_int() == 1) return op(ts, BinOp::Add, r->start, i);
  Ref prod = op(ts, BinOp::Mul, i, r->step);
  if (!prod) return nullptr;
  return op(ts, BinOp::Add, r->start, prod.get());
}

Ref range_item(ThreadState* ts, Range* r, Value index) {
  Ref i = Ref::borrow(index);
  if (sign(i.get()) < 0) {
    i = op(ts, BinOp::Add, i.get(), r->length);
    if (!i) return nullptr;
  }
  if (sign(i.get()) < 0 || cmp(i.get(), r->length) >= 0) {
    set_error(ts, &IndexError_type, "range object index out of range");
    return nullptr;
  }
  return compute_item(ts, r, i.get());
}

Ref range_slice(ThreadState* ts, Range* r, Slice* s) {
  Ref start, stop, step;
  if (!slice_long_indices(ts, s, r->length, &start, &stop, &step)) return nullptr;
  Ref substart = compute_item(ts, r, start.get());
  if (!substart) return nullptr;
  Ref substop = compute_item(ts, r, stop.get());
  if (!substop) return nullptr;
  Ref substep = op(ts, BinOp::Mul, step.get(), r->step);
  if (!substep) return nullptr;
  return make_range(ts, std::move(substart), std::move(substop), std::move(substep));
}

Ref range_getitem(ThreadState* ts, Value self, Value key) {
  Range* r = as_range(self);
  if (is_index_like(key)) {
    Ref i = key.is_small_int() ? Ref::borrow(key) : index_of(ts, key);
    if (!i) return nullptr;
    return range_item(ts, r, i.get());
  }
  if (type_of(key) == &slice_type) return range_slice(ts, r, static_cast<Slice*>(key.as_object()));
  set_errorf(ts, &TypeError_type, "range indices must be integers or slices, not %s", type_name(key));
  return nullptr;
}

// Membership of an int without iterating.
int contains_int(ThreadState* ts, Range* r, Value ob) {
  bool in_bounds;
  if (sign(r->step) > 0) in_bounds = cmp(r->start, ob) <= 0 && cmp(ob, r->stop) < 0;
  else in_bounds = cmp(ob, r->start) <= 0 && cmp(r->stop, ob) < 0;
  if (!in_bounds) return 0;
  Ref diff = op(ts, BinOp::Sub, ob, r->start);
  if (!diff) return -1;
  Ref m = op(ts, BinOp::Mod, diff.get(), r->step);
  if (!m) return -1;
  return sign(m.get()) == 0;
}

bool is_plain_int(Value v) { return v.is_small_int() || type_of(v) == &int_type || type_of(v) == &bool_type; }

int range_contains(ThreadState* ts, Value self, Value ob) {
  if (is_plain_int(ob)) return contains_int(ts, as_range(self), ob);
  int found = 0;
  bool ok = for_each(ts, self, [&](Value item) {
    int r = rich_compare_bool(ts, item, ob, CmpOp::Eq);
    if (r < 0) return false;
    if (r) {
      found = 1;
      return false;
    }
    return true;
  });
  if (!ok && ts->has_error()) return -1;
  return found;
}

Ref range_richcompare(ThreadState* ts, Value a, Value b, CmpOp o) {
  if (type_of(a) != &range_type || type_of(b) != &range_type || (o != CmpOp::Eq && o != CmpOp::Ne))
    return new_notimpl();
  bool eq;
  Range* x = as_range(a);
  Range* y = as_range(b);
  if (x == y) eq = true;
  else if (cmp(x->length, y->length) != 0) eq = false;
  else if (sign(x->length) == 0) eq = true;
  else if (cmp(x->start, y->start) != 0) eq = false;
  else if (x->length.is_small_int() && x->length.as_small_int() == 1) eq = true;
  else eq = cmp(x->step, y->step) == 0;
  return new_bool(o == CmpOp::Eq ? eq : !eq);
}

int64_t range_hash(ThreadState* ts, Value self) {
  Range* r = as_range(self);
  Ref t;
  if (sign(r->length) == 0) t = new_tuple({r->length, None(), None()});
  else if (r->length.is_small_int() && r->length.as_small_int() == 1) t = new_tuple({r->length, r->start, None()});
  else t = new_tuple({r->length, r->start, r->step});
  if (!t) {
    set_no_memory(ts);
    return -1;
  }
  return hash_of(ts, t.get());
}

Ref range_repr(ThreadState* ts, Value self) {
  Range* r = as_range(self);
  std::string out = "range(";
  if (!append_repr(ts, out, r->start)) return nullptr;
  out += ", ";
  if (!append_repr(ts, out, r->stop)) return nullptr;
  if (!(r->step.is_small_int() && r->step.as_small_int() == 1)) {
    out += ", ";
    if (!append_repr(ts, out, r->step)) return nullptr;
  }
  out += ")";
  return new_str(out);
}

// ---- iteration -----------------------------------------------------------------------------

Ref make_iter(ThreadState* ts, Value start, Value step, Value len) {
  int64_t s, st, n;
  if (as_i64(start, &s) && as_i64(step, &st) && as_i64(len, &n)) {
    __int128 last = static_cast<__int128>(s) + static_cast<__int128>(n > 0 ? n - 1 : 0) * st;
    if (last >= INT64_MIN && last <= INT64_MAX) {
      RangeIter* it = static_cast<RangeIter*>(alloc_object(&range_iter_type, sizeof(RangeIter)));
      if (!it) return set_no_memory(ts);
      it->start = s;
      it->step = st;
      it->len = n;
      it->index.store(0, std::memory_order_relaxed);
      return Ref::steal(Value(it));
    }
  }
  LongRangeIter* it = static_cast<LongRangeIter*>(alloc_object(&longrange_iter_type, sizeof(LongRangeIter)));
  if (!it) return set_no_memory(ts);
  incref(start);
  incref(step);
  incref(len);
  it->start = start;
  it->step = step;
  it->len = len;
  it->index = Value::small_int(0);
  return Ref::steal(Value(it));
}

Ref range_iter(ThreadState* ts, Value self) {
  Range* r = as_range(self);
  return make_iter(ts, r->start, r->step, r->length);
}

Ref range_reversed(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "range.__reversed__", nargs, kw)) return nullptr;
  Range* r = as_range(self);
  // reversed(range(start, stop, step)) is range(start + (n-1)*step, start - step, -step).
  Ref last_index = op(ts, BinOp::Sub, r->length, Value::small_int(1));
  if (!last_index) return nullptr;
  Ref new_start = compute_item(ts, r, last_index.get());
  if (!new_start) return nullptr;
  Ref new_step = op(ts, BinOp::Sub, Value::small_int(0), r->step);
  if (!new_step) return nullptr;
  return make_iter(ts, new_start.get(), new_step.get(), r->length);
}

Ref range_iter_next(ThreadState*, Value self) {
  RangeIter* it = static_cast<RangeIter*>(self.as_object());
  if (it->index.load(std::memory_order_relaxed) >= it->len) return nullptr;
  int64_t i = it->index.fetch_add(1, std::memory_order_relaxed);
  if (i >= it->len) return nullptr;
  uint64_t v = static_cast<uint64_t>(it->start) + static_cast<uint64_t>(i) * static_cast<uint64_t>(it->step);
  return new_int(static_cast<int64_t>(v));
}

Ref range_iter_length_hint(ThreadState*, Value self, const Value*, size_t, Tuple*) {
  RangeIter* it = static_cast<RangeIter*>(self.as_object());
  int64_t left = it->len - it->index.load(std::memory_order_relaxed);
  return new_int(left > 0 ? left : 0);
}

Ref longrange_iter_next(ThreadState* ts, Value self) {
  LongRangeIter* it = static_cast<LongRangeIter*>(self.as_object());
  Ref index;
  {
    ObjLock g(it);
    if (cmp(it->index, it->len) >= 0) return nullptr;
    index = Ref::borrow(it->index);
  }
  Ref next = op(ts, BinOp::Add, index.get(), Value::small_int(1));
  if (!next) return nullptr;
  Value old;
  {
    ObjLock g(it);
    old = it->index;
    it->index = next.release();
  }
  decref(old);
  Ref prod = op(ts, BinOp::Mul, index.get(), it->step);
  if (!prod) return nullptr;
  return op(ts, BinOp::Add, it->start, prod.get());
}

Ref longrange_iter_length_hint(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  LongRangeIter* it = static_cast<LongRangeIter*>(self.as_object());
  Ref index;
  {
    ObjLock g(it);
    index = Ref::borrow(it->index);
  }
  return op(ts, BinOp::Sub, it->len, index.get());
}

void longrange_iter_dealloc(Object* o) {
  LongRangeIter* it = static_cast<LongRangeIter*>(o);
  decref(it->start);
  decref(it->step);
  decref(it->len);
  decref(it->index);
  free_object(o);
}

void longrange_iter_traverse(Object* o, const Visitor& visit) {
  LongRangeIter* it = static_cast<LongRangeIter*>(o);
  visit(it->start);
  visit(it->step);
  visit(it->len);
  visit(it->index);
}

// ---- methods -------------------------------------------------------------------------------

Ref m_count(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "range.count", nargs, kw)) return nullptr;
  if (is_plain_int(args[0])) {
    int r = contains_int(ts, as_range(self), args[0]);
    if (r < 0) return nullptr;
    return new_int(r);
  }
  int64_t n = 0;
  bool ok = for_each(ts, self, [&](Value item) {
    int r = rich_compare_bool(ts, item, args[0], CmpOp::Eq);
    if (r < 0) return false;
    n += r;
    return true;
  });
  if (!ok) return nullptr;
  return new_int(n);
}

Ref m_index(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one_arg(ts, "range.index", nargs, kw)) return nullptr;
  Range* r = as_range(self);
  Value ob = args[0];
  if (is_plain_int(ob)) {
    int c = contains_int(ts, r, ob);
    if (c < 0) return nullptr;
    if (c) {
      Ref diff = op(ts, BinOp::Sub, ob, r->start);
      if (!diff) return nullptr;
      return op(ts, BinOp::FloorDiv, diff.get(), r->step);
    }
    Ref rep = repr_of(ts, ob);
    if (!rep) return nullptr;
    set_errorf(ts, &ValueError_type, "%s is not in range", std::string(str_utf8(rep.get())).c_str());
    return nullptr;
  }
  int64_t i = 0, found = -1;
  bool ok = for_each(ts, self, [&](Value item) {
    int c = rich_compare_bool(ts, item, ob, CmpOp::Eq);
    if (c < 0) return false;
    if (c) {
      found = i;
      return false;
    }
    i++;
    return true;
  });
  if (!ok && ts->has_error()) return nullptr;
  if (found >= 0) return new_int(found);
  set_error(ts, &ValueError_type, "sequence.index(x): x not in sequence");
  return nullptr;
}

Ref m_reduce(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Range* r = as_range(self);
  Ref inner = new_tuple({r->start, r->stop, r->step});
  if (!inner) return set_no_memory(ts);
  return new_tuple({Value(&range_type), inner.get()});
}

Ref get_start(ThreadState*, Value self) { return Ref::borrow(as_range(self)->start); }
Ref get_stop(ThreadState*, Value self) { return Ref::borrow(as_range(self)->stop); }
Ref get_step(ThreadState*, Value self) { return Ref::borrow(as_range(self)->step); }

const MethodDef range_methods[] = {
    {"__reversed__", range_reversed, kMethInstance, "Return a reverse iterator."},
    {"__reduce__", m_reduce, kMethInstance, nullptr},
    {"count", m_count, kMethInstance, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, kMethInstance,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef range_getsets[] = {
    {"start", get_start, nullptr, nullptr},
    {"stop", get_stop, nullptr, nullptr},
    {"step", get_step, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef range_iter_methods[] = {
    {"__length_hint__", range_iter_length_hint, kMethInstance, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef longrange_iter_methods[] = {
    {"__length_hint__", longrange_iter_length_hint, kMethInstance,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref new_range(ThreadState* ts, Value start, Value stop, Value step) {
  Ref s = start.is_null() ? Ref::small_int(0) : index_of(ts, start);
  if (!s) return nullptr;
  Ref e = index_of(ts, stop);
  if (!e) return nullptr;
  Ref st = step.is_null() ? Ref::small_int(1) : index_of(ts, step);
  if (!st) return nullptr;
  if (sign(st.get()) == 0) {
    set_error(ts, &ValueError_type, "range() arg 3 must not be zero");
    return nullptr;
  }
  return make_range(ts, std::move(s), std::move(e), std::move(st));
}

void setup_range_types() {
  Type& t = range_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "range";
  t.basic_size = sizeof(Range);
  t.flags = kTypeImmutable | kTypeSequence;
  t.base = &object_type;
  t.dealloc = range_dealloc;
  t.traverse = range_traverse;
  t.repr = range_repr;
  t.hash = range_hash;
  t.richcompare = range_richcompare;
  t.iter = range_iter;
  t.new_ = range_new;
  t.len = range_len;
  t.to_bool = range_bool;
  t.getitem = range_getitem;
  t.contains = range_contains;
  t.methods = range_methods;
  t.getsets = range_getsets;
  t.doc =
      "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
      "Return an object that produces a sequence of integers from start (inclusive)\n"
      "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
      "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
      "These are exactly the valid indices for a list of 4 elements.\n"
      "When step is given, it specifies the increment (or decrement).";
  register_static_type(&t);

  Type& it = range_iter_type;
  it.type = &type_type;
  it.make_immortal();
  it.name = "range_iterator";
  it.basic_size = sizeof(RangeIter);
  it.flags = kTypeImmutable;
  it.base = &object_type;
  it.dealloc = free_object;
  it.iter = iter_self;
  it.next = range_iter_next;
  it.methods = range_iter_methods;
  register_static_type(&it);

  Type& lt = longrange_iter_type;
  lt.type = &type_type;
  lt.make_immortal();
  lt.name = "longrange_iterator";
  lt.basic_size = sizeof(LongRangeIter);
  lt.flags = kTypeImmutable | kTypeHasGC;
  lt.base = &object_type;
  lt.dealloc = longrange_iter_dealloc;
  lt.traverse = longrange_iter_traverse;
  lt.iter = iter_self;
  lt.next = longrange_iter_next;
  lt.methods = longrange_iter_methods;
  register_static_type(&lt);
}

}  // namespace weft

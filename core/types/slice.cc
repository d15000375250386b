// slice objects: construction, repr, comparison, indices() and the
// slice_indices() helper every sequence type uses to resolve a[i:j:k].
// In 3.11 slices are unhashable.
#include <cstdint>

#include "core/types/container_util.h"

namespace weft {

Type slice_type;

namespace {

Slice* as_slice(Value v) { return static_cast<Slice*>(v.as_object()); }

void slice_dealloc(Object* o) {
  Slice* s = static_cast<Slice*>(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  free_object(o);
}

void slice_traverse(Object* o, const Visitor& visit) {
  Slice* s = static_cast<Slice*>(o);
  visit(s->start);
  visit(s->stop);
  visit(s->step);
}

Ref slice_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kw_count(kwnames)) {
    set_error(ts, &TypeError_type, "slice() takes no keyword arguments");
    return nullptr;
  }
  if (nargs < 1) {
    set_errorf(ts, &TypeError_type, "slice expected at least 1 argument, got %zu", nargs);
    return nullptr;
  }
  if (nargs > 3) {
    set_errorf(ts, &TypeError_type, "slice expected at most 3 arguments, got %zu", nargs);
    return nullptr;
  }
  if (nargs == 1) return new_slice(Value(), args[0], Value());
  return new_slice(args[0], args[1], nargs == 3 ? args[2] : Value());
}

Ref slice_repr(ThreadState* ts, Value self) {
  Slice* s = as_slice(self);
  std::string out = "slice(";
  if (!append_repr(ts, out, s->start)) return nullptr;
  out += ", ";
  if (!append_repr(ts, out, s->stop)) return nullptr;
  out += ", ";
  if (!append_repr(ts, out, s->step)) return nullptr;
  out += ")";
  return new_str(out);
}

Ref slice_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (type_of(a) != &slice_type || type_of(b) != &slice_type) return new_notimpl();
  if (a.is(b)) {
    bool same = op == CmpOp::Eq || op == CmpOp::Le || op == CmpOp::Ge;
    return new_bool(same);
  }
  Slice* x = as_slice(a);
  Slice* y = as_slice(b);
  Ref t1 = new_tuple({x->start, x->stop, x->step});
  Ref t2 = new_tuple({y->start, y->stop, y->step});
  if (!t1 || !t2) return set_no_memory(ts);
  return rich_compare(ts, t1.get(), t2.get(), op);
}

// One slice bound as a clamped int64 (None handled by the caller).
bool slice_bound(ThreadState* ts, Value v, int64_t* out) {
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    *out = i;
    return true;
  }
  if (!is_index_like(v)) {
    set_error(ts, &TypeError_type,
              "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_to_i64(ts, v, out, nullptr);
}

// ---- slice.indices(len), exact for arbitrarily large ints ---------------------------

Ref int_add(ThreadState* ts, Value a, Value b) { return binary_op(ts, BinOp::Add, a, b); }

// Clamps `v` (an int) into [lower, upper] after adding length to negatives.
Ref clamp_bound(ThreadState* ts, Value v, Value length, Value lower, Value upper) {
  Ref r = index_of(ts, v);
  if (!r) return nullptr;
  if (int_sign(r.get()) < 0) {
    r = int_add(ts, r.get(), length);
    if (!r) return nullptr;
    if (int_compare(r.get(), lower) < 0) return Ref::borrow(lower);
  } else if (int_compare(r.get(), upper) > 0) {
    return Ref::borrow(upper);
  }
  return r;
}

Ref slice_indices_method(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value arg;
  if (!parse_args(ts, "slice.indices", args, nargs, kwnames, {"length"}, 1, &arg, 1)) return nullptr;
  Ref length = index_of(ts, arg);
  if (!length) return nullptr;
  if (int_sign(length.get()) < 0) {
    set_error(ts, &ValueError_type, "length should not be negative");
    return nullptr;
  }
  Ref start, stop, step;
  if (!slice_long_indices(ts, as_slice(self), length.get(), &start, &stop, &step)) return nullptr;
  return new_tuple({start.get(), stop.get(), step.get()});
}

Ref slice_reduce(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Slice* s = as_slice(self);
  Ref inner = new_tuple({s->start, s->stop, s->step});
  if (!inner) return set_no_memory(ts);
  return new_tuple({Value(&slice_type), inner.get()});
}

Ref get_start(ThreadState*, Value self) { return Ref::borrow(as_slice(self)->start); }
Ref get_stop(ThreadState*, Value self) { return Ref::borrow(as_slice(self)->stop); }
Ref get_step(ThreadState*, Value self) { return Ref::borrow(as_slice(self)->step); }

const MethodDef slice_methods[] = {
    {"indices", slice_indices_method, kMethInstance,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in\n"
     "a manner consistent with the handling of normal slices."},
    {"__reduce__", slice_reduce, kMethInstance, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef slice_getsets[] = {
    {"start", get_start, nullptr, nullptr},
    {"stop", get_stop, nullptr, nullptr},
    {"step", get_step, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

bool slice_long_indices(ThreadState* ts, Slice* s, Value length, Ref* start_out, Ref* stop_out, Ref* step_out) {
  Ref step;
  if (s->step.is(None())) {
    step = Ref::small_int(1);
  } else {
    if (!is_index_like(s->step)) {
      set_error(ts, &TypeError_type, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    step = index_of(ts, s->step);
    if (!step) return false;
    if (int_sign(step.get()) == 0) {
      set_error(ts, &ValueError_type, "slice step cannot be zero");
      return false;
    }
  }
  bool negative = int_sign(step.get()) < 0;
  Ref lower, upper;
  if (negative) {
    lower = Ref::small_int(-1);
    upper = int_add(ts, lower.get(), length);
  } else {
    lower = Ref::small_int(0);
    upper = Ref::borrow(length);
  }
  if (!upper) return false;
  auto resolve = [&](Value v, Value dflt) -> Ref {
    if (v.is(None())) return Ref::borrow(dflt);
    if (!is_index_like(v)) {
      set_error(ts, &TypeError_type, "slice indices must be integers or None or have an __index__ method");
      return nullptr;
    }
    return clamp_bound(ts, v, length, lower.get(), upper.get());
  };
  Ref start = resolve(s->start, negative ? upper.get() : lower.get());
  if (!start) return false;
  Ref stop = resolve(s->stop, negative ? lower.get() : upper.get());
  if (!stop) return false;
  *start_out = std::move(start);
  *stop_out = std::move(stop);
  *step_out = std::move(step);
  return true;
}

Ref new_slice(Value start, Value stop, Value step) {
  Slice* s = static_cast<Slice*>(alloc_object(&slice_type, sizeof(Slice)));
  if (!s) return nullptr;
  auto own = [](Value v) {
    Value r = v.is_null() ? None() : v.without_tag();
    incref(r);
    return r;
  };
  s->start = own(start);
  s->stop = own(stop);
  s->step = own(step);
  return Ref::steal(Value(s));
}

bool slice_unpack(ThreadState* ts, Slice* s, int64_t* start, int64_t* stop, int64_t* step) {
  if (s->step.is(None())) {
    *step = 1;
  } else {
    if (!slice_bound(ts, s->step, step)) return false;
    if (*step == 0) {
      set_error(ts, &ValueError_type, "slice step cannot be zero");
      return false;
    }
    if (*step < -INT64_MAX) *step = -INT64_MAX;  // so that -step cannot overflow
  }
  if (s->start.is(None())) *start = *step < 0 ? INT64_MAX : 0;
  else if (!slice_bound(ts, s->start, start)) return false;
  if (s->stop.is(None())) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
  else if (!slice_bound(ts, s->stop, stop)) return false;
  return true;
}

int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

bool slice_indices(ThreadState* ts, Slice* s, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* slicelength) {
  if (!slice_unpack(ts, s, start, stop, step)) return false;
  *slicelength = slice_adjust(length, start, stop, *step);
  return true;
}

void setup_slice_types() {
  Type& t = slice_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "slice";
  t.basic_size = sizeof(Slice);
  t.flags = kTypeHasGC | kTypeImmutable;
  t.base = &object_type;
  t.dealloc = slice_dealloc;
  t.traverse = slice_traverse;
  t.repr = slice_repr;
  t.hash = hash_not_implemented;  // slices become hashable only in 3.12
  t.richcompare = slice_richcompare;
  t.new_ = slice_new;
  t.methods = slice_methods;
  t.getsets = slice_getsets;
  t.doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).";
  register_static_type(&t);
}

}  // namespace weft

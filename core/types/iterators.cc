// The builtin iterator types: enumerate, zip (strict=), map, filter, reversed,
// the sequence iterator behind iter(obj-with-__getitem__) and the callable
// iterator behind iter(callable, sentinel).
// Shared iterators may be advanced by several threads: counters are atomic
// and "exhausted" is a flag; references are kept until deallocation so that a
// racing next() never sees a freed object.
#include "core/types/container_util.h"

namespace weft {

Type enumerate_type, zip_type, map_type, filter_type, reversed_type, seq_iter_type, callable_iter_type;

namespace {

// ---- enumerate ---------------------------------------------------------------------------

struct Enumerate : Object {
  Value iter;
  std::atomic<int64_t> index;  // used while the count fits in 64 bits
  Value big_index;             // the count as a Python int once it does not (or started big)
};

Ref enumerate_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  if (!parse_args(ts, "enumerate", args, nargs, kwnames, {"iterable", "start"}, 1, a)) return nullptr;
  int64_t start = 0;
  Ref big;
  if (!a[1].is_null()) {
    Ref idx = index_of(ts, a[1]);
    if (!idx) return nullptr;
    if (!int_fits_i64(idx.get()) || !int_to_i64(ts, idx.get(), &start)) {
      if (ts->has_error()) clear_error(ts);
      big = std::move(idx);
    }
  }
  Ref it = get_iter(ts, a[0]);
  if (!it) return nullptr;
  Enumerate* e = static_cast<Enumerate*>(alloc_object(type, type->basic_size));
  if (!e) return set_no_memory(ts);
  e->iter = it.release();
  e->index.store(start, std::memory_order_relaxed);
  e->big_index = big.release();
  return Ref::steal(Value(e));
}

Ref enumerate_next(ThreadState* ts, Value self) {
  Enumerate* e = static_cast<Enumerate*>(self.as_object());
  Ref item = iter_next(ts, e->iter);
  if (!item) return nullptr;
  Ref count;
  if (e->big_index.is_null()) {
    int64_t i = e->index.fetch_add(1, std::memory_order_relaxed);
    if (i == INT64_MAX) {  // the next count no longer fits: continue with Python ints
      ObjLock g(e);
      if (e->big_index.is_null()) {
        Ref next = int_binary(ts, BinOp::Add, Ref(new_int(i)).get(), Value::small_int(1));
        if (next) e->big_index = next.release();
      }
    }
    count = new_int(i);
  } else {
    Ref cur;
    {
      ObjLock g(e);
      cur = Ref::borrow(e->big_index);
    }
    Ref next = int_binary(ts, BinOp::Add, cur.get(), Value::small_int(1));
    if (!next) return nullptr;
    Value old;
    {
      ObjLock g(e);
      old = e->big_index;
      e->big_index = next.release();
    }
    decref(old);
    count = std::move(cur);
  }
  if (!count) return nullptr;
  return new_tuple({count.get(), item.get()});
}

void enumerate_dealloc(Object* o) {
  Enumerate* e = static_cast<Enumerate*>(o);
  decref(e->iter);
  decref(e->big_index);
  free_object(o);
}
void enumerate_traverse(Object* o, const Visitor& visit) {
  Enumerate* e = static_cast<Enumerate*>(o);
  visit(e->iter);
  visit(e->big_index);
}

// ---- zip ---------------------------------------------------------------------------------

struct Zip : Object {
  Tuple* iters;
  bool strict;
  std::atomic<bool> done;
};

Ref zip_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  nargs = positional_count(nargs, kwnames);
  bool strict = false;
  for (int64_t k = 0; kwnames && k < kwnames->length; k++) {
    Value name = kwnames->items[k];
    if (!str_equal_ascii(static_cast<Str*>(name.as_object()), "strict")) {
      set_errorf(ts, &TypeError_type, "'%s' is an invalid keyword argument for zip()",
                 std::string(str_utf8(name)).c_str());
      return nullptr;
    }
    int t = truthy(ts, args[nargs + k]);
    if (t < 0) return nullptr;
    strict = t;
  }
  Tuple* iters = new_tuple_uninit(static_cast<int64_t>(nargs));
  if (!iters) return set_no_memory(ts);
  Ref hold = Ref::steal(Value(iters));
  for (size_t i = 0; i < nargs; i++) {
    Ref it = get_iter(ts, args[i]);
    if (!it) {
      for (size_t j = i; j < nargs; j++) iters->items[j] = None();  // keep the tuple valid for dealloc
      return nullptr;
    }
    iters->items[i] = it.release();
  }
  Zip* z = static_cast<Zip*>(alloc_object(type, type->basic_size));
  if (!z) return set_no_memory(ts);
  z->iters = static_cast<Tuple*>(hold.release().as_object());
  z->strict = strict;
  z->done.store(false, std::memory_order_relaxed);
  return Ref::steal(Value(z));
}

// An iterator ran out: in strict mode, find out whether the others agree.
Ref zip_strict_check(ThreadState* ts, Zip* z, int64_t i) {
  if (i) {
    set_errorf(ts, &ValueError_type, "zip() argument %lld is shorter than argument%s%lld",
               static_cast<long long>(i + 1), i == 1 ? " " : "s 1-", static_cast<long long>(i));
    return nullptr;
  }
  for (i = 1; i < z->iters->length; i++) {
    Ref item = iter_next(ts, z->iters->items[i]);
    if (item) {
      set_errorf(ts, &ValueError_type, "zip() argument %lld is longer than argument%s%lld",
                 static_cast<long long>(i + 1), i == 1 ? " " : "s 1-", static_cast<long long>(i));
      return nullptr;
    }
    if (ts->has_error()) return nullptr;
  }
  return nullptr;
}

Ref zip_next(ThreadState* ts, Value self) {
  Zip* z = static_cast<Zip*>(self.as_object());
  int64_t n = z->iters->length;
  if (n == 0 || z->done.load(std::memory_order_relaxed)) return nullptr;
  Tuple* result = new_tuple_uninit(n);
  if (!result) return set_no_memory(ts);
  Ref hold = Ref::steal(Value(result));
  for (int64_t i = 0; i < n; i++) {
    Ref item = iter_next(ts, z->iters->items[i]);
    if (!item) {
      for (int64_t j = i; j < n; j++) result->items[j] = None();
      if (ts->has_error()) return nullptr;
      z->done.store(true, std::memory_order_relaxed);
      if (z->strict) return zip_strict_check(ts, z, i);
      return nullptr;
    }
    result->items[i] = item.release();
  }
  return hold;
}

Ref zip_reduce(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Zip* z = static_cast<Zip*>(self.as_object());
  if (z->strict) return new_tuple({Value(type_of(self)), Value(z->iters), Bool(true)});
  return new_tuple({Value(type_of(self)), Value(z->iters)});
}

void zip_dealloc(Object* o) {
  decref(static_cast<Zip*>(o)->iters);
  free_object(o);
}
void zip_traverse(Object* o, const Visitor& visit) { visit(static_cast<Zip*>(o)->iters); }

// ---- map ---------------------------------------------------------------------------------

struct Map : Object {
  Value func;
  Tuple* iters;
};

Ref map_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == &map_type && kw_count(kwnames)) {
    set_error(ts, &TypeError_type, "map() takes no keyword arguments");
    return nullptr;
  }
  nargs = positional_count(nargs, kwnames);
  if (nargs < 2) {
    set_error(ts, &TypeError_type, "map() must have at least two arguments.");
    return nullptr;
  }
  Tuple* iters = new_tuple_uninit(static_cast<int64_t>(nargs - 1));
  if (!iters) return set_no_memory(ts);
  Ref hold = Ref::steal(Value(iters));
  for (size_t i = 1; i < nargs; i++) {
    Ref it = get_iter(ts, args[i]);
    if (!it) {
      for (size_t j = i; j < nargs; j++) iters->items[j - 1] = None();
      return nullptr;
    }
    iters->items[i - 1] = it.release();
  }
  Map* m = static_cast<Map*>(alloc_object(type, type->basic_size));
  if (!m) return set_no_memory(ts);
  m->func = own_ref(args[0]);
  m->iters = static_cast<Tuple*>(hold.release().as_object());
  return Ref::steal(Value(m));
}

Ref map_next(ThreadState* ts, Value self) {
  Map* m = static_cast<Map*>(self.as_object());
  int64_t n = m->iters->length;
  if (n == 1) {
    Ref item = iter_next(ts, m->iters->items[0]);
    if (!item) return nullptr;
    return call1(ts, m->func, item.get());
  }
  OwnedValues items;
  if (!items.reserve(ts, static_cast<size_t>(n))) return nullptr;
  for (int64_t i = 0; i < n; i++) {
    Ref item = iter_next(ts, m->iters->items[i]);
    if (!item) return nullptr;
    items.v.push_back(item.release());
  }
  return call(ts, m->func, items.v.data(), items.v.size());
}

Ref map_reduce(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Map* m = static_cast<Map*>(self.as_object());
  OwnedValues args;
  if (!args.reserve(ts, static_cast<size_t>(m->iters->length + 1))) return nullptr;
  args.push_borrowed(m->func);
  for (int64_t i = 0; i < m->iters->length; i++) args.push_borrowed(m->iters->items[i]);
  Ref t = new_tuple_from(args.v.data(), static_cast<int64_t>(args.size()));
  if (!t) return set_no_memory(ts);
  return new_tuple({Value(type_of(self)), t.get()});
}

void map_dealloc(Object* o) {
  Map* m = static_cast<Map*>(o);
  decref(m->func);
  decref(m->iters);
  free_object(o);
}
void map_traverse(Object* o, const Visitor& visit) {
  Map* m = static_cast<Map*>(o);
  visit(m->func);
  visit(m->iters);
}

// ---- filter ------------------------------------------------------------------------------

struct Filter : Object {
  Value func;  // None: truth of the item itself
  Value iter;
};

Ref filter_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == &filter_type && kw_count(kwnames)) {
    set_error(ts, &TypeError_type, "filter() takes no keyword arguments");
    return nullptr;
  }
  nargs = positional_count(nargs, kwnames);
  if (!check_positional(ts, "filter", nargs, nullptr, 2, 2)) return nullptr;
  Ref it = get_iter(ts, args[1]);
  if (!it) return nullptr;
  Filter* f = static_cast<Filter*>(alloc_object(type, type->basic_size));
  if (!f) return set_no_memory(ts);
  f->func = own_ref(args[0]);
  f->iter = it.release();
  return Ref::steal(Value(f));
}

Ref filter_next(ThreadState* ts, Value self) {
  Filter* f = static_cast<Filter*>(self.as_object());
  bool plain = f->func.is(None()) || f->func.is(Value(&bool_type));
  for (;;) {
    Ref item = iter_next(ts, f->iter);
    if (!item) return nullptr;
    int ok;
    if (plain) {
      ok = truthy(ts, item.get());
    } else {
      Ref r = call1(ts, f->func, item.get());
      if (!r) return nullptr;
      ok = truthy(ts, r.get());
    }
    if (ok < 0) return nullptr;
    if (ok) return item;
  }
}

Ref filter_reduce(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Filter* f = static_cast<Filter*>(self.as_object());
  Ref args = new_tuple({f->func, f->iter});
  if (!args) return set_no_memory(ts);
  return new_tuple({Value(type_of(self)), args.get()});
}

void filter_dealloc(Object* o) {
  Filter* f = static_cast<Filter*>(o);
  decref(f->func);
  decref(f->iter);
  free_object(o);
}
void filter_traverse(Object* o, const Visitor& visit) {
  Filter* f = static_cast<Filter*>(o);
  visit(f->func);
  visit(f->iter);
}

// ---- reversed ----------------------------------------------------------------------------

struct Reversed : Object {
  Value seq;
  std::atomic<int64_t> index;  // next index to fetch; -1 once exhausted
};

Ref reversed_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == &reversed_type && kw_count(kwnames)) {
    set_error(ts, &TypeError_type, "reversed() takes no keyword arguments");
    return nullptr;
  }
  nargs = positional_count(nargs, kwnames);
  if (!check_positional(ts, "reversed", nargs, nullptr, 1, 1)) return nullptr;
  Value seq = args[0];
  Ref meth = lookup_special(ts, seq, ident(ts, "__reversed__"));
  if (meth) {
    if (meth.get().is(None())) {
      set_errorf(ts, &TypeError_type, "'%s' object is not reversible", type_name(seq));
      return nullptr;
    }
    return call0(ts, meth.get());
  } else if (ts->has_error()) {
    return nullptr;
  }
  Type* t = type_of(seq);
  if (!t->getitem || is_dict(seq)) {
    set_errorf(ts, &TypeError_type, "'%s' object is not reversible", type_name(seq));
    return nullptr;
  }
  int64_t n = length_of(ts, seq);
  if (n < 0) return nullptr;
  Reversed* r = static_cast<Reversed*>(alloc_object(type, type->basic_size));
  if (!r) return set_no_memory(ts);
  r->seq = own_ref(seq);
  r->index.store(n - 1, std::memory_order_relaxed);
  return Ref::steal(Value(r));
}

Ref reversed_next(ThreadState* ts, Value self) {
  Reversed* r = static_cast<Reversed*>(self.as_object());
  int64_t i = r->index.load(std::memory_order_relaxed);
  while (i >= 0 && !r->index.compare_exchange_weak(i, i - 1, std::memory_order_relaxed)) {
  }
  if (i < 0) return nullptr;
  Ref idx = new_int(i);
  Ref item = get_item(ts, r->seq, idx.get());
  if (item) return item;
  if (error_matches(ts, &IndexError_type) || error_matches(ts, &StopIteration_type)) clear_error(ts);
  r->index.store(-1, std::memory_order_relaxed);
  return nullptr;
}

Ref reversed_length_hint(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Reversed* r = static_cast<Reversed*>(self.as_object());
  int64_t position = r->index.load(std::memory_order_relaxed) + 1;
  if (position <= 0) return Ref::small_int(0);
  int64_t n = length_of(ts, r->seq);
  if (n < 0) return nullptr;
  return new_int(n < position ? 0 : position);
}

void reversed_dealloc(Object* o) {
  decref(static_cast<Reversed*>(o)->seq);
  free_object(o);
}
void reversed_traverse(Object* o, const Visitor& visit) { visit(static_cast<Reversed*>(o)->seq); }

// ---- the sequence iterator ------------------------------------------------------------------

struct SeqIter : Object {
  Value seq;
  std::atomic<int64_t> index;  // -1 once exhausted
};

Ref seq_iter_next(ThreadState* ts, Value self) {
  SeqIter* it = static_cast<SeqIter*>(self.as_object());
  int64_t i = it->index.load(std::memory_order_relaxed);
  while (i >= 0 && !it->index.compare_exchange_weak(i, i + 1, std::memory_order_relaxed)) {
  }
  if (i < 0) return nullptr;
  Ref idx = new_int(i);
  Ref item = get_item(ts, it->seq, idx.get());
  if (item) return item;
  if (error_matches(ts, &IndexError_type) || error_matches(ts, &StopIteration_type)) {
    clear_error(ts);
    it->index.store(-1, std::memory_order_relaxed);
  }
  return nullptr;
}

Ref seq_iter_length_hint(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  SeqIter* it = static_cast<SeqIter*>(self.as_object());
  int64_t i = it->index.load(std::memory_order_relaxed);
  if (i < 0) return Ref::small_int(0);
  if (!type_of(it->seq)->len) return new_notimpl();
  int64_t n = length_of(ts, it->seq);
  if (n < 0) return nullptr;
  return new_int(n > i ? n - i : 0);
}

void seq_iter_dealloc(Object* o) {
  decref(static_cast<SeqIter*>(o)->seq);
  free_object(o);
}
void seq_iter_traverse(Object* o, const Visitor& visit) { visit(static_cast<SeqIter*>(o)->seq); }

// ---- the callable iterator ------------------------------------------------------------------

struct CallableIter : Object {
  Value callable, sentinel;
  std::atomic<bool> done;
};

Ref callable_iter_next(ThreadState* ts, Value self) {
  CallableIter* it = static_cast<CallableIter*>(self.as_object());
  if (it->done.load(std::memory_order_relaxed)) return nullptr;
  Ref result = call0(ts, it->callable);
  if (result) {
    int ok = rich_compare_bool(ts, it->sentinel, result.get(), CmpOp::Eq);
    if (ok == 0) return result;
    if (ok > 0) it->done.store(true, std::memory_order_relaxed);
    return nullptr;
  }
  if (error_matches(ts, &StopIteration_type)) {
    clear_error(ts);
    it->done.store(true, std::memory_order_relaxed);
  }
  return nullptr;
}

void callable_iter_dealloc(Object* o) {
  CallableIter* it = static_cast<CallableIter*>(o);
  decref(it->callable);
  decref(it->sentinel);
  free_object(o);
}
void callable_iter_traverse(Object* o, const Visitor& visit) {
  CallableIter* it = static_cast<CallableIter*>(o);
  visit(it->callable);
  visit(it->sentinel);
}

// ---- tables and setup -------------------------------------------------------------------------

const MethodDef enumerate_methods[] = {
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef zip_methods[] = {
    {"__reduce__", zip_reduce, kMethInstance, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef map_methods[] = {
    {"__reduce__", map_reduce, kMethInstance, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef filter_methods[] = {
    {"__reduce__", filter_reduce, kMethInstance, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, kMethInstance, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef seq_iter_methods[] = {
    {"__length_hint__", seq_iter_length_hint, kMethInstance, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

void setup_iterator(Type& t, const char* name, size_t size, DeallocFn dealloc, TraverseFn traverse, NextFn next,
                    NewFn new_, const MethodDef* methods, const char* doc) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.basic_size = size;
  t.flags = kTypeHasGC | (new_ ? kTypeBaseType : 0);
  t.base = &object_type;
  t.dealloc = dealloc;
  t.traverse = traverse;
  t.iter = iter_self;
  t.next = next;
  t.new_ = new_;
  t.methods = methods;
  t.doc = doc;
  register_static_type(&t);
}

}  // namespace

Ref new_seq_iter(ThreadState* ts, Value seq) {
  SeqIter* it = static_cast<SeqIter*>(alloc_object(&seq_iter_type, sizeof(SeqIter)));
  if (!it) return set_no_memory(ts);
  it->seq = own_ref(seq);
  it->index.store(0, std::memory_order_relaxed);
  return Ref::steal(Value(it));
}

Ref new_callable_iter(ThreadState* ts, Value callable, Value sentinel) {
  CallableIter* it = static_cast<CallableIter*>(alloc_object(&callable_iter_type, sizeof(CallableIter)));
  if (!it) return set_no_memory(ts);
  it->callable = own_ref(callable);
  it->sentinel = own_ref(sentinel);
  it->done.store(false, std::memory_order_relaxed);
  return Ref::steal(Value(it));
}

void setup_iterators_types() {
  setup_iterator(enumerate_type, "enumerate", sizeof(Enumerate), enumerate_dealloc, enumerate_traverse,
                 enumerate_next, enumerate_new, enumerate_methods,
                 "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
                 "The enumerate object yields pairs containing a count (from start, which\n"
                 "defaults to zero) and a value yielded by the iterable argument.\n\n"
                 "enumerate is useful for obtaining an indexed list:\n"
                 "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...");
  setup_iterator(zip_type, "zip", sizeof(Zip), zip_dealloc, zip_traverse, zip_next, zip_new, zip_methods,
                 "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.");
  setup_iterator(map_type, "map", sizeof(Map), map_dealloc, map_traverse, map_next, map_new, map_methods,
                 "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using "
                 "arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.");
  setup_iterator(filter_type, "filter", sizeof(Filter), filter_dealloc, filter_traverse, filter_next, filter_new,
                 filter_methods,
                 "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items "
                 "of iterable for which function(item)\nis true. If function is None, return the items that are true.");
  setup_iterator(reversed_type, "reversed", sizeof(Reversed), reversed_dealloc, reversed_traverse, reversed_next,
                 reversed_new, reversed_methods, "Return a reverse iterator over the values of the given sequence.");
  setup_iterator(seq_iter_type, "iterator", sizeof(SeqIter), seq_iter_dealloc, seq_iter_traverse, seq_iter_next,
                 nullptr, seq_iter_methods, nullptr);
  setup_iterator(callable_iter_type, "callable_iterator", sizeof(CallableIter), callable_iter_dealloc,
                 callable_iter_traverse, callable_iter_next, nullptr, nullptr, nullptr);
}

}  // namespace weft

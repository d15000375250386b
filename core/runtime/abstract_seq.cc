// The generic object protocol, part 2: len/getitem/setitem/contains, the
// iterator protocol (with the __getitem__ sequence-iterator fallback), and
// calls (vectorcall with kwnames, tuple/dict calls, method calls).
#include <vector>

#include "core/types/type_internal.h"

namespace weft {

// ---- calls ----------------------------------------------------------------------------
Ref call(ThreadState* ts, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = type_of(callable);
  if (!t->call) {
    set_errorf(ts, &TypeError_type, "'%s' object is not callable", t->name);
    return nullptr;
  }
  if (check_native_stack(ts, " while calling a Python object")) return nullptr;
  if (kwnames && kwnames->length == 0) kwnames = nullptr;
  return t->call(ts, callable, args, nargs, kwnames);
}

Ref call0(ThreadState* ts, Value callable) { return call(ts, callable, nullptr, 0); }
Ref call1(ThreadState* ts, Value callable, Value a) { return call(ts, callable, &a, 1); }
Ref call2(ThreadState* ts, Value callable, Value a, Value b) {
  Value args[2] = {a, b};
  return call(ts, callable, args, 2);
}

Ref call_prepend(ThreadState* ts, Value callable, Value self, const Value* args, size_t nargs,
                 Tuple* kwnames) {
  size_t total = nargs + (kwnames ? static_cast<size_t>(kwnames->length) : 0);
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 8) {
    try {
      big.resize(total + 1);
    } catch (const std::bad_alloc&) {
      return set_no_memory(ts);
    }
    buf = big.data();
  }
  buf[0] = self;
  for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
  return call(ts, callable, buf, nargs + 1, kwnames);
}

Ref call_tuple_dict(ThreadState* ts, Value callable, Tuple* args, Dict* kwargs) {
  int64_t nkw = kwargs ? dict_size(kwargs) : 0;
  if (nkw == 0) return call(ts, callable, args->items, static_cast<size_t>(args->length));
  std::vector<Value> buf, names;
  std::vector<Ref> keep;
  try {
    buf.assign(args->items, args->items + args->length);
    int64_t pos = 0;
    Ref k, v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      if (!is_str(k.get())) {
        set_error(ts, &TypeError_type, "keywords must be strings");
        return nullptr;
      }
      names.push_back(k.get());
      buf.push_back(v.get());
      keep.push_back(std::move(k));
      keep.push_back(std::move(v));
    }
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  if (ts->has_error()) return nullptr;
  Ref kwnames = new_tuple_from(names.data(), static_cast<int64_t>(names.size()));
  if (!kwnames) return nullptr;
  return call(ts, callable, buf.data(), static_cast<size_t>(args->length), kwnames.as<Tuple>());
}

Ref call_method(ThreadState* ts, Value obj, const char* name, const Value* args, size_t nargs) {
  bool unbound;
  Ref f = get_method(ts, obj, intern_str(ts, name), &unbound);
  if (!f) return nullptr;
  if (unbound) return call_prepend(ts, f.get(), obj, args, nargs);
  return call(ts, f.get(), args, nargs);
}

bool is_callable(Value v) { return type_of(v)->call != nullptr; }

// ---- length ------------------------------------------------------------------------------
int64_t length_of(ThreadState* ts, Value v) {
  Type* t = type_of(v);
  if (t->len) return t->len(ts, v);
  set_errorf(ts, &TypeError_type, "object of type '%s' has no len()", t->name);
  return -1;
}

int64_t length_hint(ThreadState* ts, Value v, int64_t dflt) {
  Type* t = type_of(v);
  if (t->len) {
    int64_t n = t->len(ts, v);
    if (n >= 0) return n;
    if (!error_matches(ts, &TypeError_type)) return -1;
    clear_error(ts);
  }
  Ref hint = lookup_special(ts, v, ID("__length_hint__"));
  if (!hint) return ts->has_error() ? -1 : dflt;
  Ref r = call0(ts, hint.get());
  if (!r) {
    if (!error_matches(ts, &TypeError_type)) return -1;
    clear_error(ts);
    return dflt;
  }
  if (r.get().is(NotImpl())) return dflt;
  if (!is_int(r.get())) {
    set_errorf(ts, &TypeError_type, "__length_hint__ must be an integer, not %s",
               type_name(r.get()));
    return -1;
  }
  int64_t n;
  if (!index_to_i64(ts, r.get(), &n, &OverflowError_type)) return -1;
  if (n < 0) {
    set_error(ts, &ValueError_type, "__length_hint__() should return >= 0");
    return -1;
  }
  return n;
}

// ---- items ---------------------------------------------------------------------------------
Ref get_item(ThreadState* ts, Value container, Value key) {
  Type* t = type_of(container);
  if (t->getitem) return t->getitem(ts, container, key);
  if (is_type(container)) {
    if (container.is(Value(&type_type))) return new_generic_alias(ts, container, key);
    Ref cgi = get_attr_opt(ts, container, ID("__class_getitem__"));
    if (cgi) return call1(ts, cgi.get(), key);
    if (ts->has_error()) return nullptr;
    set_errorf(ts, &TypeError_type, "type '%s' is not subscriptable", as_type(container)->name);
    return nullptr;
  }
  set_errorf(ts, &TypeError_type, "'%s' object is not subscriptable", t->name);
  return nullptr;
}

int set_item(ThreadState* ts, Value container, Value key, Value v) {
  Type* t = type_of(container);
  if (t->setitem) return t->setitem(ts, container, key, v);
  set_errorf(ts, &TypeError_type, "'%s' object does not support item assignment", t->name);
  return -1;
}

int del_item(ThreadState* ts, Value container, Value key) {
  Type* t = type_of(container);
  if (t->setitem) return t->setitem(ts, container, key, Value());
  bool seq = t->getitem && (is_int(key) || type_of(key)->index);
  set_errorf(ts, &TypeError_type, "'%s' object %s support item deletion", t->name,
             seq ? "doesn't" : "does not");
  return -1;
}

int contains(ThreadState* ts, Value container, Value item) {
  Type* t = type_of(container);
  if (t->contains) return t->contains(ts, container, item);
  if (!t->iter && !(t->getitem && !is_dict(container))) {
    set_errorf(ts, &TypeError_type, "argument of type '%s' is not iterable", t->name);
    return -1;
  }
  Ref it = get_iter(ts, container);
  if (!it) return -1;
  for (;;) {
    Ref x = iter_next(ts, it.get());
    if (!x) return ts->has_error() ? -1 : 0;
    int r = rich_compare_bool(ts, x.get(), item, CmpOp::Eq);
    if (r != 0) return r;
  }
}

// ---- iteration ------------------------------------------------------------------------------------
Ref get_iter(ThreadState* ts, Value iterable) {
  Type* t = type_of(iterable);
  if (t->iter) {
    Ref r = t->iter(ts, iterable);
    if (!r) return nullptr;
    if (!type_of(r.get())->next) {
      set_errorf(ts, &TypeError_type, "iter() returned non-iterator of type '%s'",
                 type_name(r.get()));
      return nullptr;
    }
    return r;
  }
  if (t->getitem && !is_dict(iterable)) return new_seq_iter(ts, iterable);
  set_errorf(ts, &TypeError_type, "'%s' object is not iterable", t->name);
  return nullptr;
}

Ref iter_next(ThreadState* ts, Value iterator) {
  Type* t = type_of(iterator);
  if (!t->next) {
    set_errorf(ts, &TypeError_type, "'%s' object is not an iterator", t->name);
    return nullptr;
  }
  Ref r = t->next(ts, iterator);
  if (!r && ts->has_error() && error_matches(ts, &StopIteration_type)) clear_error(ts);
  return r;
}

}  // namespace weft

// Out-of-line parts of the dispatch loop: the less frequent opcodes (raise,
// unpacking, f-strings, f(*a, **k), with/async, pattern matching, except*)
// and CPython 3.11's exact error messages. Kept apart so eval.cc stays tight.
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "core/runtime/import.h"
#include "core/types/set.h"
#include "core/vm/frame.h"

namespace weft {

namespace {

std::string s8(Value v) {
  if (!is_str(v)) return std::string();
  return std::string(str_utf8(v));
}

std::string repr8(ThreadState* ts, Value v) {
  Ref r = repr_of(ts, v);
  if (!r) {
    clear_error(ts);
    return "?";
  }
  return s8(r);
}

Value vtrue() { return Value(static_cast<Object*>(&true_obj)); }

BaseExc* exc_obj(Value v) { return static_cast<BaseExc*>(v.as_object()); }

}  // namespace

// ---- type tests ---------------------------------------------------------------------

bool is_type_obj(Value v) {
  if (!v.is_object()) return false;
  Type* t = type_of(v);
  return t == &type_type || t->has_flag(kTypeTypeSubclass) || is_subtype(t, &type_type);
}

bool is_exc_class(Value v) {
  if (!is_type_obj(v)) return false;
  Type* t = static_cast<Type*>(v.as_object());
  return t->has_flag(kTypeExcSubclass) || is_subtype(t, &BaseException_type);
}

bool is_exc_instance(Value v) {
  if (!v.is_object()) return false;
  Type* t = type_of(v);
  return t->has_flag(kTypeExcSubclass) || is_subtype(t, &BaseException_type);
}

// ---- error helpers ------------------------------------------------------------------

void raise_name_error(ThreadState* ts, Value name) {
  set_errorf(ts, &NameError_type, "name '%.200s' is not defined", s8(name).c_str());
  // NameError.name feeds the "Did you mean" suggestions of the traceback printer.
  Ref exc = fetch_error(ts);
  if (exc && set_attr(ts, exc, ident(ts, "name"), name) < 0) clear_error(ts);
  restore_error(ts, std::move(exc));
}

Str* slot_name(Code* co, int slot) {
  if (slot < co->nlocals) return static_cast<Str*>(co->varnames->items[slot].as_object());
  slot -= co->nlocals;
  int ncells = co->ncells();
  if (slot < ncells) return static_cast<Str*>(co->cellvars->items[slot].as_object());
  return static_cast<Str*>(co->freevars->items[slot - ncells].as_object());
}

void raise_unbound(ThreadState* ts, Code* co, int slot) {
  if (ts->has_error()) return;
  std::string name(str_utf8(slot_name(co, slot)));
  if (slot < co->nlocals + co->ncells())
    set_errorf(ts, &UnboundLocalError_type,
               "cannot access local variable '%s' where it is not associated with a value",
               name.c_str());
  else
    set_errorf(ts, &NameError_type,
               "cannot access free variable '%s' where it is not associated with a value"
               " in enclosing scope",
               name.c_str());
}

void raise_from_cause(ThreadState* ts, Type* type, std::string_view msg) {
  Ref cause = fetch_error(ts);
  set_error(ts, type, msg);
  if (!cause) return;
  Value exc = ts->exc.get();
  BaseExc* e = exc_obj(exc);
  store_ref(e, &e->cause, Ref(cause));
  e->suppress_context = true;
  store_ref(e, &e->context, std::move(cause));
}

Ref stop_iteration_value(ThreadState* ts) {
  Ref exc = fetch_error(ts);
  Ref v = get_attr_opt(ts, exc, ident(ts, "value"));
  if (v) return v;
  if (ts->has_error()) return nullptr;
  Ref args = exc_args(exc);
  if (args && is_tuple(args) && args.as<Tuple>()->length > 0)
    return Ref::borrow(args.as<Tuple>()->items[0]);
  clear_error(ts);
  return new_none();
}

void chain_context(Value exc, Value context) {
  if (exc.is(context) || !is_exc_instance(context)) return;
  // Cut a cycle through exc (Floyd's algorithm guards against pre-existing ones).
  BaseExc* o = exc_obj(context);
  BaseExc* slow = o;
  bool toggle = false;
  while (Object* c = o->context) {
    if (Value(c).is(exc)) {
      store_ref(o, &o->context, Ref());
      break;
    }
    o = static_cast<BaseExc*>(c);
    if (o == slow) break;
    if (toggle) slow = static_cast<BaseExc*>(slow->context);
    toggle = !toggle;
  }
  BaseExc* e = exc_obj(exc);
  store_ref(e, &e->context, Ref::borrow(context));
}

// ---- raise ----------------------------------------------------------------------------

int do_raise(ThreadState* ts, Value exc, Value cause) {
  if (!exc) {
    Value h = topmost_handled(ts);
    if (!h || h.is(None())) {
      set_error(ts, &RuntimeError_type, "No active exception to reraise");
      return 0;
    }
    ts->exc = Ref::borrow(h);
    return 1;
  }
  Ref value;
  if (is_exc_class(exc)) {
    value = call0(ts, exc);
    if (!value) return 0;
    if (!is_exc_instance(value)) {
      set_errorf(ts, &TypeError_type,
                 "calling %s should have returned an instance of BaseException, not %s",
                 repr8(ts, exc).c_str(), repr8(ts, Value(type_of(value))).c_str());
      return 0;
    }
  } else if (is_exc_instance(exc)) {
    value = Ref::borrow(exc);
  } else {
    set_error(ts, &TypeError_type, "exceptions must derive from BaseException");
    return 0;
  }
  if (cause) {
    Ref fixed;
    if (is_exc_class(cause)) {
      fixed = call0(ts, cause);
      if (!fixed) return 0;
    } else if (is_exc_instance(cause)) {
      fixed = Ref::borrow(cause);
    } else if (!cause.is(None())) {
      set_error(ts, &TypeError_type, "exception causes must derive from BaseException");
      return 0;
    }
    BaseExc* e = exc_obj(value);
    store_ref(e, &e->cause, std::move(fixed));
    e->suppress_context = true;
  }
  Value h = topmost_handled(ts);
  if (h && !h.is(None())) chain_context(value, h);
  ts->exc = std::move(value);
  return 0;
}

// ---- unpacking --------------------------------------------------------------------------

bool unpack_iterable(ThreadState* ts, Value v, int before, int after, Value* out) {
  int total = before + (after >= 0 ? 1 + after : 0);
  Ref it = get_iter(ts, v);
  if (!it) {
    Type* t = type_of(v);
    if (error_matches(ts, &TypeError_type) && !t->iter && !t->getitem) {
      clear_error(ts);
      set_errorf(ts, &TypeError_type, "cannot unpack non-iterable %.200s object", t->name);
    }
    return false;
  }
  int i = 0;
  for (; i < before; ++i) {
    Ref w = iter_next(ts, it);
    if (!w) {
      if (!ts->has_error()) {
        if (after == -1)
          set_errorf(ts, &ValueError_type, "not enough values to unpack (expected %d, got %d)",
                     before, i);
        else
          set_errorf(ts, &ValueError_type,
                     "not enough values to unpack (expected at least %d, got %d)",
                     before + after, i);
      }
      goto fail;
    }
    out[total - 1 - i] = w.release();
  }
  if (after == -1) {
    Ref w = iter_next(ts, it);
    if (!w) {
      if (ts->has_error()) goto fail;
      return true;
    }
    set_errorf(ts, &ValueError_type, "too many values to unpack (expected %d)", before);
    goto fail;
  }
  {
    Ref rest = sequence_to_list(ts, it);
    if (!rest) goto fail;
    List* l = rest.as<List>();
    int64_t n = l->length.load(std::memory_order_relaxed);
    if (n < after) {
      set_errorf(ts, &ValueError_type,
                 "not enough values to unpack (expected at least %d, got %lld)", before + after,
                 (long long)(before + n));
      goto fail;
    }
    Value* items = l->items.load(std::memory_order_relaxed);
    Ref star = new_list_from(items, n - after);
    if (!star) goto fail;
    for (int j = 0; j < after; ++j) {
      Value x = items[n - after + j];
      incref(x);
      out[total - 2 - before - j] = x;
    }
    out[total - 1 - before] = star.release();
    return true;
  }
fail:
  for (int k = 0; k < i; ++k) decref(out[total - 1 - k]);
  return false;
}

// ---- f-strings ------------------------------------------------------------------------

Ref format_value(ThreadState* ts, Value v, int conversion, Value spec) {
  Ref conv;
  switch (conversion) {
    case 1: conv = str_of(ts, v); break;
    case 2: conv = repr_of(ts, v); break;
    case 3: conv = ascii_of(ts, v); break;
    default: conv = Ref::borrow(v); break;
  }
  if (!conv) return nullptr;
  if (is_exact_str(conv) && (!spec || static_cast<Str*>(spec.as_object())->length == 0))
    return conv;
  return format_of(ts, conv, spec);
}

Ref build_string(ThreadState* ts, const Value* items, int n) {
  if (n == 1 && is_exact_str(items[0])) return Ref::borrow(items[0]);
  int64_t total = 0;
  uint32_t maxc = 0;
  for (int i = 0; i < n; ++i) {
    Str* s = static_cast<Str*>(items[i].as_object());
    total += s->length;
    uint32_t m = s->kind == 1 ? (s->ascii ? 0x7F : 0xFF) : s->kind == 2 ? 0xFFFF : 0x10FFFF;
    if (m > maxc) maxc = m;
  }
  if (total == 0) return Ref::borrow(items[0]);
  Str* r = new_str_uninit(total, maxc);
  if (!r) return nullptr;
  int64_t pos = 0;
  for (int i = 0; i < n; ++i) {
    Str* s = static_cast<Str*>(items[i].as_object());
    if (s->kind == r->kind) {
      std::memcpy(static_cast<char*>(r->data) + pos * r->kind, s->data, size_t(s->length) * s->kind);
    } else {
      for (int64_t j = 0; j < s->length; ++j) {
        uint32_t c = s->at(j);
        switch (r->kind) {
          case 1: static_cast<uint8_t*>(r->data)[pos + j] = uint8_t(c); break;
          case 2: static_cast<uint16_t*>(r->data)[pos + j] = uint16_t(c); break;
          default: static_cast<uint32_t*>(r->data)[pos + j] = c; break;
        }
      }
    }
    pos += s->length;
  }
  return Ref::steal(Value(r));
}

// ---- calls with * and ** ----------------------------------------------------------------

Ref call_function_ex(ThreadState* ts, Value func, Value self, Value args, Value kwargs) {
  Ref tuple;
  if (!is_exact_tuple(args)) {
    Type* t = type_of(args);
    if (!t->iter && !(t->getitem && !is_dict(args))) {
      Ref fs = function_str(ts, func);
      if (!fs) return nullptr;
      set_errorf(ts, &TypeError_type, "%s argument after * must be an iterable, not %.200s",
                 s8(fs).c_str(), t->name);
      return nullptr;
    }
    tuple = sequence_to_tuple(ts, args);
    if (!tuple) return nullptr;
    args = tuple;
  }
  Ref kwcopy;
  if (kwargs && !is_exact_dict(kwargs)) {
    kwcopy = new_dict();
    if (!kwcopy || dict_merge_op(ts, kwcopy, kwargs, func) < 0) return nullptr;
    kwargs = kwcopy;
  }
  Tuple* t = static_cast<Tuple*>(args.as_object());
  int64_t nkw = kwargs ? dict_size(dict_of(kwargs)) : 0;
  if (nkw == 0 && !self) return call(ts, func, t->items, size_t(t->length), nullptr);
  std::vector<Value> vec;
  std::vector<Ref> hold;
  Ref names;
  try {
    vec.reserve(size_t(t->length + nkw + 1));
    hold.reserve(size_t(nkw));
    if (self) vec.push_back(self);
    for (int64_t i = 0; i < t->length; ++i) vec.push_back(t->items[i]);
    if (nkw) {
      Tuple* nt = new_tuple_uninit(nkw);
      if (!nt) return nullptr;
      names = Ref::steal(Value(nt));
      int64_t pos = 0, i = 0;
      Ref k, v;
      while (i < nkw && dict_next(dict_of(kwargs), &pos, &k, &v)) {
        if (!is_str(k)) {
          for (int64_t j = i; j < nkw; ++j) nt->items[j] = Ref::borrow(None()).release();
          set_error(ts, &TypeError_type, "keywords must be strings");
          return nullptr;
        }
        nt->items[i++] = k.release();
        vec.push_back(v.get());
        hold.push_back(std::move(v));
      }
      if (ts->has_error()) return nullptr;
      if (i != nkw) {  // the dict shrank under us
        for (int64_t j = i; j < nkw; ++j) nt->items[j] = Ref::borrow(None()).release();
        set_error(ts, &RuntimeError_type, "dictionary changed size during iteration");
        return nullptr;
      }
    }
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  size_t npos = vec.size() - size_t(nkw);
  return call(ts, func, vec.data(), npos, names ? names.as<Tuple>() : nullptr);
}

// ---- MAKE_FUNCTION -----------------------------------------------------------------------

Ref make_function_op(ThreadState* ts, Frame* f, int flags, Value* sp) {
  // sp points past [defaults?, kwdefaults?, annotations?, closure?, code].
  Value code = *--sp;
  Value closure = (flags & 8) ? *--sp : Value();
  Value annotations = (flags & 4) ? *--sp : Value();
  Value kwdefaults = (flags & 2) ? *--sp : Value();
  Value defaults = (flags & 1) ? *--sp : Value();
  Code* co = static_cast<Code*>(code.as_object());
  Ref fn = new_function(ts, co, f->globals, Value(co->qualname));
  if (!fn) return nullptr;
  Function* func = fn.as<Function>();
  if (defaults && !defaults.is(None()))
    store_ref(func, reinterpret_cast<Object**>(&func->defaults), Ref::borrow(defaults));
  if (kwdefaults && !kwdefaults.is(None()))
    store_ref(func, reinterpret_cast<Object**>(&func->kwdefaults), Ref::borrow(kwdefaults));
  if (closure && !closure.is(None()))
    store_ref(func, reinterpret_cast<Object**>(&func->closure), Ref::borrow(closure));
  if (annotations && !annotations.is(None())) {
    Ref ann;
    if (is_tuple(annotations)) {  // flat (name, value, name, value...) pairs
      ann = new_dict();
      if (!ann) return nullptr;
      Tuple* t = static_cast<Tuple*>(annotations.as_object());
      for (int64_t i = 0; i + 1 < t->length; i += 2)
        if (dict_set(ts, dict_of(ann), t->items[i], t->items[i + 1]) < 0) return nullptr;
    } else {
      ann = Ref::borrow(annotations);
    }
    store_ref(func, reinterpret_cast<Object**>(&func->annotations), std::move(ann));
  }
  return fn;
}

// ---- except / except* ------------------------------------------------------------------------

int check_except_type(ThreadState* ts, Value type, bool star) {
  static const char kCannotCatch[] =
      "catching classes that do not inherit from BaseException is not allowed";
  auto bad_star = [&](Value t) {
    return star && is_subtype(static_cast<Type*>(t.as_object()), &BaseExceptionGroup_type);
  };
  if (is_tuple(type)) {
    Tuple* t = static_cast<Tuple*>(type.as_object());
    for (int64_t i = 0; i < t->length; ++i) {
      if (!is_exc_class(t->items[i])) {
        set_error(ts, &TypeError_type, kCannotCatch);
        return -1;
      }
      if (bad_star(t->items[i])) goto star_error;
    }
    return 0;
  }
  if (!is_exc_class(type)) {
    set_error(ts, &TypeError_type, kCannotCatch);
    return -1;
  }
  if (bad_star(type)) goto star_error;
  return 0;
star_error:
  set_error(ts, &TypeError_type,
            "catching ExceptionGroup with except* is not allowed. Use except instead.");
  return -1;
}

bool exc_matches(Value exc, Value type) {
  Type* et = type_of(exc);
  if (is_tuple(type)) {
    Tuple* t = static_cast<Tuple*>(type.as_object());
    for (int64_t i = 0; i < t->length; ++i)
      if (exc_matches(exc, t->items[i])) return true;
    return false;
  }
  if (!is_type_obj(type)) return false;
  return is_subtype(et, static_cast<Type*>(type.as_object()));
}

static bool is_exception_group(Value v) {
  return v.is_object() && is_subtype(type_of(v), &BaseExceptionGroup_type);
}

int eg_match(ThreadState* ts, Value exc, Value type, Ref* match, Ref* rest) {
  if (exc.is(None())) {
    *match = new_none();
    *rest = new_none();
    return 0;
  }
  if (exc_matches(exc, type)) {
    if (is_exception_group(exc)) {
      *match = Ref::borrow(exc);
    } else {  // a naked exception: wrap it in ExceptionGroup("", (exc,))
      Ref excs = new_tuple({exc});
      Ref msg = new_str_ascii("");
      if (!excs || !msg) return -1;
      Ref wrapped = call2(ts, Value(&BaseExceptionGroup_type), msg, excs);
      if (!wrapped) return -1;
      BaseExc* w = exc_obj(wrapped);
      if (Object* tb = exc_obj(exc)->traceback)
        store_ref(w, &w->traceback, Ref::borrow(Value(tb)));
      *match = std::move(wrapped);
    }
    *rest = new_none();
    return 0;
  }
  if (is_exception_group(exc)) {
    Value a[1] = {type};
    Ref pair = call_method(ts, exc, "split", a, 1);
    if (!pair) return -1;
    if (!is_tuple(pair) || pair.as<Tuple>()->length != 2) {
      set_error(ts, &TypeError_type, "ExceptionGroup.split must return a 2-tuple");
      return -1;
    }
    *match = Ref::borrow(pair.as<Tuple>()->items[0]);
    *rest = Ref::borrow(pair.as<Tuple>()->items[1]);
    return 0;
  }
  *match = new_none();
  *rest = new_none();
  return 0;
}

namespace {

// Collects the ids of the leaf exceptions of an exception (group).
bool collect_leaves(ThreadState* ts, Value e, std::vector<uintptr_t>* out) {
  if (e.is(None())) return true;
  if (!is_exception_group(e)) {
    out->push_back(e.strip());
    return true;
  }
  Ref excs = get_attr_str(ts, e, "exceptions");
  if (!excs) return false;
  if (!is_tuple(excs)) return true;
  Tuple* t = excs.as<Tuple>();
  for (int64_t i = 0; i < t->length; ++i)
    if (!collect_leaves(ts, t->items[i], out)) return false;
  return true;
}

bool same_metadata(Value a, Value b) {
  BaseExc* x = exc_obj(a);
  BaseExc* y = exc_obj(b);
  return x->notes == y->notes && x->traceback == y->traceback && x->cause == y->cause &&
         x->context == y->context;
}

// The split predicate of exception_group_projection: "is this leaf kept?"
Ref leaf_pred(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  // self is a tuple of ints (the kept leaf ids).
  Tuple* ids = static_cast<Tuple*>(self.as_object());
  uintptr_t id = nargs ? args[0].strip() : 0;
  for (int64_t i = 0; i < ids->length; ++i) {
    int64_t v = 0;
    if (!int_to_i64(ts, ids->items[i], &v)) return nullptr;
    if (uintptr_t(v) == id) return new_bool(true);
  }
  return new_bool(false);
}
const MethodDef kLeafPredDef = {"_leaf_in", leaf_pred, kMethInstance, nullptr};

}  // namespace

Ref prep_reraise_star(ThreadState* ts, Value orig, Value excs) {
  List* l = static_cast<List*>(excs.as_object());
  int64_t n = l->length.load(std::memory_order_relaxed);
  if (n == 0) return new_none();
  Value* items = l->items.load(std::memory_order_relaxed);
  if (!is_exception_group(orig)) return Ref::borrow(items[0]);
  std::vector<Value> raised, reraised;
  for (int64_t i = 0; i < n; ++i) {
    Value e = items[i];
    if (e.is(None())) continue;
    (same_metadata(e, orig) ? reraised : raised).push_back(e);
  }
  // The re-raised part keeps orig's structure: split orig by the leaves re-raised.
  Ref reraised_eg = new_none();
  if (!reraised.empty()) {
    std::vector<uintptr_t> leaves;
    for (Value e : reraised)
      if (!collect_leaves(ts, e, &leaves)) return nullptr;
    Tuple* ids = new_tuple_uninit(int64_t(leaves.size()));
    if (!ids) return nullptr;
    Ref idt = Ref::steal(Value(ids));
    for (size_t i = 0; i < leaves.size(); ++i)
      ids->items[i] = new_int_from_u64(leaves[i]).release();
    Ref pred = new_native_function(&kLeafPredDef, idt);
    if (!pred) return nullptr;
    Value a[1] = {pred};
    Ref pair = call_method(ts, orig, "split", a, 1);
    if (!pair) return nullptr;
    reraised_eg = Ref::borrow(pair.as<Tuple>()->items[0]);
  }
  if (raised.empty()) return reraised_eg;
  if (!reraised_eg.get().is(None())) raised.push_back(reraised_eg);
  if (raised.size() == 1) return Ref::borrow(raised[0]);
  Ref lst = new_list_from(raised.data(), int64_t(raised.size()));
  Ref msg = new_str_ascii("");
  if (!lst || !msg) return nullptr;
  return call2(ts, Value(&BaseExceptionGroup_type), msg, lst);
}

// ---- with / async with ------------------------------------------------------------------------

int before_with(ThreadState* ts, Value mgr, bool async, Ref* exit, Ref* result) {
  Ref enter = lookup_special(ts, mgr, ident(ts, async ? "__aenter__" : "__enter__"));
  if (!enter) {
    if (!ts->has_error())
      set_errorf(ts, &TypeError_type,
                 async ? "'%.200s' object does not support the asynchronous context manager protocol"
                       : "'%.200s' object does not support the context manager protocol",
                 type_name(mgr));
    return -1;
  }
  *exit = lookup_special(ts, mgr, ident(ts, async ? "__aexit__" : "__exit__"));
  if (!*exit) {
    if (!ts->has_error())
      set_errorf(ts, &TypeError_type,
                 async ? "'%.200s' object does not support the asynchronous context manager "
                         "protocol (missed __aexit__ method)"
                       : "'%.200s' object does not support the context manager protocol "
                         "(missed __exit__ method)",
                 type_name(mgr));
    return -1;
  }
  *result = call0(ts, enter);
  return *result ? 0 : -1;
}

Ref with_exit_call(ThreadState* ts, Value exit, Value exc) {
  Value tb = None();
  if (is_exc_instance(exc) && exc_obj(exc)->traceback) tb = Value(exc_obj(exc)->traceback);
  Value args[3] = {Value(type_of(exc)), exc, tb};
  return call(ts, exit, args, 3);
}

// ---- await / async for ---------------------------------------------------------------------------

static bool is_coroutine_like(Value v) {
  if (!v.is_object()) return false;
  Type* t = type_of(v);
  if (t == &coroutine_type) return true;
  return t == &generator_type &&
         (static_cast<Generator*>(v.as_object())->code->flags & kCoIterableCoroutine);
}

static Ref awaitable_iter(ThreadState* ts, Value o) {
  if (is_coroutine_like(o)) return Ref::borrow(o);
  Ref am = lookup_special(ts, o, ident(ts, "__await__"));
  if (!am) {
    if (!ts->has_error())
      set_errorf(ts, &TypeError_type, "object %.100s can't be used in 'await' expression",
                 type_name(o));
    return nullptr;
  }
  Ref res = call0(ts, am);
  if (!res) return nullptr;
  if (is_coroutine_like(res)) {
    set_error(ts, &TypeError_type, "__await__() returned a coroutine");
    return nullptr;
  }
  if (!type_of(res)->next) {
    set_errorf(ts, &TypeError_type, "__await__() returned non-iterator of type '%.100s'",
               type_name(res));
    return nullptr;
  }
  return res;
}

Ref get_awaitable(ThreadState* ts, Value v, int where) {
  Ref it = awaitable_iter(ts, v);
  if (!it) {
    if (where && error_matches(ts, &TypeError_type) &&
        !type_lookup(type_of(v), ident(ts, "__await__"))) {
      clear_error(ts);
      set_errorf(ts, &TypeError_type,
                 where == 1 ? "'async with' received an object from __aenter__ that does not "
                              "implement __await__: %.100s"
                            : "'async with' received an object from __aexit__ that does not "
                              "implement __await__: %.100s",
                 type_name(v));
    }
    return nullptr;
  }
  if (type_of(it) == &coroutine_type && gen_delegate(it.as<Generator>())) {
    set_error(ts, &RuntimeError_type, "coroutine is being awaited already");
    return nullptr;
  }
  return it;
}

Ref get_aiter(ThreadState* ts, Value v) {
  Ref m = lookup_special(ts, v, ident(ts, "__aiter__"));
  if (!m) {
    if (!ts->has_error())
      set_errorf(ts, &TypeError_type,
                 "'async for' requires an object with __aiter__ method, got %.100s",
                 type_name(v));
    return nullptr;
  }
  Ref it = call0(ts, m);
  if (!it) return nullptr;
  if (!type_lookup(type_of(it), ident(ts, "__anext__"))) {
    set_errorf(ts, &TypeError_type,
               "'async for' received an object from __aiter__ that does not implement "
               "__anext__: %.100s",
               type_name(it));
    return nullptr;
  }
  return it;
}

Ref get_anext(ThreadState* ts, Value aiter) {
  Ref m = lookup_special(ts, aiter, ident(ts, "__anext__"));
  if (!m) {
    if (!ts->has_error())
      set_errorf(ts, &TypeError_type,
                 "'async for' requires an iterator with __anext__ method, got %.100s",
                 type_name(aiter));
    return nullptr;
  }
  Ref next = call0(ts, m);
  if (!next) return nullptr;
  if (type_of(aiter) == &async_generator_type) return next;
  Ref aw = awaitable_iter(ts, next);
  if (!aw) {
    std::string msg = "'async for' received an invalid object from __anext__: ";
    msg += type_name(next);
    raise_from_cause(ts, &TypeError_type, msg);
    return nullptr;
  }
  return aw;
}

Ref get_yield_from_iter(ThreadState* ts, Frame* f, Value v) {
  Type* t = type_of(v);
  if (t == &coroutine_type) {
    if (!(f->code->flags & (kCoCoroutine | kCoIterableCoroutine))) {
      set_error(ts, &TypeError_type,
                "cannot 'yield from' a coroutine object in a non-coroutine generator");
      return nullptr;
    }
    return Ref::borrow(v);
  }
  if (t == &generator_type) return Ref::borrow(v);
  return get_iter(ts, v);
}

Ref yield_from_send(ThreadState* ts, Value iter, Value v, bool* done) {
  *done = false;
  if (is_gen_like(iter)) return gen_send(ts, iter, v, done);
  Ref r;
  Type* t = type_of(iter);
  if (v.is(None()) && t->next && !t->has_flag(kTypeHeap)) {
    r = t->next(ts, iter);
  } else if (v.is(None()) && t->has_flag(kTypeHeap)) {
    // Call __next__ itself: its StopIteration carries the result (the slot
    // wrapper may report plain exhaustion instead).
    r = call_method(ts, iter, "__next__", nullptr, 0);
  } else {
    r = call_method(ts, iter, "send", &v, 1);
  }
  if (r) return r;
  if (!ts->has_error()) {
    *done = true;
    return new_none();
  }
  if (!error_matches(ts, &StopIteration_type)) return nullptr;
  *done = true;
  return stop_iteration_value(ts);
}

// ---- pattern matching -----------------------------------------------------------------------------

static bool match_self_type(Type* t) {
  static Type* const kSelf[] = {&bool_type, &bytearray_type, &bytes_type, &dict_type,
                                &float_type, &frozenset_type, &int_type, &list_type,
                                &set_type, &str_type, &tuple_type};
  for (Type* s : kSelf)
    if (is_subtype(t, s)) return true;
  return false;
}

static Ref match_class_attr(ThreadState* ts, Value subject, Type* type, Value name,
                            std::vector<Value>* seen) {
  for (Value s : *seen) {
    if (equals(ts, s, name) > 0) {
      set_errorf(ts, &TypeError_type, "%s() got multiple sub-patterns for attribute %s",
                 type->name, repr8(ts, name).c_str());
      return nullptr;
    }
  }
  seen->push_back(name);
  Ref attr = get_attr(ts, subject, static_cast<Str*>(name.as_object()));
  if (!attr && error_matches(ts, &AttributeError_type)) clear_error(ts);
  return attr;
}

Ref match_class(ThreadState* ts, Value subject, Value cls, Value kwnames, int npos) {
  if (!is_type_obj(cls)) {
    set_error(ts, &TypeError_type, "called match pattern must be a type");
    return nullptr;
  }
  Type* type = static_cast<Type*>(cls.as_object());
  int inst = isinstance(ts, subject, cls);
  if (inst <= 0) return nullptr;
  std::vector<Value> seen;
  std::vector<Ref> attrs;
  if (npos) {
    bool match_self = false;
    Ref match_args = get_attr_str(ts, cls, "__match_args__");
    if (match_args) {
      if (!is_exact_tuple(match_args)) {
        set_errorf(ts, &TypeError_type, "%s.__match_args__ must be a tuple (got %s)", type->name,
                   type_name(match_args));
        return nullptr;
      }
    } else if (error_matches(ts, &AttributeError_type)) {
      clear_error(ts);
      match_args = Ref::borrow(Value(empty_tuple()));
      match_self = match_self_type(type);
    } else {
      return nullptr;
    }
    Tuple* ma = match_args.as<Tuple>();
    int64_t allowed = match_self ? 1 : ma->length;
    if (allowed < npos) {
      set_errorf(ts, &TypeError_type, "%s() accepts %lld positional sub-pattern%s (%d given)",
                 type->name, (long long)allowed, allowed == 1 ? "" : "s", npos);
      return nullptr;
    }
    if (match_self) {
      attrs.push_back(Ref::borrow(subject));
    } else {
      for (int i = 0; i < npos; ++i) {
        Value name = ma->items[i];
        if (!is_exact_str(name)) {
          set_errorf(ts, &TypeError_type, "__match_args__ elements must be strings (got %s)",
                     type_name(name));
          return nullptr;
        }
        Ref a = match_class_attr(ts, subject, type, name, &seen);
        if (!a) return nullptr;
        attrs.push_back(std::move(a));
      }
    }
  }
  Tuple* kw = static_cast<Tuple*>(kwnames.as_object());
  for (int64_t i = 0; i < kw->length; ++i) {
    Ref a = match_class_attr(ts, subject, type, kw->items[i], &seen);
    if (!a) return nullptr;
    attrs.push_back(std::move(a));
  }
  std::vector<Value> vals;
  for (Ref& a : attrs) vals.push_back(a.get());
  return new_tuple_from(vals.data(), int64_t(vals.size()));
}

Ref match_keys(ThreadState* ts, Value subject, Value keys) {
  Tuple* kt = static_cast<Tuple*>(keys.as_object());
  if (kt->length == 0) return Ref::borrow(Value(empty_tuple()));
  Ref get = get_attr_str(ts, subject, "get");
  if (!get) return nullptr;
  Ref dummy = new_list(0);  // a fresh object no mapping can contain
  if (!dummy) return nullptr;
  Ref seen = new_set(ts, Value());
  if (!seen) return nullptr;
  std::vector<Ref> values;
  for (int64_t i = 0; i < kt->length; ++i) {
    Value key = kt->items[i];
    int c = set_contains(ts, set_of(seen), key);
    if (c < 0) return nullptr;
    if (c) {
      set_errorf(ts, &ValueError_type, "mapping pattern checks duplicate key (%s)",
                 repr8(ts, key).c_str());
      return nullptr;
    }
    if (set_add(ts, set_of(seen), key) < 0) return nullptr;
    Ref v = call2(ts, get, key, dummy);
    if (!v) return nullptr;
    if (v.get().is(dummy)) return new_none();
    values.push_back(std::move(v));
  }
  std::vector<Value> vals;
  for (Ref& v : values) vals.push_back(v.get());
  return new_tuple_from(vals.data(), int64_t(vals.size()));
}

Ref copy_dict_without_keys(ThreadState* ts, Value subject, Value keys) {
  Ref rest = new_dict();
  if (!rest || dict_merge(ts, dict_of(rest), subject, true) < 0) return nullptr;
  Tuple* kt = static_cast<Tuple*>(keys.as_object());
  for (int64_t i = 0; i < kt->length; ++i)
    if (dict_del(ts, dict_of(rest), kt->items[i]) < 0) return nullptr;
  return rest;
}

// ---- container displays ------------------------------------------------------------------------------

int list_extend_op(ThreadState* ts, Value list, Value iterable) {
  List* l = static_cast<List*>(list.as_object());
  if (is_exact_tuple(iterable)) {
    Tuple* t = static_cast<Tuple*>(iterable.as_object());
    for (int64_t i = 0; i < t->length; ++i)
      if (list_append(ts, l, t->items[i]) < 0) return -1;
    return 0;
  }
  Ref it = get_iter(ts, iterable);
  if (!it) {
    Type* t = type_of(iterable);
    if (error_matches(ts, &TypeError_type) && !t->iter && !(t->getitem && !is_dict(iterable))) {
      clear_error(ts);
      set_errorf(ts, &TypeError_type, "Value after * must be an iterable, not %.200s", t->name);
    }
    return -1;
  }
  for (;;) {
    Ref x = iter_next(ts, it);
    if (!x) return ts->has_error() ? -1 : 0;
    if (list_append(ts, l, x) < 0) return -1;
  }
}

int set_update_op(ThreadState* ts, Value set, Value iterable) {
  // set.update's own algorithm: updating from a set copies its table layout
  // the way CPython does, which decides the iteration order of the result.
  return set_update_internal(ts, set_of(set), iterable);
}

int dict_update_op(ThreadState* ts, Value dict, Value update) {
  if (!is_dict(update)) {
    Ref keys = get_attr_opt(ts, update, ident(ts, "keys"));
    if (!keys) {
      if (!ts->has_error())
        set_errorf(ts, &TypeError_type, "'%.200s' object is not a mapping", type_name(update));
      return -1;
    }
  }
  return dict_merge(ts, dict_of(dict), update, true);
}

int dict_merge_op(ThreadState* ts, Value dict, Value update, Value func) {
  Dict* d = dict_of(dict);
  auto dup = [&](Value key) {
    Ref fs = function_str(ts, func);
    if (!fs) return -1;
    Ref ks = str_of(ts, key);
    if (!ks) return -1;
    set_errorf(ts, &TypeError_type, "%s got multiple values for keyword argument '%s'",
               s8(fs).c_str(), s8(ks).c_str());
    return -1;
  };
  auto add = [&](Value k, Value v) {
    int c = dict_contains(ts, d, k);
    if (c < 0) return -1;
    if (c) return dup(k);
    return dict_set(ts, d, k, v);
  };
  if (is_exact_dict(update)) {
    int64_t pos = 0;
    Ref k, v;
    while (dict_next(dict_of(update), &pos, &k, &v))
      if (add(k, v) < 0) return -1;
    return ts->has_error() ? -1 : 0;
  }
  Ref keys_fn = get_attr_opt(ts, update, ident(ts, "keys"));
  if (!keys_fn) {
    if (ts->has_error()) return -1;
    Ref fs = function_str(ts, func);
    if (!fs) return -1;
    set_errorf(ts, &TypeError_type, "%s argument after ** must be a mapping, not %.200s",
               s8(fs).c_str(), type_name(update));
    return -1;
  }
  Ref keys = call0(ts, keys_fn);
  if (!keys) return -1;
  bool ok = for_each(ts, keys, [&](Value k) {
    Ref v = get_item(ts, update, k);
    return v && add(k, v) >= 0;
  });
  return ok ? 0 : -1;
}

// ---- names ---------------------------------------------------------------------------------------------

// Looks `name` up in a namespace that may be any mapping; null without an
// exception if missing.
static Ref mapping_lookup(ThreadState* ts, Value ns, Str* name) {
  if (is_exact_dict(ns)) return dict_get_str(ts, dict_of(ns), name);
  Ref v = get_item(ts, ns, Value(name));
  if (!v && error_matches(ts, &KeyError_type)) clear_error(ts);
  return v;
}

Ref load_global_slow(ThreadState* ts, Frame* f, Str* name) {
  Ref v = mapping_lookup(ts, val_of(f->globals), name);
  if (v || ts->has_error()) return v;
  v = mapping_lookup(ts, val_of(f->builtins), name);
  if (v || ts->has_error()) return v;
  raise_name_error(ts, Value(name));
  return nullptr;
}

Ref load_name_op(ThreadState* ts, Frame* f, Str* name) {
  if (!f->locals) {
    set_errorf(ts, &SystemError_type, "no locals when loading %s", repr8(ts, Value(name)).c_str());
    return nullptr;
  }
  Ref v = mapping_lookup(ts, f->locals, name);
  if (v || ts->has_error()) return v;
  return load_global_slow(ts, f, name);
}

Ref load_classderef_op(ThreadState* ts, Frame* f, int slot) {
  Code* co = f->code;
  Str* name = slot_name(co, co->nlocals + slot);
  if (f->locals) {
    Ref v = mapping_lookup(ts, f->locals, name);
    if (v || ts->has_error()) return v;
  }
  Value cell = f->localsplus()[co->nlocals + slot];
  Ref v = cell ? cell_get(static_cast<Cell*>(cell.as_object())) : Ref();
  if (!v) raise_unbound(ts, co, co->nlocals + slot);
  return v;
}

int setup_annotations_op(ThreadState* ts, Frame* f) {
  if (!f->locals) {
    set_error(ts, &SystemError_type, "no locals found when setting up annotations");
    return -1;
  }
  Str* name = ident(ts, "__annotations__");
  Ref v = mapping_lookup(ts, f->locals, name);
  if (v) return 0;
  if (ts->has_error()) return -1;
  Ref d = new_dict();
  if (!d) return -1;
  return set_item(ts, f->locals, Value(name), d);
}

}  // namespace weft

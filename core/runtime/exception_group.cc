// BaseExceptionGroup / ExceptionGroup (PEP 654): construction rules, str(),
// derive(), subgroup() and split(). The VM's except* support builds on split().
#include "core/runtime/abstract.h"
#include "core/runtime/exceptions.h"

namespace weft {
namespace {

NewFn base_new = nullptr;

Ref group_field(ThreadState* ts, Value self, const char* name) {
  return get_attr(ts, self, intern_str(ts, name));
}

Ref group_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->length) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", type->name);
    return nullptr;
  }
  if (nargs != 2) {
    set_errorf(ts, &TypeError_type, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
    return nullptr;
  }
  if (!is_str(args[0])) {
    set_error(ts, &TypeError_type, "argument 1 must be str");
    return nullptr;
  }
  Ref excs = sequence_to_tuple(ts, args[1]);
  if (!excs || !(is_list(args[1]) || is_tuple(args[1]))) {
    clear_error(ts);
    set_error(ts, &TypeError_type, "second argument (exceptions) must be a sequence");
    return nullptr;
  }
  Tuple* t = excs.as<Tuple>();
  if (t->length == 0) {
    set_error(ts, &ValueError_type, "second argument (exceptions) must be a non-empty sequence");
    return nullptr;
  }
  bool all_exceptions = true;
  for (int64_t i = 0; i < t->length; ++i) {
    Value e = t->items[i];
    if (!isinstance_of(e, &BaseException_type)) {
      set_errorf(ts, &ValueError_type, "Item %lld of second argument (exceptions) is not an exception",
                 static_cast<long long>(i));
      return nullptr;
    }
    all_exceptions = all_exceptions && isinstance_of(e, &Exception_type);
  }
  if (type == &BaseExceptionGroup_type && all_exceptions) {
    type = &ExceptionGroup_type;
  } else if (type == &ExceptionGroup_type && !all_exceptions) {
    set_error(ts, &TypeError_type, "Cannot nest BaseExceptions in an ExceptionGroup");
    return nullptr;
  } else if (!all_exceptions && is_subtype(type, &Exception_type)) {
    set_errorf(ts, &TypeError_type, "Cannot nest BaseExceptions in '%s'", type->name);
    return nullptr;
  }
  Ref self = base_new(ts, type, args, nargs, kw);
  if (!self) return nullptr;
  if (set_attr(ts, self.get(), intern_str(ts, "message"), args[0]) < 0 ||
      set_attr(ts, self.get(), intern_str(ts, "exceptions"), excs.get()) < 0)
    return nullptr;
  return self;
}

int group_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Ref t = new_tuple_from(args, static_cast<int64_t>(nargs));
  store_ref(self.as_object(), reinterpret_cast<Object**>(&static_cast<BaseExc*>(self.as_object())->args),
            std::move(t));
  return 0;
}

Ref group_str(ThreadState* ts, Value self) {
  Ref msg = group_field(ts, self, "message"), excs = group_field(ts, self, "exceptions");
  if (!msg || !excs) return nullptr;
  Ref m = str_of(ts, msg.get());
  if (!m) return nullptr;
  int64_t n = is_tuple(excs.get()) ? excs.as<Tuple>()->length : 0;
  return str_from_format("%s (%lld sub-exception%s)", std::string(str_utf8(m.get())).c_str(),
                         static_cast<long long>(n), n == 1 ? "" : "s");
}

Ref group_derive(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value excs;
  if (!parse_args(ts, "derive", args, nargs, kw, {"excs"}, 1, &excs, 1)) return nullptr;
  Ref msg = group_field(ts, self, "message");
  if (!msg) return nullptr;
  Value call_args[] = {msg.get(), excs};
  return call(ts, Value(&BaseExceptionGroup_type), call_args, 2);
}

// Copies traceback, context, cause and notes from the original group.
int copy_metadata(ThreadState* ts, Value from, Value to) {
  BaseExc* f = static_cast<BaseExc*>(from.as_object());
  BaseExc* t = static_cast<BaseExc*>(to.as_object());
  store_ref(to.as_object(), &t->traceback, f->traceback ? Ref::borrow(Value(f->traceback)) : Ref());
  store_ref(to.as_object(), &t->context, f->context ? Ref::borrow(Value(f->context)) : Ref());
  store_ref(to.as_object(), &t->cause, f->cause ? Ref::borrow(Value(f->cause)) : Ref());
  Ref notes = get_attr_opt(ts, from, intern_str(ts, "__notes__"));
  if (notes) return set_attr(ts, to, intern_str(ts, "__notes__"), notes.get());
  return ts->has_error() ? -1 : 0;
}

// A matcher: a type, a tuple of types, or a predicate.
int matches(ThreadState* ts, Value exc, Value condition) {
  if (isinstance_of(condition, &type_type) || is_tuple(condition))
    return isinstance(ts, exc, condition);
  Ref r = call1(ts, condition, exc);
  if (!r) return -1;
  return truthy(ts, r.get());
}

// Splits `group` by `condition` into (match, rest); either may be None.
int split_group(ThreadState* ts, Value group, Value condition, Ref* match, Ref* rest) {
  int whole = matches(ts, group, condition);
  if (whole < 0) return -1;
  if (whole) {
    *match = Ref::borrow(group);
    *rest = new_none();
    return 0;
  }
  if (!isinstance_of(group, &BaseExceptionGroup_type)) {
    *match = new_none();
    *rest = Ref::borrow(group);
    return 0;
  }
  Ref excs = group_field(ts, group, "exceptions");
  if (!excs) return -1;
  Ref matched = new_list(0), others = new_list(0);
  Tuple* t = excs.as<Tuple>();
  for (int64_t i = 0; i < t->length; ++i) {
    Ref m, r;
    if (split_group(ts, t->items[i], condition, &m, &r) < 0) return -1;
    if (m.get() != None() && list_append(ts, matched.as<List>(), m.get()) < 0) return -1;
    if (r.get() != None() && list_append(ts, others.as<List>(), r.get()) < 0) return -1;
  }
  auto derive = [&](Ref& items, Ref* out) -> int {
    if (items.as<List>()->length.load(std::memory_order_relaxed) == 0) {
      *out = new_none();
      return 0;
    }
    Value arg = items.get();
    Ref d = call_method(ts, group, "derive", &arg, 1);
    if (!d) return -1;
    if (copy_metadata(ts, group, d.get()) < 0) return -1;
    *out = std::move(d);
    return 0;
  };
  if (derive(matched, match) < 0 || derive(others, rest) < 0) return -1;
  return 0;
}

Ref group_split(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value cond;
  if (!parse_args(ts, "split", args, nargs, kw, {"condition"}, 1, &cond, 1)) return nullptr;
  Ref m, r;
  if (split_group(ts, self, cond, &m, &r) < 0) return nullptr;
  return new_tuple({m.get(), r.get()});
}

Ref group_subgroup(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value cond;
  if (!parse_args(ts, "subgroup", args, nargs, kw, {"condition"}, 1, &cond, 1)) return nullptr;
  Ref m, r;
  if (split_group(ts, self, cond, &m, &r) < 0) return nullptr;
  return m;
}

const MethodDef group_methods[] = {
    {"derive", group_derive, kMethInstance, nullptr},
    {"split", group_split, kMethInstance, nullptr},
    {"subgroup", group_subgroup, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// Registered after SETUP(tuple): building the bases tuple needs tuple_type's size.
void setup_exception_group_types() {
  base_new = BaseException_type.new_;
  BaseExceptionGroup_type.new_ = group_new;
  BaseExceptionGroup_type.init = group_init;
  BaseExceptionGroup_type.str = group_str;
  BaseExceptionGroup_type.methods = group_methods;
  // ExceptionGroup(BaseExceptionGroup, Exception): the only builtin exception
  // with two bases; type_ready computes its MRO from `bases`.
  Ref bases = new_tuple({Value(&BaseExceptionGroup_type), Value(&Exception_type)});
  ExceptionGroup_type.bases = static_cast<Tuple*>(bases.release().as_object());
}

}  // namespace weft

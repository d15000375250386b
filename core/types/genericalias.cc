// PEP 585 generic aliases (types.GenericAlias: list[int]) and PEP 604 unions
// (types.UnionType: int | str), including `type.__or__`.
#include <string>
#include <vector>

#include "core/types/type_internal.h"

namespace weft {

Type generic_alias_type, union_type;

namespace {

struct GenericAlias : Object {
  Value origin;
  Tuple* args;
  Tuple* parameters;  // computed on first use
};
struct Union : Object {
  Tuple* args;
  Tuple* parameters;
};

GenericAlias* as_ga(Value v) { return static_cast<GenericAlias*>(v.as_object()); }
Union* as_union(Value v) { return static_cast<Union*>(v.as_object()); }
bool is_ga(Value v) { return isinstance_of(v, &generic_alias_type); }
bool is_union(Value v) { return isinstance_of(v, &union_type); }

// repr of one type argument, as typing shows it: classes by qualified name.
bool arg_repr(ThreadState* ts, Value v, std::string* out) {
  if (v.is(Value(&ellipsis_obj))) {
    *out += "...";
    return true;
  }
  if (is_type(v) && !is_ga(v)) {
    Ref q = get_attr_opt(ts, v, ID("__qualname__"));
    Ref m = get_attr_opt(ts, v, ID("__module__"));
    if (ts->has_error()) return false;
    if (q && m && is_str(q.get()) && is_str(m.get())) {
      std::string mod = str_std(m.get());
      if (mod != "builtins") *out += mod + ".";
      *out += str_std(q.get());
      return true;
    }
  }
  Ref r = repr_of(ts, v);
  if (!r) return false;
  *out += str_std(r.get());
  return true;
}

// Type variables among args (objects with __typing_subst__), and the
// parameters of nested aliases, in order, without duplicates.
Ref make_parameters(ThreadState* ts, Tuple* args) {
  std::vector<Value> params;
  std::vector<Ref> keep;
  auto add = [&](Value p) {
    for (Value q : params)
      if (q.is(p)) return;
    params.push_back(p);
  };
  for (int64_t i = 0; i < args->length; i++) {
    Value a = args->items[i];
    if (is_type(a)) continue;
    Ref subst = get_attr_opt(ts, a, ID("__typing_subst__"));
    if (ts->has_error()) return nullptr;
    if (subst) {
      add(a);
      continue;
    }
    Ref sub = get_attr_opt(ts, a, ID("__parameters__"));
    if (ts->has_error()) return nullptr;
    if (sub && is_tuple(sub.get())) {
      Tuple* t = sub.as<Tuple>();
      for (int64_t j = 0; j < t->length; j++) add(t->items[j]);
      keep.push_back(std::move(sub));
    }
  }
  return new_tuple_from(params.data(), static_cast<int64_t>(params.size()));
}

Ref args_tuple(Value args) {
  if (is_tuple(args)) return Ref::borrow(args);
  return new_tuple({args});
}

// ---- GenericAlias ----------------------------------------------------------------------
void ga_dealloc(Object* o) {
  GenericAlias* g = static_cast<GenericAlias*>(o);
  decref(g->origin);
  xdecref(g->args);
  xdecref(g->parameters);
  free_object(o);
}
void ga_traverse(Object* o, const Visitor& visit) {
  GenericAlias* g = static_cast<GenericAlias*>(o);
  visit(g->origin);
  visit(Value(g->args));
  visit(Value(g->parameters));
}

Ref make_ga(ThreadState* ts, Type* type, Value origin, Value args) {
  Ref t = args_tuple(args);
  if (!t) return nullptr;
  Object* o = alloc_object(type, type->basic_size);
  if (!o) return set_no_memory(ts);
  GenericAlias* g = static_cast<GenericAlias*>(o);
  incref(origin);
  g->origin = origin.without_tag();
  g->args = static_cast<Tuple*>(t.release().as_object());
  return Ref::steal(Value(o));
}

Ref ga_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, "GenericAlias", kw)) return nullptr;
  if (nargs != 2) {
    set_errorf(ts, &TypeError_type, "GenericAlias expected 2 arguments, got %zu", nargs);
    return nullptr;
  }
  return make_ga(ts, type, args[0], args[1]);
}

Ref ga_repr(ThreadState* ts, Value self) {
  GenericAlias* g = as_ga(self);
  std::string out;
  if (!arg_repr(ts, g->origin, &out)) return nullptr;
  out += "[";
  if (g->args->length == 0) out += "()";
  for (int64_t i = 0; i < g->args->length; i++) {
    if (i) out += ", ";
    Value a = g->args->items[i];
    if (is_list(a)) {  // Callable[[int, str], bool]
      out += "[";
      Ref t = sequence_to_tuple(ts, a);
      if (!t) return nullptr;
      for (int64_t j = 0; j < t.as<Tuple>()->length; j++) {
        if (j) out += ", ";
        if (!arg_repr(ts, t.as<Tuple>()->items[j], &out)) return nullptr;
      }
      out += "]";
    } else if (!arg_repr(ts, a, &out)) {
      return nullptr;
    }
  }
  return new_str(out + "]");
}

Ref ga_parameters(ThreadState* ts, GenericAlias* g) {
  if (!g->parameters) {
    Ref p = make_parameters(ts, g->args);
    if (!p) return nullptr;
    Tuple* expected = nullptr;
    Tuple* want = static_cast<Tuple*>(p.get().as_object());
    if (__atomic_compare_exchange_n(&g->parameters, &expected, want, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE))
      p.release();
  }
  return Ref::borrow(Value(g->parameters));
}

Ref ga_call(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  GenericAlias* g = as_ga(self);
  Ref r = call(ts, g->origin, args, nargs, kw);
  if (!r) return nullptr;
  if (set_attr(ts, r.get(), ID("__orig_class__"), self) < 0) {
    if (!error_matches(ts, &AttributeError_type) && !error_matches(ts, &TypeError_type))
      return nullptr;
    clear_error(ts);
  }
  return r;
}

const char* const kGaAttrExceptions[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", nullptr};

Ref ga_getattro(ThreadState* ts, Value self, Str* name) {
  std::string_view n = str_utf8(name);
  bool exception = false;
  for (const char* const* e = kGaAttrExceptions; *e; e++)
    if (n == *e) exception = true;
  if (!exception && n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") {
    // Dunders other than the exceptions come from GenericAlias itself first.
    Ref r = generic_getattr(ts, self, name);
    if (r || !error_matches(ts, &AttributeError_type)) return r;
    clear_error(ts);
  }
  if (!exception) return get_attr(ts, as_ga(self)->origin, name);
  return generic_getattr(ts, self, name);
}

Ref ga_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_ga(b)) return new_notimpl();
  int eq = rich_compare_bool(ts, as_ga(a)->origin, as_ga(b)->origin, CmpOp::Eq);
  if (eq < 0) return nullptr;
  if (eq) {
    eq = rich_compare_bool(ts, Value(as_ga(a)->args), Value(as_ga(b)->args), CmpOp::Eq);
    if (eq < 0) return nullptr;
  }
  return new_bool(op == CmpOp::Eq ? eq : !eq);
}

int64_t ga_hash(ThreadState* ts, Value self) {
  int64_t h0 = hash_of(ts, as_ga(self)->origin);
  if (h0 == -1 && ts->has_error()) return -1;
  int64_t h1 = hash_of(ts, Value(as_ga(self)->args));
  if (h1 == -1 && ts->has_error()) return -1;
  int64_t h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

// list[T][int]: substitutes the alias's type variables.
Ref ga_getitem(ThreadState* ts, Value self, Value item) {
  GenericAlias* g = as_ga(self);
  Ref params = ga_parameters(ts, g);
  if (!params) return nullptr;
  Tuple* p = params.as<Tuple>();
  if (p->length == 0) {
    Ref r = repr_of(ts, self);
    if (!r) return nullptr;
    set_errorf(ts, &TypeError_type, "%s is not a generic class", str_std(r.get()).c_str());
    return nullptr;
  }
  Ref items = args_tuple(item);
  if (!items) return nullptr;
  Tuple* it = items.as<Tuple>();
  if (it->length != p->length) {
    Ref r = repr_of(ts, self);
    if (!r) return nullptr;
    set_errorf(ts, &TypeError_type, "Too %s arguments for %s; actual %lld, expected %lld",
               it->length > p->length ? "many" : "few", str_std(r.get()).c_str(),
               (long long)it->length, (long long)p->length);
    return nullptr;
  }
  std::vector<Ref> out;
  for (int64_t i = 0; i < g->args->length; i++) {
    Value a = g->args->items[i];
    Ref sub;
    for (int64_t j = 0; j < p->length; j++)
      if (p->items[j].is(a)) sub = Ref::borrow(it->items[j]);
    if (!sub) {
      Ref subparams = is_type(a) ? Ref() : get_attr_opt(ts, a, ID("__parameters__"));
      if (ts->has_error()) return nullptr;
      if (subparams && is_tuple(subparams.get()) && subparams.as<Tuple>()->length > 0) {
        Tuple* sp = subparams.as<Tuple>();
        std::vector<Value> vals;
        for (int64_t k = 0; k < sp->length; k++)
          for (int64_t j = 0; j < p->length; j++)
            if (p->items[j].is(sp->items[k])) vals.push_back(it->items[j]);
        Ref subargs = new_tuple_from(vals.data(), static_cast<int64_t>(vals.size()));
        if (!subargs) return nullptr;
        sub = get_item(ts, a, vals.size() == 1 ? vals[0] : subargs.get());
        if (!sub) return nullptr;
      } else {
        sub = Ref::borrow(a);
      }
    }
    out.push_back(std::move(sub));
  }
  std::vector<Value> vals;
  for (auto& r : out) vals.push_back(r.get());
  Ref newargs = new_tuple_from(vals.data(), static_cast<int64_t>(vals.size()));
  if (!newargs) return nullptr;
  return make_ga(ts, type_of(self), g->origin, newargs.get());
}

Ref ga_mro_entries(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  return new_tuple({as_ga(self)->origin});
}

Ref ga_instancecheck(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  set_error(ts, &TypeError_type, "isinstance() argument 2 cannot be a parameterized generic");
  return nullptr;
}
Ref ga_subclasscheck(ThreadState* ts, Value, const Value*, size_t, Tuple*) {
  set_error(ts, &TypeError_type, "issubclass() argument 2 cannot be a parameterized generic");
  return nullptr;
}

Ref ga_reduce(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Ref args = new_tuple({as_ga(self)->origin, Value(as_ga(self)->args)});
  if (!args) return nullptr;
  return new_tuple({Value(type_of(self)), args.get()});
}

Ref ga_dir(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Ref d = call_method(ts, as_ga(self)->origin, "__dir__", nullptr, 0);
  if (!d) return nullptr;
  Ref l = sequence_to_list(ts, d.get());
  if (!l) return nullptr;
  for (const char* const* e = kGaAttrExceptions; *e; e++) {
    Ref s = new_str(*e);
    if (!s) return nullptr;
    int has = contains(ts, l.get(), s.get());
    if (has < 0) return nullptr;
    if (!has && list_append(ts, l.as<List>(), s.get()) < 0) return nullptr;
  }
  return l;
}

Ref ga_get_origin(ThreadState*, Value self) { return Ref::borrow(as_ga(self)->origin); }
Ref ga_get_args(ThreadState*, Value self) { return Ref::borrow(Value(as_ga(self)->args)); }
Ref ga_get_parameters(ThreadState* ts, Value self) { return ga_parameters(ts, as_ga(self)); }
Ref ga_get_unpacked(ThreadState*, Value) { return new_bool(false); }

const GetSetDef ga_getsets[] = {{"__origin__", ga_get_origin, nullptr, nullptr},
                                {"__args__", ga_get_args, nullptr, nullptr},
                                {"__parameters__", ga_get_parameters, nullptr, nullptr},
                                {"__unpacked__", ga_get_unpacked, nullptr, nullptr},
                                {nullptr, nullptr, nullptr, nullptr}};
const MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, kMethInstance, nullptr},
    {"__instancecheck__", ga_instancecheck, kMethInstance, nullptr},
    {"__subclasscheck__", ga_subclasscheck, kMethInstance, nullptr},
    {"__reduce__", ga_reduce, kMethInstance, nullptr},
    {"__dir__", ga_dir, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr}};

// ---- Union -----------------------------------------------------------------------------------
void union_dealloc(Object* o) {
  Union* u = static_cast<Union*>(o);
  xdecref(u->args);
  xdecref(u->parameters);
  free_object(o);
}
void union_traverse(Object* o, const Visitor& visit) {
  Union* u = static_cast<Union*>(o);
  visit(Value(u->args));
  visit(Value(u->parameters));
}

bool unionable(Value v) {
  return v.is(None()) || is_type(v) || is_ga(v) || is_union(v);
}

// a | b: flattens nested unions, drops duplicates; one member stays itself.
Ref make_union(ThreadState* ts, Value a, Value b) {
  std::vector<Value> members;
  auto add = [&](Value v) -> bool {
    Value m = v.is(None()) ? Value(&none_type) : v;
    for (Value x : members) {
      // Identity for classes; equality for aliases (list[int] == list[int]).
      if (x.is(m)) return true;
      if (is_ga(x) && is_ga(m)) {
        int eq = rich_compare_bool(ts, x, m, CmpOp::Eq);
        if (eq < 0) return false;
        if (eq) return true;
      }
    }
    members.push_back(m);
    return true;
  };
  for (Value side : {a, b}) {
    if (is_union(side)) {
      Tuple* t = as_union(side)->args;
      for (int64_t i = 0; i < t->length; i++)
        if (!add(t->items[i])) return nullptr;
    } else if (!add(side)) {
      return nullptr;
    }
  }
  if (members.size() == 1) return Ref::borrow(members[0]);
  Ref args = new_tuple_from(members.data(), static_cast<int64_t>(members.size()));
  if (!args) return nullptr;
  Object* o = alloc_object(&union_type, sizeof(Union));
  if (!o) return set_no_memory(ts);
  static_cast<Union*>(o)->args = static_cast<Tuple*>(args.release().as_object());
  return Ref::steal(Value(o));
}

Ref union_or(ThreadState* ts, Value a, Value b) {
  if (!unionable(a) || !unionable(b)) return new_notimpl();
  return make_union(ts, a, b);
}

Ref union_repr(ThreadState* ts, Value self) {
  Tuple* t = as_union(self)->args;
  std::string out;
  for (int64_t i = 0; i < t->length; i++) {
    if (i) out += " | ";
    Value a = t->items[i];
    if (a.is(Value(&none_type))) {
      out += "None";
    } else if (!arg_repr(ts, a, &out)) {
      return nullptr;
    }
  }
  return new_str(out);
}

Ref union_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_union(b)) return new_notimpl();
  Ref sa = new_frozenset(ts, Value(as_union(a)->args));
  if (!sa) return nullptr;
  Ref sb = new_frozenset(ts, Value(as_union(b)->args));
  if (!sb) return nullptr;
  return rich_compare(ts, sa.get(), sb.get(), op);
}

int64_t union_hash(ThreadState* ts, Value self) {
  Ref s = new_frozenset(ts, Value(as_union(self)->args));
  if (!s) return -1;
  return hash_of(ts, s.get());
}

Ref union_check(ThreadState* ts, Value self, Value arg, bool sub) {
  Tuple* t = as_union(self)->args;
  for (int64_t i = 0; i < t->length; i++) {
    if (is_ga(t->items[i])) {
      set_errorf(ts, &TypeError_type, "%s() argument 2 cannot contain a parameterized generic",
                 sub ? "issubclass" : "isinstance");
      return nullptr;
    }
  }
  for (int64_t i = 0; i < t->length; i++) {
    int r = sub ? issubclass(ts, arg, t->items[i]) : isinstance(ts, arg, t->items[i]);
    if (r < 0) return nullptr;
    if (r) return new_bool(true);
  }
  return new_bool(false);
}

Ref union_instancecheck(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1) {
    set_error(ts, &TypeError_type, "__instancecheck__ expected 1 argument");
    return nullptr;
  }
  return union_check(ts, self, args[0], false);
}
Ref union_subclasscheck(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1) {
    set_error(ts, &TypeError_type, "__subclasscheck__ expected 1 argument");
    return nullptr;
  }
  return union_check(ts, self, args[0], true);
}

Ref union_getitem(ThreadState* ts, Value self, Value item) {
  Union* u = as_union(self);
  if (!u->parameters) {
    Ref p = make_parameters(ts, u->args);
    if (!p) return nullptr;
    u->parameters = static_cast<Tuple*>(p.release().as_object());
  }
  if (u->parameters->length == 0) {
    Ref r = repr_of(ts, self);
    if (!r) return nullptr;
    set_errorf(ts, &TypeError_type, "%s is not a generic class", str_std(r.get()).c_str());
    return nullptr;
  }
  // Substitute through a GenericAlias over the members, then re-union.
  Ref ga = make_ga(ts, &generic_alias_type, Value(&union_type), Value(u->args));
  if (!ga) return nullptr;
  Ref sub = ga_getitem(ts, ga.get(), item);
  if (!sub) return nullptr;
  Tuple* args = as_ga(sub.get())->args;
  Ref acc = Ref::borrow(args->items[0]);
  for (int64_t i = 1; i < args->length; i++) {
    acc = binary_op(ts, BinOp::Or, acc.get(), args->items[i]);
    if (!acc) return nullptr;
  }
  return acc;
}

Ref union_get_args(ThreadState*, Value self) { return Ref::borrow(Value(as_union(self)->args)); }
Ref union_get_parameters(ThreadState* ts, Value self) {
  Union* u = as_union(self);
  if (!u->parameters) {
    Ref p = make_parameters(ts, u->args);
    if (!p) return nullptr;
    u->parameters = static_cast<Tuple*>(p.release().as_object());
  }
  return Ref::borrow(Value(u->parameters));
}

const GetSetDef union_getsets[] = {{"__args__", union_get_args, nullptr, nullptr},
                                   {"__parameters__", union_get_parameters, nullptr, nullptr},
                                   {nullptr, nullptr, nullptr, nullptr}};
const MethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, kMethInstance, nullptr},
    {"__subclasscheck__", union_subclasscheck, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

Ref new_generic_alias(ThreadState* ts, Value origin, Value args) {
  return make_ga(ts, &generic_alias_type, origin, args);
}

void setup_genericalias_types() {
  {
    Type& t = generic_alias_type;
    t.type = &type_type;
    t.make_immortal();
    t.name = "types.GenericAlias";
    t.basic_size = sizeof(GenericAlias);
    t.flags = kTypeBaseType | kTypeHasGC;
    t.base = &object_type;
    t.dealloc = ga_dealloc;
    t.traverse = ga_traverse;
    t.new_ = ga_new;
    t.repr = ga_repr;
    t.call = ga_call;
    t.getattr = ga_getattro;
    t.richcompare = ga_richcompare;
    t.hash = ga_hash;
    t.getitem = ga_getitem;
    t.binary[int(BinOp::Or)] = union_or;
    t.getsets = ga_getsets;
    t.methods = ga_methods;
    t.doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).";
    register_static_type(&t);
  }
  {
    Type& t = union_type;
    t.type = &type_type;
    t.make_immortal();
    t.name = "types.UnionType";
    t.basic_size = sizeof(Union);
    t.flags = kTypeHasGC;
    t.base = &object_type;
    t.dealloc = union_dealloc;
    t.traverse = union_traverse;
    t.repr = union_repr;
    t.richcompare = union_richcompare;
    t.hash = union_hash;
    t.getitem = union_getitem;
    t.binary[int(BinOp::Or)] = union_or;
    t.getsets = union_getsets;
    t.methods = union_methods;
    t.doc = "Represent a PEP 604 union type\n\nE.g. for int | str";
    register_static_type(&t);
  }
  // `int | str` and `int | None` go through type's own | slot.
  type_type.binary[int(BinOp::Or)] = union_or;
}

}  // namespace weft

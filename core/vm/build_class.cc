// builtins.__build_class__: resolves __mro_entries__, picks the most derived
// metaclass, prepares the namespace, runs the class body with it as locals,
// calls the metaclass and checks the __class__ cell (PEP 3135 / 3115 / 560).
#include <string>
#include <vector>

#include "core/vm/frame.h"

namespace weft {

namespace {

std::string repr8(ThreadState* ts, Value v) {
  Ref r = repr_of(ts, v);
  if (!r) {
    clear_error(ts);
    return "?";
  }
  return std::string(str_utf8(r));
}

// PEP 560: replaces bases that define __mro_entries__ by what it returns.
// Returns the original tuple (new reference) when nothing changed.
Ref update_bases(ThreadState* ts, Tuple* bases) {
  std::vector<Ref> out;
  bool changed = false;
  Str* name = ident(ts, "__mro_entries__");
  for (int64_t i = 0; i < bases->length; ++i) {
    Value base = bases->items[i];
    if (is_type_obj(base)) {
      out.push_back(Ref::borrow(base));
      continue;
    }
    Ref meth = get_attr_opt(ts, base, name);
    if (!meth) {
      if (ts->has_error()) return nullptr;
      out.push_back(Ref::borrow(base));
      continue;
    }
    Ref entries = call1(ts, meth, Value(bases));
    if (!entries) return nullptr;
    if (!is_tuple(entries)) {
      set_error(ts, &TypeError_type, "__mro_entries__ must return a tuple");
      return nullptr;
    }
    changed = true;
    Tuple* t = entries.as<Tuple>();
    for (int64_t j = 0; j < t->length; ++j) out.push_back(Ref::borrow(t->items[j]));
  }
  if (!changed) return Ref::borrow(Value(bases));
  std::vector<Value> vals;
  for (Ref& r : out) vals.push_back(r.get());
  return new_tuple_from(vals.data(), int64_t(vals.size()));
}

}  // namespace

// _PyType_CalculateMetaclass: the most derived of meta and the bases' metaclasses.
static Type* calculate_metaclass(ThreadState* ts, Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (int64_t i = 0; i < bases->length; ++i) {
    Type* t = type_of(bases->items[i]);
    if (is_subtype(winner, t)) continue;
    if (is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    set_error(ts, &TypeError_type,
              "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
              "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

Ref build_class(ThreadState* ts, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? size_t(kwnames->length) : 0;
  size_t npos = nargs;  // the keyword values follow the positional arguments
  if (npos < 2) {
    set_error(ts, &TypeError_type, "__build_class__: not enough arguments");
    return nullptr;
  }
  Value func = args[0];
  if (type_of(func) != &function_type) {
    set_error(ts, &TypeError_type, "__build_class__: func must be a function");
    return nullptr;
  }
  Value name = args[1];
  if (!is_str(name)) {
    set_error(ts, &TypeError_type, "__build_class__: name is not a string");
    return nullptr;
  }
  Ref orig_bases = new_tuple_from(args + 2, int64_t(npos - 2));
  if (!orig_bases) return nullptr;
  Ref bases = update_bases(ts, orig_bases.as<Tuple>());
  if (!bases) return nullptr;

  // Keyword arguments: metaclass= is ours, the rest go to __prepare__ and the metaclass.
  Ref meta;
  std::vector<Value> kwvals;
  std::vector<Value> kwkeys;
  for (size_t i = 0; i < nkw; ++i) {
    Value k = kwnames->items[i];
    if (is_str(k) && str_equal_ascii(static_cast<Str*>(k.as_object()), "metaclass")) {
      meta = Ref::borrow(args[npos + i]);
    } else {
      kwkeys.push_back(k);
      kwvals.push_back(args[npos + i]);
    }
  }
  Ref mkw_names;
  if (!kwkeys.empty()) {
    mkw_names = new_tuple_from(kwkeys.data(), int64_t(kwkeys.size()));
    if (!mkw_names) return nullptr;
  }
  Tuple* bt = bases.as<Tuple>();
  bool is_class = true;
  if (!meta) {
    meta = Ref::borrow(bt->length == 0 ? Value(&type_type) : Value(type_of(bt->items[0])));
  } else {
    is_class = is_type_obj(meta);
  }
  if (is_class) {
    Type* winner = calculate_metaclass(ts, static_cast<Type*>(meta.obj()), bt);
    if (!winner) return nullptr;
    if (winner != meta.obj()) meta = Ref::borrow(Value(winner));
  }

  // The namespace: meta.__prepare__(name, bases, **kwds) or a new dict.
  Ref ns;
  Ref prep = get_attr_opt(ts, meta, ident(ts, "__prepare__"));
  if (prep) {
    std::vector<Value> pargs = {name, bases.get()};
    pargs.insert(pargs.end(), kwvals.begin(), kwvals.end());
    ns = call(ts, prep, pargs.data(), 2, mkw_names ? mkw_names.as<Tuple>() : nullptr);
    if (!ns) return nullptr;
    if (!type_of(ns)->getitem) {
      set_errorf(ts, &TypeError_type, "%.200s.__prepare__() must return a mapping, not %.200s",
                 is_class ? static_cast<Type*>(meta.obj())->name : "<metaclass>",
                 type_name(ns));
      return nullptr;
    }
  } else {
    if (ts->has_error()) return nullptr;
    ns = new_dict();
    if (!ns) return nullptr;
  }

  Ref cell = run_with_locals(ts, static_cast<Function*>(func.as_object()), ns);
  if (!cell) return nullptr;
  if (!bases.get().is(orig_bases.get())) {
    if (set_item(ts, ns, Value(ident(ts, "__orig_bases__")), orig_bases) < 0) return nullptr;
  }
  std::vector<Value> margs = {name, bases.get(), ns.get()};
  margs.insert(margs.end(), kwvals.begin(), kwvals.end());
  Ref cls = call(ts, meta, margs.data(), 3, mkw_names ? mkw_names.as<Tuple>() : nullptr);
  if (!cls) return nullptr;
  if (is_type_obj(cls) && type_of(cell) == &cell_type) {
    Cell* c = static_cast<Cell*>(cell.obj());
    Ref cell_cls = cell_get(c);
    if (!cell_cls) {
      set_errorf(ts, &RuntimeError_type,
                 "__class__ not set defining %s as %s. Was __classcell__ propagated to "
                 "type.__new__?",
                 repr8(ts, name).c_str(), repr8(ts, cls).c_str());
      return nullptr;
    } else if (!cell_cls.get().is(cls.get())) {
      set_errorf(ts, &TypeError_type, "__class__ set to %s defining %s as %s",
                 repr8(ts, cell_cls).c_str(), repr8(ts, name).c_str(), repr8(ts, cls).c_str());
      return nullptr;
    }
  }
  return cls;
}

}  // namespace weft

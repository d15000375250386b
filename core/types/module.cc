// Module objects (types.ModuleType: attribute access through the module dict,
// PEP 562 module __getattr__/__dir__, CPython's reprs) and types.SimpleNamespace.
#include <string>

#include "core/types/type_internal.h"

namespace weft {

Type module_type, simple_namespace_type;

namespace {

template <class T, class M>
int64_t offset_of(M T::*member) {
  alignas(T) static char buf[sizeof(T)];
  T* p = reinterpret_cast<T*>(buf);
  return reinterpret_cast<char*>(&(p->*member)) - buf;
}

Module* as_module(Value v) { return static_cast<Module*>(v.as_object()); }

void module_dealloc(Object* o) {
  Module* m = static_cast<Module*>(o);
  if (m->dict) decref(dict_value(m->dict));
  decref(m->name);
  xdecref(m->state);
  free_object(o);
}

void module_traverse(Object* o, const Visitor& visit) {
  Module* m = static_cast<Module*>(o);
  if (m->dict) visit(dict_value(m->dict));
  visit(m->name);
  visit(m->state);
}

int module_fill(ThreadState* ts, Module* m, Value name, Value doc) {
  Dict* d = m->dict;
  if (dict_set(ts, d, Value(ID("__name__")), name) < 0 ||
      dict_set(ts, d, Value(ID("__doc__")), doc) < 0 ||
      dict_set(ts, d, Value(ID("__package__")), None()) < 0 ||
      dict_set(ts, d, Value(ID("__loader__")), None()) < 0 ||
      dict_set(ts, d, Value(ID("__spec__")), None()) < 0)
    return -1;
  store_ref(m, &m->name, Ref::borrow(name));
  return 0;
}

Ref module_new(ThreadState* ts, Type* type, const Value*, size_t, Tuple*) {
  Object* o = alloc_object(type, type->basic_size);
  if (!o) return set_no_memory(ts);
  Ref r = Ref::steal(Value(o));
  Ref d = new_dict();
  if (!d) return nullptr;
  static_cast<Module*>(o)->dict = as_dict(d.release());
  return r;
}

int module_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2] = {};
  if (!parse_args(ts, "module", args, nargs, kw, {"name", "doc"}, 1, a)) return -1;
  if (!is_str(a[0])) {
    set_errorf(ts, &TypeError_type, "module() argument 'name' must be str, not %s",
               type_name(a[0]));
    return -1;
  }
  Module* m = as_module(self);
  if (!m->dict) {
    Ref d = new_dict();
    if (!d) return -1;
    m->dict = as_dict(d.release());
  }
  return module_fill(ts, m, a[0], a[1].is_null() ? None() : a[1]);
}

Ref dict_item(ThreadState* ts, Module* m, const char* key) {
  if (!m->dict) return nullptr;
  return dict_get_str(ts, m->dict, intern_str(ts, key));
}

// "partially initialized module" when __spec__._initializing is true.
bool module_initializing(ThreadState* ts, Module* m) {
  Ref spec = dict_item(ts, m, "__spec__");
  if (!spec || spec.get().is(None())) return false;
  Ref init = get_attr_opt(ts, spec.get(), ID("_initializing"));
  if (!init) {
    clear_error(ts);
    return false;
  }
  int t = truthy(ts, init.get());
  if (t < 0) clear_error(ts);
  return t > 0;
}

Ref module_getattro(ThreadState* ts, Value self, Str* name) {
  Ref r = generic_getattr(ts, self, name);
  if (r || !error_matches(ts, &AttributeError_type)) return r;
  Module* m = as_module(self);
  Ref getattr = dict_item(ts, m, "__getattr__");
  if (getattr) {
    clear_error(ts);
    return call1(ts, getattr.get(), Value(name));
  }
  if (ts->has_error() && !error_matches(ts, &AttributeError_type)) return nullptr;
  clear_error(ts);
  Ref mod_name = dict_item(ts, m, "__name__");
  if (ts->has_error()) return nullptr;
  std::string msg;
  if (mod_name && is_str(mod_name.get())) {
    if (module_initializing(ts, m))
      msg = "partially initialized module '" + str_std(mod_name.get()) + "' has no attribute '" +
            str_std(name) + "' (most likely due to a circular import)";
    else
      msg = "module '" + str_std(mod_name.get()) + "' has no attribute '" + str_std(name) + "'";
  } else {
    msg = "module has no attribute '" + str_std(name) + "'";
  }
  raise_attribute_error_msg(ts, self, name, msg);
  return nullptr;
}

std::string repr_text(ThreadState* ts, Value v) {
  Ref r = repr_of(ts, v);
  if (!r) {
    clear_error(ts);
    return "?";
  }
  return str_std(r.get());
}

Ref module_repr(ThreadState* ts, Value self) {
  Module* m = as_module(self);
  Ref name = dict_item(ts, m, "__name__");
  if (ts->has_error()) clear_error(ts);
  std::string n = name ? repr_text(ts, name.get()) : "'?'";
  Ref spec = dict_item(ts, m, "__spec__");
  if (ts->has_error()) clear_error(ts);
  if (spec && !spec.get().is(None())) {
    Ref origin = get_attr_opt(ts, spec.get(), ID("origin"));
    Ref loader = get_attr_opt(ts, spec.get(), ID("loader"));
    Ref has_location = get_attr_opt(ts, spec.get(), ID("has_location"));
    Ref sname = get_attr_opt(ts, spec.get(), ID("name"));
    if (ts->has_error()) clear_error(ts);
    if (sname && !sname.get().is(None())) n = repr_text(ts, sname.get());
    if (!origin || origin.get().is(None())) {
      if (!loader || loader.get().is(None())) return new_str("<module " + n + ">");
      return new_str("<module " + n + " (" + repr_text(ts, loader.get()) + ")>");
    }
    bool located = has_location && truthy(ts, has_location.get()) > 0;
    if (ts->has_error()) clear_error(ts);
    if (located) return new_str("<module " + n + " from " + repr_text(ts, origin.get()) + ">");
    Ref o = str_of(ts, origin.get());
    if (!o) return nullptr;
    return new_str("<module " + n + " (" + str_std(o.get()) + ")>");
  }
  Ref file = dict_item(ts, m, "__file__");
  if (ts->has_error()) clear_error(ts);
  if (file) return new_str("<module " + n + " from " + repr_text(ts, file.get()) + ">");
  if (m->native) return new_str("<module " + n + " (built-in)>");
  Ref loader = dict_item(ts, m, "__loader__");
  if (ts->has_error()) clear_error(ts);
  if (loader && !loader.get().is(None()))
    return new_str("<module " + n + " (" + repr_text(ts, loader.get()) + ")>");
  return new_str("<module " + n + ">");
}

Ref module_get_dict(ThreadState* ts, Value self) {
  Module* m = as_module(self);
  if (!m->dict) return new_none();
  return Ref::borrow(dict_value(m->dict));
}

Ref module_get_annotations(ThreadState* ts, Value self) {
  Module* m = as_module(self);
  if (!m->dict) {
    set_error(ts, &TypeError_type, "<module>.__dict__ is not a dictionary");
    return nullptr;
  }
  Ref a = dict_get_str(ts, m->dict, ID("__annotations__"));
  if (a || ts->has_error()) return a;
  Ref d = new_dict();
  if (!d || dict_set(ts, m->dict, Value(ID("__annotations__")), d.get()) < 0) return nullptr;
  return d;
}

int module_set_annotations(ThreadState* ts, Value self, Value v) {
  Module* m = as_module(self);
  if (!m->dict) {
    set_error(ts, &TypeError_type, "<module>.__dict__ is not a dictionary");
    return -1;
  }
  if (!v.is_null()) return dict_set(ts, m->dict, Value(ID("__annotations__")), v);
  if (dict_del(ts, m->dict, Value(ID("__annotations__"))) == 0) return 0;
  if (error_matches(ts, &KeyError_type)) {
    clear_error(ts);
    raise_attribute_error(ts, self, ID("__annotations__"));
  }
  return -1;
}

Ref module_dir(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, "__dir__", kw)) return nullptr;
  Module* m = as_module(self);
  if (!m->dict) {
    set_error(ts, &TypeError_type, "<module>.__dict__ is not a dictionary");
    return nullptr;
  }
  Ref dirfn = dict_get_str(ts, m->dict, ID("__dir__"));
  if (dirfn) return call0(ts, dirfn.get());
  if (ts->has_error()) return nullptr;
  return dict_keys_list(ts, m->dict);
}

const GetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, nullptr, nullptr},
    {"__annotations__", module_get_annotations, module_set_annotations, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};
const MethodDef module_methods[] = {{"__dir__", module_dir, kMethInstance, "__dir__() -> list\nspecialized dir() implementation"},
                                    {nullptr, nullptr, 0, nullptr}};

// ---- types.SimpleNamespace ------------------------------------------------------------------
struct Namespace : Object {
  Dict* dict;
};
Namespace* as_ns(Value v) { return static_cast<Namespace*>(v.as_object()); }

void ns_dealloc(Object* o) {
  Namespace* n = static_cast<Namespace*>(o);
  if (n->dict) decref(dict_value(n->dict));
  free_object(o);
}
void ns_traverse(Object* o, const Visitor& visit) {
  Namespace* n = static_cast<Namespace*>(o);
  if (n->dict) visit(dict_value(n->dict));
}

Ref ns_new(ThreadState* ts, Type* type, const Value*, size_t, Tuple*) {
  Object* o = alloc_object(type, type->basic_size);
  if (!o) return set_no_memory(ts);
  Ref r = Ref::steal(Value(o));
  Ref d = new_dict();
  if (!d) return nullptr;
  static_cast<Namespace*>(o)->dict = as_dict(d.release());
  return r;
}

int ns_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 0) {
    set_error(ts, &TypeError_type, "no positional arguments expected");
    return -1;
  }
  Namespace* n = as_ns(self);
  if (!kw) return 0;
  for (int64_t i = 0; i < kw->length; i++)
    if (dict_set(ts, n->dict, kw->items[i], args[i]) < 0) return -1;
  return 0;
}

Ref ns_repr(ThreadState* ts, Value self) {
  Type* t = type_of(self);
  std::string name = t == &simple_namespace_type ? "namespace" : type_qualname_std(t);
  int r = repr_enter(ts, self);
  if (r < 0) return nullptr;
  if (r > 0) return new_str(name + "(...)");
  Namespace* n = as_ns(self);
  std::string out = name + "(";
  bool first = true, ok = true;
  int64_t pos = 0;
  Ref k, v;
  while (dict_next(n->dict, &pos, &k, &v)) {
    if (!is_str(k.get())) continue;
    Ref vr = repr_of(ts, v.get());
    if (!vr) {
      ok = false;
      break;
    }
    if (!first) out += ", ";
    first = false;
    out += str_std(k.get()) + "=" + str_std(vr.get());
  }
  repr_leave(ts, self);
  if (!ok || ts->has_error()) return nullptr;
  return new_str(out + ")");
}

Ref ns_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && isinstance_of(a, &simple_namespace_type) &&
      isinstance_of(b, &simple_namespace_type))
    return rich_compare(ts, dict_value(as_ns(a)->dict), dict_value(as_ns(b)->dict), op);
  return new_notimpl();
}

Ref ns_reduce(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Ref args = Ref::borrow(Value(empty_tuple()));
  return new_tuple({Value(type_of(self)), args.get(), dict_value(as_ns(self)->dict)});
}

Ref ns_get_dict(ThreadState* ts, Value self) { return Ref::borrow(dict_value(as_ns(self)->dict)); }

const GetSetDef ns_getsets[] = {{"__dict__", ns_get_dict, nullptr, nullptr},
                                {nullptr, nullptr, nullptr, nullptr}};

const MethodDef ns_methods[] = {{"__reduce__", ns_reduce, kMethInstance, "Return state information for pickling"},
                                {nullptr, nullptr, 0, nullptr}};

}  // namespace

Ref new_module(ThreadState* ts, std::string_view name) {
  Ref n = new_str(name);
  if (!n) return nullptr;
  Ref m = module_new(ts, &module_type, nullptr, 0, nullptr);
  if (!m) return nullptr;
  if (module_fill(ts, as_module(m.get()), n.get(), None()) < 0) return nullptr;
  as_module(m.get())->native = true;
  return m;
}

Dict* module_dict(Value m) { return as_module(m)->dict; }

void setup_module_types() {
  {
    Type& t = module_type;
    t.type = &type_type;
    t.make_immortal();
    t.name = "module";
    t.basic_size = sizeof(Module);
    t.flags = kTypeBaseType | kTypeHasGC;
    t.base = &object_type;
    t.dict_offset = offset_of(&Module::dict);
    t.weaklist_offset = offset_of(&Module::weaklist);
    t.dealloc = module_dealloc;
    t.traverse = module_traverse;
    t.new_ = module_new;
    t.init = module_init;
    t.getattr = module_getattro;
    t.setattr = generic_setattr;
    t.repr = module_repr;
    t.getsets = module_getsets;
    t.methods = module_methods;
    t.doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.";
    register_static_type(&t);
  }
  {
    Type& t = simple_namespace_type;
    t.type = &type_type;
    t.make_immortal();
    t.name = "types.SimpleNamespace";
    t.basic_size = sizeof(Namespace);
    t.flags = kTypeBaseType | kTypeHasGC;
    t.base = &object_type;
    t.dict_offset = offset_of(&Namespace::dict);
    t.dealloc = ns_dealloc;
    t.traverse = ns_traverse;
    t.new_ = ns_new;
    t.init = ns_init;
    t.repr = ns_repr;
    t.richcompare = ns_richcompare;
    t.methods = ns_methods;
    t.getsets = ns_getsets;
    t.doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)";
    register_static_type(&t);
  }
}

}  // namespace weft

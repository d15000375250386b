// mappingproxy (types.MappingProxyType): a read-only view of a mapping, used
// for type.__dict__. Reads are forwarded to the mapping; writes do not exist.
#include "core/types/container_util.h"

namespace weft {

Type mappingproxy_type;

namespace {

struct MappingProxy : Object {
  Value mapping;
};

Value mapping_of(Value self) { return static_cast<MappingProxy*>(self.as_object())->mapping; }

Ref alloc_proxy(Type* type, Value mapping) {
  MappingProxy* p = static_cast<MappingProxy*>(alloc_object(type, type->basic_size));
  if (!p) return nullptr;
  p->mapping = own_ref(mapping);
  return Ref::steal(Value(p));
}

Ref proxy_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value mapping;
  if (!parse_args(ts, "mappingproxy", args, nargs, kwnames, {"mapping"}, 1, &mapping)) return nullptr;
  Type* mt = type_of(mapping);
  if (!mt->getitem || is_list(mapping) || is_tuple(mapping)) {
    set_errorf(ts, &TypeError_type, "mappingproxy() argument must be a mapping, not %s", type_name(mapping));
    return nullptr;
  }
  Ref r = alloc_proxy(type, mapping);
  if (!r) return set_no_memory(ts);
  return r;
}

void proxy_dealloc(Object* o) {
  decref(static_cast<MappingProxy*>(o)->mapping);
  free_object(o);
}
void proxy_traverse(Object* o, const Visitor& visit) { visit(static_cast<MappingProxy*>(o)->mapping); }

Ref proxy_getitem(ThreadState* ts, Value self, Value key) { return get_item(ts, mapping_of(self), key); }

int proxy_contains(ThreadState* ts, Value self, Value key) {
  Value m = mapping_of(self);
  if (is_exact_dict(m)) return dict_contains(ts, static_cast<Dict*>(m.as_object()), key);
  return contains(ts, m, key);
}

int64_t proxy_len(ThreadState* ts, Value self) { return length_of(ts, mapping_of(self)); }
Ref proxy_iter(ThreadState* ts, Value self) { return get_iter(ts, mapping_of(self)); }
Ref proxy_str(ThreadState* ts, Value self) { return str_of(ts, mapping_of(self)); }

Ref proxy_repr(ThreadState* ts, Value self) {
  std::string out = "mappingproxy(";
  if (!append_repr(ts, out, mapping_of(self))) return nullptr;
  out += ")";
  return new_str(out);
}

Ref proxy_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (type_of(a) != &mappingproxy_type) return new_notimpl();
  return rich_compare(ts, mapping_of(a), b, op);
}

Ref proxy_or(ThreadState* ts, Value a, Value b) {
  if (type_of(a) == &mappingproxy_type) a = mapping_of(a);
  if (type_of(b) == &mappingproxy_type) b = mapping_of(b);
  return binary_op(ts, BinOp::Or, a, b);
}

Ref proxy_ior(ThreadState* ts, Value a, Value b) {
  set_error(ts, &TypeError_type, "'|=' is not supported by mappingproxy; use '|' instead");
  return nullptr;
}

Ref forward(ThreadState* ts, Value self, const char* name, const Value* args, size_t nargs) {
  return call_method(ts, mapping_of(self), name, args, nargs);
}

Ref m_get(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_positional(ts, "get", nargs, kw, 1, 2)) return nullptr;
  return forward(ts, self, "get", args, nargs);
}
Ref m_keys(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "mappingproxy.keys", nargs, kw)) return nullptr;
  return forward(ts, self, "keys", nullptr, 0);
}
Ref m_values(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "mappingproxy.values", nargs, kw)) return nullptr;
  return forward(ts, self, "values", nullptr, 0);
}
Ref m_items(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "mappingproxy.items", nargs, kw)) return nullptr;
  return forward(ts, self, "items", nullptr, 0);
}
Ref m_copy(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "mappingproxy.copy", nargs, kw)) return nullptr;
  return forward(ts, self, "copy", nullptr, 0);
}
Ref m_reversed(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_args(ts, "mappingproxy.__reversed__", nargs, kw)) return nullptr;
  return call1(ts, Value(&reversed_type), mapping_of(self));
}

const MethodDef proxy_methods[] = {
    {"get", m_get, kMethInstance,
     "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", m_keys, kMethInstance, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, kMethInstance, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, kMethInstance, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", m_copy, kMethInstance, "D.copy() -> a shallow copy of D"},
    {"__reversed__", m_reversed, kMethInstance, "D.__reversed__() -> reverse iterator"},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref new_mappingproxy(Value mapping) { return alloc_proxy(&mappingproxy_type, mapping); }

void setup_mappingproxy_types() {
  Type& t = mappingproxy_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "mappingproxy";
  t.basic_size = sizeof(MappingProxy);
  t.flags = kTypeHasGC | kTypeMapping;
  t.base = &object_type;
  t.dealloc = proxy_dealloc;
  t.traverse = proxy_traverse;
  t.repr = proxy_repr;
  t.str = proxy_str;
  t.richcompare = proxy_richcompare;
  t.iter = proxy_iter;
  t.new_ = proxy_new;
  t.len = proxy_len;
  t.getitem = proxy_getitem;
  t.contains = proxy_contains;
  t.binary[static_cast<int>(BinOp::Or)] = proxy_or;
  t.inplace[static_cast<int>(BinOp::Or)] = proxy_ior;
  t.methods = proxy_methods;
  t.doc = "Read-only proxy of a mapping.";
  register_static_type(&t);
}

}  // namespace weft

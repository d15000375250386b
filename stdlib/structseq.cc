// Struct sequences: tuple subclasses with named fields, as used by
// sys.version_info, sys.flags, sys.float_info, sys.int_info, sys.hash_info,
// time.struct_time and os.stat_result. Fields are readable by name and index,
// and repr() shows them as `name(field=value, ...)`.
#include "stdlib/structseq.h"

#include <string>

#include "core/runtime/abstract.h"

namespace weft {
namespace {

// Fields past the visible ones (e.g. struct_time.tm_zone) are not part of
// the sequence; they live in a small dict stored after the tuple header.
Dict*& extra_fields(Value self) {
  return *reinterpret_cast<Dict**>(reinterpret_cast<char*>(self.as_object()) + sizeof(Tuple));
}

template <int I>
Ref get_field(ThreadState* ts, Value self) {
  Tuple* t = static_cast<Tuple*>(self.as_object());
  if (I < t->length) return Ref::borrow(t->items[I]);
  Dict* extra = extra_fields(self);
  if (extra) {
    Ref key = new_int(I);
    Ref v = dict_get(ts, extra, key.get());
    if (v || ts->has_error()) return v;
  }
  return new_none();
}

void structseq_dealloc(Object* o) {
  Dict* extra = extra_fields(Value(o));
  extra_fields(Value(o)) = nullptr;
  xdecref(extra);
  tuple_type.dealloc(o);
}

using Getter = Ref (*)(ThreadState*, Value);
constexpr Getter kGetters[kMaxStructSeqFields] = {
    get_field<0>,  get_field<1>,  get_field<2>,  get_field<3>,  get_field<4>,
    get_field<5>,  get_field<6>,  get_field<7>,  get_field<8>,  get_field<9>,
    get_field<10>, get_field<11>, get_field<12>, get_field<13>, get_field<14>,
    get_field<15>, get_field<16>, get_field<17>, get_field<18>, get_field<19>,
};

StructSeqDesc* desc_of(Type* t) {
  // The descriptor is found through the getsets table, which lives inside it.
  for (Type* k = t; k; k = k->base)
    if (k->getsets && k->getsets[0].doc == kStructSeqMarker)
      return reinterpret_cast<StructSeqDesc*>(
          reinterpret_cast<char*>(const_cast<GetSetDef*>(k->getsets)) -
          offsetof(StructSeqDesc, getsets));
  return nullptr;
}

Ref structseq_repr(ThreadState* ts, Value self) {
  StructSeqDesc* d = desc_of(type_of(self));
  Tuple* t = static_cast<Tuple*>(self.as_object());
  std::string out = d ? d->repr_name : type_of(self)->name;
  out += "(";
  for (int i = 0; d && i < d->visible && i < t->length; ++i) {
    Ref r = repr_of(ts, t->items[i]);
    if (!r) return nullptr;
    if (i) out += ", ";
    out += d->getsets[i].name;
    out += "=";
    out += str_utf8(r.get());
  }
  out += ")";
  return new_str(out);
}

Ref structseq_reduce(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  Ref plain = sequence_to_tuple(ts, self);
  if (!plain) return nullptr;
  Ref args = new_tuple({plain.get()});
  return new_tuple({Value(type_of(self)), args.get()});
}

const MethodDef structseq_methods[] = {
    {"__reduce__", structseq_reduce, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

const char kStructSeqMarker[] = "structseq field";

void setup_structseq_type(StructSeqDesc* d, const char* type_name, const char* repr_name,
                          std::initializer_list<const char*> fields, int visible) {
  Type& t = d->type;
  t.type = &type_type;
  t.make_immortal();
  t.name = type_name;
  t.base = &tuple_type;
  t.flags = kTypeTupleSubclass | kTypeImmutable;
  t.basic_size = sizeof(Tuple) + sizeof(Dict*);  // room for the hidden fields
  t.dealloc = structseq_dealloc;
  d->repr_name = repr_name;
  d->visible = visible < 0 ? static_cast<int>(fields.size()) : visible;
  int i = 0;
  for (const char* f : fields) {
    if (i >= kMaxStructSeqFields) break;
    d->getsets[i] = GetSetDef{f, kGetters[i], nullptr, kStructSeqMarker};
    ++i;
  }
  d->getsets[i] = GetSetDef{nullptr, nullptr, nullptr, nullptr};
  t.getsets = d->getsets;
  t.methods = structseq_methods;
  t.repr = structseq_repr;
  register_static_type(&t);
}

Ref new_structseq(ThreadState* ts, StructSeqDesc* d, std::initializer_list<Value> values) {
  Ref items = new_tuple(values);
  if (!items) return nullptr;
  Value arg = items.get();
  return call(ts, Value(&d->type), &arg, 1);
}

Ref new_structseq_from(ThreadState* ts, StructSeqDesc* d, const Value* values, int64_t n) {
  int64_t visible = n < d->visible ? n : d->visible;
  Ref items = new_tuple_from(values, visible);
  if (!items) return nullptr;
  Value arg = items.get();
  Ref self = call(ts, Value(&d->type), &arg, 1);
  if (!self || n == visible) return self;
  Ref extra = new_dict();
  if (!extra) return nullptr;
  for (int64_t i = visible; i < n; ++i) {
    Ref key = new_int(i);
    if (dict_set(ts, extra.as<Dict>(), key.get(), values[i]) < 0) return nullptr;
  }
  extra_fields(self.get()) = static_cast<Dict*>(extra.release().as_object());
  return self;
}

}  // namespace weft

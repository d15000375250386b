// Private interface between the files of the type system: type.cc (type and
// object, attribute lookup), type_slots.cc (slot wrappers and the dispatchers of
// heap types), type_new.cc (class creation, layout), descr.cc (descriptors).
#pragma once

#include <string>
#include <string_view>

#include "core/runtime/abstract.h"
#include "core/types/func.h"

namespace weft {

// A class created at run time (class statement, type(name, bases, dict)).
// Every dynamically allocated type object has this layout, so type's
// basic_size is sizeof(HeapType); metaclass instances add their own fields after it.
struct HeapType : Type {
  Tuple* slot_names;     // mangled, sorted __slots__ members owned by this type, or null
  int64_t slots_offset;  // byte offset of the first of them
  char* name_buf;        // malloc'd UTF-8 of __name__ (`name` points here)
  bool added_dict;       // this type (not a base) appended the __dict__ pointer
  bool added_weaklist;   // this type appended the __weakref__ slot
};

inline bool is_type(Value v) { return v.is_object() && v.as_object()->type->has_flag(kTypeTypeSubclass); }
inline Type* as_type(Value v) { return static_cast<Type*>(v.as_object()); }
inline Str* as_str_obj(Value v) { return static_cast<Str*>(v.as_object()); }
// Dict is opaque outside dict.cc: these view one as an object.
inline Value dict_value(Dict* d) { return Value(reinterpret_cast<Object*>(d)); }
inline Dict* as_dict(Value v) { return reinterpret_cast<Dict*>(v.as_object()); }
inline std::string str_std(Str* s) { return std::string(str_utf8(s)); }
inline std::string str_std(Value v) { return std::string(str_utf8(v)); }

// Interned identifier, cached per call site: ID("__init__").
#define ID(lit) ([]() -> Str* { static Str* s = ident(current_thread_state(), lit); return s; }())

// Type flag bits private to the type system (high bits, never set by type files).
inline constexpr uint64_t kTypeReady = uint64_t(1) << 40;
inline constexpr uint64_t kTypeReadying = uint64_t(1) << 41;
// Flags a subclass inherits from its base.
inline constexpr uint64_t kTypeInheritedFlags =
    kTypeIntSubclass | kTypeListSubclass | kTypeTupleSubclass | kTypeBytesSubclass |
    kTypeStrSubclass | kTypeDictSubclass | kTypeExcSubclass | kTypeTypeSubclass | kTypeSequence |
    kTypeMapping | kTypeHasGC;

// ---- slots (type_slots.cc) --------------------------------------------------
enum SlotId : int {
  kSlotRepr, kSlotStr, kSlotHash, kSlotRichCmp, kSlotGetAttr, kSlotSetAttr, kSlotCall, kSlotIter,
  kSlotNext, kSlotDescrGet, kSlotDescrSet, kSlotNew, kSlotInit, kSlotBinary, kSlotInplace,
  kSlotPow3, kSlotNeg, kSlotPos, kSlotAbs, kSlotInvert, kSlotToInt, kSlotToFloat, kSlotIndex,
  kSlotToBool, kSlotLen, kSlotGetItem, kSlotSetItem, kSlotContains, kSlotCount
};
using AnyFn = void (*)();
AnyFn get_slot(const Type* t, int slot, int op);
void set_slot(Type* t, int slot, int op, AnyFn fn);
// Adds slot wrappers (int.__add__, list.__len__...) for the slots a static type
// defines itself, and `__new__` / `__hash__ = None`.
int add_slot_wrappers(ThreadState*, Type* t);
// Copies unset slots from the base (static types).
void inherit_slots(Type* t, Type* base);
// Heap types: points every dunder-backed slot at the native slot of a static
// base or at a generic dispatcher, from what the MRO defines.
void fixup_slots(Type* t);
// After `C.name = v` on a heap type: refreshes the slots of C and its subclasses.
void update_slots_after_set(Type* t, Str* name);
extern const MethodDef tp_new_def;  // `__new__` of static types (self = the type)
Ref object_richcompare(ThreadState*, Value a, Value b, CmpOp op);
Ref object_new(ThreadState*, Type* type, const Value* args, size_t nargs, Tuple* kwnames);
int object_init(ThreadState*, Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref type_new(ThreadState*, Type* metatype, const Value* args, size_t nargs, Tuple* kwnames);
// Calls the special method `name` found on type(self) (binding as needed).
// Returns null with *found = false and no exception if it does not exist.
Ref call_special(ThreadState*, Value self, Str* name, const Value* args, size_t nargs, bool* found);

// ---- type.cc ------------------------------------------------------------------
uint32_t next_type_version();
void subclasses_add(Type* base, Type* sub);
void subclasses_remove(Type* base, Type* sub);
Ref subclasses_list(ThreadState*, Type* t);
// The instance __dict__ slot of obj, or null if its type has none.
Dict** instance_dict_slot(Value obj);
// The instance dict (created on demand when `create`), new reference; null
// without an exception if absent.
Ref instance_dict(ThreadState*, Value obj, bool create);
void raise_attribute_error(ThreadState*, Value obj, Str* name);
void raise_attribute_error_msg(ThreadState*, Value obj, Str* name, const std::string& msg);
std::string type_module_name(Type* t);      // "builtins", "__main__", "collections"...
std::string type_qualname_std(Type* t);     // "C.D" for heap types, last part of name otherwise
std::string type_repr_name(Type* t);        // "int", "__main__.C"
Ref type_getattro(ThreadState*, Value self, Str* name);
int type_setattro(ThreadState*, Value self, Str* name, Value v);
// Finds `name` in the MRO of `mro_of` after `after` (super() semantics).
Ref mro_lookup_after(Type* mro_of, Type* after, Str* name);
bool type_is_ready(const Type* t);

// ---- type_new.cc ------------------------------------------------------------
void subtype_dealloc(Object* o);
void subtype_traverse(Object* o, const Visitor& v);
void heap_type_dealloc(Object* o);
void type_traverse(Object* o, const Visitor& v);
Ref compute_mro(ThreadState*, Type* t);  // C3 linearisation as a tuple
int object_set_class(ThreadState*, Value self, Value v);
Ref object_reduce_ex(ThreadState*, Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref object_reduce(ThreadState*, Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref object_getstate(ThreadState*, Value self, const Value* args, size_t nargs, Tuple* kwnames);
int type_set_bases(ThreadState*, Type* t, Value v);

// ---- descr.cc -------------------------------------------------------------
Ref new_method_descr(Type* owner, const MethodDef* def);
Ref new_classmethod_descr(Type* owner, const MethodDef* def);
Ref new_getset_descr(Type* owner, const GetSetDef* def);
Ref new_member_descr(Type* owner, Str* name, int64_t offset);
Ref new_wrapper_descr(Type* owner, Str* name, WrapperFn fn, void* wrapped, void* wrapped2,
                      int slot_id, int op);
Ref new_staticmethod(Value func);
Ref new_classmethod(Value func);
// Member slots: the Value stored at `offset` inside obj.
inline Value* member_slot(Value obj, int64_t offset) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.as_object()) + offset);
}

}  // namespace weft

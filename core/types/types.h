// Layouts and constructors of the builtin types. Each type's behaviour lives in
// its own file in this folder (int.cc, str.cc, list.cc, ...); this header is the
// interface the VM, the compiler and the library code against.
//
// Conventions (all of weft):
//   - Functions returning Ref return null with an exception pending on the
//     ThreadState on failure. Functions returning int return -1 on failure.
//   - Value parameters are borrowed. Ref results are new references.
//   - Variable-size objects (Int digits, Str data, Bytes data, Tuple items)
//     keep a pointer to their payload, which normally sits in the same
//     allocation right after the instance (including subclass fields), so a
//     subclass of str/tuple/int can add a __dict__ at a fixed offset.
//   - Never store a reference into a heap object except through
//     store_ref() (the future write barrier of the concurrent collector).
#pragma once

#include <cstring>
#include <string>
#include <string_view>

#include "core/object/type.h"
#include "gc/heap.h"

namespace weft {

struct ThreadState;

// The write barrier: every store of a reference into a heap object goes here.
// Consumes `v` (owned) and releases the previous value of the slot.
inline void store_ref(Object* /*owner*/, Value* slot, Ref v) {
  Value old = *slot;
  *slot = v.release();
  decref(old);
}
inline void store_ref(Object* owner, Object** slot, Ref v) {
  Object* old = *slot;
  *slot = v.is_null() ? nullptr : v.release().as_object();
  xdecref(old);
}


// ---- the static builtin types (immortal, immutable after start) ----------
extern Type type_type, object_type, int_type, bool_type, float_type, complex_type;
extern Type str_type, bytes_type, bytearray_type, tuple_type, list_type, dict_type;
extern Type set_type, frozenset_type, range_type, slice_type, none_type, notimpl_type;
extern Type ellipsis_type, function_type, code_type, cell_type, method_type;
extern Type builtin_function_type, method_descriptor_type, classmethod_descriptor_type;
extern Type getset_descriptor_type, member_descriptor_type, wrapper_descriptor_type;
extern Type property_type, classmethod_type, staticmethod_type, super_type, module_type;
extern Type generator_type, coroutine_type, async_generator_type, frame_type;
extern Type traceback_type, memoryview_type, mappingproxy_type, simple_namespace_type;
extern Type dict_keys_type, dict_values_type, dict_items_type, enumerate_type, zip_type;
extern Type map_type, filter_type, reversed_type, seq_iter_type, callable_iter_type;

// ---- singletons ----------------------------------------------------------
extern Object none_obj, notimpl_obj, ellipsis_obj;
struct Int;
extern Int true_obj, false_obj;
inline Value None() { return Value(&none_obj); }
inline Value NotImpl() { return Value(&notimpl_obj); }
Value Bool(bool b);
inline Ref new_none() { return Ref::steal(None()); }
inline Ref new_bool(bool b) { return Ref::steal(Bool(b)); }
inline Ref new_notimpl() { return Ref::steal(NotImpl()); }

inline Type* type_of(Value v) { return v.is_small_int() ? &int_type : v.as_object()->type; }
bool is_subtype(const Type* a, const Type* b);  // a is b or a subclass of b (MRO walk)
inline bool isinstance_of(Value v, const Type* t) {
  Type* vt = type_of(v);
  return vt == t || is_subtype(vt, t);
}
inline bool has_type_flag(Value v, uint64_t f) { return type_of(v)->has_flag(f); }

// ---- int / bool (core/types/int.cc) --------------------------------------
// A heap int: sign-magnitude, base 2^32 digits, least significant first.
// Small ints never live here unless they are bool or an int subclass.
struct Int : Object {
  int64_t size;      // number of digits; negative for negative numbers
  uint32_t* digits;  // usually points just past the instance in the same block
};
inline bool is_int(Value v) { return v.is_small_int() || has_type_flag(v, kTypeIntSubclass); }
inline bool is_exact_int(Value v) { return v.is_small_int() || v.as_object()->type == &int_type; }
Ref new_int(int64_t i);
Ref new_int_from_u64(uint64_t u);
Ref new_int_from_double(ThreadState*, double d);    // truncates; OverflowError for inf/nan
Ref int_from_string(ThreadState*, std::string_view s, int base);  // int("..", base) rules
Ref int_from_decimal_digits(std::string_view digits);  // compiler constants
// Conversions: set OverflowError/TypeError and return false on failure.
bool int_to_i64(ThreadState*, Value v, int64_t* out);
bool int_fits_i64(Value v);
double int_to_double(ThreadState*, Value v, bool* ok);
Ref int_to_decimal_string(ThreadState*, Value v);     // str(int); ValueError past the digit limit
std::string int_to_string_base(Value v, int base);     // for hex/oct/bin/format
int int_sign(Value v);
int64_t int_hash(Value v);
int int_compare(Value a, Value b);                     // -1, 0, 1
Ref int_binary(ThreadState*, BinOp op, Value a, Value b);  // both ints (or bools)

// ---- float / complex (core/types/float.cc, complex.cc) -------------------
struct Float : Object { double value; };
struct Complex : Object { double real, imag; };
inline bool is_float(Value v) { return isinstance_of(v, &float_type); }
Ref new_float(double d);
Ref new_complex(double re, double im);
inline double float_value(Value v) { return static_cast<Float*>(v.as_object())->value; }
std::string float_repr(double d);                     // shortest round-trip, like repr()
int64_t float_hash(double d);
Ref float_from_string(ThreadState*, std::string_view s);
// Converts int/float/__float__/__index__ to double; TypeError otherwise.
bool to_double(ThreadState*, Value v, double* out);

// ---- str (core/types/str.cc) ---------------------------------------------
// Compact storage (PEP 393): 1, 2 or 4 bytes per code point, chosen by the
// largest code point. O(1) indexing. The hash is cached (relaxed atomic;
// racing threads compute the same value).
struct Str : Object {
  int64_t length;         // in code points
  uint8_t kind;           // 1, 2 or 4
  bool ascii;
  bool interned;
  std::atomic<int64_t> hash_cache;  // -1 = not computed yet
  void* data;             // kind-sized code points, NUL-terminated
  mutable std::atomic<char*> utf8_cache;  // non-ASCII only; built on demand

  uint32_t at(int64_t i) const {
    switch (kind) {
      case 1: return static_cast<const uint8_t*>(data)[i];
      case 2: return static_cast<const uint16_t*>(data)[i];
      default: return static_cast<const uint32_t*>(data)[i];
    }
  }
};
inline bool is_str(Value v) { return v.is_object() && v.as_object()->type->has_flag(kTypeStrSubclass); }
inline bool is_exact_str(Value v) { return v.is_object() && v.as_object()->type == &str_type; }
Ref new_str(std::string_view utf8);                    // decodes UTF-8 (surrogateescape-free)
Ref new_str_from_codepoints(const uint32_t* cps, int64_t n);
Ref new_str_ascii(std::string_view ascii);
Str* new_str_uninit(int64_t length, uint32_t max_char);  // caller fills data
Ref str_from_format(const char* fmt, ...);              // printf-style, result is ASCII/UTF-8
std::string_view str_utf8(Str* s);                      // valid while s lives
inline std::string_view str_utf8(Value v) { return str_utf8(static_cast<Str*>(v.as_object())); }
int64_t str_hash(Str* s);
bool str_equal(Str* a, Str* b);
bool str_equal_ascii(Str* a, std::string_view ascii);
Ref str_concat(ThreadState*, Str* a, Str* b);
Ref str_repr(ThreadState*, Str* s);
// Interning: per-interpreter, concurrent, immortal results.
Str* intern_str(ThreadState*, std::string_view utf8);  // borrowed, immortal
Ref intern_str_ref(ThreadState*, Ref s);
// Static identifiers used throughout the runtime, e.g. ident(ts, "__init__").
Str* ident(ThreadState*, const char* name);

// ---- bytes / bytearray (core/types/bytes.cc) ------------------------------
struct Bytes : Object {
  int64_t length;
  std::atomic<int64_t> hash_cache;
  char* data;  // NUL-terminated
};
struct ByteArray : Object {
  int64_t length, capacity;
  char* data;
  int64_t exports;  // live memoryviews; resizing is refused while > 0
};
inline bool is_bytes(Value v) { return v.is_object() && v.as_object()->type->has_flag(kTypeBytesSubclass); }
Ref new_bytes(std::string_view b);
Ref new_bytearray(std::string_view b);

// ---- tuple / list (core/types/tuple.cc, list.cc) --------------------------
struct Tuple : Object {
  int64_t length;
  std::atomic<int64_t> hash_cache;
  Value* items;  // points just past the instance
};
// Lists keep items in a separately allocated array; readers that do not hold
// the list's mutex must tolerate a concurrent resize (issue 3: QSBR).
struct List : Object {
  std::atomic<int64_t> length;
  int64_t capacity;
  std::atomic<Value*> items;
};
inline bool is_tuple(Value v) { return v.is_object() && v.as_object()->type->has_flag(kTypeTupleSubclass); }
inline bool is_list(Value v) { return v.is_object() && v.as_object()->type->has_flag(kTypeListSubclass); }
inline bool is_exact_tuple(Value v) { return v.is_object() && v.as_object()->type == &tuple_type; }
inline bool is_exact_list(Value v) { return v.is_object() && v.as_object()->type == &list_type; }
Tuple* new_tuple_uninit(int64_t n);   // items are null; fill with store_ref or directly before publishing
Ref new_tuple(std::initializer_list<Value> items);  // increfs each
Ref new_tuple_from(const Value* items, int64_t n);  // increfs each
Tuple* empty_tuple();                               // immortal
Ref new_list(int64_t n = 0);                        // n null slots
Ref new_list_from(const Value* items, int64_t n);
int list_append(ThreadState*, List* l, Value v);
Ref list_as_tuple(ThreadState*, List* l);
int list_sort(ThreadState*, List* l, Value key, bool reverse);
// Any iterable to a new list / tuple.
Ref sequence_to_list(ThreadState*, Value iterable);
Ref sequence_to_tuple(ThreadState*, Value iterable);

// ---- dict (core/types/dict.cc) --------------------------------------------
// weft's own compact, insertion-ordered dict with CPython's probing, so that
// iteration order and behaviour under user __eq__/__hash__ match CPython.
// The index table and entries (DictKeys) are private to dict.cc; the object
// itself is declared here so that Dict* converts to Object*.
struct DictKeys;
struct Dict : Object {
  std::atomic<DictKeys*> keys;     // replaced wholesale on resize; null while empty
  std::atomic<int64_t> used;       // number of live items (len() reads it without the lock)
  std::atomic<uint64_t> version;   // bumped on every mutation (iterators, caches)
  uint64_t keys_version;           // bumped whenever `keys` is replaced (lookup restarts)
};
inline bool is_dict(Value v) { return v.is_object() && v.as_object()->type->has_flag(kTypeDictSubclass); }
inline bool is_exact_dict(Value v) { return v.is_object() && v.as_object()->type == &dict_type; }
Ref new_dict();
// Lookups return a new reference, or null: check ts->has_error() to tell a
// missing key (no error) from a failure in __eq__/__hash__.
Ref dict_get(ThreadState*, Dict* d, Value key);
Ref dict_get_str(ThreadState*, Dict* d, Str* key);
int dict_set(ThreadState*, Dict* d, Value key, Value value);
int dict_set_str(ThreadState*, Dict* d, const char* key, Value value);
int dict_del(ThreadState*, Dict* d, Value key);  // KeyError if missing
int dict_contains(ThreadState*, Dict* d, Value key);
int64_t dict_size(Dict* d);
// Iteration by position: *pos starts at 0; returns false at the end. The
// returned key/value are new references. Raises RuntimeError on change.
bool dict_next(Dict* d, int64_t* pos, Ref* key, Ref* value);
int dict_update(ThreadState*, Dict* d, Value other);  // mapping or iterable of pairs
int dict_merge(ThreadState*, Dict* d, Value other, bool override_existing);
Ref dict_copy(ThreadState*, Dict* d);
Ref dict_keys_list(ThreadState*, Dict* d);
Ref dict_items_list(ThreadState*, Dict* d);
Ref dict_pop(ThreadState*, Dict* d, Value key, Value deflt /*null: KeyError*/);

// ---- set / frozenset (core/types/set.cc) -----------------------------------
// Open addressing with CPython's probing; the table is private to set.cc.
struct SetEntry {
  Value key;      // null: never used; a dummy marker: deleted
  int64_t hash;
};
struct Set : Object {
  int64_t fill;               // active + dummy entries
  std::atomic<int64_t> used;  // active entries (len() reads it without the lock)
  int64_t mask;               // table size - 1
  SetEntry* table;
  std::atomic<int64_t> hash_cache;  // frozenset only; -1 = not computed
  int64_t finger;                   // pop() search start
  uint64_t table_version;           // bumped whenever the table is rebuilt (lookup restarts)
  SetEntry small_table[8];
};
inline bool is_anyset(Value v) {
  return v.is_object() && (isinstance_of(v, &set_type) || isinstance_of(v, &frozenset_type));
}
Ref new_set(ThreadState*, Value iterable /*null: empty*/);
Ref new_frozenset(ThreadState*, Value iterable);
// The frozenset constant of a set display / `x in {...}`: CPython's compiler
// builds it from the items and then rebuilds it from its own iteration order
// (merge_consts_recursive), which changes the layout and thus the iteration
// order of `{(1, 2), (3, 4), (5, 6), (-1, -1)}`. Compile constant set displays
// of 3+ items as BUILD_SET 0; LOAD_CONST this; SET_UPDATE 1, as CPython 3.11 does.
Ref new_frozenset_const(ThreadState*, Value iterable);
int set_add(ThreadState*, Set* s, Value key);
int set_contains(ThreadState*, Set* s, Value key);
int set_discard(ThreadState*, Set* s, Value key);
int64_t set_size(Set* s);
bool set_next(Set* s, int64_t* pos, Ref* key);

// ---- range / slice (core/types/range.cc, slice.cc) ------------------------
struct Slice : Object { Value start, stop, step; };
Ref new_slice(Value start, Value stop, Value step);  // nulls mean None
// Resolves a slice against a length (PySlice_GetIndicesEx); false on error.
bool slice_indices(ThreadState*, Slice* s, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* slicelength);
Ref new_range(ThreadState*, Value start, Value stop, Value step);

// The iterator over a sequence's __getitem__ (iter() fallback; type "iterator",
// core/types/iterators.cc).
Ref new_seq_iter(ThreadState*, Value seq);

// ---- views and generic aliases -----------------------------------------------
// A read-only view of a mapping (types.MappingProxyType; core/types/mappingproxy.cc).
Ref new_mappingproxy(Value mapping);  // null only when out of memory
// types.GenericAlias(origin, args), used by list[int] etc. (core/types/genericalias.cc).
Ref new_generic_alias(ThreadState*, Value origin, Value args);
// types.GenericAlias and types.UnionType (int | str), core/types/genericalias.cc.
extern Type generic_alias_type, union_type;

// iter(callable, sentinel) (core/types/iterators.cc).
Ref new_callable_iter(ThreadState*, Value callable, Value sentinel);

// ---- modules (core/types/module.cc) ----------------------------------------
struct Module : Object {
  Dict* dict;
  Value name;     // str
  Object* state;  // native module state, or null
  bool native;    // made by new_module() (a native module unless __spec__/__file__ say otherwise)
  Object* weaklist;  // reserved for weak references (keeps subclasses layout-compatible)
};
Ref new_module(ThreadState*, std::string_view name);
Dict* module_dict(Value m);

// ---- simple containers used by the runtime ---------------------------------
struct Cell : Object { std::atomic<uintptr_t> ref; /* Value bits, null = empty */ };
Ref new_cell(Value v /*may be null*/);
Ref cell_get(Cell* c);                         // null without exception if empty
void cell_set(Cell* c, Value v /*may be null*/);

}  // namespace weft

// The generic object protocol: what `a + b`, `getattr`, `repr`, `len`, `iter`,
// calls and comparisons do on any Value. Implemented in core/runtime/abstract.cc
// (operators, containers, iteration) and core/types/type.cc (attributes, calls).
#pragma once

#include <string>

#include "core/runtime/errors.h"

namespace weft {

// ---- identity, truth, hashing, text ----------------------------------------
int truthy(ThreadState*, Value v);                       // bool(v): 0/1, -1 error
int64_t hash_of(ThreadState*, Value v);                  // -1 error (TypeError: unhashable)
// The hash slot of unhashable types (list, dict, classes with __hash__ = None):
// raises "unhashable type: 'X'". A static type that defines richcompare but
// leaves hash null gets this slot and `__hash__ = None` (as CPython).
int64_t hash_not_implemented(ThreadState*, Value v);
// The identity-based hash of object.__hash__ (CPython's pointer hash).
int64_t pointer_hash(const void* p);
Ref repr_of(ThreadState*, Value v);                      // str result
Ref str_of(ThreadState*, Value v);
Ref ascii_of(ThreadState*, Value v);
Ref format_of(ThreadState*, Value v, Value spec /*str, may be null*/);
// Reentrancy guard for containers' repr: returns 1 if v is already being
// printed by this thread (caller prints "[...]"), 0 if entered, -1 on error.
int repr_enter(ThreadState*, Value v);
void repr_leave(ThreadState*, Value v);
void repr_state_free(ThreadState*);  // releases ts->repr_running (thread exit)

// ---- comparisons -----------------------------------------------------------
Ref rich_compare(ThreadState*, Value a, Value b, CmpOp op);
int rich_compare_bool(ThreadState*, Value a, Value b, CmpOp op);  // identity shortcut for Eq/Ne
int equals(ThreadState*, Value a, Value b);                      // a == b with identity shortcut

// ---- numbers ---------------------------------------------------------------
Ref binary_op(ThreadState*, BinOp op, Value a, Value b);
Ref inplace_op(ThreadState*, BinOp op, Value a, Value b);
Ref power(ThreadState*, Value a, Value b, Value mod /*null or None*/);
Ref unary_neg(ThreadState*, Value v);
Ref unary_pos(ThreadState*, Value v);
Ref unary_invert(ThreadState*, Value v);
Ref abs_of(ThreadState*, Value v);
Ref index_of(ThreadState*, Value v);           // operator.index(v)
bool index_to_i64(ThreadState*, Value v, int64_t* out, Type* overflow_exc /*null: clamp*/);
Ref number_to_int(ThreadState*, Value v);      // int(v)
Ref number_to_float(ThreadState*, Value v);    // float(v)
const char* binop_symbol(BinOp op);            // "+", "//", ...

// ---- attributes ------------------------------------------------------------
Ref get_attr(ThreadState*, Value obj, Str* name);
Ref get_attr_str(ThreadState*, Value obj, const char* name);
// As get_attr, but a missing attribute returns null with no exception.
Ref get_attr_opt(ThreadState*, Value obj, Str* name);
int set_attr(ThreadState*, Value obj, Str* name, Value v);
int del_attr(ThreadState*, Value obj, Str* name);
int has_attr(ThreadState*, Value obj, Str* name);
// object.__getattribute__ / __setattr__ (the generic algorithm with descriptors).
Ref generic_getattr(ThreadState*, Value obj, Str* name);
int generic_setattr(ThreadState*, Value obj, Str* name, Value v);
// Looks `name` up along type(obj).__mro__ without invoking descriptors (borrowed).
Value type_lookup(Type* t, Str* name);
// As type_lookup, but returns a new reference (null if missing, no exception).
Ref type_lookup_ref(Type* t, Str* name);
// For LOAD_METHOD: returns the function and sets *unbound when it must be
// called with obj prepended (avoids creating a bound method).
Ref get_method(ThreadState*, Value obj, Str* name, bool* unbound);
// Special method lookup on the type (as CPython's _PyObject_LookupSpecial).
Ref lookup_special(ThreadState*, Value obj, Str* name);

// ---- calls -----------------------------------------------------------------
// Vectorcall (see core/object/type.h): nargs positionals, then the values of
// the keywords named by kwnames.
Ref call(ThreadState*, Value callable, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
Ref call0(ThreadState*, Value callable);
Ref call1(ThreadState*, Value callable, Value a);
Ref call2(ThreadState*, Value callable, Value a, Value b);
Ref call_tuple_dict(ThreadState*, Value callable, Tuple* args, Dict* kwargs /*may be null*/);
Ref call_method(ThreadState*, Value obj, const char* name, const Value* args, size_t nargs);
bool is_callable(Value v);

// ---- containers and iteration ----------------------------------------------
int64_t length_of(ThreadState*, Value v);                // len(); -1 on error
int64_t length_hint(ThreadState*, Value v, int64_t dflt);
Ref get_item(ThreadState*, Value container, Value key);
int set_item(ThreadState*, Value container, Value key, Value v);
int del_item(ThreadState*, Value container, Value key);
int contains(ThreadState*, Value container, Value item);  // `in`
Ref get_iter(ThreadState*, Value iterable);
// Advances an iterator: a null result with no pending error means exhausted.
Ref iter_next(ThreadState*, Value iterator);
// Calls fn(item) for every item; stops early when fn returns false (error pending).
template <class F> bool for_each(ThreadState* ts, Value iterable, F&& fn);

// ---- types -----------------------------------------------------------------
// Fills a static type's dict from its methods/getsets, computes its MRO and
// inherits unset slots from the base. Called once per builtin type at start.
int type_ready(ThreadState*, Type* t);
Ref type_name_of(Value v);          // type(v).__name__ as str
const char* type_name(Value v);     // type(v)->name (for messages)
int isinstance(ThreadState*, Value obj, Value cls);  // with __instancecheck__
int issubclass(ThreadState*, Value derived, Value cls);
// metatype(name, bases, ns, **kw) — the class statement ends here. Calls the
// metatype (its __call__: __new__ then __init__). kwnames_and_values holds the
// class keywords flattened as (name1, value1, name2, value2, ...), or is null.
Ref new_class(ThreadState*, Type* metatype, Str* name, Tuple* bases, Dict* ns, Tuple* kwnames_and_values);
// Calls callable(self, *args, **kw) without building a bound method.
Ref call_prepend(ThreadState*, Value callable, Value self, const Value* args, size_t nargs,
                 Tuple* kwnames = nullptr);
void type_modified(Type* t);        // invalidates the version tags of t and its subclasses
// The version tag of t's current state, assigned on demand: caches keyed by it
// (attribute lookups, the VM's inline caches) are valid while t->version still
// equals it. Tags are unique across all types; 0 means "do not cache".
uint32_t type_version_tag(Type* t);
// ABC.register(cls) for Sequence/Mapping: sets kTypeSequence or kTypeMapping
// on a heap class (and its subclasses) that has neither yet (CPython's _abc).
void type_set_collection_flag(Type* t, uint64_t flag);

// Argument parsing for native functions. `names` lists parameter names in
// order; the first `required` must be given; `posonly` of them can't be
// passed by keyword. Missing optional arguments are left null. Errors use
// CPython's wording ("f() takes at most 2 arguments (3 given)", ...).
bool parse_args(ThreadState*, const char* fname, const Value* args, size_t nargs,
                Tuple* kwnames, std::initializer_list<const char*> names, size_t required,
                Value* out, size_t posonly = 0);
// `fname` may be qualified ("str.replace"): CPython names methods that way in
// "takes no keyword arguments" / "takes exactly one argument" messages.
// PyArg_ParseTuple's wording ("count() takes at least 1 argument (0 given)")
// for the positional-only functions CPython 3.11 has not moved to clinic.
bool parse_args_tuple_style(ThreadState*, const char* fname, const Value* args, size_t nargs,
                            Tuple* kwnames, size_t min, size_t max, Value* out);
bool no_kwargs(ThreadState*, const char* fname, Tuple* kwnames);
inline std::string qualified(const char* type_name, const char* name) {
  return std::string(type_name) + "." + name;
}

template <class F>
bool for_each(ThreadState* ts, Value iterable, F&& fn) {
  Ref it = get_iter(ts, iterable);
  if (!it) return false;
  for (;;) {
    Ref item = iter_next(ts, it.get());
    if (!item) return !ts->has_error();
    if (!fn(item.get())) return false;
  }
}

}  // namespace weft

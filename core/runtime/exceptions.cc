// The builtin exception hierarchy: BaseException's layout and methods, and the
// per-class behaviours CPython gives some of them (SystemExit.code,
// StopIteration.value, OSError's errno fields and subclass selection, KeyError's
// str, SyntaxError's fields, ImportError's name/path, the Unicode errors).
// ExceptionGroup lives in exception_group.cc.
#include <cerrno>
#include <cstddef>
#include <cstring>

#include "core/runtime/abstract.h"
#include "core/runtime/exceptions.h"
#include "threads/critical_section.h"

namespace weft {

#define EXC(name, base, doc) Type name##_type;
#include "core/runtime/exceptions.def"
#undef EXC

namespace {

BaseExc* as_exc(Value v) { return static_cast<BaseExc*>(v.as_object()); }

void exc_dealloc(Object* o) {
  BaseExc* e = static_cast<BaseExc*>(o);
  xdecref(e->dict);
  xdecref(e->args);
  xdecref(e->traceback);
  xdecref(e->context);
  xdecref(e->cause);
  xdecref(e->notes);
  free_object(o);
}

void exc_traverse(Object* o, const Visitor& visit) {
  BaseExc* e = static_cast<BaseExc*>(o);
  visit(e->dict);
  visit(e->args);
  visit(e->traceback);
  visit(e->context);
  visit(e->cause);
  visit(e->notes);
}

Ref exc_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Object* o = alloc_object(type, type->basic_size);
  if (!o) return set_no_memory(ts);
  Ref self = Ref::steal(Value(o));
  BaseExc* e = as_exc(self.get());
  Ref t = new_tuple_from(args, static_cast<int64_t>(nargs));
  e->args = static_cast<Tuple*>(t.release().as_object());
  return self;
}

int exc_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->length) {
    set_errorf(ts, &TypeError_type, "%s() takes no keyword arguments", type_of(self)->name);
    return -1;
  }
  Ref t = new_tuple_from(args, static_cast<int64_t>(nargs));
  store_ref(self.as_object(), reinterpret_cast<Object**>(&as_exc(self)->args), std::move(t));
  return 0;
}

Ref exc_str(ThreadState* ts, Value self) {
  Tuple* args = as_exc(self)->args;
  if (!args || args->length == 0) return new_str_ascii("");
  if (args->length == 1) return str_of(ts, args->items[0]);
  return str_of(ts, Value(args));
}

Ref exc_repr(ThreadState* ts, Value self) {
  Tuple* args = as_exc(self)->args;
  std::string out = type_of(self)->name_obj ? std::string(str_utf8(type_of(self)->name_obj))
                                            : std::string(type_of(self)->name);
  size_t dot = out.rfind('.');
  if (dot != std::string::npos) out = out.substr(dot + 1);
  if (args && args->length == 1) {
    Ref r = repr_of(ts, args->items[0]);
    if (!r) return nullptr;
    out += "(";
    out += str_utf8(r.get());
    out += ")";
  } else if (args && args->length > 1) {
    Ref r = repr_of(ts, Value(args));
    if (!r) return nullptr;
    out += str_utf8(r.get());
  } else {
    out += "()";
  }
  return new_str(out);
}

// ---- attributes -------------------------------------------------------------

Ref get_args(ThreadState*, Value self) {
  Tuple* a = as_exc(self)->args;
  return a ? Ref::borrow(Value(a)) : Ref::borrow(Value(empty_tuple()));
}
int set_args(ThreadState* ts, Value self, Value v) {
  if (v.is_null()) {
    set_error(ts, &TypeError_type, "args may not be deleted");
    return -1;
  }
  Ref t = sequence_to_tuple(ts, v);
  if (!t) return -1;
  store_ref(self.as_object(), reinterpret_cast<Object**>(&as_exc(self)->args), std::move(t));
  return 0;
}

Ref get_or_none(Object* o) { return o ? Ref::borrow(Value(o)) : new_none(); }

Ref get_traceback(ThreadState*, Value self) { return get_or_none(as_exc(self)->traceback); }
int set_traceback(ThreadState* ts, Value self, Value v) {
  if (v.is_null()) {
    set_error(ts, &TypeError_type, "__traceback__ may not be deleted");
    return -1;
  }
  if (v != None() && type_of(v) != &traceback_type) {
    set_error(ts, &TypeError_type, "__traceback__ must be a traceback or None");
    return -1;
  }
  store_ref(self.as_object(), &as_exc(self)->traceback,
            v == None() ? Ref() : Ref::borrow(v));
  return 0;
}

Ref get_context(ThreadState*, Value self) { return get_or_none(as_exc(self)->context); }
int set_context(ThreadState* ts, Value self, Value v) {
  if (v.is_null()) {
    set_error(ts, &TypeError_type, "__context__ may not be deleted");
    return -1;
  }
  if (v != None() && !isinstance_of(v, &BaseException_type)) {
    set_error(ts, &TypeError_type, "exception context must be None or derive from BaseException");
    return -1;
  }
  store_ref(self.as_object(), &as_exc(self)->context, v == None() ? Ref() : Ref::borrow(v));
  return 0;
}

Ref get_cause(ThreadState*, Value self) { return get_or_none(as_exc(self)->cause); }
int set_cause(ThreadState* ts, Value self, Value v) {
  if (v.is_null()) {
    set_error(ts, &TypeError_type, "__cause__ may not be deleted");
    return -1;
  }
  if (v != None() && !isinstance_of(v, &BaseException_type)) {
    set_error(ts, &TypeError_type, "exception cause must be None or derive from BaseException");
    return -1;
  }
  store_ref(self.as_object(), &as_exc(self)->cause, v == None() ? Ref() : Ref::borrow(v));
  as_exc(self)->suppress_context = true;
  return 0;
}

Ref get_suppress_context(ThreadState*, Value self) { return new_bool(as_exc(self)->suppress_context); }
int set_suppress_context(ThreadState* ts, Value self, Value v) {
  int b = v.is_null() ? 0 : truthy(ts, v);
  if (b < 0) return -1;
  as_exc(self)->suppress_context = b;
  return 0;
}

Ref get_dict(ThreadState* ts, Value self) {
  BaseExc* e = as_exc(self);
  if (!e->dict) {
    Ref d = new_dict();
    if (!d) return nullptr;
    store_ref(self.as_object(), reinterpret_cast<Object**>(&e->dict), std::move(d));
  }
  return Ref::borrow(Value(e->dict));
}

const GetSetDef base_exc_getsets[] = {
    {"args", get_args, set_args, nullptr},
    {"__traceback__", get_traceback, set_traceback, nullptr},
    {"__context__", get_context, set_context, "exception context"},
    {"__cause__", get_cause, set_cause, "exception cause"},
    {"__suppress_context__", get_suppress_context, set_suppress_context, nullptr},
    {"__dict__", get_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- methods ----------------------------------------------------------------

Ref exc_with_traceback(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value tb;
  if (!parse_args(ts, "BaseException.with_traceback", args, nargs, kw, {"tb"}, 1, &tb, 1)) return nullptr;
  if (set_traceback(ts, self, tb) < 0) return nullptr;
  return Ref::borrow(self);
}

Ref exc_add_note(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value note;
  if (!parse_args(ts, "BaseException.add_note", args, nargs, kw, {"note"}, 1, &note, 1)) return nullptr;
  if (!is_str(note)) {
    set_errorf(ts, &TypeError_type, "note must be a str, not '%s'", type_name(note));
    return nullptr;
  }
  Str* key = intern_str(ts, "__notes__");
  Ref notes = get_attr_opt(ts, self, key);
  if (!notes) {
    if (ts->has_error()) return nullptr;
    notes = new_list(0);
    if (!notes || set_attr(ts, self, key, notes.get()) < 0) return nullptr;
  }
  if (!is_list(notes.get())) {
    set_error(ts, &TypeError_type, "Cannot add note: __notes__ is not a list");
    return nullptr;
  }
  if (list_append(ts, notes.as<List>(), note) < 0) return nullptr;
  return new_none();
}

Ref exc_reduce(ThreadState* ts, Value self, const Value*, size_t, Tuple*) {
  BaseExc* e = as_exc(self);
  Value tp = Value(type_of(self));
  Value args = e->args ? Value(e->args) : Value(empty_tuple());
  if (e->dict && dict_size(e->dict) > 0) return new_tuple({tp, args, Value(e->dict)});
  return new_tuple({tp, args});
}

Ref exc_setstate(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1) {
    set_error(ts, &TypeError_type, "__setstate__ expected 1 argument");
    return nullptr;
  }
  if (args[0] != None()) {
    if (!is_dict(args[0])) {
      set_error(ts, &TypeError_type, "state is not a dictionary");
      return nullptr;
    }
    int64_t pos = 0;
    Ref k, v;
    while (dict_next(static_cast<Dict*>(args[0].as_object()), &pos, &k, &v)) {
      if (!is_str(k.get())) continue;
      if (set_attr(ts, self, static_cast<Str*>(k.obj()), v.get()) < 0) return nullptr;
    }
  }
  return new_none();
}

const MethodDef base_exc_methods[] = {
    {"with_traceback", exc_with_traceback, kMethInstance,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, kMethInstance,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", exc_reduce, kMethInstance, nullptr},
    {"__setstate__", exc_setstate, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void setup_exception_type(Type& t, const char* name, Type* base, const char* doc) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.doc = doc;
  t.base = base ? base : &object_type;
  t.basic_size = sizeof(BaseExc);
  t.dict_offset = offsetof(BaseExc, dict);
  t.flags = kTypeBaseType | kTypeHasGC | kTypeExcSubclass;
  t.dealloc = exc_dealloc;
  t.traverse = exc_traverse;
  if (!base) {
    t.new_ = exc_new;
    t.init = exc_init;
    t.str = exc_str;
    t.repr = exc_repr;
    t.methods = base_exc_methods;
    t.getsets = base_exc_getsets;
  }
  register_static_type(&t);
}

}  // namespace

void setup_exceptions_types() {
#define EXC(name, base, doc) setup_exception_type(name##_type, #name, base, doc);
#include "core/runtime/exceptions.def"
#undef EXC
  setup_exception_subclass_behaviours();
}

// ---- C++ helpers of errors.h ------------------------------------------------

void exc_set_context(Value exc, Value context) {
  if (exc.is_null() || !exc.is_object()) return;
  Ref ctx = context.is_null() || context == None() ? Ref() : Ref::borrow(context);
  store_ref(exc.as_object(), &as_exc(exc)->context, std::move(ctx));
}

void exc_set_cause(Value exc, Value cause) {
  if (exc.is_null() || !exc.is_object()) return;
  Ref c = cause.is_null() || cause == None() ? Ref() : Ref::borrow(cause);
  store_ref(exc.as_object(), &as_exc(exc)->cause, std::move(c));
  as_exc(exc)->suppress_context = true;
}

Ref exc_args(Value exc) {
  Tuple* a = as_exc(exc)->args;
  return Ref::borrow(a ? Value(a) : Value(empty_tuple()));
}

}  // namespace weft

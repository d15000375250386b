// Function, code and cell objects: function_type (call slot, method binding,
// the __dunder__ attributes), code_type (co_* attributes) and cell_type.
// alloc_code() is the compiler's constructor for code objects.
#include <cstdio>
#include <new>
#include <string>
#include <vector>

#include "core/vm/frame.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace weft {

Type function_type, code_type, cell_type;

namespace {

std::string s8(Value v) { return is_str(v) ? std::string(str_utf8(v)) : std::string(); }

Ref none_or(Object* o) { return o ? Ref::borrow(Value(o)) : new_none(); }
Ref none_or(Value v) { return v ? Ref::borrow(v) : new_none(); }

Ref repr_with_address(const char* fmt_prefix, const std::string& name, const void* p,
                      const char* suffix = ">") {
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", p);
  return new_str(std::string(fmt_prefix) + name + " at " + addr + suffix);
}

}  // namespace

// ---- code objects ------------------------------------------------------------------------

int Code::ncells() const { return cellvars ? int(cellvars->length) : 0; }
int Code::nfrees() const { return freevars ? int(freevars->length) : 0; }

Code* alloc_code() {
  Object* o = alloc_object(&code_type, sizeof(Code));
  if (!o) return nullptr;
  Code* c = static_cast<Code*>(o);
  // The memory is zeroed and the header initialised; only the members with
  // non-trivial constructors need constructing (zero is a valid state for the rest).
  new (&c->cell2arg) std::vector<int32_t>();
  new (&c->code) std::vector<Instr>();
  new (&c->positions) std::vector<Position>();
  return c;
}

static void code_dealloc(Object* o) {
  Code* c = static_cast<Code*>(o);
  xdecref(c->name);
  xdecref(c->qualname);
  xdecref(c->filename);
  xdecref(c->consts);
  xdecref(c->names);
  xdecref(c->varnames);
  xdecref(c->cellvars);
  xdecref(c->freevars);
  code_caches_free(c);
  c->cell2arg.~vector();
  c->code.~vector();
  c->positions.~vector();
  free_object(o);
}

static void code_traverse(Object* o, const Visitor& visit) {
  Code* c = static_cast<Code*>(o);
  visit(c->consts);
  visit(c->names);
  visit(c->varnames);
  visit(c->cellvars);
  visit(c->freevars);
}

static Ref code_repr(ThreadState* ts, Value self) {
  Code* c = static_cast<Code*>(self.as_object());
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(c));
  return new_str("<code object " + s8(Value(c->name)) + " at " + addr + ", file \"" +
                 s8(Value(c->filename)) + "\", line " + std::to_string(c->firstlineno) + ">");
}

#define CODE_GET(field, expr)                                  \
  static Ref code_get_##field(ThreadState* ts, Value self) {   \
    Code* c = static_cast<Code*>(self.as_object());            \
    (void)c;                                                   \
    return expr;                                               \
  }
CODE_GET(name, none_or(c->name))
CODE_GET(qualname, none_or(c->qualname))
CODE_GET(filename, none_or(c->filename))
CODE_GET(argcount, new_int(c->argcount))
CODE_GET(posonlyargcount, new_int(c->posonlyargcount))
CODE_GET(kwonlyargcount, new_int(c->kwonlyargcount))
CODE_GET(nlocals, new_int(c->nlocals))
CODE_GET(stacksize, new_int(c->stacksize))
CODE_GET(firstlineno, new_int(c->firstlineno))
CODE_GET(flags, new_int(c->flags))
CODE_GET(consts, none_or(c->consts))
CODE_GET(names, none_or(c->names))
CODE_GET(varnames, none_or(c->varnames))
CODE_GET(cellvars, c->cellvars ? Ref::borrow(Value(c->cellvars)) : Ref::borrow(Value(empty_tuple())))
CODE_GET(freevars, c->freevars ? Ref::borrow(Value(c->freevars)) : Ref::borrow(Value(empty_tuple())))
#undef CODE_GET

static Ref code_get_code(ThreadState* ts, Value self) {
  Code* c = static_cast<Code*>(self.as_object());
  return new_bytes(std::string_view(reinterpret_cast<const char*>(c->code.data()),
                                    c->code.size() * sizeof(Instr)));
}

static Ref code_get_linetable(ThreadState* ts, Value self) { return new_bytes(""); }

static Ref tuple_of_ints(std::initializer_list<int64_t> xs) {
  Tuple* t = new_tuple_uninit(int64_t(xs.size()));
  if (!t) return nullptr;
  int i = 0;
  for (int64_t x : xs) t->items[i++] = x < 0 ? Ref::borrow(None()).release() : new_int(x).release();
  return Ref::steal(Value(t));
}

// co_positions(): one (line, end_line, col, end_col) tuple per instruction.
static Ref code_positions(ThreadState* ts, Value self, const Value* args, size_t nargs,
                          Tuple* kwnames) {
  Code* c = static_cast<Code*>(self.as_object());
  Ref l = new_list(0);
  if (!l) return nullptr;
  for (size_t i = 0; i < c->code.size(); ++i) {
    Position p = i < c->positions.size() ? c->positions[i] : Position();
    Ref t = tuple_of_ints({p.line, p.end_line, p.col, p.end_col});
    if (!t || list_append(ts, l.as<List>(), t) < 0) return nullptr;
  }
  return get_iter(ts, l);
}

// co_lines(): (start, end, line) ranges; offsets count instructions.
static Ref code_lines(ThreadState* ts, Value self, const Value* args, size_t nargs,
                      Tuple* kwnames) {
  Code* c = static_cast<Code*>(self.as_object());
  Ref l = new_list(0);
  if (!l) return nullptr;
  size_t n = c->code.size();
  size_t start = 0;
  for (size_t i = 1; i <= n; ++i) {
    int prev = start < c->positions.size() ? c->positions[start].line : -1;
    int cur = i < n && i < c->positions.size() ? c->positions[i].line : -2;
    if (i == n || cur != prev) {
      Ref t = tuple_of_ints({int64_t(start), int64_t(i), prev});
      if (!t || list_append(ts, l.as<List>(), t) < 0) return nullptr;
      start = i;
    }
  }
  return get_iter(ts, l);
}

static const GetSetDef code_getsets[] = {
    {"co_name", code_get_name, nullptr, nullptr},
    {"co_qualname", code_get_qualname, nullptr, nullptr},
    {"co_filename", code_get_filename, nullptr, nullptr},
    {"co_argcount", code_get_argcount, nullptr, nullptr},
    {"co_posonlyargcount", code_get_posonlyargcount, nullptr, nullptr},
    {"co_kwonlyargcount", code_get_kwonlyargcount, nullptr, nullptr},
    {"co_nlocals", code_get_nlocals, nullptr, nullptr},
    {"co_stacksize", code_get_stacksize, nullptr, nullptr},
    {"co_firstlineno", code_get_firstlineno, nullptr, nullptr},
    {"co_flags", code_get_flags, nullptr, nullptr},
    {"co_consts", code_get_consts, nullptr, nullptr},
    {"co_names", code_get_names, nullptr, nullptr},
    {"co_varnames", code_get_varnames, nullptr, nullptr},
    {"co_cellvars", code_get_cellvars, nullptr, nullptr},
    {"co_freevars", code_get_freevars, nullptr, nullptr},
    {"co_code", code_get_code, nullptr, nullptr},
    {"co_linetable", code_get_linetable, nullptr, nullptr},
    {"co_lnotab", code_get_linetable, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// code.replace(**changes): a copy with some fields replaced.
static Ref code_replace(ThreadState* ts, Value self, const Value* args, size_t nargs,
                        Tuple* kwnames) {
  if (nargs) {
    set_errorf(ts, &TypeError_type, "replace() takes no positional arguments");
    return nullptr;
  }
  Code* c = static_cast<Code*>(self.as_object());
  Code* n = alloc_code();
  if (!n) return set_no_memory(ts);
  Ref result = Ref::steal(Value(n));
  auto copy_ref = [](auto* p) {
    if (p) incref(p);
    return p;
  };
  n->name = copy_ref(c->name);
  n->qualname = copy_ref(c->qualname);
  n->filename = copy_ref(c->filename);
  n->argcount = c->argcount;
  n->posonlyargcount = c->posonlyargcount;
  n->kwonlyargcount = c->kwonlyargcount;
  n->nlocals = c->nlocals;
  n->stacksize = c->stacksize;
  n->firstlineno = c->firstlineno;
  n->flags = c->flags;
  n->consts = copy_ref(c->consts);
  n->names = copy_ref(c->names);
  n->varnames = copy_ref(c->varnames);
  n->cellvars = copy_ref(c->cellvars);
  n->freevars = copy_ref(c->freevars);
  try {
    n->cell2arg = c->cell2arg;
    n->code = c->code;
    n->positions = c->positions;
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  for (int64_t i = 0; kwnames && i < kwnames->length; ++i) {
    std::string key(str_utf8(kwnames->items[i]));
    Value v = args[nargs + i];
    int* ifield = key == "co_argcount"         ? &n->argcount
                  : key == "co_posonlyargcount" ? &n->posonlyargcount
                  : key == "co_kwonlyargcount"  ? &n->kwonlyargcount
                  : key == "co_nlocals"         ? &n->nlocals
                  : key == "co_stacksize"       ? &n->stacksize
                  : key == "co_firstlineno"     ? &n->firstlineno
                                                : nullptr;
    Tuple** tfield = key == "co_consts"     ? &n->consts
                     : key == "co_names"    ? &n->names
                     : key == "co_varnames" ? &n->varnames
                     : key == "co_cellvars" ? &n->cellvars
                     : key == "co_freevars" ? &n->freevars
                                            : nullptr;
    Str** sfield = key == "co_name"       ? &n->name
                   : key == "co_qualname" ? &n->qualname
                   : key == "co_filename" ? &n->filename
                                          : nullptr;
    if (ifield || key == "co_flags") {
      int64_t x = 0;
      if (!int_to_i64(ts, v, &x)) return nullptr;
      if (ifield)
        *ifield = int(x);
      else
        n->flags = uint32_t(x);
    } else if (tfield) {
      if (!is_exact_tuple(v)) {
        set_errorf(ts, &TypeError_type, "replace() argument '%s' must be tuple, not %s",
                   key.c_str(), type_name(v));
        return nullptr;
      }
      store_ref(n, reinterpret_cast<Object**>(tfield), Ref::borrow(v));
    } else if (sfield) {
      if (!is_str(v)) {
        set_errorf(ts, &TypeError_type, "replace() argument '%s' must be str, not %s",
                   key.c_str(), type_name(v));
        return nullptr;
      }
      store_ref(n, reinterpret_cast<Object**>(sfield), Ref::borrow(v));
    } else if (key == "co_code" || key == "co_linetable" || key == "co_exceptiontable" ||
               key == "co_lnotab") {
      // weft's instruction format is private: these are accepted and ignored.
    } else {
      set_errorf(ts, &TypeError_type, "replace() got an unexpected keyword argument '%s'",
                 key.c_str());
      return nullptr;
    }
  }
  return result;
}

static const MethodDef code_methods[] = {
    {"replace", code_replace, kMethInstance, nullptr},
    {"co_positions", code_positions, kMethInstance, nullptr},
    {"co_lines", code_lines, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- functions ------------------------------------------------------------------------------

static Ref builtins_for(ThreadState* ts, Dict* globals) {
  Ref b = dict_get_str(ts, globals, ident(ts, "__builtins__"));
  if (ts->has_error()) clear_error(ts);
  if (b && isinstance_of(b, &module_type)) return Ref::borrow(val_of(module_dict(b)));
  if (b && is_dict(b)) return b;
  return Ref::borrow(ts->interp->builtins_dict.get());
}

Ref new_function(ThreadState* ts, Code* code, Dict* globals, Value qualname) {
  Ref builtins = builtins_for(ts, globals);
  Ref module = dict_get_str(ts, globals, ident(ts, "__name__"));
  if (ts->has_error()) return nullptr;
  Object* o = alloc_object(&function_type, sizeof(Function));
  if (!o) return set_no_memory(ts);
  Function* fn = static_cast<Function*>(o);
  incref(code);
  fn->code = code;
  incref(val_of(globals));
  fn->globals = globals;
  fn->builtins = dict_of(builtins.release());
  fn->name = Ref::borrow(Value(code->name)).release();
  Value qn = qualname ? qualname : Value(code->qualname ? code->qualname : code->name);
  fn->qualname = Ref::borrow(qn).release();
  fn->module = module.release();
  Value doc = None();
  if (code->consts && code->consts->length >= 1 && is_str(code->consts->items[0]))
    doc = code->consts->items[0];
  fn->doc = Ref::borrow(doc).release();
  return Ref::steal(Value(o));
}

static void function_traverse(Object* o, const Visitor& visit) {
  Function* f = static_cast<Function*>(o);
  visit(f->code);
  if (auto* retired = static_cast<std::vector<Code*>*>(f->vm_retired_code))
    for (Code* c : *retired) visit(c);
  visit(obj_of(f->globals));
  visit(obj_of(f->builtins));
  visit(f->name);
  visit(f->qualname);
  visit(f->module);
  visit(f->doc);
  visit(f->defaults);
  visit(obj_of(f->kwdefaults));
  visit(f->closure);
  visit(obj_of(f->annotations));
  visit(obj_of(f->dict));
}

static void function_dealloc(Object* o) {
  Function* f = static_cast<Function*>(o);
  global_cache_free(f);
  if (auto* retired = static_cast<std::vector<Code*>*>(f->vm_retired_code)) {
    for (Code* c : *retired) decref(c);
    delete retired;
  }
  xdecref(f->code);
  xdecref(obj_of(f->globals));
  xdecref(obj_of(f->builtins));
  decref(f->name);
  decref(f->qualname);
  decref(f->module);
  decref(f->doc);
  xdecref(f->defaults);
  xdecref(obj_of(f->kwdefaults));
  xdecref(f->closure);
  xdecref(obj_of(f->annotations));
  xdecref(obj_of(f->dict));
  free_object(o);
}

static Ref function_call(ThreadState* ts, Value callable, const Value* args, size_t nargs,
                         Tuple* kwnames) {
  return call_function(ts, static_cast<Function*>(callable.as_object()), args, nargs, kwnames);
}

static Ref function_descr_get(ThreadState* ts, Value descr, Value obj, Value type) {
  if (!obj || obj.is(None())) return Ref::borrow(descr);
  return new_method(descr, obj);
}

static Ref function_repr(ThreadState* ts, Value self) {
  Function* f = static_cast<Function*>(self.as_object());
  return repr_with_address("<function ", s8(f->qualname), f);
}

static Function* fn_of(Value v) { return static_cast<Function*>(v.as_object()); }

static Ref fn_get_code(ThreadState* ts, Value self) { return Ref::borrow(Value(fn_of(self)->code)); }
static int fn_set_code(ThreadState* ts, Value self, Value v) {
  if (!v || type_of(v) != &code_type) {
    set_error(ts, &TypeError_type, "__code__ must be set to a code object");
    return -1;
  }
  Function* f = fn_of(self);
  Code* c = static_cast<Code*>(v.as_object());
  int64_t nclosure = f->closure ? f->closure->length : 0;
  if (c->nfrees() != nclosure) {
    set_errorf(ts, &ValueError_type, "%s() requires a code object with %lld free vars, not %d",
               s8(f->name).c_str(), (long long)nclosure, c->nfrees());
    return -1;
  }
  global_cache_disable(f);
  // Running frames may borrow the old code: retire it instead of dropping it.
  // (The function's mutex serialises concurrent assignments; no Python code runs.)
  f->mutex.lock();
  auto* retired = static_cast<std::vector<Code*>*>(f->vm_retired_code);
  bool ok = true;
  try {
    if (!retired) f->vm_retired_code = retired = new std::vector<Code*>();
    retired->push_back(f->code);
  } catch (const std::bad_alloc&) {
    ok = false;
  }
  if (ok) {
    incref(v);
    f->code = static_cast<Code*>(v.as_object());
  }
  f->mutex.unlock();
  if (!ok) {
    set_no_memory(ts);
    return -1;
  }
  f->version.fetch_add(1, std::memory_order_release);
  return 0;
}
static Ref fn_get_defaults(ThreadState* ts, Value self) { return none_or(fn_of(self)->defaults); }
static int fn_set_defaults(ThreadState* ts, Value self, Value v) {
  if (v && v.is(None())) v = Value();
  if (v && !is_tuple(v)) {
    set_error(ts, &TypeError_type, "__defaults__ must be set to a tuple object");
    return -1;
  }
  Function* f = fn_of(self);
  store_ref(f, reinterpret_cast<Object**>(&f->defaults), v ? Ref::borrow(v) : Ref());
  f->version.fetch_add(1, std::memory_order_release);
  return 0;
}
static Ref fn_get_kwdefaults(ThreadState* ts, Value self) {
  return none_or(obj_of(fn_of(self)->kwdefaults));
}
static int fn_set_kwdefaults(ThreadState* ts, Value self, Value v) {
  if (v && v.is(None())) v = Value();
  if (v && !is_dict(v)) {
    set_error(ts, &TypeError_type, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  Function* f = fn_of(self);
  store_ref(f, reinterpret_cast<Object**>(&f->kwdefaults), v ? Ref::borrow(v) : Ref());
  f->version.fetch_add(1, std::memory_order_release);
  return 0;
}
static Ref fn_get_globals(ThreadState* ts, Value self) {
  return Ref::borrow(val_of(fn_of(self)->globals));
}
static Ref fn_get_builtins(ThreadState* ts, Value self) {
  return Ref::borrow(val_of(fn_of(self)->builtins));
}
static Ref fn_get_closure(ThreadState* ts, Value self) { return none_or(fn_of(self)->closure); }
static Ref fn_get_name(ThreadState* ts, Value self) { return Ref::borrow(fn_of(self)->name); }
static int fn_set_name(ThreadState* ts, Value self, Value v) {
  if (!v || !is_str(v)) {
    set_error(ts, &TypeError_type, "__name__ must be set to a string object");
    return -1;
  }
  store_ref(fn_of(self), &fn_of(self)->name, Ref::borrow(v));
  return 0;
}
static Ref fn_get_qualname(ThreadState* ts, Value self) { return Ref::borrow(fn_of(self)->qualname); }
static int fn_set_qualname(ThreadState* ts, Value self, Value v) {
  if (!v || !is_str(v)) {
    set_error(ts, &TypeError_type, "__qualname__ must be set to a string object");
    return -1;
  }
  store_ref(fn_of(self), &fn_of(self)->qualname, Ref::borrow(v));
  return 0;
}
static Ref fn_get_doc(ThreadState* ts, Value self) { return none_or(fn_of(self)->doc); }
static int fn_set_doc(ThreadState* ts, Value self, Value v) {
  store_ref(fn_of(self), &fn_of(self)->doc, Ref::borrow(v ? v : None()));
  return 0;
}
static Ref fn_get_module(ThreadState* ts, Value self) { return none_or(fn_of(self)->module); }
static int fn_set_module(ThreadState* ts, Value self, Value v) {
  store_ref(fn_of(self), &fn_of(self)->module, Ref::borrow(v ? v : None()));
  return 0;
}
static Ref fn_get_annotations(ThreadState* ts, Value self) {
  Function* f = fn_of(self);
  if (!f->annotations) {
    Ref d = new_dict();
    if (!d) return nullptr;
    store_ref(f, reinterpret_cast<Object**>(&f->annotations), std::move(d));
  }
  return Ref::borrow(val_of(f->annotations));
}
static int fn_set_annotations(ThreadState* ts, Value self, Value v) {
  if (v && v.is(None())) v = Value();
  if (v && !is_dict(v)) {
    set_error(ts, &TypeError_type, "__annotations__ must be set to a dict object");
    return -1;
  }
  Function* f = fn_of(self);
  store_ref(f, reinterpret_cast<Object**>(&f->annotations), v ? Ref::borrow(v) : Ref());
  return 0;
}
static Ref fn_get_dict(ThreadState* ts, Value self) {
  Function* f = fn_of(self);
  if (!f->dict) {
    Ref d = new_dict();
    if (!d) return nullptr;
    store_ref(f, reinterpret_cast<Object**>(&f->dict), std::move(d));
  }
  return Ref::borrow(val_of(f->dict));
}
static int fn_set_dict(ThreadState* ts, Value self, Value v) {
  if (!v) {
    set_error(ts, &TypeError_type, "cannot delete __dict__");
    return -1;
  }
  if (!is_dict(v)) {
    set_errorf(ts, &TypeError_type, "__dict__ must be set to a dictionary, not a '%.200s'",
               type_name(v));
    return -1;
  }
  store_ref(fn_of(self), reinterpret_cast<Object**>(&fn_of(self)->dict), Ref::borrow(v));
  return 0;
}

static const GetSetDef function_getsets[] = {
    {"__code__", fn_get_code, fn_set_code, nullptr},
    {"__defaults__", fn_get_defaults, fn_set_defaults, nullptr},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults, nullptr},
    {"__globals__", fn_get_globals, nullptr, nullptr},
    {"__builtins__", fn_get_builtins, nullptr, nullptr},
    {"__closure__", fn_get_closure, nullptr, nullptr},
    {"__name__", fn_get_name, fn_set_name, nullptr},
    {"__qualname__", fn_get_qualname, fn_set_qualname, nullptr},
    {"__doc__", fn_get_doc, fn_set_doc, nullptr},
    {"__module__", fn_get_module, fn_set_module, nullptr},
    {"__annotations__", fn_get_annotations, fn_set_annotations, nullptr},
    {"__dict__", fn_get_dict, fn_set_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
static Ref function_new(ThreadState* ts, Type* type, const Value* args, size_t nargs,
                        Tuple* kwnames) {
  Value a[5] = {};
  if (!parse_args(ts, "function", args, nargs, kwnames,
                  {"code", "globals", "name", "argdefs", "closure"}, 2, a))
    return nullptr;
  if (type_of(a[0]) != &code_type) {
    set_errorf(ts, &TypeError_type, "function() argument 'code' must be code, not %.200s",
               type_name(a[0]));
    return nullptr;
  }
  if (!is_dict(a[1])) {
    set_errorf(ts, &TypeError_type, "function() argument 'globals' must be dict, not %.200s",
               type_name(a[1]));
    return nullptr;
  }
  Code* code = static_cast<Code*>(a[0].as_object());
  Ref fn = new_function(ts, code, dict_of(a[1]), Value());
  if (!fn) return nullptr;
  Function* f = fn.as<Function>();
  if (a[2] && !a[2].is(None())) {
    if (!is_str(a[2])) {
      set_error(ts, &TypeError_type, "arg 3 (name) must be None or string");
      return nullptr;
    }
    store_ref(f, &f->name, Ref::borrow(a[2]));
  }
  if (a[3] && !a[3].is(None())) {
    if (!is_tuple(a[3])) {
      set_error(ts, &TypeError_type, "arg 4 (defaults) must be None or tuple");
      return nullptr;
    }
    store_ref(f, reinterpret_cast<Object**>(&f->defaults), Ref::borrow(a[3]));
  }
  int64_t nclosure = (a[4] && is_tuple(a[4])) ? static_cast<Tuple*>(a[4].as_object())->length : 0;
  if (a[4] && !a[4].is(None()) && !is_tuple(a[4])) {
    set_error(ts, &TypeError_type, "arg 5 (closure) must be tuple");
    return nullptr;
  }
  if (nclosure != code->nfrees()) {
    set_errorf(ts, &ValueError_type, "%s requires closure of length %d, not %lld",
               s8(Value(code->name)).c_str(), code->nfrees(), (long long)nclosure);
    return nullptr;
  }
  if (nclosure) store_ref(f, reinterpret_cast<Object**>(&f->closure), Ref::borrow(a[4]));
  return fn;
}

// ---- cells -------------------------------------------------------------------------------

Ref new_cell(Value v) {
  Object* o = alloc_object(&cell_type, sizeof(Cell));
  if (!o) return nullptr;
  incref(v);
  static_cast<Cell*>(o)->ref.store(v.without_tag().bits(), std::memory_order_relaxed);
  return Ref::steal(Value(o));
}

// The cell's mutex makes "load then incref" atomic with respect to a
// concurrent cell_set that would drop the last reference to the old value.
Ref cell_get(Cell* c) {
  c->mutex.lock();
  Value v = Value::from_bits(c->ref.load(std::memory_order_relaxed));
  incref(v);
  c->mutex.unlock();
  return Ref::steal(v);
}

void cell_set(Cell* c, Value v) {
  incref(v);
  c->mutex.lock();
  Value old = Value::from_bits(c->ref.load(std::memory_order_relaxed));
  c->ref.store(v.without_tag().bits(), std::memory_order_release);
  c->mutex.unlock();
  decref(old);
}

static void cell_traverse(Object* o, const Visitor& visit) {
  visit(Value::from_bits(static_cast<Cell*>(o)->ref.load(std::memory_order_relaxed)));
}

static void cell_dealloc(Object* o) {
  decref(Value::from_bits(static_cast<Cell*>(o)->ref.load(std::memory_order_relaxed)));
  free_object(o);
}

static Ref cell_repr(ThreadState* ts, Value self) {
  Ref v = cell_get(static_cast<Cell*>(self.as_object()));
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(self.as_object()));
  if (!v) return new_str(std::string("<cell at ") + addr + ": empty>");
  char vaddr[32];
  std::snprintf(vaddr, sizeof vaddr, "%p", reinterpret_cast<void*>(v.get().strip()));
  return new_str(std::string("<cell at ") + addr + ": " + type_name(v) + " object at " + vaddr + ">");
}

static Ref cell_get_contents(ThreadState* ts, Value self) {
  Ref v = cell_get(static_cast<Cell*>(self.as_object()));
  if (!v) set_error(ts, &ValueError_type, "Cell is empty");
  return v;
}

static int cell_set_contents(ThreadState* ts, Value self, Value v) {
  cell_set(static_cast<Cell*>(self.as_object()), v);
  return 0;
}

static Ref cell_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(ts, "cell", kwnames)) return nullptr;
  if (nargs > 1) {
    set_errorf(ts, &TypeError_type, "cell expected at most 1 argument, got %zu", nargs);
    return nullptr;
  }
  return new_cell(nargs ? args[0] : Value());
}

static Ref cell_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (type_of(a) != &cell_type || type_of(b) != &cell_type) return new_notimpl();
  Ref x = cell_get(static_cast<Cell*>(a.as_object()));
  Ref y = cell_get(static_cast<Cell*>(b.as_object()));
  if (x && y) return rich_compare(ts, x, y, op);
  // An empty cell sorts before a full one.
  int c = int(bool(x)) - int(bool(y));
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Eq: r = c == 0; break;
    case CmpOp::Ne: r = c != 0; break;
    case CmpOp::Gt: r = c > 0; break;
    case CmpOp::Ge: r = c >= 0; break;
  }
  return new_bool(r);
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- setup ---------------------------------------------------------------------------------

static void init_static(Type& t, const char* name, size_t size, uint64_t flags) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.basic_size = size;
  t.flags = flags | kTypeImmutable;
  t.base = &object_type;
  register_static_type(&t);
}

void setup_function_types() {
  init_static(function_type, "function", sizeof(Function), kTypeHasGC);
  function_type.dict_offset = offsetof(Function, dict);
  function_type.dealloc = function_dealloc;
  function_type.traverse = function_traverse;
  function_type.call = function_call;
  function_type.descr_get = function_descr_get;
  function_type.repr = function_repr;
  function_type.new_ = function_new;
  function_type.getsets = function_getsets;
  function_type.doc = "Create a function object.";

  init_static(code_type, "code", sizeof(Code), kTypeHasGC);
  code_type.dealloc = code_dealloc;
  code_type.traverse = code_traverse;
  code_type.repr = code_repr;
  code_type.getsets = code_getsets;
  code_type.methods = code_methods;

  init_static(cell_type, "cell", sizeof(Cell), kTypeHasGC);
  cell_type.dealloc = cell_dealloc;
  cell_type.traverse = cell_traverse;
  cell_type.repr = cell_repr;
  cell_type.new_ = cell_new;
  cell_type.richcompare = cell_richcompare;
  cell_type.getsets = cell_getsets;
}

}  // namespace weft

// Frame objects (materialised on demand for sys._getframe, tracebacks and
// generators' gi_frame) and traceback objects, plus traceback_entries() for
// the exception printer. A frame object points at its live Frame; when the
// frame finishes the object takes over the local variables and its caller's
// frame object, so f_locals / f_back keep working afterwards.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/vm/frame.h"

namespace weft {

Type frame_type, traceback_type;

namespace {

std::string s8(Value v) { return is_str(v) ? std::string(str_utf8(v)) : std::string(); }
FrameObject* fo_of(Value v) { return static_cast<FrameObject*>(v.as_object()); }
Traceback* tb_of(Value v) { return static_cast<Traceback*>(v.as_object()); }

}  // namespace

// ---- frame objects -------------------------------------------------------------------

Ref frame_object_of(ThreadState* ts, Frame* f) {
  if (f->frame_obj) return Ref::borrow(Value(f->frame_obj));
  Object* o = alloc_object(&frame_type, sizeof(FrameObject));
  if (!o) {
    if (ts) set_no_memory(ts);
    return nullptr;
  }
  FrameObject* fo = static_cast<FrameObject*>(o);
  fo->frame = f;
  incref(f->code);
  fo->code = f->code;
  incref(val_of(f->globals));
  fo->globals = f->globals;
  incref(val_of(f->builtins));
  fo->builtins = f->builtins;
  fo->locals = Ref::borrow(f->locals).release();
  fo->lasti = -1;
  incref(o);  // one reference for the frame, one for the caller
  f->frame_obj = fo;
  return Ref::steal(Value(o));
}

void frame_object_detach(FrameObject* fo, Frame* f) {
  fo->lasti = f->lasti();
  fo->frame = nullptr;
  if (refcount_of(fo) <= 1) return;  // only the frame held it: it dies right after
  // Someone keeps the frame object: move the variables over (no refcount traffic).
  if (!fo->locals && f->nlocalsplus > 0) {
    auto* saved = static_cast<Value*>(std::calloc(size_t(f->nlocalsplus), sizeof(Value)));
    if (saved) {
      Value* lp = f->localsplus();
      for (int i = 0; i < f->nlocalsplus; ++i) {
        saved[i] = lp[i];
        lp[i] = Value();
      }
      fo->saved = saved;
      fo->nsaved = f->nlocalsplus;
    }
  }
  if (f->previous && !fo->back) {
    Ref back = frame_object_of(nullptr, f->previous);
    fo->back = back ? static_cast<FrameObject*>(back.release().as_object()) : nullptr;
  }
}

Ref fast_locals_snapshot(ThreadState* ts, Code* co, Value* lp) {
  Ref d = new_dict();
  if (!d) return nullptr;
  int n = co->nlocals + co->ncells() + co->nfrees();
  for (int i = 0; i < n; ++i) {
    Value v = lp[i];
    if (!v) continue;
    Ref val;
    if (i >= co->nlocals) {
      val = cell_get(static_cast<Cell*>(v.as_object()));
      if (!val) continue;
    } else {
      val = Ref::borrow(v);
    }
    if (dict_set(ts, dict_of(d), Value(slot_name(co, i)), val) < 0) return nullptr;
  }
  return d;
}

static int fo_lasti(FrameObject* fo) { return fo->frame ? fo->frame->lasti() : fo->lasti; }

static Ref frame_get_back(ThreadState* ts, Value self) {
  FrameObject* fo = fo_of(self);
  if (fo->frame) {
    Frame* prev = fo->frame->previous;
    return prev ? frame_object_of(ts, prev) : new_none();
  }
  return fo->back ? Ref::borrow(Value(fo->back)) : new_none();
}
static Ref frame_get_code(ThreadState* ts, Value self) { return Ref::borrow(Value(fo_of(self)->code)); }
static Ref frame_get_globals(ThreadState* ts, Value self) {
  return Ref::borrow(val_of(fo_of(self)->globals));
}
static Ref frame_get_builtins(ThreadState* ts, Value self) {
  return Ref::borrow(val_of(fo_of(self)->builtins));
}
static Ref frame_get_locals(ThreadState* ts, Value self) {
  FrameObject* fo = fo_of(self);
  if (fo->locals) return Ref::borrow(fo->locals);
  if (fo->frame) {
    if (fo->frame->state == kFrameCompleted) return new_dict();
    return fast_locals_snapshot(ts, fo->code, fo->frame->localsplus());
  }
  if (fo->saved) return fast_locals_snapshot(ts, fo->code, fo->saved);
  return new_dict();
}
static Ref frame_get_lineno(ThreadState* ts, Value self) {
  FrameObject* fo = fo_of(self);
  return new_int(code_line_at(fo->code, fo_lasti(fo)));
}
static Ref frame_get_lasti(ThreadState* ts, Value self) {
  int lasti = fo_lasti(fo_of(self));
  return new_int(lasti < 0 ? -1 : lasti * 2);  // CPython counts 2-byte code units
}
static Ref frame_get_trace(ThreadState* ts, Value self) {
  Value t = fo_of(self)->trace;
  return Ref::borrow(t ? t : None());
}
static int frame_set_trace(ThreadState* ts, Value self, Value v) {
  if (v && v.is(None())) v = Value();
  store_ref(fo_of(self), &fo_of(self)->trace, v ? Ref::borrow(v) : Ref());
  return 0;
}
static Ref frame_get_true(ThreadState* ts, Value self) { return new_bool(true); }
static Ref frame_get_false(ThreadState* ts, Value self) { return new_bool(false); }
static int frame_set_ignored(ThreadState* ts, Value self, Value v) { return 0; }

static Ref frame_clear(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  FrameObject* fo = fo_of(self);
  if (fo->frame) {
    if (fo->frame->state == kFrameSuspended && fo->frame->gen) {
      Value g = Value(fo->frame->gen);
      Ref r = call_method(ts, g, "close", nullptr, 0);
      if (!r) return nullptr;
      return new_none();
    }
    set_error(ts, &RuntimeError_type, "cannot clear an executing frame");
    return nullptr;
  }
  Value* saved = fo->saved;
  int n = fo->nsaved;
  fo->saved = nullptr;
  fo->nsaved = 0;
  for (int i = 0; i < n; ++i) decref(saved[i]);
  std::free(saved);
  return new_none();
}

static Ref frame_repr(ThreadState* ts, Value self) {
  FrameObject* fo = fo_of(self);
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(fo));
  Ref file = repr_of(ts, Value(fo->code->filename));
  if (!file) return nullptr;
  return new_str(std::string("<frame at ") + addr + ", file " + s8(file) + ", line " +
                 std::to_string(code_line_at(fo->code, fo_lasti(fo))) + ", code " +
                 s8(Value(fo->code->name)) + ">");
}

static void frame_traverse(Object* o, const Visitor& visit) {
  FrameObject* fo = static_cast<FrameObject*>(o);
  visit(fo->code);
  visit(obj_of(fo->globals));
  visit(obj_of(fo->builtins));
  visit(fo->locals);
  for (int i = 0; i < fo->nsaved; ++i) visit(fo->saved[i]);
  visit(fo->back);
  visit(fo->trace);
}

static void frame_dealloc(Object* o) {
  FrameObject* fo = static_cast<FrameObject*>(o);
  if (fo->frame && fo->frame->frame_obj == fo) fo->frame->frame_obj = nullptr;
  xdecref(fo->code);
  xdecref(obj_of(fo->globals));
  xdecref(obj_of(fo->builtins));
  decref(fo->locals);
  for (int i = 0; i < fo->nsaved; ++i) decref(fo->saved[i]);
  std::free(fo->saved);
  xdecref(fo->back);
  decref(fo->trace);
  free_object(o);
}

static const GetSetDef frame_getsets[] = {
    {"f_back", frame_get_back, nullptr, nullptr},
    {"f_code", frame_get_code, nullptr, nullptr},
    {"f_globals", frame_get_globals, nullptr, nullptr},
    {"f_builtins", frame_get_builtins, nullptr, nullptr},
    {"f_locals", frame_get_locals, nullptr, nullptr},
    {"f_lineno", frame_get_lineno, nullptr, nullptr},
    {"f_lasti", frame_get_lasti, nullptr, nullptr},
    {"f_trace", frame_get_trace, frame_set_trace, nullptr},
    {"f_trace_lines", frame_get_true, frame_set_ignored, nullptr},
    {"f_trace_opcodes", frame_get_false, frame_set_ignored, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

static const MethodDef frame_methods[] = {
    {"clear", frame_clear, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- tracebacks ----------------------------------------------------------------------------

Ref new_traceback(ThreadState* ts, Value next, FrameObject* frame, int lasti, int lineno) {
  Object* o = alloc_object(&traceback_type, sizeof(Traceback));
  if (!o) return set_no_memory(ts);
  Traceback* tb = static_cast<Traceback*>(o);
  tb->next = next && !next.is(None()) ? static_cast<Traceback*>(Ref::borrow(next).release().as_object())
                                      : nullptr;
  incref(frame);
  tb->frame = frame;
  tb->lasti = lasti;
  tb->lineno = lineno;
  return Ref::steal(Value(o));
}

static Ref tb_get_next(ThreadState* ts, Value self) {
  Traceback* tb = tb_of(self);
  return tb->next ? Ref::borrow(Value(tb->next)) : new_none();
}
static int tb_set_next(ThreadState* ts, Value self, Value v) {
  if (!v) {
    set_error(ts, &TypeError_type, "can't delete tb_next attribute");
    return -1;
  }
  if (v.is(None())) v = Value();
  if (v && type_of(v) != &traceback_type) {
    set_errorf(ts, &TypeError_type, "expected traceback object or None, got '%s'", type_name(v));
    return -1;
  }
  for (Value c = v; c; c = tb_of(c)->next ? Value(tb_of(c)->next) : Value()) {
    if (c.is(self)) {
      set_error(ts, &ValueError_type, "traceback loop detected");
      return -1;
    }
  }
  Traceback* tb = tb_of(self);
  store_ref(tb, reinterpret_cast<Object**>(&tb->next), v ? Ref::borrow(v) : Ref());
  return 0;
}
static Ref tb_get_frame(ThreadState* ts, Value self) { return Ref::borrow(Value(tb_of(self)->frame)); }
static Ref tb_get_lasti(ThreadState* ts, Value self) {
  int lasti = tb_of(self)->lasti;
  return new_int(lasti < 0 ? -1 : lasti * 2);
}
static Ref tb_get_lineno(ThreadState* ts, Value self) { return new_int(tb_of(self)->lineno); }

static const GetSetDef traceback_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, nullptr},
    {"tb_frame", tb_get_frame, nullptr, nullptr},
    {"tb_lasti", tb_get_lasti, nullptr, nullptr},
    {"tb_lineno", tb_get_lineno, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
static Ref traceback_new(ThreadState* ts, Type* type, const Value* args, size_t nargs,
                         Tuple* kwnames) {
  Value a[4] = {};
  if (!parse_args(ts, "TracebackType", args, nargs, kwnames,
                  {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 4, a))
    return nullptr;
  if (!a[0].is(None()) && type_of(a[0]) != &traceback_type) {
    set_errorf(ts, &TypeError_type, "expected traceback object or None, got '%s'",
               type_name(a[0]));
    return nullptr;
  }
  if (type_of(a[1]) != &frame_type) {
    set_errorf(ts, &TypeError_type,
               "TracebackType() argument 'tb_frame' must be frame, not %s", type_name(a[1]));
    return nullptr;
  }
  int64_t lasti = 0, lineno = 0;
  if (!int_to_i64(ts, a[2], &lasti) || !int_to_i64(ts, a[3], &lineno)) return nullptr;
  return new_traceback(ts, a[0], fo_of(a[1]), int(lasti / 2), int(lineno));
}

static void traceback_traverse(Object* o, const Visitor& visit) {
  Traceback* tb = static_cast<Traceback*>(o);
  visit(tb->next);
  visit(tb->frame);
}

static void traceback_dealloc(Object* o) {
  Traceback* tb = static_cast<Traceback*>(o);
  // Release a long tb_next chain iteratively (deep recursion tracebacks).
  Traceback* next = tb->next;
  xdecref(tb->frame);
  free_object(o);
  while (next) {
    if (refcount_of(next) > 1) {
      decref(next);
      break;
    }
    Traceback* n = next->next;
    next->next = nullptr;
    decref(next);  // frees it: its next was detached above
    next = n;
  }
}

std::vector<TracebackEntry> traceback_entries(Value tbv) {
  std::vector<TracebackEntry> out;
  for (Value v = tbv; v && !v.is(None()) && type_of(v) == &traceback_type;) {
    Traceback* tb = tb_of(v);
    Code* co = tb->frame->code;
    TracebackEntry e;
    e.filename = s8(Value(co->filename));
    e.name = s8(Value(co->name));
    e.lineno = tb->lineno;
    e.end_lineno = e.col = e.end_col = -1;
    if (tb->lasti >= 0 && tb->lasti < int(co->positions.size())) {
      const Position& p = co->positions[tb->lasti];
      if (p.line == tb->lineno) {
        e.end_lineno = p.end_line;
        e.col = p.col;
        e.end_col = p.end_col;
      }
    }
    out.push_back(std::move(e));
    v = tb->next ? Value(tb->next) : Value();
  }
  return out;
}

// ---- setup ----------------------------------------------------------------------------------

static void init_static(Type& t, const char* name, size_t size) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.basic_size = size;
  t.flags = kTypeHasGC | kTypeImmutable;
  t.base = &object_type;
  register_static_type(&t);
}

void setup_traceback_types() {
  init_static(frame_type, "frame", sizeof(FrameObject));
  frame_type.dealloc = frame_dealloc;
  frame_type.traverse = frame_traverse;
  frame_type.repr = frame_repr;
  frame_type.getsets = frame_getsets;
  frame_type.methods = frame_methods;

  init_static(traceback_type, "traceback", sizeof(Traceback));
  traceback_type.dealloc = traceback_dealloc;
  traceback_type.traverse = traceback_traverse;
  traceback_type.getsets = traceback_getsets;
  traceback_type.new_ = traceback_new;
}

}  // namespace weft

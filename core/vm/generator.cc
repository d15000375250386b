// Generators, coroutines and async generators: resumption (send / throw /
// close with CPython 3.11's delegation rules for `yield from` and `await`),
// PEP 479, finalisation of suspended generators, the coroutine __await__
// wrapper and the async generator asend/athrow awaitables.
#include <cstdio>
#include <string>

#include "core/vm/frame.h"

namespace weft {

Type generator_type, coroutine_type, async_generator_type;
Type coroutine_wrapper_type, async_gen_asend_type, async_gen_athrow_type,
    async_gen_wrapped_value_type;

namespace {

std::string s8(Value v) { return is_str(v) ? std::string(str_utf8(v)) : std::string(); }

Generator* gen_of(Value v) { return static_cast<Generator*>(v.as_object()); }

const char* kind_word(const Generator* g) {
  return g->kind == kGenCoroutine ? "coroutine" : g->kind == kGenAsync ? "async generator"
                                                                       : "generator";
}

// Raises StopIteration(value) (no arguments for None), as a finished send() does.
void set_stop_value(ThreadState* ts, Value v) {
  if (!v || v.is(None()))
    set_error_value(ts, Value(&StopIteration_type));
  else
    set_stop_iteration(ts, v);
}

}  // namespace

bool is_gen_like(Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->type;
  return t == &generator_type || t == &coroutine_type;
}

// ---- creation -------------------------------------------------------------------------

// The frame is allocated together with the generator (after the header,
// 16-byte aligned) so suspending copies nothing and finishing frees nothing.
static constexpr size_t kGenHeader = (sizeof(Generator) + 15) & ~size_t(15);

Generator* new_generator_shell(ThreadState* ts, Function* fn) {
  Code* co = fn->code;
  Type* t = (co->flags & kCoCoroutine)        ? &coroutine_type
            : (co->flags & kCoAsyncGenerator) ? &async_generator_type
                                              : &generator_type;
  Object* o = alloc_object(t, kGenHeader + frame_bytes(co));
  if (!o) {
    set_no_memory(ts);
    return nullptr;
  }
  Generator* g = static_cast<Generator*>(o);
  g->frame = reinterpret_cast<Frame*>(reinterpret_cast<char*>(o) + kGenHeader);
  g->frame->state = kFrameCompleted;  // until make_generator initialises it
  g->frame->code = nullptr;
  incref(co);
  g->code = co;
  g->name = Ref::borrow(fn->name).release();
  g->qualname = Ref::borrow(fn->qualname).release();
  g->kind = t == &coroutine_type ? kGenCoroutine : t == &async_generator_type ? kGenAsync
                                                                               : kGenGenerator;
  return g;
}

Value gen_delegate(Generator* g) {
  Frame* f = g->frame;
  if (f->state != kFrameSuspended || !f->instr || f->resume_at != f->instr ||
      f->instr->op() != vmop::YIELD_FROM)
    return Value();
  return f->sp[-1];
}

// ---- resumption ------------------------------------------------------------------------

// Runs the generator's frame until it yields (*done = false) or finishes
// (*done = true, the return value or null with an exception). `send` (may be
// null) is pushed as the result of the suspended yield; with `throwing` the
// pending exception is raised at the yield instead.
static Ref gen_resume(ThreadState* ts, Generator* g, Value send, bool throwing, bool closing,
                      bool* done) {
  Frame* f = g->frame;
  *done = false;
  if (f->state == kFrameCreated && send && !send.is(None()) && !throwing) {
    set_errorf(ts, &TypeError_type, "can't send non-None value to a just-started %s",
               kind_word(g));
    return nullptr;
  }
  uint8_t expected = 0;
  if (!g->running.compare_exchange_strong(expected, 1, std::memory_order_acquire)) {
    set_errorf(ts, &ValueError_type, "%s already executing", kind_word(g));
    return nullptr;
  }
  if (f->state == kFrameCompleted) {
    g->running.store(0, std::memory_order_release);
    if (g->kind == kGenCoroutine && !closing) {
      set_error(ts, &RuntimeError_type, "cannot reuse already awaited coroutine");
    } else if (send && !throwing) {
      *done = true;
      return new_none();
    }
    return nullptr;  // the thrown exception stays pending
  }
  if (ts->recursion_depth >= ts->recursion_limit) {
    g->running.store(0, std::memory_order_release);
    set_error(ts, &RecursionError_type, "maximum recursion depth exceeded");
    return nullptr;
  }
  if (stack_overflowing(ts)) {
    g->running.store(0, std::memory_order_release);
    check_native_stack(ts, " while calling a Python object");
    return nullptr;
  }
  if (f->state == kFrameSuspended && send && !throwing) {
    incref(send);
    *f->sp++ = send.without_tag();
  }
  ts->recursion_depth++;
  f->previous = ts->current_frame;
  f->gen_link = f;
  f->is_entry = true;
  // The generator's own handled exception becomes the innermost one.
  g->saved_exc = ts->handled_exc.release();
  ts->handled_exc = Ref::steal(g->exc_state);
  g->exc_state = Value();

  Ref r = eval_frame(ts, f, throwing);

  g->exc_state = ts->handled_exc.release();
  ts->handled_exc = Ref::steal(g->saved_exc);
  g->saved_exc = Value();
  g->running.store(0, std::memory_order_release);
  if (f->state == kFrameSuspended) return r;
  *done = true;
  Value own = g->exc_state;
  g->exc_state = Value();
  decref(own);
  if (!r) {
    if (error_matches(ts, &StopIteration_type)) {
      raise_from_cause(ts, &RuntimeError_type, std::string(kind_word(g)) + " raised StopIteration");
    } else if (g->kind == kGenAsync && error_matches(ts, &StopAsyncIteration_type)) {
      raise_from_cause(ts, &RuntimeError_type, "async generator raised StopAsyncIteration");
    }
  }
  return r;
}

Ref gen_send(ThreadState* ts, Value gen, Value value, bool* done) {
  return gen_resume(ts, gen_of(gen), value ? value : None(), false, false, done);
}

// gen_send_ex: a finished generator raises StopIteration (StopAsyncIteration
// for async generators) instead of reporting *done.
static Ref gen_send_ex(ThreadState* ts, Generator* g, Value send, bool throwing, bool closing) {
  bool done = false;
  Ref r = gen_resume(ts, g, send, throwing, closing, &done);
  if (r && done) {
    if (g->kind == kGenAsync)
      set_error_value(ts, Value(&StopAsyncIteration_type));
    else
      set_stop_value(ts, r);
    return nullptr;
  }
  return r;
}

static Ref gen_close_impl(ThreadState* ts, Generator* g);

static int gen_close_iter(ThreadState* ts, Value yf) {
  if (is_gen_like(yf)) {
    Ref r = gen_close_impl(ts, gen_of(yf));
    return r ? 0 : -1;
  }
  Ref meth = get_attr_opt(ts, yf, ident(ts, "close"));
  if (!meth) {
    if (ts->has_error()) clear_error(ts);  // CPython reports it as unraisable
    return 0;
  }
  Ref r = call0(ts, meth);
  return r ? 0 : -1;
}

// Finishes a suspended `yield from` early: pops the delegate and continues
// after the YIELD_FROM (with `result` pushed, or with the pending exception).
static Ref finish_delegation(ThreadState* ts, Generator* g, Value result) {
  Frame* f = g->frame;
  decref(*--f->sp);
  f->resume_at = f->instr + 1;
  return gen_send_ex(ts, g, result ? result : Value(), !result, false);
}

// _gen_throw: `exc` (an exception instance) is pending on ts.
static Ref gen_throw_impl(ThreadState* ts, Generator* g, bool close_on_genexit) {
  Value yf_borrowed = gen_delegate(g);
  if (yf_borrowed) {
    Ref yf = Ref::borrow(yf_borrowed);
    Ref ret;
    if (close_on_genexit && error_matches(ts, &GeneratorExit_type)) {
      // Close the delegate first, then raise GeneratorExit (or its error) here.
      Ref exc = fetch_error(ts);
      g->running.store(1, std::memory_order_relaxed);
      int err = gen_close_iter(ts, yf);
      g->running.store(0, std::memory_order_relaxed);
      if (err == 0) restore_error(ts, std::move(exc));
      return gen_send_ex(ts, g, Value(), true, false);
    }
    if (is_gen_like(yf)) {
      g->running.store(1, std::memory_order_relaxed);
      ret = gen_throw_impl(ts, gen_of(yf), close_on_genexit);
      g->running.store(0, std::memory_order_relaxed);
    } else {
      Ref exc = fetch_error(ts);
      Ref meth = get_attr_opt(ts, yf, ident(ts, "throw"));
      if (!meth) {
        if (ts->has_error()) return nullptr;
        restore_error(ts, std::move(exc));
        return gen_send_ex(ts, g, Value(), true, false);
      }
      BaseExc* e = exc.as<BaseExc>();
      Value args[3] = {Value(type_of(exc)), exc.get(), e->traceback ? Value(e->traceback) : None()};
      g->running.store(1, std::memory_order_relaxed);
      ret = call(ts, meth, args, 3);
      g->running.store(0, std::memory_order_relaxed);
    }
    if (ret) return ret;  // the delegate yielded: so does g
    if (error_matches(ts, &StopIteration_type)) {
      Ref val = stop_iteration_value(ts);
      if (!val) return finish_delegation(ts, g, Value());
      return finish_delegation(ts, g, val);
    }
    return finish_delegation(ts, g, Value());
  }
  return gen_send_ex(ts, g, Value(), true, false);
}

// Normalises throw(typ[, val[, tb]]) into a pending exception instance. -1 on error.
static int normalize_throw(ThreadState* ts, Value typ, Value val, Value tb) {
  if (tb && tb.is(None())) tb = Value();
  if (tb && type_of(tb) != &traceback_type) {
    set_error(ts, &TypeError_type, "throw() third argument must be a traceback object");
    return -1;
  }
  Ref exc;
  if (is_exc_class(typ)) {
    if (val && is_exc_instance(val) && is_subtype(type_of(val), static_cast<Type*>(typ.as_object()))) {
      exc = Ref::borrow(val);
    } else if (!val || val.is(None())) {
      exc = call0(ts, typ);
    } else if (is_tuple(val)) {
      Tuple* t = static_cast<Tuple*>(val.as_object());
      exc = call(ts, typ, t->items, size_t(t->length));
    } else {
      exc = call1(ts, typ, val);
    }
    if (!exc) return -1;
    if (!is_exc_instance(exc)) {
      set_errorf(ts, &TypeError_type,
                 "calling %s should have returned an instance of BaseException, not %s",
                 static_cast<Type*>(typ.as_object())->name, type_name(exc));
      return -1;
    }
  } else if (is_exc_instance(typ)) {
    if (val && !val.is(None())) {
      set_error(ts, &TypeError_type, "instance exception may not have a separate value");
      return -1;
    }
    exc = Ref::borrow(typ);
  } else {
    set_errorf(ts, &TypeError_type,
               "exceptions must be classes or instances deriving from BaseException, not %s",
               type_name(typ));
    return -1;
  }
  if (tb) {
    BaseExc* e = exc.as<BaseExc>();
    store_ref(e, &e->traceback, Ref::borrow(tb));
  }
  restore_error(ts, std::move(exc));
  return 0;
}

Ref gen_throw(ThreadState* ts, Value gen, Value exc) {
  if (normalize_throw(ts, exc, Value(), Value()) < 0) return nullptr;
  return gen_throw_impl(ts, gen_of(gen), true);
}

static Ref gen_close_impl(ThreadState* ts, Generator* g) {
  Frame* f = g->frame;
  if (f->state == kFrameCreated) {  // never started: nothing can run
    if (g->running.load(std::memory_order_acquire)) {
      set_errorf(ts, &ValueError_type, "%s already executing", kind_word(g));
      return nullptr;
    }
    f->state = kFrameCompleted;
    frame_release(f);
    return new_none();
  }
  if (f->state == kFrameCompleted) return new_none();
  int err = 0;
  Value yf_borrowed = gen_delegate(g);
  if (yf_borrowed) {
    Ref yf = Ref::borrow(yf_borrowed);
    g->running.store(1, std::memory_order_relaxed);
    err = gen_close_iter(ts, yf);
    g->running.store(0, std::memory_order_relaxed);
  }
  if (err == 0) set_error_value(ts, Value(&GeneratorExit_type));
  bool done = false;
  Ref r = gen_resume(ts, g, Value(), true, true, &done);
  if (r) {
    if (done) return new_none();
    set_errorf(ts, &RuntimeError_type, "%s ignored GeneratorExit", kind_word(g));
    return nullptr;
  }
  if (error_matches(ts, &StopIteration_type) || error_matches(ts, &GeneratorExit_type)) {
    clear_error(ts);
    return new_none();
  }
  return nullptr;
}

// ---- Python-visible methods ------------------------------------------------------------

static Ref gen_iternext(ThreadState* ts, Value self) {
  bool done = false;
  Ref r = gen_resume(ts, gen_of(self), None(), false, false, &done);
  if (r && done) {
    if (!r.get().is(None())) set_stop_value(ts, r);
    return nullptr;
  }
  return r;
}

static Ref gen_iter_self(ThreadState* ts, Value self) { return Ref::borrow(self); }

static Ref gen_send_meth(ThreadState* ts, Value self, const Value* args, size_t nargs,
                         Tuple* kwnames) {
  if (!no_kwargs(ts, "send", kwnames)) return nullptr;
  if (nargs != 1) {
    set_errorf(ts, &TypeError_type, "send() takes exactly one argument (%zu given)", nargs);
    return nullptr;
  }
  return gen_send_ex(ts, gen_of(self), args[0], false, false);
}

static Ref gen_throw_meth(ThreadState* ts, Value self, const Value* args, size_t nargs,
                          Tuple* kwnames) {
  if (!no_kwargs(ts, "throw", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 3) {
    set_errorf(ts, &TypeError_type, "throw expected at least 1 argument, got %zu", nargs);
    if (nargs > 3) {
      clear_error(ts);
      set_errorf(ts, &TypeError_type, "throw expected at most 3 arguments, got %zu", nargs);
    }
    return nullptr;
  }
  if (normalize_throw(ts, args[0], nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value()) < 0)
    return nullptr;
  return gen_throw_impl(ts, gen_of(self), true);
}

static Ref gen_close_meth(ThreadState* ts, Value self, const Value* args, size_t nargs,
                          Tuple* kwnames) {
  return gen_close_impl(ts, gen_of(self));
}

static Ref gen_repr(ThreadState* ts, Value self) {
  Generator* g = gen_of(self);
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(g));
  const char* what = g->kind == kGenCoroutine ? "coroutine" : g->kind == kGenAsync ? "async_generator"
                                                                                   : "generator";
  return new_str(std::string("<") + what + " object " + s8(g->qualname) + " at " + addr + ">");
}

static Ref gen_get_frame(ThreadState* ts, Value self) {
  Frame* f = gen_of(self)->frame;
  if (f->state == kFrameCompleted) return new_none();
  return frame_object_of(ts, f);
}
static Ref gen_get_running(ThreadState* ts, Value self) {
  return new_bool(gen_of(self)->running.load(std::memory_order_relaxed) != 0);
}
static Ref gen_get_suspended(ThreadState* ts, Value self) {
  return new_bool(gen_of(self)->frame->state == kFrameSuspended);
}
static Ref gen_get_code(ThreadState* ts, Value self) { return Ref::borrow(Value(gen_of(self)->code)); }
static Ref gen_get_yieldfrom(ThreadState* ts, Value self) {
  Value yf = gen_delegate(gen_of(self));
  return yf ? Ref::borrow(yf) : new_none();
}
static Ref gen_get_name(ThreadState* ts, Value self) { return Ref::borrow(gen_of(self)->name); }
static int gen_set_name(ThreadState* ts, Value self, Value v) {
  if (!v || !is_str(v)) {
    set_error(ts, &TypeError_type, "__name__ must be set to a string object");
    return -1;
  }
  store_ref(gen_of(self), &gen_of(self)->name, Ref::borrow(v));
  return 0;
}
static Ref gen_get_qualname(ThreadState* ts, Value self) { return Ref::borrow(gen_of(self)->qualname); }
static int gen_set_qualname(ThreadState* ts, Value self, Value v) {
  if (!v || !is_str(v)) {
    set_error(ts, &TypeError_type, "__qualname__ must be set to a string object");
    return -1;
  }
  store_ref(gen_of(self), &gen_of(self)->qualname, Ref::borrow(v));
  return 0;
}
static Ref gen_get_origin(ThreadState* ts, Value self) { return new_none(); }

static const GetSetDef generator_getsets[] = {
    {"gi_frame", gen_get_frame, nullptr, nullptr},
    {"gi_running", gen_get_running, nullptr, nullptr},
    {"gi_suspended", gen_get_suspended, nullptr, nullptr},
    {"gi_code", gen_get_code, nullptr, nullptr},
    {"gi_yieldfrom", gen_get_yieldfrom, nullptr, nullptr},
    {"__name__", gen_get_name, gen_set_name, nullptr},
    {"__qualname__", gen_get_qualname, gen_set_qualname, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
static const GetSetDef coroutine_getsets[] = {
    {"cr_frame", gen_get_frame, nullptr, nullptr},
    {"cr_running", gen_get_running, nullptr, nullptr},
    {"cr_suspended", gen_get_suspended, nullptr, nullptr},
    {"cr_code", gen_get_code, nullptr, nullptr},
    {"cr_await", gen_get_yieldfrom, nullptr, nullptr},
    {"cr_origin", gen_get_origin, nullptr, nullptr},
    {"__name__", gen_get_name, gen_set_name, nullptr},
    {"__qualname__", gen_get_qualname, gen_set_qualname, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
static const GetSetDef async_gen_getsets[] = {
    {"ag_frame", gen_get_frame, nullptr, nullptr},
    {"ag_running", gen_get_running, nullptr, nullptr},
    {"ag_suspended", gen_get_suspended, nullptr, nullptr},
    {"ag_code", gen_get_code, nullptr, nullptr},
    {"ag_await", gen_get_yieldfrom, nullptr, nullptr},
    {"__name__", gen_get_name, gen_set_name, nullptr},
    {"__qualname__", gen_get_qualname, gen_set_qualname, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- coroutine __await__ wrapper ------------------------------------------------------

struct CoroWrapper : Object {
  Value coro;
};

static Ref coro_await(ThreadState* ts, Value self, const Value* args, size_t nargs,
                      Tuple* kwnames) {
  Object* o = alloc_object(&coroutine_wrapper_type, sizeof(CoroWrapper));
  if (!o) return set_no_memory(ts);
  static_cast<CoroWrapper*>(o)->coro = Ref::borrow(self).release();
  return Ref::steal(Value(o));
}

static Value wrapped_coro(Value self) { return static_cast<CoroWrapper*>(self.as_object())->coro; }

static Ref cw_iternext(ThreadState* ts, Value self) { return gen_iternext(ts, wrapped_coro(self)); }
static Ref cw_send(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return gen_send_meth(ts, wrapped_coro(self), args, nargs, kw);
}
static Ref cw_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return gen_throw_meth(ts, wrapped_coro(self), args, nargs, kw);
}
static Ref cw_close(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return gen_close_impl(ts, gen_of(wrapped_coro(self)));
}
static void cw_traverse(Object* o, const Visitor& visit) { visit(static_cast<CoroWrapper*>(o)->coro); }
static void cw_dealloc(Object* o) {
  decref(static_cast<CoroWrapper*>(o)->coro);
  free_object(o);
}

static const MethodDef generator_methods[] = {
    {"send", gen_send_meth, kMethInstance, nullptr},
    {"throw", gen_throw_meth, kMethInstance, nullptr},
    {"close", gen_close_meth, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const MethodDef coroutine_methods[] = {
    {"send", gen_send_meth, kMethInstance, nullptr},
    {"throw", gen_throw_meth, kMethInstance, nullptr},
    {"close", gen_close_meth, kMethInstance, nullptr},
    {"__await__", coro_await, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const MethodDef coroutine_wrapper_methods[] = {
    {"send", cw_send, kMethInstance, nullptr},
    {"throw", cw_throw, kMethInstance, nullptr},
    {"close", cw_close, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- async generators ------------------------------------------------------------------

struct WrappedValue : Object {
  Value value;
};

Ref async_gen_wrap_value(ThreadState* ts, Value v) {
  Object* o = alloc_object(&async_gen_wrapped_value_type, sizeof(WrappedValue));
  if (!o) return set_no_memory(ts);
  static_cast<WrappedValue*>(o)->value = Ref::borrow(v).release();
  return Ref::steal(Value(o));
}

static bool is_wrapped(Value v) {
  return v.is_object() && v.as_object()->type == &async_gen_wrapped_value_type;
}

static void wv_traverse(Object* o, const Visitor& visit) { visit(static_cast<WrappedValue*>(o)->value); }
static void wv_dealloc(Object* o) {
  decref(static_cast<WrappedValue*>(o)->value);
  free_object(o);
}

// async_gen_unwrap_value: a wrapped `yield` ends the current __anext__ await
// (StopIteration(value)); anything else was yielded by an inner await.
static Ref async_gen_unwrap(ThreadState* ts, Generator* g, Ref result) {
  if (!result) {
    if (!ts->has_error()) set_error_value(ts, Value(&StopAsyncIteration_type));
    if (error_matches(ts, &StopAsyncIteration_type) || error_matches(ts, &GeneratorExit_type))
      g->ag_closed = true;
    g->ag_running_async = false;
    return nullptr;
  }
  if (is_wrapped(result)) {
    set_stop_value(ts, static_cast<WrappedValue*>(result.obj())->value);
    g->ag_running_async = false;
    return nullptr;
  }
  return result;
}

enum AwaitableState : uint8_t { kAwaitInit, kAwaitIter, kAwaitClosed };

struct ASend : Object {
  Value gen;
  Value sendval;
  uint8_t state;
};

struct AThrow : Object {
  Value gen;
  Value args;  // tuple (typ[, val[, tb]]) for athrow(), null for aclose()
  uint8_t state;
};

static Ref new_asend(ThreadState* ts, Value gen, Value sendval) {
  Object* o = alloc_object(&async_gen_asend_type, sizeof(ASend));
  if (!o) return set_no_memory(ts);
  ASend* a = static_cast<ASend*>(o);
  a->gen = Ref::borrow(gen).release();
  a->sendval = Ref::borrow(sendval ? sendval : None()).release();
  a->state = kAwaitInit;
  return Ref::steal(Value(o));
}

static Ref ag_anext(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return new_asend(ts, self, None());
}
static Ref ag_asend(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1) {
    set_errorf(ts, &TypeError_type, "asend() takes exactly one argument (%zu given)", nargs);
    return nullptr;
  }
  return new_asend(ts, self, args[0]);
}
static Ref new_athrow(ThreadState* ts, Value gen, Value args) {
  Object* o = alloc_object(&async_gen_athrow_type, sizeof(AThrow));
  if (!o) return set_no_memory(ts);
  AThrow* a = static_cast<AThrow*>(o);
  a->gen = Ref::borrow(gen).release();
  a->args = args ? Ref::borrow(args).release() : Value();
  a->state = kAwaitInit;
  return Ref::steal(Value(o));
}
static Ref ag_athrow(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs < 1 || nargs > 3) {
    set_errorf(ts, &TypeError_type, "athrow expected at least 1 argument, got %zu", nargs);
    return nullptr;
  }
  Ref t = new_tuple_from(args, int64_t(nargs));
  if (!t) return nullptr;
  return new_athrow(ts, self, t);
}
static Ref ag_aclose(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return new_athrow(ts, self, Value());
}
static Ref ag_aiter(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return Ref::borrow(self);
}

static Ref asend_send_impl(ThreadState* ts, ASend* o, Value arg) {
  if (o->state == kAwaitClosed) {
    set_error(ts, &RuntimeError_type, "cannot reuse already awaited __anext__()/asend()");
    return nullptr;
  }
  Generator* g = gen_of(o->gen);
  if (o->state == kAwaitInit) {
    if (g->ag_running_async) {
      set_error(ts, &RuntimeError_type, "anext(): asynchronous generator is already running");
      return nullptr;
    }
    if (!arg || arg.is(None())) arg = o->sendval;
    o->state = kAwaitIter;
  }
  g->ag_running_async = true;
  Ref r = async_gen_unwrap(ts, g, gen_send_ex(ts, g, arg ? arg : None(), false, false));
  if (!r) o->state = kAwaitClosed;
  return r;
}

static ASend* asend_of(Value v) { return static_cast<ASend*>(v.as_object()); }
static Ref asend_next(ThreadState* ts, Value self) { return asend_send_impl(ts, asend_of(self), None()); }
static Ref asend_send(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return asend_send_impl(ts, asend_of(self), nargs ? args[0] : None());
}
static Ref asend_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  ASend* o = asend_of(self);
  if (o->state == kAwaitClosed) {
    set_error(ts, &RuntimeError_type, "cannot reuse already awaited __anext__()/asend()");
    return nullptr;
  }
  Generator* g = gen_of(o->gen);
  Ref r = gen_throw_meth(ts, o->gen, args, nargs, kw);
  r = async_gen_unwrap(ts, g, std::move(r));
  if (!r) o->state = kAwaitClosed;
  return r;
}
static Ref asend_close(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  asend_of(self)->state = kAwaitClosed;
  return new_none();
}
static void asend_traverse(Object* o, const Visitor& visit) {
  visit(static_cast<ASend*>(o)->gen);
  visit(static_cast<ASend*>(o)->sendval);
}
static void asend_dealloc(Object* o) {
  decref(static_cast<ASend*>(o)->gen);
  decref(static_cast<ASend*>(o)->sendval);
  free_object(o);
}

static AThrow* athrow_of(Value v) { return static_cast<AThrow*>(v.as_object()); }

static Ref athrow_check_error(ThreadState* ts, AThrow* o) {
  Generator* g = gen_of(o->gen);
  g->ag_running_async = false;
  o->state = kAwaitClosed;
  if (!o->args &&
      (error_matches(ts, &StopAsyncIteration_type) || error_matches(ts, &GeneratorExit_type))) {
    clear_error(ts);  // aclose() is done: the await completes
    set_error_value(ts, Value(&StopIteration_type));
  }
  return nullptr;
}

static Ref athrow_yield_close(ThreadState* ts, AThrow* o) {
  gen_of(o->gen)->ag_running_async = false;
  o->state = kAwaitClosed;
  set_error(ts, &RuntimeError_type, "async generator ignored GeneratorExit");
  return nullptr;
}

static Ref athrow_send_impl(ThreadState* ts, AThrow* o, Value arg) {
  Generator* g = gen_of(o->gen);
  if (o->state == kAwaitClosed) {
    set_error(ts, &RuntimeError_type, "cannot reuse already awaited aclose()/athrow()");
    return nullptr;
  }
  if (g->frame->state == kFrameCompleted) {
    o->state = kAwaitClosed;
    set_error_value(ts, Value(&StopIteration_type));
    return nullptr;
  }
  if (o->state == kAwaitInit) {
    if (g->ag_running_async) {
      o->state = kAwaitClosed;
      set_error(ts, &RuntimeError_type,
                o->args ? "athrow(): asynchronous generator is already running"
                        : "aclose(): asynchronous generator is already running");
      return nullptr;
    }
    if (g->ag_closed) {
      o->state = kAwaitClosed;
      set_error_value(ts, Value(&StopAsyncIteration_type));
      return nullptr;
    }
    if (arg && !arg.is(None())) {
      set_error(ts, &RuntimeError_type, "can't send non-None value to a just-started coroutine");
      return nullptr;
    }
    o->state = kAwaitIter;
    g->ag_running_async = true;
    Ref r;
    if (!o->args) {  // aclose()
      g->ag_closed = true;
      set_error_value(ts, Value(&GeneratorExit_type));
      r = gen_throw_impl(ts, g, false);
      if (r && is_wrapped(r)) return athrow_yield_close(ts, o);
    } else {
      Tuple* a = static_cast<Tuple*>(o->args.as_object());
      if (normalize_throw(ts, a->items[0], a->length > 1 ? a->items[1] : Value(),
                          a->length > 2 ? a->items[2] : Value()) < 0)
        return nullptr;
      r = async_gen_unwrap(ts, g, gen_throw_impl(ts, g, false));
    }
    if (!r) return athrow_check_error(ts, o);
    return r;
  }
  Ref r = gen_send_ex(ts, g, arg ? arg : None(), false, false);
  if (o->args) return async_gen_unwrap(ts, g, std::move(r));
  if (r) {
    if (is_wrapped(r)) return athrow_yield_close(ts, o);
    return r;
  }
  return athrow_check_error(ts, o);
}

static Ref athrow_next(ThreadState* ts, Value self) { return athrow_send_impl(ts, athrow_of(self), None()); }
static Ref athrow_send(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return athrow_send_impl(ts, athrow_of(self), nargs ? args[0] : None());
}
static Ref athrow_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  AThrow* o = athrow_of(self);
  if (o->state == kAwaitClosed) {
    set_error(ts, &RuntimeError_type, "cannot reuse already awaited aclose()/athrow()");
    return nullptr;
  }
  Generator* g = gen_of(o->gen);
  Ref r = gen_throw_meth(ts, o->gen, args, nargs, kw);
  if (o->args) return async_gen_unwrap(ts, g, std::move(r));
  if (r && is_wrapped(r)) return athrow_yield_close(ts, o);
  if (error_matches(ts, &StopAsyncIteration_type) || error_matches(ts, &GeneratorExit_type)) {
    clear_error(ts);
    set_error_value(ts, Value(&StopIteration_type));
  }
  return r;
}
static Ref athrow_close(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  athrow_of(self)->state = kAwaitClosed;
  return new_none();
}
static void athrow_traverse(Object* o, const Visitor& visit) {
  visit(static_cast<AThrow*>(o)->gen);
  visit(static_cast<AThrow*>(o)->args);
}
static void athrow_dealloc(Object* o) {
  decref(static_cast<AThrow*>(o)->gen);
  decref(static_cast<AThrow*>(o)->args);
  free_object(o);
}

static Ref awaitable_self(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return Ref::borrow(self);
}

static const MethodDef async_gen_methods[] = {
    {"__anext__", ag_anext, kMethInstance, nullptr},
    {"__aiter__", ag_aiter, kMethInstance, nullptr},
    {"asend", ag_asend, kMethInstance, nullptr},
    {"athrow", ag_athrow, kMethInstance, nullptr},
    {"aclose", ag_aclose, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const MethodDef asend_methods[] = {
    {"send", asend_send, kMethInstance, nullptr},
    {"throw", asend_throw, kMethInstance, nullptr},
    {"close", asend_close, kMethInstance, nullptr},
    {"__await__", awaitable_self, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const MethodDef athrow_methods[] = {
    {"send", athrow_send, kMethInstance, nullptr},
    {"throw", athrow_throw, kMethInstance, nullptr},
    {"close", athrow_close, kMethInstance, nullptr},
    {"__await__", awaitable_self, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- lifetime --------------------------------------------------------------------------

static void gen_traverse(Object* o, const Visitor& visit) {
  Generator* g = static_cast<Generator*>(o);
  visit(g->code);
  visit(g->name);
  visit(g->qualname);
  visit(g->exc_state);
  visit(g->ag_finalizer);
  Frame* f = g->frame;
  // A running frame is on a thread's frame chain (a root); only a parked one is ours.
  if (g->running.load(std::memory_order_relaxed) || f->state == kFrameCompleted) return;
  visit(f->func);
  visit(f->locals);
  visit(f->frame_obj);
  Value* lp = f->localsplus();
  for (Value* p = lp; p < f->sp; ++p) visit(*p);
}

static void report_unraisable(ThreadState* ts, Value obj) {
  Ref exc = fetch_error(ts);
  Ref r = repr_of(ts, obj);
  if (!r) clear_error(ts);
  std::fprintf(stderr, "Exception ignored in: %s\n", r ? std::string(str_utf8(r)).c_str() : "?");
  std::fflush(stderr);
  if (exc) print_exception(ts, exc);
  if (ts->has_error()) clear_error(ts);
}

// Runs close() on a suspended generator that is being deallocated. The
// object is resurrected for the duration; returns true if it escaped
// (someone stored a new reference), in which case it must not be freed.
static bool finalize_suspended(Generator* g) {
  ThreadState* ts = current_thread_state();
  if (!ts) return false;
  Object* o = g;
  o->gc_bits.fetch_or(kGcFinalized, std::memory_order_relaxed);
  o->owner.store(current_thread_id(), std::memory_order_relaxed);
  o->ref_shared.store(0, std::memory_order_relaxed);
  o->ref_local.store(1, std::memory_order_relaxed);
  Ref saved = fetch_error(ts);
  Ref r;
  if (g->kind == kGenAsync && g->ag_finalizer) {
    r = call1(ts, g->ag_finalizer, Value(o));
  } else {
    r = gen_close_impl(ts, g);
  }
  if (!r) report_unraisable(ts, Value(o));
  restore_error(ts, std::move(saved));
  uint32_t local = o->ref_local.load(std::memory_order_relaxed);
  intptr_t shared = o->ref_shared.load(std::memory_order_acquire);
  if (local == 1 && (shared >> kSharedShift) == 0 && o->owner.load() == current_thread_id()) {
    o->ref_local.store(0, std::memory_order_relaxed);
    return false;
  }
  decref(o);  // resurrected: drop our temporary reference and keep the object
  return true;
}

static void gen_dealloc(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  Frame* f = g->frame;
  if (f->state == kFrameSuspended && !(o->gc_bits.load() & kGcFinalized)) {
    if (finalize_suspended(g)) return;
  }
  if (f->state == kFrameCreated && g->kind == kGenCoroutine) {
    if (ThreadState* ts = current_thread_state()) {
      Ref saved = fetch_error(ts);
      std::string msg = "coroutine '" + s8(g->qualname) + "' was never awaited";
      if (warn(ts, &RuntimeWarning_type, msg, 1) < 0) report_unraisable(ts, Value(o));
      restore_error(ts, std::move(saved));
    }
  }
  if (f->state != kFrameCompleted) {
    f->state = kFrameCompleted;
    frame_release(f);
  }
  xdecref(g->code);
  decref(g->name);
  decref(g->qualname);
  decref(g->exc_state);
  decref(g->saved_exc);
  decref(g->ag_finalizer);
  free_object(o);
}

// ---- setup -------------------------------------------------------------------------------

static void init_static(Type& t, const char* name, size_t size) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.basic_size = size;
  t.flags = kTypeHasGC | kTypeImmutable;
  t.base = &object_type;
  register_static_type(&t);
}

void setup_generator_types() {
  init_static(generator_type, "generator", sizeof(Generator));
  generator_type.dealloc = gen_dealloc;
  generator_type.traverse = gen_traverse;
  generator_type.repr = gen_repr;
  generator_type.iter = gen_iter_self;
  generator_type.next = gen_iternext;
  generator_type.methods = generator_methods;
  generator_type.getsets = generator_getsets;

  init_static(coroutine_type, "coroutine", sizeof(Generator));
  coroutine_type.dealloc = gen_dealloc;
  coroutine_type.traverse = gen_traverse;
  coroutine_type.repr = gen_repr;
  coroutine_type.methods = coroutine_methods;
  coroutine_type.getsets = coroutine_getsets;

  init_static(async_generator_type, "async_generator", sizeof(Generator));
  async_generator_type.dealloc = gen_dealloc;
  async_generator_type.traverse = gen_traverse;
  async_generator_type.repr = gen_repr;
  async_generator_type.methods = async_gen_methods;
  async_generator_type.getsets = async_gen_getsets;

  init_static(coroutine_wrapper_type, "coroutine_wrapper", sizeof(CoroWrapper));
  coroutine_wrapper_type.dealloc = cw_dealloc;
  coroutine_wrapper_type.traverse = cw_traverse;
  coroutine_wrapper_type.iter = gen_iter_self;
  coroutine_wrapper_type.next = cw_iternext;
  coroutine_wrapper_type.methods = coroutine_wrapper_methods;

  init_static(async_gen_asend_type, "async_generator_asend", sizeof(ASend));
  async_gen_asend_type.dealloc = asend_dealloc;
  async_gen_asend_type.traverse = asend_traverse;
  async_gen_asend_type.iter = gen_iter_self;
  async_gen_asend_type.next = asend_next;
  async_gen_asend_type.methods = asend_methods;

  init_static(async_gen_athrow_type, "async_generator_athrow", sizeof(AThrow));
  async_gen_athrow_type.dealloc = athrow_dealloc;
  async_gen_athrow_type.traverse = athrow_traverse;
  async_gen_athrow_type.iter = gen_iter_self;
  async_gen_athrow_type.next = athrow_next;
  async_gen_athrow_type.methods = athrow_methods;

  init_static(async_gen_wrapped_value_type, "async_generator_wrapped_value", sizeof(WrappedValue));
  async_gen_wrapped_value_type.dealloc = wv_dealloc;
  async_gen_wrapped_value_type.traverse = wv_traverse;
}

}  // namespace weft

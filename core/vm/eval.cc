// The bytecode interpreter: one dispatch loop (computed goto) that runs a
// frame and every Python frame it calls, without recursing on the C++ stack.
// Rare opcodes live in eval_ops.cc; calls and argument binding in call.cc.
#include <cstring>

#include "core/runtime/import.h"
#include "core/vm/frame.h"
#include "threads/threads.h"

namespace weft {

int handle_eval_breaker(ThreadState* ts) {
  uint32_t bits = ts->eval_breaker.load(std::memory_order_acquire);
  if (bits & kBreakStopTheWorld) safepoint_park(ts);
  if (bits & kBreakMergeQueue) {
    ts->eval_breaker.fetch_and(~uint32_t(kBreakMergeQueue), std::memory_order_acq_rel);
    brc_merge_queued(ts);
  }
  if (bits & kBreakAsyncExc)
    ts->eval_breaker.fetch_and(~uint32_t(kBreakAsyncExc), std::memory_order_acq_rel);
  if (bits & kBreakSignals) {
    ts->eval_breaker.fetch_and(~uint32_t(kBreakSignals), std::memory_order_acq_rel);
    if (run_pending_signal_handlers(ts) < 0) return -1;
  }
  return 0;
}

void add_traceback_entry(ThreadState* ts, Frame* f) {
  Ref exc = std::move(ts->exc);
  if (!is_exc_instance(exc)) {
    ts->exc = std::move(exc);
    return;
  }
  Ref fo = frame_object_of(ts, f);
  if (fo) {
    auto* e = exc.as<BaseExc>();
    int lasti = f->lasti();
    Ref tb = new_traceback(ts, e->traceback ? Value(e->traceback) : Value(), fo.as<FrameObject>(),
                           lasti, f->lineno());
    if (tb) store_ref(e, &e->traceback, std::move(tb));
  }
  if (ts->exc) clear_error(ts);  // losing a traceback entry beats losing the exception
  ts->exc = std::move(exc);
}

Ref run_entry_frame(ThreadState* ts, Frame* f) {
  if (ts->recursion_depth >= ts->recursion_limit) {
    set_error(ts, &RecursionError_type, "maximum recursion depth exceeded");
  } else if (stack_overflowing(ts)) {
    check_native_stack(ts, " while calling a Python object");
  }
  if (ts->has_error()) {
    frame_release(f);
    if (f->in_arena) arena_free(ts, f);
    return nullptr;
  }
  ts->recursion_depth++;
  Frame* prev = ts->current_frame;
  f->previous = prev;
  f->gen_link = prev ? prev->gen_link : nullptr;
  f->is_entry = true;
  return eval_frame(ts, f, false);
}

namespace {

inline Value vbool(bool b) {
  return Value(static_cast<Object*>(b ? &true_obj : &false_obj));
}
inline bool is_true_obj(Value v) { return v.strip() == Value(static_cast<Object*>(&true_obj)).bits(); }
inline bool is_false_obj(Value v) { return v.strip() == Value(static_cast<Object*>(&false_obj)).bits(); }

// Truth value with the common cases inline; -1 on error.
inline int fast_truth(ThreadState* ts, Value v) {
  if (is_true_obj(v)) return 1;
  if (is_false_obj(v) || v.is(None())) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  return truthy(ts, v);
}

// Small-int arithmetic; a null Value means "take the generic path".
inline Ref small_int_binop(int op, int64_t a, int64_t b) {
  int64_t r;
  switch (static_cast<BinOp>(op)) {
    case BinOp::Add: r = a + b; break;
    case BinOp::Sub: r = a - b; break;
    case BinOp::Mul:
      if (__builtin_mul_overflow(a, b, &r)) return nullptr;
      break;
    case BinOp::And: r = a & b; break;
    case BinOp::Or: r = a | b; break;
    case BinOp::Xor: r = a ^ b; break;
    case BinOp::FloorDiv:
      if (b == 0) return nullptr;
      r = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --r;
      break;
    case BinOp::Mod:
      if (b == 0) return nullptr;
      r = a % b;
      if (r != 0 && ((r < 0) != (b < 0))) r += b;
      break;
    default: return nullptr;
  }
  if (Value::fits_small(r)) return Ref::small_int(r);
  return new_int(r);
}

inline Ref float_binop(int op, double a, double b) {
  switch (static_cast<BinOp>(op)) {
    case BinOp::Add: return new_float(a + b);
    case BinOp::Sub: return new_float(a - b);
    case BinOp::Mul: return new_float(a * b);
    case BinOp::TrueDiv:
      if (b == 0.0) return nullptr;
      return new_float(a / b);
    default: return nullptr;
  }
}

inline bool small_compare(CmpOp op, int64_t a, int64_t b) {
  switch (op) {
    case CmpOp::Lt: return a < b;
    case CmpOp::Le: return a <= b;
    case CmpOp::Eq: return a == b;
    case CmpOp::Ne: return a != b;
    case CmpOp::Gt: return a > b;
    default: return a >= b;
  }
}

// Exact list/tuple indexing by a small int; null Value = take the generic path.
inline Value fast_subscr(Value c, Value k) {
  if (!k.is_small_int() || !c.is_object()) return Value();
  int64_t i = k.as_small_int();
  Type* t = c.as_object()->type;
  if (t == &tuple_type) {
    Tuple* tp = static_cast<Tuple*>(c.as_object());
    if (i < 0) i += tp->length;
    if (i < 0 || i >= tp->length) return Value();
    Value v = tp->items[i];
    incref(v);
    return v;
  }
  if (t == &list_type) {
    List* l = static_cast<List*>(c.as_object());
    l->mutex.lock();
    int64_t n = l->length.load(std::memory_order_relaxed);
    if (i < 0) i += n;
    Value v;
    if (i >= 0 && i < n) {
      v = l->items.load(std::memory_order_relaxed)[i];
      incref(v);
    }
    l->mutex.unlock();
    return v;
  }
  return Value();
}

// Exact list item store by a small int; consumes v on success.
inline bool fast_store_subscr(Value c, Value k, Value v) {
  if (!k.is_small_int() || !c.is_object() || c.as_object()->type != &list_type) return false;
  List* l = static_cast<List*>(c.as_object());
  int64_t i = k.as_small_int();
  l->mutex.lock();
  int64_t n = l->length.load(std::memory_order_relaxed);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    l->mutex.unlock();
    return false;
  }
  Value* slot = &l->items.load(std::memory_order_relaxed)[i];
  Value old = *slot;
  *slot = v;
  l->mutex.unlock();
  decref(old);  // after unlocking: it may run __del__
  return true;
}

// Chains a natively raised exception the first time the VM sees it.
inline void chain_new_exception(ThreadState* ts) {
  if (!is_exc_instance(ts->exc)) return;
  auto* e = ts->exc.as<BaseExc>();
  if (e->traceback || e->context) return;
  Value h = topmost_handled(ts);
  if (h && !h.is(None())) chain_context(ts->exc.get(), h);
}

}  // namespace

Ref eval_frame(ThreadState* ts, Frame* f, bool throwing) {
  static void* const kTargets[256] = {
#define OPCODE(name, has_arg, effect, doc) &&L_##name,
#include "core/vm/opcodes.def"
#undef OPCODE
  };

  const Instr* ip;
  Value* sp;
  Value* lp;
  const Value* consts;
  Value* names;
  uint32_t oparg;
  Tuple* kwnames = nullptr;
  Ref retval;

#define LOAD_FRAME()                                  \
  do {                                                \
    ip = f->resume_at;                                \
    sp = f->sp;                                       \
    lp = f->localsplus();                             \
    consts = f->code->consts->items;                  \
    names = f->code->names->items;                    \
  } while (0)
#define DISPATCH()                  \
  do {                              \
    f->instr = ip;                  \
    Instr in_ = *ip++;              \
    oparg = in_.arg();              \
    goto* kTargets[in_.op()];       \
  } while (0)
#define TARGET(op) L_##op:
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define NAME(i) static_cast<Str*>(names[i].as_object())
#define JUMP_TO(t) (ip = f->first_instr() + (t))
#define POLL_BREAKER()                                                 \
  do {                                                                 \
    if (ts->eval_breaker.load(std::memory_order_relaxed)) {            \
      f->sp = sp;                                                      \
      if (handle_eval_breaker(ts) < 0) goto error;                     \
    }                                                                  \
  } while (0)

  ts->current_frame = f;
  f->state = kFrameRunning;
  LOAD_FRAME();
  if (throwing) goto error_no_chain;
  DISPATCH();

  TARGET(NOP) { DISPATCH(); }
  TARGET(POP_TOP) {
    decref(POP());
    DISPATCH();
  }
  TARGET(PUSH_NULL) {
    PUSH(Value());
    DISPATCH();
  }
  TARGET(COPY) {
    Value v = sp[-int(oparg)];
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(SWAP) {
    Value t = TOP();
    TOP() = sp[-int(oparg)];
    sp[-int(oparg)] = t;
    DISPATCH();
  }

  // ---- locals, cells, names --------------------------------------------------------
  TARGET(LOAD_CONST) {
    Value v = consts[oparg];
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(LOAD_FAST) {
    Value v = lp[oparg];
    if (__builtin_expect(v.is_null(), 0)) {
      raise_unbound(ts, f->code, int(oparg));
      goto error;
    }
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    Value old = lp[oparg];
    lp[oparg] = POP();
    decref(old);
    DISPATCH();
  }
  TARGET(DELETE_FAST) {
    Value old = lp[oparg];
    if (old.is_null()) {
      raise_unbound(ts, f->code, int(oparg));
      goto error;
    }
    lp[oparg] = Value();
    decref(old);
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    int slot = f->code->nlocals + int(oparg);
    Ref v = cell_get(static_cast<Cell*>(lp[slot].as_object()));
    if (!v) {
      raise_unbound(ts, f->code, slot);
      goto error;
    }
    PUSH(v.release());
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    Value v = POP();
    cell_set(static_cast<Cell*>(lp[f->code->nlocals + int(oparg)].as_object()), v);
    decref(v);
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    int slot = f->code->nlocals + int(oparg);
    Cell* c = static_cast<Cell*>(lp[slot].as_object());
    if (c->ref.load(std::memory_order_acquire) == 0) {
      raise_unbound(ts, f->code, slot);
      goto error;
    }
    cell_set(c, Value());
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    Value c = lp[f->code->nlocals + int(oparg)];
    incref(c);
    PUSH(c);
    DISPATCH();
  }
  TARGET(LOAD_CLASSDEREF) {
    f->sp = sp;
    Ref v = load_classderef_op(ts, f, int(oparg));
    if (!v) goto error;
    PUSH(v.release());
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    f->sp = sp;
    Ref v = load_name_op(ts, f, NAME(oparg));
    if (!v) goto error;
    PUSH(v.release());
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    Value v = TOP();
    f->sp = sp;
    int r;
    if (!f->locals) {
      set_error(ts, &SystemError_type, "no locals found when storing a name");
      goto error;
    }
    if (is_exact_dict(f->locals))
      r = dict_set(ts, dict_of(f->locals), Value(NAME(oparg)), v);
    else
      r = set_item(ts, f->locals, Value(NAME(oparg)), v);
    if (r < 0) goto error;
    decref(POP());
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    if (!f->locals) {
      set_error(ts, &SystemError_type, "no locals when deleting a name");
      goto error;
    }
    f->sp = sp;
    if (del_item(ts, f->locals, Value(NAME(oparg))) < 0) {
      if (error_matches(ts, &KeyError_type)) {
        clear_error(ts);
        raise_name_error(ts, Value(NAME(oparg)));
      }
      goto error;
    }
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
    if (Function* fn = f->func) {
      Value cached = global_cache_get(fn, f->code, ip - 1);
      if (cached) {
        incref(cached);
        PUSH(cached);
        DISPATCH();
      }
    }
    Str* name = NAME(oparg);
    Ref v;
    if (__builtin_expect(is_exact_dict(val_of(f->globals)) && is_exact_dict(val_of(f->builtins)), 1)) {
      uint64_t gv = f->globals->version.load(std::memory_order_acquire);
      uint64_t bv = f->builtins->version.load(std::memory_order_acquire);
      v = dict_get_str(ts, f->globals, name);
      if (!v) {
        if (ts->has_error()) goto error;
        v = dict_get_str(ts, f->builtins, name);
        if (!v) {
          if (!ts->has_error()) raise_name_error(ts, Value(name));
          goto error;
        }
      }
      if (f->func) global_cache_fill(f->func, f->code, ip - 1, gv, bv, v);
    } else {
      f->sp = sp;
      v = load_global_slow(ts, f, name);
      if (!v) goto error;
    }
    PUSH(v.release());
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    f->sp = sp;
    if (dict_set(ts, f->globals, Value(NAME(oparg)), TOP()) < 0) goto error;
    decref(POP());
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    f->sp = sp;
    if (dict_del(ts, f->globals, Value(NAME(oparg))) < 0) {
      if (error_matches(ts, &KeyError_type)) {
        clear_error(ts);
        raise_name_error(ts, Value(NAME(oparg)));
      }
      goto error;
    }
    DISPATCH();
  }

  // ---- attributes ------------------------------------------------------------------
  TARGET(LOAD_ATTR) {
    f->sp = sp;
    Ref v = get_attr(ts, TOP(), NAME(oparg));
    if (!v) goto error;
    Value owner = TOP();
    TOP() = v.release();
    decref(owner);
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    f->sp = sp;
    if (set_attr(ts, TOP(), NAME(oparg), SECOND()) < 0) goto error;
    decref(POP());
    decref(POP());
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    f->sp = sp;
    if (del_attr(ts, TOP(), NAME(oparg)) < 0) goto error;
    decref(POP());
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    f->sp = sp;
    Value obj = TOP();
    bool unbound = false;
    Ref m = get_method(ts, obj, NAME(oparg), &unbound);
    if (!m) goto error;
    if (unbound) {
      TOP() = m.release();
      PUSH(obj);  // the reference moves from the old TOP
    } else {
      TOP() = m.release();
      decref(obj);
      PUSH(Value());
    }
    DISPATCH();
  }
  TARGET(LOAD_LOCALS) {
    if (!f->locals) {
      set_error(ts, &SystemError_type, "no locals found");
      goto error;
    }
    incref(f->locals);
    PUSH(f->locals);
    DISPATCH();
  }
  TARGET(LOAD_BUILD_CLASS) {
    f->sp = sp;
    Ref bc = is_exact_dict(val_of(f->builtins))
                 ? dict_get_str(ts, f->builtins, ident(ts, "__build_class__"))
                 : get_item(ts, val_of(f->builtins), Value(ident(ts, "__build_class__")));
    if (!bc) {
      if (!ts->has_error() || error_matches(ts, &KeyError_type)) {
        clear_error(ts);
        set_error(ts, &NameError_type, "__build_class__ not found");
      }
      goto error;
    }
    PUSH(bc.release());
    DISPATCH();
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(Value(&AssertionError_type));
    DISPATCH();
  }
  TARGET(SETUP_ANNOTATIONS) {
    f->sp = sp;
    if (setup_annotations_op(ts, f) < 0) goto error;
    DISPATCH();
  }

  // ---- operators ------------------------------------------------------------------------
  TARGET(BINARY_OP) {
    Value b = TOP();
    Value a = SECOND();
    Ref r;
    int op = int(oparg & 15);
    if (a.is_small_int() && b.is_small_int()) {
      r = small_int_binop(op, a.as_small_int(), b.as_small_int());
    } else if (a.is_object() && b.is_object() && a.as_object()->type == &float_type &&
               b.as_object()->type == &float_type) {
      r = float_binop(op, float_value(a), float_value(b));
    }
    if (!r) {
      f->sp = sp;
      r = (oparg & 16) ? inplace_op(ts, static_cast<BinOp>(op), a, b)
                       : binary_op(ts, static_cast<BinOp>(op), a, b);
      if (!r) goto error;
    }
    sp -= 2;
    decref(a);
    decref(b);
    PUSH(r.release());
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    Value v = TOP();
    Ref r;
    if (v.is_small_int()) {
      r = new_int(-v.as_small_int());  // -kSmallMin is not a small int
    } else {
      f->sp = sp;
      r = unary_neg(ts, v);
      if (!r) goto error;
    }
    TOP() = r.release();
    decref(v);
    DISPATCH();
  }
  TARGET(UNARY_POSITIVE) {
    f->sp = sp;
    Ref r = unary_pos(ts, TOP());
    if (!r) goto error;
    Value v = TOP();
    TOP() = r.release();
    decref(v);
    DISPATCH();
  }
  TARGET(UNARY_INVERT) {
    f->sp = sp;
    Ref r = unary_invert(ts, TOP());
    if (!r) goto error;
    Value v = TOP();
    TOP() = r.release();
    decref(v);
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    f->sp = sp;
    int t = fast_truth(ts, TOP());
    if (t < 0) goto error;
    Value v = TOP();
    TOP() = vbool(!t);
    decref(v);
    DISPATCH();
  }
  TARGET(COMPARE_OP) {
    Value b = TOP();
    Value a = SECOND();
    Value res;
    if (a.is_small_int() && b.is_small_int()) {
      res = vbool(small_compare(static_cast<CmpOp>(oparg), a.as_small_int(), b.as_small_int()));
    } else {
      f->sp = sp;
      Ref r = rich_compare(ts, a, b, static_cast<CmpOp>(oparg));
      if (!r) goto error;
      res = r.release();
    }
    sp -= 2;
    decref(a);
    decref(b);
    PUSH(res);
    DISPATCH();
  }
  TARGET(IS_OP) {
    Value b = POP();
    Value a = POP();
    bool r = a.is(b) != (oparg != 0);
    decref(a);
    decref(b);
    PUSH(vbool(r));
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    f->sp = sp;
    int r = contains(ts, TOP(), SECOND());
    if (r < 0) goto error;
    decref(POP());
    decref(POP());
    PUSH(vbool((r != 0) != (oparg != 0)));
    DISPATCH();
  }

  // ---- subscripts and builders -----------------------------------------------------------
  TARGET(BINARY_SUBSCR) {
    Value k = TOP();
    Value c = SECOND();
    Value v = fast_subscr(c, k);
    if (v.is_null()) {
      f->sp = sp;
      Ref r;
      if (is_exact_dict(c)) {
        r = dict_get(ts, dict_of(c), k);
        if (!r && !ts->has_error()) set_key_error(ts, k);
      } else {
        r = get_item(ts, c, k);
      }
      if (!r) goto error;
      v = r.release();
    }
    sp -= 2;
    decref(c);
    decref(k);
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    Value k = TOP();
    Value c = SECOND();
    Value v = THIRD();
    if (fast_store_subscr(c, k, v)) {
      sp -= 3;
      decref(c);
      decref(k);
      DISPATCH();
    }
    f->sp = sp;
    int r = is_exact_dict(c) ? dict_set(ts, dict_of(c), k, v) : set_item(ts, c, k, v);
    if (r < 0) goto error;
    sp -= 3;
    decref(c);
    decref(k);
    decref(v);
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    f->sp = sp;
    if (del_item(ts, SECOND(), TOP()) < 0) goto error;
    decref(POP());
    decref(POP());
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    Value step = oparg == 3 ? POP() : Value();
    Value stop = POP();
    Value start = POP();
    Ref s = new_slice(start, stop, step);
    decref(start);
    decref(stop);
    decref(step);
    if (!s) goto error;
    PUSH(s.release());
    DISPATCH();
  }
  TARGET(BUILD_TUPLE) {
    Tuple* t = new_tuple_uninit(oparg);
    if (!t) goto error;
    sp -= oparg;
    for (uint32_t i = 0; i < oparg; ++i) t->items[i] = sp[i];
    PUSH(Value(t));
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    Ref l = new_list(oparg);
    if (!l) goto error;
    Value* items = l.as<List>()->items.load(std::memory_order_relaxed);
    sp -= oparg;
    for (uint32_t i = 0; i < oparg; ++i) items[i] = sp[i];
    PUSH(l.release());
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    f->sp = sp;
    Ref s = new_set(ts, Value());
    if (!s) goto error;
    for (uint32_t i = 0; i < oparg; ++i)
      if (set_add(ts, set_of(s), sp[-int(oparg) + int(i)]) < 0) goto error;
    for (uint32_t i = 0; i < oparg; ++i) decref(POP());
    PUSH(s.release());
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    f->sp = sp;
    Ref d = new_dict();
    if (!d) goto error;
    Value* base = sp - 2 * int(oparg);
    for (uint32_t i = 0; i < oparg; ++i)
      if (dict_set(ts, dict_of(d), base[2 * i], base[2 * i + 1]) < 0) goto error;
    while (sp > base) decref(POP());
    PUSH(d.release());
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    f->sp = sp;
    Ref s = oparg ? build_string(ts, sp - oparg, int(oparg)) : new_str_ascii("");
    if (!s) goto error;
    for (uint32_t i = 0; i < oparg; ++i) decref(POP());
    PUSH(s.release());
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    Value v = TOP();
    f->sp = sp;
    if (list_append(ts, static_cast<List*>(sp[-1 - int(oparg)].as_object()), v) < 0) goto error;
    decref(POP());
    DISPATCH();
  }
  TARGET(SET_ADD) {
    f->sp = sp;
    if (set_add(ts, set_of(sp[-1 - int(oparg)]), TOP()) < 0) goto error;
    decref(POP());
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    f->sp = sp;
    if (dict_set(ts, dict_of(sp[-2 - int(oparg)]), SECOND(), TOP()) < 0) goto error;
    decref(POP());
    decref(POP());
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    f->sp = sp;
    if (list_extend_op(ts, sp[-1 - int(oparg)], TOP()) < 0) goto error;
    decref(POP());
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    f->sp = sp;
    if (set_update_op(ts, sp[-1 - int(oparg)], TOP()) < 0) goto error;
    decref(POP());
    DISPATCH();
  }
  TARGET(DICT_UPDATE) {
    f->sp = sp;
    if (dict_update_op(ts, sp[-1 - int(oparg)], TOP()) < 0) goto error;
    decref(POP());
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    f->sp = sp;
    // [callable, self_or_null, args_tuple, dict, update]: the callable (for the
    // error messages) is below self_or_null and the positional-args tuple.
    if (dict_merge_op(ts, sp[-1 - int(oparg)], TOP(), sp[-4 - int(oparg)]) < 0) goto error;
    decref(POP());
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    f->sp = sp;
    Ref t = list_as_tuple(ts, static_cast<List*>(TOP().as_object()));
    if (!t) goto error;
    Value l = TOP();
    TOP() = t.release();
    decref(l);
    DISPATCH();
  }
  TARGET(UNPACK_SEQUENCE) {
    Value seq = TOP();
    int n = int(oparg);
    if (is_exact_tuple(seq) && static_cast<Tuple*>(seq.as_object())->length == n) {
      Value* items = static_cast<Tuple*>(seq.as_object())->items;
      --sp;
      for (int i = n - 1; i >= 0; --i) {
        incref(items[i]);
        PUSH(items[i]);
      }
      decref(seq);
      DISPATCH();
    }
    if (is_exact_list(seq)) {
      List* l = static_cast<List*>(seq.as_object());
      l->mutex.lock();
      if (l->length.load(std::memory_order_relaxed) == n) {
        Value* items = l->items.load(std::memory_order_relaxed);
        --sp;
        for (int i = n - 1; i >= 0; --i) {
          incref(items[i]);
          PUSH(items[i]);
        }
        l->mutex.unlock();
        decref(seq);
        DISPATCH();
      }
      l->mutex.unlock();
    }
    --sp;  // seq's reference is held by the local while the slots are refilled
    f->sp = sp;
    bool ok = unpack_iterable(ts, seq, n, -1, sp);
    decref(seq);
    if (!ok) goto error;
    sp += n;
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    Value seq = POP();
    int before = int(oparg & 0xFF), after = int(oparg >> 8);
    f->sp = sp;
    bool ok = unpack_iterable(ts, seq, before, after, sp);
    decref(seq);
    if (!ok) goto error;
    sp += before + 1 + after;
    DISPATCH();
  }
  TARGET(FORMAT_VALUE) {
    Value spec = (oparg & 4) ? POP() : Value();
    Value v = TOP();
    f->sp = sp;
    Ref r = format_value(ts, v, int(oparg & 3), spec);
    decref(spec);
    if (!r) goto error;
    TOP() = r.release();
    decref(v);
    DISPATCH();
  }

  // ---- iteration and jumps ------------------------------------------------------------------
  TARGET(GET_ITER) {
    f->sp = sp;
    Ref it = get_iter(ts, TOP());
    if (!it) goto error;
    Value v = TOP();
    TOP() = it.release();
    decref(v);
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value it = TOP();
    NextFn next = type_of(it)->next;
    f->sp = sp;
    Ref v = next ? next(ts, it) : iter_next(ts, it);
    if (v) {
      PUSH(v.release());
      DISPATCH();
    }
    if (ts->has_error()) {
      if (!error_matches(ts, &StopIteration_type)) goto error;
      clear_error(ts);
    }
    decref(POP());
    JUMP_TO(oparg);
    DISPATCH();
  }
  TARGET(JUMP) {
    if (int(oparg) <= int(ip - 1 - f->first_instr())) POLL_BREAKER();
    JUMP_TO(oparg);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    if (is_false_obj(v)) {
      JUMP_TO(oparg);
    } else if (!is_true_obj(v)) {
      f->sp = sp;
      int t = fast_truth(ts, v);
      decref(v);
      if (t < 0) goto error;
      if (!t) JUMP_TO(oparg);
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    if (is_true_obj(v)) {
      JUMP_TO(oparg);
    } else if (!is_false_obj(v)) {
      f->sp = sp;
      int t = fast_truth(ts, v);
      decref(v);
      if (t < 0) goto error;
      if (t) JUMP_TO(oparg);
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_NONE) {
    Value v = POP();
    if (v.is(None())) JUMP_TO(oparg);
    decref(v);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_NOT_NONE) {
    Value v = POP();
    if (!v.is(None())) JUMP_TO(oparg);
    decref(v);
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    f->sp = sp;
    int t = fast_truth(ts, TOP());
    if (t < 0) goto error;
    if (!t) {
      JUMP_TO(oparg);
    } else {
      decref(POP());
    }
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    f->sp = sp;
    int t = fast_truth(ts, TOP());
    if (t < 0) goto error;
    if (t) {
      JUMP_TO(oparg);
    } else {
      decref(POP());
    }
    DISPATCH();
  }
  TARGET(RETURN_VALUE) {
    retval = Ref::steal(POP());
    goto leave_frame;
  }

  // ---- calls -------------------------------------------------------------------------
  TARGET(KW_NAMES) {
    kwnames = static_cast<Tuple*>(consts[oparg].as_object());
    DISPATCH();
  }
  TARGET(CALL) {
    Value* base = sp - int(oparg) - 2;  // [callable, self_or_null, args...]
    Value callable = base[0];
    Value* args = base + 2;
    Tuple* kw = kwnames;
    kwnames = nullptr;
    // Vectorcall: nargs counts the positional arguments; the keyword values follow.
    size_t nargs = oparg - (kw ? size_t(kw->length) : 0);
    if (base[1]) {
      args = base + 1;
      ++nargs;
    } else if (callable.is_object() && callable.as_object()->type == &method_type) {
      Method* m = static_cast<Method*>(callable.as_object());
      incref(m->self);
      incref(m->func);
      base[1] = m->self;
      base[0] = m->func;
      decref(callable);
      callable = base[0];
      args = base + 1;
      ++nargs;
    }
    POLL_BREAKER();
    if (callable.is_object() && callable.as_object()->type == &function_type) {
      Function* fn = static_cast<Function*>(callable.as_object());
      Code* co = fn->code;
      if (!(co->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
        if (ts->recursion_depth >= ts->recursion_limit) {
          set_error(ts, &RecursionError_type, "maximum recursion depth exceeded");
          goto error;
        }
        Frame* nf = arena_alloc(ts, frame_bytes(co));
        if (!nf) goto error;
        frame_init(nf, co, fn, fn->globals, fn->builtins, true);
        base[0] = Value();  // the callable's reference now belongs to nf->func
        if (!kw && nargs == size_t(co->argcount) && co->kwonlyargcount == 0 &&
            !(co->flags & (kCoVarargs | kCoVarKeywords))) {
          std::memcpy(static_cast<void*>(nf->localsplus()), args, sizeof(Value) * nargs);
          sp = base;
          if (code_has_cells(co) && init_cells_and_frees(nf, fn) < 0) {
            frame_release(nf);
            arena_free(ts, nf);
            goto error;
          }
        } else {
          f->sp = sp;
          int r = bind_arguments(ts, nf, fn, args, nargs, kw);
          while (sp > base + 1) decref(POP());
          decref(POP());
          if (r < 0) {
            frame_release(nf);
            arena_free(ts, nf);
            goto error;
          }
        }
        ts->recursion_depth++;
        f->sp = sp;
        f->resume_at = ip;
        nf->previous = f;
        nf->gen_link = f->gen_link;
        nf->is_entry = false;
        nf->state = kFrameRunning;
        f = nf;
        ts->current_frame = f;
        LOAD_FRAME();
        DISPATCH();
      }
    }
    f->sp = sp;
    Ref res = call(ts, callable, args, nargs, kw);
    while (sp > base) decref(POP());
    if (!res) goto error;
    PUSH(res.release());
    DISPATCH();
  }
  TARGET(CALL_FUNCTION_EX) {
    f->sp = sp;
    Value kwargs = (oparg & 1) ? TOP() : Value();
    Value* base = sp - ((oparg & 1) ? 4 : 3);
    Ref res = call_function_ex(ts, base[0], base[1], base[2], kwargs);
    while (sp > base) decref(POP());
    if (!res) goto error;
    PUSH(res.release());
    DISPATCH();
  }
  TARGET(MAKE_FUNCTION) {
    f->sp = sp;
    Ref fn = make_function_op(ts, f, int(oparg), sp);
    if (!fn) goto error;
    int n = 1 + !!(oparg & 1) + !!(oparg & 2) + !!(oparg & 4) + !!(oparg & 8);
    for (int i = 0; i < n; ++i) decref(POP());
    PUSH(fn.release());
    DISPATCH();
  }
  TARGET(IMPORT_NAME) {
    f->sp = sp;
    Ref m = import_name(ts, Value(NAME(oparg)), val_of(f->globals), TOP(), SECOND());
    if (!m) goto error;
    decref(POP());
    decref(POP());
    PUSH(m.release());
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    f->sp = sp;
    Ref v = import_from(ts, TOP(), NAME(oparg));
    if (!v) goto error;
    PUSH(v.release());
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    f->sp = sp;
    if (!f->locals) {
      set_error(ts, &SystemError_type, "no locals found during 'import *'");
      goto error;
    }
    if (import_star(ts, TOP(), f->locals) < 0) goto error;
    decref(POP());
    DISPATCH();
  }

  // ---- exceptions ------------------------------------------------------------------------
  TARGET(RAISE_VARARGS) {
    Value cause = oparg == 2 ? POP() : Value();
    Value exc = oparg >= 1 ? POP() : Value();
    f->sp = sp;
    int r = do_raise(ts, exc, cause);
    decref(exc);
    decref(cause);
    if (r) goto exception_unwind;
    goto error;
  }
  TARGET(SETUP_FINALLY) {
    if (f->nblocks >= f->max_blocks) {
      set_error(ts, &SystemError_type, "too many statically nested blocks");
      goto error;
    }
    f->blocks[f->nblocks++] = Block{int32_t(oparg), int32_t(sp - f->stack_base())};
    DISPATCH();
  }
  TARGET(POP_BLOCK) {
    if (f->nblocks) --f->nblocks;
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    Value prev = POP();
    ts->handled_exc = Ref::steal(prev);
    DISPATCH();
  }
  TARGET(RERAISE) {
    Value exc = POP();
    if (oparg) ts->handled_exc = Ref::steal(POP());
    if (is_exc_instance(exc)) {
      ts->exc = Ref::steal(exc);
      goto exception_unwind;
    }
    f->sp = sp;
    set_error_value(ts, exc);
    decref(exc);
    goto error;
  }
  TARGET(CHECK_EXC_MATCH) {
    Value type = TOP();
    f->sp = sp;
    if (check_except_type(ts, type, false) < 0) goto error;
    bool m = exc_matches(SECOND(), type);
    TOP() = vbool(m);
    decref(type);
    DISPATCH();
  }
  TARGET(CHECK_EG_MATCH) {
    Value type = TOP();
    Value exc = SECOND();
    f->sp = sp;
    if (check_except_type(ts, type, true) < 0) goto error;
    Ref match, rest;
    if (eg_match(ts, exc, type, &match, &rest) < 0) goto error;
    decref(type);
    if (match.get().is(None())) {
      TOP() = match.release();
    } else {
      ts->handled_exc = match;
      SECOND() = rest.release();
      TOP() = match.release();
      decref(exc);
    }
    DISPATCH();
  }
  TARGET(PREP_RERAISE_STAR) {
    f->sp = sp;
    Ref r = prep_reraise_star(ts, SECOND(), TOP());
    if (!r) goto error;
    decref(POP());
    decref(POP());
    PUSH(r.release());
    DISPATCH();
  }
  TARGET(BEFORE_WITH) {
    f->sp = sp;
    Ref exit, res;
    if (before_with(ts, TOP(), false, &exit, &res) < 0) goto error;
    Value mgr = TOP();
    TOP() = exit.release();
    decref(mgr);
    PUSH(res.release());
    DISPATCH();
  }
  TARGET(BEFORE_ASYNC_WITH) {
    f->sp = sp;
    Ref exit, res;
    if (before_with(ts, TOP(), true, &exit, &res) < 0) goto error;
    Value mgr = TOP();
    TOP() = exit.release();
    decref(mgr);
    PUSH(res.release());
    DISPATCH();
  }
  TARGET(WITH_EXCEPT_START) {
    f->sp = sp;
    Ref r = with_exit_call(ts, THIRD(), TOP());
    if (!r) goto error;
    PUSH(r.release());
    DISPATCH();
  }

  // ---- generators and coroutines --------------------------------------------------------------
  TARGET(YIELD_VALUE) {
    Value v = POP();
    if (f->code->flags & kCoAsyncGenerator) {
      f->sp = sp;
      Ref w = async_gen_wrap_value(ts, v);
      decref(v);
      if (!w) goto error;
      v = w.release();
    }
    f->resume_at = ip;
    retval = Ref::steal(v);
    goto suspend_frame;
  }
  TARGET(YIELD_FROM) {
    Value v = POP();
    f->sp = sp;
    bool done = false;
    Ref r = yield_from_send(ts, TOP(), v, &done);
    decref(v);
    if (!r) goto error;
    if (done) {
      decref(POP());
      PUSH(r.release());
      DISPATCH();
    }
    f->resume_at = ip - 1;  // re-run YIELD_FROM with the value sent on resumption
    retval = std::move(r);
    goto suspend_frame;
  }
  TARGET(GET_YIELD_FROM_ITER) {
    f->sp = sp;
    Ref it = get_yield_from_iter(ts, f, TOP());
    if (!it) goto error;
    Value v = TOP();
    TOP() = it.release();
    decref(v);
    DISPATCH();
  }
  TARGET(GET_AWAITABLE) {
    f->sp = sp;
    Ref it = get_awaitable(ts, TOP(), int(oparg));
    if (!it) goto error;
    Value v = TOP();
    TOP() = it.release();
    decref(v);
    DISPATCH();
  }
  TARGET(GET_AITER) {
    f->sp = sp;
    Ref it = get_aiter(ts, TOP());
    if (!it) goto error;
    Value v = TOP();
    TOP() = it.release();
    decref(v);
    DISPATCH();
  }
  TARGET(GET_ANEXT) {
    f->sp = sp;
    Ref aw = get_anext(ts, TOP());
    if (!aw) goto error;
    PUSH(aw.release());
    DISPATCH();
  }
  TARGET(END_ASYNC_FOR) {
    Value exc = POP();
    ts->handled_exc = Ref::steal(POP());
    if (is_exc_instance(exc) && is_subtype(type_of(exc), &StopAsyncIteration_type)) {
      decref(exc);
      decref(POP());  // the async iterator: the loop is over
      DISPATCH();
    }
    ts->exc = Ref::steal(exc);
    goto exception_unwind;
  }

  // ---- pattern matching ---------------------------------------------------------------------
  TARGET(MATCH_CLASS) {
    f->sp = sp;
    Ref r = match_class(ts, THIRD(), SECOND(), TOP(), int(oparg));
    if (!r && ts->has_error()) goto error;
    decref(POP());
    decref(POP());
    decref(POP());
    PUSH(r ? r.release() : None());
    DISPATCH();
  }
  TARGET(MATCH_MAPPING) {
    Value r = vbool(type_of(TOP())->has_flag(kTypeMapping));
    PUSH(r);
    DISPATCH();
  }
  TARGET(MATCH_SEQUENCE) {
    Value r = vbool(type_of(TOP())->has_flag(kTypeSequence));
    PUSH(r);
    DISPATCH();
  }
  TARGET(MATCH_KEYS) {
    f->sp = sp;
    Ref r = match_keys(ts, SECOND(), TOP());
    if (!r) goto error;
    PUSH(r.release());
    DISPATCH();
  }
  TARGET(GET_LEN) {
    f->sp = sp;
    int64_t n = length_of(ts, TOP());
    if (n < 0) goto error;
    Ref r = new_int(n);
    PUSH(r.release());
    DISPATCH();
  }
  TARGET(COPY_DICT_WITHOUT_KEYS) {
    f->sp = sp;
    Ref r = copy_dict_without_keys(ts, SECOND(), TOP());
    if (!r) goto error;
    Value keys = TOP();
    TOP() = r.release();
    decref(keys);
    DISPATCH();
  }

  // ---- leaving frames -------------------------------------------------------------------------
error:
  if (!ts->exc) set_error(ts, &SystemError_type, "error return without exception set");
  chain_new_exception(ts);
error_no_chain:
  kwnames = nullptr;
  add_traceback_entry(ts, f);
exception_unwind:
  if (f->nblocks > 0) {
    Block b = f->blocks[--f->nblocks];
    Ref exc = std::move(ts->exc);
    Value* level = f->stack_base() + b.level;
    while (sp > level) decref(POP());
    Value prev = ts->handled_exc.release();
    PUSH(prev ? prev : None());
    ts->handled_exc = exc;
    PUSH(exc.release());
    JUMP_TO(b.handler);
    DISPATCH();
  }
  {
    Ref exc = std::move(ts->exc);
    while (sp > f->stack_base()) decref(POP());
    ts->exc = std::move(exc);
  }
  retval = nullptr;

leave_frame : {
  // retval: the return value, or null with ts->exc set.
  Frame* prev = f->previous;
  bool entry = f->is_entry;
  ts->current_frame = prev;
  ts->recursion_depth--;
  f->sp = sp;
  f->state = kFrameCompleted;
  {
    Ref pending = std::move(ts->exc);  // finalizers run by the release must not clobber it
    frame_release(f);                  // (f->previous still set: the frame object's f_back)
    f->previous = nullptr;
    if (f->in_arena) arena_free(ts, f);
    if (ts->exc) clear_error(ts);
    ts->exc = std::move(pending);
  }
  if (entry) return retval;
  f = prev;
  LOAD_FRAME();
  if (retval) {
    PUSH(retval.release());
    DISPATCH();
  }
  goto error_no_chain;
}

suspend_frame:
  // A generator frame stops at a yield; retval is the value to produce.
  f->sp = sp;
  f->state = kFrameSuspended;
  ts->current_frame = f->previous;
  ts->recursion_depth--;
  f->previous = nullptr;
  return retval;

#undef LOAD_FRAME
#undef DISPATCH
#undef TARGET
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef THIRD
#undef NAME
#undef JUMP_TO
#undef POLL_BREAKER
}

// ---- module-level entry ------------------------------------------------------------

// The builtins a frame running with `globals` uses: globals['__builtins__']
// (a module or a dict), else the interpreter's. New reference.
static Ref builtins_from_globals(ThreadState* ts, Dict* globals) {
  Ref b = dict_get_str(ts, globals, ident(ts, "__builtins__"));
  if (ts->has_error()) clear_error(ts);
  if (b && isinstance_of(b, &module_type)) return Ref::borrow(val_of(module_dict(b)));
  if (b && is_dict(b)) return b;
  return Ref::borrow(ts->interp->builtins_dict.get());
}

Ref eval_code(ThreadState* ts, Code* code, Dict* globals, Value locals) {
  if (code_nfrees(code)) {
    set_error(ts, &TypeError_type, "code object passed to exec() may not contain free variables");
    return nullptr;
  }
  Ref builtins = builtins_from_globals(ts, globals);
  Frame* f = arena_alloc(ts, frame_bytes(code));
  if (!f) return nullptr;
  incref(val_of(globals));  // frames without a function own globals and builtins
  frame_init(f, code, nullptr, globals, dict_of(builtins.release()), true);
  f->locals = Ref::borrow(locals ? locals : val_of(globals)).release();
  if (code_has_cells(code) && init_cells_and_frees(f, nullptr) < 0) {
    frame_release(f);
    arena_free(ts, f);
    return nullptr;
  }
  return run_entry_frame(ts, f);
}

}  // namespace weft

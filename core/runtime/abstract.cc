// The generic object protocol, part 1: truth, hashing, text (repr/str/ascii/
// format), comparisons and numeric operators, following CPython's slot
// protocols (binary_op1, do_richcompare) so reflected operations and error
// messages match. Containers, iteration and calls are in abstract_seq.cc.
#include <cstdio>
#include <string>
#include <vector>

#include "core/types/type_internal.h"

namespace weft {

// ---- truth and hashing --------------------------------------------------------------
int truthy(ThreadState* ts, Value v) {
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is(Bool(true))) return 1;
  if (v.is(Bool(false)) || v.is(None())) return 0;
  Type* t = type_of(v);
  if (t->to_bool) return t->to_bool(ts, v);
  if (t->len) {
    int64_t n = t->len(ts, v);
    if (n < 0) return -1;
    return n > 0;
  }
  return 1;
}

int64_t hash_not_implemented(ThreadState* ts, Value v) {
  set_errorf(ts, &TypeError_type, "unhashable type: '%s'", type_name(v));
  return -1;
}

int64_t hash_of(ThreadState* ts, Value v) {
  if (v.is_small_int()) return int_hash(v);
  Type* t = type_of(v);
  if (t->hash) return t->hash(ts, v);
  return hash_not_implemented(ts, v);
}

// ---- text ------------------------------------------------------------------------------
Ref repr_of(ThreadState* ts, Value v) {
  Type* t = type_of(v);
  if (!t->repr) return str_from_format("<%s object at %p>", t->name, v.as_object());
  if (check_native_stack(ts, " while getting the repr of an object")) return nullptr;
  Ref r = t->repr(ts, v);
  if (!r) return nullptr;
  if (!is_str(r.get())) {
    set_errorf(ts, &TypeError_type, "__repr__ returned non-string (type %s)", type_name(r.get()));
    return nullptr;
  }
  return r;
}

Ref str_of(ThreadState* ts, Value v) {
  if (is_exact_str(v)) return Ref::borrow(v);
  Type* t = type_of(v);
  if (!t->str) return repr_of(ts, v);
  if (check_native_stack(ts, " while getting the str of an object")) return nullptr;
  Ref r = t->str(ts, v);
  if (!r) return nullptr;
  if (!is_str(r.get())) {
    set_errorf(ts, &TypeError_type, "__str__ returned non-string (type %s)", type_name(r.get()));
    return nullptr;
  }
  return r;
}

Ref ascii_of(ThreadState* ts, Value v) {
  Ref r = repr_of(ts, v);
  if (!r) return nullptr;
  Str* s = r.as<Str>();
  if (s->ascii) return r;
  std::string out;
  try {
    out.reserve(static_cast<size_t>(s->length) + 16);
    char buf[16];
    for (int64_t i = 0; i < s->length; i++) {
      uint32_t c = s->at(i);
      if (c < 0x80) {
        out.push_back(static_cast<char>(c));
        continue;
      }
      if (c < 0x100)
        snprintf(buf, sizeof buf, "\\x%02x", c);
      else if (c < 0x10000)
        snprintf(buf, sizeof buf, "\\u%04x", c);
      else
        snprintf(buf, sizeof buf, "\\U%08x", c);
      out += buf;
    }
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  return new_str_ascii(out);
}

Ref format_of(ThreadState* ts, Value v, Value spec) {
  Ref empty;
  if (spec.is_null()) {
    empty = new_str_ascii("");
    if (!empty) return nullptr;
    spec = empty.get();
  }
  if (!is_str(spec)) {
    set_errorf(ts, &TypeError_type, "format() argument 2 must be str, not %s", type_name(spec));
    return nullptr;
  }
  if (static_cast<Str*>(spec.as_object())->length == 0) {
    if (is_exact_str(v)) return Ref::borrow(v);
    if (v.is_small_int() || is_exact_int(v)) return str_of(ts, v);
  }
  Ref meth = lookup_special(ts, v, ID("__format__"));
  if (!meth) {
    if (!ts->has_error())
      set_errorf(ts, &TypeError_type, "Type %s doesn't define __format__", type_name(v));
    return nullptr;
  }
  Ref r = call1(ts, meth.get(), spec);
  if (!r) return nullptr;
  if (!is_str(r.get())) {
    set_errorf(ts, &TypeError_type, "__format__ must return a str, not %s", type_name(r.get()));
    return nullptr;
  }
  return r;
}

// ---- repr recursion guard -----------------------------------------------------------------
static std::vector<Object*>* repr_set(ThreadState* ts, bool create) {
  auto* v = static_cast<std::vector<Object*>*>(ts->repr_running);
  if (!v && create) {
    v = new (std::nothrow) std::vector<Object*>();
    ts->repr_running = v;
  }
  return v;
}

int repr_enter(ThreadState* ts, Value v) {
  auto* set = repr_set(ts, true);
  if (!set) {
    set_no_memory(ts);
    return -1;
  }
  Object* o = v.as_object();
  for (Object* x : *set)
    if (x == o) return 1;
  try {
    set->push_back(o);
  } catch (const std::bad_alloc&) {
    set_no_memory(ts);
    return -1;
  }
  return 0;
}

void repr_leave(ThreadState* ts, Value v) {
  auto* set = repr_set(ts, false);
  if (!set) return;
  Object* o = v.as_object();
  for (size_t i = set->size(); i-- > 0;) {
    if ((*set)[i] == o) {
      set->erase(set->begin() + static_cast<int64_t>(i));
      return;
    }
  }
}

void repr_state_free(ThreadState* ts) {
  delete static_cast<std::vector<Object*>*>(ts->repr_running);
  ts->repr_running = nullptr;
}

// ---- comparisons ---------------------------------------------------------------------------
static const CmpOp kSwapped[6] = {CmpOp::Gt, CmpOp::Ge, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le};
static const char* const kCmpSymbols[6] = {"<", "<=", "==", "!=", ">", ">="};

static Ref do_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool checked_reverse = false;
  if (ta != tb && tb->richcompare && is_subtype(tb, ta)) {
    checked_reverse = true;
    Ref r = tb->richcompare(ts, b, a, kSwapped[int(op)]);
    if (!r || !r.get().is(NotImpl())) return r;
  }
  if (ta->richcompare) {
    Ref r = ta->richcompare(ts, a, b, op);
    if (!r || !r.get().is(NotImpl())) return r;
  }
  if (!checked_reverse && tb->richcompare) {
    Ref r = tb->richcompare(ts, b, a, kSwapped[int(op)]);
    if (!r || !r.get().is(NotImpl())) return r;
  }
  switch (op) {
    case CmpOp::Eq: return new_bool(a.is(b));
    case CmpOp::Ne: return new_bool(!a.is(b));
    default:
      set_errorf(ts, &TypeError_type, "'%s' not supported between instances of '%s' and '%s'",
                 kCmpSymbols[int(op)], ta->name, tb->name);
      return nullptr;
  }
}

Ref rich_compare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (check_native_stack(ts, " in comparison")) return nullptr;
  return do_richcompare(ts, a, b, op);
}

int rich_compare_bool(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (a.is(b)) {
    if (op == CmpOp::Eq) return 1;
    if (op == CmpOp::Ne) return 0;
  }
  Ref r = rich_compare(ts, a, b, op);
  if (!r) return -1;
  if (r.get().is(Bool(true))) return 1;
  if (r.get().is(Bool(false))) return 0;
  return truthy(ts, r.get());
}

int equals(ThreadState* ts, Value a, Value b) { return rich_compare_bool(ts, a, b, CmpOp::Eq); }

// ---- numeric operators -------------------------------------------------------------------
const char* binop_symbol(BinOp op) {
  static const char* const s[kBinOpCount] = {"+", "-", "*", "@", "/", "//", "%", "**",
                                             "<<", ">>", "&", "|", "^", "divmod()"};
  return s[int(op)];
}

static const char* binop_error_symbol(BinOp op) {
  if (op == BinOp::Pow) return "** or pow()";
  return binop_symbol(op);
}

static const char* inplace_symbol(BinOp op) {
  static const char* const s[kBinOpCount] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=",
                                             "<<=", ">>=", "&=", "|=", "^=", "divmod()"};
  return s[int(op)];
}

static Ref binary_op1(ThreadState* ts, BinOp op, Value a, Value b) {
  int i = int(op);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  BinaryFn slotv = ta->binary[i];
  BinaryFn slotw = nullptr;
  if (tb != ta) {
    slotw = tb->binary[i];
    if (slotw == slotv) slotw = nullptr;
  }
  if (slotv) {
    if (slotw && is_subtype(tb, ta)) {
      Ref x = slotw(ts, a, b);
      if (!x || !x.get().is(NotImpl())) return x;
      slotw = nullptr;
    }
    Ref x = slotv(ts, a, b);
    if (!x || !x.get().is(NotImpl())) return x;
  }
  if (slotw) return slotw(ts, a, b);
  return new_notimpl();
}

static bool is_print_builtin(Value v) {
  return type_of(v) == &builtin_function_type &&
         strcmp(static_cast<NativeFunction*>(v.as_object())->def->name, "print") == 0;
}

static void binop_type_error(ThreadState* ts, BinOp op, Value a, Value b, const char* sym) {
  if (op == BinOp::RShift && is_print_builtin(a)) {
    set_errorf(ts, &TypeError_type,
               "unsupported operand type(s) for %s: '%s' and '%s'. Did you mean \"print(<message>, "
               "file=<output_stream>)\"?",
               sym, type_name(a), type_name(b));
    return;
  }
  set_errorf(ts, &TypeError_type, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
             type_name(a), type_name(b));
}

Ref binary_op(ThreadState* ts, BinOp op, Value a, Value b) {
  Ref r = binary_op1(ts, op, a, b);
  if (!r || !r.get().is(NotImpl())) return r;
  binop_type_error(ts, op, a, b, binop_error_symbol(op));
  return nullptr;
}

Ref inplace_op(ThreadState* ts, BinOp op, Value a, Value b) {
  if (op == BinOp::DivMod) return binary_op(ts, op, a, b);
  BinaryFn slot = type_of(a)->inplace[int(op)];
  if (slot) {
    Ref x = slot(ts, a, b);
    if (!x || !x.get().is(NotImpl())) return x;
  }
  Ref r = binary_op1(ts, op, a, b);
  if (!r || !r.get().is(NotImpl())) return r;
  binop_type_error(ts, op, a, b, inplace_symbol(op));
  return nullptr;
}

Ref power(ThreadState* ts, Value a, Value b, Value mod) {
  if (mod.is_null() || mod.is(None())) return binary_op(ts, BinOp::Pow, a, b);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  Type* tz = type_of(mod);
  TernaryFn slotv = ta->pow3;
  TernaryFn slotw = nullptr;
  if (tb != ta) {
    slotw = tb->pow3;
    if (slotw == slotv) slotw = nullptr;
  }
  if (slotv) {
    if (slotw && is_subtype(tb, ta)) {
      Ref x = slotw(ts, a, b, mod);
      if (!x || !x.get().is(NotImpl())) return x;
      slotw = nullptr;
    }
    Ref x = slotv(ts, a, b, mod);
    if (!x || !x.get().is(NotImpl())) return x;
  }
  if (slotw) {
    Ref x = slotw(ts, a, b, mod);
    if (!x || !x.get().is(NotImpl())) return x;
  }
  TernaryFn slotz = tz->pow3;
  if (slotz && slotz != slotv && slotz != slotw) {
    Ref x = slotz(ts, a, b, mod);
    if (!x || !x.get().is(NotImpl())) return x;
  }
  set_errorf(ts, &TypeError_type, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
             ta->name, tb->name, tz->name);
  return nullptr;
}

static Ref unary(ThreadState* ts, Value v, UnaryFn fn, const char* what) {
  if (fn) return fn(ts, v);
  set_errorf(ts, &TypeError_type, "bad operand type for %s: '%s'", what, type_name(v));
  return nullptr;
}

Ref unary_neg(ThreadState* ts, Value v) { return unary(ts, v, type_of(v)->neg, "unary -"); }
Ref unary_pos(ThreadState* ts, Value v) { return unary(ts, v, type_of(v)->pos, "unary +"); }
Ref unary_invert(ThreadState* ts, Value v) { return unary(ts, v, type_of(v)->invert, "unary ~"); }
Ref abs_of(ThreadState* ts, Value v) { return unary(ts, v, type_of(v)->abs, "abs()"); }

Ref index_of(ThreadState* ts, Value v) {
  if (is_int(v)) return Ref::borrow(v);
  Type* t = type_of(v);
  if (!t->index) {
    set_errorf(ts, &TypeError_type, "'%s' object cannot be interpreted as an integer", t->name);
    return nullptr;
  }
  Ref r = t->index(ts, v);
  if (!r) return nullptr;
  if (!is_int(r.get())) {
    set_errorf(ts, &TypeError_type, "__index__ returned non-int (type %s)", type_name(r.get()));
    return nullptr;
  }
  return r;
}

bool index_to_i64(ThreadState* ts, Value v, int64_t* out, Type* overflow_exc) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  Ref r = index_of(ts, v);
  if (!r) return false;
  if (r.get().is_small_int()) {
    *out = r.get().as_small_int();
    return true;
  }
  if (int_fits_i64(r.get())) return int_to_i64(ts, r.get(), out);
  if (!overflow_exc) {
    *out = int_sign(r.get()) < 0 ? INT64_MIN : INT64_MAX;
    return true;
  }
  set_errorf(ts, overflow_exc, "cannot fit '%s' into an index-sized integer", type_name(v));
  return false;
}

// An exact int with the value of the int (subclass) v.
static Ref exact_int(ThreadState* ts, Value v) {
  if (is_exact_int(v)) return Ref::borrow(v);
  return int_binary(ts, BinOp::Add, v, Value::small_int(0));
}

Ref number_to_int(ThreadState* ts, Value v) {
  if (is_exact_int(v)) return Ref::borrow(v);
  Type* t = type_of(v);
  if (t->to_int) {
    Ref r = t->to_int(ts, v);
    if (!r) return nullptr;
    if (is_exact_int(r.get())) return r;
    if (!is_int(r.get())) {
      set_errorf(ts, &TypeError_type, "__int__ returned non-int (type %s)", type_name(r.get()));
      return nullptr;
    }
    std::string msg = std::string("__int__ returned non-int (type ") + type_name(r.get()) +
                      ").  The ability to return an instance of a strict subclass of int is "
                      "deprecated, and may be removed in a future version of Python.";
    if (warn(ts, &DeprecationWarning_type, msg) < 0) return nullptr;
    return exact_int(ts, r.get());
  }
  if (t->index) {
    Ref r = index_of(ts, v);
    if (!r) return nullptr;
    return exact_int(ts, r.get());
  }
  if (is_int(v)) return exact_int(ts, v);
  Ref trunc = lookup_special(ts, v, ID("__trunc__"));
  if (trunc) {
    if (warn(ts, &DeprecationWarning_type, "The delegation of int() to __trunc__ is deprecated.") < 0)
      return nullptr;
    Ref r = call0(ts, trunc.get());
    if (!r) return nullptr;
    if (is_int(r.get())) return exact_int(ts, r.get());
    if (!type_of(r.get())->index) {
      set_errorf(ts, &TypeError_type, "__trunc__ returned non-Integral (type %s)",
                 type_name(r.get()));
      return nullptr;
    }
    Ref i = index_of(ts, r.get());
    if (!i) return nullptr;
    return exact_int(ts, i.get());
  }
  if (ts->has_error()) return nullptr;
  if (is_str(v)) return int_from_string(ts, str_utf8(v), 10);
  if (is_bytes(v)) {
    Bytes* b = static_cast<Bytes*>(v.as_object());
    return int_from_string(ts, std::string_view(b->data, size_t(b->length)), 10);
  }
  if (isinstance_of(v, &bytearray_type)) {
    ByteArray* b = static_cast<ByteArray*>(v.as_object());
    return int_from_string(ts, std::string_view(b->data, size_t(b->length)), 10);
  }
  set_errorf(ts, &TypeError_type,
             "int() argument must be a string, a bytes-like object or a real number, not '%s'",
             t->name);
  return nullptr;
}

Ref number_to_float(ThreadState* ts, Value v) {
  if (v.is_object() && v.as_object()->type == &float_type) return Ref::borrow(v);
  Type* t = type_of(v);
  if (t->to_float) {
    Ref r = t->to_float(ts, v);
    if (!r) return nullptr;
    if (r.get().is_object() && r.obj()->type == &float_type) return r;
    if (!is_float(r.get())) {
      set_errorf(ts, &TypeError_type, "%s.__float__ returned non-float (type %s)", t->name,
                 type_name(r.get()));
      return nullptr;
    }
    std::string msg = std::string(t->name) + ".__float__ returned non-float (type " +
                      type_name(r.get()) +
                      ").  The ability to return an instance of a strict subclass of float is "
                      "deprecated, and may be removed in a future version of Python.";
    if (warn(ts, &DeprecationWarning_type, msg) < 0) return nullptr;
    return new_float(float_value(r.get()));
  }
  if (t->index) {
    Ref r = index_of(ts, v);
    if (!r) return nullptr;
    bool ok = true;
    double d = int_to_double(ts, r.get(), &ok);
    if (!ok) return nullptr;
    return new_float(d);
  }
  if (is_float(v)) return new_float(float_value(v));
  if (is_str(v)) return float_from_string(ts, str_utf8(v));
  if (is_bytes(v)) {
    Bytes* b = static_cast<Bytes*>(v.as_object());
    return float_from_string(ts, std::string_view(b->data, size_t(b->length)));
  }
  if (isinstance_of(v, &bytearray_type)) {
    ByteArray* b = static_cast<ByteArray*>(v.as_object());
    return float_from_string(ts, std::string_view(b->data, size_t(b->length)));
  }
  set_errorf(ts, &TypeError_type, "float() argument must be a string or a real number, not '%s'",
             t->name);
  return nullptr;
}

}  // namespace weft

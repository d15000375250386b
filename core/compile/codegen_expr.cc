// Code generation for expressions: operators, comparisons, boolean jumps,
// calls (with star-args and keywords), displays, comprehensions, f-strings,
// await/yield, and the safe constant folding CPython's AST optimizer performs.
#include <bit>
#include <unordered_set>

#include "core/compile/codegen.h"
#include "core/runtime/abstract.h"

namespace weft::compiler {

using ast::ExprContext;
using ast::ExprKind;

namespace {

void add_compare(Compiler* c, ast::CmpOpKind op) {
  using K = ast::CmpOpKind;
  switch (op) {
    case K::Is: c->emit(IS_OP, 0); return;
    case K::IsNot: c->emit(IS_OP, 1); return;
    case K::In: c->emit(CONTAINS_OP, 0); return;
    case K::NotIn: c->emit(CONTAINS_OP, 1); return;
    case K::Eq: c->emit(COMPARE_OP, static_cast<int>(CmpOp::Eq)); return;
    case K::NotEq: c->emit(COMPARE_OP, static_cast<int>(CmpOp::Ne)); return;
    case K::Lt: c->emit(COMPARE_OP, static_cast<int>(CmpOp::Lt)); return;
    case K::LtE: c->emit(COMPARE_OP, static_cast<int>(CmpOp::Le)); return;
    case K::Gt: c->emit(COMPARE_OP, static_cast<int>(CmpOp::Gt)); return;
    case K::GtE: c->emit(COMPARE_OP, static_cast<int>(CmpOp::Ge)); return;
  }
}

// Truth value of a folded constant, or -1 when it is not a simple builtin.
int constant_truth(Value v) {
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is(None())) return 0;
  if (v.is(Value(&ellipsis_obj))) return 1;
  Type* t = type_of(v);
  if (t == &bool_type) return v.is(Bool(true));
  if (t == &int_type) return int_sign(v) != 0;
  if (t == &float_type) return float_value(v) != 0.0;
  if (t == &str_type) return static_cast<Str*>(v.as_object())->length != 0;
  if (t == &bytes_type) return static_cast<Bytes*>(v.as_object())->length != 0;
  if (t == &tuple_type) return static_cast<Tuple*>(v.as_object())->length != 0;
  return -1;
}

bool is_exact_int_value(Value v) {
  return v.is_small_int() || type_of(v) == &int_type || type_of(v) == &bool_type;
}

// Number of bits of |v| (an int).
int64_t int_bits(Value v) {
  if (type_of(v) == &bool_type) return v.is(Bool(true)) ? 1 : 0;
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    uint64_t m = i < 0 ? static_cast<uint64_t>(-i) : static_cast<uint64_t>(i);
    return 64 - std::countl_zero(m);
  }
  std::string hex = int_to_string_base(v, 16);
  size_t start = 0;
  while (start < hex.size() && (hex[start] == '-' || hex[start] == '0' || hex[start] == 'x'))
    start++;
  if (start >= hex.size()) return 0;
  int first = hex[start] <= '9' ? hex[start] - '0' : (hex[start] | 0x20) - 'a' + 10;
  return static_cast<int64_t>(hex.size() - start - 1) * 4 + (32 - std::countl_zero(static_cast<uint32_t>(first)));
}

int64_t sized_length(Value v) {
  Type* t = type_of(v);
  if (t == &str_type) return static_cast<Str*>(v.as_object())->length;
  if (t == &bytes_type) return static_cast<Bytes*>(v.as_object())->length;
  if (t == &tuple_type) return static_cast<Tuple*>(v.as_object())->length;
  return -1;
}

constexpr int64_t kMaxIntBits = 128;
constexpr int64_t kMaxCollection = 256;
constexpr int64_t kMaxStr = 4096;

// The limits CPython's optimizer applies before folding * ** <<.
bool safe_to_fold(ThreadState* ts, ast::OperatorKind op, Value l, Value r) {
  using O = ast::OperatorKind;
  switch (op) {
    case O::Mult: {
      if (is_exact_int_value(l) && is_exact_int_value(r)) {
        if (int_sign(l) == 0 || int_sign(r) == 0) return true;
        return int_bits(l) + int_bits(r) <= kMaxIntBits;
      }
      Value n = l, seq = r;
      if (!is_exact_int_value(n)) std::swap(n, seq);
      if (!is_exact_int_value(n)) return true;
      int64_t size = sized_length(seq);
      if (size <= 0) return true;
      int64_t count;
      if (!int_fits_i64(n)) return false;
      int_to_i64(ts, n, &count);
      int64_t limit = type_of(seq) == &tuple_type ? kMaxCollection : kMaxStr;
      return count >= 0 && count <= limit / size;
    }
    case O::Pow:
      if (is_exact_int_value(l) && is_exact_int_value(r) && int_sign(l) != 0 && int_sign(r) > 0) {
        if (!int_fits_i64(r)) return false;
        int64_t w;
        int_to_i64(ts, r, &w);
        return int_bits(l) <= kMaxIntBits / w;
      }
      return true;
    case O::LShift:
      if (is_exact_int_value(l) && is_exact_int_value(r) && int_sign(l) != 0 && int_sign(r) != 0) {
        if (!int_fits_i64(r)) return false;
        int64_t w;
        int_to_i64(ts, r, &w);
        if (w < 0) return true;  // raises; not folded anyway
        return w <= kMaxIntBits && int_bits(l) <= kMaxIntBits - w;
      }
      return true;
    case O::Mod: {
      Type* t = type_of(l);
      return t != &str_type && t != &bytes_type;
    }
    case O::MatMult: return false;
    default: return true;
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// Constant folding
// ---------------------------------------------------------------------------
Ref Compiler::fold(const ast::Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant:
    case ExprKind::UnaryOp:
    case ExprKind::BinOp:
    case ExprKind::Tuple:
    case ExprKind::Name: break;
    default: return nullptr;
  }
  auto it = fold_cache_.find(e);
  if (it != fold_cache_.end()) return it->second;
  Ref v = fold_uncached(e);
  if (!v && ts_->has_error()) clear_error(ts_);
  fold_cache_[e] = v;
  return v;
}

Ref Compiler::fold_uncached(const ast::Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant: return make_constant(ts_, ast::cast<ast::Constant>(e)->value);
    case ExprKind::Name: {
      auto* n = ast::cast<ast::Name>(e);
      if (n->ctx == ExprContext::Load && n->id == "__debug__") return Ref::borrow(Bool(optimize_ == 0));
      return nullptr;
    }
    case ExprKind::UnaryOp: {
      auto* u = ast::cast<ast::UnaryOp>(e);
      Ref v = fold(u->operand);
      if (!v) return nullptr;
      switch (u->op) {
        case ast::UnaryOpKind::USub: return unary_neg(ts_, v);
        case ast::UnaryOpKind::UAdd: return unary_pos(ts_, v);
        case ast::UnaryOpKind::Invert: return unary_invert(ts_, v);
        case ast::UnaryOpKind::Not: {
          int t = truthy(ts_, v);
          if (t < 0) return nullptr;
          return Ref::borrow(Bool(!t));
        }
      }
      return nullptr;
    }
    case ExprKind::BinOp: {
      auto* b = ast::cast<ast::BinOp>(e);
      Ref l = fold(b->left);
      if (!l) return nullptr;
      Ref r = fold(b->right);
      if (!r) return nullptr;
      if (!safe_to_fold(ts_, b->op, l, r)) return nullptr;
      if (b->op == ast::OperatorKind::Pow) return power(ts_, l, r, None());
      return binary_op(ts_, static_cast<BinOp>(binop_oparg(b->op)), l, r);
    }
    case ExprKind::Tuple: {
      auto* t = ast::cast<ast::Tuple>(e);
      if (t->ctx != ExprContext::Load) return nullptr;
      std::vector<Ref> items;
      for (const ast::Expr* x : t->elts) {
        Ref v = fold(x);
        if (!v) return nullptr;
        items.push_back(std::move(v));
      }
      std::vector<Value> values;
      for (const Ref& r : items) values.push_back(r.get());
      return new_tuple_from(values.data(), static_cast<int64_t>(values.size()));
    }
    default: return nullptr;
  }
}

// ---------------------------------------------------------------------------
// Dispatch
// ---------------------------------------------------------------------------
bool Compiler::visit_expr(const ast::Expr* e) {
  if (check_native_stack(ts_, " during compilation")) return false;
  LocScope loc(this, *e);
  return visit_expr_inner(e);
}

void Compiler::yield_from_tail() {
  load_none();
  emit(YIELD_FROM);
}

bool Compiler::visit_expr_inner(const ast::Expr* e) {
  if (Ref c = fold(e)) {
    load_const(std::move(c));
    return true;
  }
  switch (e->kind) {
    case ExprKind::NamedExpr: {
      auto* n = ast::cast<ast::NamedExpr>(e);
      if (!visit_expr(n->value)) return false;
      emit(COPY, 1);
      return store_target(n->target);
    }
    case ExprKind::BoolOp: return boolop(ast::cast<ast::BoolOp>(e));
    case ExprKind::BinOp: {
      auto* b = ast::cast<ast::BinOp>(e);
      if (!visit_expr(b->left) || !visit_expr(b->right)) return false;
      emit(BINARY_OP, binop_oparg(b->op));
      return true;
    }
    case ExprKind::UnaryOp: {
      auto* u = ast::cast<ast::UnaryOp>(e);
      if (!visit_expr(u->operand)) return false;
      switch (u->op) {
        case ast::UnaryOpKind::Invert: emit(UNARY_INVERT); break;
        case ast::UnaryOpKind::Not: emit(UNARY_NOT); break;
        case ast::UnaryOpKind::UAdd: emit(UNARY_POSITIVE); break;
        case ast::UnaryOpKind::USub: emit(UNARY_NEGATIVE); break;
      }
      return true;
    }
    case ExprKind::Lambda: return lambda(ast::cast<ast::Lambda>(e));
    case ExprKind::IfExp: {
      auto* i = ast::cast<ast::IfExp>(e);
      Label end = new_label(), next = new_label();
      if (!jump_if(i->test, next, false)) return false;
      if (!visit_expr(i->body)) return false;
      emit_jump(JUMP, end);
      bind(next);
      if (!visit_expr(i->orelse)) return false;
      bind(end);
      return true;
    }
    case ExprKind::Dict: return dict_display(ast::cast<ast::Dict>(e));
    case ExprKind::Set:
      return starunpack(ast::cast<ast::Set>(e)->elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp: return comprehension(e);
    case ExprKind::Await: return await_(e);
    case ExprKind::Yield: {
      auto* y = ast::cast<ast::Yield>(e);
      if (!is_function_unit()) return error("'yield' outside function");
      if (y->value) {
        if (!visit_expr(y->value)) return false;
      } else {
        load_none();
      }
      emit(YIELD_VALUE);
      return true;
    }
    case ExprKind::YieldFrom: {
      if (!is_function_unit()) return error("'yield' outside function");
      if (u_->kind == UnitKind::AsyncFunction) return error("'yield from' inside async function");
      if (!visit_expr(ast::cast<ast::YieldFrom>(e)->value)) return false;
      emit(GET_YIELD_FROM_ITER);
      yield_from_tail();
      return true;
    }
    case ExprKind::Compare: return compare(ast::cast<ast::Compare>(e));
    case ExprKind::Call: return call(ast::cast<ast::Call>(e));
    case ExprKind::FormattedValue: return formatted_value(ast::cast<ast::FormattedValue>(e));
    case ExprKind::JoinedStr: return joined_str(ast::cast<ast::JoinedStr>(e));
    case ExprKind::Constant:
      load_const(make_constant(ts_, ast::cast<ast::Constant>(e)->value));
      return true;
    case ExprKind::Attribute: {
      auto* a = ast::cast<ast::Attribute>(e);
      if (a->ctx == ExprContext::Store) return store_target(e);
      if (a->ctx == ExprContext::Del) return delete_target(e);
      if (!visit_expr(a->value)) return false;
      LocScope aloc(this, attribute_position(a, u_->loc));
      emit_name(LOAD_ATTR, a->attr);
      return true;
    }
    case ExprKind::Subscript: {
      auto* s = ast::cast<ast::Subscript>(e);
      if (s->ctx == ExprContext::Store) return store_target(e);
      if (s->ctx == ExprContext::Del) return delete_target(e);
      if (!visit_expr(s->value) || !visit_expr(s->slice)) return false;
      emit(BINARY_SUBSCR);
      return true;
    }
    case ExprKind::Starred:
      if (ast::cast<ast::Starred>(e)->ctx == ExprContext::Store)
        return error("starred assignment target must be in a list or tuple");
      return error("can't use starred expression here");
    case ExprKind::Name: {
      auto* n = ast::cast<ast::Name>(e);
      return nameop(n->id, n->ctx);
    }
    case ExprKind::List: {
      auto* l = ast::cast<ast::List>(e);
      if (l->ctx == ExprContext::Store) return assign_sequence(l->elts);
      if (l->ctx == ExprContext::Del) return delete_target(e);
      return starunpack(l->elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
    }
    case ExprKind::Tuple: {
      auto* t = ast::cast<ast::Tuple>(e);
      if (t->ctx == ExprContext::Store) return assign_sequence(t->elts);
      if (t->ctx == ExprContext::Del) return delete_target(e);
      return starunpack(t->elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
    }
    case ExprKind::Slice: {
      auto* s = ast::cast<ast::Slice>(e);
      int n = 2;
      if (!slice_part(s->lower) || !slice_part(s->upper)) return false;
      if (s->step) {
        n++;
        if (!visit_expr(s->step)) return false;
      }
      emit(BUILD_SLICE, n);
      return true;
    }
  }
  return true;
}

bool Compiler::slice_part(const ast::Expr* e) {
  if (e) return visit_expr(e);
  load_none();
  return true;
}

bool Compiler::await_(const ast::Expr* e) {
  if (!is_function_unit()) return error("'await' outside function");
  if (u_->kind != UnitKind::AsyncFunction && u_->kind != UnitKind::Comprehension)
    return error("'await' outside async function");
  if (!visit_expr(ast::cast<ast::Await>(e)->value)) return false;
  emit(GET_AWAITABLE, 0);
  yield_from_tail();
  return true;
}

// ---------------------------------------------------------------------------
// Boolean logic and comparisons
// ---------------------------------------------------------------------------
bool Compiler::boolop(const ast::BoolOp* e) {
  Opcode jump = e->op == ast::BoolOpKind::And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
  Label end = new_label();
  size_t n = e->values.size() - 1;
  for (size_t i = 0; i < n; i++) {
    if (!visit_expr(e->values[i])) return false;
    emit_jump(jump, end);
  }
  if (!visit_expr(e->values[n])) return false;
  bind(end);
  return true;
}

// Visits the right operand of `in` or a loop iterable: a literal list is
// built as a tuple, constant lists/sets become constants, as CPython does.
static bool visit_iterable(Compiler* c, const ast::Expr* e) {
  if (auto* l = ast::as<ast::List>(e)) {
    for (const ast::Expr* x : l->elts)
      if (x->kind == ExprKind::Starred) return c->visit_expr(e);
    std::vector<Ref> items;
    bool all_const = true;
    for (const ast::Expr* x : l->elts) {
      Ref v = c->fold(x);
      if (!v) {
        all_const = false;
        break;
      }
      items.push_back(std::move(v));
    }
    LocScope loc(c, *e);
    if (all_const) {
      std::vector<Value> values;
      for (const Ref& r : items) values.push_back(r.get());
      c->load_const(new_tuple_from(values.data(), static_cast<int64_t>(values.size())));
      return true;
    }
    return c->starunpack(l->elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
  }
  if (auto* s = ast::as<ast::Set>(e)) {
    std::vector<Ref> items;
    for (const ast::Expr* x : s->elts) {
      Ref v = x->kind == ExprKind::Starred ? Ref() : c->fold(x);
      if (!v) return c->visit_expr(e);
      items.push_back(std::move(v));
    }
    std::vector<Value> values;
    for (const Ref& r : items) values.push_back(r.get());
    Ref tup = new_tuple_from(values.data(), static_cast<int64_t>(values.size()));
    Ref fs = tup ? new_frozenset_const(c->ts_, tup) : Ref();
    if (!fs) {
      clear_error(c->ts_);
      return c->visit_expr(e);
    }
    LocScope loc(c, *e);
    c->load_const(std::move(fs));
    return true;
  }
  return c->visit_expr(e);
}

static bool visit_comparator(Compiler* c, const ast::Compare* e, size_t i) {
  bool last = i + 1 == e->comparators.size();
  auto op = e->ops[i];
  if (last && (op == ast::CmpOpKind::In || op == ast::CmpOpKind::NotIn))
    return visit_iterable(c, e->comparators[i]);
  return c->visit_expr(e->comparators[i]);
}

namespace {
// Whether `is` against this operand is reasonable (not a literal, or a singleton).
bool is_arg_ok(Compiler* c, const ast::Expr* e) {
  Ref v = c->fold(e);
  if (!v) return true;
  return v.get().is(None()) || v.get().is(Bool(true)) || v.get().is(Bool(false)) ||
         v.get().is(Value(&ellipsis_obj));
}

const char* literal_type_name(Compiler* c, const ast::Expr* e) {
  switch (e->kind) {
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List:
    case ExprKind::ListComp: return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp: return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp: return "set";
    case ExprKind::GeneratorExp: return "generator";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "str";
    default: break;
  }
  Ref v = c->fold(e);
  if (!v) return nullptr;
  return type_of(v)->name;
}
}  // namespace

bool Compiler::check_compare(const ast::Compare* e) {
  bool left = is_arg_ok(this, e->left);
  for (size_t i = 0; i < e->ops.size(); i++) {
    bool right = is_arg_ok(this, e->comparators[i]);
    auto op = e->ops[i];
    if ((op == ast::CmpOpKind::Is || op == ast::CmpOpKind::IsNot) && (!left || !right)) {
      return warn(op == ast::CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                           : "\"is not\" with a literal. Did you mean \"!=\"?");
    }
    left = right;
  }
  return true;
}

bool Compiler::check_caller(const ast::Expr* func) {
  switch (func->kind) {
    case ExprKind::Constant:
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::ListComp:
    case ExprKind::Dict:
    case ExprKind::DictComp:
    case ExprKind::Set:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: {
      const char* name = literal_type_name(this, func);
      if (!name) return true;
      return warn(std::string("'") + name + "' object is not callable; perhaps you missed a comma?");
    }
    default: return true;
  }
}

bool Compiler::compare(const ast::Compare* e) {
  if (!check_compare(e)) return false;
  if (!visit_expr(e->left)) return false;
  size_t n = e->ops.size() - 1;
  if (n == 0) {
    if (!visit_comparator(this, e, 0)) return false;
    add_compare(this, e->ops[0]);
    return true;
  }
  Label cleanup = new_label(), end = new_label();
  for (size_t i = 0; i < n; i++) {
    if (!visit_comparator(this, e, i)) return false;
    emit(SWAP, 2);
    emit(COPY, 2);
    add_compare(this, e->ops[i]);
    emit_jump(JUMP_IF_FALSE_OR_POP, cleanup);
  }
  if (!visit_comparator(this, e, n)) return false;
  add_compare(this, e->ops[n]);
  emit_jump(JUMP, end);
  bind(cleanup);
  emit(SWAP, 2);
  emit(POP_TOP);
  bind(end);
  return true;
}

bool Compiler::jump_if(const ast::Expr* e, Label next, bool cond) {
  switch (e->kind) {
    case ExprKind::UnaryOp: {
      auto* u = ast::cast<ast::UnaryOp>(e);
      if (u->op == ast::UnaryOpKind::Not && !fold(e)) return jump_if(u->operand, next, !cond);
      break;
    }
    case ExprKind::BoolOp: {
      auto* b = ast::cast<ast::BoolOp>(e);
      size_t n = b->values.size() - 1;
      bool cond2 = b->op == ast::BoolOpKind::Or;
      Label next2 = next;
      if (cond2 != cond) next2 = new_label();
      for (size_t i = 0; i < n; i++)
        if (!jump_if(b->values[i], next2, cond2)) return false;
      if (!jump_if(b->values[n], next, cond)) return false;
      if (next2.id != next.id) bind(next2);
      return true;
    }
    case ExprKind::IfExp: {
      auto* i = ast::cast<ast::IfExp>(e);
      Label end = new_label(), next2 = new_label();
      if (!jump_if(i->test, next2, false)) return false;
      if (!jump_if(i->body, next, cond)) return false;
      emit_jump(JUMP, end);
      bind(next2);
      if (!jump_if(i->orelse, next, cond)) return false;
      bind(end);
      return true;
    }
    case ExprKind::Compare: {
      auto* c = ast::cast<ast::Compare>(e);
      size_t n = c->ops.size() - 1;
      if (n == 0) break;
      LocScope loc(this, *e);
      if (!check_compare(c)) return false;
      Label cleanup = new_label(), end = new_label();
      if (!visit_expr(c->left)) return false;
      for (size_t i = 0; i < n; i++) {
        if (!visit_comparator(this, c, i)) return false;
        emit(SWAP, 2);
        emit(COPY, 2);
        add_compare(this, c->ops[i]);
        emit_jump(POP_JUMP_IF_FALSE, cleanup);
      }
      if (!visit_comparator(this, c, n)) return false;
      add_compare(this, c->ops[n]);
      emit_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
      emit_jump(JUMP, end);
      bind(cleanup);
      emit(POP_TOP);
      if (!cond) emit_jump(JUMP, next);
      bind(end);
      return true;
    }
    default: break;
  }
  if (Ref c = fold(e)) {
    int t = constant_truth(c);
    if (t >= 0) {
      // A constant test: jump unconditionally or not at all.
      if ((t != 0) == cond) emit_jump(JUMP, next);
      return true;
    }
  }
  if (!visit_expr(e)) return false;
  emit_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
  return true;
}

// ---------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------
bool Compiler::validate_keywords(const std::vector<ast::keyword*>& keywords) {
  std::unordered_set<std::string> seen;
  for (const ast::keyword* k : keywords) {
    if (k->arg.empty()) continue;
    if (!check_forbidden(k->arg, ExprContext::Store)) return false;
    if (!seen.insert(k->arg).second) {
      LocScope loc(this, *k);
      return error("keyword argument repeated: " + k->arg);
    }
  }
  return true;
}

namespace {
bool is_import_originated(Compiler* c, const ast::Expr* e) {
  auto* n = ast::as<ast::Name>(e);
  if (!n) return false;
  return c->st_.top()->flags_of(n->id) & kDefImport;
}
}  // namespace

bool Compiler::call(const ast::Call* e) {
  if (auto* meth = ast::as<ast::Attribute>(e->func)) {
    if (meth->ctx == ExprContext::Load && !is_import_originated(this, meth->value)) {
      size_t nargs = e->args.size(), nkw = e->keywords.size();
      bool simple = nargs + nkw + (nkw != 0) < static_cast<size_t>(kStackUseGuideline);
      for (const ast::Expr* a : e->args)
        if (a->kind == ExprKind::Starred) simple = false;
      for (const ast::keyword* k : e->keywords)
        if (k->arg.empty()) simple = false;
      if (simple) return method_call(e, meth);
    }
  }
  if (!check_caller(e->func)) return false;
  if (!visit_expr(e->func)) return false;
  {
    LocScope loc(this, *e->func);
    emit(PUSH_NULL);
  }
  return call_helper(0, e->args, e->keywords);
}

bool Compiler::method_call(const ast::Call* e, const ast::Attribute* meth) {
  if (!validate_keywords(e->keywords)) return false;
  if (!visit_expr(meth->value)) return false;
  {
    LocScope loc(this, attribute_position(meth, pos_of(*meth)));
    emit_name(LOAD_METHOD, meth->attr);
  }
  for (const ast::Expr* a : e->args)
    if (!visit_expr(a)) return false;
  for (const ast::keyword* k : e->keywords)
    if (!visit_expr(k->value)) return false;
  LocScope loc(this, attribute_position(meth, pos_of(*e)));
  if (!e->keywords.empty()) {
    std::vector<std::string> names;
    for (const ast::keyword* k : e->keywords) names.push_back(k->arg);
    Ref t = str_tuple(names);
    if (!t) return false;
    emit(KW_NAMES, add_const(std::move(t)));
  }
  emit(CALL, static_cast<int>(e->args.size() + e->keywords.size()));
  return true;
}

bool Compiler::subkwargs(const std::vector<ast::keyword*>& kws, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > static_cast<size_t>(kStackUseGuideline);
  if (big) emit(BUILD_MAP, 0);
  for (size_t i = begin; i < end; i++) {
    load_str(kws[i]->arg);
    if (!visit_expr(kws[i]->value)) return false;
    if (big) emit(MAP_ADD, 1);
  }
  if (!big) emit(BUILD_MAP, static_cast<int>(n));
  return true;
}

bool Compiler::call_helper(int pushed, const std::vector<ast::Expr*>& args,
                           const std::vector<ast::keyword*>& keywords) {
  if (!validate_keywords(keywords)) return false;
  bool ex_call = false;
  for (const ast::Expr* a : args)
    if (a->kind == ExprKind::Starred) ex_call = true;
  for (const ast::keyword* k : keywords)
    if (k->arg.empty()) ex_call = true;
  if (args.size() + keywords.size() * 2 > static_cast<size_t>(kStackUseGuideline)) ex_call = true;
  if (!ex_call) {
    for (const ast::Expr* a : args)
      if (!visit_expr(a)) return false;
    if (!keywords.empty()) {
      for (const ast::keyword* k : keywords)
        if (!visit_expr(k->value)) return false;
      std::vector<std::string> names;
      for (const ast::keyword* k : keywords) names.push_back(k->arg);
      Ref t = str_tuple(names);
      if (!t) return false;
      emit(KW_NAMES, add_const(std::move(t)));
    }
    emit(CALL, static_cast<int>(pushed + args.size() + keywords.size()));
    return true;
  }
  // Positional arguments as one tuple.
  if (pushed == 0 && args.size() == 1 && args[0]->kind == ExprKind::Starred) {
    if (!visit_expr(ast::cast<ast::Starred>(args[0])->value)) return false;
  } else if (!starunpack(args, pushed, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)) {
    return false;
  }
  // Keyword arguments as one dict.
  if (!keywords.empty()) {
    bool have_dict = false;
    size_t nseen = 0;
    for (size_t i = 0; i < keywords.size(); i++) {
      const ast::keyword* k = keywords[i];
      if (k->arg.empty()) {
        if (nseen) {
          if (!subkwargs(keywords, i - nseen, i)) return false;
          if (have_dict) emit(DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          emit(BUILD_MAP, 0);
          have_dict = true;
        }
        if (!visit_expr(k->value)) return false;
        emit(DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      if (!subkwargs(keywords, keywords.size() - nseen, keywords.size())) return false;
      if (have_dict) emit(DICT_MERGE, 1);
    }
  }
  emit(CALL_FUNCTION_EX, keywords.empty() ? 0 : 1);
  return true;
}

// ---------------------------------------------------------------------------
// Displays
// ---------------------------------------------------------------------------
bool Compiler::starunpack(const std::vector<ast::Expr*>& elts, int pushed, Opcode build,
                          Opcode add, Opcode extend, bool tuple) {
  size_t n = elts.size();
  if (n > 2) {
    // All-constant displays load one constant tuple (a frozenset for sets: the
    // set is then filled by SET_UPDATE from the frozenset's table, which decides
    // the iteration order exactly as in CPython).
    std::vector<Ref> items;
    for (const ast::Expr* x : elts) {
      if (x->kind == ExprKind::Starred) break;
      Ref v = fold(x);
      if (!v) break;
      items.push_back(std::move(v));
    }
    if (items.size() == n) {
      std::vector<Value> values;
      for (const Ref& r : items) values.push_back(r.get());
      Ref folded = new_tuple_from(values.data(), static_cast<int64_t>(values.size()));
      if (folded && build == BUILD_SET) folded = new_frozenset_const(ts_, folded);
      if (!folded) return false;
      if (tuple && pushed == 0) {
        load_const(std::move(folded));
      } else {
        emit(build, pushed);
        load_const(std::move(folded));
        emit(extend, 1);
        if (tuple) emit(LIST_TO_TUPLE);
      }
      return true;
    }
  }
  bool big = n + pushed > static_cast<size_t>(kStackUseGuideline);
  bool seen_star = false;
  for (const ast::Expr* x : elts)
    if (x->kind == ExprKind::Starred) seen_star = true;
  if (!seen_star && !big) {
    for (const ast::Expr* x : elts)
      if (!visit_expr(x)) return false;
    emit(tuple ? BUILD_TUPLE : build, static_cast<int>(n + pushed));
    return true;
  }
  bool built = false;
  if (big) {
    emit(build, pushed);
    built = true;
  }
  for (size_t i = 0; i < n; i++) {
    const ast::Expr* x = elts[i];
    if (auto* star = ast::as<ast::Starred>(x)) {
      if (!built) {
        emit(build, static_cast<int>(i + pushed));
        built = true;
      }
      if (!visit_expr(star->value)) return false;
      emit(extend, 1);
    } else {
      if (!visit_expr(x)) return false;
      if (built) emit(add, 1);
    }
  }
  if (tuple) emit(LIST_TO_TUPLE);
  return true;
}

bool Compiler::subdict(const ast::Dict* e, size_t begin, size_t end) {
  for (size_t i = begin; i < end; i++) {
    if (!visit_expr(e->keys[i]) || !visit_expr(e->values[i])) return false;
  }
  emit(BUILD_MAP, static_cast<int>(end - begin));
  return true;
}

bool Compiler::dict_display(const ast::Dict* e) {
  size_t n = e->values.size();
  size_t elements = 0;
  bool have_dict = false;
  for (size_t i = 0; i < n; i++) {
    bool unpacking = i >= e->keys.size() || e->keys[i] == nullptr;
    if (unpacking) {
      if (elements) {
        if (!subdict(e, i - elements, i)) return false;
        if (have_dict) emit(DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        emit(BUILD_MAP, 0);
        have_dict = true;
      }
      if (!visit_expr(e->values[i])) return false;
      emit(DICT_UPDATE, 1);
    } else if (elements * 2 > static_cast<size_t>(kStackUseGuideline)) {
      if (!subdict(e, i - elements, i + 1)) return false;
      if (have_dict) emit(DICT_UPDATE, 1);
      have_dict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    if (!subdict(e, n - elements, n)) return false;
    if (have_dict) emit(DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) emit(BUILD_MAP, 0);
  return true;
}

// ---------------------------------------------------------------------------
// f-strings
// ---------------------------------------------------------------------------
bool Compiler::joined_str(const ast::JoinedStr* e) {
  size_t n = e->values.size();
  if (n > static_cast<size_t>(kStackUseGuideline)) {
    load_str("");
    emit_name(LOAD_METHOD, "join");
    emit(BUILD_LIST, 0);
    for (const ast::Expr* v : e->values) {
      if (!visit_expr(v)) return false;
      emit(LIST_APPEND, 1);
    }
    emit(CALL, 1);
    return true;
  }
  for (const ast::Expr* v : e->values)
    if (!visit_expr(v)) return false;
  if (n != 1) emit(BUILD_STRING, static_cast<int>(n));
  return true;
}

bool Compiler::formatted_value(const ast::FormattedValue* e) {
  if (!visit_expr(e->value)) return false;
  int arg;
  switch (e->conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    case -1: arg = 0; break;
    default: return error("Unrecognized conversion character " + std::to_string(e->conversion));
  }
  if (e->format_spec) {
    if (!visit_expr(e->format_spec)) return false;
    arg |= 4;
  }
  emit(FORMAT_VALUE, arg);
  return true;
}

// ---------------------------------------------------------------------------
// Comprehensions
// ---------------------------------------------------------------------------
bool Compiler::comprehension(const ast::Expr* e) {
  const std::vector<ast::comprehension*>* gens;
  const ast::Expr* elt;
  const ast::Expr* val = nullptr;
  const char* name;
  Opcode build = BUILD_LIST;
  switch (e->kind) {
    case ExprKind::ListComp:
      gens = &ast::cast<ast::ListComp>(e)->generators;
      elt = ast::cast<ast::ListComp>(e)->elt;
      name = "<listcomp>";
      break;
    case ExprKind::SetComp:
      gens = &ast::cast<ast::SetComp>(e)->generators;
      elt = ast::cast<ast::SetComp>(e)->elt;
      name = "<setcomp>";
      build = BUILD_SET;
      break;
    case ExprKind::DictComp:
      gens = &ast::cast<ast::DictComp>(e)->generators;
      elt = ast::cast<ast::DictComp>(e)->key;
      val = ast::cast<ast::DictComp>(e)->value;
      name = "<dictcomp>";
      build = BUILD_MAP;
      break;
    default:
      gens = &ast::cast<ast::GeneratorExp>(e)->generators;
      elt = ast::cast<ast::GeneratorExp>(e)->elt;
      name = "<genexpr>";
      break;
  }
  bool is_genexp = e->kind == ExprKind::GeneratorExp;
  const ast::comprehension* outermost = (*gens)[0];
  UnitKind parent_kind = u_->kind;
  if (!enter_scope(name, UnitKind::Comprehension, e, e->lineno)) return false;
  u_->loc = pos_of(*e);
  bool is_async_generator = u_->scope->coroutine;
  if (is_async_generator && !is_genexp && parent_kind != UnitKind::AsyncFunction &&
      parent_kind != UnitKind::Comprehension)
    return error("asynchronous comprehension outside of an asynchronous function");
  if (!is_genexp) emit(build, 0);
  u_->argcount = 1;
  if (!comprehension_generator(*gens, 0, 0, elt, val, e->kind)) return false;
  if (!is_genexp) emit(RETURN_VALUE);
  Ref code = exit_scope(true);
  if (!code) return false;
  if (!make_closure(std::move(code), 0)) return false;
  if (!visit_iterable(this, outermost->iter)) return false;
  emit(outermost->is_async ? GET_AITER : GET_ITER);
  emit(CALL, 0);
  if (is_async_generator && !is_genexp) {
    emit(GET_AWAITABLE, 0);
    yield_from_tail();
  }
  return true;
}

bool Compiler::comprehension_element(const ast::Expr* elt, const ast::Expr* val,
                                     ast::ExprKind kind, int depth) {
  switch (kind) {
    case ExprKind::GeneratorExp:
      if (!visit_expr(elt)) return false;
      emit(YIELD_VALUE);
      emit(POP_TOP);
      return true;
    case ExprKind::ListComp:
      if (!visit_expr(elt)) return false;
      emit(LIST_APPEND, depth + 1);
      return true;
    case ExprKind::SetComp:
      if (!visit_expr(elt)) return false;
      emit(SET_ADD, depth + 1);
      return true;
    default:
      if (!visit_expr(elt) || !visit_expr(val)) return false;
      emit(MAP_ADD, depth + 1);
      return true;
  }
}

bool Compiler::comprehension_generator(const std::vector<ast::comprehension*>& gens,
                                       size_t index, int depth, const ast::Expr* elt,
                                       const ast::Expr* val, ast::ExprKind kind) {
  const ast::comprehension* gen = gens[index];
  if (gen->is_async) return async_comprehension_generator(gens, index, depth, elt, val, kind);
  Label start = new_label(), if_cleanup = new_label(), anchor = new_label();
  bool loops = true;
  if (index == 0) {
    emit(LOAD_FAST, 0);
  } else {
    // `for y in [expr]` binds y directly, without building a list.
    const std::vector<ast::Expr*>* elts = nullptr;
    if (auto* l = ast::as<ast::List>(gen->iter)) elts = &l->elts;
    if (auto* t = ast::as<ast::Tuple>(gen->iter)) elts = &t->elts;
    if (elts && elts->size() == 1 && (*elts)[0]->kind != ExprKind::Starred) {
      if (!visit_expr((*elts)[0])) return false;
      loops = false;
    } else {
      if (!visit_iterable(this, gen->iter)) return false;
      emit(GET_ITER);
    }
  }
  if (loops) {
    depth++;
    bind(start);
    emit_jump(FOR_ITER, anchor);
  }
  if (!store_target(gen->target)) return false;
  for (const ast::Expr* cond : gen->ifs)
    if (!jump_if(cond, if_cleanup, false)) return false;
  if (index + 1 < gens.size()) {
    if (!comprehension_generator(gens, index + 1, depth, elt, val, kind)) return false;
  } else if (!comprehension_element(elt, val, kind, depth)) {
    return false;
  }
  bind(if_cleanup);
  if (loops) {
    emit_jump(JUMP, start);
    bind(anchor);
  }
  return true;
}

bool Compiler::async_comprehension_generator(const std::vector<ast::comprehension*>& gens,
                                             size_t index, int depth, const ast::Expr* elt,
                                             const ast::Expr* val, ast::ExprKind kind) {
  const ast::comprehension* gen = gens[index];
  Label start = new_label(), except = new_label(), if_cleanup = new_label();
  if (index == 0) {
    emit(LOAD_FAST, 0);
  } else {
    if (!visit_expr(gen->iter)) return false;
    emit(GET_AITER);
  }
  bind(start);
  push_fblock(FBlock{FBlockKind::AsyncComprehensionGenerator, start});
  emit_jump(SETUP_FINALLY, except);
  emit(GET_ANEXT);
  yield_from_tail();
  emit(POP_BLOCK);
  if (!store_target(gen->target)) return false;
  for (const ast::Expr* cond : gen->ifs)
    if (!jump_if(cond, if_cleanup, false)) return false;
  depth++;
  if (index + 1 < gens.size()) {
    if (!comprehension_generator(gens, index + 1, depth, elt, val, kind)) return false;
  } else if (!comprehension_element(elt, val, kind, depth)) {
    return false;
  }
  bind(if_cleanup);
  emit_jump(JUMP, start);
  pop_fblock();
  bind(except);
  emit(END_ASYNC_FOR);
  return true;
}

}  // namespace weft::compiler

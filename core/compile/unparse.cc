// Expression unparsing for `from __future__ import annotations`: renders an
// annotation back to source text exactly as CPython's ast_unparse does
// (same precedence-driven parentheses, spacing and constant reprs).
#include "core/compile/codegen.h"
#include <cmath>

#include "core/runtime/abstract.h"

namespace weft::compiler {

namespace {

using ast::ExprKind;

enum Prec {
  kTuple, kTest, kOr, kAnd, kNot, kCmp, kExpr, kBor = kExpr, kBxor, kBand, kShift, kArith,
  kTerm, kFactor, kPower, kAwait, kAtom,
};

class Unparser {
 public:
  explicit Unparser(ThreadState* ts) : ts_(ts) {}
  std::string out;

  void expr(const ast::Expr* e, int level);

 private:
  ThreadState* ts_;

  void put(const char* s) { out += s; }
  void put(const std::string& s) { out += s; }
  void open_if(bool c) { if (c) out += '('; }
  void close_if(bool c) { if (c) out += ')'; }

  std::string repr_value(Value v) {
    Ref r = repr_of(ts_, v);
    if (!r) {
      clear_error(ts_);
      return "?";
    }
    std::string s(str_utf8(r));
    Type* t = type_of(v);
    if ((t == &float_type && std::isinf(float_value(v))) || t == &complex_type) {
      std::string replaced;
      for (size_t i = 0; i < s.size();) {
        if (s.compare(i, 3, "inf") == 0) {
          replaced += "1e309";
          i += 3;
        } else {
          replaced += s[i++];
        }
      }
      s = replaced;
    }
    return s;
  }

  void constant(const ast::Constant* c) {
    if (c->value.kind == ast::ConstantValue::Ellipsis) {
      put("...");
      return;
    }
    put(c->kind);
    Ref v = make_constant(ts_, c->value);
    if (!v) {
      clear_error(ts_);
      return;
    }
    put(repr_value(v));
  }

  void arg(const ast::arg* a) {
    put(a->arg);
    if (a->annotation) {
      put(": ");
      expr(a->annotation, kTest);
    }
  }

  void args(const ast::arguments* a) {
    bool first = true;
    auto sep = [&] {
      if (!first) put(", ");
      first = false;
    };
    size_t nposonly = a->posonlyargs.size(), nargs = a->args.size();
    long ndefaults = static_cast<long>(a->defaults.size());
    for (size_t i = 0; i < nposonly + nargs; i++) {
      sep();
      arg(i < nposonly ? a->posonlyargs[i] : a->args[i - nposonly]);
      long di = static_cast<long>(i) - static_cast<long>(nposonly + nargs) + ndefaults;
      if (di >= 0) {
        put("=");
        expr(a->defaults[di], kTest);
      }
      if (nposonly && i + 1 == nposonly) put(", /");
    }
    if (a->vararg || !a->kwonlyargs.empty()) {
      sep();
      put("*");
      if (a->vararg) arg(a->vararg);
    }
    for (size_t i = 0; i < a->kwonlyargs.size(); i++) {
      sep();
      arg(a->kwonlyargs[i]);
      if (i < a->kw_defaults.size() && a->kw_defaults[i]) {
        put("=");
        expr(a->kw_defaults[i], kTest);
      }
    }
    if (a->kwarg) {
      sep();
      put("**");
      arg(a->kwarg);
    }
  }

  void comprehensions(const std::vector<ast::comprehension*>& gens) {
    for (const ast::comprehension* g : gens) {
      put(g->is_async ? " async for " : " for ");
      expr(g->target, kTuple);
      put(" in ");
      expr(g->iter, kTest + 1);
      for (const ast::Expr* cond : g->ifs) {
        put(" if ");
        expr(cond, kTest + 1);
      }
    }
  }

  void genexp(const ast::GeneratorExp* g) {
    put("(");
    expr(g->elt, kTest);
    comprehensions(g->generators);
    put(")");
  }

  static const char* binop(ast::OperatorKind op, int* pr, bool* rassoc) {
    using O = ast::OperatorKind;
    *rassoc = false;
    switch (op) {
      case O::Add: *pr = kArith; return " + ";
      case O::Sub: *pr = kArith; return " - ";
      case O::Mult: *pr = kTerm; return " * ";
      case O::MatMult: *pr = kTerm; return " @ ";
      case O::Div: *pr = kTerm; return " / ";
      case O::Mod: *pr = kTerm; return " % ";
      case O::LShift: *pr = kShift; return " << ";
      case O::RShift: *pr = kShift; return " >> ";
      case O::BitOr: *pr = kBor; return " | ";
      case O::BitXor: *pr = kBxor; return " ^ ";
      case O::BitAnd: *pr = kBand; return " & ";
      case O::FloorDiv: *pr = kTerm; return " // ";
      case O::Pow: *pr = kPower; *rassoc = true; return " ** ";
    }
    return "";
  }

  static const char* cmpop(ast::CmpOpKind op) {
    using C = ast::CmpOpKind;
    switch (op) {
      case C::Eq: return " == ";
      case C::NotEq: return " != ";
      case C::Lt: return " < ";
      case C::LtE: return " <= ";
      case C::Gt: return " > ";
      case C::GtE: return " >= ";
      case C::Is: return " is ";
      case C::IsNot: return " is not ";
      case C::In: return " in ";
      case C::NotIn: return " not in ";
    }
    return "";
  }

  // f-strings: the body is built first, then written as the repr of a str.
  void fstring_element(std::string& body, const ast::Expr* e, bool is_spec) {
    if (auto* c = ast::as<ast::Constant>(e)) {
      for (char ch : c->value.text) {
        body += ch;
        if (ch == '{' || ch == '}') body += ch;
      }
    } else if (auto* j = ast::as<ast::JoinedStr>(e)) {
      joined(body, j, is_spec);
    } else if (auto* f = ast::as<ast::FormattedValue>(e)) {
      formatted(body, f);
    }
  }

  void joined(std::string& dest, const ast::JoinedStr* j, bool is_spec) {
    std::string body;
    for (const ast::Expr* v : j->values) fstring_element(body, v, is_spec);
    if (is_spec) {
      dest += body;
      return;
    }
    Ref s = make_str_constant(ts_, body);
    dest += "f";
    if (s) dest += repr_value(s);
  }

  void formatted(std::string& dest, const ast::FormattedValue* f) {
    Unparser inner(ts_);
    inner.expr(f->value, kTest + 1);
    dest += inner.out.rfind("{", 0) == 0 ? "{ " : "{";
    dest += inner.out;
    if (f->conversion == 'a') dest += "!a";
    if (f->conversion == 'r') dest += "!r";
    if (f->conversion == 's') dest += "!s";
    if (f->format_spec) {
      dest += ":";
      fstring_element(dest, f->format_spec, true);
    }
    dest += "}";
  }
};

void Unparser::expr(const ast::Expr* e, int level) {
  switch (e->kind) {
    case ExprKind::BoolOp: {
      auto* b = ast::cast<ast::BoolOp>(e);
      int pr = b->op == ast::BoolOpKind::And ? kAnd : kOr;
      open_if(level > pr);
      for (size_t i = 0; i < b->values.size(); i++) {
        if (i) put(b->op == ast::BoolOpKind::And ? " and " : " or ");
        expr(b->values[i], pr + 1);
      }
      close_if(level > pr);
      return;
    }
    case ExprKind::NamedExpr: {
      auto* n = ast::cast<ast::NamedExpr>(e);
      open_if(level > kTuple);
      expr(n->target, kAtom);
      put(" := ");
      expr(n->value, kAtom);
      close_if(level > kTuple);
      return;
    }
    case ExprKind::BinOp: {
      auto* b = ast::cast<ast::BinOp>(e);
      int pr;
      bool rassoc;
      const char* op = binop(b->op, &pr, &rassoc);
      open_if(level > pr);
      expr(b->left, pr + (rassoc ? 1 : 0));
      put(op);
      expr(b->right, pr + (rassoc ? 0 : 1));
      close_if(level > pr);
      return;
    }
    case ExprKind::UnaryOp: {
      auto* u = ast::cast<ast::UnaryOp>(e);
      const char* op = "";
      int pr = kFactor;
      switch (u->op) {
        case ast::UnaryOpKind::Invert: op = "~"; break;
        case ast::UnaryOpKind::Not: op = "not "; pr = kNot; break;
        case ast::UnaryOpKind::UAdd: op = "+"; break;
        case ast::UnaryOpKind::USub: op = "-"; break;
      }
      open_if(level > pr);
      put(op);
      expr(u->operand, pr);
      close_if(level > pr);
      return;
    }
    case ExprKind::Lambda: {
      auto* l = ast::cast<ast::Lambda>(e);
      open_if(level > kTest);
      size_t npos = l->args->args.size() + l->args->posonlyargs.size();
      put(npos ? "lambda " : "lambda");
      args(l->args);
      put(": ");
      expr(l->body, kTest);
      close_if(level > kTest);
      return;
    }
    case ExprKind::IfExp: {
      auto* i = ast::cast<ast::IfExp>(e);
      open_if(level > kTest);
      expr(i->body, kTest + 1);
      put(" if ");
      expr(i->test, kTest + 1);
      put(" else ");
      expr(i->orelse, kTest);
      close_if(level > kTest);
      return;
    }
    case ExprKind::Dict: {
      auto* d = ast::cast<ast::Dict>(e);
      put("{");
      for (size_t i = 0; i < d->values.size(); i++) {
        if (i) put(", ");
        const ast::Expr* k = i < d->keys.size() ? d->keys[i] : nullptr;
        if (k) {
          expr(k, kTest);
          put(": ");
          expr(d->values[i], kTest);
        } else {
          put("**");
          expr(d->values[i], kExpr);
        }
      }
      put("}");
      return;
    }
    case ExprKind::Set: {
      auto* s = ast::cast<ast::Set>(e);
      if (s->elts.empty()) {
        put("{*()}");
        return;
      }
      put("{");
      for (size_t i = 0; i < s->elts.size(); i++) {
        if (i) put(", ");
        expr(s->elts[i], kTest);
      }
      put("}");
      return;
    }
    case ExprKind::ListComp: {
      auto* c = ast::cast<ast::ListComp>(e);
      put("[");
      expr(c->elt, kTest);
      comprehensions(c->generators);
      put("]");
      return;
    }
    case ExprKind::SetComp: {
      auto* c = ast::cast<ast::SetComp>(e);
      put("{");
      expr(c->elt, kTest);
      comprehensions(c->generators);
      put("}");
      return;
    }
    case ExprKind::DictComp: {
      auto* c = ast::cast<ast::DictComp>(e);
      put("{");
      expr(c->key, kTest);
      put(": ");
      expr(c->value, kTest);
      comprehensions(c->generators);
      put("}");
      return;
    }
    case ExprKind::GeneratorExp: genexp(ast::cast<ast::GeneratorExp>(e)); return;
    case ExprKind::Await:
      open_if(level > kAwait);
      put("await ");
      expr(ast::cast<ast::Await>(e)->value, kAtom);
      close_if(level > kAwait);
      return;
    case ExprKind::Yield: {
      auto* y = ast::cast<ast::Yield>(e);
      if (!y->value) {
        put("(yield)");
        return;
      }
      put("(yield ");
      expr(y->value, kTest);
      put(")");
      return;
    }
    case ExprKind::YieldFrom:
      put("(yield from ");
      expr(ast::cast<ast::YieldFrom>(e)->value, kTest);
      put(")");
      return;
    case ExprKind::Compare: {
      auto* c = ast::cast<ast::Compare>(e);
      open_if(level > kCmp);
      expr(c->left, kCmp + 1);
      for (size_t i = 0; i < c->ops.size(); i++) {
        put(cmpop(c->ops[i]));
        expr(c->comparators[i], kCmp + 1);
      }
      close_if(level > kCmp);
      return;
    }
    case ExprKind::Call: {
      auto* c = ast::cast<ast::Call>(e);
      expr(c->func, kAtom);
      if (c->args.size() == 1 && c->keywords.empty()) {
        if (auto* g = ast::as<ast::GeneratorExp>(c->args[0])) {
          genexp(g);
          return;
        }
      }
      put("(");
      bool first = true;
      for (const ast::Expr* a : c->args) {
        if (!first) put(", ");
        first = false;
        expr(a, kTest);
      }
      for (const ast::keyword* k : c->keywords) {
        if (!first) put(", ");
        first = false;
        if (k->arg.empty()) {
          put("**");
        } else {
          put(k->arg);
          put("=");
        }
        expr(k->value, kTest);
      }
      put(")");
      return;
    }
    case ExprKind::FormattedValue: {
      std::string body;
      formatted(body, ast::cast<ast::FormattedValue>(e));
      Ref s = make_str_constant(ts_, body);
      put("f");
      if (s) put(repr_value(s));
      return;
    }
    case ExprKind::JoinedStr: joined(out, ast::cast<ast::JoinedStr>(e), false); return;
    case ExprKind::Constant: constant(ast::cast<ast::Constant>(e)); return;
    case ExprKind::Attribute: {
      auto* a = ast::cast<ast::Attribute>(e);
      expr(a->value, kAtom);
      auto* c = ast::as<ast::Constant>(a->value);
      put(c && c->value.kind == ast::ConstantValue::Int ? " ." : ".");
      put(a->attr);
      return;
    }
    case ExprKind::Subscript: {
      auto* s = ast::cast<ast::Subscript>(e);
      expr(s->value, kAtom);
      int lvl = kTuple;
      if (auto* t = ast::as<ast::Tuple>(s->slice)) {
        for (const ast::Expr* x : t->elts)
          if (x->kind == ExprKind::Starred) {
            lvl++;
            break;
          }
      }
      put("[");
      expr(s->slice, lvl);
      put("]");
      return;
    }
    case ExprKind::Starred:
      put("*");
      expr(ast::cast<ast::Starred>(e)->value, kExpr);
      return;
    case ExprKind::Name: put(ast::cast<ast::Name>(e)->id); return;
    case ExprKind::List: {
      auto* l = ast::cast<ast::List>(e);
      put("[");
      for (size_t i = 0; i < l->elts.size(); i++) {
        if (i) put(", ");
        expr(l->elts[i], kTest);
      }
      put("]");
      return;
    }
    case ExprKind::Tuple: {
      auto* t = ast::cast<ast::Tuple>(e);
      if (t->elts.empty()) {
        put("()");
        return;
      }
      open_if(level > kTuple);
      for (size_t i = 0; i < t->elts.size(); i++) {
        if (i) put(", ");
        expr(t->elts[i], kTest);
      }
      if (t->elts.size() == 1) put(",");
      close_if(level > kTuple);
      return;
    }
    case ExprKind::Slice: {
      auto* s = ast::cast<ast::Slice>(e);
      if (s->lower) expr(s->lower, kTest);
      put(":");
      if (s->upper) expr(s->upper, kTest);
      if (s->step) {
        put(":");
        expr(s->step, kTest);
      }
      return;
    }
  }
}

}  // namespace

std::string unparse_expr(ThreadState* ts, const ast::Expr* e) {
  Unparser u(ts);
  u.expr(e, kTest);
  return u.out;
}

}  // namespace weft::compiler

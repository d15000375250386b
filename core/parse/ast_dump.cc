// ast::dump(): renders a tree exactly like Python's ast.dump(), so parser
// output can be compared textually with CPython's. Also the kind/operator
// name tables declared in ast.h.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/parse/ast.h"
#include "core/parse/unicode.h"

namespace weft::ast {

const char* kind_name(ExprKind kind) {
  static constexpr const char* kNames[] = {
      "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp",
      "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue",
      "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice"};
  return kNames[static_cast<int>(kind)];
}

const char* kind_name(StmtKind kind) {
  static constexpr const char* kNames[] = {
      "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign",
      "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert",
      "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue"};
  return kNames[static_cast<int>(kind)];
}

const char* kind_name(PatternKind kind) {
  static constexpr const char* kNames[] = {"MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
                                           "MatchClass", "MatchStar",      "MatchAs",       "MatchOr"};
  return kNames[static_cast<int>(kind)];
}

const char* op_name(OperatorKind op) {
  static constexpr const char* kNames[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                           "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
  return kNames[static_cast<int>(op)];
}

const char* op_name(UnaryOpKind op) {
  static constexpr const char* kNames[] = {"Invert", "Not", "UAdd", "USub"};
  return kNames[static_cast<int>(op)];
}

const char* op_name(BoolOpKind op) { return op == BoolOpKind::And ? "And" : "Or"; }

const char* op_name(CmpOpKind op) {
  static constexpr const char* kNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return kNames[static_cast<int>(op)];
}

namespace {

const char* context_name(ExprContext ctx) {
  return ctx == ExprContext::Load ? "Load" : ctx == ExprContext::Store ? "Store" : "Del";
}

// Python's repr() of a float ('r' format): shortest round-trip digits, fixed
// notation for decimal exponents in [-4, 16), scientific otherwise.
std::string float_repr(double value, bool add_dot_zero) {
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (std::isnan(value)) return "nan";
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  std::string sci(buf, result.ptr);
  bool negative = sci[0] == '-';
  if (negative) sci.erase(0, 1);
  size_t e = sci.find('e');
  std::string digits = sci.substr(0, e);
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  int exponent = std::stoi(sci.substr(e + 1));
  int decpt = exponent + 1;
  std::string out = negative ? "-" : "";
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out += "0." + std::string(-decpt, '0') + digits;
    } else if (static_cast<size_t>(decpt) >= digits.size()) {
      out += digits + std::string(decpt - digits.size(), '0');
      if (add_dot_zero) out += ".0";
    } else {
      out += digits.substr(0, decpt) + "." + digits.substr(decpt);
    }
  } else {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    std::snprintf(buf, sizeof buf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += buf;
  }
  return out;
}

// Python's repr() of a str given as UTF-8 (WTF-8 surrogates allowed).
std::string str_repr(const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    uint32_t cp = c;
    int len = 1;
    if (c >= 0x80) {
      // Decode leniently so that WTF-8 surrogates come out as \udXXX.
      if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
        cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
        len = 3;
      } else {
        int32_t decoded = syntax::decode_utf8(s, i, &len);
        cp = decoded < 0 ? c : static_cast<uint32_t>(decoded);
      }
    }
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp < 0x80 && (cp < 0x20 || cp == 0x7F)) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp >= 0x80 && !syntax::is_printable(cp)) {
      std::snprintf(buf, sizeof buf, cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x", cp);
      out += buf;
    } else {
      out.append(s, i, len);
    }
    i += len;
  }
  out += quote;
  return out;
}

std::string bytes_repr(const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  char buf[8];
  for (unsigned char c : s) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

std::string constant_repr(const ConstantValue& v) {
  switch (v.kind) {
    case ConstantValue::None: return "None";
    case ConstantValue::True: return "True";
    case ConstantValue::False: return "False";
    case ConstantValue::Ellipsis: return "Ellipsis";
    case ConstantValue::Int: return v.text;
    case ConstantValue::Float: return float_repr(v.f, true);
    case ConstantValue::Complex: return float_repr(v.f, false) + "j";
    case ConstantValue::Str: return str_repr(v.text);
    case ConstantValue::Bytes: return bytes_repr(v.text);
  }
  return "?";
}

// Builds "Name(field=value, ...)" strings; optional fields are skipped when
// absent, as ast.dump() does.
class Dumper {
 public:
  explicit Dumper(bool attributes) : attributes_(attributes) {}

  std::string expr(const Expr* e);
  std::string stmt(const Stmt* s);
  std::string pattern(const Pattern* p);
  std::string module(const Module& m);

 private:
  class Node {
   public:
    Node(Dumper* d, const char* name) : dumper_(d), out_(std::string(name) + "(") {}
    Node& field(const char* name, const std::string& value) {
      if (!first_) out_ += ", ";
      first_ = false;
      out_ += name;
      out_ += '=';
      out_ += value;
      return *this;
    }
    Node& optional(const char* name, const std::string& value) {
      return value.empty() ? *this : field(name, value);
    }
    Node& ident(const char* name, const std::string& value) { return field(name, str_repr(value)); }
    Node& optional_ident(const char* name, const std::string& value) {
      return value.empty() ? *this : ident(name, value);
    }
    Node& expr(const char* name, const Expr* e) { return field(name, dumper_->expr(e)); }
    Node& optional_expr(const char* name, const Expr* e) { return e ? expr(name, e) : *this; }
    Node& exprs(const char* name, const std::vector<Expr*>& list) {
      return field(name, dumper_->list(list, [this](const Expr* e) { return e ? dumper_->expr(e) : "None"; }));
    }
    Node& stmts(const char* name, const std::vector<Stmt*>& list) {
      return field(name, dumper_->list(list, [this](const Stmt* s) { return dumper_->stmt(s); }));
    }
    Node& patterns(const char* name, const std::vector<Pattern*>& list) {
      return field(name, dumper_->list(list, [this](const Pattern* p) { return dumper_->pattern(p); }));
    }
    Node& integer(const char* name, int value) { return field(name, std::to_string(value)); }
    std::string done(const Located* loc = nullptr) {
      if (loc != nullptr && dumper_->attributes_) {
        integer("lineno", loc->lineno);
        integer("col_offset", loc->col_offset);
        integer("end_lineno", loc->end_lineno);
        integer("end_col_offset", loc->end_col_offset);
      }
      return out_ + ")";
    }

   private:
    Dumper* dumper_;
    std::string out_;
    bool first_ = true;
  };

  template <class T, class F>
  std::string list(const std::vector<T>& items, F render) {
    if (items.empty()) return "[]";
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      out += render(items[i]);
    }
    return out + "]";
  }

  std::string simple(const char* name) { return std::string(name) + "()"; }
  std::string arguments_node(const arguments* a);
  std::string arg_node(const arg* a);
  std::string keyword_node(const keyword* k);
  std::string comprehension_node(const comprehension* c);
  std::string alias_node(const alias* a);
  std::string handler_node(const ExceptHandler* h);
  std::string withitem_node(const withitem* w);
  std::string match_case_node(const match_case* c);
  template <class T>
  std::string generators(const std::vector<T*>& list) {
    return this->list(list, [this](const comprehension* c) { return comprehension_node(c); });
  }

  struct DepthScope {
    explicit DepthScope(Dumper* d) : dumper(d) { ++dumper->depth_; }
    ~DepthScope() { --dumper->depth_; }
    Dumper* dumper;
  };
  static constexpr int kMaxDepth = 2000;

  bool attributes_;
  int depth_ = 0;
};

std::string Dumper::arg_node(const arg* a) {
  return Node(this, "arg").ident("arg", a->arg).optional_expr("annotation", a->annotation).done(a);
}

std::string Dumper::arguments_node(const arguments* a) {
  auto args = [this](const std::vector<arg*>& list) {
    return this->list(list, [this](const arg* x) { return arg_node(x); });
  };
  Node node(this, "arguments");
  node.field("posonlyargs", args(a->posonlyargs)).field("args", args(a->args));
  if (a->vararg) node.field("vararg", arg_node(a->vararg));
  node.field("kwonlyargs", args(a->kwonlyargs)).exprs("kw_defaults", a->kw_defaults);
  if (a->kwarg) node.field("kwarg", arg_node(a->kwarg));
  return node.exprs("defaults", a->defaults).done();
}

std::string Dumper::keyword_node(const keyword* k) {
  return Node(this, "keyword").optional_ident("arg", k->arg).expr("value", k->value).done(k);
}

std::string Dumper::comprehension_node(const comprehension* c) {
  return Node(this, "comprehension")
      .expr("target", c->target)
      .expr("iter", c->iter)
      .exprs("ifs", c->ifs)
      .integer("is_async", c->is_async)
      .done();
}

std::string Dumper::alias_node(const alias* a) {
  return Node(this, "alias").ident("name", a->name).optional_ident("asname", a->asname).done(a);
}

std::string Dumper::handler_node(const ExceptHandler* h) {
  return Node(this, "ExceptHandler")
      .optional_expr("type", h->type)
      .optional_ident("name", h->name)
      .stmts("body", h->body)
      .done(h);
}

std::string Dumper::withitem_node(const withitem* w) {
  return Node(this, "withitem").expr("context_expr", w->context_expr).optional_expr("optional_vars", w->optional_vars).done();
}

std::string Dumper::match_case_node(const match_case* c) {
  return Node(this, "match_case")
      .field("pattern", pattern(c->pattern))
      .optional_expr("guard", c->guard)
      .stmts("body", c->body)
      .done();
}

std::string Dumper::expr(const Expr* e) {
  // Left-nested chains (a.b.c..., a+b+c...) can be arbitrarily deep; stop
  // recursing long before the native stack would overflow.
  if (depth_ > kMaxDepth) return "...";
  DepthScope scope(this);
  const char* name = kind_name(e->kind);
  Node node(this, name);
  switch (e->kind) {
    case ExprKind::BoolOp: {
      auto* n = cast<BoolOp>(e);
      node.field("op", simple(op_name(n->op))).exprs("values", n->values);
      break;
    }
    case ExprKind::NamedExpr: {
      auto* n = cast<NamedExpr>(e);
      node.expr("target", n->target).expr("value", n->value);
      break;
    }
    case ExprKind::BinOp: {
      auto* n = cast<BinOp>(e);
      node.expr("left", n->left).field("op", simple(op_name(n->op))).expr("right", n->right);
      break;
    }
    case ExprKind::UnaryOp: {
      auto* n = cast<UnaryOp>(e);
      node.field("op", simple(op_name(n->op))).expr("operand", n->operand);
      break;
    }
    case ExprKind::Lambda: {
      auto* n = cast<Lambda>(e);
      node.field("args", arguments_node(n->args)).expr("body", n->body);
      break;
    }
    case ExprKind::IfExp: {
      auto* n = cast<IfExp>(e);
      node.expr("test", n->test).expr("body", n->body).expr("orelse", n->orelse);
      break;
    }
    case ExprKind::Dict: {
      auto* n = cast<Dict>(e);
      node.exprs("keys", n->keys).exprs("values", n->values);
      break;
    }
    case ExprKind::Set: node.exprs("elts", cast<Set>(e)->elts); break;
    case ExprKind::ListComp: {
      auto* n = cast<ListComp>(e);
      node.expr("elt", n->elt).field("generators", generators(n->generators));
      break;
    }
    case ExprKind::SetComp: {
      auto* n = cast<SetComp>(e);
      node.expr("elt", n->elt).field("generators", generators(n->generators));
      break;
    }
    case ExprKind::DictComp: {
      auto* n = cast<DictComp>(e);
      node.expr("key", n->key).expr("value", n->value).field("generators", generators(n->generators));
      break;
    }
    case ExprKind::GeneratorExp: {
      auto* n = cast<GeneratorExp>(e);
      node.expr("elt", n->elt).field("generators", generators(n->generators));
      break;
    }
    case ExprKind::Await: node.expr("value", cast<Await>(e)->value); break;
    case ExprKind::Yield: node.optional_expr("value", cast<Yield>(e)->value); break;
    case ExprKind::YieldFrom: node.expr("value", cast<YieldFrom>(e)->value); break;
    case ExprKind::Compare: {
      auto* n = cast<Compare>(e);
      node.expr("left", n->left)
          .field("ops", list(n->ops, [this](CmpOpKind op) { return simple(op_name(op)); }))
          .exprs("comparators", n->comparators);
      break;
    }
    case ExprKind::Call: {
      auto* n = cast<Call>(e);
      node.expr("func", n->func)
          .exprs("args", n->args)
          .field("keywords", list(n->keywords, [this](const keyword* k) { return keyword_node(k); }));
      break;
    }
    case ExprKind::FormattedValue: {
      auto* n = cast<FormattedValue>(e);
      node.expr("value", n->value).integer("conversion", n->conversion).optional_expr("format_spec", n->format_spec);
      break;
    }
    case ExprKind::JoinedStr: node.exprs("values", cast<JoinedStr>(e)->values); break;
    case ExprKind::Constant: {
      auto* n = cast<Constant>(e);
      node.field("value", constant_repr(n->value)).optional_ident("kind", n->kind);
      break;
    }
    case ExprKind::Attribute: {
      auto* n = cast<Attribute>(e);
      node.expr("value", n->value).ident("attr", n->attr).field("ctx", simple(context_name(n->ctx)));
      break;
    }
    case ExprKind::Subscript: {
      auto* n = cast<Subscript>(e);
      node.expr("value", n->value).expr("slice", n->slice).field("ctx", simple(context_name(n->ctx)));
      break;
    }
    case ExprKind::Starred: {
      auto* n = cast<Starred>(e);
      node.expr("value", n->value).field("ctx", simple(context_name(n->ctx)));
      break;
    }
    case ExprKind::Name: {
      auto* n = cast<Name>(e);
      node.ident("id", n->id).field("ctx", simple(context_name(n->ctx)));
      break;
    }
    case ExprKind::List: {
      auto* n = cast<List>(e);
      node.exprs("elts", n->elts).field("ctx", simple(context_name(n->ctx)));
      break;
    }
    case ExprKind::Tuple: {
      auto* n = cast<Tuple>(e);
      node.exprs("elts", n->elts).field("ctx", simple(context_name(n->ctx)));
      break;
    }
    case ExprKind::Slice: {
      auto* n = cast<Slice>(e);
      node.optional_expr("lower", n->lower).optional_expr("upper", n->upper).optional_expr("step", n->step);
      break;
    }
  }
  return node.done(e);
}

std::string Dumper::pattern(const Pattern* p) {
  Node node(this, kind_name(p->kind));
  switch (p->kind) {
    case PatternKind::MatchValue: node.expr("value", cast<MatchValue>(p)->value); break;
    case PatternKind::MatchSingleton: node.field("value", constant_repr(cast<MatchSingleton>(p)->value)); break;
    case PatternKind::MatchSequence: node.patterns("patterns", cast<MatchSequence>(p)->patterns); break;
    case PatternKind::MatchMapping: {
      auto* n = cast<MatchMapping>(p);
      node.exprs("keys", n->keys).patterns("patterns", n->patterns).optional_ident("rest", n->rest);
      break;
    }
    case PatternKind::MatchClass: {
      auto* n = cast<MatchClass>(p);
      node.expr("cls", n->cls)
          .patterns("patterns", n->patterns)
          .field("kwd_attrs", list(n->kwd_attrs, [](const std::string& s) { return str_repr(s); }))
          .patterns("kwd_patterns", n->kwd_patterns);
      break;
    }
    case PatternKind::MatchStar: node.optional_ident("name", cast<MatchStar>(p)->name); break;
    case PatternKind::MatchAs: {
      auto* n = cast<MatchAs>(p);
      if (n->pattern) node.field("pattern", pattern(n->pattern));
      node.optional_ident("name", n->name);
      break;
    }
    case PatternKind::MatchOr: node.patterns("patterns", cast<MatchOr>(p)->patterns); break;
  }
  return node.done(p);
}

std::string Dumper::stmt(const Stmt* s) {
  if (depth_ > kMaxDepth) return "...";
  DepthScope scope(this);
  Node node(this, kind_name(s->kind));
  auto function = [&](const auto* n) {
    node.ident("name", n->name)
        .field("args", arguments_node(n->args))
        .stmts("body", n->body)
        .exprs("decorator_list", n->decorator_list)
        .optional_expr("returns", n->returns);
  };
  auto loop = [&](const auto* n) {
    node.expr("target", n->target).expr("iter", n->iter).stmts("body", n->body).stmts("orelse", n->orelse);
  };
  auto with = [&](const auto* n) {
    node.field("items", list(n->items, [this](const withitem* w) { return withitem_node(w); })).stmts("body", n->body);
  };
  auto try_ = [&](const auto* n) {
    node.stmts("body", n->body)
        .field("handlers", list(n->handlers, [this](const ExceptHandler* h) { return handler_node(h); }))
        .stmts("orelse", n->orelse)
        .stmts("finalbody", n->finalbody);
  };
  switch (s->kind) {
    case StmtKind::FunctionDef: function(cast<FunctionDef>(s)); break;
    case StmtKind::AsyncFunctionDef: function(cast<AsyncFunctionDef>(s)); break;
    case StmtKind::ClassDef: {
      auto* n = cast<ClassDef>(s);
      node.ident("name", n->name)
          .exprs("bases", n->bases)
          .field("keywords", list(n->keywords, [this](const keyword* k) { return keyword_node(k); }))
          .stmts("body", n->body)
          .exprs("decorator_list", n->decorator_list);
      break;
    }
    case StmtKind::Return: node.optional_expr("value", cast<Return>(s)->value); break;
    case StmtKind::Delete: node.exprs("targets", cast<Delete>(s)->targets); break;
    case StmtKind::Assign: {
      auto* n = cast<Assign>(s);
      node.exprs("targets", n->targets).expr("value", n->value);
      break;
    }
    case StmtKind::AugAssign: {
      auto* n = cast<AugAssign>(s);
      node.expr("target", n->target).field("op", simple(op_name(n->op))).expr("value", n->value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto* n = cast<AnnAssign>(s);
      node.expr("target", n->target)
          .expr("annotation", n->annotation)
          .optional_expr("value", n->value)
          .integer("simple", n->simple);
      break;
    }
    case StmtKind::For: loop(cast<For>(s)); break;
    case StmtKind::AsyncFor: loop(cast<AsyncFor>(s)); break;
    case StmtKind::While: {
      auto* n = cast<While>(s);
      node.expr("test", n->test).stmts("body", n->body).stmts("orelse", n->orelse);
      break;
    }
    case StmtKind::If: {
      auto* n = cast<If>(s);
      node.expr("test", n->test).stmts("body", n->body).stmts("orelse", n->orelse);
      break;
    }
    case StmtKind::With: with(cast<With>(s)); break;
    case StmtKind::AsyncWith: with(cast<AsyncWith>(s)); break;
    case StmtKind::Match: {
      auto* n = cast<Match>(s);
      node.expr("subject", n->subject)
          .field("cases", list(n->cases, [this](const match_case* c) { return match_case_node(c); }));
      break;
    }
    case StmtKind::Raise: {
      auto* n = cast<Raise>(s);
      node.optional_expr("exc", n->exc).optional_expr("cause", n->cause);
      break;
    }
    case StmtKind::Try: try_(cast<Try>(s)); break;
    case StmtKind::TryStar: try_(cast<TryStar>(s)); break;
    case StmtKind::Assert: {
      auto* n = cast<Assert>(s);
      node.expr("test", n->test).optional_expr("msg", n->msg);
      break;
    }
    case StmtKind::Import:
      node.field("names", list(cast<Import>(s)->names, [this](const alias* a) { return alias_node(a); }));
      break;
    case StmtKind::ImportFrom: {
      auto* n = cast<ImportFrom>(s);
      node.optional_ident("module", n->module)
          .field("names", list(n->names, [this](const alias* a) { return alias_node(a); }))
          .integer("level", n->level);
      break;
    }
    case StmtKind::Global:
      node.field("names", list(cast<Global>(s)->names, [](const std::string& x) { return str_repr(x); }));
      break;
    case StmtKind::Nonlocal:
      node.field("names", list(cast<Nonlocal>(s)->names, [](const std::string& x) { return str_repr(x); }));
      break;
    case StmtKind::Expr: node.expr("value", cast<ExprStmt>(s)->value); break;
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue: break;
  }
  return node.done(s);
}

std::string Dumper::module(const Module& m) {
  auto body = [&]() { return list(m.body, [this](const Stmt* s) { return stmt(s); }); };
  switch (m.mode) {
    case ParseMode::Exec: return "Module(body=" + body() + ", type_ignores=[])";
    case ParseMode::Eval: return "Expression(body=" + (m.expression() ? expr(m.expression()) : "None") + ")";
    case ParseMode::Single: return "Interactive(body=" + body() + ")";
  }
  return "";
}

}  // namespace

std::string dump(const Module& module, bool include_attributes) { return Dumper(include_attributes).module(module); }

std::string dump(const Expr* expr, bool include_attributes) { return Dumper(include_attributes).expr(expr); }

}  // namespace weft::ast

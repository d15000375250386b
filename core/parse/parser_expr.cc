// Expression rules of the parser: one function per precedence level, from
// star_expressions down to atoms, plus displays, comprehensions, slices and
// lambdas. Rule names follow CPython's Grammar/python.gram.
#include "core/parse/parser.h"
#include "core/parse/parser_inl.h"

namespace weft::syntax {

using namespace ast;

namespace {

// CPython 3.11 compares only the name's length worth of characters, so any
// prefix of a soft keyword ("m", "ca", ...) counts as one for its diagnostics.
bool is_soft_keyword_prefix(std::string_view word) {
  for (std::string_view keyword : {"match", "case", "_"}) {
    if (!word.empty() && keyword.substr(0, word.size()) == word) return true;
  }
  return false;
}

}  // namespace

bool Parser::at_expression_start() {
  switch (peek().kind) {
    case Tok::Name:
    case Tok::Number:
    case Tok::String:
    case Tok::LPar:
    case Tok::LSqb:
    case Tok::LBrace:
    case Tok::Minus:
    case Tok::Plus:
    case Tok::Tilde:
    case Tok::Ellipsis:
    case Tok::KwNot:
    case Tok::KwLambda:
    case Tok::KwAwait:
    case Tok::KwNone:
    case Tok::KwTrue:
    case Tok::KwFalse: return true;
    default: return false;
  }
}

// star_expressions: star_expression (',' star_expression)* [',']
Expr* Parser::star_expressions(ExprListInfo* info) {
  const Token& start = peek();
  size_t element_mark = mark();
  Expr* first = star_expression();
  if (!at(Tok::Comma)) {
    if (info != nullptr) info->last_element_mark = element_mark;
    return first;
  }
  std::vector<Expr*> elts{first};
  while (accept(Tok::Comma)) {
    if (!at_expression_start() && !at(Tok::Star)) break;
    element_mark = mark();
    elts.push_back(star_expression());
  }
  if (info != nullptr) {
    info->is_tuple = true;
    info->last_element_mark = element_mark;
  }
  Tuple* tuple = make_at<Tuple>(start);
  tuple->elts = std::move(elts);
  return tuple;
}

// star_expression: '*' bitwise_or | expression
Expr* Parser::star_expression() {
  if (!at(Tok::Star)) return expression();
  const Token& star = advance();
  Expr* value = bitwise_or();
  Starred* starred = make_at<Starred>(star);
  starred->value = value;
  return starred;
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::star_named_expression() {
  if (at(Tok::Star)) return star_expression();
  return named_expression();
}

// named_expression: NAME ':=' expression | expression !':='
// On failure, reproduces CPython's invalid_named_expression diagnostics.
Expr* Parser::named_expression() {
  const Token& start = peek();
  if (start.kind == Tok::Name && peek(1).kind == Tok::ColonEqual) {
    advance();
    Name* target = make_at<Name>(start);
    target->id = identifier(start);
    target->ctx = ExprContext::Store;
    advance();
    Expr* value = expression();
    NamedExpr* named = make_at<NamedExpr>(start);
    named->target = target;
    named->value = value;
    return named;
  }
  size_t start_mark = mark();
  Expr* e = expression();
  if (at(Tok::ColonEqual) && no_invalid_ == 0) {
    bool has_value = probe([&]() -> bool {
      advance();
      return expression() != nullptr;
    });
    if (has_value) raise_at(e, std::string("cannot use assignment expressions with ") + expr_name(e));
  }
  if (at(Tok::Equal)) check_equal_after_named_expression(e, start_mark);
  return e;
}

// `x = y` where a named expression was expected (e.g. `if x = 1:`), with
// the position just before '='. CPython suggests '==' when the right side is
// a complete bitwise_or expression.
void Parser::check_equal_after_named_expression(Expr* e, size_t start_mark) {
  if (no_invalid_ > 0) return;
  const Token& first = tokens_[start_mark];
  bool bare_name = first.kind == Tok::Name && e->kind == ExprKind::Name && mark() == start_mark + 1;
  bool group = first.kind == Tok::LPar && (e->lineno != first.lineno || e->col_offset != first.col_offset);
  if (!bare_name && ((!group && !is_bitwise_or_level(e)) || starts_with_display(e, start_mark))) return;
  size_t saved = mark();
  Expr* rhs = probe([&]() -> Expr* {
    advance();  // '='
    Expr* value = bitwise_or();
    return at(Tok::Equal) || at(Tok::ColonEqual) ? nullptr : value;
  });
  reset(saved);
  if (rhs == nullptr) return;
  if (bare_name) raise_range(e, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  raise_at(e, std::string("cannot assign to ") + expr_name(e) + " here. Maybe you meant '==' instead of '='?");
}

// True if `e` could be the whole of a bitwise_or parse (no comparison,
// boolean operator, `not`, conditional, lambda, star or yield at the top).
bool Parser::is_bitwise_or_level(const Expr* e) {
  switch (e->kind) {
    case ExprKind::BoolOp:
    case ExprKind::Compare:
    case ExprKind::IfExp:
    case ExprKind::Lambda:
    case ExprKind::NamedExpr:
    case ExprKind::Starred:
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return false;
    case ExprKind::UnaryOp: return cast<UnaryOp>(e)->op != UnaryOpKind::Not;
    default: return true;
  }
}

// CPython's `!(list|tuple|genexp|'True'|'None'|'False')` look-ahead: does the
// expression starting at `start_mark` begin with one of those atoms?
bool Parser::starts_with_display(const Expr* e, size_t start_mark) {
  const Token& first = tokens_[start_mark];
  if (first.kind == Tok::KwTrue || first.kind == Tok::KwFalse || first.kind == Tok::KwNone) return true;
  if (first.kind != Tok::LSqb && first.kind != Tok::LPar) return false;
  const Expr* atom = e;  // the leftmost operand
  for (;;) {
    if (atom->kind == ExprKind::BinOp) {
      atom = cast<BinOp>(atom)->left;
    } else if (atom->kind == ExprKind::Attribute) {
      atom = cast<Attribute>(atom)->value;
    } else if (atom->kind == ExprKind::Subscript) {
      atom = cast<Subscript>(atom)->value;
    } else if (atom->kind == ExprKind::Call) {
      atom = cast<Call>(atom)->func;
    } else {
      break;
    }
  }
  bool at_start = atom->lineno == first.lineno && atom->col_offset == first.col_offset;
  return at_start && (atom->kind == ExprKind::List || atom->kind == ExprKind::Tuple ||
                      atom->kind == ExprKind::GeneratorExp);
}

// expressions: expression (',' expression)* [',']
Expr* Parser::expressions() {
  const Token& start = peek();
  Expr* first = expression();
  if (!at(Tok::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(Tok::Comma)) {
    if (!at_expression_start()) break;
    elts.push_back(expression());
  }
  Tuple* tuple = make_at<Tuple>(start);
  tuple->elts = std::move(elts);
  return tuple;
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef
Expr* Parser::expression() {
  DepthGuard guard(this);
  size_t start_mark = mark();
  Expr* e = expression_body();
  // CPython memoizes `expression` per position regardless of whether its
  // invalid_* rules were enabled, so a position first parsed with them off
  // never gets these diagnostics.
  if (no_invalid_ > 0) {
    if (plain_expression_starts_.size() <= start_mark) plain_expression_starts_.resize(start_mark + 1);
    plain_expression_starts_[start_mark] = true;
  } else if (start_mark >= plain_expression_starts_.size() || !plain_expression_starts_[start_mark]) {
    if (at_expression_start()) check_juxtaposed_expression(e, start_mark);
    if (probing_ == 0) defer_legacy_print(start_mark);
  }
  return e;
}

Expr* Parser::expression_body() {
  if (at(Tok::KwLambda)) return lambdef();
  const Token& start = peek();
  Expr* body = disjunction();
  if (!at(Tok::KwIf)) return body;
  // In CPython's PEG grammar a conditional that does not complete falls back
  // to the plain `body`; that matters where it is parsed only to choose a
  // diagnostic (probes, regions without invalid_* rules).
  bool backtrack = probing_ > 0 || no_invalid_ > 0;
  size_t if_mark = mark();
  advance();
  size_t test_mark = mark();
  Expr* test = try_parse([&]() -> Expr* { return disjunction(); });
  if (test == nullptr) {
    // The error pass re-reads the condition leniently (`x if y >` is `x if y`
    // followed by junk) and may then ask for the 'else'.
    Expr* partial = no_invalid_ == 0 ? probe([&]() -> Expr* { return disjunction(); }) : nullptr;
    if (partial != nullptr && !at(Tok::KwElse) && !at(Tok::Colon)) {
      raise_range(body, partial, "expected 'else' after 'if' expression");
    }
    if (backtrack) {
      reset(if_mark);
      return body;
    }
    reset(test_mark);
    disjunction();  // reproduces the original error
  }
  if (!at(Tok::KwElse)) {
    if (no_invalid_ == 0 && !at(Tok::Colon)) raise_range(body, test, "expected 'else' after 'if' expression");
    if (backtrack) {
      reset(if_mark);
      return body;
    }
    invalid_syntax();
  }
  advance();
  Expr* orelse = backtrack ? try_parse([&]() -> Expr* { return expression(); }) : expression();
  if (orelse == nullptr) {
    reset(if_mark);
    return body;
  }
  IfExp* ifexp = make_at<IfExp>(start);
  ifexp->test = test;
  ifexp->body = body;
  ifexp->orelse = orelse;
  return ifexp;
}

// Two expressions side by side: CPython's invalid_expression ("Perhaps you
// forgot a comma?", only inside brackets) and invalid_legacy_expression
// (`print x`).
void Parser::check_juxtaposed_expression(Expr* first, size_t start_mark) {
  const Token& start = tokens_[start_mark];
  bool bare_name = start.kind == Tok::Name && first->kind == ExprKind::Name && mark() == start_mark + 1;
  bool legacy = first->kind == ExprKind::Name && (cast<Name>(first)->id == "print" || cast<Name>(first)->id == "exec");
  bool excluded = start.kind == Tok::Name && (tokens_[start_mark + 1].kind == Tok::String ||
                                              is_soft_keyword_prefix(text(start)));
  if (!excluded && first->kind != ExprKind::IfExp && first->kind != ExprKind::Lambda) {
    size_t saved = mark();
    Expr* second = probe([&]() -> Expr* { return expression_without_invalid(); });
    int level = mark() > 0 ? tokens_[mark() - 1].level : 0;
    reset(saved);
    if (second != nullptr && level > 0 && !legacy) {
      raise_range(first, second, "invalid syntax. Perhaps you forgot a comma?");
    }
  }
  if (bare_name) {
    // CPython reads what follows any bare name before checking for print/exec.
    size_t saved = mark();
    Expr* rest = probe([&]() -> Expr* { return star_expressions(); });
    reset(saved);
    if (rest != nullptr && legacy) {
      std::string name(text(start));
      raise_range(first, rest,
                  "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
    }
  }
}

// `print -x` or `print >>f, x` parse as valid expressions, but CPython's
// error pass flags any `print`/`exec` not followed by '(' whose remainder
// reads as an expression list. Kept as a deferred diagnostic: it shows only
// if the file turns out to be invalid.
void Parser::defer_legacy_print(size_t start_mark) {
  const Token& start = tokens_[start_mark];
  if (deferred_error_ || deferred_match_colon_ || start.kind != Tok::Name || mark() == start_mark + 1) return;
  if (text(start) != "print" && text(start) != "exec") return;
  if (tokens_[start_mark + 1].kind == Tok::LPar) return;
  size_t here = mark();
  reset(start_mark + 1);
  try {
    Expr* rest = probe([&]() -> Expr* { return star_expressions(); });
    if (rest != nullptr) {
      std::string name(text(start));
      Located where;
      where.lineno = start.lineno;
      where.col_offset = start.col_offset;
      raise_range(&where, rest, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
    }
  } catch (const ParseFailure&) {
    if (error_from_tokenizer_ || error_first_pass_) throw;
    deferred_error_ = error_;
  }
  reset(here);
}

// An expression whose follower is checked in CPython's first pass (a forced
// token), so the second-pass diagnostics above do not apply to it.
Expr* Parser::expression_without_invalid() {
  DepthGuard guard(this);
  ScopedCount no_invalid(no_invalid_);
  return expression_body();
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::yield_expr() {
  const Token& start = advance();
  if (accept(Tok::KwFrom)) {
    Expr* value = expression();
    YieldFrom* node = make_at<YieldFrom>(start);
    node->value = value;
    return node;
  }
  Yield* node;
  if (at_expression_start() || at(Tok::Star)) {
    Expr* value = star_expressions();
    node = make_at<Yield>(start);
    node->value = value;
  } else {
    node = make_at<Yield>(start);
  }
  return node;
}

// disjunction: conjunction ('or' conjunction)*
Expr* Parser::disjunction() {
  const Token& start = peek();
  Expr* first = conjunction();
  if (!at(Tok::KwOr)) return first;
  std::vector<Expr*> values{first};
  while (at(Tok::KwOr)) {
    Expr* next = binary_operand([this] { return conjunction(); });
    if (next == nullptr) break;
    values.push_back(next);
  }
  if (values.size() == 1) return first;
  BoolOp* node = make_at<BoolOp>(start);
  node->op = BoolOpKind::Or;
  node->values = std::move(values);
  return node;
}

// conjunction: inversion ('and' inversion)*
Expr* Parser::conjunction() {
  const Token& start = peek();
  Expr* first = inversion();
  if (!at(Tok::KwAnd)) return first;
  std::vector<Expr*> values{first};
  while (at(Tok::KwAnd)) {
    Expr* next = binary_operand([this] { return inversion(); });
    if (next == nullptr) break;
    values.push_back(next);
  }
  if (values.size() == 1) return first;
  BoolOp* node = make_at<BoolOp>(start);
  node->op = BoolOpKind::And;
  node->values = std::move(values);
  return node;
}

// inversion: 'not' inversion | comparison. Iterative so that long chains of
// `not` do not consume native stack.
Expr* Parser::inversion() {
  std::vector<size_t> nots;
  while (at(Tok::KwNot)) {
    nots.push_back(mark());
    advance();
  }
  DepthGuard guard(this, static_cast<int>(nots.size()));
  Expr* operand = comparison();
  for (auto it = nots.rbegin(); it != nots.rend(); ++it) {
    UnaryOp* node = make_at<UnaryOp>(tokens_[*it]);
    node->op = UnaryOpKind::Not;
    node->operand = operand;
    operand = node;
  }
  return operand;
}

// comparison: bitwise_or (compare_op bitwise_or)*
Expr* Parser::comparison() {
  const Token& start = peek();
  Expr* left = bitwise_or();
  Compare* compare = nullptr;
  for (;;) {
    CmpOpKind op;
    switch (peek().kind) {
      case Tok::EqEqual: op = CmpOpKind::Eq; break;
      case Tok::NotEqual:
        // "<>" only exists under `from __future__ import barry_as_FLUFL`.
        if (text(peek()) == "<>") invalid_syntax();
        op = CmpOpKind::NotEq;
        break;
      case Tok::Less: op = CmpOpKind::Lt; break;
      case Tok::LessEqual: op = CmpOpKind::LtE; break;
      case Tok::Greater: op = CmpOpKind::Gt; break;
      case Tok::GreaterEqual: op = CmpOpKind::GtE; break;
      case Tok::KwIn: op = CmpOpKind::In; break;
      case Tok::KwIs: op = peek(1).kind == Tok::KwNot ? CmpOpKind::IsNot : CmpOpKind::Is; break;
      case Tok::KwNot:
        if (peek(1).kind != Tok::KwIn) return compare ? compare : left;
        op = CmpOpKind::NotIn;
        break;
      default: return compare ? compare : left;
    }
    size_t op_mark = mark();
    if (op == CmpOpKind::IsNot || op == CmpOpKind::NotIn) advance();  // first of two tokens
    Expr* right = binary_operand([this] { return bitwise_or(); });
    if (right == nullptr) {
      reset(op_mark);
      return compare ? compare : left;
    }
    if (compare == nullptr) {
      compare = make_at<Compare>(start);
      compare->left = left;
    }
    compare->ops.push_back(op);
    compare->comparators.push_back(right);
    set_end(compare, prev());
  }
}

// Consumes a binary operator and parses its right operand. In a diagnostic
// probe a missing operand backtracks, as CPython's PEG rules do (`a = b -`
// is read as `a = b` followed by a stray '-'), and null is returned.
template <class F>
Expr* Parser::binary_operand(F next) {
  if (probing_ == 0) {
    advance();
    return next();
  }
  size_t before = mark();
  Expr* right = try_parse([&]() -> Expr* {
    advance();
    return next();
  });
  if (right == nullptr) reset(before);
  return right;
}

namespace {

// One left-associative binary precedence level.
struct BinaryLevel {
  Tok token;
  OperatorKind op;
};

}  // namespace

#define WEFT_BINARY_LEVEL(name, next, ...)                                 \
  Expr* Parser::name() {                                                   \
    static constexpr BinaryLevel kOps[] = {__VA_ARGS__};                   \
    const Token& start = peek();                                           \
    Expr* left = next();                                                   \
    for (;;) {                                                             \
      const BinaryLevel* match = nullptr;                                  \
      for (const BinaryLevel& level : kOps) {                              \
        if (at(level.token)) match = &level;                               \
      }                                                                    \
      if (match == nullptr) return left;                                   \
      Expr* right = binary_operand([this] { return next(); });             \
      if (right == nullptr) return left;                                   \
      BinOp* node = make_at<BinOp>(start);                        \
      node->left = left;                                                   \
      node->op = match->op;                                                \
      node->right = right;                                                 \
      left = node;                                                         \
    }                                                                      \
  }

WEFT_BINARY_LEVEL(bitwise_or, bitwise_xor, {Tok::VBar, OperatorKind::BitOr})
WEFT_BINARY_LEVEL(bitwise_xor, bitwise_and, {Tok::Circumflex, OperatorKind::BitXor})
WEFT_BINARY_LEVEL(bitwise_and, shift_expr, {Tok::Amper, OperatorKind::BitAnd})
WEFT_BINARY_LEVEL(shift_expr, sum, {Tok::LeftShift, OperatorKind::LShift}, {Tok::RightShift, OperatorKind::RShift})
WEFT_BINARY_LEVEL(sum, term, {Tok::Plus, OperatorKind::Add}, {Tok::Minus, OperatorKind::Sub})
WEFT_BINARY_LEVEL(term, factor, {Tok::Star, OperatorKind::Mult}, {Tok::Slash, OperatorKind::Div},
                  {Tok::DoubleSlash, OperatorKind::FloorDiv}, {Tok::Percent, OperatorKind::Mod},
                  {Tok::At, OperatorKind::MatMult})

#undef WEFT_BINARY_LEVEL

// factor: ('+' | '-' | '~') factor | power. Iterative over the prefix operators.
Expr* Parser::factor() {
  std::vector<size_t> ops;
  while (at(Tok::Plus) || at(Tok::Minus) || at(Tok::Tilde)) {
    ops.push_back(mark());
    advance();
  }
  DepthGuard guard(this, static_cast<int>(ops.size()) + 1);
  Expr* operand = power();
  for (auto it = ops.rbegin(); it != ops.rend(); ++it) {
    const Token& token = tokens_[*it];
    UnaryOp* node = make_at<UnaryOp>(token);
    node->op = token.kind == Tok::Plus ? UnaryOpKind::UAdd
               : token.kind == Tok::Minus ? UnaryOpKind::USub
                                          : UnaryOpKind::Invert;
    node->operand = operand;
    operand = node;
  }
  return operand;
}

// power: await_primary ['**' factor]
Expr* Parser::power() {
  const Token& start = peek();
  Expr* base = await_primary();
  if (!at(Tok::DoubleStar)) return base;
  Expr* exponent = binary_operand([this] { return factor(); });
  if (exponent == nullptr) return base;
  BinOp* node = make_at<BinOp>(start);
  node->left = base;
  node->op = OperatorKind::Pow;
  node->right = exponent;
  return node;
}

// await_primary: 'await' primary | primary
Expr* Parser::await_primary() {
  if (!at(Tok::KwAwait)) return primary();
  const Token& start = advance();
  Expr* value = primary();
  Await* node = make_at<Await>(start);
  node->value = value;
  return node;
}

// primary: atom followed by any number of '.' NAME, '(' args ')', '[' slices ']'.
Expr* Parser::primary() {
  const Token& start = peek();
  return primary_trailers(atom(), start);
}

// Trailers span from the primary's first token, which may be a parenthesis
// outside the node they apply to: `(a).b` starts at '('.
Expr* Parser::primary_trailers(Expr* expr, const Token& start) {
  for (;;) {
    switch (peek().kind) {
      case Tok::Dot: {
        // `x.` without a name is not a trailer (CPython backtracks to `x`).
        if (peek(1).kind != Tok::Name) return expr;
        advance();
        expect(Tok::Name);
        const Token& name = prev();
        Attribute* node = make_at<Attribute>(start);
        node->value = expr;
        node->attr = identifier(name);
        expr = node;
        break;
      }
      case Tok::LPar: {
        // While probing, a call that does not parse leaves `expr` alone, as
        // CPython's PEG rules backtrack.
        if (probing_ == 0) {
          expr = call(expr, start);
          break;
        }
        Expr* called = try_parse([&]() -> Expr* { return call(expr, start); });
        if (called == nullptr) return expr;
        expr = called;
        break;
      }
      case Tok::LSqb: {
        // A subscript that does not parse leaves `x` alone: CPython then sees
        // a list display after it (`x[]` -> "Perhaps you forgot a comma?").
        Expr* index = try_parse([&]() -> Expr* {
          advance();
          Expr* slice = slices();
          expect(Tok::RSqb);
          return slice;
        });
        if (index == nullptr) return expr;
        Subscript* node = make_at<Subscript>(start);
        node->value = expr;
        node->slice = index;
        expr = node;
        break;
      }
      default: return expr;
    }
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::slices() {
  const Token& start = peek();
  Expr* first = at(Tok::Star) ? star_expression() : slice();
  // A starred element always makes a tuple: a[*b] is a[(*b,)].
  if (!at(Tok::Comma) && first->kind != ExprKind::Starred) return first;
  std::vector<Expr*> elts{first};
  while (accept(Tok::Comma)) {
    if (at(Tok::RSqb)) break;
    elts.push_back(at(Tok::Star) ? star_expression() : slice());
  }
  Tuple* tuple = make_at<Tuple>(start);
  tuple->elts = std::move(elts);
  return tuple;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::slice() {
  const Token& start = peek();
  Expr* lower = nullptr;
  if (!at(Tok::Colon)) {
    lower = named_expression();
    if (!at(Tok::Colon)) return lower;
  }
  advance();  // ':'
  Slice* node = arena_.make<Slice>();
  node->lower = lower;
  if (!at(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RSqb)) node->upper = expression();
  if (accept(Tok::Colon)) {
    if (!at(Tok::Comma) && !at(Tok::RSqb)) node->step = expression();
  }
  node->lineno = start.lineno;
  node->col_offset = start.col_offset;
  set_end(node, prev());
  return node;
}

Expr* Parser::atom() {
  const Token& token = peek();
  switch (token.kind) {
    case Tok::Name: {
      advance();
      Name* node = make_at<Name>(token);
      node->id = identifier(token);
      return node;
    }
    case Tok::KwTrue:
    case Tok::KwFalse:
    case Tok::KwNone:
    case Tok::Ellipsis: {
      advance();
      Constant* node = make_at<Constant>(token);
      node->value.kind = token.kind == Tok::KwTrue    ? ConstantValue::True
                         : token.kind == Tok::KwFalse ? ConstantValue::False
                         : token.kind == Tok::KwNone  ? ConstantValue::None
                                                      : ConstantValue::Ellipsis;
      return node;
    }
    case Tok::Number: advance(); return number(token);
    case Tok::String: return strings();
    case Tok::LPar: return paren_atom();
    case Tok::LSqb: return list_atom();
    case Tok::LBrace: return brace_atom();
    default: invalid_syntax();
  }
}

// '(' ... ')': empty tuple, group, tuple, generator expression or yield.
Expr* Parser::paren_atom() {
  DepthGuard guard(this);
  const Token& open = advance();
  if (accept(Tok::RPar)) return make_at<Tuple>(open);
  if (at(Tok::KwYield)) {
    Expr* value = yield_expr();
    expect(Tok::RPar);
    return value;
  }
  if (at(Tok::DoubleStar)) {
    const Token& stars = peek();
    bool closed = probe([&]() -> bool {
      advance();
      expression();
      return at(Tok::RPar);
    });
    if (closed) raise_at(stars, "cannot use double starred expression here");
    invalid_syntax();
  }
  Expr* first = star_named_expression();
  if (at_comprehension_start()) {
    if (first->kind == ExprKind::Starred) raise_at(first, "iterable unpacking cannot be used in comprehension");
    auto generators = for_if_clauses();
    expect(Tok::RPar);
    GeneratorExp* node = make_at<GeneratorExp>(open);
    node->elt = first;
    node->generators = std::move(generators);
    return node;
  }
  if (accept(Tok::RPar)) {
    if (first->kind == ExprKind::Starred) raise_at(first, "cannot use starred expression here");
    return first;
  }
  if (!at(Tok::Comma)) invalid_syntax();
  std::vector<Expr*> elts{first};
  while (accept(Tok::Comma)) {
    if (at(Tok::RPar)) break;
    elts.push_back(star_named_expression());
  }
  expect(Tok::RPar);
  Tuple* tuple = make_at<Tuple>(open);
  tuple->elts = std::move(elts);
  return tuple;
}

// '[' ... ']': list display or list comprehension.
Expr* Parser::list_atom() {
  DepthGuard guard(this);
  const Token& open = advance();
  if (accept(Tok::RSqb)) return make_at<List>(open);
  Expr* first = star_named_expression();
  if (at_comprehension_start()) {
    if (first->kind == ExprKind::Starred) raise_at(first, "iterable unpacking cannot be used in comprehension");
    auto generators = for_if_clauses();
    expect(Tok::RSqb);
    ListComp* node = make_at<ListComp>(open);
    node->elt = first;
    node->generators = std::move(generators);
    return node;
  }
  std::vector<Expr*> elts{first};
  parse_display_tail(&elts, Tok::RSqb);
  List* list = make_at<List>(open);
  list->elts = std::move(elts);
  return list;
}

// The rest of a list or set display after its first element, diagnosing a
// comprehension whose target tuple lacks parentheses (`[a, b for ...]`).
void Parser::parse_display_tail(std::vector<Expr*>* elts, Tok close) {
  while (accept(Tok::Comma)) {
    if (probe([&]() -> bool { return at_comprehension_start(); })) {
      raise_range(elts->front(), prev(), "did you forget parentheses around the comprehension target?");
    }
    if (at(close)) break;
    elts->push_back(star_named_expression());
    // Only CPython's error pass looks for `for` here, so peek without moving
    // the "invalid syntax" location.
    if (probe([&]() -> bool { return at_comprehension_start(); })) {
      raise_range(elts->front(), elts->back(), "did you forget parentheses around the comprehension target?");
    }
  }
  expect(close);
}

// '{' ... '}': dict, set, dict comprehension or set comprehension.
Expr* Parser::brace_atom() {
  DepthGuard guard(this);
  const Token& open = advance();
  if (accept(Tok::RBrace)) return make_at<Dict>(open);
  if (at(Tok::DoubleStar)) {
    const Token& stars = advance();
    Expr* value = bitwise_or();
    if (at_comprehension_start()) {
      bool closed = probe([&]() -> bool {
        for_if_clauses();
        return at(Tok::RBrace);
      });
      if (closed) raise_at(stars, "dict unpacking cannot be used in dict comprehension");
      invalid_syntax();
    }
    return dict_after_first(open, nullptr, value);
  }
  Expr* first = star_named_expression();
  if (at(Tok::Colon) && first->kind != ExprKind::Starred) {
    const Token& colon = advance();
    if (at(Tok::RBrace) || at(Tok::Comma)) raise_at(colon, "expression expected after dictionary key and ':'");
    if (at(Tok::Star)) starred_dict_value();
    Expr* value = expression();
    if (at_comprehension_start()) {
      auto generators = for_if_clauses();
      expect(Tok::RBrace);
      DictComp* node = make_at<DictComp>(open);
      node->key = first;
      node->value = value;
      node->generators = std::move(generators);
      return node;
    }
    return dict_after_first(open, first, value);
  }
  if (at_comprehension_start()) {
    if (first->kind == ExprKind::Starred) raise_at(first, "iterable unpacking cannot be used in comprehension");
    auto generators = for_if_clauses();
    expect(Tok::RBrace);
    SetComp* node = make_at<SetComp>(open);
    node->elt = first;
    node->generators = std::move(generators);
    return node;
  }
  std::vector<Expr*> elts{first};
  parse_display_tail(&elts, Tok::RBrace);
  Set* set = make_at<Set>(open);
  set->elts = std::move(elts);
  return set;
}

// Remaining `key: value` / `**mapping` items of a dict display.
Expr* Parser::dict_after_first(const Token& open, Expr* key, Expr* value) {
  std::vector<Expr*> keys{key};
  std::vector<Expr*> values{value};
  while (accept(Tok::Comma)) {
    if (at(Tok::RBrace)) break;
    if (accept(Tok::DoubleStar)) {
      keys.push_back(nullptr);
      values.push_back(bitwise_or());
      continue;
    }
    // CPython reports a missing ':' after such a key before a missing comma
    // (brackets inside the key still get their own diagnostics).
    Expr* k;
    {
      DepthGuard guard(this);
      k = expression_body();
    }
    if (!at(Tok::Colon)) {
      raise_raw("SyntaxError", "':' expected after dictionary key", k->lineno, k->end_col_offset, k->end_lineno, 0);
    }
    const Token& colon = advance();
    if (at(Tok::RBrace) || at(Tok::Comma)) raise_at(colon, "expression expected after dictionary key and ':'");
    if (at(Tok::Star)) starred_dict_value();
    keys.push_back(k);
    values.push_back(expression());
  }
  expect(Tok::RBrace);
  Dict* dict = make_at<Dict>(open);
  dict->keys = std::move(keys);
  dict->values = std::move(values);
  return dict;
}

// `{k: *v}`: CPython reads the operand before reporting.
void Parser::starred_dict_value() {
  const Token& star = advance();
  bitwise_or();
  raise_starting_from(star, "cannot use a starred expression in a dictionary value");
}

bool Parser::at_comprehension_start() {
  return at(Tok::KwFor) || (at(Tok::KwAsync) && peek(1).kind == Tok::KwFor);
}

// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
std::vector<comprehension*> Parser::for_if_clauses() {
  std::vector<comprehension*> generators;
  while (at_comprehension_start()) {
    comprehension* gen = arena_.make<comprehension>();
    gen->is_async = accept(Tok::KwAsync) ? 1 : 0;
    advance();  // 'for'
    gen->target = for_target();
    advance();  // 'in'
    gen->iter = disjunction();
    while (accept(Tok::KwIf)) gen->ifs.push_back(disjunction());
    generators.push_back(gen);
  }
  return generators;
}

// The target list of a `for` (statement or comprehension), up to `in`.
// Diagnoses like CPython's invalid_for_target when it is not assignable.
Expr* Parser::for_target() {
  size_t start = mark();
  Expr* target = try_parse([&]() -> Expr* {
    Expr* t = star_target_list();
    return at(Tok::KwIn) && invalid_target(t, TargetsType::For) == nullptr ? t : nullptr;
  });
  if (target != nullptr) {
    set_context(target, ExprContext::Store);
    return target;
  }
  reset(start);
  Expr* expr = probe([&]() -> Expr* { return star_expressions(); });
  if (expr != nullptr) {
    if (const Expr* bad = invalid_target(expr, TargetsType::For)) raise_invalid_target(bad, TargetsType::For);
  }
  reset(start);
  star_target_list();
  expect(Tok::KwIn);
  invalid_syntax();
}

// star_targets: star_target (',' star_target)* [','] — targets are parsed as
// expressions (primaries, optionally starred) and validated afterwards.
Expr* Parser::star_target_list() {
  const Token& start = peek();
  Expr* first = star_target_element();
  if (!at(Tok::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(Tok::Comma)) {
    if (!at_expression_start() && !at(Tok::Star)) break;
    elts.push_back(star_target_element());
  }
  Tuple* tuple = make_at<Tuple>(start);
  tuple->elts = std::move(elts);
  return tuple;
}

// One target: ['*'] primary. Anything beyond a primary cannot be a target;
// stopping there puts "invalid syntax" where CPython's star_targets stops.
Expr* Parser::star_target_element() {
  if (!at(Tok::Star)) return primary();
  const Token& star = advance();
  Expr* value = star_target_element();
  Starred* node = make_at<Starred>(star);
  node->value = value;
  return node;
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::lambdef() {
  const Token& start = advance();  // depth is counted by expression()
  arguments* args = parameters(Tok::Colon, /*is_lambda=*/true);
  expect(Tok::Colon);
  Expr* body = expression();
  Lambda* node = make_at<Lambda>(start);
  node->args = args;
  node->body = body;
  return node;
}

}  // namespace weft::syntax

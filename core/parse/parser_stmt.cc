// Statement rules: simple statements (assignments, imports, ...), blocks and
// compound statements, with CPython 3.11's diagnostics for missing colons,
// missing indented blocks and invalid assignment targets.
#include "core/parse/parser.h"
#include "core/parse/parser_inl.h"

namespace weft::syntax {

using namespace ast;

namespace {

bool is_single_target(const Expr* e) {
  return e->kind == ExprKind::Name || e->kind == ExprKind::Attribute || e->kind == ExprKind::Subscript;
}

}  // namespace

// Compound statements end with the last token that is not NEWLINE, INDENT or
// DEDENT, which may be a ';' after the last simple statement.
void Parser::end_at_last_significant_token(Located* node) {
  for (size_t i = pos_; i-- > 0;) {
    Tok kind = tokens_[i].kind;
    if (kind != Tok::Newline && kind != Tok::Indent && kind != Tok::Dedent && kind != Tok::EndMarker) {
      set_end(node, tokens_[i]);
      return;
    }
  }
}

// statement: compound_stmt | simple_stmts
void Parser::statement(StmtList* out) {
  DepthGuard guard(this);
  if (Stmt* stmt = compound_stmt()) {
    out->push_back(stmt);
    return;
  }
  simple_stmts(out);
}

Stmt* Parser::compound_stmt() {
  const Token& token = peek();
  switch (token.kind) {
    case Tok::KwDef: return function_def({}, nullptr, token);
    case Tok::KwIf: return if_stmt();
    case Tok::KwClass: return class_def({}, token);
    case Tok::KwWith: return with_stmt(nullptr);
    case Tok::KwFor: return for_stmt(nullptr);
    case Tok::KwTry: return try_stmt();
    case Tok::KwWhile: return while_stmt();
    case Tok::At: return decorated();
    case Tok::KwAsync: return async_stmt();
    case Tok::Name: return text(token) == "match" ? match_stmt() : nullptr;
    default: return nullptr;
  }
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
void Parser::simple_stmts(StmtList* out) {
  for (;;) {
    out->push_back(simple_stmt());
    if (!accept(Tok::Semi) || at(Tok::Newline)) break;
  }
  expect(Tok::Newline);
}

Stmt* Parser::simple_stmt() {
  const Token& token = peek();
  switch (token.kind) {
    case Tok::KwReturn: return return_stmt();
    case Tok::KwImport: return import_stmt();
    case Tok::KwFrom: return import_from_stmt();
    case Tok::KwRaise: return raise_stmt();
    case Tok::KwDel: return del_stmt();
    case Tok::KwAssert: return assert_stmt();
    case Tok::KwGlobal: return global_stmt(false);
    case Tok::KwNonlocal: return global_stmt(true);
    case Tok::KwPass: advance(); return make_at<Pass>(token);
    case Tok::KwBreak: advance(); return make_at<Break>(token);
    case Tok::KwContinue: advance(); return make_at<Continue>(token);
    default: return expression_or_assignment_stmt();
  }
}

// Expression statements and the three assignment forms, which all start with
// an expression: `x = ...`, `x: T = ...`, `x += ...`.
Stmt* Parser::expression_or_assignment_stmt() {
  const Token& start = peek();
  ExprListInfo info;
  Expr* first = at(Tok::KwYield) ? yield_expr() : star_expressions(&info);
  if (info.is_tuple && at_expression_start()) more_target_groups();
  switch (peek().kind) {
    case Tok::Colon: return annotated_assignment(first, start, info);
    case Tok::Equal: return assignment(first, start, info);
    case Tok::PlusEqual:
    case Tok::MinEqual:
    case Tok::StarEqual:
    case Tok::AtEqual:
    case Tok::SlashEqual:
    case Tok::PercentEqual:
    case Tok::AmperEqual:
    case Tok::VBarEqual:
    case Tok::CircumflexEqual:
    case Tok::LeftShiftEqual:
    case Tok::RightShiftEqual:
    case Tok::DoubleStarEqual:
    case Tok::DoubleSlashEqual: return augmented_assignment(first, start);
    case Tok::ColonEqual: walrus_statement(first, info);
    default: {
      ExprStmt* stmt = make_at<ExprStmt>(start);
      stmt->value = first;
      return stmt;
    }
  }
}

// `target := value` at statement level is never valid; CPython names the
// target when it could not be a walrus target anyway.
void Parser::walrus_statement(Expr* first, const ExprListInfo& info) {
  Expr* element = info.is_tuple ? cast<Tuple>(first)->elts.back() : first;
  bool bare_name = element->kind == ExprKind::Name && tokens_[info.last_element_mark].kind == Tok::Name &&
                   mark() == info.last_element_mark + 1;
  if (element->kind != ExprKind::Starred) {
    // CPython's error pass reads the value in either case.
    size_t saved = mark();
    Expr* value = probe([&]() -> Expr* {
      advance();
      return expression();
    });
    reset(saved);
    if (value != nullptr && !bare_name) {
      raise_at(element, std::string("cannot use assignment expressions with ") + expr_name(element));
    }
  }
  invalid_syntax();
}

// `a, b c, d = x`: CPython's error pass reads `a, b` and then further
// comma-separated groups as named expressions, so an element before '=' gets
// the "Maybe you meant '=='" diagnostics. Only diagnostics escape this.
void Parser::more_target_groups() {
  size_t saved = mark();
  probe([&]() -> bool {
    while (at_expression_start() || at(Tok::Star)) {
      do {
        star_named_expression();
      } while (accept(Tok::Comma) && (at_expression_start() || at(Tok::Star)));
    }
    return true;
  });
  reset(saved);
}

// target ':' expression ['=' annotated_rhs]
Stmt* Parser::annotated_assignment(Expr* target, const Token& start, const ExprListInfo& info) {
  if (!is_single_target(target)) {
    // Only the error pass reads the annotation of an invalid target, so a
    // plain syntax error stays at the ':'.
    bool annotated = probe([&]() -> bool {
      advance();
      expression();
      return true;
    });
    if (!annotated) invalid_syntax();
    if (target->kind == ExprKind::Tuple) {
      // An unparenthesised `a, b: int` is reported at its first element.
      const Expr* where = info.is_tuple ? cast<Tuple>(target)->elts.front() : target;
      raise_at(where, "only single target (not tuple) can be annotated");
    }
    if (target->kind == ExprKind::List) raise_at(target, "only single target (not list) can be annotated");
    raise_at(target, "illegal target for annotation");
  }
  advance();  // ':'
  Expr* annotation = expression();
  set_context(target, ExprContext::Store);
  AnnAssign* node = arena_.make<AnnAssign>();
  node->target = target;
  node->annotation = annotation;
  node->simple = target->kind == ExprKind::Name && start.kind == Tok::Name ? 1 : 0;
  if (accept(Tok::Equal)) node->value = at(Tok::KwYield) ? yield_expr() : star_expressions();
  node->lineno = start.lineno;
  node->col_offset = start.col_offset;
  set_end(node, prev());
  return node;
}

Stmt* Parser::augmented_assignment(Expr* target, const Token& start) {
  static constexpr struct {
    Tok token;
    OperatorKind op;
  } kOps[] = {{Tok::PlusEqual, OperatorKind::Add},         {Tok::MinEqual, OperatorKind::Sub},
              {Tok::StarEqual, OperatorKind::Mult},        {Tok::AtEqual, OperatorKind::MatMult},
              {Tok::SlashEqual, OperatorKind::Div},        {Tok::PercentEqual, OperatorKind::Mod},
              {Tok::AmperEqual, OperatorKind::BitAnd},     {Tok::VBarEqual, OperatorKind::BitOr},
              {Tok::CircumflexEqual, OperatorKind::BitXor}, {Tok::LeftShiftEqual, OperatorKind::LShift},
              {Tok::RightShiftEqual, OperatorKind::RShift}, {Tok::DoubleStarEqual, OperatorKind::Pow},
              {Tok::DoubleSlashEqual, OperatorKind::FloorDiv}};
  OperatorKind op = OperatorKind::Add;
  for (const auto& entry : kOps) {
    if (at(entry.token)) op = entry.op;
  }
  advance();
  Expr* value = at(Tok::KwYield) ? yield_expr() : star_expressions();
  if (!is_single_target(target)) {
    raise_at(target, std::string("'") + expr_name(target) + "' is an illegal expression for augmented assignment");
  }
  set_context(target, ExprContext::Store);
  AugAssign* node = make_at<AugAssign>(start);
  node->target = target;
  node->op = op;
  node->value = value;
  return node;
}

// (star_targets '=')+ (yield_expr | star_expressions)
Stmt* Parser::assignment(Expr* first, const Token& start, const ExprListInfo& info) {
  std::vector<Expr*> targets{first};
  size_t first_equal = mark();
  Expr* value = nullptr;
  while (value == nullptr) {
    Expr* target = targets.back();
    bool is_yield = target->kind == ExprKind::Yield || target->kind == ExprKind::YieldFrom;
    const Expr* bad = is_yield ? target : invalid_target(target, TargetsType::Star);
    if (bad != nullptr) {
      // CPython re-reads the first target as a named expression first.
      if (start.kind != Tok::KwYield) {
        size_t here = mark();
        reset(first_equal);
        check_first_assignment_target(first, info);
        reset(here);
      }
      if (is_yield) raise_at(target, "assignment to yield expression not possible");
      raise_invalid_target(bad, TargetsType::Star);
    }
    set_context(target, ExprContext::Store);
    advance();  // '='
    Expr* rhs = at(Tok::KwYield) ? yield_expr() : star_expressions();
    if (at(Tok::Equal)) {
      targets.push_back(rhs);
    } else {
      value = rhs;
    }
  }
  Assign* node = make_at<Assign>(start);
  node->targets = std::move(targets);
  node->value = value;
  return node;
}

// When an assignment is invalid, CPython parses its first target as a list of
// named expressions, so the element just before the first '=' gets the
// "Maybe you meant '=='" diagnostics of invalid_named_expression.
void Parser::check_first_assignment_target(Expr* target, const ExprListInfo& info) {
  Expr* element = info.is_tuple ? cast<Tuple>(target)->elts.back() : target;
  check_equal_after_named_expression(element, info.last_element_mark);
}

// 'return' [star_expressions]
Stmt* Parser::return_stmt() {
  const Token& start = advance();
  Return* node = arena_.make<Return>();
  if (at_expression_start() || at(Tok::Star)) node->value = star_expressions();
  node->lineno = start.lineno;
  node->col_offset = start.col_offset;
  set_end(node, prev());
  return node;
}

// 'raise' [expression ['from' expression]]
Stmt* Parser::raise_stmt() {
  const Token& start = advance();
  Raise* node = arena_.make<Raise>();
  if (at_expression_start()) {
    node->exc = expression();
    if (accept(Tok::KwFrom)) node->cause = expression();
  }
  node->lineno = start.lineno;
  node->col_offset = start.col_offset;
  set_end(node, prev());
  return node;
}

// ('global' | 'nonlocal') NAME (',' NAME)*
Stmt* Parser::global_stmt(bool is_nonlocal) {
  const Token& start = advance();
  std::vector<std::string> names;
  do {
    names.push_back(identifier(expect(Tok::Name)));
  } while (accept(Tok::Comma));
  if (is_nonlocal) {
    Nonlocal* node = make_at<Nonlocal>(start);
    node->names = std::move(names);
    return node;
  }
  Global* node = make_at<Global>(start);
  node->names = std::move(names);
  return node;
}

// 'del' del_targets &(';' | NEWLINE)
Stmt* Parser::del_stmt() {
  const Token& start = advance();
  size_t targets_mark = mark();
  std::vector<Expr*> targets;
  bool valid = try_parse([&]() -> bool {
    do {
      if (!targets.empty() && (at(Tok::Semi) || at(Tok::Newline))) break;
      targets.push_back(star_target_element());
    } while (accept(Tok::Comma));
    return true;
  });
  for (Expr* target : targets) valid = valid && invalid_target(target, TargetsType::Del) == nullptr;
  if (!valid || (!at(Tok::Semi) && !at(Tok::Newline))) {
    // CPython's invalid_del_stmt re-reads the targets as expressions.
    size_t here = mark();
    reset(targets_mark);
    Expr* expr = probe([&]() -> Expr* { return star_expressions(); });
    if (expr != nullptr) {
      if (const Expr* bad = invalid_target(expr, TargetsType::Del)) raise_invalid_target(bad, TargetsType::Del);
    }
    reset(here);
    invalid_syntax();
  }
  for (Expr* target : targets) set_context(target, ExprContext::Del);
  Delete* node = make_at<Delete>(start);
  node->targets = std::move(targets);
  return node;
}

// 'assert' expression [',' expression]
Stmt* Parser::assert_stmt() {
  const Token& start = advance();
  Assert* node = arena_.make<Assert>();
  node->test = expression();
  if (accept(Tok::Comma)) node->msg = expression();
  node->lineno = start.lineno;
  node->col_offset = start.col_offset;
  set_end(node, prev());
  return node;
}

// dotted_name: NAME ('.' NAME)*
std::string Parser::dotted_name() {
  std::string name = identifier(expect(Tok::Name));
  while (at(Tok::Dot) && peek(1).kind == Tok::Name) {
    advance();
    name += '.';
    name += identifier(advance());
  }
  return name;
}

// NAME ['as' NAME] (or a dotted name for plain imports)
alias* Parser::import_alias(bool dotted) {
  const Token& start = peek();
  alias* node = arena_.make<alias>();
  node->name = dotted ? dotted_name() : identifier(expect(Tok::Name));
  if (accept(Tok::KwAs)) node->asname = identifier(expect(Tok::Name));
  node->lineno = start.lineno;
  node->col_offset = start.col_offset;
  set_end(node, prev());
  return node;
}

// 'import' dotted_as_names
Stmt* Parser::import_stmt() {
  const Token& start = advance();
  Import* node = arena_.make<Import>();
  do {
    node->names.push_back(import_alias(/*dotted=*/true));
  } while (accept(Tok::Comma));
  node->lineno = start.lineno;
  node->col_offset = start.col_offset;
  set_end(node, prev());
  return node;
}

// 'from' ('.' | '...')* [dotted_name] 'import' import_from_targets
Stmt* Parser::import_from_stmt() {
  const Token& start = advance();
  ImportFrom* node = arena_.make<ImportFrom>();
  for (;;) {
    if (accept(Tok::Dot)) {
      node->level += 1;
    } else if (accept(Tok::Ellipsis)) {
      node->level += 3;
    } else {
      break;
    }
  }
  if (node->level == 0 || !at(Tok::KwImport)) node->module = dotted_name();
  expect(Tok::KwImport);
  if (at(Tok::Star)) {
    const Token& star = advance();
    alias* all = make_at<alias>(star);
    all->name = "*";
    node->names.push_back(all);
  } else if (accept(Tok::LPar)) {
    do {
      if (at(Tok::RPar) && !node->names.empty()) break;
      node->names.push_back(import_alias(/*dotted=*/false));
    } while (accept(Tok::Comma));
    expect(Tok::RPar);
  } else {
    do {
      node->names.push_back(import_alias(/*dotted=*/false));
    } while (accept(Tok::Comma) && !at(Tok::Newline));
    if (prev().kind == Tok::Comma && at(Tok::Newline)) {
      raise_at_last_token("SyntaxError", "trailing comma not allowed without surrounding parentheses");
    }
  }
  node->lineno = start.lineno;
  node->col_offset = start.col_offset;
  set_end(node, prev());
  return node;
}

// ':' after a compound statement header. A NEWLINE instead gets CPython's
// "expected ':'"; anything else is a plain syntax error.
void Parser::expect_header_colon() {
  if (at(Tok::Colon)) {
    advance();
    return;
  }
  if (at(Tok::Newline)) raise_at_last_token("SyntaxError", "expected ':'");
  invalid_syntax();
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
Parser::StmtList Parser::block(const char* what, const Token& keyword) {
  StmtList body;
  if (!accept(Tok::Newline)) {
    simple_stmts(&body);
    return body;
  }
  if (!at(Tok::Indent)) {
    raise_at_last_token("IndentationError", std::string("expected an indented block after ") + what + " on line " +
                                                std::to_string(keyword.lineno));
  }
  advance();
  do {
    statement(&body);
  } while (!at(Tok::Dedent));
  advance();
  return body;
}

// 'else' &&':' block
Parser::StmtList Parser::else_block() {
  const Token& keyword = advance();
  expect_with_message(Tok::Colon, "expected ':'");
  return block("'else' statement", keyword);
}

// 'if' named_expression ':' block ('elif' ... | 'else' ...)?
Stmt* Parser::if_stmt() {
  const Token& keyword = advance();
  bool is_elif = keyword.kind == Tok::KwElif;
  If* node = arena_.make<If>();
  node->test = named_expression();
  expect_header_colon();
  node->body = block(is_elif ? "'elif' statement" : "'if' statement", keyword);
  if (at(Tok::KwElif)) {
    node->orelse.push_back(if_stmt());
  } else if (at(Tok::KwElse)) {
    node->orelse = else_block();
  }
  node->lineno = keyword.lineno;
  node->col_offset = keyword.col_offset;
  end_at_last_significant_token(node);
  return node;
}

// 'while' named_expression ':' block [else_block]
Stmt* Parser::while_stmt() {
  const Token& keyword = advance();
  While* node = arena_.make<While>();
  node->test = named_expression();
  expect_header_colon();
  node->body = block("'while' statement", keyword);
  if (at(Tok::KwElse)) node->orelse = else_block();
  node->lineno = keyword.lineno;
  node->col_offset = keyword.col_offset;
  end_at_last_significant_token(node);
  return node;
}

// ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
Stmt* Parser::for_stmt(const Token* async_token) {
  const Token& keyword = advance();
  Expr* target = for_target();
  advance();  // 'in'
  Expr* iter = star_expressions();
  expect_header_colon();
  StmtList body = block("'for' statement", keyword);
  StmtList orelse;
  if (at(Tok::KwElse)) orelse = else_block();
  const Token& start = async_token != nullptr ? *async_token : keyword;
  auto fill = [&](auto* node) {
    node->target = target;
    node->iter = iter;
    node->body = std::move(body);
    node->orelse = std::move(orelse);
    node->lineno = start.lineno;
    node->col_offset = start.col_offset;
    end_at_last_significant_token(node);
    return node;
  };
  if (async_token != nullptr) return fill(arena_.make<AsyncFor>());
  return fill(arena_.make<For>());
}

// ['async'] 'with' ('(' with_items ')' | with_items) ':' block
Stmt* Parser::with_stmt(const Token* async_token) {
  const Token& keyword = advance();
  std::vector<withitem*> items;
  if (!at(Tok::LPar) || !parenthesized_with_items(&items)) {
    do {
      items.push_back(with_item());
    } while (accept(Tok::Comma));
  }
  expect_header_colon();
  StmtList body = block("'with' statement", keyword);
  const Token& start = async_token != nullptr ? *async_token : keyword;
  auto fill = [&](auto* node) {
    node->items = std::move(items);
    node->body = std::move(body);
    node->lineno = start.lineno;
    node->col_offset = start.col_offset;
    end_at_last_significant_token(node);
    return node;
  };
  if (async_token != nullptr) return fill(arena_.make<AsyncWith>());
  return fill(arena_.make<With>());
}

// '(' ','.with_item+ ','? ')' ':' — tried first, as in CPython; on failure the
// parenthesis is re-read as the start of an ordinary expression.
bool Parser::parenthesized_with_items(std::vector<withitem*>* items) {
  return try_parse([&]() -> bool {
    advance();  // '('
    std::vector<withitem*> parsed;
    do {
      if (at(Tok::RPar) && !parsed.empty()) break;
      parsed.push_back(with_item());
    } while (accept(Tok::Comma));
    expect(Tok::RPar);
    if (at(Tok::Newline)) raise_at_last_token("SyntaxError", "expected ':'");
    if (!at(Tok::Colon)) invalid_syntax();
    *items = std::move(parsed);
    return true;
  });
}

// with_item: expression ['as' star_target &(',' | ')' | ':')]
withitem* Parser::with_item() {
  withitem* item = arena_.make<withitem>();
  item->context_expr = expression();
  if (!accept(Tok::KwAs)) return item;
  size_t target_mark = mark();
  Expr* target = try_parse([&]() -> Expr* { return star_target_element(); });
  if (target == nullptr || (!at(Tok::Comma) && !at(Tok::RPar) && !at(Tok::Colon) && !at(Tok::Newline))) {
    // CPython's invalid_with_item: re-read the target as a full expression.
    reset(target_mark);
    Expr* expr = probe([&]() -> Expr* {
      Expr* e = expression();
      return at(Tok::Comma) || at(Tok::RPar) || at(Tok::Colon) ? e : nullptr;
    });
    if (expr != nullptr) {
      if (const Expr* bad = invalid_target(expr, TargetsType::Star)) raise_invalid_target(bad, TargetsType::Star);
    }
    reset(target_mark);
    star_target_element();
    invalid_syntax();
  }
  if (const Expr* bad = invalid_target(target, TargetsType::Star)) raise_invalid_target(bad, TargetsType::Star);
  set_context(target, ExprContext::Store);
  item->optional_vars = target;
  return item;
}

// 'try' &&':' block (handlers [else] [finally] | finally)
Stmt* Parser::try_stmt() {
  const Token& keyword = advance();
  expect_with_message(Tok::Colon, "expected ':'");
  StmtList body = block("'try' statement", keyword);
  std::vector<ExceptHandler*> handlers;
  bool star_form = false;
  while (at(Tok::KwExcept)) {
    bool is_star = false;
    handlers.push_back(except_block(&is_star, static_cast<int>(handlers.size()), star_form));
    if (handlers.size() == 1) star_form = is_star;
  }
  if (handlers.empty() && !at(Tok::KwFinally)) {
    raise_at_last_token("SyntaxError", "expected 'except' or 'finally' block");
  }
  StmtList orelse;
  StmtList finalbody;
  if (!handlers.empty() && at(Tok::KwElse)) orelse = else_block();
  if (at(Tok::KwFinally)) {
    const Token& finally = advance();
    expect_with_message(Tok::Colon, "expected ':'");
    finalbody = block("'finally' statement", finally);
  }
  auto fill = [&](auto* node) {
    node->body = std::move(body);
    node->handlers = std::move(handlers);
    node->orelse = std::move(orelse);
    node->finalbody = std::move(finalbody);
    node->lineno = keyword.lineno;
    node->col_offset = keyword.col_offset;
    end_at_last_significant_token(node);
    return node;
  };
  if (star_form) return fill(arena_.make<TryStar>());
  return fill(arena_.make<Try>());
}

// 'except' ['*'] [expression ['as' NAME]] ':' block
ExceptHandler* Parser::except_block(bool* is_star, int index, bool star_form) {
  const Token& keyword = advance();
  const Token* star = nullptr;
  if (at(Tok::Star)) {
    star = &advance();
    if (at(Tok::Newline) || at(Tok::Colon)) raise_at_last_token("SyntaxError", "expected one or more exception types");
  }
  *is_star = star != nullptr;
  ExceptHandler* handler = arena_.make<ExceptHandler>();
  if (star != nullptr || !at(Tok::Colon)) {
    if (!at_expression_start() && at(Tok::Newline)) raise_at_last_token("SyntaxError", "expected ':'");
    handler->type = expression();
    if (at(Tok::Comma)) {
      bool matched = probe([&]() -> bool {
        advance();
        expressions();
        if (accept(Tok::KwAs)) expect(Tok::Name);
        return at(Tok::Colon) && (advance(), true);
      });
      if (matched) raise_starting_from(handler->type, "multiple exception types must be parenthesized");
    }
    if (accept(Tok::KwAs)) handler->name = identifier(expect(Tok::Name));
  }
  if (index > 0 && *is_star != star_form) {
    if (!at(Tok::Colon)) invalid_syntax();
    if (star != nullptr) raise_range(keyword, *star, "cannot have both 'except' and 'except*' on the same 'try'");
    raise_at(keyword, "cannot have both 'except' and 'except*' on the same 'try'");
  }
  expect_header_colon();
  handler->body = block(star != nullptr ? "'except*' statement" : "'except' statement", keyword);
  handler->lineno = keyword.lineno;
  handler->col_offset = keyword.col_offset;
  end_at_last_significant_token(handler);
  return handler;
}

// ['async'] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
Stmt* Parser::function_def(std::vector<Expr*> decorators, const Token* async_token, const Token& start) {
  DepthGuard guard(this);
  const Token& keyword = advance();
  const Token& name = expect(Tok::Name);
  expect_with_message(Tok::LPar, "expected '('");
  arguments* args = parameters(Tok::RPar, /*is_lambda=*/false);
  expect(Tok::RPar);
  // ['->' expression]: an arrow without an annotation is left for the
  // forced ':' to report.
  Expr* returns = nullptr;
  if (at(Tok::RArrow)) {
    returns = try_parse([&]() -> Expr* {
      advance();
      return expression_without_invalid();
    });
  }
  expect_with_message(Tok::Colon, "expected ':'");
  StmtList body = block("function definition", keyword);
  auto fill = [&](auto* node) {
    node->name = identifier(name);
    node->args = args;
    node->body = std::move(body);
    node->decorator_list = std::move(decorators);
    node->returns = returns;
    node->lineno = start.lineno;
    node->col_offset = start.col_offset;
    end_at_last_significant_token(node);
    return node;
  };
  if (async_token != nullptr) return fill(arena_.make<AsyncFunctionDef>());
  return fill(arena_.make<FunctionDef>());
}

// 'class' NAME ['(' [arguments] ')'] ':' block
Stmt* Parser::class_def(std::vector<Expr*> decorators, const Token& start) {
  DepthGuard guard(this);
  const Token& keyword = advance();
  const Token& name = expect(Tok::Name);
  ClassDef* node = arena_.make<ClassDef>();
  if (at(Tok::LPar)) {
    const Token& open = advance();
    Call bases;
    call_arguments(&bases, open, /*allow_genexp=*/false);
    node->bases = std::move(bases.args);
    node->keywords = std::move(bases.keywords);
  }
  expect_header_colon();
  node->body = block("class definition", keyword);
  node->name = identifier(name);
  node->decorator_list = std::move(decorators);
  node->lineno = start.lineno;
  node->col_offset = start.col_offset;
  end_at_last_significant_token(node);
  return node;
}

// ('@' named_expression NEWLINE)+ (function_def | class_def)
Stmt* Parser::decorated() {
  std::vector<Expr*> decorators;
  while (accept(Tok::At)) {
    decorators.push_back(named_expression());
    expect(Tok::Newline);
  }
  const Token& token = peek();
  if (token.kind == Tok::KwDef) return function_def(std::move(decorators), nullptr, token);
  if (token.kind == Tok::KwClass) return class_def(std::move(decorators), token);
  if (token.kind == Tok::KwAsync && peek(1).kind == Tok::KwDef) {
    advance();
    return function_def(std::move(decorators), &token, token);
  }
  invalid_syntax();
}

// 'async' followed by a function definition, `with` or `for`.
Stmt* Parser::async_stmt() {
  const Token& token = peek();
  switch (peek(1).kind) {
    case Tok::KwDef: advance(); return function_def({}, &token, token);
    case Tok::KwWith: advance(); return with_stmt(&token);
    case Tok::KwFor: advance(); return for_stmt(&token);
    default: advance(); invalid_syntax();
  }
}

}  // namespace weft::syntax

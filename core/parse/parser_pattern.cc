// The match statement (PEP 634): the soft keywords `match` and `case`, and the
// pattern sub-language (literals, captures, values, sequences, mappings,
// classes, alternatives and `as` bindings).
#include "core/parse/parser.h"
#include "core/parse/parser_inl.h"

namespace weft::syntax {

using namespace ast;

// "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// `match` is a soft keyword: when the line does not have this shape it is an
// ordinary name and null is returned with the position unchanged.
Stmt* Parser::match_stmt() {
  size_t start_mark = mark();
  const Token& keyword = advance();
  Expr* subject = try_parse([&]() -> Expr* {
    const Token& start = peek();
    Expr* first = star_named_expression();
    if (!at(Tok::Comma)) {
      if (first->kind == ExprKind::Starred) invalid_syntax();
      return first;
    }
    std::vector<Expr*> elts{first};
    while (accept(Tok::Comma)) {
      if (at(Tok::Colon)) break;
      elts.push_back(star_named_expression());
    }
    Tuple* tuple = make_at<Tuple>(start);
    tuple->elts = std::move(elts);
    return tuple;
  });
  if (subject == nullptr || !at(Tok::Colon) || peek(1).kind != Tok::Newline) {
    // CPython's invalid_match_stmt flags `match <expr>` followed by a newline,
    // but only if the file turns out to be invalid anyway (it runs in the
    // error pass).
    if (subject != nullptr && at(Tok::Newline)) defer_expected_colon();
    reset(start_mark);
    return nullptr;
  }
  advance();  // ':'
  advance();  // NEWLINE
  if (!at(Tok::Indent)) {
    raise_at_last_token("IndentationError",
                        "expected an indented block after 'match' statement on line " + std::to_string(keyword.lineno));
  }
  advance();
  Match* node = arena_.make<Match>();
  node->subject = subject;
  do {
    if (!at_name("case")) invalid_syntax();
    node->cases.push_back(case_block());
  } while (!at(Tok::Dedent));
  advance();
  node->lineno = keyword.lineno;
  node->col_offset = keyword.col_offset;
  end_at_last_significant_token(node);
  return node;
}

// "case" patterns guard? ':' block
match_case* Parser::case_block() {
  const Token& keyword = advance();
  match_case* node = arena_.make<match_case>();
  node->pattern = patterns();
  if (accept(Tok::KwIf)) node->guard = named_expression();
  expect_header_colon();
  node->body = block("'case' statement", keyword);
  return node;
}

// patterns: open_sequence_pattern | pattern
Pattern* Parser::patterns() {
  const Token& start = peek();
  Pattern* first = at(Tok::Star) ? star_pattern() : pattern();
  if (!at(Tok::Comma)) {
    if (first->kind == PatternKind::MatchStar) invalid_syntax();
    return first;
  }
  MatchSequence* seq = arena_.make<MatchSequence>();
  seq->patterns.push_back(first);
  while (accept(Tok::Comma)) {
    if (at(Tok::Colon) || at(Tok::KwIf)) break;
    seq->patterns.push_back(at(Tok::Star) ? star_pattern() : pattern());
  }
  seq->lineno = start.lineno;
  seq->col_offset = start.col_offset;
  set_end(seq, prev());
  return seq;
}

// pattern: or_pattern ['as' pattern_capture_target]
Pattern* Parser::pattern() {
  DepthGuard guard(this);
  const Token& start = peek();
  Pattern* inner = or_pattern();
  if (!at(Tok::KwAs)) return inner;
  advance();
  if (at_name("_")) raise_at(peek(), "cannot use '_' as a target");
  if (!at(Tok::Name)) {
    size_t saved = mark();
    Expr* target = probe([&]() -> Expr* { return expression(); });
    reset(saved);
    if (target != nullptr) raise_at(target, "invalid pattern target");
    invalid_syntax();
  }
  const Token& name = advance();
  if (at(Tok::Dot) || at(Tok::LPar) || at(Tok::Equal)) invalid_syntax();
  MatchAs* node = make_at<MatchAs>(start);
  node->pattern = inner;
  node->name = identifier(name);
  return node;
}

// or_pattern: '|'.closed_pattern+
Pattern* Parser::or_pattern() {
  const Token& start = peek();
  Pattern* first = closed_pattern();
  if (!at(Tok::VBar)) return first;
  std::vector<Pattern*> alternatives{first};
  while (accept(Tok::VBar)) alternatives.push_back(closed_pattern());
  MatchOr* node = make_at<MatchOr>(start);
  node->patterns = std::move(alternatives);
  return node;
}

Pattern* Parser::closed_pattern() {
  DepthGuard guard(this);
  const Token& token = peek();
  switch (token.kind) {
    case Tok::Number:
    case Tok::Minus:
    case Tok::String: return literal_pattern();
    case Tok::KwNone:
    case Tok::KwTrue:
    case Tok::KwFalse: {
      advance();
      MatchSingleton* node = make_at<MatchSingleton>(token);
      node->value.kind = token.kind == Tok::KwNone   ? ConstantValue::None
                         : token.kind == Tok::KwTrue ? ConstantValue::True
                                                     : ConstantValue::False;
      return node;
    }
    case Tok::Name: return capture_or_value_pattern();
    case Tok::LPar: {
      advance();
      if (at(Tok::RPar)) return sequence_pattern(Tok::RPar, token);
      Pattern* first = at(Tok::Star) ? star_pattern() : pattern();
      if (accept(Tok::RPar)) {
        if (first->kind == PatternKind::MatchStar) invalid_syntax();
        return first;  // group pattern
      }
      if (!at(Tok::Comma)) invalid_syntax();
      MatchSequence* seq = static_cast<MatchSequence*>(sequence_pattern(Tok::RPar, token));
      seq->patterns.insert(seq->patterns.begin(), first);
      return seq;
    }
    case Tok::LSqb: advance(); return sequence_pattern(Tok::RSqb, token);
    case Tok::LBrace: return mapping_pattern();
    default: invalid_syntax();
  }
}

// Elements of a sequence pattern up to `close`, after its opening bracket
// (and, for parentheses, after an already-parsed first element).
Pattern* Parser::sequence_pattern(Tok close, const Token& open) {
  MatchSequence* seq = arena_.make<MatchSequence>();
  bool need_comma = open.kind == Tok::LPar && !at(close);
  while (!at(close)) {
    if (need_comma) {
      expect(Tok::Comma);
      need_comma = false;
      if (at(close)) break;
    }
    seq->patterns.push_back(at(Tok::Star) ? star_pattern() : pattern());
    if (!accept(Tok::Comma)) break;
  }
  expect(close);
  seq->lineno = open.lineno;
  seq->col_offset = open.col_offset;
  set_end(seq, prev());
  return seq;
}

// star_pattern: '*' (pattern_capture_target | wildcard_pattern)
Pattern* Parser::star_pattern() {
  const Token& star = advance();
  const Token& name = expect(Tok::Name);
  MatchStar* node = make_at<MatchStar>(star);
  if (text(name) != "_") node->name = identifier(name);
  return node;
}

// Capture (`x`), wildcard (`_`), value (`a.b`) or class (`C(...)`) pattern.
Pattern* Parser::capture_or_value_pattern() {
  const Token& first = advance();
  if (text(first) == "_") return make_at<MatchAs>(first);
  if (!at(Tok::Dot) && !at(Tok::LPar)) {
    if (at(Tok::Equal)) invalid_syntax();
    MatchAs* node = make_at<MatchAs>(first);
    node->name = identifier(first);
    return node;
  }
  Name* name = make_at<Name>(first);
  name->id = identifier(first);
  Expr* value = name;
  while (accept(Tok::Dot)) {
    const Token& attr = expect(Tok::Name);
    Attribute* node = make_at<Attribute>(first);
    node->value = value;
    node->attr = identifier(attr);
    value = node;
  }
  if (at(Tok::LPar)) return class_pattern(value);
  if (at(Tok::Equal)) invalid_syntax();
  MatchValue* node = make_span<MatchValue>(value, value);
  node->value = value;
  return node;
}

// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')'
Pattern* Parser::class_pattern(Expr* cls) {
  advance();  // '('
  MatchClass* node = arena_.make<MatchClass>();
  node->cls = cls;
  std::vector<Pattern*> late_positional;  // positional patterns after keywords (an error)
  while (!at(Tok::RPar)) {
    if (at(Tok::Name) && peek(1).kind == Tok::Equal) {
      if (!late_positional.empty()) break;
      node->kwd_attrs.push_back(identifier(advance()));
      advance();  // '='
      node->kwd_patterns.push_back(pattern());
    } else {
      Pattern* positional = pattern();
      if (node->kwd_attrs.empty()) {
        node->patterns.push_back(positional);
      } else {
        late_positional.push_back(positional);
      }
    }
    if (!accept(Tok::Comma)) break;
  }
  if (!late_positional.empty()) {
    if (at(Tok::RPar) || at(Tok::Comma) || at(Tok::Name)) {
      raise_range(late_positional.front(), late_positional.back(), "positional patterns follow keyword patterns");
    }
  }
  expect(Tok::RPar);
  node->lineno = cls->lineno;
  node->col_offset = cls->col_offset;
  set_end(node, prev());
  return node;
}

// mapping_pattern: '{' [items_pattern] [double_star_pattern] [','] '}'
Pattern* Parser::mapping_pattern() {
  const Token& open = advance();
  MatchMapping* node = arena_.make<MatchMapping>();
  while (!at(Tok::RBrace)) {
    if (accept(Tok::DoubleStar)) {
      const Token& rest = expect(Tok::Name);
      if (text(rest) == "_") invalid_syntax();
      node->rest = identifier(rest);
      accept(Tok::Comma);
      break;
    }
    Expr* key;
    if (at(Tok::Name)) {
      key = value_pattern_name();
    } else {
      Pattern* literal = literal_pattern();
      key = literal->kind == PatternKind::MatchValue ? cast<MatchValue>(literal)->value : nullptr;
      if (key == nullptr) {
        // None/True/False keys are plain constants in the mapping.
        Constant* constant = make_span<Constant>(literal, literal);
        constant->value = cast<MatchSingleton>(literal)->value;
        key = constant;
      }
    }
    expect(Tok::Colon);
    node->keys.push_back(key);
    node->patterns.push_back(pattern());
    if (!accept(Tok::Comma)) break;
  }
  expect(Tok::RBrace);
  node->lineno = open.lineno;
  node->col_offset = open.col_offset;
  set_end(node, prev());
  return node;
}

// A dotted name usable as a mapping key (at least one dot: `a.b`).
Expr* Parser::value_pattern_name() {
  const Token& first = expect(Tok::Name);
  Name* name = make_at<Name>(first);
  name->id = identifier(first);
  if (!at(Tok::Dot)) invalid_syntax();
  Expr* value = name;
  while (accept(Tok::Dot)) {
    const Token& attr = expect(Tok::Name);
    Attribute* node = make_at<Attribute>(first);
    node->value = value;
    node->attr = identifier(attr);
    value = node;
  }
  return value;
}

// literal_pattern: signed_number | complex_number | strings | None | True | False
Pattern* Parser::literal_pattern() {
  const Token& start = peek();
  if (start.kind == Tok::KwNone || start.kind == Tok::KwTrue || start.kind == Tok::KwFalse) {
    return closed_pattern();
  }
  Expr* value = start.kind == Tok::String ? strings() : complex_number();
  MatchValue* node = make_span<MatchValue>(value, value);
  node->value = value;
  return node;
}

// signed_number ['+' | '-' imaginary_number]: a real part may be followed by
// an imaginary one to spell a complex constant.
Expr* Parser::complex_number() {
  Expr* real = signed_number();
  if (!at(Tok::Plus) && !at(Tok::Minus)) return real;
  const Token& sign = advance();
  const Token& number_token = expect(Tok::Number);
  Expr* imag = number(number_token);
  const Expr* real_number = real->kind == ExprKind::UnaryOp ? cast<UnaryOp>(real)->operand : real;
  if (cast<Constant>(real_number)->value.kind == ConstantValue::Complex) {
    raise_at(real_number, "real number required in complex literal");
  }
  if (cast<Constant>(imag)->value.kind != ConstantValue::Complex) {
    raise_at(imag, "imaginary number required in complex literal");
  }
  BinOp* node = make_span<BinOp>(real, imag);
  node->left = real;
  node->op = sign.kind == Tok::Plus ? OperatorKind::Add : OperatorKind::Sub;
  node->right = imag;
  return node;
}

// signed_number: NUMBER | '-' NUMBER
Expr* Parser::signed_number() {
  const Token& start = peek();
  if (!accept(Tok::Minus)) return number(expect(Tok::Number));
  Expr* operand = number(expect(Tok::Number));
  UnaryOp* node = make_at<UnaryOp>(start);
  node->op = UnaryOpKind::USub;
  node->operand = operand;
  return node;
}

}  // namespace weft::syntax

// Parser infrastructure: token buffering, node construction, CPython-style
// error reporting, assignment-target validation and the module entry points.
#include "core/parse/parser.h"

#include "core/parse/parser_inl.h"
#include "core/parse/unicode.h"

namespace weft::syntax {

using namespace ast;

namespace {

// Depth budget shared by the recursive rules (nested expressions, brackets,
// unary operators, blocks, patterns). CPython 3.11's parser gives up with a
// MemoryError after 6000 nested rules, and its compiler fails on much
// shallower trees, so 3000 of our levels reject nothing CPython can run while
// bounding native stack use to about 1 MB.
constexpr int kMaxDepth = 3000;

}  // namespace

Parser::Parser(const Source& source, Arena& arena, const std::string& filename)
    : source_(source), arena_(arena), filename_(filename), tokenizer_(source) {}

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

const Token& Parser::fetch(size_t index) {
  while (tokens_.size() <= index) {
    if (!tokens_.empty() && (tokens_.back().kind == Tok::EndMarker || tokens_.back().kind == Tok::Error)) {
      if (tokens_.back().kind == Tok::Error) tokenizer_failure();
      return tokens_.back();
    }
    Token token = tokenizer_.next();
    if (is_fstring_field_) {
      // Shift into the enclosing source. Like CPython, columns move only when
      // the token ends on the field's first line (a multi-line string keeps
      // its unshifted start column).
      if (token.end_lineno == 1) {
        if (token.col_offset >= 0) token.col_offset += origin_.col_offset;
        if (token.end_col_offset >= 0) token.end_col_offset += origin_.col_offset;
      }
      token.lineno += origin_.lineno - 1;
      token.end_lineno += origin_.lineno - 1;
    }
    tokens_.push_back(token);
    if (token.kind == Tok::Error) tokenizer_failure();
  }
  return tokens_[index];
}

const Token& Parser::peek(int ahead) {
  size_t index = pos_ + ahead;
  if (probing_ == 0 && index > furthest_) furthest_ = index;
  return fetch(index);
}

const Token& Parser::advance() {
  const Token& token = peek();
  if (token.kind != Tok::EndMarker) ++pos_;
  return token;
}

bool Parser::accept(Tok kind) {
  if (peek().kind != kind) return false;
  advance();
  return true;
}

const Token& Parser::expect(Tok kind) {
  if (peek().kind != kind) invalid_syntax();
  return advance();
}

// A forced token (`&&'x'` in CPython's grammar): reports "expected 'x'" at the
// current token instead of a generic error.
const Token& Parser::expect_with_message(Tok kind, const char* msg) {
  if (peek().kind != kind) raise_at(peek(), msg);
  return advance();
}

bool Parser::at_name(std::string_view word) {
  const Token& token = peek();
  return token.kind == Tok::Name && text(token) == word;
}

std::string_view Parser::text(const Token& token) const {
  return std::string_view(source_.text()).substr(token.start, token.end - token.start);
}

std::string Parser::identifier(const Token& token) const {
  std::string name(text(token));
  for (unsigned char c : name) {
    if (c >= 0x80) {
      normalize_identifier(name);
      break;
    }
  }
  return name;
}

void Parser::set_end(Located* node, const Token& end) {
  node->end_lineno = end.end_lineno;
  node->end_col_offset = end.end_col_offset;
}

Parser::DepthGuard::DepthGuard(Parser* parser, int cost) : parser_(parser), cost_(cost) {
  parser_->depth_ += cost;
  if (parser_->depth_ > kMaxDepth) parser_->too_deep();
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

// Fills error_ from CPython-style 1-based byte columns (end1 <= 0 is kept as is)
// and throws. Inside an f-string replacement field CPython reports columns
// relative to the parenthesised field text and prefixes the message.
void Parser::raise_raw(const char* kind, const std::string& msg, int lineno, int col1, int end_lineno, int end1) {
  // Where CPython's invalid_* rules are switched off, a diagnostic of ours
  // stands for a plain failure to match.
  error_generic_ = raising_generic_ || no_invalid_ > 0;
  raising_generic_ = false;
  error_ = SyntaxErrorInfo{};
  error_.kind = kind;
  error_.msg = is_fstring_field_ ? "f-string: " + msg : msg;
  error_.filename = filename_;
  int source_line = lineno;
  if (is_fstring_field_) {
    if (lineno == origin_.lineno) col1 -= origin_.col_offset;
    if (lineno == origin_.lineno && end1 > 0) end1 -= origin_.col_offset;
    source_line = lineno - origin_.lineno + 1;
  }
  locate_error(source_, tokenizer_.current_line(), tokenizer_.buffer_line(), source_line, col1, end_lineno, end1, &error_);
  error_.lineno = lineno;
  throw ParseFailure{};
}

// CPython's RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns in, 1-based
// code point offsets out.
void Parser::raise_known(const char* kind, const std::string& msg, int lineno, int col, int end_lineno,
                         int end_col) {
  raise_raw(kind, msg, lineno, col + 1, end_lineno, end_col + 1);
}

// Column where the tokenizer stopped reading (CPython's tok->cur - line_start).
int Parser::tokenizer_column() const {
  int line = std::min(tokenizer_.current_line(), source_.line_count());
  if (line < 1) return 0;
  return static_cast<int>(tokenizer_.offset() - source_.line_start(line));
}

// CPython's _PyPegen_raise_error: located at the last token fetched. Tokens
// without a column (INDENT, DEDENT, ENDMARKER) use where the tokenizer stopped.
void Parser::raise_at_last_token(const char* kind, const std::string& msg) {
  const Token& last = tokens_.back();
  if (last.col_offset >= 0) {
    raise_known(kind, msg, last.lineno, last.col_offset, last.end_lineno, last.end_col_offset);
  }
  raise_raw(kind, msg, last.lineno, tokenizer_column(), last.end_lineno, -1);
}

void Parser::raise_at(const Located* node, const std::string& msg) {
  raise_known("SyntaxError", msg, node->lineno, node->col_offset, node->end_lineno, node->end_col_offset);
}

void Parser::raise_at(const Token& token, const std::string& msg) {
  raise_known("SyntaxError", msg, token.lineno, token.col_offset, token.end_lineno, token.end_col_offset);
}

void Parser::raise_range(const Located* from, const Located* to, const std::string& msg) {
  raise_known("SyntaxError", msg, from->lineno, from->col_offset, to->end_lineno, to->end_col_offset);
}

void Parser::raise_range(const Token& from, const Token& to, const std::string& msg) {
  raise_known("SyntaxError", msg, from.lineno, from.col_offset, to.end_lineno, to.end_col_offset);
}

void Parser::raise_range(const Located* from, const Token& to, const std::string& msg) {
  raise_known("SyntaxError", msg, from->lineno, from->col_offset, to.end_lineno, to.end_col_offset);
}

// RAISE_SYNTAX_ERROR_STARTING_FROM: the end is where the tokenizer stopped.
void Parser::raise_starting_from(const Located* node, const std::string& msg) {
  raise_raw("SyntaxError", msg, node->lineno, node->col_offset + 1, tokenizer_.current_line(), tokenizer_column());
}

void Parser::raise_starting_from(const Token& token, const std::string& msg) {
  Located loc;
  loc.lineno = token.lineno;
  loc.col_offset = token.col_offset;
  raise_starting_from(&loc, msg);
}

// Generic "invalid syntax", located at the furthest token examined.
void Parser::invalid_syntax() {
  const Token& token = fetch(furthest_);
  raising_generic_ = true;
  if (token.kind == Tok::Indent || token.kind == Tok::Dedent) {
    error_is_indentation_ = true;
    raise_at_last_token("IndentationError", token.kind == Tok::Indent ? "unexpected indent" : "unexpected unindent");
  }
  error_is_indentation_ = false;
  // A token without a column (ENDMARKER) gives offsets of 0, as in CPython.
  raise_known("SyntaxError", "invalid syntax", token.lineno, token.col_offset, token.end_lineno,
              token.end_col_offset);
}

void Parser::tokenizer_failure() {
  error_ = tokenizer_.error();
  error_.filename = filename_;
  if (is_fstring_field_) {
    // Inside a replacement field: lines are those of the enclosing source;
    // only errors converted by the parser get the "f-string: " prefix.
    error_.lineno += origin_.lineno - 1;
    error_.end_lineno += origin_.lineno - 1;
    if (!tokenizer_.error_is_eager()) error_.msg = "f-string: " + error_.msg;
  }
  error_from_tokenizer_ = true;
  throw ParseFailure{};
}

void Parser::too_deep() {
  error_ = SyntaxErrorInfo{};
  error_.kind = "MemoryError";
  error_.filename = filename_;
  error_from_tokenizer_ = true;  // not overridable by later tokenizer errors
  throw ParseFailure{};
}

// `match <subject>` not followed by ':' (see deferred_error_). CPython raises
// "expected ':'" at the last token read, so the location is computed only
// when the deferred error is used.
void Parser::defer_expected_colon() {
  if (!deferred_error_ && !deferred_match_colon_) deferred_match_colon_ = true;
}

// Returns true if a deferred diagnostic replaced the current error.
bool Parser::apply_deferred_error() {
  if (error_from_tokenizer_ || error_first_pass_ || is_fstring_field_) return false;
  if (deferred_match_colon_) {
    try {
      raise_at_last_token("SyntaxError", "expected ':'");
    } catch (const ParseFailure&) {
    }
    return true;
  }
  if (deferred_error_) {
    error_ = *deferred_error_;
    return true;
  }
  return false;
}

// After a parser error CPython tokenizes the rest of the file: a lexical error
// there wins, and so does an unclosed bracket opened before the error line.
void Parser::check_later_tokenizer_errors() {
  if (error_from_tokenizer_ || is_fstring_field_) return;
  // CPython compares with the line of the last token read, not of the error.
  int error_line = tokens_.empty() ? 0 : tokens_.back().lineno;
  if (!tokens_.empty() && tokens_.back().kind == Tok::EndMarker) return;
  for (;;) {
    Token token = tokenizer_.next();
    if (token.kind == Tok::EndMarker) return;
    if (token.kind != Tok::Error) continue;
    if (tokenizer_.error_is_eager()) {
      error_ = tokenizer_.error();
      error_.filename = filename_;
    } else if (tokenizer_.unclosed_bracket_line() != 0 && error_line > tokenizer_.unclosed_bracket_line()) {
      // Any other lexical failure inside brackets: CPython names the bracket.
      error_ = tokenizer_.unclosed_bracket_info();
      error_.filename = filename_;
    }
    return;
  }
}

// ---------------------------------------------------------------------------
// Assignment targets
// ---------------------------------------------------------------------------

// The noun CPython uses for an expression in error messages.
const char* Parser::expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      switch (cast<Constant>(e)->value.kind) {
        case ConstantValue::None: return "None";
        case ConstantValue::True: return "True";
        case ConstantValue::False: return "False";
        case ConstantValue::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

// The first sub-expression that cannot be assigned to (or deleted), or null.
const Expr* Parser::invalid_target(const Expr* e, TargetsType type) {
  switch (e->kind) {
    case ExprKind::List:
      for (const Expr* elt : cast<List>(e)->elts) {
        if (const Expr* bad = invalid_target(elt, type)) return bad;
      }
      return nullptr;
    case ExprKind::Tuple:
      for (const Expr* elt : cast<Tuple>(e)->elts) {
        if (const Expr* bad = invalid_target(elt, type)) return bad;
      }
      return nullptr;
    case ExprKind::Starred:
      if (type == TargetsType::Del) return e;
      return invalid_target(cast<Starred>(e)->value, type);
    case ExprKind::Compare:
      // `for x in y` may reach here parsed as a comparison: check its left side.
      if (type == TargetsType::For) {
        const Compare* compare = cast<Compare>(e);
        if (compare->ops[0] == CmpOpKind::In) return invalid_target(compare->left, type);
        return nullptr;
      }
      return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute: return nullptr;
    default: return e;
  }
}

void Parser::raise_invalid_target(const Expr* target, TargetsType type) {
  std::string verb = type == TargetsType::Del ? "cannot delete " : "cannot assign to ";
  raise_at(target, verb + expr_name(target));
}

void Parser::set_context(Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name: cast<Name>(e)->ctx = ctx; break;
    case ExprKind::Attribute: cast<Attribute>(e)->ctx = ctx; break;
    case ExprKind::Subscript: cast<Subscript>(e)->ctx = ctx; break;
    case ExprKind::Starred:
      cast<Starred>(e)->ctx = ctx;
      set_context(cast<Starred>(e)->value, ctx);
      break;
    case ExprKind::List:
      cast<List>(e)->ctx = ctx;
      for (Expr* elt : cast<List>(e)->elts) set_context(elt, ctx);
      break;
    case ExprKind::Tuple:
      cast<Tuple>(e)->ctx = ctx;
      for (Expr* elt : cast<Tuple>(e)->elts) set_context(elt, ctx);
      break;
    default: break;
  }
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

// True if nothing but blanks and comments remains after where the tokenizer
// stopped (CPython's bad_single_statement, inverted).
bool Parser::only_comments_follow() const {
  std::string_view rest = std::string_view(source_.text()).substr(tokenizer_.offset());
  size_t i = 0;
  while (i < rest.size()) {
    char c = rest[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
      ++i;
    } else if (c == '#') {
      while (i < rest.size() && rest[i] != '\n') ++i;
    } else {
      return false;
    }
  }
  return true;
}

bool Parser::parse_module(ParseMode mode, Module* module) {
  module->mode = mode;
  try {
    switch (mode) {
      case ParseMode::Exec:
        while (!at(Tok::EndMarker)) statement(&module->body);
        break;
      case ParseMode::Eval: {
        Expr* body = expressions();
        while (accept(Tok::Newline)) {
        }
        if (!at(Tok::EndMarker)) invalid_syntax();
        ExprStmt* stmt = make_span<ExprStmt>(body, body);
        stmt->value = body;
        module->body.push_back(stmt);
        break;
      }
      case ParseMode::Single:
        // One statement, as typed at the interactive prompt; blank input is
        // an error for compile(..., "single").
        if (at(Tok::EndMarker)) invalid_syntax();
        if (accept(Tok::Newline)) break;
        statement(&module->body);
        if (!only_comments_follow()) {
          raise_at_last_token("SyntaxError", "multiple statements found while compiling a single statement");
        }
        break;
    }
    return true;
  } catch (const ParseFailure&) {
    // An unexpected indent is final in CPython; other errors may still be
    // superseded by a lexical error later in the file.
    bool replaced = apply_deferred_error();
    if (replaced || !(error_generic_ && error_is_indentation_)) check_later_tokenizer_errors();
    return false;
  }
}

Expr* Parser::parse_fstring_field(const SubParseOrigin& origin) {
  origin_ = origin;
  is_fstring_field_ = true;
  depth_ = origin.depth;
  try {
    Expr* expr = star_expressions();
    if (!at(Tok::Newline) && !at(Tok::EndMarker)) invalid_syntax();
    return expr;
  } catch (const ParseFailure&) {
    return nullptr;
  }
}

}  // namespace weft::syntax

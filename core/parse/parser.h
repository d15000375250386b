// Recursive-descent parser for the Python 3.11 grammar, producing weft::ast
// nodes. Binary operators use one function per precedence level (the grammar
// is small enough that this reads better than a table). Syntax errors are
// reported with CPython 3.11's messages and locations.
//
// Implementation files: parser.cc (token access, errors, targets),
// parser_expr.cc, parser_stmt.cc, parser_args.cc (calls and parameters),
// parser_pattern.cc (match), strings.cc (literals and f-strings).
//
// How errors are chosen. CPython's PEG parser runs twice on invalid input:
// the first pass only notes how far it got (the "invalid syntax" location is
// the furthest token it read); the second pass enables extra invalid_* rules
// that raise specific messages ("Perhaps you forgot a comma?", ...). Lexical
// errors and errors found while building literals are raised at once, and
// afterwards the rest of the file is tokenized so that a later lexical error
// wins over a syntax error. We parse once and emulate this:
//   * furthest_ records the furthest token examined by ordinary parsing;
//   * diagnostics are raised where the grammar fails, after probing ahead
//     the way the invalid_* rule would (probe() does not move furthest_);
//   * no_invalid_ marks regions where CPython disables those rules;
//   * a diagnostic raised while speculating (try_parse) is kept in
//     deferred_error_, since CPython would report it if anything fails later;
//   * check_later_tokenizer_errors() performs the final tokenizer sweep.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/parse/ast.h"
#include "core/parse/parse.h"
#include "core/parse/tokenizer.h"

namespace weft::syntax {

// Thrown (internally only) once Parser::error_ describes the failure.
struct ParseFailure {};

// Where an f-string replacement field sits in the enclosing source, so that a
// sub-parser can give its nodes real positions (see strings.cc).
struct SubParseOrigin {
  int lineno = 1;      // line of the sub-source's first line
  int col_offset = 0;  // added to columns on that first line only
  int depth = 0;       // nesting depth already used by the enclosing parser
};

class Parser {
 public:
  Parser(const Source& source, ast::Arena& arena, const std::string& filename);

  // Parses a whole input in the given mode into `module->body`.
  bool parse_module(ParseMode mode, ast::Module* module);

  // Parses the text of an f-string replacement field, which the caller has
  // wrapped in parentheses, as `star_expressions`.
  ast::Expr* parse_fstring_field(const SubParseOrigin& origin);

  const SyntaxErrorInfo& error() const { return error_; }

 private:
  friend class StringParser;
  using Expr = ast::Expr;
  using Stmt = ast::Stmt;
  using StmtList = std::vector<ast::Stmt*>;

  // Target kinds for assignment-target validation (mirrors CPython's messages).
  enum class TargetsType { Star, Del, For };

  // What star_expressions saw, for diagnosing a statement's first target.
  struct ExprListInfo {
    bool is_tuple = false;         // an unparenthesised comma list
    size_t last_element_mark = 0;  // token index where the last element starts
  };

  // ----- token access (parser.cc) -----
  const Token& peek(int ahead = 0);
  const Token& advance();
  const Token& prev() const { return tokens_[pos_ - 1]; }
  bool at(Tok kind) { return peek().kind == kind; }
  bool at_name(std::string_view word);
  bool accept(Tok kind);
  const Token& expect(Tok kind);
  const Token& expect_with_message(Tok kind, const char* msg);
  std::string_view text(const Token& token) const;
  std::string identifier(const Token& token) const;
  size_t mark() const { return pos_; }
  void reset(size_t mark) { pos_ = mark; }
  const Token& fetch(size_t index);

  // ----- node construction -----
  template <class T>
  T* make_at(const Token& start);  // start at token, end at prev()
  template <class T>
  T* make_span(const ast::Located* start, const ast::Located* end);
  void set_end(ast::Located* node, const Token& end);
  void end_at_last_significant_token(ast::Located* node);

  // ----- errors (parser.cc) -----
  [[noreturn]] void raise_at_last_token(const char* kind, const std::string& msg);
  [[noreturn]] void raise_raw(const char* kind, const std::string& msg, int lineno, int col1, int end_lineno,
                              int end1);
  int tokenizer_column() const;
  [[noreturn]] void raise_known(const char* kind, const std::string& msg, int lineno, int col, int end_lineno,
                                int end_col);
  [[noreturn]] void raise_at(const ast::Located* node, const std::string& msg);
  [[noreturn]] void raise_at(const Token& token, const std::string& msg);
  [[noreturn]] void raise_range(const ast::Located* from, const ast::Located* to, const std::string& msg);
  [[noreturn]] void raise_range(const Token& from, const Token& to, const std::string& msg);
  [[noreturn]] void raise_range(const ast::Located* from, const Token& to, const std::string& msg);
  [[noreturn]] void raise_starting_from(const ast::Located* node, const std::string& msg);
  [[noreturn]] void raise_starting_from(const Token& token, const std::string& msg);
  [[noreturn]] void invalid_syntax();
  [[noreturn]] void tokenizer_failure();
  [[noreturn]] void too_deep();
  void check_later_tokenizer_errors();
  void defer_expected_colon();
  bool apply_deferred_error();
  bool only_comments_follow() const;

  // Recursion guard: bounds native stack use on deeply nested input.
  class DepthGuard {
   public:
    explicit DepthGuard(Parser* parser, int cost = 1);
    ~DepthGuard() { parser_->depth_ -= cost_; }

   private:
    Parser* parser_;
    int cost_;
  };

  // Speculative parsing: runs `fn`; on a parser error restores the position and
  // returns null. Tokenizer errors still propagate, as in CPython.
  template <class F>
  auto try_parse(F fn) -> decltype(fn());
  template <class F>
  auto probe(F fn) -> decltype(fn());

  // ----- targets (parser.cc) -----
  void set_context(Expr* expr, ast::ExprContext ctx);
  static const Expr* invalid_target(const Expr* expr, TargetsType type);
  [[noreturn]] void raise_invalid_target(const Expr* target, TargetsType type);
  static const char* expr_name(const Expr* expr);

  // ----- statements (parser_stmt.cc) -----
  void statement(StmtList* out);
  void simple_stmts(StmtList* out);
  Stmt* simple_stmt();
  Stmt* compound_stmt();
  Stmt* expression_or_assignment_stmt();
  Stmt* annotated_assignment(Expr* target, const Token& start, const ExprListInfo& info);
  Stmt* augmented_assignment(Expr* target, const Token& start);
  Stmt* assignment(Expr* first_target, const Token& start, const ExprListInfo& info);
  void check_first_assignment_target(Expr* target, const ExprListInfo& info);
  void expect_header_colon();
  [[noreturn]] void walrus_statement(Expr* first, const ExprListInfo& info);
  void more_target_groups();
  Stmt* return_stmt();
  Stmt* raise_stmt();
  Stmt* global_stmt(bool is_nonlocal);
  Stmt* del_stmt();
  Stmt* assert_stmt();
  Stmt* import_stmt();
  Stmt* import_from_stmt();
  std::string dotted_name();
  ast::alias* import_alias(bool dotted);
  StmtList block(const char* what, const Token& keyword);
  Stmt* if_stmt();
  Stmt* while_stmt();
  Stmt* for_stmt(const Token* async_token);
  Stmt* with_stmt(const Token* async_token);
  bool parenthesized_with_items(std::vector<ast::withitem*>* items);
  ast::withitem* with_item();
  Stmt* try_stmt();
  ast::ExceptHandler* except_block(bool* is_star, int index, bool star_form);
  Stmt* function_def(std::vector<Expr*> decorators, const Token* async_token, const Token& start);
  Stmt* class_def(std::vector<Expr*> decorators, const Token& start);
  Stmt* decorated();
  Stmt* async_stmt();
  StmtList else_block();
  Stmt* match_stmt();

  // ----- patterns (parser_pattern.cc) -----
  ast::match_case* case_block();
  ast::Pattern* patterns();
  ast::Pattern* pattern();
  ast::Pattern* or_pattern();
  ast::Pattern* closed_pattern();
  ast::Pattern* literal_pattern();
  Expr* signed_number();
  Expr* complex_number();
  Expr* value_pattern_name();
  ast::Pattern* sequence_pattern(Tok close, const Token& open);
  ast::Pattern* mapping_pattern();
  ast::Pattern* class_pattern(Expr* cls);
  ast::Pattern* star_pattern();
  ast::Pattern* capture_or_value_pattern();

  // ----- expressions (parser_expr.cc) -----
  Expr* star_expressions(ExprListInfo* info = nullptr);
  Expr* star_expression();
  Expr* star_named_expression();
  Expr* named_expression();
  Expr* expressions();
  Expr* expression();
  Expr* expression_body();
  Expr* expression_without_invalid();
  void check_juxtaposed_expression(Expr* first, size_t start_mark);
  void defer_legacy_print(size_t start_mark);
  Expr* yield_expr();
  Expr* disjunction();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  template <class F>
  Expr* binary_operand(F next);
  Expr* bitwise_or();
  Expr* bitwise_xor();
  Expr* bitwise_and();
  Expr* shift_expr();
  Expr* sum();
  Expr* term();
  Expr* factor();
  Expr* power();
  Expr* await_primary();
  Expr* primary();
  Expr* primary_trailers(Expr* expr, const Token& start);
  Expr* atom();
  Expr* paren_atom();
  Expr* list_atom();
  Expr* brace_atom();
  Expr* dict_after_first(const Token& open, Expr* key, Expr* value);
  void starred_dict_value();
  void parse_display_tail(std::vector<Expr*>* elts, Tok close);
  Expr* for_target();
  void check_equal_after_named_expression(Expr* e, size_t start_mark);
  static bool is_bitwise_or_level(const Expr* e);
  bool starts_with_display(const Expr* e, size_t start_mark);
  Expr* slices();
  Expr* slice();
  Expr* lambdef();
  Expr* star_target_list();
  Expr* star_target_element();
  std::vector<ast::comprehension*> for_if_clauses();
  bool at_comprehension_start();
  Expr* number(const Token& token);
  Expr* strings();
  bool at_expression_start();

  // ----- calls and parameters (parser_args.cc) -----
  Expr* call(Expr* func, const Token& start);
  void call_arguments(ast::Call* call, const Token& open, bool allow_genexp = true);
  Expr* genexp_argument(Expr* elt, const Token& open, ast::Call* call);
  [[noreturn]] void positional_after_keyword(bool after_unpacking);
  ast::arguments* parameters(Tok close, bool is_lambda);
  ast::arg* parameter(bool is_lambda, bool allow_star_annotation);
  void check_no_parenthesized_parameters(bool is_lambda);

  // ----- state -----
  const Source& source_;
  ast::Arena& arena_;
  std::string filename_;
  Tokenizer tokenizer_;
  std::deque<Token> tokens_;  // deque: references stay valid as tokens are added
  size_t pos_ = 0;
  size_t furthest_ = 0;  // furthest token index examined, for "invalid syntax"
  int probing_ = 0;      // >0 while speculating for a better error message
  int no_invalid_ = 0;   // >0 where CPython's invalid_* rules are disabled
  std::vector<bool> plain_expression_starts_;  // token indices parsed with no_invalid_ > 0
  int depth_ = 0;
  SubParseOrigin origin_;
  bool is_fstring_field_ = false;
  SyntaxErrorInfo error_;
  bool error_from_tokenizer_ = false;  // lexical (or resource) error: final
  bool error_first_pass_ = false;      // raised while building literals: final
  bool error_generic_ = false;         // plain "invalid syntax"
  bool raising_generic_ = false;
  bool error_is_indentation_ = false;  // "unexpected indent/unindent"
  // CPython re-parses an invalid file with extra "invalid_*" rules, which can
  // fire on constructs the first pass accepted (e.g. `match (x)` without a
  // colon). The first such diagnostic seen while speculating is kept here and
  // replaces a later, non-lexical error.
  std::optional<SyntaxErrorInfo> deferred_error_;
  bool deferred_match_colon_ = false;
};

}  // namespace weft::syntax

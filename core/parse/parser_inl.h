// Template members of Parser shared by the parser_*.cc files: node
// construction and speculative parsing.
#pragma once

#include "core/parse/parser.h"

namespace weft::syntax {

// Node spanning from `start` to the last consumed token.
template <class T>
T* Parser::make_at(const Token& start) {
  T* node = arena_.make<T>();
  node->lineno = start.lineno;
  node->col_offset = start.col_offset;
  set_end(node, prev());
  return node;
}

// Node spanning from the start of `start` to the end of `end`.
template <class T>
T* Parser::make_span(const ast::Located* start, const ast::Located* end) {
  T* node = arena_.make<T>();
  node->lineno = start->lineno;
  node->col_offset = start->col_offset;
  node->end_lineno = end->end_lineno;
  node->end_col_offset = end->end_col_offset;
  return node;
}

template <class T>
T* Parser::make_from(const Token& start, const ast::Located* end) {
  T* node = arena_.make<T>();
  node->lineno = start.lineno;
  node->col_offset = start.col_offset;
  node->end_lineno = end->end_lineno;
  node->end_col_offset = end->end_col_offset;
  return node;
}

// Runs `fn` speculatively. On a syntax error the position is restored and a
// value-initialised result returned. Lexical and literal errors still
// propagate, as CPython raises them on the spot; a specific diagnostic is
// remembered in case the file turns out to be invalid (see deferred_error_).
template <class F>
auto Parser::try_parse(F fn) -> decltype(fn()) {
  size_t saved = pos_;
  try {
    return fn();
  } catch (const ParseFailure&) {
    if (error_from_tokenizer_ || error_first_pass_) throw;
    if (probing_ == 0 && !error_generic_ && !deferred_error_ && !deferred_match_colon_) deferred_error_ = error_;
    pos_ = saved;
    return {};
  }
}

// Like try_parse, for look-ahead done only to choose a better error message:
// it does not move the "invalid syntax" location.
template <class F>
auto Parser::probe(F fn) -> decltype(fn()) {
  ++probing_;
  struct Restore {
    int& probing;
    ~Restore() { --probing; }
  } restore{probing_};
  return try_parse(fn);
}

}  // namespace weft::syntax

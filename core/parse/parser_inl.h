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

// Increments a counter for the lifetime of the object.
class ScopedCount {
 public:
  explicit ScopedCount(int& count) : count_(count) { ++count_; }
  ~ScopedCount() { --count_; }
  ScopedCount(const ScopedCount&) = delete;
  ScopedCount& operator=(const ScopedCount&) = delete;

 private:
  int& count_;
};

// Runs `fn` speculatively, restoring the position if it fails to match.
// Lexical and literal errors always propagate (CPython raises them on the
// spot). Other diagnostics depend on the pass CPython would be in: in normal
// parsing the first one is kept for later (see deferred_error_); inside a
// probe, which models CPython's error pass, it propagates.
template <class F>
auto Parser::try_parse(F fn) -> decltype(fn()) {
  size_t saved = pos_;
  try {
    return fn();
  } catch (const ParseFailure&) {
    if (error_from_tokenizer_ || error_first_pass_) throw;
    if (!error_generic_) {
      if (probing_ > 0) throw;
      if (!deferred_error_ && !deferred_match_colon_) deferred_error_ = error_;
    }
    pos_ = saved;
    return {};
  }
}

// Parsing done only to choose a diagnostic, as CPython's error pass does: it
// does not move the "invalid syntax" location, and null means "no match".
template <class F>
auto Parser::probe(F fn) -> decltype(fn()) {
  // CPython's error pass stops at the deferred diagnostic before reaching here.
  if (deferred_error_ || deferred_match_colon_) return {};
  ScopedCount probing(probing_);
  return try_parse(fn);
}

}  // namespace weft::syntax

// Tokenizer: turns normalised UTF-8 source into Python tokens (INDENT/DEDENT,
// NEWLINE, operators, names, numbers, whole string literals), reporting lexical
// errors with the messages and positions CPython 3.11 uses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/parse/parse.h"

namespace weft::syntax {

enum class Tok : uint8_t {
#define TOKEN(name, text) name,
#define KEYWORD(name, text) Kw##name,
#include "core/parse/tokens.def"
#undef TOKEN
#undef KEYWORD
};

// Operator or keyword spelling of a token kind ("" for token classes).
const char* token_spelling(Tok kind);

// Source text after normalisation: "\r\n" and "\r" become "\n" and, for
// file (exec) input, a final newline is added, as CPython does for strings.
// Knows its line layout.
class Source {
 public:
  explicit Source(std::string text, bool add_final_newline = true);

  const std::string& text() const { return text_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  size_t line_start(int lineno) const { return line_starts_[lineno - 1]; }
  // Line `lineno` (1-based), optionally with its trailing newline.
  std::string_view line(int lineno, bool with_newline) const;
  // 1-based line containing byte `offset`.
  int line_of(size_t offset) const;

 private:
  std::string text_;
  std::vector<size_t> line_starts_;
};

struct Token {
  Tok kind = Tok::EndMarker;
  uint32_t start = 0;  // byte range in Source::text()
  uint32_t end = 0;
  int lineno = 0;       // CPython token positions; col -1 = unknown (INDENT/DEDENT)
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
  int level = 0;        // bracket nesting depth after the token
};

// Builds the text/offset fields of a SyntaxErrorInfo the way CPython's parser
// does for an error at a known (line, byte column): the offset counts code
// points, and the text carries its newline only if the line is the one the
// tokenizer is currently reading.
void locate_error(const Source& source, int tokenizer_line, int buffer_line, int lineno, int col,
                  int end_lineno, int end_col, SyntaxErrorInfo* err);

class Tokenizer {
 public:
  explicit Tokenizer(const Source& source);

  // Next token. After an Error token, error() describes the problem and every
  // further call returns Error again.
  Token next();

  const SyntaxErrorInfo& error() const { return error_; }
  // True when the error is one CPython raises eagerly inside the tokenizer (as
  // opposed to a status the parser converts later). Only eager errors replace a
  // parser error found earlier in the file.
  bool error_is_eager() const { return error_eager_; }
  // Innermost open bracket's line (0 if none), and the "'(' was never closed"
  // error for it.
  int unclosed_bracket_line() const { return brackets_.empty() ? 0 : brackets_.back().lineno; }
  SyntaxErrorInfo unclosed_bracket_info() const;

  // Byte offset where reading stopped (CPython's tok->cur).
  size_t offset() const { return pos_; }
  // First line of the tokenizer's line buffer: normally current_line(), but
  // earlier when a token spans lines. CPython quotes the whole buffer.
  int buffer_line() const { return buffer_line_; }
  // Line of the last character read (CPython's tok->lineno).
  int current_line() const { return lineno_; }

 private:
  struct Bracket {
    char ch;
    int lineno;
    int col;
  };

  static constexpr int kEof = -1;
  static constexpr int kMaxIndent = 100;
  static constexpr int kMaxBrackets = 200;
  static constexpr int kTabSize = 8;

  int nextc();
  void backup(int c);

  bool scan_indentation(bool* blank_line);
  bool continuation_line();
  Token make(Tok kind, size_t start, size_t end);
  Token make_indent_token(Tok kind);
  Tok scan_name_or_string(int c, size_t start);
  bool scan_string(int quote, size_t start);
  bool scan_number(int c);
  bool scan_fraction_and_exponent(int c);
  bool scan_exponent(int c);
  bool scan_imaginary();
  int scan_decimal_tail();
  bool verify_end_of_number(int c, const char* kind);
  bool verify_identifier(size_t start);
  Tok scan_operator(int c);
  bool track_bracket(int c, size_t start);

  // Error reporting. `eager_error` mirrors the tokenizer's own SyntaxError:
  // the offset is the number of code points from the line start up to `cur`.
  Token eager_error(const std::string& msg, size_t cur);
  Token eager_error_range(const std::string& msg, size_t col_from, size_t col_to);
  Token status_error(const char* kind, const std::string& msg, int col_offset_plus1, int end_plus1);
  Token unclosed_bracket_error();
  Token fail();

  const Source& source_;
  std::string_view text_;
  size_t pos_ = 0;
  int lineno_ = 0;
  size_t line_start_ = 0;
  size_t next_line_start_ = 0;
  bool at_bol_ = true;
  bool blank_line_ = false;
  bool in_token_ = false;   // CPython's tok->start != NULL
  int buffer_line_ = 1;     // first line of CPython's tok->buf

  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  int pending_ = 0;  // >0 INDENTs to emit, <0 DEDENTs to emit
  std::vector<Bracket> brackets_;

  bool failed_ = false;
  bool error_eager_ = false;
  SyntaxErrorInfo error_;
};

}  // namespace weft::syntax

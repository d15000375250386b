// Tokenizer implementation. The structure follows the classic Python lexer:
// indentation is measured at the start of each logical line, brackets suppress
// NEWLINE/INDENT, and errors carry CPython 3.11's wording and positions.
#include "core/parse/tokenizer.h"

#include <algorithm>
#include <cctype>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "core/parse/unicode.h"

namespace weft::syntax {

const char* token_spelling(Tok kind) {
  static constexpr const char* kSpellings[] = {
#define TOKEN(name, text) text,
#define KEYWORD(name, text) text,
#include "core/parse/tokens.def"
#undef TOKEN
#undef KEYWORD
  };
  return kSpellings[static_cast<int>(kind)];
}

// ---------------------------------------------------------------------------
// Source
// ---------------------------------------------------------------------------

Source::Source(std::string text, bool add_final_newline) {
  text_.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      text_ += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      text_ += text[i];
    }
  }
  if (add_final_newline && !text_.empty() && text_.back() != '\n') text_ += '\n';
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
  }
}

std::string_view Source::line(int lineno, bool with_newline) const {
  if (lineno < 1 || lineno > line_count()) return {};
  size_t start = line_starts_[lineno - 1];
  size_t end = text_.find('\n', start);
  if (end == std::string::npos) {
    end = text_.size();
  } else if (with_newline) {
    ++end;
  }
  return std::string_view(text_).substr(start, end - start);
}

int Source::line_of(size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<int>(it - line_starts_.begin());
}

namespace {

// CPython's byte_offset_to_character_offset: decodes the first `col` bytes of
// the line (clamped to its length + 1, the extra byte being the terminator).
int byte_col_to_char_col(std::string_view line, int col) {
  if (col <= 0) return col;
  size_t limit = std::min<size_t>(col, line.size() + 1);
  if (limit > line.size()) return static_cast<int>(count_code_points(line) + 1);
  return static_cast<int>(count_code_points(line.substr(0, limit)));
}

std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...) {
  char buffer[512];
  va_list args;
  va_start(args, fmt);
  vsnprintf(buffer, sizeof buffer, fmt, args);
  va_end(args);
  return buffer;
}

bool is_potential_identifier_start(int c) { return c >= 128 || std::isalpha(c) || c == '_'; }
bool is_potential_identifier_char(int c) { return c >= 128 || std::isalnum(c) || c == '_'; }

}  // namespace

void locate_error(const Source& source, int tokenizer_line, int buffer_line, int lineno, int col,
                  int end_lineno, int end_col, SyntaxErrorInfo* err) {
  std::string_view line;
  if (lineno < 1) {
    // Nothing read yet (empty input): CPython has no line to show.
  } else if (tokenizer_line <= lineno && lineno <= source.line_count()) {
    // The tokenizer's current buffer: possibly several lines, with newline.
    int first = std::min(buffer_line, tokenizer_line);
    std::string_view last = source.line(tokenizer_line, /*with_newline=*/true);
    size_t begin = source.line_start(first);
    size_t end = source.line_start(tokenizer_line) + last.size();
    line = std::string_view(source.text()).substr(begin, end - begin);
  } else {
    line = source.line(lineno, /*with_newline=*/false);
  }
  err->lineno = lineno;
  err->end_lineno = end_lineno;
  err->text = std::string(line);
  err->offset = byte_col_to_char_col(line, col);
  err->end_offset = end_col > 0 ? byte_col_to_char_col(line, end_col) : end_col;
}

// ---------------------------------------------------------------------------
// Character stream
// ---------------------------------------------------------------------------

Tokenizer::Tokenizer(const Source& source) : source_(source), text_(source.text()) {}

int Tokenizer::nextc() {
  if (pos_ >= text_.size()) return kEof;
  if (pos_ == next_line_start_) {
    // Entering a new physical line: this is when CPython bumps tok->lineno.
    // Its line buffer restarts unless a token (a multi-line string, or a
    // backslash continuation) is still being read.
    ++lineno_;
    if (!in_token_) buffer_line_ = lineno_;
    line_start_ = pos_;
    size_t newline = text_.find('\n', pos_);
    next_line_start_ = newline == std::string_view::npos ? text_.size() + 1 : newline + 1;
  }
  return static_cast<unsigned char>(text_[pos_++]);
}

void Tokenizer::backup(int c) {
  if (c != kEof) --pos_;
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

Token Tokenizer::fail() {
  failed_ = true;
  Token token;
  token.kind = Tok::Error;
  token.start = token.end = static_cast<uint32_t>(std::min(pos_, text_.size()));
  token.lineno = token.end_lineno = current_line();
  token.col_offset = token.end_col_offset = -1;
  token.level = static_cast<int>(brackets_.size());
  return token;
}

Token Tokenizer::eager_error(const std::string& msg, size_t cur) {
  std::string_view upto = text_.substr(line_start_, cur - line_start_);
  int col = static_cast<int>(count_code_points(upto));
  return eager_error_range(msg, col, col);
}

Token Tokenizer::eager_error_range(const std::string& msg, size_t col_from, size_t col_to) {
  error_ = SyntaxErrorInfo{};
  error_.kind = "SyntaxError";
  error_.msg = msg;
  error_.lineno = error_.end_lineno = current_line();
  error_.offset = static_cast<int>(col_from);
  error_.end_offset = static_cast<int>(col_to);
  size_t newline = text_.find('\n', line_start_);
  if (newline == std::string_view::npos) newline = text_.size();
  error_.text = std::string(text_.substr(line_start_, newline - line_start_));
  error_eager_ = true;
  return fail();
}

// Errors that CPython's tokenizer only signals with a status code; the parser
// turns them into exceptions located on the current line.
Token Tokenizer::status_error(const char* kind, const std::string& msg, int col, int end_col) {
  error_ = SyntaxErrorInfo{};
  error_.kind = kind;
  error_.msg = msg;
  locate_error(source_, current_line(), buffer_line_, current_line(), col, current_line(), end_col, &error_);
  error_eager_ = false;
  return fail();
}

SyntaxErrorInfo Tokenizer::unclosed_bracket_info() const {
  const Bracket& open = brackets_.back();
  SyntaxErrorInfo info;
  info.kind = "SyntaxError";
  info.msg = format("'%c' was never closed", open.ch);
  locate_error(source_, current_line(), buffer_line_, open.lineno, open.col + 1, open.lineno, 0, &info);
  return info;
}

Token Tokenizer::unclosed_bracket_error() {
  error_ = unclosed_bracket_info();
  error_eager_ = false;
  return fail();
}

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

Token Tokenizer::make(Tok kind, size_t start, size_t end) {
  Token token;
  token.kind = kind;
  token.start = static_cast<uint32_t>(start);
  token.end = static_cast<uint32_t>(end);
  token.lineno = source_.line_of(start);
  token.col_offset = static_cast<int>(start - source_.line_start(token.lineno));
  token.end_lineno = current_line();
  token.end_col_offset = static_cast<int>(end - line_start_);
  token.level = static_cast<int>(brackets_.size());
  return token;
}

// INDENT, DEDENT and ENDMARKER have no text; CPython gives them column -1.
Token Tokenizer::make_indent_token(Tok kind) {
  Token token;
  token.kind = kind;
  token.start = token.end = static_cast<uint32_t>(pos_);
  token.lineno = token.end_lineno = current_line();
  token.col_offset = token.end_col_offset = -1;
  return token;
}

Token Tokenizer::next() {
  if (failed_) return fail();
  for (;;) {  // each iteration handles one physical line start or token
    in_token_ = false;
    if (at_bol_) {
      at_bol_ = false;
      if (!scan_indentation(&blank_line_)) return fail();
    }
    if (pending_ != 0) {
      Tok kind = pending_ < 0 ? Tok::Dedent : Tok::Indent;
      pending_ += pending_ < 0 ? 1 : -1;
      return make_indent_token(kind);
    }

    int c;
    do {
      c = nextc();
    } while (c == ' ' || c == '\t' || c == '\f');
    size_t start = c == kEof ? pos_ : pos_ - 1;
    in_token_ = true;

    if (c == '#') {
      while (c != kEof && c != '\n') c = nextc();
    }
    if (c == kEof) {
      if (!brackets_.empty()) return unclosed_bracket_error();
      return make_indent_token(Tok::EndMarker);  // CPython gives ENDMARKER no column
    }
    if (is_potential_identifier_start(c)) {
      Tok kind = scan_name_or_string(c, start);  // a name, keyword or prefixed string
      if (kind == Tok::Error) return fail();
      return make(kind, start, pos_);
    }
    if (c == '\n') {
      at_bol_ = true;
      if (blank_line_ || !brackets_.empty()) continue;
      return make(Tok::Newline, start, pos_ - 1);
    }
    if (c == '.') {
      int c2 = nextc();
      if (std::isdigit(c2)) {
        if (!scan_fraction_and_exponent(c2)) return fail();
        return make(Tok::Number, start, pos_);
      }
      if (c2 == '.') {
        int c3 = nextc();
        if (c3 == '.') return make(Tok::Ellipsis, start, pos_);
        backup(c3);
      }
      backup(c2);
      return make(Tok::Dot, start, pos_);
    }
    if (std::isdigit(c)) {
      if (!scan_number(c)) return fail();
      return make(Tok::Number, start, pos_);
    }
    if (c == '\'' || c == '"') {
      if (!scan_string(c, start)) return fail();
      return make(Tok::String, start, pos_);
    }
    if (c == '\\') {
      if (!continuation_line()) return fail();
      continue;
    }
    Tok kind = scan_operator(c);
    if (kind == Tok::Error) return fail();
    return make(kind, start, pos_);
  }
}

// Measures the indentation of a new line and queues INDENT/DEDENT tokens.
// Blank and comment-only lines do not affect indentation.
bool Tokenizer::scan_indentation(bool* blank_line) {
  int col = 0;
  int alt_col = 0;
  int cont_line_col = 0;  // column of the first backslash continuation, if any
  int c;
  for (;;) {
    c = nextc();
    if (c == ' ') {
      ++col, ++alt_col;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++alt_col;
    } else if (c == '\f') {
      col = alt_col = 0;
    } else if (c == '\\') {
      // Indentation cannot be split across lines: the first backslash fixes
      // it (CPython ignores a backslash in column 0 here).
      cont_line_col = cont_line_col != 0 ? cont_line_col : col;
      if (!continuation_line()) return false;
    } else {
      break;
    }
  }
  backup(c);
  *blank_line = c == '#' || c == '\n';
  if (*blank_line || !brackets_.empty()) return true;
  if (cont_line_col != 0) col = alt_col = cont_line_col;

  if (col == indents_.back()) {
    if (alt_col != alt_indents_.back()) {
      status_error("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
      return false;
    }
  } else if (col > indents_.back()) {
    if (static_cast<int>(indents_.size()) >= kMaxIndent) {
      status_error("IndentationError", "too many levels of indentation", 1, 0);
      return false;
    }
    if (alt_col <= alt_indents_.back()) {
      status_error("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
      return false;
    }
    ++pending_;
    indents_.push_back(col);
    alt_indents_.push_back(alt_col);
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      --pending_;
      indents_.pop_back();
      alt_indents_.pop_back();
    }
    if (col != indents_.back()) {
      // CPython moves to the end of the line and reports that column.
      pos_ = std::min(next_line_start_, text_.size());
      status_error("IndentationError", "unindent does not match any outer indentation level",
                   static_cast<int>(pos_ - line_start_), -1);
      return false;
    }
    if (alt_col != alt_indents_.back()) {
      status_error("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
      return false;
    }
  }
  return true;
}

// After a backslash: the next character must end the line, and the file must go on.
bool Tokenizer::continuation_line() {
  int c = nextc();
  if (c != '\n') {
    // CPython measures this column from the start of its line buffer, which
    // begins earlier when a multi-line token precedes the backslash.
    int col = static_cast<int>(pos_ - source_.line_start(buffer_line_) - 1);
    status_error("SyntaxError", "unexpected character after line continuation character", col + 1, 0);
    return false;
  }
  c = nextc();
  if (c == kEof) {
    if (!brackets_.empty()) {
      unclosed_bracket_error();
      return false;
    }
    error_ = SyntaxErrorInfo{};
    error_.kind = "SyntaxError";
    error_.msg = "unexpected EOF while parsing";
    // CPython reports the column where reading stopped, without the +1 of known locations.
    locate_error(source_, current_line(), buffer_line_, current_line(), static_cast<int>(pos_ - line_start_),
                 current_line(), -1, &error_);
    error_eager_ = false;
    return false;
  }
  backup(c);
  return true;
}

// ---------------------------------------------------------------------------
// Names and strings
// ---------------------------------------------------------------------------

Tok Tokenizer::scan_name_or_string(int c, size_t start) {
  // String prefixes: any case, b/r/u/f combinations CPython accepts.
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (;;) {
    int lower = std::tolower(c);
    if (!(saw_b || saw_u || saw_f) && lower == 'b') {
      saw_b = true;
    } else if (!(saw_b || saw_u || saw_r || saw_f) && lower == 'u') {
      saw_u = true;
    } else if (!(saw_r || saw_u) && lower == 'r') {
      saw_r = true;
    } else if (!(saw_f || saw_b || saw_u) && lower == 'f') {
      saw_f = true;
    } else {
      break;
    }
    c = nextc();
    if (c == '"' || c == '\'') return scan_string(c, start) ? Tok::String : Tok::Error;
  }
  bool nonascii = false;
  while (is_potential_identifier_char(c)) {
    if (c >= 128) nonascii = true;
    c = nextc();
  }
  backup(c);
  if (nonascii && !verify_identifier(start)) return Tok::Error;

  std::string_view word = text_.substr(start, pos_ - start);
  static constexpr struct {
    std::string_view text;
    Tok kind;
  } kKeywords[] = {
#define TOKEN(name, text)
#define KEYWORD(name, text) {text, Tok::Kw##name},
#include "core/parse/tokens.def"
#undef TOKEN
#undef KEYWORD
  };
  if (word.size() >= 2 && word.size() <= 8) {
    for (const auto& keyword : kKeywords) {
      if (keyword.text == word) return keyword.kind;
    }
  }
  return Tok::Name;
}

bool Tokenizer::verify_identifier(size_t start) {
  std::string_view word = text_.substr(start, pos_ - start);
  bool first = true;
  for (size_t i = 0; i < word.size();) {
    int len = 1;
    int32_t cp = decode_utf8(word, i, &len);
    bool ok = cp >= 0 && (first ? is_xid_start(cp) : is_xid_continue(cp));
    if (!ok) {
      size_t cur = start + i + len;
      char hex[16];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(cp));
      if (is_printable(cp)) {
        std::string ch(word.substr(i, len));
        eager_error("invalid character '" + ch + "' (U+" + hex + ")", cur);
      } else {
        eager_error(std::string("invalid non-printable character U+") + hex, cur);
      }
      return false;
    }
    first = false;
    i += len;
  }
  return true;
}

// Scans a string literal body; `start` is where the prefix began. Only finds
// the end: escapes are decoded later by the parser.
bool Tokenizer::scan_string(int quote, size_t start) {
  int first_line = current_line();
  size_t first_line_start = line_start_;
  int quote_size = 1;
  int end_quote_size = 0;
  int c = nextc();
  if (c == quote) {
    c = nextc();
    if (c == quote) {
      quote_size = 3;
    } else {
      end_quote_size = 1;  // empty string
    }
  }
  if (c != quote) backup(c);

  while (end_quote_size != quote_size) {
    c = nextc();
    if (c == kEof || (quote_size == 1 && c == '\n')) {
      // Report from the opening quote, naming the line where the end was sought.
      int detected = current_line();
      lineno_ = first_line;
      line_start_ = first_line_start;
      std::string msg = quote_size == 3 ? "unterminated triple-quoted string literal"
                                        : "unterminated string literal";
      msg += format(" (detected at line %d)", detected);
      eager_error(msg, start + 1);
      return false;
    }
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\') nextc();
    }
  }
  return true;
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

// Digits with single underscores between them; returns the first non-digit,
// or 0 after reporting an error.
int Tokenizer::scan_decimal_tail() {
  int c;
  for (;;) {
    do {
      c = nextc();
    } while (std::isdigit(c));
    if (c != '_') break;
    c = nextc();
    if (!std::isdigit(c)) {
      backup(c);
      eager_error("invalid decimal literal", pos_);
      return 0;
    }
  }
  return c;
}

// A number must not run straight into a name ("1abc"). Keywords that may
// legally follow a number ("1if x else y") are accepted, as CPython does.
bool Tokenizer::verify_end_of_number(int c, const char* kind) {
  auto lookahead = [&](const char* rest) {
    size_t n = std::strlen(rest);
    return text_.substr(pos_, n) == rest &&
           (pos_ + n >= text_.size() || !is_potential_identifier_char(static_cast<unsigned char>(text_[pos_ + n])));
  };
  bool keyword_follows = false;
  switch (c) {
    case 'a': keyword_follows = lookahead("nd"); break;
    case 'e': keyword_follows = lookahead("lse"); break;
    case 'f': keyword_follows = lookahead("or"); break;
    case 'i': keyword_follows = pos_ < text_.size() && std::strchr("fns", text_[pos_]) && text_[pos_] != 0; break;
    case 'o': keyword_follows = lookahead("r"); break;
    case 'n': keyword_follows = lookahead("ot"); break;
    default: break;
  }
  if (keyword_follows) return true;
  // A non-ASCII character ends the number; the name after it gets checked.
  if (c < 128 && is_potential_identifier_char(c)) {
    backup(c);
    eager_error(format("invalid %s literal", kind), pos_);
    return false;
  }
  return true;
}

bool Tokenizer::scan_imaginary() {
  int c = nextc();
  if (!verify_end_of_number(c, "imaginary")) return false;
  backup(c);
  return true;
}

bool Tokenizer::scan_exponent(int e) {
  int c = nextc();
  if (c == '+' || c == '-') {
    c = nextc();
    if (!std::isdigit(c)) {
      backup(c);
      eager_error("invalid decimal literal", pos_);
      return false;
    }
  } else if (!std::isdigit(c)) {
    // "1e" followed by a name: the 'e' starts the name (or is an error).
    backup(c);
    if (!verify_end_of_number(e, "decimal")) return false;
    backup(e);
    return true;
  }
  c = scan_decimal_tail();
  if (c == 0) return false;
  if (c == 'j' || c == 'J') return scan_imaginary();
  if (!verify_end_of_number(c, "decimal")) return false;
  backup(c);
  return true;
}

// Continues a number after its '.' (c is the first character after the dot).
bool Tokenizer::scan_fraction_and_exponent(int c) {
  if (std::isdigit(c)) {
    c = scan_decimal_tail();
    if (c == 0) return false;
  }
  if (c == 'e' || c == 'E') return scan_exponent(c);
  if (c == 'j' || c == 'J') return scan_imaginary();
  if (!verify_end_of_number(c, "decimal")) return false;
  backup(c);
  return true;
}

bool Tokenizer::scan_number(int c) {
  size_t start = pos_ - 1;
  if (c == '0') {
    c = nextc();
    int lower = std::tolower(c);
    if (lower == 'x' || lower == 'o' || lower == 'b') {
      const char* kind = lower == 'x' ? "hexadecimal" : lower == 'o' ? "octal" : "binary";
      auto is_digit = [lower](int d) {
        if (lower == 'x') return std::isxdigit(d) != 0;
        if (lower == 'o') return d >= '0' && d <= '7';
        return d == '0' || d == '1';
      };
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (!is_digit(c)) {
          if (lower != 'x' && std::isdigit(c)) {
            eager_error(format("invalid digit '%c' in %s literal", c, kind), pos_);
          } else {
            backup(c);
            eager_error(format("invalid %s literal", kind), pos_);
          }
          return false;
        }
        do {
          c = nextc();
        } while (is_digit(c));
      } while (c == '_');
      if (lower != 'x' && std::isdigit(c)) {
        eager_error(format("invalid digit '%c' in %s literal", c, kind), pos_);
        return false;
      }
      if (!verify_end_of_number(c, kind)) return false;
      backup(c);
      return true;
    }
    // Zeros, possibly the start of a float ("0.5", "00e1", "09j").
    bool nonzero = false;
    for (;;) {
      if (c == '_') {
        c = nextc();
        if (!std::isdigit(c)) {
          backup(c);
          eager_error("invalid decimal literal", pos_);
          return false;
        }
      }
      if (c != '0') break;
      c = nextc();
    }
    size_t zeros_end = pos_;
    if (std::isdigit(c)) {
      nonzero = true;
      c = scan_decimal_tail();
      if (c == 0) return false;
    }
    if (c == '.') return scan_fraction_and_exponent(nextc());
    if (c == 'e' || c == 'E') return scan_exponent(c);
    if (c == 'j' || c == 'J') return scan_imaginary();
    if (nonzero) {
      backup(c);
      eager_error_range(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          start + 1 - line_start_, zeros_end - line_start_);
      return false;
    }
    if (!verify_end_of_number(c, "decimal")) return false;
    backup(c);
    return true;
  }
  c = scan_decimal_tail();
  if (c == 0) return false;
  if (c == '.') return scan_fraction_and_exponent(nextc());
  if (c == 'e' || c == 'E') return scan_exponent(c);
  if (c == 'j' || c == 'J') return scan_imaginary();
  if (!verify_end_of_number(c, "decimal")) return false;
  backup(c);
  return true;
}

// ---------------------------------------------------------------------------
// Operators and brackets
// ---------------------------------------------------------------------------

Tok Tokenizer::scan_operator(int c) {
  static constexpr struct {
    std::string_view text;
    Tok kind;
  } kThreeChar[] = {{"**=", Tok::DoubleStarEqual}, {"...", Tok::Ellipsis}, {"//=", Tok::DoubleSlashEqual},
                    {"<<=", Tok::LeftShiftEqual},  {">>=", Tok::RightShiftEqual}},
    kTwoChar[] = {{"!=", Tok::NotEqual},   {"%=", Tok::PercentEqual},  {"&=", Tok::AmperEqual},
                  {"**", Tok::DoubleStar}, {"*=", Tok::StarEqual},     {"+=", Tok::PlusEqual},
                  {"-=", Tok::MinEqual},   {"->", Tok::RArrow},        {"//", Tok::DoubleSlash},
                  {"/=", Tok::SlashEqual}, {":=", Tok::ColonEqual},    {"<<", Tok::LeftShift},
                  {"<=", Tok::LessEqual},  {"<>", Tok::NotEqual},      {"==", Tok::EqEqual},
                  {">=", Tok::GreaterEqual}, {">>", Tok::RightShift},  {"@=", Tok::AtEqual},
                  {"^=", Tok::CircumflexEqual}, {"|=", Tok::VBarEqual}},
    kOneChar[] = {{"%", Tok::Percent}, {"&", Tok::Amper},  {"(", Tok::LPar},   {")", Tok::RPar},
                  {"*", Tok::Star},    {"+", Tok::Plus},   {",", Tok::Comma},  {"-", Tok::Minus},
                  {".", Tok::Dot},     {"/", Tok::Slash},  {":", Tok::Colon},  {";", Tok::Semi},
                  {"<", Tok::Less},    {"=", Tok::Equal},  {">", Tok::Greater}, {"@", Tok::At},
                  {"[", Tok::LSqb},    {"]", Tok::RSqb},   {"^", Tok::Circumflex}, {"{", Tok::LBrace},
                  {"|", Tok::VBar},    {"}", Tok::RBrace}, {"~", Tok::Tilde}};
  size_t start = pos_ - 1;
  std::string_view rest = text_.substr(start, 3);
  for (const auto& op : kThreeChar) {
    if (rest == op.text) {
      pos_ = start + 3;
      return op.kind;
    }
  }
  rest = text_.substr(start, 2);
  for (const auto& op : kTwoChar) {
    // "<>" lexes as NotEqual; the parser rejects it (it needs barry_as_FLUFL).
    if (rest == op.text) {
      pos_ = start + 2;
      return op.kind;
    }
  }
  if (!track_bracket(c, start)) return Tok::Error;
  if (c < 128 && !is_printable(c)) {
    eager_error(format("invalid non-printable character U+%04X", c), pos_);
    return Tok::Error;
  }
  for (const auto& op : kOneChar) {
    if (op.text[0] == c) return op.kind;
  }
  return Tok::Op;
}

bool Tokenizer::track_bracket(int c, size_t start) {
  if (c == '(' || c == '[' || c == '{') {
    if (static_cast<int>(brackets_.size()) >= kMaxBrackets) {
      eager_error("too many nested parentheses", pos_);
      return false;
    }
    brackets_.push_back({static_cast<char>(c), current_line(), static_cast<int>(start - line_start_)});
  } else if (c == ')' || c == ']' || c == '}') {
    if (brackets_.empty()) {
      eager_error(format("unmatched '%c'", c), pos_);
      return false;
    }
    Bracket open = brackets_.back();
    brackets_.pop_back();
    char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (c != expected) {
      if (open.lineno != current_line()) {
        eager_error(format("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                           open.ch, open.lineno),
                    pos_);
      } else {
        eager_error(format("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch), pos_);
      }
      return false;
    }
  }
  return true;
}

}  // namespace weft::syntax

// Literals: numbers (exact integer digits, floats, imaginaries), string and
// bytes escape decoding, implicit concatenation, and f-strings, whose
// replacement fields are parsed by a nested Parser over the field text.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>

#include "core/parse/parser.h"
#include "core/parse/parser_inl.h"
#include "core/parse/unicode.h"

namespace weft::syntax {

using namespace ast;

namespace {

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

// Converts digits in base 2, 8 or 16 to a decimal digit string, using 10^9
// limbs (least significant first).
std::string to_decimal(std::string_view digits, int base) {
  std::vector<uint32_t> limbs{0};
  for (char c : digits) {
    uint32_t digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(c) - 'a' + 10;
    uint64_t carry = digit;
    for (uint32_t& limb : limbs) {
      uint64_t value = static_cast<uint64_t>(limb) * base + carry;
      limb = static_cast<uint32_t>(value % 1000000000);
      carry = value / 1000000000;
    }
    if (carry != 0) limbs.push_back(static_cast<uint32_t>(carry));
  }
  std::string out = std::to_string(limbs.back());
  char chunk[16];
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(chunk, sizeof chunk, "%09u", limbs[i]);
    out += chunk;
  }
  return out;
}

// Parses a decimal float literal (no underscores). Overflow gives infinity and
// underflow zero, as CPython's float parsing does.
double parse_float(const std::string& text) {
  double value = 0;
  auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (result.ec == std::errc::result_out_of_range) {
    size_t e = text.find_first_of("eE");
    bool negative_exponent = e != std::string::npos && e + 1 < text.size() && text[e + 1] == '-';
    return negative_exponent ? 0.0 : HUGE_VAL;
  }
  return value;
}

// ---------------------------------------------------------------------------
// Escapes
// ---------------------------------------------------------------------------

struct EscapeError {
  std::string message;  // full SyntaxError message
};

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes backslash escapes of a str (or, with `bytes`, a bytes) literal body.
// Error positions are reported the way CPython's unicode-escape codec sees
// the body: every non-ASCII character counts as the 10 bytes of "\UXXXXXXXX".
std::optional<EscapeError> decode_escapes(std::string_view s, bool bytes, std::string* out) {
  size_t codec_pos = 0;  // position in CPython's transformed buffer
  auto codec_error = [&](size_t start, size_t end, const char* what) {
    char buf[128];
    if (end - start == 1) {
      std::snprintf(buf, sizeof buf, "can't decode byte 0x5c in position %zu: %s", start, what);
    } else {
      std::snprintf(buf, sizeof buf, "can't decode bytes in position %zu-%zu: %s", start, end - 1, what);
    }
    return EscapeError{std::string("(unicode error) 'unicodeescape' codec ") + buf};
  };
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c != '\\') {
      if (c >= 0x80) {
        int len = 1;
        decode_utf8(s, i, &len);
        out->append(s.substr(i, len));
        i += len;
        codec_pos += 10;
      } else {
        *out += static_cast<char>(c);
        ++i;
        ++codec_pos;
      }
      continue;
    }
    size_t start = codec_pos;
    ++i;
    if (i >= s.size()) {
      *out += '\\';
      break;
    }
    char e = s[i++];
    codec_pos += 2;
    switch (e) {
      case '\n': break;
      case '\\': *out += '\\'; break;
      case '\'': *out += '\''; break;
      case '"': *out += '"'; break;
      case 'a': *out += '\a'; break;
      case 'b': *out += '\b'; break;
      case 'f': *out += '\f'; break;
      case 'n': *out += '\n'; break;
      case 'r': *out += '\r'; break;
      case 't': *out += '\t'; break;
      case 'v': *out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t value = e - '0';
        for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k, ++i, ++codec_pos) {
          value = value * 8 + (s[i] - '0');
        }
        if (bytes) {
          *out += static_cast<char>(value & 0xFF);
        } else {
          append_utf8(*out, value);
        }
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (bytes && e != 'x') {
          *out += '\\';
          *out += e;
          break;
        }
        int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t value = 0;
        for (int k = 0; k < count; ++k) {
          int digit = i < s.size() ? hex_value(s[i]) : -1;
          if (digit < 0) {
            if (bytes) {
              char buf[96];
              std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", start);
              return EscapeError{buf};
            }
            return codec_error(start, codec_pos, e == 'x'   ? "truncated \\xXX escape"
                                                 : e == 'u' ? "truncated \\uXXXX escape"
                                                            : "truncated \\UXXXXXXXX escape");
          }
          value = value * 16 + digit;
          ++i;
          ++codec_pos;
        }
        if (bytes) {
          *out += static_cast<char>(value);
        } else {
          if (value > 0x10FFFF) return codec_error(start, codec_pos, "illegal Unicode character");
          append_utf8(*out, value);
        }
        break;
      }
      case 'N': {
        if (bytes) {
          *out += "\\N";
          break;
        }
        if (i >= s.size() || s[i] != '{') return codec_error(start, codec_pos, "malformed \\N character escape");
        size_t close = s.find('}', i + 1);
        if (close == std::string_view::npos) {
          return codec_error(start, codec_pos + (s.size() - i), "malformed \\N character escape");
        }
        std::string_view name = s.substr(i + 1, close - i - 1);
        codec_pos += close + 1 - i;
        i = close + 1;
        uint32_t cp;
        if (name.empty()) return codec_error(start, codec_pos, "malformed \\N character escape");
        if (!lookup_char_name(name, &cp)) return codec_error(start, codec_pos, "unknown Unicode character name");
        append_utf8(*out, cp);
        break;
      }
      default:
        // Unknown escapes keep their backslash (CPython only warns).
        *out += '\\';
        if (static_cast<unsigned char>(e) >= 0x80) {
          --i;
          codec_pos += 4;  // "\u005c" stands for the backslash
        } else {
          *out += e;
        }
        break;
    }
  }
  return std::nullopt;
}

// Prefix and body of one STRING token.
struct StringToken {
  bool bytes = false;
  bool raw = false;
  bool fstring = false;
  std::string_view body;  // between the quotes
  size_t body_offset = 0; // offset of the body within the token text
};

StringToken split_string_token(std::string_view text) {
  StringToken st;
  size_t i = 0;
  for (; i < text.size() && text[i] != '\'' && text[i] != '"'; ++i) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    if (c == 'b') st.bytes = true;
    if (c == 'r') st.raw = true;
    if (c == 'f') st.fstring = true;
  }
  char quote = text[i];
  size_t quote_size = text.size() - i >= 6 && text[i + 1] == quote && text[i + 2] == quote ? 3 : 1;
  st.body_offset = i + quote_size;
  st.body = text.substr(st.body_offset, text.size() - st.body_offset - quote_size);
  return st;
}

}  // namespace

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

Expr* Parser::number(const Token& token) {
  std::string digits;
  for (char c : text(token)) {
    if (c != '_') digits += c;
  }
  Constant* node = make_at<Constant>(token);
  char last = static_cast<char>(std::tolower(static_cast<unsigned char>(digits.back())));
  bool radix = digits.size() > 1 && digits[0] == '0' && std::strchr("xXoObB", digits[1]) != nullptr;
  if (!radix && last == 'j') {
    node->value.kind = ConstantValue::Complex;
    node->value.f = parse_float(digits.substr(0, digits.size() - 1));
  } else if (!radix && digits.find_first_of(".eE") != std::string::npos) {
    node->value.kind = ConstantValue::Float;
    node->value.f = parse_float(digits);
  } else {
    node->value.kind = ConstantValue::Int;
    if (radix) {
      int base = std::tolower(digits[1]) == 'x' ? 16 : std::tolower(digits[1]) == 'o' ? 8 : 2;
      node->value.text = to_decimal(std::string_view(digits).substr(2), base);
    } else {
      size_t nonzero = digits.find_first_not_of('0');
      node->value.text = nonzero == std::string::npos ? "0" : digits.substr(nonzero);
    }
  }
  return node;
}

// ---------------------------------------------------------------------------
// Strings and f-strings
// ---------------------------------------------------------------------------

// Accumulates the pieces of one (possibly concatenated) string literal,
// following CPython's FstringParser: adjacent literal text is merged, and
// Constant parts get the span of the tokens passed when they are flushed.
class StringParser {
 public:
  StringParser(Parser* parser, const Token& first, const Token& last)
      : parser_(parser), first_(first), last_(last) {}

  Expr* parse(const std::vector<const Token*>& tokens);

 private:
  void add_literal(std::string text) {
    if (text.empty()) return;
    if (!last_str_) last_str_.emplace();
    *last_str_ += text;
  }
  Constant* flush(const Token& first, const Token& last);
  void concat_fstring(std::string_view s, size_t* pos, bool raw, int level, const Token& t, std::vector<Expr*>* out,
                      bool* fmode_out);
  bool find_literal(std::string_view s, size_t* pos, bool raw, int level);
  Expr* find_expr(std::string_view s, size_t* pos, bool raw, int level, const Token& t);
  Expr* compile_field(std::string_view field, size_t field_offset, const Token& t);
  [[noreturn]] void error_at_last_token(const std::string& msg) {
    parser_->error_first_pass_ = true;
    parser_->raise_at_last_token("SyntaxError", msg);
  }

  Parser* parser_;
  const Token& first_;
  const Token& last_;
  std::optional<std::string> last_str_;
  size_t body_offset_ = 0;  // offset of the current f-string body within its token
};

Constant* StringParser::flush(const Token& first, const Token& last) {
  Constant* node = parser_->arena_.make<Constant>();
  node->value.kind = ConstantValue::Str;
  node->value.text = std::move(*last_str_);
  last_str_.reset();
  if (parser_->text(first)[0] == 'u') node->kind = "u";
  node->lineno = first.lineno;
  node->col_offset = first.col_offset;
  node->end_lineno = last.end_lineno;
  node->end_col_offset = last.end_col_offset;
  return node;
}

Expr* StringParser::parse(const std::vector<const Token*>& tokens) {
  bool fmode = false;
  bool bytes_mode = false;
  std::string bytes;
  std::vector<Expr*> values;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = *tokens[i];
    StringToken st = split_string_token(parser_->text(t));
    // Plain literals are decoded before the bytes/str mixing check, f-strings after it.
    std::string decoded;
    if (!st.fstring) {
      if (st.bytes) {
        for (unsigned char c : st.body) {
          if (c >= 0x80) {
            parser_->error_first_pass_ = true;
            parser_->raise_at(t, "bytes can only contain ASCII literal characters");
          }
        }
      }
      if (st.raw || st.body.find('\\') == std::string_view::npos) {
        decoded = std::string(st.body);
      } else if (auto err = decode_escapes(st.body, st.bytes, &decoded)) {
        error_at_last_token(err->message);
      }
    }
    if (i != 0 && st.bytes != bytes_mode) error_at_last_token("cannot mix bytes and nonbytes literals");
    bytes_mode = st.bytes;
    if (st.fstring) {
      size_t pos = 0;
      body_offset_ = st.body_offset;
      concat_fstring(st.body, &pos, st.raw, 0, t, &values, &fmode);
    } else if (st.bytes) {
      bytes += decoded;
    } else {
      add_literal(std::move(decoded));
    }
  }
  if (bytes_mode) {
    Constant* node = parser_->arena_.make<Constant>();
    node->value.kind = ConstantValue::Bytes;
    node->value.text = std::move(bytes);
    node->lineno = first_.lineno;
    node->col_offset = first_.col_offset;
    node->end_lineno = last_.end_lineno;
    node->end_col_offset = last_.end_col_offset;
    return node;
  }
  if (!fmode) {
    if (!last_str_) last_str_.emplace();
    return flush(first_, last_);
  }
  if (last_str_) values.push_back(flush(first_, last_));
  JoinedStr* joined = parser_->arena_.make<JoinedStr>();
  joined->values = std::move(values);
  joined->lineno = first_.lineno;
  joined->col_offset = first_.col_offset;
  joined->end_lineno = last_.end_lineno;
  joined->end_col_offset = last_.end_col_offset;
  return joined;
}

// Parses literal text and replacement fields of an f-string body (or of a
// format spec when level > 0, stopping at its closing '}').
void StringParser::concat_fstring(std::string_view s, size_t* pos, bool raw, int level, const Token& t,
                                  std::vector<Expr*>* out, bool* fmode_out) {
  *fmode_out = true;
  for (;;) {
    if (find_literal(s, pos, raw, level)) continue;  // a doubled brace: keep scanning literal text
    if (*pos >= s.size() || s[*pos] == '}') break;
    Expr* field = find_expr(s, pos, raw, level, t);
    if (last_str_) out->push_back(flush(first_, last_));
    out->push_back(field);
  }
  if (level == 0 && *pos + 1 < s.size()) error_at_last_token("f-string: unexpected end of string");
  if (level != 0 && (*pos >= s.size() || s[*pos] != '}')) error_at_last_token("f-string: expecting '}'");
}

// Literal text up to an undoubled '{' (or '}' closing a format spec). Returns
// true when it stopped after a doubled brace, which the literal includes once.
bool StringParser::find_literal(std::string_view s, size_t* pos, bool raw, int level) {
  size_t start = *pos;
  size_t i = start;
  bool doubled = false;
  while (i < s.size()) {
    char ch = s[i++];
    if (!raw && ch == '\\' && i < s.size()) {
      ch = s[i++];
      if (ch == 'N') {
        // "\N{NAME}" braces belong to the escape, not to a field.
        if (i < s.size() && s[i++] == '{') {
          while (i < s.size() && s[i++] != '}') {
          }
        }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (level == 0) {
        if (i < s.size() && s[i] == ch) {
          doubled = true;
          break;
        }
        if (ch == '}') {
          *pos = i - 1;
          error_at_last_token("f-string: single '}' is not allowed");
        }
      }
      --i;
      break;
    }
  }
  std::string_view literal = s.substr(start, i - start);
  *pos = doubled ? i + 1 : i;
  if (!literal.empty()) {
    std::string decoded;
    if (raw) {
      decoded = std::string(literal);
    } else if (auto err = decode_escapes(literal, false, &decoded)) {
      error_at_last_token(err->message);
    }
    add_literal(std::move(decoded));
  }
  return doubled;
}

// A replacement field starting at s[*pos] == '{': expression text, optional
// '=', conversion and format spec, up to the closing '}'.
Expr* StringParser::find_expr(std::string_view s, size_t* pos, bool raw, int level, const Token& t) {
  if (level >= 2) error_at_last_token("f-string: expressions nested too deeply");
  size_t brace = *pos;
  size_t i = brace + 1;
  size_t expr_start = i;
  char quote = 0;
  int string_type = 0;
  std::vector<char> brackets;
  for (; i < s.size(); ++i) {
    char ch = s[i];
    if (ch == '\\') error_at_last_token("f-string expression part cannot include a backslash");
    if (quote != 0) {
      if (ch == quote) {
        if (string_type == 3) {
          if (i + 2 < s.size() && s[i + 1] == ch && s[i + 2] == ch) {
            i += 2;
            quote = 0;
            string_type = 0;
          }
        } else {
          quote = 0;
          string_type = 0;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      if (i + 2 < s.size() && s[i + 1] == ch && s[i + 2] == ch) {
        string_type = 3;
        i += 2;
      } else {
        string_type = 1;
      }
      quote = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (brackets.size() >= 200) error_at_last_token("f-string: too many nested parenthesis");
      brackets.push_back(ch);
    } else if (ch == '#') {
      error_at_last_token("f-string expression part cannot include '#'");
    } else if (brackets.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (i + 1 < s.size()) {
        char next = s[i + 1];
        if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
          ++i;
          continue;
        }
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (brackets.empty()) error_at_last_token(std::string("f-string: unmatched '") + ch + "'");
      char open = brackets.back();
      brackets.pop_back();
      if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
        error_at_last_token(std::string("f-string: closing parenthesis '") + ch +
                            "' does not match opening parenthesis '" + open + "'");
      }
    }
  }
  size_t expr_end = i;
  if (quote != 0) error_at_last_token("f-string: unterminated string");
  if (!brackets.empty()) error_at_last_token(std::string("f-string: unmatched '") + brackets.back() + "'");
  if (i >= s.size()) error_at_last_token("f-string: expecting '}'");

  std::string_view field = s.substr(expr_start, expr_end - expr_start);
  if (field.find_first_not_of(" \t\n\f") == std::string_view::npos) {
    char next = s[expr_end];
    if (next == '!' || next == ':' || next == '=') {
      error_at_last_token(std::string("f-string: expression required before '") + next + "'");
    }
    error_at_last_token("f-string: empty expression not allowed");
  }
  Expr* value = compile_field(field, body_offset_ + brace, t);

  // `{expr=}`: the expression text (with the '=' and following spaces)
  // becomes literal text.
  bool self_documenting = false;
  if (s[i] == '=') {
    ++i;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i >= s.size()) error_at_last_token("f-string: expecting '}'");
    add_literal(std::string(s.substr(expr_start, i - expr_start)));
    self_documenting = true;
  }
  int conversion = -1;
  if (s[i] == '!') {
    ++i;
    if (i >= s.size()) error_at_last_token("f-string: expecting '}'");
    conversion = static_cast<unsigned char>(s[i++]);
    if (conversion != 's' && conversion != 'r' && conversion != 'a') {
      error_at_last_token("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  Expr* format_spec = nullptr;
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (i >= s.size()) error_at_last_token("f-string: expecting '}'");
    // The spec is its own nested f-string; its text parts are merged apart
    // from the enclosing literal text.
    std::optional<std::string> outer = std::move(last_str_);
    last_str_.reset();
    std::vector<Expr*> parts;
    bool fmode = false;
    concat_fstring(s, &i, raw, level + 1, t, &parts, &fmode);
    if (last_str_) parts.push_back(flush(t, t));
    last_str_ = std::move(outer);
    JoinedStr* spec = parser_->arena_.make<JoinedStr>();
    spec->values = std::move(parts);
    spec->lineno = t.lineno;
    spec->col_offset = t.col_offset;
    spec->end_lineno = t.end_lineno;
    spec->end_col_offset = t.end_col_offset;
    format_spec = spec;
  }
  if (i >= s.size() || s[i] != '}') error_at_last_token("f-string: expecting '}'");
  *pos = i + 1;
  if (self_documenting && format_spec == nullptr && conversion == -1) conversion = 'r';

  FormattedValue* node = parser_->arena_.make<FormattedValue>();
  node->value = value;
  node->conversion = conversion;
  node->format_spec = format_spec;
  node->lineno = first_.lineno;
  node->col_offset = first_.col_offset;
  node->end_lineno = last_.end_lineno;
  node->end_col_offset = last_.end_col_offset;
  return node;
}

// Parses a replacement field's expression with a nested parser over
// "(" + text + ")", positioned where the '{' sits in the token.
Expr* StringParser::compile_field(std::string_view field, size_t brace_offset, const Token& t) {
  std::string_view token_text = parser_->text(t);
  // Lines before the '{' within the token, and its column on its own line.
  int lines = 0;
  size_t line_start = 0;
  for (size_t k = 0; k < brace_offset; ++k) {
    if (token_text[k] == '\n') {
      ++lines;
      line_start = k + 1;
    }
  }
  // A field whose first line is blank is positioned from column 0.
  size_t first_char = field.find_first_not_of(" \t\f");
  bool newline_after_brace = first_char != std::string_view::npos && field[first_char] == '\n';
  int cols = newline_after_brace ? 0 : static_cast<int>(brace_offset - line_start);
  SubParseOrigin origin;
  origin.lineno = t.lineno + lines;
  origin.col_offset = lines == 0 ? t.col_offset + cols : cols;
  origin.depth = parser_->depth_;

  Source source("(" + std::string(field) + ")");
  Parser sub(source, parser_->arena_, parser_->filename_);
  Expr* expr = sub.parse_fstring_field(origin);
  if (expr == nullptr) {
    parser_->error_ = sub.error_;
    parser_->error_first_pass_ = true;
    if (sub.error_.kind == "MemoryError") parser_->error_from_tokenizer_ = true;
    throw ParseFailure{};
  }
  return expr;
}

// strings: STRING+ — implicit concatenation of adjacent literals.
Expr* Parser::strings() {
  std::vector<const Token*> tokens;
  while (at(Tok::String)) tokens.push_back(&advance());
  peek();  // CPython has looked past the last string before building the node
  StringParser builder(this, *tokens.front(), *tokens.back());
  return builder.parse(tokens);
}

}  // namespace weft::syntax

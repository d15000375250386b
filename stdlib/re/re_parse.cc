// Regular expression parser: pattern text -> syntax tree (re_internal.h).
// Accepts Python 3.11's `re` syntax and reports errors with CPython's messages
// and positions. Works on code points (bytes patterns as 0..255); a token is
// one character or a backslash plus one character.
#include <map>

#include "core/runtime/runtime.h"
#include "core/types/unicode.h"
#include "stdlib/re/re_internal.h"

namespace weft {
namespace rx {
namespace {


bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
bool is_oct(uint32_t c) { return c >= '0' && c <= '7'; }
bool is_hex(uint32_t c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_verbose_space(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
int hex_value(uint32_t c) {
  if (is_digit(c)) return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  return int(c - 'A' + 10);
}

uint32_t flag_of(uint32_t c) {
  switch (c) {
    case 'i': return kFlagIgnoreCase;
    case 'L': return kFlagLocale;
    case 'm': return kFlagMultiline;
    case 's': return kFlagDotAll;
    case 'x': return kFlagVerbose;
    case 'a': return kFlagAscii;
    case 't': return kFlagTemplate;
    case 'u': return kFlagUnicode;
    default: return 0;
  }
}

bool is_identifier(const CodePoints& s) {
  if (s.empty()) return false;
  if (!(s[0] == '_' || uni_is_xid_start(s[0]))) return false;
  for (size_t i = 1; i < s.size(); ++i)
    if (!uni_is_xid_continue(s[i])) return false;
  return true;
}

bool is_ascii(const CodePoints& s) {
  for (uint32_t c : s)
    if (c >= 128) return false;
  return true;
}

void append_hex(std::string& out, const char* prefix, uint32_t v, int digits) {
  static const char* kHex = "0123456789abcdef";
  out += prefix;
  for (int i = digits - 1; i >= 0; --i) out.push_back(kHex[(v >> (4 * i)) & 15]);
}

// repr() (or ascii() when `ascii_only`) of a code point sequence, as UTF-8.
std::string py_repr(const CodePoints& s, bool ascii_only = false) {
  bool has_single = false, has_double = false;
  for (uint32_t c : s) {
    has_single |= c == '\'';
    has_double |= c == '"';
  }
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (uint32_t c : s) {
    if (c == uint32_t(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7f) {
      append_hex(out, "\\x", c, 2);
    } else if (c < 0x7f) {
      out.push_back(char(c));
    } else if (!ascii_only && uni_isprintable(c)) {
      utf8_append(out, c);
    } else if (c <= 0xff) {
      append_hex(out, "\\x", c, 2);
    } else if (c <= 0xffff) {
      append_hex(out, "\\u", c, 4);
    } else {
      append_hex(out, "\\U", c, 8);
    }
  }
  out.push_back(quote);
  return out;
}

std::string utf8_of(const CodePoints& s) {
  std::string out;
  for (uint32_t c : s) utf8_append(out, c);
  return out;
}

// Python's int(text) for group numbers: surrounding whitespace, a sign,
// Unicode decimal digits and single underscores between digits. Returns
// false if int() would raise. `digits` gets the canonical decimal digits.
bool parse_py_int(const CodePoints& s, bool* negative, std::string* digits, int64_t* value) {
  size_t i = 0, n = s.size();
  while (i < n && uni_isspace(s[i])) ++i;
  while (n > i && uni_isspace(s[n - 1])) --n;
  *negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) *negative = s[i++] == '-';
  if (i >= n) return false;
  std::string d;
  bool prev_digit = false;
  for (; i < n; ++i) {
    if (s[i] == '_') {
      if (!prev_digit) return false;
      prev_digit = false;
      continue;
    }
    int v = uni_decimal_value(s[i]);
    if (v < 0) return false;
    d.push_back(char('0' + v));
    prev_digit = true;
  }
  if (!prev_digit) return false;
  size_t nz = d.find_first_not_of('0');
  d = nz == std::string::npos ? "0" : d.substr(nz);
  *digits = d;
  int64_t val = 0;
  for (char c : d) {
    val = val * 10 + (c - '0');
    if (val > (int64_t(1) << 40)) break;  // saturate: far beyond any group number
  }
  *value = val;
  if (*negative && val == 0) *negative = false;
  return true;
}

bool same_item(const SetItem& a, const SetItem& b) {
  return a.kind == b.kind && a.lo == b.lo && (a.kind != SetItem::Range || a.hi == b.hi);
}

// Removes repeated set members, keeping the first of each.
void dedupe(std::vector<SetItem>* items) {
  std::vector<SetItem> out;
  for (const SetItem& it : *items) {
    bool seen = false;
    for (const SetItem& o : out) seen |= same_item(it, o);
    if (!seen) out.push_back(it);
  }
  items->swap(out);
}

// Structural equality of single-item nodes (CPython compares these items by
// value; nodes holding subpatterns never compare equal).
bool same_simple(const Node* a, const Node* b) {
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case NodeKind::Literal: case NodeKind::NotLiteral: return a->ch == b->ch;
    case NodeKind::Any: return true;
    case NodeKind::At: return a->at == b->at;
    case NodeKind::GroupRef: return a->group == b->group;
    case NodeKind::In:
      if (a->negate != b->negate || a->items.size() != b->items.size()) return false;
      for (size_t i = 0; i < a->items.size(); ++i)
        if (!same_item(a->items[i], b->items[i])) return false;
      return true;
    default: return false;
  }
}

struct Token {
  int len = 0;   // 0: end of pattern, 1: a character, 2: backslash + character
  uint32_t ch = 0;
  bool is(uint32_t c) const { return len == 1 && ch == c; }
  bool none() const { return len == 0; }
};

class Parser {
 public:
  Parser(const CodePoints& s, bool is_text, const NameLookup& lookup, ParsedPattern* out,
         ReError* err)
      : s_(s), text_(is_text), lookup_(lookup), out_(out), err_(err) {}

  bool run(uint32_t flags, int max_nesting);
  bool run_template(int64_t groups, const GroupLookup& lookup, std::vector<TemplateItem>* out);

 private:
  // ---- tokenizer ----
  void advance() {
    int64_t i = index_;
    if (err_->set() || i >= int64_t(s_.size())) {
      next_ = Token{};
      return;
    }
    uint32_t c = s_[i];
    if (c == '\\') {
      if (i + 1 >= int64_t(s_.size())) {
        next_ = Token{};
        fail_at("bad escape (end of pattern)", int64_t(s_.size()) - 1);
        return;
      }
      next_ = Token{2, s_[i + 1]};
      index_ = i + 2;
      return;
    }
    next_ = Token{1, c};
    index_ = i + 1;
  }
  Token get() {
    Token t = next_;
    advance();
    return t;
  }
  bool match(uint32_t c) {
    if (next_.is(c)) {
      advance();
      return true;
    }
    return false;
  }
  int64_t tell() const { return index_ - next_.len; }
  void seek(int64_t i) {
    index_ = i;
    advance();
  }
  // Appends up to n plain tokens satisfying pred to out.
  template <class Pred>
  int getwhile(int n, Pred pred, CodePoints* out) {
    int got = 0;
    for (; got < n; ++got) {
      if (next_.len != 1 || !pred(next_.ch)) break;
      out->push_back(next_.ch);
      advance();
    }
    return got;
  }
  // Reads a name up to `terminator` (consumed). Token text is kept verbatim.
  bool getuntil(uint32_t terminator, const char* what, CodePoints* out) {
    for (;;) {
      Token c = get();
      if (c.none()) {
        if (out->empty()) return fail(std::string("missing ") + what, 0);
        return fail(std::string("missing ") + char(terminator) + ", unterminated name",
                    int64_t(out->size()));
      }
      if (c.is(terminator)) {
        if (out->empty()) return fail(std::string("missing ") + what, 1);
        return true;
      }
      append_token(out, c);
    }
  }
  static void append_token(CodePoints* out, Token t) {
    if (t.len == 2) out->push_back('\\');
    out->push_back(t.ch);
  }
  std::string token_text(Token t) const {
    CodePoints cp;
    append_token(&cp, t);
    return utf8_of(cp);
  }

  // ---- errors ----
  bool failed() const { return err_->set(); }
  bool fail_at(const std::string& msg, int64_t pos) {
    if (!err_->set()) {
      err_->kind = ReError::Regex;
      err_->msg = text_ ? msg : ascii_escape(msg);
      err_->pos = pos;
    }
    return false;
  }
  bool fail(const std::string& msg, int64_t offset) { return fail_at(msg, tell() - offset); }
  bool fail_kind(ReError::Kind kind, const char* msg) {
    if (!err_->set()) {
      err_->kind = kind;
      err_->msg = msg;
    }
    return false;
  }
  // Bytes patterns report non-ASCII characters as \xNN (backslashreplace).
  static std::string ascii_escape(const std::string& utf8) {
    std::string out;
    size_t pos = 0;
    while (pos < utf8.size()) {
      int64_t c = utf8_decode_one(reinterpret_cast<const unsigned char*>(utf8.data()), utf8.size(),
                                  &pos, true);
      if (c < 0) {
        ++pos;
        continue;
      }
      if (c < 128) out.push_back(char(c));
      else if (c <= 0xff) append_hex(out, "\\x", uint32_t(c), 2);
      else if (c <= 0xffff) append_hex(out, "\\u", uint32_t(c), 4);
      else append_hex(out, "\\U", uint32_t(c), 8);
    }
    return out;
  }
  void warn(bool future, std::string msg) {
    if (!failed()) out_->warnings.push_back(ReWarning{future, std::move(msg)});
  }

  // ---- state ----
  Node* mk(NodeKind k) {
    out_->arena.emplace_back();
    Node* n = &out_->arena.back();
    n->kind = k;
    return n;
  }
  int64_t group_count() const { return int64_t(closed_.size()); }  // including group 0
  bool check_group(int64_t gid) const { return gid < group_count() && closed_[gid]; }
  bool check_lookbehind_group(int64_t gid) {
    if (lookbehind_groups_ >= 0) {
      if (!check_group(gid)) return fail("cannot refer to an open group", 0);
      if (gid >= lookbehind_groups_)
        return fail("cannot refer to group defined in the same lookbehind subpattern", 0);
    }
    return true;
  }
  bool check_group_name(const CodePoints& name, int64_t offset) {
    if (!is_identifier(name))
      return fail("bad character in group name " + py_repr(name),
                  int64_t(name.size()) + offset);
    if (!text_ && !is_ascii(name))
      warn(false, "bad character in group name " + py_repr(name, true) + " at position " +
                      std::to_string(tell() - int64_t(name.size()) - offset));
    return true;
  }

  // ---- grammar ----
  bool parse_alternation(bool verbose, int nested, Seq* out);
  bool parse_sequence(bool verbose, int nested, bool first, Seq* out);
  bool parse_escape(Token tok, Seq* out);
  bool parse_class_escape(Token tok, SetItem* item, bool* is_cat);
  bool parse_hex_escape(Token tok, CodePoints* text, uint32_t* value);
  bool parse_named_escape(uint32_t* value);
  bool parse_set(Seq* out);
  bool parse_repeat(Token tok, Seq* seq);
  bool parse_group(bool* verbose, int nested, bool first, Seq* seq);
  bool parse_conditional(bool verbose, int nested, int64_t start, Seq* seq);
  bool parse_flags(uint32_t ch, bool* global, uint32_t* add, uint32_t* del);
  bool open_group(const CodePoints* name, int64_t* gid);

  const CodePoints& s_;
  bool text_;
  const NameLookup& lookup_;
  ParsedPattern* out_;
  ReError* err_;
  int64_t index_ = 0;
  Token next_;
  uint32_t flags_ = 0;
  std::vector<bool> closed_{true};  // per group (0 = whole match)
  std::map<CodePoints, int64_t> groupdict_;
  int64_t lookbehind_groups_ = -1;  // groups existing when the outermost lookbehind began
  std::vector<std::pair<int64_t, int64_t>> grouprefpos_;  // (group, pos) of numeric conditions
  int depth_ = 0;
  int max_nesting_ = 1000;

 public:
  ThreadState* ts_ = nullptr;
};

bool Parser::run(uint32_t flags, int max_nesting) {
  flags_ = flags;
  max_nesting_ = max_nesting;
  out_->group_nodes.push_back(nullptr);
  advance();
  Seq root;
  parse_alternation(flags & kFlagVerbose, 0, &root);
  if (failed()) return false;
  uint32_t f = flags_;
  if (text_) {
    if (f & kFlagLocale) return fail_kind(ReError::Value, "cannot use LOCALE flag with a str pattern");
    if (!(f & kFlagAscii)) f |= kFlagUnicode;
    else if (f & kFlagUnicode) return fail_kind(ReError::Value, "ASCII and UNICODE flags are incompatible");
  } else {
    if (f & kFlagUnicode) return fail_kind(ReError::Value, "cannot use UNICODE flag with a bytes pattern");
    if ((f & kFlagLocale) && (f & kFlagAscii))
      return fail_kind(ReError::Value, "ASCII and LOCALE flags are incompatible");
  }
  if (!next_.none()) return fail("unbalanced parenthesis", 0);
  for (auto& [g, pos] : grouprefpos_)
    if (g >= group_count()) return fail_at("invalid group reference " + std::to_string(g), pos);
  out_->root = std::move(root);
  out_->flags = f;
  out_->groups = group_count() - 1;
  return true;
}

bool Parser::parse_alternation(bool verbose, int nested, Seq* out) {
  if (++depth_ > max_nesting_ || (ts_ && stack_overflowing(ts_))) {
    --depth_;
    return fail_kind(ReError::Recursion, "maximum recursion depth exceeded");
  }
  std::vector<Seq> items;
  for (;;) {
    items.emplace_back();
    parse_sequence(verbose, nested + 1, nested == 0 && items.size() == 1, &items.back());
    if (failed()) break;
    if (!match('|')) break;
    if (nested == 0) verbose = flags_ & kFlagVerbose;
  }
  --depth_;
  if (failed()) return false;
  if (items.size() == 1) {
    *out = std::move(items[0]);
    return true;
  }
  // As CPython: a prefix common to all alternatives moves in front of the
  // branch, and alternatives that are all single characters or positive sets
  // become one set. (Matching is the same; the set form changes how some
  // case-insensitive non-BMP characters fold, and speed.)
  for (;;) {
    bool common = true;
    for (const Seq& item : items) {
      if (item.empty() || !same_simple(item[0], items[0][0])) {
        common = false;
        break;
      }
    }
    if (!common) break;
    out->push_back(items[0][0]);
    for (Seq& item : items) item.erase(item.begin());
  }
  bool as_set = true;
  for (const Seq& item : items) {
    if (item.size() != 1 ||
        !(item[0]->kind == NodeKind::Literal || (item[0]->kind == NodeKind::In && !item[0]->negate))) {
      as_set = false;
      break;
    }
  }
  if (as_set) {
    Node* set = mk(NodeKind::In);
    for (const Seq& item : items) {
      if (item[0]->kind == NodeKind::Literal) set->items.push_back(SetItem{SetItem::Lit, item[0]->ch, 0});
      else set->items.insert(set->items.end(), item[0]->items.begin(), item[0]->items.end());
    }
    dedupe(&set->items);
    out->push_back(set);
    return true;
  }
  Node* branch = mk(NodeKind::Branch);
  branch->seqs = std::move(items);
  out->push_back(branch);
  return true;
}

bool Parser::parse_sequence(bool verbose, int nested, bool first, Seq* seq) {
  while (!failed()) {
    if (next_.none() || next_.is('|') || next_.is(')')) break;
    Token tok = get();
    if (verbose && tok.len == 1) {
      if (is_verbose_space(tok.ch)) continue;
      if (tok.ch == '#') {
        for (;;) {
          Token t = get();
          if (t.none() || t.is('\n')) break;
        }
        continue;
      }
    }
    if (tok.len == 2) {
      if (!parse_escape(tok, seq)) return false;
      continue;
    }
    switch (tok.ch) {
      case '[':
        if (!parse_set(seq)) return false;
        break;
      case '*': case '+': case '?': case '{':
        if (!parse_repeat(tok, seq)) return false;
        break;
      case '.':
        seq->push_back(mk(NodeKind::Any));
        break;
      case '(':
        if (!parse_group(&verbose, nested, first, seq)) return false;
        break;
      case '^': {
        Node* n = mk(NodeKind::At);
        n->at = AtKind::Beginning;
        seq->push_back(n);
        break;
      }
      case '$': {
        Node* n = mk(NodeKind::At);
        n->at = AtKind::End;
        seq->push_back(n);
        break;
      }
      default: {
        Node* n = mk(NodeKind::Literal);
        n->ch = tok.ch;
        seq->push_back(n);
      }
    }
  }
  return !failed();
}

bool Parser::parse_hex_escape(Token tok, CodePoints* text, uint32_t* value) {
  int want = tok.ch == 'x' ? 2 : tok.ch == 'u' ? 4 : 8;
  text->assign({'\\', tok.ch});
  int got = getwhile(want, is_hex, text);
  if (got != want)
    return fail("incomplete escape " + utf8_of(*text), int64_t(text->size()));
  uint64_t v = 0;
  for (size_t i = 2; i < text->size(); ++i) v = v * 16 + hex_value((*text)[i]);
  if (v > 0x10FFFF) return fail("bad escape " + utf8_of(*text), int64_t(text->size()));
  *value = uint32_t(v);
  return true;
}

bool Parser::parse_named_escape(uint32_t* value) {
  if (!match('{')) return fail("missing {", 0);
  CodePoints name;
  if (!getuntil('}', "character name", &name)) return false;
  if (!lookup_ || !lookup_(name, value))
    return fail("undefined character name " + py_repr(name), int64_t(name.size()) + 4);
  return true;
}

bool Parser::parse_escape(Token tok, Seq* out) {
  uint32_t c = tok.ch;
  auto literal = [&](uint32_t v) {
    Node* n = mk(NodeKind::Literal);
    n->ch = v;
    out->push_back(n);
    return true;
  };
  auto at = [&](AtKind k) {
    Node* n = mk(NodeKind::At);
    n->at = k;
    out->push_back(n);
    return true;
  };
  auto category = [&](Category cat) {
    Node* n = mk(NodeKind::In);
    n->items.push_back(SetItem{SetItem::Cat, uint32_t(cat), 0});
    out->push_back(n);
    return true;
  };
  switch (c) {
    case 'A': return at(AtKind::BeginningString);
    case 'b': return at(AtKind::Boundary);
    case 'B': return at(AtKind::NonBoundary);
    case 'Z': return at(AtKind::EndString);
    case 'd': return category(Category::Digit);
    case 'D': return category(Category::NotDigit);
    case 's': return category(Category::Space);
    case 'S': return category(Category::NotSpace);
    case 'w': return category(Category::Word);
    case 'W': return category(Category::NotWord);
    case 'a': return literal(7);
    case 'f': return literal(12);
    case 'n': return literal(10);
    case 'r': return literal(13);
    case 't': return literal(9);
    case 'v': return literal(11);
    case '\\': return literal('\\');
    default: break;
  }
  if (c == 'x' || (text_ && (c == 'u' || c == 'U'))) {
    CodePoints text;
    uint32_t v;
    return parse_hex_escape(tok, &text, &v) && literal(v);
  }
  if (c == 'N' && text_) {
    uint32_t v;
    return parse_named_escape(&v) && literal(v);
  }
  if (c == '0') {
    CodePoints digits;
    getwhile(2, is_oct, &digits);
    uint32_t v = 0;
    for (uint32_t d : digits) v = v * 8 + (d - '0');
    return literal(v);
  }
  if (is_digit(c)) {
    CodePoints esc{'\\', c};
    if (next_.len == 1 && is_digit(next_.ch)) {
      esc.push_back(get().ch);
      if (is_oct(esc[1]) && is_oct(esc[2]) && next_.len == 1 && is_oct(next_.ch)) {
        esc.push_back(get().ch);
        uint32_t v = (esc[1] - '0') * 64 + (esc[2] - '0') * 8 + (esc[3] - '0');
        if (v > 0377)
          return fail("octal escape value " + utf8_of(esc) + " outside of range 0-0o377", 4);
        return literal(v);
      }
    }
    int64_t group = 0;
    for (size_t i = 1; i < esc.size(); ++i) group = group * 10 + (esc[i] - '0');
    if (group < group_count()) {
      if (!check_group(group)) return fail("cannot refer to an open group", int64_t(esc.size()));
      if (!check_lookbehind_group(group)) return false;
      Node* n = mk(NodeKind::GroupRef);
      n->group = group;
      out->push_back(n);
      return true;
    }
    return fail("invalid group reference " + std::to_string(group), int64_t(esc.size()) - 1);
  }
  if (is_ascii_letter(c)) return fail("bad escape " + token_text(tok), 2);
  return literal(c);
}

bool Parser::parse_class_escape(Token tok, SetItem* item, bool* is_cat) {
  uint32_t c = tok.ch;
  *is_cat = false;
  auto literal = [&](uint32_t v) {
    *item = SetItem{SetItem::Lit, v, 0};
    return true;
  };
  auto category = [&](Category cat) {
    *item = SetItem{SetItem::Cat, uint32_t(cat), 0};
    *is_cat = true;
    return true;
  };
  switch (c) {
    case 'a': return literal(7);
    case 'b': return literal(8);
    case 'f': return literal(12);
    case 'n': return literal(10);
    case 'r': return literal(13);
    case 't': return literal(9);
    case 'v': return literal(11);
    case '\\': return literal('\\');
    case 'd': return category(Category::Digit);
    case 'D': return category(Category::NotDigit);
    case 's': return category(Category::Space);
    case 'S': return category(Category::NotSpace);
    case 'w': return category(Category::Word);
    case 'W': return category(Category::NotWord);
    default: break;
  }
  if (c == 'x' || (text_ && (c == 'u' || c == 'U'))) {
    CodePoints text;
    uint32_t v;
    return parse_hex_escape(tok, &text, &v) && literal(v);
  }
  if (c == 'N' && text_) {
    uint32_t v;
    return parse_named_escape(&v) && literal(v);
  }
  if (is_oct(c)) {
    CodePoints esc{'\\', c};
    getwhile(2, is_oct, &esc);
    uint32_t v = 0;
    for (size_t i = 1; i < esc.size(); ++i) v = v * 8 + (esc[i] - '0');
    if (v > 0377)
      return fail("octal escape value " + utf8_of(esc) + " outside of range 0-0o377",
                  int64_t(esc.size()));
    return literal(v);
  }
  if (is_digit(c) || is_ascii_letter(c)) return fail("bad escape " + token_text(tok), 2);
  return literal(c);
}

bool Parser::parse_set(Seq* out) {
  int64_t here = tell() - 1;
  if (next_.is('[')) warn(true, "Possible nested set at position " + std::to_string(tell()));
  bool negate = match('^');
  std::vector<SetItem> items;
  for (;;) {
    Token t = get();
    if (failed()) return false;
    if (t.none()) return fail("unterminated character set", tell() - here);
    if (t.is(']') && !items.empty()) break;
    SetItem code1;
    bool cat1 = false;
    if (t.len == 2) {
      if (!parse_class_escape(t, &code1, &cat1)) return false;
    } else {
      if (!items.empty() && (t.ch == '-' || t.ch == '&' || t.ch == '~' || t.ch == '|') &&
          next_.is(t.ch)) {
        const char* what = t.ch == '-' ? "difference" : t.ch == '&' ? "intersection"
                           : t.ch == '~' ? "symmetric difference" : "union";
        warn(true, std::string("Possible set ") + what + " at position " + std::to_string(tell() - 1));
      }
      code1 = SetItem{SetItem::Lit, t.ch, 0};
    }
    if (match('-')) {
      Token that = get();
      if (failed()) return false;
      if (that.none()) return fail("unterminated character set", tell() - here);
      if (that.is(']')) {
        items.push_back(code1);
        items.push_back(SetItem{SetItem::Lit, '-', 0});
        break;
      }
      SetItem code2;
      bool cat2 = false;
      if (that.len == 2) {
        if (!parse_class_escape(that, &code2, &cat2)) return false;
      } else {
        if (that.ch == '-') warn(true, "Possible set difference at position " + std::to_string(tell() - 2));
        code2 = SetItem{SetItem::Lit, that.ch, 0};
      }
      std::string msg = "bad character range " + token_text(t) + "-" + token_text(that);
      int64_t offset = t.len + 1 + that.len;
      if (cat1 || cat2 || code2.lo < code1.lo) return fail(msg, offset);
      items.push_back(SetItem{SetItem::Range, code1.lo, code2.lo});
    } else {
      items.push_back(code1);
    }
  }
  dedupe(&items);
  if (items.size() == 1 && items[0].kind == SetItem::Lit) {
    Node* n = mk(negate ? NodeKind::NotLiteral : NodeKind::Literal);
    n->ch = items[0].lo;
    out->push_back(n);
    return true;
  }
  Node* n = mk(NodeKind::In);
  n->items = std::move(items);
  n->negate = negate;
  out->push_back(n);
  return true;
}

bool Parser::parse_repeat(Token tok, Seq* seq) {
  int64_t here = tell();
  uint32_t min = 0, max = kMaxRepeat;
  if (tok.ch == '?') {
    max = 1;
  } else if (tok.ch == '+') {
    min = 1;
  } else if (tok.ch == '{') {
    if (next_.is('}')) {
      Node* n = mk(NodeKind::Literal);
      n->ch = '{';
      seq->push_back(n);
      return true;
    }
    CodePoints lo, hi;
    while (next_.len == 1 && is_digit(next_.ch)) lo.push_back(get().ch);
    if (match(',')) {
      while (next_.len == 1 && is_digit(next_.ch)) hi.push_back(get().ch);
    } else {
      hi = lo;
    }
    if (!match('}')) {
      Node* n = mk(NodeKind::Literal);
      n->ch = '{';
      seq->push_back(n);
      seek(here);
      return !failed();
    }
    auto number = [](const CodePoints& d, uint64_t* v) {
      *v = 0;
      for (uint32_t c : d) {
        *v = *v * 10 + (c - '0');
        if (*v >= kMaxRepeat) return false;
      }
      return true;
    };
    uint64_t v;
    if (!lo.empty()) {
      if (!number(lo, &v)) return fail_kind(ReError::Overflow, "the repetition number is too large");
      min = uint32_t(v);
    }
    if (!hi.empty()) {
      if (!number(hi, &v)) return fail_kind(ReError::Overflow, "the repetition number is too large");
      max = uint32_t(v);
      if (max < min) return fail("min repeat greater than max repeat", tell() - here);
    }
  }
  if (failed()) return false;
  int64_t offset = tell() - here + 1;
  if (seq->empty() || seq->back()->kind == NodeKind::At) return fail("nothing to repeat", offset);
  if (seq->back()->kind == NodeKind::Repeat) return fail("multiple repeat", offset);
  Node* item = seq->back();
  Node* rep = mk(NodeKind::Repeat);
  rep->min = min;
  rep->max = max;
  if (item->kind == NodeKind::Group && item->group == 0 && !item->add_flags && !item->del_flags)
    rep->seqs.push_back(item->seqs[0]);
  else
    rep->seqs.push_back(Seq{item});
  if (match('?')) rep->rkind = RepeatKind::Lazy;
  else if (match('+')) rep->rkind = RepeatKind::Possessive;
  seq->back() = rep;
  return !failed();
}

bool Parser::open_group(const CodePoints* name, int64_t* gid) {
  int64_t id = group_count();
  closed_.push_back(false);
  out_->group_nodes.push_back(nullptr);
  if (group_count() > kMaxGroups) return fail("too many groups", int64_t(name ? name->size() + 1 : 0));
  if (name) {
    auto it = groupdict_.find(*name);
    if (it != groupdict_.end())
      return fail("redefinition of group name " + py_repr(*name) + " as group " + std::to_string(id) +
                      "; was group " + std::to_string(it->second),
                  int64_t(name->size()) + 1);
    groupdict_[*name] = id;
    out_->names.emplace_back(*name, id);
  }
  *gid = id;
  return true;
}

bool Parser::parse_flags(uint32_t ch, bool* global, uint32_t* add, uint32_t* del) {
  Token c{1, ch};
  *add = *del = 0;
  *global = false;
  if (!c.is('-')) {
    for (;;) {
      uint32_t flag = flag_of(c.ch);
      if (text_ && c.ch == 'L')
        return fail("bad inline flags: cannot use 'L' flag with a str pattern", 0);
      if (!text_ && c.ch == 'u')
        return fail("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
      *add |= flag;
      if ((flag & kTypeFlags) && (*add & kTypeFlags) != flag)
        return fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
      c = get();
      if (failed()) return false;
      if (c.none()) return fail("missing -, : or )", 0);
      if (c.is(')') || c.is('-') || c.is(':')) break;
      if (c.len != 1 || !flag_of(c.ch))
        return fail(c.len == 1 && uni_isalpha(c.ch) ? "unknown flag" : "missing -, : or )", c.len);
    }
  }
  if (c.is(')')) {
    flags_ |= *add;
    *global = true;
    return true;
  }
  if (*add & kGlobalFlags) return fail("bad inline flags: cannot turn on global flag", 1);
  if (c.is('-')) {
    c = get();
    if (failed()) return false;
    if (c.none()) return fail("missing flag", 0);
    if (c.len != 1 || !flag_of(c.ch))
      return fail(c.len == 1 && uni_isalpha(c.ch) ? "unknown flag" : "missing flag", c.len);
    for (;;) {
      uint32_t flag = flag_of(c.ch);
      if (flag & kTypeFlags) return fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
      *del |= flag;
      c = get();
      if (failed()) return false;
      if (c.none()) return fail("missing :", 0);
      if (c.is(':')) break;
      if (c.len != 1 || !flag_of(c.ch))
        return fail(c.len == 1 && uni_isalpha(c.ch) ? "unknown flag" : "missing :", c.len);
    }
  }
  if (*del & kGlobalFlags) return fail("bad inline flags: cannot turn off global flag", 1);
  if (*add & *del) return fail("bad inline flags: flag turned on and off", 1);
  return true;
}

bool Parser::parse_conditional(bool verbose, int nested, int64_t start, Seq* seq) {
  CodePoints name;
  if (!getuntil(')', "group name", &name)) return false;
  int64_t cond;
  if (is_identifier(name)) {
    if (!check_group_name(name, 1)) return false;
    auto it = groupdict_.find(name);
    if (it == groupdict_.end())
      return fail("unknown group name " + py_repr(name), int64_t(name.size()) + 1);
    cond = it->second;
  } else {
    bool negative;
    std::string digits;
    if (!parse_py_int(name, &negative, &digits, &cond) || negative)
      return fail("bad character in group name " + py_repr(name), int64_t(name.size()) + 1);
    if (cond == 0) return fail("bad group number", int64_t(name.size()) + 1);
    if (cond >= kMaxGroups)
      return fail("invalid group reference " + digits, int64_t(name.size()) + 1);
    bool seen = false;
    for (auto& gp : grouprefpos_) seen |= gp.first == cond;
    if (!seen) grouprefpos_.emplace_back(cond, tell() - int64_t(name.size()) - 1);
    bool plain_digits = true;
    for (uint32_t c : name) plain_digits &= is_digit(c);
    if (!plain_digits)
      warn(false, "bad character in group name " + py_repr(name, !text_) + " at position " +
                      std::to_string(tell() - int64_t(name.size()) - 1));
  }
  if (!check_lookbehind_group(cond)) return false;
  Node* n = mk(NodeKind::GroupRefExists);
  n->group = cond;
  n->seqs.emplace_back();
  if (!parse_sequence(verbose, nested + 1, false, &n->seqs[0])) return false;
  if (match('|')) {
    n->seqs.emplace_back();
    if (!parse_sequence(verbose, nested + 1, false, &n->seqs[1])) return false;
    if (next_.is('|')) return fail("conditional backref with more than two branches", 0);
  }
  if (!match(')')) return fail("missing ), unterminated subpattern", tell() - start);
  seq->push_back(n);
  return !failed();
}

bool Parser::parse_group(bool* verbose, int nested, bool first, Seq* seq) {
  int64_t start = tell() - 1;
  bool capture = true, atomic = false;
  CodePoints name;
  bool named = false;
  uint32_t add = 0, del = 0;
  if (match('?')) {
    Token c = get();
    if (failed()) return false;
    if (c.none()) return fail("unexpected end of pattern", 0);
    if (c.is('P')) {
      if (match('<')) {
        if (!getuntil('>', "group name", &name) || !check_group_name(name, 1)) return false;
        named = true;
      } else if (match('=')) {
        if (!getuntil(')', "group name", &name) || !check_group_name(name, 1)) return false;
        auto it = groupdict_.find(name);
        if (it == groupdict_.end())
          return fail("unknown group name " + py_repr(name), int64_t(name.size()) + 1);
        if (!check_group(it->second))
          return fail("cannot refer to an open group", int64_t(name.size()) + 1);
        if (!check_lookbehind_group(it->second)) return false;
        Node* n = mk(NodeKind::GroupRef);
        n->group = it->second;
        seq->push_back(n);
        return true;
      } else {
        Token d = get();
        if (failed()) return false;
        if (d.none()) return fail("unexpected end of pattern", 0);
        return fail("unknown extension ?P" + token_text(d), d.len + 2);
      }
    } else if (c.is(':')) {
      capture = false;
    } else if (c.is('#')) {
      for (;;) {
        if (next_.none()) return fail("missing ), unterminated comment", tell() - start);
        if (get().is(')')) break;
      }
      return !failed();
    } else if (c.is('=') || c.is('!') || c.is('<')) {
      bool behind = false;
      if (c.is('<')) {
        c = get();
        if (failed()) return false;
        if (c.none()) return fail("unexpected end of pattern", 0);
        if (!c.is('=') && !c.is('!')) return fail("unknown extension ?<" + token_text(c), c.len + 2);
        behind = true;
      }
      int64_t saved_lookbehind = lookbehind_groups_;
      if (behind && saved_lookbehind < 0) lookbehind_groups_ = group_count();
      Node* n = mk(NodeKind::Assert);
      n->behind = behind;
      n->negate = c.is('!');
      n->seqs.emplace_back();
      bool ok = parse_alternation(*verbose, nested + 1, &n->seqs[0]);
      if (behind && saved_lookbehind < 0) lookbehind_groups_ = -1;
      if (!ok) return false;
      if (!match(')')) return fail("missing ), unterminated subpattern", tell() - start);
      seq->push_back(n);
      return !failed();
    } else if (c.is('(')) {
      return parse_conditional(*verbose, nested, start, seq);
    } else if (c.is('>')) {
      capture = false;
      atomic = true;
    } else if (c.len == 1 && (flag_of(c.ch) || c.ch == '-')) {
      bool global;
      if (!parse_flags(c.ch, &global, &add, &del)) return false;
      if (global) {
        if (!first || !seq->empty())
          return fail("global flags not at the start of the expression", tell() - start);
        *verbose = flags_ & kFlagVerbose;
        return true;
      }
      capture = false;
    } else {
      return fail("unknown extension ?" + token_text(c), c.len + 1);
    }
  }
  int64_t gid = 0;
  if (capture && !open_group(named ? &name : nullptr, &gid)) return false;
  bool sub_verbose = (*verbose || (add & kFlagVerbose)) && !(del & kFlagVerbose);
  Node* n = mk(atomic ? NodeKind::Atomic : NodeKind::Group);
  n->group = gid;
  n->add_flags = add;
  n->del_flags = del;
  n->seqs.emplace_back();
  if (!parse_alternation(sub_verbose, nested + 1, &n->seqs[0])) return false;
  if (!match(')')) return fail("missing ), unterminated subpattern", tell() - start);
  if (gid) {
    closed_[gid] = true;
    out_->group_nodes[gid] = n;
  }
  seq->push_back(n);
  return !failed();
}

bool Parser::run_template(int64_t groups, const GroupLookup& lookup, std::vector<TemplateItem>* out) {
  CodePoints literal;
  auto add_group = [&](int64_t index, int64_t offset) {
    if (index > groups) return fail("invalid group reference " + std::to_string(index), offset);
    if (!literal.empty()) out->push_back(TemplateItem{-1, std::move(literal)});
    literal.clear();
    out->push_back(TemplateItem{index, {}});
    return true;
  };
  advance();
  for (;;) {
    Token t = get();
    if (failed()) return false;
    if (t.none()) break;
    if (t.len == 1) {
      literal.push_back(t.ch);
      continue;
    }
    uint32_t c = t.ch;
    if (c == 'g') {
      if (!match('<')) return fail("missing <", 0);
      CodePoints name;
      if (!getuntil('>', "group name", &name)) return false;
      int64_t index;
      if (is_identifier(name)) {
        if (!check_group_name(name, 1)) return false;
        index = lookup(name);
        if (index < 0) {
          err_->kind = ReError::Index;  // raised as IndexError, unescaped (as CPython)
          err_->msg = "unknown group name " + py_repr(name);
          return false;
        }
      } else {
        bool negative;
        std::string digits;
        if (!parse_py_int(name, &negative, &digits, &index) || negative)
          return fail("bad character in group name " + py_repr(name), int64_t(name.size()) + 1);
        if (index >= kMaxGroups)
          return fail("invalid group reference " + digits, int64_t(name.size()) + 1);
        bool plain_digits = true;
        for (uint32_t d : name) plain_digits &= is_digit(d);
        if (!plain_digits)
          warn(false, "bad character in group name " + py_repr(name, !text_) + " at position " +
                          std::to_string(tell() - int64_t(name.size()) - 1));
      }
      if (!add_group(index, int64_t(name.size()) + 1)) return false;
    } else if (c == '0') {
      uint32_t v = 0;
      for (int i = 0; i < 2 && next_.len == 1 && is_oct(next_.ch); ++i) v = v * 8 + (get().ch - '0');
      literal.push_back(v & 0xff);
    } else if (is_digit(c)) {
      CodePoints esc{'\\', c};
      bool octal = false;
      if (next_.len == 1 && is_digit(next_.ch)) {
        esc.push_back(get().ch);
        if (is_oct(c) && is_oct(esc[2]) && next_.len == 1 && is_oct(next_.ch)) {
          esc.push_back(get().ch);
          octal = true;
          uint32_t v = (esc[1] - '0') * 64 + (esc[2] - '0') * 8 + (esc[3] - '0');
          if (v > 0377)
            return fail("octal escape value " + utf8_of(esc) + " outside of range 0-0o377", 4);
          literal.push_back(v);
        }
      }
      if (!octal) {
        int64_t index = 0;
        for (size_t i = 1; i < esc.size(); ++i) index = index * 10 + (esc[i] - '0');
        if (!add_group(index, int64_t(esc.size()) - 1)) return false;
      }
    } else {
      uint32_t v = 0;
      switch (c) {
        case 'a': v = 7; break;
        case 'b': v = 8; break;
        case 'f': v = 12; break;
        case 'n': v = 10; break;
        case 'r': v = 13; break;
        case 't': v = 9; break;
        case 'v': v = 11; break;
        case '\\': v = '\\'; break;
        default:
          if (is_ascii_letter(c)) return fail("bad escape " + token_text(t), 2);
          literal.push_back('\\');
          v = c;
      }
      literal.push_back(v);
    }
  }
  if (!literal.empty()) out->push_back(TemplateItem{-1, std::move(literal)});
  return true;
}

}  // namespace

bool parse_template(const CodePoints& repl, bool is_text, int64_t groups, const GroupLookup& lookup,
                    std::vector<TemplateItem>* out, std::vector<ReWarning>* warnings, ReError* err) {
  ParsedPattern scratch;
  NameLookup none;
  Parser p(repl, is_text, none, &scratch, err);
  bool ok = p.run_template(groups, lookup, out);
  for (auto& w : scratch.warnings) warnings->push_back(std::move(w));
  return ok;
}

bool parse_pattern(const CodePoints& pattern, bool is_text, uint32_t flags, const NameLookup& lookup,
                   int max_nesting, ParsedPattern* out, ReError* err, ThreadState* ts) {
  Parser p(pattern, is_text, lookup, out, err);
  p.ts_ = ts;
  return p.run(flags, max_nesting);
}

}  // namespace rx
}  // namespace weft

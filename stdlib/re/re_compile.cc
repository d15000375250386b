// Regular expression compiler: syntax tree -> backtracking program
// (re_internal.h). Resolves flags per node (case folding, dot-all, multiline,
// ASCII/Unicode classes), builds character classes, and checks lookbehind
// widths. Case-insensitive matching follows CPython's _sre: a character matches
// when its simple lowercase equals the pattern's, or is one of the few other
// lowercase letters sharing its uppercase (kEquivalences).
#include <algorithm>

#include "core/runtime/runtime.h"
#include "core/types/unicode.h"
#include "stdlib/re/re_internal.h"

namespace weft {
namespace rx {

// Groups of lowercase code points that share one uppercase form, derived from
// the Unicode character database (each letter x with x.lower() == x, grouped
// by x.upper(); groups of one dropped).
static const uint32_t kEquivalences[][3] = {
    {0x0069, 0x0131, 0},      {0x0073, 0x017f, 0},      {0x00b5, 0x03bc, 0},
    {0x0345, 0x03b9, 0x1fbe}, {0x0390, 0x1fd3, 0},      {0x03b0, 0x1fe3, 0},
    {0x03b2, 0x03d0, 0},      {0x03b5, 0x03f5, 0},      {0x03b8, 0x03d1, 0},
    {0x03ba, 0x03f0, 0},      {0x03c0, 0x03d6, 0},      {0x03c1, 0x03f1, 0},
    {0x03c2, 0x03c3, 0},      {0x03c6, 0x03d5, 0},      {0x0432, 0x1c80, 0},
    {0x0434, 0x1c81, 0},      {0x043e, 0x1c82, 0},      {0x0441, 0x1c83, 0},
    {0x0442, 0x1c84, 0x1c85}, {0x044a, 0x1c86, 0},      {0x0463, 0x1c87, 0},
    {0x1c88, 0xa64b, 0},      {0x1e61, 0x1e9b, 0},      {0xfb05, 0xfb06, 0},
};

// The other members of lo's equivalence group (0, 1 or 2 of them).
static int equivalents(uint32_t lo, uint32_t out[2]) {
  if (lo == 0) return 0;  // 0 pads the groups of two
  for (const auto& g : kEquivalences) {
    if (g[0] == lo || g[1] == lo || g[2] == lo) {
      int n = 0;
      for (uint32_t c : g)
        if (c && c != lo) out[n++] = c;
      return n;
    }
  }
  return 0;
}

uint32_t uni_lower(uint32_t c) {
  if (c < 128) return ascii_lower(c);
  uint32_t out[3];
  uni_case_map(c, CaseMap::Lower, out);
  return out[0];
}

uint32_t uni_upper(uint32_t c) {
  if (c < 128) return ascii_upper(c);
  uint32_t out[3];
  uni_case_map(c, CaseMap::Upper, out);
  return out[0];
}

static bool ascii_alnum(uint32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_word(uint32_t c, bool unicode) {
  if (c < 128) return ascii_alnum(c) || c == '_';
  return unicode && uni_isalnum(c);
}

bool category_test(Category cat, uint32_t c, bool unicode) {
  switch (cat) {
    case Category::Digit:
      return c < 128 ? (c >= '0' && c <= '9') : unicode && uni_isdecimal(c);
    case Category::NotDigit:
      return !category_test(Category::Digit, c, unicode);
    case Category::Space:
      if (unicode) return uni_isspace(c);
      return c == ' ' || (c >= '\t' && c <= '\r');
    case Category::NotSpace:
      return !category_test(Category::Space, c, unicode);
    case Category::Word:
      return is_word(c, unicode);
    case Category::NotWord:
      return !is_word(c, unicode);
  }
  return false;
}

bool CharSet::raw_member(uint32_t c) const {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), c,
                             [](uint32_t v, const std::pair<uint32_t, uint32_t>& r) { return v < r.first; });
  if (it != ranges.begin() && c <= std::prev(it)->second) return true;
  for (const auto& r : ui_ranges) {
    if (c >= r.first && c <= r.second) return true;
    uint32_t u = uni_upper(c);
    if (u >= r.first && u <= r.second) return true;
  }
  for (int k = 0; k < 6; ++k)
    if ((cats >> k) & 1 && category_test(Category(k), c, cat_unicode)) return true;
  return false;
}

bool CharSet::test_slow(uint32_t c) const {
  switch (fold) {
    case NoFold: return raw_member(c) != negate;
    case UniLower: return raw_member(uni_lower(c)) != negate;
    case AsciiLower: return raw_member(ascii_lower(c)) != negate;
    case LocaleBoth: {
      uint32_t lo = ascii_lower(c), up = ascii_upper(c);
      if (raw_member(lo) != negate) return true;
      return up != lo && raw_member(up) != negate;
    }
  }
  return false;
}

namespace {

constexpr uint64_t kMaxWidth = UINT64_MAX;
uint64_t sat_add(uint64_t a, uint64_t b) { return a > kMaxWidth - b ? kMaxWidth : a + b; }
uint64_t sat_mul(uint64_t a, uint64_t n) {
  if (a == 0 || n == 0) return 0;
  return a > kMaxWidth / n ? kMaxWidth : a * n;
}

struct Width {
  uint64_t lo = 0, hi = 0;
};

uint32_t combine_flags(uint32_t flags, uint32_t add, uint32_t del) {
  if (add & kTypeFlags) flags &= ~kTypeFlags;
  return (flags | add) & ~del;
}

bool is_cased(uint32_t c, bool unicode) {
  if (!unicode) return c < 128 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  return uni_lower(c) != c || uni_upper(c) != c;
}

void normalize_ranges(std::vector<std::pair<uint32_t, uint32_t>>* r) {
  std::sort(r->begin(), r->end());
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (auto& x : *r) {
    if (!out.empty() && uint64_t(x.first) <= uint64_t(out.back().second) + 1)
      out.back().second = std::max(out.back().second, x.second);
    else
      out.push_back(x);
  }
  r->swap(out);
}

class Compiler {
 public:
  Compiler(const ParsedPattern& pp, Program* prog, ReError* err, ThreadState* ts)
      : pp_(pp), prog_(*prog), err_(err), ts_(ts) {}

  bool run() {
    prog_.groups = pp_.groups;
    if (!seq(pp_.root, pp_.flags)) return false;
    emit(Inst{Op::Match});
    compute_hints();
    return true;
  }

 private:
  uint32_t emit(Inst in) {
    prog_.code.push_back(in);
    return uint32_t(prog_.code.size() - 1);
  }
  uint32_t here() const { return uint32_t(prog_.code.size()); }
  bool fail(const char* msg) {
    err_->kind = ReError::Regex;
    err_->msg = msg;
    err_->pos = -1;
    return false;
  }

  bool seq(const Seq& s, uint32_t flags) {
    if (ts_ && stack_overflowing(ts_)) {
      err_->kind = ReError::Recursion;
      err_->msg = "maximum recursion depth exceeded";
      return false;
    }
    for (const Node* n : s)
      if (!node(n, flags)) return false;
    return true;
  }

  void literal(uint32_t ch, bool neg, uint32_t flags) {
    if (!(flags & kFlagIgnoreCase)) {
      emit(Inst{neg ? Op::NotChar : Op::Char, 0, ch});
    } else if (flags & kFlagLocale) {
      emit(Inst{neg ? Op::NotCharLoc : Op::CharLoc, 0, ch});
    } else {
      bool uni = flags & kFlagUnicode;
      if (!is_cased(ch, uni)) {
        emit(Inst{neg ? Op::NotChar : Op::Char, 0, ch});
        return;
      }
      uint32_t lo = uni ? uni_lower(ch) : ascii_lower(ch);
      Inst in{neg ? Op::NotCharFold : Op::CharFold, uint8_t(uni ? 0 : 1), lo, kNoChar, kNoChar};
      uint32_t eq[2];
      int n = uni ? equivalents(lo, eq) : 0;
      if (n > 0) in.b = eq[0];
      if (n > 1) in.c = eq[1];
      emit(in);
    }
  }

  void add_folded(std::vector<std::pair<uint32_t, uint32_t>>* out, uint32_t c, bool uni) {
    uint32_t lo = uni ? uni_lower(c) : ascii_lower(c);
    out->emplace_back(lo, lo);
    uint32_t eq[2];
    int n = uni ? equivalents(lo, eq) : 0;
    for (int i = 0; i < n; ++i) out->emplace_back(eq[i], eq[i]);
  }

  uint32_t charset(const Node* n, uint32_t flags) {
    CharSet cs;
    cs.negate = n->negate;
    bool ignore = flags & kFlagIgnoreCase, locale = flags & kFlagLocale, uni = flags & kFlagUnicode;
    cs.cat_unicode = uni && !locale;
    bool fold = ignore && !locale;
    bool hascased = false;
    for (const SetItem& it : n->items) {
      if (it.kind == SetItem::Cat) {
        cs.cats |= uint8_t(1u << it.lo);
      } else if (!fold) {
        cs.ranges.emplace_back(it.lo, it.kind == SetItem::Range ? it.hi : it.lo);
      } else if (it.kind == SetItem::Lit) {
        if (it.lo > 0xFFFF) {  // CPython keeps non-BMP members unfolded
          hascased = true;
          cs.ranges.emplace_back(it.lo, it.lo);
          continue;
        }
        add_folded(&cs.ranges, it.lo, uni);
        hascased |= is_cased(it.lo, uni);
      } else {
        uint32_t top = std::min<uint32_t>(it.hi, 0xFFFF);
        for (uint32_t c = it.lo; c <= top && it.lo <= 0xFFFF; ++c) {
          add_folded(&cs.ranges, c, uni);
          if (!hascased) hascased = is_cased(c, uni);
        }
        if (it.hi > 0xFFFF) {
          hascased = true;
          cs.ui_ranges.emplace_back(it.lo, it.hi);
        }
      }
    }
    normalize_ranges(&cs.ranges);
    if (fold && hascased) cs.fold = uni ? CharSet::UniLower : CharSet::AsciiLower;
    else if (ignore && locale) cs.fold = CharSet::LocaleBoth;
    for (uint32_t c = 0; c < 256; ++c)
      if (cs.test_slow(c)) cs.low[c >> 6] |= uint64_t(1) << (c & 63);
    prog_.sets.push_back(std::move(cs));
    return uint32_t(prog_.sets.size() - 1);
  }

  static bool is_simple(const Seq& s) {
    if (s.size() != 1) return false;
    const Node* n = s[0];
    switch (n->kind) {
      case NodeKind::Literal: case NodeKind::NotLiteral: case NodeKind::Any: case NodeKind::In:
        return true;
      case NodeKind::Group:
        return n->group == 0 && is_simple(n->seqs[0]);
      default:
        return false;
    }
  }

  uint32_t new_repeat(uint32_t min, uint32_t max) {
    prog_.reps.push_back(RepeatInfo{min, max});
    return uint32_t(prog_.reps.size() - 1);
  }

  bool repeat(const Node* n, uint32_t flags) {
    if (flags & kFlagTemplate) {
      return fail(n->rkind == RepeatKind::Greedy ? "internal: unsupported template operator MAX_REPEAT"
                  : n->rkind == RepeatKind::Lazy ? "internal: unsupported template operator MIN_REPEAT"
                  : "internal: unsupported template operator POSSESSIVE_REPEAT");
    }
    const Seq& body = n->seqs[0];
    if (n->max == 0) {  // matches nothing but must still be valid (lookbehind widths)
      uint32_t mark = here();
      if (!seq(body, flags)) return false;
      prog_.code.resize(mark);
      return true;
    }
    if (is_simple(body)) {
      uint32_t r = new_repeat(n->min, n->max);
      emit(Inst{Op::SimpleRepeat, uint8_t(uint8_t(n->rkind) | leaky()), r});
      uint32_t before = here();
      if (!seq(body, flags)) return false;
      return here() == before + 1;
    }
    bool possessive = n->rkind == RepeatKind::Possessive;
    if (possessive) emit(Inst{Op::AtomicStart});
    uint32_t r = new_repeat(n->min, n->max);
    uint32_t init = emit(Inst{Op::RepeatInit, 0, r});
    uint32_t body_pc = here();
    if (possessive) emit(Inst{Op::AtomicStart});
    // CPython restores captures on backtracking only inside (non-possessive)
    // repeat bodies; elsewhere choice points are "leaky" (see re_match.cc).
    if (!possessive) ++repeat_depth_;
    bool ok = seq(body, flags);
    if (!possessive) --repeat_depth_;
    if (!ok) return false;
    if (possessive) emit(Inst{Op::AtomicEnd});
    RepeatKind mode = possessive ? RepeatKind::Greedy : n->rkind;
    uint32_t until = emit(Inst{Op::RepeatUntil, uint8_t(uint8_t(mode) | leaky()), r, body_pc});
    if (mode == RepeatKind::Lazy) emit(Inst{Op::RepeatLazyIter, 0, r, body_pc});
    prog_.code[init].b = until;
    if (possessive) emit(Inst{Op::AtomicEnd});
    return true;
  }

  bool node(const Node* n, uint32_t flags) {
    switch (n->kind) {
      case NodeKind::Literal:
      case NodeKind::NotLiteral:
        literal(n->ch, n->kind == NodeKind::NotLiteral, flags);
        return true;
      case NodeKind::Any:
        emit(Inst{(flags & kFlagDotAll) ? Op::AnyAll : Op::Any});
        return true;
      case NodeKind::In:
        emit(Inst{Op::Set, 0, charset(n, flags)});
        return true;
      case NodeKind::At: {
        AtKind k = n->at;
        if (flags & kFlagMultiline) {
          if (k == AtKind::Beginning) k = AtKind::BeginningLine;
          else if (k == AtKind::End) k = AtKind::EndLine;
        }
        if (!(flags & kFlagLocale) && (flags & kFlagUnicode)) {
          if (k == AtKind::Boundary) k = AtKind::UniBoundary;
          else if (k == AtKind::NonBoundary) k = AtKind::UniNonBoundary;
        }
        emit(Inst{Op::At, 0, uint32_t(k)});
        return true;
      }
      case NodeKind::Branch: {
        std::vector<uint32_t> jumps;
        size_t count = n->seqs.size();
        for (size_t i = 0; i < count; ++i) {
          uint32_t split = 0;
          if (i + 1 < count) split = emit(Inst{Op::Split, leaky(), here() + 1});
          // Inside repeats CPython restores captures after the last alternative
          // fails too.
          else if (count > 1 && !leaky()) emit(Inst{Op::RestorePoint});
          if (!seq(n->seqs[i], flags)) return false;
          if (i + 1 < count) {
            jumps.push_back(emit(Inst{Op::Jmp}));
            prog_.code[split].b = here();
          }
        }
        for (uint32_t j : jumps) prog_.code[j].a = here();
        return true;
      }
      case NodeKind::Group: {
        uint32_t inner = combine_flags(flags, n->add_flags, n->del_flags);
        if (n->group) emit(Inst{Op::Save, 0, uint32_t(2 * n->group)});
        if (!seq(n->seqs[0], inner)) return false;
        if (n->group) emit(Inst{Op::Save, 0, uint32_t(2 * n->group + 1)});
        return true;
      }
      case NodeKind::Atomic:
        emit(Inst{Op::AtomicStart});
        if (!seq(n->seqs[0], flags)) return false;
        emit(Inst{Op::AtomicEnd});
        return true;
      case NodeKind::Repeat:
        return repeat(n, flags);
      case NodeKind::GroupRef: {
        uint8_t mode = !(flags & kFlagIgnoreCase) ? 0 : (flags & kFlagLocale) ? 3
                       : (flags & kFlagUnicode) ? 1 : 2;
        emit(Inst{Op::GroupRef, mode, uint32_t(n->group)});
        return true;
      }
      case NodeKind::GroupRefExists: {
        uint32_t test = emit(Inst{Op::GroupExists, 0, uint32_t(n->group)});
        if (!seq(n->seqs[0], flags)) return false;
        if (n->seqs.size() > 1) {
          uint32_t jmp = emit(Inst{Op::Jmp});
          prog_.code[test].b = here();
          if (!seq(n->seqs[1], flags)) return false;
          prog_.code[jmp].a = here();
        } else {
          prog_.code[test].b = here();
        }
        return true;
      }
      case NodeKind::Assert: {
        uint32_t width = 0;
        if (n->behind) {
          Width w = seq_width(n->seqs[0]);
          if (w.lo > 0xFFFFFFFFu) return fail("looks too much behind");
          if (w.lo != w.hi) return fail("look-behind requires fixed-width pattern");
          width = uint32_t(w.lo);
        }
        uint8_t neg = uint8_t((n->negate ? 1 : 0) | leaky());
        uint32_t start = emit(Inst{Op::LookStart, neg, width});
        if (!seq(n->seqs[0], flags)) return false;
        emit(Inst{Op::LookEnd, neg});
        prog_.code[start].b = here();
        return true;
      }
    }
    return false;
  }

  Width seq_width(const Seq& s) {
    Width w;
    for (const Node* n : s) {
      Width x = node_width(n);
      w.lo = sat_add(w.lo, x.lo);
      w.hi = sat_add(w.hi, x.hi);
    }
    return w;
  }

  Width node_width(const Node* n) {
    switch (n->kind) {
      case NodeKind::Literal: case NodeKind::NotLiteral: case NodeKind::Any: case NodeKind::In:
        return Width{1, 1};
      case NodeKind::Branch: {
        Width w{kMaxWidth, 0};
        for (const Seq& s : n->seqs) {
          Width x = seq_width(s);
          w.lo = std::min(w.lo, x.lo);
          w.hi = std::max(w.hi, x.hi);
        }
        return w;
      }
      case NodeKind::Group: case NodeKind::Atomic:
        return seq_width(n->seqs[0]);
      case NodeKind::Repeat: {
        Width x = seq_width(n->seqs[0]);
        Width w{sat_mul(x.lo, n->min), 0};
        w.hi = (n->max == kMaxRepeat && x.hi) ? kMaxWidth : sat_mul(x.hi, n->max);
        return w;
      }
      case NodeKind::GroupRef: {
        const Node* g = n->group < int64_t(pp_.group_nodes.size()) ? pp_.group_nodes[n->group] : nullptr;
        return g ? seq_width(g->seqs[0]) : Width{};
      }
      case NodeKind::GroupRefExists: {
        Width w = seq_width(n->seqs[0]);
        if (n->seqs.size() > 1) {
          Width x = seq_width(n->seqs[1]);
          w.lo = std::min(w.lo, x.lo);
          w.hi = std::max(w.hi, x.hi);
        } else {
          w.lo = 0;
        }
        return w;
      }
      default:
        return Width{};
    }
  }

  // Search hints: anchoring, and the single-character tests every match
  // starts with (found by following the program from pc 0 through
  // instructions that consume nothing).
  void compute_hints() {
    const std::vector<Inst>& code = prog_.code;
    size_t pc = 0;
    while (pc < code.size() && code[pc].op == Op::Save) ++pc;
    if (pc < code.size() && code[pc].op == Op::At &&
        (AtKind(code[pc].a) == AtKind::Beginning || AtKind(code[pc].a) == AtKind::BeginningString))
      prog_.anchored = true;
    std::vector<bool> seen(code.size(), false);
    std::vector<uint32_t> tests;
    if (!first_tests(0, &seen, &tests)) return;
    prog_.has_first = true;
    prog_.first_tests = tests;
    bool single = true, wide = false;
    for (uint32_t t : tests) {
      single &= code[t].op == Op::Char && code[t].a == code[tests[0]].a;
      for (uint32_t c = 0; c < 256; ++c)
        if (char_test(prog_, code[t], c)) prog_.first_low[c >> 6] |= uint64_t(1) << (c & 63);
      wide |= code[t].op != Op::Char;
    }
    if (single && !wide) prog_.prefix_char = code[tests[0]].a;
    // A literal prefix: consecutive exact characters (capture marks between
    // them consume nothing).
    for (size_t i = 0; i < code.size(); ++i) {
      if (code[i].op == Op::Save) continue;
      if (code[i].op != Op::Char) break;
      prog_.prefix.push_back(code[i].a);
    }
    if (prog_.prefix.size() < 2) {
      prog_.prefix.clear();
      return;
    }
    for (uint32_t c : prog_.prefix) {
      if (c > 0xFF) {
        prog_.prefix_bytes.clear();
        break;
      }
      prog_.prefix_bytes.push_back(char(c));
    }
  }

  // Collects the single-character tests reachable from pc before anything is
  // consumed; false if a match could start without consuming (or the walk
  // gets too complex).
  bool first_tests(uint32_t pc, std::vector<bool>* seen, std::vector<uint32_t>* out) {
    const std::vector<Inst>& code = prog_.code;
    for (;;) {
      if ((*seen)[pc]) return true;  // already explored from here
      (*seen)[pc] = true;
      const Inst& in = code[pc];
      switch (in.op) {
        case Op::Char: case Op::NotChar: case Op::CharFold: case Op::NotCharFold:
        case Op::CharLoc: case Op::NotCharLoc: case Op::Any: case Op::AnyAll: case Op::Set:
          if (out->size() >= 32) return false;
          out->push_back(pc);
          return true;
        case Op::Save: case Op::At: case Op::AtomicStart: case Op::AtomicEnd:
          ++pc;
          continue;
        case Op::Jmp:
          pc = in.a;
          continue;
        case Op::Split:
          if (!first_tests(in.a, seen, out)) return false;
          pc = in.b;
          continue;
        case Op::RepeatInit:
          pc = in.b;
          continue;
        case Op::RepeatUntil:
          if (!first_tests(in.b, seen, out)) return false;
          pc += RepeatKind(in.mode & 3) == RepeatKind::Lazy ? 2 : 1;
          continue;
        case Op::SimpleRepeat:
          if (!first_tests(pc + 1, seen, out)) return false;
          if (prog_.reps[in.a].min > 0) return true;
          pc += 2;
          continue;
        case Op::LookStart:  // assertions only narrow the matches: skip them
          pc = in.b;
          continue;
        case Op::GroupExists:
          if (!first_tests(pc + 1, seen, out)) return false;
          pc = in.b;
          continue;
        default:  // Match, GroupRef, ...: may start without consuming
          return false;
      }
    }
  }

  uint8_t leaky() const { return repeat_depth_ == 0 ? kLeaky : 0; }

  const ParsedPattern& pp_;
  Program& prog_;
  ReError* err_;
  ThreadState* ts_;
  int repeat_depth_ = 0;  // enclosing greedy/lazy repeats with complex bodies
};

}  // namespace

bool compile_program(const ParsedPattern& parsed, Program* prog, ReError* err, ThreadState* ts) {
  Compiler c(parsed, prog, err, ts);
  return c.run();
}

}  // namespace rx
}  // namespace weft

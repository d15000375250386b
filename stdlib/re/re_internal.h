// Internal interface of weft's regular expression engine (_weftre): the
// pattern syntax tree, the compiled program, and the backtracking matcher.
// Parsing (re_parse.cc) -> compiling (re_compile.cc) -> matching (re_match.cc);
// re_module.cc exposes Pattern/Match objects to Python.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <vector>

namespace weft {
struct ThreadState;
namespace rx {

// Flag values (Python's re.* constants).
enum : uint32_t {
  kFlagTemplate = 1,
  kFlagIgnoreCase = 2,
  kFlagLocale = 4,
  kFlagMultiline = 8,
  kFlagDotAll = 16,
  kFlagUnicode = 32,
  kFlagVerbose = 64,
  kFlagDebug = 128,
  kFlagAscii = 256,
};
constexpr uint32_t kTypeFlags = kFlagAscii | kFlagLocale | kFlagUnicode;
constexpr uint32_t kGlobalFlags = kFlagDebug | kFlagTemplate;
constexpr uint32_t kMaxRepeat = 0xFFFFFFFFu;  // as a maximum: unbounded
constexpr int64_t kMaxGroups = 1073741823;
constexpr uint32_t kNoChar = 0xFFFFFFFFu;

using CodePoints = std::vector<uint32_t>;

// A compile-time problem. kind: re.error (with pos, -1 = none), OverflowError,
// ValueError, RecursionError or MemoryError.
struct ReError {
  enum Kind { None, Regex, Overflow, Value, Recursion, Memory, Index } kind = None;
  std::string msg;
  int64_t pos = -1;
  bool set() const { return kind != None; }
};

struct ReWarning {
  bool future;  // FutureWarning; otherwise DeprecationWarning
  std::string msg;
};

// ---- syntax tree ---------------------------------------------------------------
enum class NodeKind : uint8_t {
  Literal, NotLiteral, Any, In, At, Branch, Group, Atomic, Repeat, GroupRef, GroupRefExists, Assert
};
enum class AtKind : uint8_t {
  Beginning, BeginningLine, BeginningString, End, EndLine, EndString,
  Boundary, NonBoundary, UniBoundary, UniNonBoundary
};
enum class Category : uint8_t { Digit, NotDigit, Space, NotSpace, Word, NotWord };
enum class RepeatKind : uint8_t { Greedy, Lazy, Possessive };

struct SetItem {
  enum Kind : uint8_t { Lit, Range, Cat } kind;
  uint32_t lo, hi;  // Lit: lo; Range: lo..hi; Cat: lo = Category
};

struct Node;
using Seq = std::vector<Node*>;

struct Node {
  NodeKind kind;
  RepeatKind rkind = RepeatKind::Greedy;
  AtKind at = AtKind::Beginning;
  bool negate = false;         // In: [^...]; Assert: negative
  bool behind = false;         // Assert: lookbehind
  uint32_t ch = 0;             // Literal / NotLiteral
  int64_t group = 0;           // Group: capture index (0: none); GroupRef(Exists): group
  uint32_t add_flags = 0, del_flags = 0;  // Group
  uint32_t min = 0, max = 0;   // Repeat
  std::vector<SetItem> items;  // In
  std::vector<Seq> seqs;       // Branch: alternatives; others: body = seqs[0]; Exists: yes, [no]
};

struct ParsedPattern {
  std::deque<Node> arena;
  Seq root;
  uint32_t flags = 0;               // the pattern's flags after inline global flags
  int64_t groups = 0;               // capturing groups (not counting group 0)
  std::vector<std::pair<CodePoints, int64_t>> names;  // named groups in definition order
  std::vector<Node*> group_nodes;   // group index -> its Group node (index 0 unused)
  std::vector<ReWarning> warnings;
};

// Looks up a \N{...} name; returns false if unknown.
using NameLookup = std::function<bool(const CodePoints& name, uint32_t* cp)>;

// Parses `pattern` (code points; bytes patterns as 0..255). On failure returns
// false with *err set. Warnings are appended to out->warnings either way.
// `max_nesting` bounds the nesting of groups (RecursionError beyond it).
// `ts` (may be null) guards the native stack.
bool parse_pattern(const CodePoints& pattern, bool is_text, uint32_t flags,
                   const NameLookup& lookup, int max_nesting, ParsedPattern* out, ReError* err,
                   ThreadState* ts = nullptr);

// A replacement template (re.sub, Match.expand): literal runs and group references.
struct TemplateItem {
  int64_t group;    // -1: literal
  CodePoints text;  // the literal (bytes templates: 0..255)
};
// Looks a group name up; -1 if unknown.
using GroupLookup = std::function<int64_t(const CodePoints& name)>;
bool parse_template(const CodePoints& repl, bool is_text, int64_t groups, const GroupLookup& lookup,
                    std::vector<TemplateItem>* out, std::vector<ReWarning>* warnings, ReError* err);

// ---- program -------------------------------------------------------------------
enum class Op : uint8_t {
  Char, NotChar,          // a = code point
  CharFold, NotCharFold,  // folded code unit (mode 0: unicode lower, 1: ASCII lower) in {a, b, c}
  CharLoc, NotCharLoc,    // locale case-insensitive: c, lower(c) or upper(c) == a
  Any, AnyAll,
  Set,                    // a = index into Program::sets
  At,                     // a = AtKind
  Split,                  // try a first, then b
  Jmp,                    // a
  Save,                   // a = slot (2*group, 2*group+1)
  RepeatInit,             // a = repeat index, b = the RepeatUntil's pc
  RepeatUntil,            // a = repeat index, b = body pc; mode & 3 = RepeatKind (lazy: tail = pc+2)
  RepeatLazyIter,         // a = repeat index, b = body pc (reached only by backtracking)
  SimpleRepeat,           // a = repeat index, mode & 3 = RepeatKind; item at pc+1, tail at pc+2
  AtomicStart, AtomicEnd,
  LookStart,              // mode bit0: negative; a = lookbehind width; b = pc after LookEnd
  LookEnd,                // mode bit0: negative
  GroupRef,               // a = group; mode: 0 exact, 1 unicode fold, 2 ASCII fold, 3 locale
  GroupExists,            // a = group; b = pc of the "no" branch
  RestorePoint,           // pushes a marker that restores captures when failing past it
  Match,
};

// Inst::mode bit of choice-creating instructions outside any (non-possessive)
// repeat body: backtracking to their choice points restores only lastmark
// and lastindex, not the capture slots (CPython's _sre behaviour).
constexpr uint8_t kLeaky = 0x10;

struct Inst {
  Op op;
  uint8_t mode = 0;
  uint32_t a = 0, b = 0, c = 0;
};

struct RepeatInfo {
  uint32_t min, max;  // max == kMaxRepeat: unbounded
};

// A character class. Membership of code points below 256 is precomputed.
struct CharSet {
  enum Fold : uint8_t { NoFold, UniLower, AsciiLower, LocaleBoth };
  std::vector<std::pair<uint32_t, uint32_t>> ranges;     // sorted, disjoint
  std::vector<std::pair<uint32_t, uint32_t>> ui_ranges;  // non-BMP ranges matched on lower/upper
  uint8_t cats = 0;        // bit per Category
  bool cat_unicode = false;
  Fold fold = NoFold;
  bool negate = false;
  uint64_t low[4] = {0, 0, 0, 0};
  bool test(uint32_t c) const {
    if (c < 256) return (low[c >> 6] >> (c & 63)) & 1;
    return test_slow(c);
  }
  bool test_slow(uint32_t c) const;
  bool raw_member(uint32_t c) const;  // membership before folding/negation
};

struct Program {
  std::vector<Inst> code;
  std::vector<CharSet> sets;
  std::vector<RepeatInfo> reps;
  int64_t groups = 0;
  // Search hints.
  bool anchored = false;        // starts with \A or ^ (not multiline)
  // When every match starts by consuming a character: the single-character
  // tests one of which that character passes, and their answers below 256.
  bool has_first = false;
  std::vector<uint32_t> first_tests;  // pcs of single-character instructions
  uint64_t first_low[4] = {0, 0, 0, 0};
  uint32_t prefix_char = kNoChar;     // the only possible first character, if so
  std::vector<uint32_t> prefix;       // literal text every match starts with (2+ chars)
  std::string prefix_bytes;           // the same as bytes, when all are below 256
};

// Compiles a parsed pattern. Fails for lookbehind width errors (and if the
// native stack runs low; `ts` may be null).
bool compile_program(const ParsedPattern& parsed, Program* prog, ReError* err,
                     ThreadState* ts = nullptr);

// Case helpers shared with the module (CPython's _sre semantics).
uint32_t uni_lower(uint32_t c);
uint32_t uni_upper(uint32_t c);
inline uint32_t ascii_lower(uint32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
inline uint32_t ascii_upper(uint32_t c) { return (c >= 'a' && c <= 'z') ? c - 32 : c; }
bool category_test(Category cat, uint32_t c, bool unicode);
bool is_word(uint32_t c, bool unicode);

// Whether code point c passes a single-character instruction.
inline bool char_test(const Program& p, const Inst& in, uint32_t c) {
  switch (in.op) {
    case Op::Char: return c == in.a;
    case Op::NotChar: return c != in.a;
    case Op::CharFold: {
      uint32_t f = in.mode == 0 ? uni_lower(c) : ascii_lower(c);
      return f == in.a || f == in.b || f == in.c;
    }
    case Op::NotCharFold: {
      uint32_t f = in.mode == 0 ? uni_lower(c) : ascii_lower(c);
      return !(f == in.a || f == in.b || f == in.c);
    }
    case Op::CharLoc: return c == in.a || ascii_lower(c) == in.a || ascii_upper(c) == in.a;
    case Op::NotCharLoc: return !(c == in.a || ascii_lower(c) == in.a || ascii_upper(c) == in.a);
    case Op::Any: return c != '\n';
    case Op::AnyAll: return true;
    case Op::Set: return p.sets[in.a].test(c);
    default: return false;
  }
}

// ---- matching -------------------------------------------------------------------
struct Text {
  const void* data = nullptr;
  int width = 1;     // bytes per code unit: 1, 2 or 4
  int64_t len = 0;
};

struct MatchRequest {
  Text text;
  int64_t start = 0, end = 0;   // pos / endpos (already clamped)
  bool search = false;
  bool match_all = false;       // fullmatch
  bool must_advance = false;    // a match at `start` must not be empty
};

// Reusable matcher memory (one per operation, e.g. per findall call).
struct MatchScratch {
  struct Bt {
    uint32_t kind, a;
    int64_t b, c;
  };
  // The backtracking stack: a vector whose size is managed by hand so that the
  // hot push is an inline compare-and-store (growth may throw std::bad_alloc,
  // which run_match turns into MemoryError).
  struct Stack {
    std::vector<Bt> buf;
    size_t top = 0;
    bool empty() const { return top == 0; }
    size_t size() const { return top; }
    Bt& back() { return buf[top - 1]; }
    Bt& operator[](size_t i) { return buf[i]; }
    void pop_back() { --top; }
    void clear() { top = 0; }
    void resize(size_t n) { top = n; }  // shrinking only
    void push_back(const Bt& e) {
      if (top == buf.size()) buf.resize(buf.empty() ? 256 : buf.size() * 2);
      buf[top++] = e;
    }
    void release() {
      std::vector<Bt>().swap(buf);
      top = 0;
    }
  };
  Stack stack;
  std::vector<int64_t> slots;
  std::vector<Bt> deferred;  // capture undo records popped while backtracking
  std::vector<int64_t> rep_count, rep_last;
};

struct MatchResult {
  std::vector<int64_t> spans;  // 2 * (groups + 1); -1 when unset
  int64_t lastindex = -1;
  // A group ended before it started (CPython raises SystemError "The span of
  // capturing group is wrong..." when such a match is used; so do we).
  bool bad_span = false;
};

// 1: matched (result filled), 0: no match, -1: exception pending (KeyboardInterrupt,
// MemoryError...).
int run_match(ThreadState* ts, const Program& prog, const MatchRequest& req, MatchScratch& scratch,
              MatchResult* result);

}  // namespace rx
}  // namespace weft

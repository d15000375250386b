// Regular expression matcher: runs a compiled program (re_internal.h) over a
// string of 1-, 2- or 4-byte code units with an explicit backtracking stack,
// so input size never grows the C++ stack.
//
// The stack holds choice points (where to resume after a failure) and undo
// records (the previous value of a capture slot, repeat counter or lastindex).
// Failing pops entries: undo records restore state, the first choice point
// resumes. Atomic groups and lookarounds push a barrier; leaving them
// successfully discards the choice points above the barrier but keeps the undo
// records, so state is still restored if matching later backtracks past them.
//
// Captures follow CPython's _sre exactly, including its quirk: it tracks
// `lastmark` (the highest capture slot set; slots above it count as unset) and
// restores the slots themselves only at backtracking points inside a
// greedy/lazy repeat body (each time a failure passes them, even with no
// alternative left: kRestore markers stand for those). At other ("leaky")
// points only lastmark and lastindex are restored, so a group re-set by a
// failed alternative keeps its new value (observable in possessive repeats).
// Capture undo records popped on the way to such a point are therefore kept
// for outer points (pushed back when matching resumes there).
#include <algorithm>
#include <cstring>
#include <new>

#include "core/runtime/errors.h"
#include "core/vm/eval.h"
#include "stdlib/re/re_internal.h"

namespace weft {
namespace rx {
namespace {

enum BtKind : uint32_t {
  kChoice,     // a = pc, b = pos
  kSlot,       // undo: slots[a] = b
  kRep,        // undo: rep_count[a] = b, rep_last[a] = c
  kLastIndex,  // undo: lastindex = b
  kLastMark,   // undo: lastmark = b
  kGreedy,     // single-character greedy repeat: a = pc, b = lowest end, c = current end
  kLazy,       // single-character lazy repeat: a = pc, b = start, c = current end
  kAtomic,     // barrier of an atomic group
  kLook,       // barrier of a lookaround: a = pc of LookStart, b = position
  kUntil,      // greedy repeat iteration: a = pc of RepeatUntil, b = pos, c = previous last
               // position; resuming undoes the iteration's count and exits the loop
  kChoiceLeaky,  // as kChoice, created outside repeat bodies (see settle_captures)
  kRestore,    // a construct without alternatives left: restores captures, then fails on
};

inline bool is_undo(uint32_t kind) {
  return kind == kSlot || kind == kRep || kind == kLastIndex || kind == kLastMark;
}

constexpr int64_t kPollInterval = 4096;

template <class CharT>
class Matcher {
 public:
  Matcher(ThreadState* ts, const Program& prog, const MatchRequest& req, MatchScratch& sc)
      : ts_(ts), prog_(prog), code_(prog.code.data()), s_(static_cast<const CharT*>(req.text.data)),
        end_(req.end), match_all_(req.match_all), sc_(sc) {
    sc_.slots.assign(size_t(2 * (prog.groups + 1)), -1);
    sc_.rep_count.assign(prog.reps.size(), 0);
    sc_.rep_last.assign(prog.reps.size(), -1);
  }

  // Tries a match starting exactly at `start`: 1 matched, 0 not, -1 error.
  int attempt(int64_t start, bool must_advance, MatchResult* result);

  bool test(const Inst& in, uint32_t c) const { return char_test(prog_, in, c); }

  // Next occurrence at or after `from` of the literal prefix, or -1.
  int64_t find_prefix(int64_t from) const {
    const std::vector<uint32_t>& pre = prog_.prefix;
    int64_t n = int64_t(pre.size());
    if (sizeof(CharT) == 1) {
      const std::string& b = prog_.prefix_bytes;
      if (b.empty() || end_ - from < n) return -1;
      const void* p = memmem(s_ + from, size_t(end_ - from), b.data(), b.size());
      return p ? static_cast<const CharT*>(p) - s_ : -1;
    }
    for (int64_t i = from; i + n <= end_; ++i) {
      if (s_[i] != pre[0]) continue;
      int64_t k = 1;
      while (k < n && s_[i + k] == pre[size_t(k)]) ++k;
      if (k == n) return i;
    }
    return -1;
  }

  // Next position >= from where a match may start (the first test passes), or -1.
  int64_t next_candidate(int64_t from) const {
    if (!prog_.has_first) return from;
    if (!prog_.prefix.empty()) return find_prefix(from);
    uint32_t pc = prog_.prefix_char;
    if (pc != kNoChar) {
      if (sizeof(CharT) == 1) {
        if (pc > 0xFF || from >= end_) return -1;
        const void* p = memchr(s_ + from, int(pc), size_t(end_ - from));
        return p ? static_cast<const CharT*>(p) - s_ : -1;
      }
      for (int64_t i = from; i < end_; ++i)
        if (s_[i] == pc) return i;
      return -1;
    }
    for (int64_t i = from; i < end_; ++i) {
      uint32_t c = s_[i];
      if (c < 256) {
        if ((prog_.first_low[c >> 6] >> (c & 63)) & 1) return i;
      } else {
        for (uint32_t t : prog_.first_tests)
          if (test(code_[t], c)) return i;
      }
    }
    return -1;
  }

 private:
  bool at(AtKind k, int64_t pos) const {
    switch (k) {
      case AtKind::Beginning: case AtKind::BeginningString:
        return pos == 0;
      case AtKind::BeginningLine:
        return pos == 0 || s_[pos - 1] == '\n';
      case AtKind::End:
        return pos == end_ || (pos + 1 == end_ && s_[pos] == '\n');
      case AtKind::EndLine:
        return pos == end_ || (pos < end_ && s_[pos] == '\n');
      case AtKind::EndString:
        return pos == end_;
      case AtKind::Boundary: case AtKind::NonBoundary:
      case AtKind::UniBoundary: case AtKind::UniNonBoundary: {
        if (end_ == 0) return false;
        bool uni = k == AtKind::UniBoundary || k == AtKind::UniNonBoundary;
        bool before = pos > 0 && is_word(s_[pos - 1], uni);
        bool here = pos < end_ && is_word(s_[pos], uni);
        bool boundary = before != here;
        return (k == AtKind::Boundary || k == AtKind::UniBoundary) ? boundary : !boundary;
      }
    }
    return false;
  }

  int64_t count_run(const Inst& item, int64_t pos, int64_t limit) const {
    int64_t n = 0;
    switch (item.op) {
      case Op::AnyAll:
        return limit;
      case Op::Any:
        while (n < limit && s_[pos + n] != '\n') ++n;
        return n;
      case Op::Char:
        while (n < limit && s_[pos + n] == item.a) ++n;
        return n;
      case Op::Set: {
        const CharSet& cs = prog_.sets[item.a];
        while (n < limit && cs.test(s_[pos + n])) ++n;
        return n;
      }
      default:
        while (n < limit && test(item, s_[pos + n])) ++n;
        return n;
    }
  }

  bool groupref(uint32_t group, uint8_t mode, int64_t* pos) const {
    int64_t a, b;
    if (!group_set(group, &a, &b) || b < a) return false;
    int64_t p = *pos;
    if (b - a > end_ - p) return false;
    for (int64_t i = a; i < b; ++i, ++p) {
      uint32_t x = s_[p], y = s_[i];
      if (x == y) continue;
      if (mode == 0) return false;
      if (mode == 1 ? uni_lower(x) != uni_lower(y) : ascii_lower(x) != ascii_lower(y)) return false;
    }
    *pos = p;
    return true;
  }

  void push(uint32_t kind, uint32_t a, int64_t b, int64_t c = 0) {
    sc_.stack.push_back(MatchScratch::Bt{kind, a, b, c});
  }
  void set_slot(uint32_t slot, int64_t v) {
    if (!sc_.stack.empty()) push(kSlot, slot, sc_.slots[slot]);
    sc_.slots[slot] = v;
  }
  void set_rep(uint32_t r, int64_t count, int64_t last) {
    if (!sc_.stack.empty()) push(kRep, r, sc_.rep_count[r], sc_.rep_last[r]);
    sc_.rep_count[r] = count;
    sc_.rep_last[r] = last;
  }
  void set_lastindex(int64_t v) {
    if (v == lastindex_) return;
    if (!sc_.stack.empty()) push(kLastIndex, 0, lastindex_);
    lastindex_ = v;
  }
  // MARK: raising lastmark clears the slots it skips over.
  void save(uint32_t slot, int64_t pos) {
    if (int64_t(slot) > lastmark_) {
      for (int64_t j = lastmark_ + 1; j < int64_t(slot); ++j)
        if (sc_.slots[j] != -1) set_slot(uint32_t(j), -1);
      if (!sc_.stack.empty()) push(kLastMark, 0, lastmark_);
      lastmark_ = slot;
    }
    set_slot(slot, pos);
    if (slot & 1) set_lastindex(slot / 2);
  }
  bool group_set(int64_t g, int64_t* a, int64_t* b) const {
    if (2 * g + 1 > lastmark_) return false;
    *a = sc_.slots[2 * g];
    *b = sc_.slots[2 * g + 1];
    return *a >= 0 && *b >= 0;
  }
  void undo(const MatchScratch::Bt& e) {
    switch (e.kind) {
      case kSlot: sc_.slots[e.a] = e.b; break;
      case kRep: sc_.rep_count[e.a] = e.b; sc_.rep_last[e.a] = e.c; break;
      case kLastIndex: lastindex_ = e.b; break;
      case kLastMark: lastmark_ = e.b; break;
      default: break;
    }
  }
  // Settles the capture undo records popped while failing back to a choice
  // point (CPython restores captures at each of them, whether or not it has
  // alternatives left): a normal point applies them all; a leaky one applies
  // those of slots above the restored lastmark and keeps the others for outer
  // points (pushed back when matching resumes here, oldest first).
  void settle_captures(bool leaky, bool resume) {
    auto& d = sc_.deferred;
    if (d.empty()) return;
    if (!leaky) {
      for (const auto& e : d) sc_.slots[e.a] = e.b;
      d.clear();
      return;
    }
    size_t keep = 0;
    for (size_t i = 0; i < d.size(); ++i) {
      if (int64_t(d[i].a) > lastmark_) sc_.slots[d[i].a] = d[i].b;
      else d[keep++] = d[i];
    }
    d.resize(keep);
    if (!resume) return;
    for (size_t i = keep; i-- > 0;) sc_.stack.push_back(d[i]);
    d.clear();
  }
  // Leaves an atomic group or lookaround: drops the choice points above the
  // innermost barrier and the barrier itself, keeping the undo records.
  // Returns the barrier.
  MatchScratch::Bt commit() {
    auto& st = sc_.stack;
    size_t i = st.size();
    while (i > 0 && st[i - 1].kind != kAtomic && st[i - 1].kind != kLook) --i;
    MatchScratch::Bt barrier = st[i - 1];
    size_t w = i - 1;
    if (w > 0) {
      for (size_t j = i; j < st.size(); ++j)
        if (is_undo(st[j].kind)) st[w++] = st[j];
    }
    st.resize(w);
    return barrier;
  }
  bool tick() {
    if (--budget_ > 0) return true;
    budget_ = kPollInterval;
    return poll_eval_breaker(ts_) >= 0;
  }
  // Pops the stack until a choice point resumes (1), the stack is empty (0),
  // or the eval breaker raised (-1).
  int backtrack(uint32_t* pc, int64_t* pos);

  ThreadState* ts_;
  const Program& prog_;
  const Inst* code_;
  const CharT* s_;
  int64_t end_;
  bool match_all_;
  MatchScratch& sc_;
  int64_t lastindex_ = -1;
  int64_t lastmark_ = 1;  // slots 0 and 1 (group 0) are not tracked
  int64_t budget_ = kPollInterval;
};

template <class CharT>
int Matcher<CharT>::backtrack(uint32_t* pc, int64_t* pos) {
  auto& st = sc_.stack;
  sc_.deferred.clear();
  while (!st.empty()) {
    if (!tick()) return -1;
    MatchScratch::Bt& e = st.back();
    switch (e.kind) {
      case kSlot:
        sc_.deferred.push_back(e);
        st.pop_back();
        break;
      case kChoice:
      case kChoiceLeaky: {
        *pc = e.a;
        *pos = e.b;
        bool leaky = e.kind == kChoiceLeaky;
        st.pop_back();
        settle_captures(leaky, true);
        return 1;
      }
      case kUntil: {
        uint32_t r = code_[e.a].a;
        sc_.rep_count[r] -= 1;
        sc_.rep_last[r] = e.c;
        *pc = e.a + 1;
        *pos = e.b;
        st.pop_back();
        settle_captures(false, true);
        return 1;
      }
      case kGreedy: {
        int64_t cur = e.c - 1, low = e.b;
        uint32_t rep_pc = e.a;
        const Inst& tail = code_[rep_pc + 2];
        if (tail.op == Op::Char) {
          while (cur >= low && (cur >= end_ || s_[cur] != tail.a)) --cur;
        }
        bool leaky = code_[rep_pc].mode & kLeaky;
        if (cur < low) {
          st.pop_back();
          settle_captures(leaky, false);
          break;
        }
        if (cur == low) st.pop_back();
        else e.c = cur;
        *pc = rep_pc + 2;
        *pos = cur;
        settle_captures(leaky, true);
        return 1;
      }
      case kLazy: {
        uint32_t rep_pc = e.a;
        const RepeatInfo& ri = prog_.reps[code_[rep_pc].a];
        const Inst& item = code_[rep_pc + 1];
        const Inst& tail = code_[rep_pc + 2];
        int64_t cur = e.c, start = e.b;
        bool found = false;
        // Take one more character; when the tail starts with a literal, keep
        // going until it can match.
        while ((ri.max == kMaxRepeat || cur - start < int64_t(ri.max)) && cur < end_ &&
               test(item, s_[cur])) {
          ++cur;
          if (tail.op != Op::Char || (cur < end_ && s_[cur] == tail.a)) {
            found = true;
            break;
          }
        }
        bool leaky = code_[rep_pc].mode & kLeaky;
        if (!found) {
          st.pop_back();
          settle_captures(leaky, false);
          break;
        }
        if (ri.max != kMaxRepeat && cur - start >= int64_t(ri.max)) st.pop_back();
        else e.c = cur;
        *pc = rep_pc + 2;
        *pos = cur;
        settle_captures(leaky, true);
        return 1;
      }
      case kAtomic:
        st.pop_back();
        break;
      case kRestore:
        st.pop_back();
        settle_captures(false, false);
        break;
      case kLook: {
        const Inst& look = code_[e.a];
        int64_t saved = e.b;
        st.pop_back();
        if (look.mode & 1) {  // negative lookaround: its body failed, so it succeeds
          *pc = look.b;
          *pos = saved;
          settle_captures(look.mode & kLeaky, true);
          return 1;
        }
        break;
      }
      default:
        undo(e);
        st.pop_back();
        break;
    }
  }
  return 0;
}

template <class CharT>
int Matcher<CharT>::attempt(int64_t start, bool must_advance, MatchResult* result) {
  sc_.stack.clear();
  std::fill(sc_.slots.begin(), sc_.slots.end(), -1);
  lastindex_ = -1;
  lastmark_ = 1;
  uint32_t pc = 0;
  int64_t pos = start;
  for (;;) {
    if (!tick()) return -1;
    const Inst& in = code_[pc];
    switch (in.op) {
      case Op::Char: case Op::NotChar: case Op::CharFold: case Op::NotCharFold:
      case Op::CharLoc: case Op::NotCharLoc: case Op::Any: case Op::AnyAll: case Op::Set:
        if (pos < end_ && test(in, s_[pos])) {
          ++pos;
          ++pc;
          continue;
        }
        goto fail;
      case Op::At:
        if (!at(AtKind(in.a), pos)) goto fail;
        ++pc;
        continue;
      case Op::Split:
        push((in.mode & kLeaky) ? kChoiceLeaky : kChoice, in.b, pos);
        pc = in.a;
        continue;
      case Op::Jmp:
        pc = in.a;
        continue;
      case Op::RestorePoint:
        push(kRestore, pc, pos);
        ++pc;
        continue;
      case Op::Save:
        save(in.a, pos);
        ++pc;
        continue;
      case Op::RepeatInit:
        set_rep(in.a, 0, -1);
        pc = in.b;
        continue;
      case Op::RepeatUntil: {
        const RepeatInfo& ri = prog_.reps[in.a];
        int64_t count = sc_.rep_count[in.a];
        if (count < int64_t(ri.min)) {
          set_rep(in.a, count + 1, sc_.rep_last[in.a]);
          pc = in.b;
          continue;
        }
        bool more = (ri.max == kMaxRepeat || count < int64_t(ri.max)) && pos != sc_.rep_last[in.a];
        if (RepeatKind(in.mode & 3) == RepeatKind::Lazy) {
          if (more) push((in.mode & kLeaky) ? kChoiceLeaky : kChoice, pc + 1, pos);
          else if (!(in.mode & kLeaky)) push(kRestore, pc, pos);
          pc += 2;
        } else if (more) {
          push(kUntil, pc, pos, sc_.rep_last[in.a]);
          sc_.rep_count[in.a] = count + 1;
          sc_.rep_last[in.a] = pos;
          pc = in.b;
        } else {
          ++pc;
        }
        continue;
      }
      case Op::RepeatLazyIter:
        set_rep(in.a, sc_.rep_count[in.a] + 1, pos);
        pc = in.b;
        continue;
      case Op::SimpleRepeat: {
        const RepeatInfo& ri = prog_.reps[in.a];
        int64_t avail = end_ - pos;
        if (int64_t(ri.min) > avail) goto fail;
        const Inst& item = code_[pc + 1];
        if (RepeatKind(in.mode & 3) == RepeatKind::Lazy) {
          if (count_run(item, pos, ri.min) < int64_t(ri.min)) goto fail;
          if (ri.max > ri.min) push(kLazy, pc, pos, pos + ri.min);
          else if (!(in.mode & kLeaky)) push(kRestore, pc, pos);
          pos += ri.min;
        } else {
          int64_t limit = ri.max == kMaxRepeat ? avail : std::min<int64_t>(ri.max, avail);
          int64_t n = count_run(item, pos, limit);
          budget_ -= n >> 4;
          if (n < int64_t(ri.min)) goto fail;
          if (RepeatKind(in.mode & 3) == RepeatKind::Greedy) {
            if (n > int64_t(ri.min)) push(kGreedy, pc, pos + ri.min, pos + n);
            else if (!(in.mode & kLeaky)) push(kRestore, pc, pos);
          }
          pos += n;
        }
        pc += 2;
        continue;
      }
      case Op::AtomicStart:
        push(kAtomic, pc, pos);
        ++pc;
        continue;
      case Op::AtomicEnd:
        commit();
        ++pc;
        continue;
      case Op::LookStart:
        if (pos < int64_t(in.a)) {
          if (in.mode & 1) {
            pc = in.b;
            continue;
          }
          goto fail;
        }
        push(kLook, pc, pos);
        pos -= in.a;
        ++pc;
        continue;
      case Op::LookEnd: {
        int64_t saved = commit().b;
        if (in.mode & 1) goto fail;  // negative lookaround whose body matched
        pos = saved;
        ++pc;
        continue;
      }
      case Op::GroupRef:
        if (!groupref(in.a, in.mode, &pos)) goto fail;
        ++pc;
        continue;
      case Op::GroupExists: {
        int64_t g = in.a, a, b;
        bool set = g <= prog_.groups && group_set(g, &a, &b) && b >= a;
        pc = set ? pc + 1 : in.b;
        continue;
      }
      case Op::Match: {
        if ((match_all_ && pos != end_) || (must_advance && pos == start)) goto fail;
        result->spans.assign(size_t(2 * (prog_.groups + 1)), -1);
        result->spans[0] = start;
        result->spans[1] = pos;
        result->bad_span = false;
        for (int64_t g = 1; g <= prog_.groups; ++g) {
          int64_t a, b;
          if (!group_set(g, &a, &b)) continue;
          if (a > b) {
            result->bad_span = true;
            continue;
          }
          result->spans[2 * g] = a;
          result->spans[2 * g + 1] = b;
        }
        result->lastindex = lastindex_;
        return 1;
      }
    }
  fail:
    int r = backtrack(&pc, &pos);
    if (r <= 0) return r;
  }
}

template <class CharT>
int run_typed(ThreadState* ts, const Program& prog, const MatchRequest& req, MatchScratch& scratch,
              MatchResult* result) {
  Matcher<CharT> m(ts, prog, req, scratch);
  if (!req.search) return m.attempt(req.start, req.must_advance, result);
  if (req.start > req.end) return 0;
  for (int64_t s = req.start; s <= req.end; ++s) {
    if (prog.has_first) {
      s = m.next_candidate(s);
      if (s < 0) return 0;
    }
    int r = m.attempt(s, req.must_advance && s == req.start, result);
    if (r != 0) return r;
    if (prog.anchored) return 0;
    if ((s & 0xFFF) == 0 && poll_eval_breaker(ts) < 0) return -1;
  }
  return 0;
}

}  // namespace

int run_match(ThreadState* ts, const Program& prog, const MatchRequest& req, MatchScratch& scratch,
              MatchResult* result) {
  try {
    switch (req.text.width) {
      case 1: return run_typed<uint8_t>(ts, prog, req, scratch, result);
      case 2: return run_typed<uint16_t>(ts, prog, req, scratch, result);
      default: return run_typed<uint32_t>(ts, prog, req, scratch, result);
    }
  } catch (const std::bad_alloc&) {
    scratch.stack.release();
    set_no_memory(ts);
    return -1;
  }
}

}  // namespace rx
}  // namespace weft

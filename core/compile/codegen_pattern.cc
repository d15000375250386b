// Code generation for `match` statements. Captured values are kept on the
// stack (below any items a sub-pattern still needs) and bound to their names
// only once the whole pattern has matched, as CPython 3.11 does; a failed
// pattern jumps to a "fail_pop" label that pops exactly what it pushed.
#include <algorithm>

#include "core/compile/codegen.h"
#include "core/runtime/abstract.h"

namespace weft::compiler {

namespace {

using ast::ExprContext;
using ast::PatternKind;

bool is_wildcard(const ast::Pattern* p) {
  auto* as = ast::as<ast::MatchAs>(p);
  return as && !as->pattern && as->name.empty();
}
bool is_wildcard_star(const ast::Pattern* p) {
  auto* s = ast::as<ast::MatchStar>(p);
  return s && s->name.empty();
}

std::string quoted(const std::string& name) { return "'" + name + "'"; }

class PatternCompiler {
 public:
  explicit PatternCompiler(Compiler* c) : c_(c) {}

  struct Ctx {
    std::vector<std::string> stores;  // names captured so far, in capture order
    bool allow_irrefutable = false;
    std::vector<Label> fail_pop;      // fail_pop[i] pops i items, then fails
    int on_top = 0;                   // items above the captures that must stay on top
  };

  bool match(const ast::Match* s);

 private:
  Compiler* c_;

  void ensure_fail_pop(Ctx& pc, size_t n) {
    while (pc.fail_pop.size() < n + 1) pc.fail_pop.push_back(c_->new_label());
  }
  void jump_to_fail_pop(Ctx& pc, Opcode op) {
    size_t pops = pc.on_top + pc.stores.size();
    ensure_fail_pop(pc, pops);
    c_->emit_jump(op, pc.fail_pop[pops]);
  }
  void emit_and_reset_fail_pop(Ctx& pc) {
    if (pc.fail_pop.empty()) return;
    for (size_t i = pc.fail_pop.size() - 1; i > 0; i--) {
      c_->bind(pc.fail_pop[i]);
      c_->emit(POP_TOP);
    }
    c_->bind(pc.fail_pop[0]);
    pc.fail_pop.clear();
  }
  void rotate(int count) {
    while (count > 1) c_->emit(SWAP, count--);
  }
  bool duplicate_store(const std::string& name) {
    return c_->error("multiple assignments to name " + quoted(name) + " in pattern");
  }
  bool store_name(const std::string& name, Ctx& pc) {
    if (name.empty()) {
      c_->emit(POP_TOP);
      return true;
    }
    if (!c_->check_forbidden(name, ExprContext::Store)) return false;
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
      return duplicate_store(name);
    rotate(pc.on_top + static_cast<int>(pc.stores.size()) + 1);
    pc.stores.push_back(name);
    return true;
  }

  bool pattern(const ast::Pattern* p, Ctx& pc);
  bool subpattern(const ast::Pattern* p, Ctx& pc) {
    bool saved = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    bool ok = pattern(p, pc);
    pc.allow_irrefutable = saved;
    return ok;
  }
  bool value(const ast::MatchValue* p, Ctx& pc);
  bool singleton(const ast::MatchSingleton* p, Ctx& pc);
  bool sequence(const ast::MatchSequence* p, Ctx& pc);
  bool mapping(const ast::MatchMapping* p, Ctx& pc);
  bool class_(const ast::MatchClass* p, Ctx& pc);
  bool as(const ast::MatchAs* p, Ctx& pc);
  bool or_(const ast::MatchOr* p, Ctx& pc);
  bool unpack(const std::vector<ast::Pattern*>& elts);
  bool sequence_unpack(const std::vector<ast::Pattern*>& patterns, Ctx& pc);
  bool sequence_subscr(const std::vector<ast::Pattern*>& patterns, size_t star, Ctx& pc);
};

bool PatternCompiler::match(const ast::Match* s) {
  if (!c_->visit_expr(s->subject)) return false;
  Label end = c_->new_label();
  size_t cases = s->cases.size();
  const ast::match_case* last = s->cases[cases - 1];
  bool has_default = is_wildcard(last->pattern) && cases > 1;
  size_t n = cases - (has_default ? 1 : 0);
  for (size_t i = 0; i < n; i++) {
    const ast::match_case* m = s->cases[i];
    LocScope loc(c_, *m->pattern);
    bool copy_subject = i != n - 1;
    if (copy_subject) c_->emit(COPY, 1);
    Ctx pc;
    pc.allow_irrefutable = m->guard != nullptr || i == cases - 1;
    if (!pattern(m->pattern, pc)) return false;
    // Matched: bind the captured names.
    for (const std::string& name : pc.stores)
      if (!c_->nameop(name, ExprContext::Store)) return false;
    if (m->guard) {
      ensure_fail_pop(pc, 0);
      if (!c_->jump_if(m->guard, pc.fail_pop[0], false)) return false;
    }
    if (copy_subject) c_->emit(POP_TOP);
    if (!c_->visit_stmts(m->body)) return false;
    c_->emit_jump(JUMP, end);
    emit_and_reset_fail_pop(pc);
  }
  if (has_default) {
    LocScope loc(c_, *last->pattern);
    if (cases == 1) c_->emit(POP_TOP);
    if (last->guard && !c_->jump_if(last->guard, end, false)) return false;
    if (!c_->visit_stmts(last->body)) return false;
  }
  c_->bind(end);
  return true;
}

bool PatternCompiler::pattern(const ast::Pattern* p, Ctx& pc) {
  if (check_native_stack(c_->ts_, " during compilation")) return false;
  LocScope loc(c_, *p);
  switch (p->kind) {
    case PatternKind::MatchValue: return value(ast::cast<ast::MatchValue>(p), pc);
    case PatternKind::MatchSingleton: return singleton(ast::cast<ast::MatchSingleton>(p), pc);
    case PatternKind::MatchSequence: return sequence(ast::cast<ast::MatchSequence>(p), pc);
    case PatternKind::MatchMapping: return mapping(ast::cast<ast::MatchMapping>(p), pc);
    case PatternKind::MatchClass: return class_(ast::cast<ast::MatchClass>(p), pc);
    case PatternKind::MatchStar: return store_name(ast::cast<ast::MatchStar>(p)->name, pc);
    case PatternKind::MatchAs: return as(ast::cast<ast::MatchAs>(p), pc);
    case PatternKind::MatchOr: return or_(ast::cast<ast::MatchOr>(p), pc);
  }
  return true;
}

bool PatternCompiler::value(const ast::MatchValue* p, Ctx& pc) {
  if (Ref k = c_->fold(p->value)) {
    LocScope loc(c_, *p->value);
    c_->load_const(std::move(k));
  } else if (p->value->kind == ast::ExprKind::Attribute) {
    if (!c_->visit_expr(p->value)) return false;
  } else {
    return c_->error("patterns may only match literals and attribute lookups");
  }
  c_->emit(COMPARE_OP, static_cast<int>(CmpOp::Eq));
  jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  return true;
}

bool PatternCompiler::singleton(const ast::MatchSingleton* p, Ctx& pc) {
  c_->load_const(make_constant(c_->ts_, p->value));
  c_->emit(IS_OP, 0);
  jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  return true;
}

bool PatternCompiler::as(const ast::MatchAs* p, Ctx& pc) {
  if (!p->pattern) {
    if (!pc.allow_irrefutable) {
      if (!p->name.empty())
        return c_->error("name capture " + quoted(p->name) +
                         " makes remaining patterns unreachable");
      return c_->error("wildcard makes remaining patterns unreachable");
    }
    return store_name(p->name, pc);
  }
  // Keep a copy to bind the name to once the sub-pattern matched.
  pc.on_top++;
  c_->emit(COPY, 1);
  if (!pattern(p->pattern, pc)) return false;
  pc.on_top--;
  return store_name(p->name, pc);
}

bool PatternCompiler::unpack(const std::vector<ast::Pattern*>& elts) {
  size_t n = elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; i++) {
    if (elts[i]->kind != PatternKind::MatchStar) continue;
    if (seen_star) return c_->error("multiple starred expressions in sequence pattern");
    if (i >= (1u << 8) || n - i - 1 >= (kMaxOparg >> 8))
      return c_->error("too many expressions in star-unpacking sequence pattern");
    c_->emit(UNPACK_EX, static_cast<int>(i + ((n - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) c_->emit(UNPACK_SEQUENCE, static_cast<int>(n));
  return true;
}

bool PatternCompiler::sequence_unpack(const std::vector<ast::Pattern*>& patterns, Ctx& pc) {
  if (!unpack(patterns)) return false;
  // The items are new subjects; each stays on the stack until its turn.
  pc.on_top += static_cast<int>(patterns.size());
  for (const ast::Pattern* p : patterns) {
    pc.on_top--;
    if (!subpattern(p, pc)) return false;
  }
  return true;
}

bool PatternCompiler::sequence_subscr(const std::vector<ast::Pattern*>& patterns, size_t star,
                                      Ctx& pc) {
  // The subject stays on top for indexing.
  pc.on_top++;
  size_t size = patterns.size();
  for (size_t i = 0; i < size; i++) {
    const ast::Pattern* p = patterns[i];
    if (is_wildcard(p) || i == star) continue;
    c_->emit(COPY, 1);
    if (i < star) {
      c_->load_const(Ref::small_int(static_cast<int64_t>(i)));
    } else {
      // Nonnegative index from the end: the subject may not support negative indexes.
      c_->emit(GET_LEN);
      c_->load_const(Ref::small_int(static_cast<int64_t>(size - i)));
      c_->emit(BINARY_OP, static_cast<int>(BinOp::Sub));
    }
    c_->emit(BINARY_SUBSCR);
    if (!subpattern(p, pc)) return false;
  }
  pc.on_top--;
  c_->emit(POP_TOP);
  return true;
}

bool PatternCompiler::sequence(const ast::MatchSequence* p, Ctx& pc) {
  const auto& patterns = p->patterns;
  size_t size = patterns.size();
  size_t star = static_cast<size_t>(-1);
  bool only_wildcard = true, star_wildcard = false;
  for (size_t i = 0; i < size; i++) {
    const ast::Pattern* x = patterns[i];
    if (x->kind == PatternKind::MatchStar) {
      if (star != static_cast<size_t>(-1))
        return c_->error("multiple starred names in sequence pattern");
      star_wildcard = is_wildcard_star(x);
      only_wildcard &= star_wildcard;
      star = i;
      continue;
    }
    only_wildcard &= is_wildcard(x);
  }
  pc.on_top++;
  c_->emit(MATCH_SEQUENCE);
  jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  if (star == static_cast<size_t>(-1)) {
    c_->emit(GET_LEN);
    c_->load_const(Ref::small_int(static_cast<int64_t>(size)));
    c_->emit(COMPARE_OP, static_cast<int>(CmpOp::Eq));
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  } else if (size - 1 != 0) {
    c_->emit(GET_LEN);
    c_->load_const(Ref::small_int(static_cast<int64_t>(size - 1)));
    c_->emit(COMPARE_OP, static_cast<int>(CmpOp::Ge));
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  }
  pc.on_top--;
  if (only_wildcard) {
    c_->emit(POP_TOP);
    return true;
  }
  if (star_wildcard) return sequence_subscr(patterns, star, pc);
  return sequence_unpack(patterns, pc);
}

bool PatternCompiler::mapping(const ast::MatchMapping* p, Ctx& pc) {
  const auto& keys = p->keys;
  const auto& patterns = p->patterns;
  size_t size = keys.size();
  if (size != patterns.size()) return c_->error("keys / patterns length mismatch in mapping pattern");
  bool has_rest = !p->rest.empty();
  pc.on_top++;
  c_->emit(MATCH_MAPPING);
  jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  if (!size && !has_rest) {
    pc.on_top--;
    c_->emit(POP_TOP);
    return true;
  }
  if (size) {
    c_->emit(GET_LEN);
    c_->load_const(Ref::small_int(static_cast<int64_t>(size)));
    c_->emit(COMPARE_OP, static_cast<int>(CmpOp::Ge));
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  }
  // Keys: literals (checked for duplicates) or attribute lookups.
  Ref seen = new_set(c_->ts_, Value());
  if (!seen) return false;
  for (size_t i = 0; i < size; i++) {
    const ast::Expr* key = keys[i];
    if (Ref k = c_->fold(key)) {
      int in_seen = set_contains(c_->ts_, seen.as<Set>(), k);
      if (in_seen < 0) return false;
      if (in_seen) {
        Ref r = repr_of(c_->ts_, k);
        if (!r) return false;
        return c_->error("mapping pattern checks duplicate key (" + std::string(str_utf8(r)) + ")");
      }
      if (set_add(c_->ts_, seen.as<Set>(), k) < 0) return false;
      LocScope loc(c_, *key);
      c_->load_const(std::move(k));
    } else if (key->kind == ast::ExprKind::Attribute) {
      if (!c_->visit_expr(key)) return false;
    } else {
      return c_->error("mapping pattern keys may only match literals and attribute lookups");
    }
  }
  c_->emit(BUILD_TUPLE, static_cast<int>(size));
  c_->emit(MATCH_KEYS);
  // [subject, keys, values_or_None]
  pc.on_top += 2;
  c_->emit(COPY, 1);
  c_->load_none();
  c_->emit(IS_OP, 1);
  jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  c_->emit(UNPACK_SEQUENCE, static_cast<int>(size));
  pc.on_top += static_cast<int>(size) - 1;
  for (size_t i = 0; i < size; i++) {
    pc.on_top--;
    if (!subpattern(patterns[i], pc)) return false;
  }
  // [subject, keys]
  if (has_rest) {
    c_->emit(COPY_DICT_WITHOUT_KEYS);  // [subject, rest]
    pc.on_top--;
    if (!store_name(p->rest, pc)) return false;
  } else {
    pc.on_top--;
    c_->emit(POP_TOP);
  }
  pc.on_top--;
  c_->emit(POP_TOP);
  return true;
}

bool PatternCompiler::class_(const ast::MatchClass* p, Ctx& pc) {
  size_t nargs = p->patterns.size();
  size_t nattrs = p->kwd_attrs.size();
  if (nattrs != p->kwd_patterns.size())
    return c_->error("kwd_attrs / kwd_patterns length mismatch in class pattern");
  for (size_t i = 0; i < nattrs; i++) {
    const std::string& attr = p->kwd_attrs[i];
    {
      LocScope loc(c_, *p->kwd_patterns[i]);
      if (!c_->check_forbidden(attr, ExprContext::Store)) return false;
    }
    for (size_t j = i + 1; j < nattrs; j++) {
      if (p->kwd_attrs[j] == attr) {
        LocScope loc(c_, *p->kwd_patterns[j]);
        return c_->error("attribute name repeated in class pattern: " + attr);
      }
    }
  }
  if (!c_->visit_expr(p->cls)) return false;
  Ref names = c_->str_tuple(p->kwd_attrs);
  if (!names) return false;
  c_->load_const(std::move(names));
  c_->emit(MATCH_CLASS, static_cast<int>(nargs));
  c_->emit(COPY, 1);
  c_->load_none();
  c_->emit(IS_OP, 1);
  // TOS is a tuple of nargs + nattrs attributes (or None).
  pc.on_top++;
  jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  c_->emit(UNPACK_SEQUENCE, static_cast<int>(nargs + nattrs));
  pc.on_top += static_cast<int>(nargs + nattrs) - 1;
  for (size_t i = 0; i < nargs + nattrs; i++) {
    pc.on_top--;
    const ast::Pattern* sub = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
    if (is_wildcard(sub)) {
      c_->emit(POP_TOP);
      continue;
    }
    if (!subpattern(sub, pc)) return false;
  }
  return true;
}

bool PatternCompiler::or_(const ast::MatchOr* p, Ctx& pc) {
  Label end = c_->new_label();
  size_t size = p->patterns.size();
  Ctx old = pc;
  std::vector<std::string> control;
  bool have_control = false;
  for (size_t i = 0; i < size; i++) {
    const ast::Pattern* alt = p->patterns[i];
    LocScope loc(c_, *alt);
    pc.stores.clear();
    pc.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
    pc.fail_pop.clear();
    pc.on_top = 0;
    c_->emit(COPY, 1);
    if (!pattern(alt, pc)) return false;
    size_t nstores = pc.stores.size();
    if (!have_control) {
      control = pc.stores;
      have_control = true;
    } else if (nstores != control.size()) {
      return c_->error("alternative patterns bind different names");
    } else if (nstores) {
      // Reorder this alternative's captures to the order of the first one.
      for (size_t icontrol = nstores; icontrol-- > 0;) {
        const std::string& name = control[icontrol];
        auto it = std::find(pc.stores.begin(), pc.stores.end(), name);
        if (it == pc.stores.end()) return c_->error("alternative patterns bind different names");
        size_t istores = it - pc.stores.begin();
        if (icontrol != istores) {
          size_t rotations = istores + 1;
          std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + rotations);
          pc.stores.erase(pc.stores.begin(), pc.stores.begin() + rotations);
          pc.stores.insert(pc.stores.begin() + (icontrol - istores), rotated.begin(),
                           rotated.end());
          while (rotations--) rotate(static_cast<int>(icontrol) + 1);
        }
      }
    }
    c_->emit_jump(JUMP, end);
    emit_and_reset_fail_pop(pc);
  }
  std::vector<Label> alt_fail_pop;  // all alternatives emitted their own fail_pops
  pc = old;
  // No alternative matched: pop the remaining copy of the subject and fail.
  c_->emit(POP_TOP);
  jump_to_fail_pop(pc, JUMP);
  c_->bind(end);
  size_t nstores = control.size();
  int nrots = static_cast<int>(nstores + 1 + pc.on_top + pc.stores.size());
  for (size_t i = 0; i < nstores; i++) {
    rotate(nrots);
    const std::string& name = control[i];
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
      return duplicate_store(name);
    pc.stores.push_back(name);
  }
  // Pop the copy of the subject.
  c_->emit(POP_TOP);
  return true;
}

}  // namespace

bool Compiler::match_(const ast::Match* s) {
  PatternCompiler pc(this);
  return pc.match(s);
}

}  // namespace weft::compiler

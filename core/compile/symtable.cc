// Symbol table construction (one walk over the AST collecting definitions and
// uses per block) and analysis (resolving every name to local/global/free/cell),
// following CPython 3.11's rules and error messages.
#include "core/compile/symtable.h"

#include <algorithm>
#include <unordered_set>

namespace weft::compiler {

using namespace ast;

std::string mangle(std::string_view priv, bool has_private, const std::string& name) {
  if (!has_private || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  // Dunder names (`__x__`) and dotted module names are left alone.
  if (name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
  if (name.find('.') != std::string::npos) return name;
  size_t skip = 0;
  while (skip < priv.size() && priv[skip] == '_') skip++;
  if (skip == priv.size()) return name;
  std::string out = "_";
  out.append(priv.substr(skip));
  out += name;
  return out;
}

namespace {

SymLocation loc_of(const Located& n) {
  return SymLocation{n.lineno, n.col_offset, n.end_lineno, n.end_col_offset};
}

constexpr int kMaxDepth = 2500;

}  // namespace

// The definition-collecting walk.
class SymbolVisitor {
 public:
  SymbolVisitor(SymTable* table, bool future_annotations)
      : t_(table), future_annotations_(future_annotations) {}

  bool run(const Module& mod) {
    Scope* top = t_->new_scope(BlockType::Module, "top", &mod, SymLocation{});
    t_->top_ = top;
    global_ = top;
    stack_.push_back(top);
    cur_ = top;
    for (const Stmt* s : mod.body)
      if (!stmt(s)) return false;
    return true;
  }

 private:
  SymTable* t_;
  bool future_annotations_;
  Scope* global_ = nullptr;
  Scope* cur_ = nullptr;
  std::vector<Scope*> stack_;
  std::string private_;
  bool has_private_ = false;
  int depth_ = 0;

  struct DepthGuard {
    int& d;
    explicit DepthGuard(int& depth) : d(depth) { ++d; }
    ~DepthGuard() { --d; }
  };

  bool fail(std::string msg, SymLocation loc) {
    t_->error_msg = std::move(msg);
    t_->error_loc = loc;
    return false;
  }
  bool too_deep() {
    return fail("too many nested blocks or expressions", t_->error_loc);
  }

  void enter(BlockType type, std::string name, const void* node, SymLocation loc) {
    Scope* s = t_->new_scope(type, std::move(name), node, loc);
    if (cur_->nested || cur_->type == BlockType::Function) s->nested = true;
    cur_->children.push_back(s);
    stack_.push_back(s);
    cur_ = s;
  }
  void leave() {
    stack_.pop_back();
    cur_ = stack_.back();
  }

  bool add_def(const std::string& name, uint32_t flag, SymLocation loc) {
    return add_def_in(cur_, name, flag, loc);
  }

  bool add_def_in(Scope* s, const std::string& name, uint32_t flag, SymLocation loc) {
    std::string mangled = mangle(private_, has_private_, name);
    uint32_t val = flag;
    auto it = s->symbol_index.find(mangled);
    if (it != s->symbol_index.end()) {
      uint32_t old = s->symbols[it->second].second;
      if ((flag & kDefParam) && (old & kDefParam))
        return fail("duplicate argument '" + name + "' in function definition", loc);
      val |= old;
    }
    if (s->comp_iter_target) {
      if (val & (kDefGlobal | kDefNonlocal))
        return fail("comprehension inner loop cannot rebind assignment expression target '" +
                        name + "'",
                    loc);
      val |= kDefCompIter;
    }
    if (it != s->symbol_index.end()) {
      s->symbols[it->second].second = val;
    } else {
      s->symbol_index.emplace(mangled, s->symbols.size());
      s->symbols.emplace_back(mangled, val);
    }
    if (flag & kDefParam) {
      s->varnames.push_back(mangled);
    } else if (flag & kDefGlobal) {
      // Record the global declaration on the module's own entry too.
      auto g = global_->symbol_index.find(mangled);
      if (g != global_->symbol_index.end()) {
        global_->symbols[g->second].second |= flag;
      } else {
        global_->symbol_index.emplace(mangled, global_->symbols.size());
        global_->symbols.emplace_back(mangled, flag);
      }
    }
    return true;
  }

  uint32_t lookup(const std::string& name) {
    return cur_->flags_of(mangle(private_, has_private_, name));
  }

  bool stmts(const std::vector<Stmt*>& body) {
    for (const Stmt* s : body)
      if (!stmt(s)) return false;
    return true;
  }
  bool exprs(const std::vector<Expr*>& v) {
    for (const Expr* e : v)
      if (e && !expr(e)) return false;
    return true;
  }

  bool params(const std::vector<arg*>& args) {
    for (const arg* a : args)
      if (!add_def(a->arg, kDefParam, loc_of(*a))) return false;
    return true;
  }

  bool arguments_(const ast::arguments* a) {
    if (!params(a->posonlyargs) || !params(a->args) || !params(a->kwonlyargs)) return false;
    if (a->vararg) {
      if (!add_def(a->vararg->arg, kDefParam, loc_of(*a->vararg))) return false;
      cur_->varargs = true;
    }
    if (a->kwarg) {
      if (!add_def(a->kwarg->arg, kDefParam, loc_of(*a->kwarg))) return false;
      cur_->varkeywords = true;
    }
    return true;
  }

  bool annotation(const Expr* ann) {
    if (future_annotations_) enter(BlockType::Annotation, "_annotation", ann, loc_of(*ann));
    bool ok = expr(ann);
    if (future_annotations_) leave();
    return ok;
  }

  bool arg_annotations(const std::vector<arg*>& args) {
    for (const arg* a : args)
      if (a->annotation && !expr(a->annotation)) return false;
    return true;
  }

  bool annotations(const Stmt* owner, const ast::arguments* a, const Expr* returns) {
    if (future_annotations_) enter(BlockType::Annotation, "_annotation", a, loc_of(*owner));
    bool ok = arg_annotations(a->posonlyargs) && arg_annotations(a->args) &&
              (!a->vararg || !a->vararg->annotation || expr(a->vararg->annotation)) &&
              (!a->kwarg || !a->kwarg->annotation || expr(a->kwarg->annotation)) &&
              arg_annotations(a->kwonlyargs);
    if (future_annotations_) leave();
    if (!ok) return false;
    return !returns || annotation(returns);
  }

  template <class F>
  bool funcdef(const F* f, bool is_async) {
    if (!add_def(f->name, kDefLocal, loc_of(*f))) return false;
    if (!exprs(f->args->defaults) || !exprs(f->args->kw_defaults)) return false;
    if (!annotations(f, f->args, f->returns)) return false;
    if (!exprs(f->decorator_list)) return false;
    enter(BlockType::Function, f->name, f, loc_of(*f));
    if (is_async) cur_->coroutine = true;
    if (!arguments_(f->args) || !stmts(f->body)) return false;
    leave();
    return true;
  }

  bool classdef(const ClassDef* c) {
    if (!add_def(c->name, kDefLocal, loc_of(*c))) return false;
    if (!exprs(c->bases)) return false;
    for (const keyword* k : c->keywords)
      if (!expr(k->value)) return false;
    if (!exprs(c->decorator_list)) return false;
    enter(BlockType::Class, c->name, c, loc_of(*c));
    std::string saved = private_;
    bool saved_has = has_private_;
    private_ = c->name;
    has_private_ = true;
    bool ok = stmts(c->body);
    private_ = saved;
    has_private_ = saved_has;
    if (!ok) return false;
    leave();
    return true;
  }

  bool declaration(const Stmt* s, const std::vector<std::string>& names, bool is_global) {
    for (const std::string& name : names) {
      uint32_t cur = lookup(name);
      if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        const char* what = is_global ? "global" : "nonlocal";
        std::string msg;
        if (cur & kDefParam)
          msg = "name '" + name + "' is parameter and " + what;
        else if (cur & kUse)
          msg = "name '" + name + "' is used prior to " + what + " declaration";
        else if (cur & kDefAnnot)
          msg = "annotated name '" + name + "' can't be " + what;
        else
          msg = "name '" + name + "' is assigned to before " + what + " declaration";
        return fail(msg, loc_of(*s));
      }
      if (!add_def(name, is_global ? kDefGlobal : kDefNonlocal, loc_of(*s))) return false;
      cur_->directives.emplace_back(mangle(private_, has_private_, name), loc_of(*s));
    }
    return true;
  }

  bool alias_(const alias* a) {
    const std::string& name = a->asname.empty() ? a->name : a->asname;
    if (name == "*") {
      if (cur_->type != BlockType::Module)
        return fail("import * only allowed at module level", loc_of(*a));
      return true;
    }
    size_t dot = name.find('.');
    return add_def(dot == std::string::npos ? name : name.substr(0, dot), kDefImport, loc_of(*a));
  }

  bool stmt(const Stmt* s) {
    DepthGuard g(depth_);
    if (depth_ > kMaxDepth) return too_deep();
    switch (s->kind) {
      case StmtKind::FunctionDef: return funcdef(cast<FunctionDef>(s), false);
      case StmtKind::AsyncFunctionDef: return funcdef(cast<AsyncFunctionDef>(s), true);
      case StmtKind::ClassDef: return classdef(cast<ClassDef>(s));
      case StmtKind::Return: {
        auto* r = cast<Return>(s);
        return !r->value || expr(r->value);
      }
      case StmtKind::Delete: return exprs(cast<Delete>(s)->targets);
      case StmtKind::Assign: {
        auto* a = cast<Assign>(s);
        return exprs(a->targets) && expr(a->value);
      }
      case StmtKind::AugAssign: {
        auto* a = cast<AugAssign>(s);
        return expr(a->target) && expr(a->value);
      }
      case StmtKind::AnnAssign: return annassign(cast<AnnAssign>(s));
      case StmtKind::For: {
        auto* f = cast<For>(s);
        return expr(f->target) && expr(f->iter) && stmts(f->body) && stmts(f->orelse);
      }
      case StmtKind::AsyncFor: {
        auto* f = cast<AsyncFor>(s);
        return expr(f->target) && expr(f->iter) && stmts(f->body) && stmts(f->orelse);
      }
      case StmtKind::While: {
        auto* w = cast<While>(s);
        return expr(w->test) && stmts(w->body) && stmts(w->orelse);
      }
      case StmtKind::If: {
        auto* i = cast<If>(s);
        return expr(i->test) && stmts(i->body) && stmts(i->orelse);
      }
      case StmtKind::With: return with_items(cast<With>(s)->items) && stmts(cast<With>(s)->body);
      case StmtKind::AsyncWith:
        return with_items(cast<AsyncWith>(s)->items) && stmts(cast<AsyncWith>(s)->body);
      case StmtKind::Match: {
        auto* m = cast<Match>(s);
        if (!expr(m->subject)) return false;
        for (const match_case* c : m->cases) {
          if (!pattern(c->pattern)) return false;
          if (c->guard && !expr(c->guard)) return false;
          if (!stmts(c->body)) return false;
        }
        return true;
      }
      case StmtKind::Raise: {
        auto* r = cast<Raise>(s);
        return (!r->exc || expr(r->exc)) && (!r->cause || expr(r->cause));
      }
      case StmtKind::Try: return try_(cast<Try>(s));
      case StmtKind::TryStar: return try_(cast<TryStar>(s));
      case StmtKind::Assert: {
        auto* a = cast<Assert>(s);
        return expr(a->test) && (!a->msg || expr(a->msg));
      }
      case StmtKind::Import:
        for (const alias* a : cast<Import>(s)->names)
          if (!alias_(a)) return false;
        return true;
      case StmtKind::ImportFrom:
        for (const alias* a : cast<ImportFrom>(s)->names)
          if (!alias_(a)) return false;
        return true;
      case StmtKind::Global: return declaration(s, cast<Global>(s)->names, true);
      case StmtKind::Nonlocal: return declaration(s, cast<Nonlocal>(s)->names, false);
      case StmtKind::Expr: return expr(cast<ExprStmt>(s)->value);
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue: return true;
    }
    return true;
  }

  template <class T>
  bool try_(const T* t) {
    if (!stmts(t->body) || !stmts(t->orelse)) return false;
    for (const ExceptHandler* h : t->handlers) {
      if (h->type && !expr(h->type)) return false;
      if (!h->name.empty() && !add_def(h->name, kDefLocal, loc_of(*h))) return false;
      if (!stmts(h->body)) return false;
    }
    return stmts(t->finalbody);
  }

  bool with_items(const std::vector<withitem*>& items) {
    for (const withitem* w : items) {
      if (!expr(w->context_expr)) return false;
      if (w->optional_vars && !expr(w->optional_vars)) return false;
    }
    return true;
  }

  bool annassign(const AnnAssign* a) {
    if (auto* name = as<Name>(a->target)) {
      uint32_t cur = lookup(name->id);
      if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != global_ && a->simple) {
        std::string msg = "annotated name '" + name->id + "' can't be " +
                          ((cur & kDefGlobal) ? "global" : "nonlocal");
        return fail(msg, loc_of(*a));
      }
      if (a->simple) {
        if (!add_def(name->id, kDefAnnot | kDefLocal, loc_of(*name))) return false;
      } else if (a->value) {
        if (!add_def(name->id, kDefLocal, loc_of(*name))) return false;
      }
    } else {
      if (!expr(a->target)) return false;
    }
    if (!annotation(a->annotation)) return false;
    return !a->value || expr(a->value);
  }

  bool pattern(const Pattern* p) {
    DepthGuard g(depth_);
    if (depth_ > kMaxDepth) return too_deep();
    switch (p->kind) {
      case PatternKind::MatchValue: return expr(cast<MatchValue>(p)->value);
      case PatternKind::MatchSingleton: return true;
      case PatternKind::MatchSequence: return patterns(cast<MatchSequence>(p)->patterns);
      case PatternKind::MatchStar: {
        auto* m = cast<MatchStar>(p);
        return m->name.empty() || add_def(m->name, kDefLocal, loc_of(*p));
      }
      case PatternKind::MatchMapping: {
        auto* m = cast<MatchMapping>(p);
        if (!exprs(m->keys) || !patterns(m->patterns)) return false;
        return m->rest.empty() || add_def(m->rest, kDefLocal, loc_of(*p));
      }
      case PatternKind::MatchClass: {
        auto* m = cast<MatchClass>(p);
        return expr(m->cls) && patterns(m->patterns) && patterns(m->kwd_patterns);
      }
      case PatternKind::MatchAs: {
        auto* m = cast<MatchAs>(p);
        if (m->pattern && !pattern(m->pattern)) return false;
        return m->name.empty() || add_def(m->name, kDefLocal, loc_of(*p));
      }
      case PatternKind::MatchOr: return patterns(cast<MatchOr>(p)->patterns);
    }
    return true;
  }
  bool patterns(const std::vector<Pattern*>& v) {
    for (const Pattern* p : v)
      if (!pattern(p)) return false;
    return true;
  }

  bool annotation_block_check(const char* what, const Expr* e) {
    if (cur_->type == BlockType::Annotation)
      return fail(std::string("'") + what + "' can not be used within an annotation", loc_of(*e));
    return true;
  }

  bool comprehension_yield_check(const Expr* e) {
    const char* what = nullptr;
    switch (cur_->comprehension) {
      case CompKind::List: what = "'yield' inside list comprehension"; break;
      case CompKind::Set: what = "'yield' inside set comprehension"; break;
      case CompKind::Dict: what = "'yield' inside dict comprehension"; break;
      case CompKind::Generator: what = "'yield' inside generator expression"; break;
      case CompKind::None: return true;
    }
    return fail(what, loc_of(*e));
  }

  // Walrus inside a comprehension binds in the nearest enclosing function
  // (or module) scope.
  bool extend_namedexpr_scope(const Name* target) {
    const std::string& name = target->id;
    for (size_t i = stack_.size(); i-- > 0;) {
      Scope* s = stack_[i];
      if (s->comprehension != CompKind::None) {
        if (s->flags_of(mangle(private_, has_private_, name)) & kDefCompIter)
          return fail("assignment expression cannot rebind comprehension iteration variable '" +
                          name + "'",
                      loc_of(*target));
        continue;
      }
      if (s->type == BlockType::Function) {
        uint32_t in_scope = s->flags_of(mangle(private_, has_private_, name));
        if (!add_def(name, (in_scope & kDefGlobal) ? kDefGlobal : kDefNonlocal, loc_of(*target)))
          return false;
        cur_->directives.emplace_back(mangle(private_, has_private_, name), loc_of(*target));
        return add_def_in(s, name, kDefLocal, loc_of(*target));
      }
      if (s->type == BlockType::Module) {
        if (!add_def(name, kDefGlobal, loc_of(*target))) return false;
        cur_->directives.emplace_back(mangle(private_, has_private_, name), loc_of(*target));
        return add_def_in(s, name, kDefGlobal, loc_of(*target));
      }
      if (s->type == BlockType::Class)
        return fail("assignment expression within a comprehension cannot be used in a class body",
                    loc_of(*target));
    }
    return true;
  }

  bool comprehension_(const comprehension* c) {
    cur_->comp_iter_target = true;
    bool ok = expr(c->target);
    cur_->comp_iter_target = false;
    if (!ok) return false;
    cur_->comp_iter_expr++;
    ok = expr(c->iter);
    cur_->comp_iter_expr--;
    if (!ok || !exprs(c->ifs)) return false;
    if (c->is_async) cur_->coroutine = true;
    return true;
  }

  bool handle_comprehension(const Expr* e, const char* scope_name, CompKind kind,
                            const std::vector<comprehension*>& gens, const Expr* elt,
                            const Expr* value) {
    bool is_generator = kind == CompKind::Generator;
    const comprehension* outermost = gens[0];
    cur_->comp_iter_expr++;
    bool ok = expr(outermost->iter);
    cur_->comp_iter_expr--;
    if (!ok) return false;
    enter(BlockType::Function, scope_name, e, loc_of(*e));
    cur_->comprehension = kind;
    if (outermost->is_async) cur_->coroutine = true;
    // The outermost iterator arrives as the implicit parameter ".0".
    if (!add_def(".0", kDefParam, loc_of(*e))) return false;
    cur_->comp_iter_target = true;
    ok = expr(outermost->target);
    cur_->comp_iter_target = false;
    if (!ok || !exprs(outermost->ifs)) return false;
    for (size_t i = 1; i < gens.size(); i++)
      if (!comprehension_(gens[i])) return false;
    if (value && !expr(value)) return false;
    if (!expr(elt)) return false;
    cur_->generator = is_generator;
    bool is_async = cur_->coroutine && !is_generator;
    leave();
    if (is_async) cur_->coroutine = true;
    return true;
  }

  bool lambda(const Lambda* l) {
    if (!exprs(l->args->defaults) || !exprs(l->args->kw_defaults)) return false;
    enter(BlockType::Function, "lambda", l, loc_of(*l));
    if (!arguments_(l->args) || !expr(l->body)) return false;
    leave();
    return true;
  }

  bool expr(const Expr* e) {
    DepthGuard g(depth_);
    if (depth_ > kMaxDepth) return too_deep();
    switch (e->kind) {
      case ExprKind::NamedExpr: {
        auto* n = cast<NamedExpr>(e);
        if (!annotation_block_check("named expression", e)) return false;
        if (cur_->comp_iter_expr > 0)
          return fail("assignment expression cannot be used in a comprehension iterable expression",
                      loc_of(*e));
        if (cur_->comprehension != CompKind::None) {
          auto* target = as<Name>(n->target);
          if (target && !extend_namedexpr_scope(target)) return false;
        }
        return expr(n->value) && expr(n->target);
      }
      case ExprKind::BoolOp: return exprs(cast<BoolOp>(e)->values);
      case ExprKind::BinOp: return expr(cast<BinOp>(e)->left) && expr(cast<BinOp>(e)->right);
      case ExprKind::UnaryOp: return expr(cast<UnaryOp>(e)->operand);
      case ExprKind::Lambda: return lambda(cast<Lambda>(e));
      case ExprKind::IfExp: {
        auto* i = cast<IfExp>(e);
        return expr(i->test) && expr(i->body) && expr(i->orelse);
      }
      case ExprKind::Dict: return exprs(cast<Dict>(e)->keys) && exprs(cast<Dict>(e)->values);
      case ExprKind::Set: return exprs(cast<Set>(e)->elts);
      case ExprKind::GeneratorExp: {
        auto* c = cast<GeneratorExp>(e);
        return handle_comprehension(e, "genexpr", CompKind::Generator, c->generators, c->elt,
                                    nullptr);
      }
      case ExprKind::ListComp: {
        auto* c = cast<ListComp>(e);
        return handle_comprehension(e, "listcomp", CompKind::List, c->generators, c->elt, nullptr);
      }
      case ExprKind::SetComp: {
        auto* c = cast<SetComp>(e);
        return handle_comprehension(e, "setcomp", CompKind::Set, c->generators, c->elt, nullptr);
      }
      case ExprKind::DictComp: {
        auto* c = cast<DictComp>(e);
        return handle_comprehension(e, "dictcomp", CompKind::Dict, c->generators, c->key,
                                    c->value);
      }
      case ExprKind::Yield: {
        auto* y = cast<Yield>(e);
        if (!annotation_block_check("yield expression", e)) return false;
        if (y->value && !expr(y->value)) return false;
        cur_->generator = true;
        return comprehension_yield_check(e);
      }
      case ExprKind::YieldFrom: {
        if (!annotation_block_check("yield expression", e)) return false;
        if (!expr(cast<YieldFrom>(e)->value)) return false;
        cur_->generator = true;
        return comprehension_yield_check(e);
      }
      case ExprKind::Await: {
        if (!annotation_block_check("await expression", e)) return false;
        if (!expr(cast<Await>(e)->value)) return false;
        cur_->coroutine = true;
        return true;
      }
      case ExprKind::Compare:
        return expr(cast<Compare>(e)->left) && exprs(cast<Compare>(e)->comparators);
      case ExprKind::Call: {
        auto* c = cast<Call>(e);
        if (!expr(c->func) || !exprs(c->args)) return false;
        for (const keyword* k : c->keywords)
          if (!expr(k->value)) return false;
        return true;
      }
      case ExprKind::FormattedValue: {
        auto* f = cast<FormattedValue>(e);
        return expr(f->value) && (!f->format_spec || expr(f->format_spec));
      }
      case ExprKind::JoinedStr: return exprs(cast<JoinedStr>(e)->values);
      case ExprKind::Constant: return true;
      case ExprKind::Attribute: return expr(cast<Attribute>(e)->value);
      case ExprKind::Subscript:
        return expr(cast<Subscript>(e)->value) && expr(cast<Subscript>(e)->slice);
      case ExprKind::Starred: return expr(cast<Starred>(e)->value);
      case ExprKind::Slice: {
        auto* s = cast<Slice>(e);
        return (!s->lower || expr(s->lower)) && (!s->upper || expr(s->upper)) &&
               (!s->step || expr(s->step));
      }
      case ExprKind::Name: {
        auto* n = cast<Name>(e);
        bool load = n->ctx == ExprContext::Load;
        if (!add_def(n->id, load ? kUse : kDefLocal, loc_of(*e))) return false;
        // A function mentioning `super` implicitly uses the __class__ cell.
        if (load && cur_->type == BlockType::Function && n->id == "super")
          return add_def("__class__", kUse, loc_of(*e));
        return true;
      }
      case ExprKind::List: return exprs(cast<List>(e)->elts);
      case ExprKind::Tuple: return exprs(cast<Tuple>(e)->elts);
    }
    return true;
  }
};

Scope* SymTable::new_scope(BlockType type, std::string name, const void* node, SymLocation loc) {
  scopes_.push_back(std::make_unique<Scope>());
  Scope* s = scopes_.back().get();
  s->type = type;
  s->name = std::move(name);
  s->node = node;
  s->loc = loc;
  by_node_[node] = s;
  return s;
}

// ---------------------------------------------------------------------------
// Analysis
// ---------------------------------------------------------------------------
namespace {

using NameSet = std::unordered_set<std::string>;

struct Analyzer {
  SymTable* table;
  std::string* error_msg;
  SymLocation* error_loc;

  bool error_at_directive(Scope* s, const std::string& name, std::string msg) {
    *error_msg = std::move(msg);
    for (auto& d : s->directives) {
      if (d.first == name) {
        *error_loc = d.second;
        break;
      }
    }
    return false;
  }

  bool analyze_name(Scope* s, std::unordered_map<std::string, NameScope>& scopes,
                    const std::string& name, uint32_t flags, NameSet* bound, NameSet& local,
                    NameSet& free, NameSet* global) {
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal)
        return error_at_directive(s, name, "name '" + name + "' is nonlocal and global");
      scopes[name] = NameScope::GlobalExplicit;
      global->insert(name);
      if (bound) bound->erase(name);
      return true;
    }
    if (flags & kDefNonlocal) {
      if (!bound)
        return error_at_directive(s, name, "nonlocal declaration not allowed at module level");
      if (!bound->count(name))
        return error_at_directive(s, name, "no binding for nonlocal '" + name + "' found");
      scopes[name] = NameScope::Free;
      s->has_free = true;
      free.insert(name);
      return true;
    }
    if (flags & kDefBound) {
      scopes[name] = NameScope::Local;
      local.insert(name);
      global->erase(name);
      return true;
    }
    if (bound && bound->count(name)) {
      scopes[name] = NameScope::Free;
      s->has_free = true;
      free.insert(name);
      return true;
    }
    if (global && global->count(name)) {
      scopes[name] = NameScope::GlobalImplicit;
      return true;
    }
    if (s->nested) s->has_free = true;
    scopes[name] = NameScope::GlobalImplicit;
    return true;
  }

  bool analyze_child(Scope* child, NameSet* bound, NameSet& free, NameSet& global,
                     NameSet& child_free) {
    NameSet temp_bound = bound ? *bound : NameSet{};
    NameSet temp_free = free;
    NameSet temp_global = global;
    if (!analyze_block(child, &temp_bound, temp_free, &temp_global)) return false;
    child_free.insert(temp_free.begin(), temp_free.end());
    return true;
  }

  bool analyze_block(Scope* s, NameSet* bound, NameSet& free, NameSet* global) {
    NameSet local, newglobal, newfree, newbound;
    std::unordered_map<std::string, NameScope> scopes;
    if (s->type == BlockType::Class) {
      if (global) newglobal = *global;
      if (bound) newbound = *bound;
    }
    for (auto& [name, flags] : s->symbols)
      if (!analyze_name(s, scopes, name, flags, bound, local, free, global)) return false;
    if (s->type != BlockType::Class) {
      if (s->type == BlockType::Function) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      if (global) newglobal.insert(global->begin(), global->end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (Scope* child : s->children) {
      if (!analyze_child(child, &newbound, newfree, newglobal, allfree)) return false;
      if (child->has_free || child->child_free) s->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (s->type == BlockType::Function) {
      // Locals captured by inner scopes become cells.
      for (auto& [name, sc] : scopes) {
        if (sc != NameScope::Local || !newfree.count(name)) continue;
        sc = NameScope::Cell;
        newfree.erase(name);
      }
    } else if (s->type == BlockType::Class) {
      if (newfree.erase("__class__")) s->needs_class_closure = true;
    }
    update_symbols(s, scopes, bound, newfree, s->type == BlockType::Class);
    free.insert(newfree.begin(), newfree.end());
    return true;
  }

  void update_symbols(Scope* s, std::unordered_map<std::string, NameScope>& scopes,
                      NameSet* bound, NameSet& free, bool is_class) {
    for (auto& [name, flags] : s->symbols) s->resolved[name] = scopes[name];
    // Free variables of children that pass through this block.
    std::vector<std::string> sorted(free.begin(), free.end());
    std::sort(sorted.begin(), sorted.end());
    for (const std::string& name : sorted) {
      auto it = s->symbol_index.find(name);
      if (it != s->symbol_index.end()) {
        uint32_t& flags = s->symbols[it->second].second;
        if (is_class && (flags & (kDefBound | kDefGlobal))) flags |= kDefFreeClass;
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      s->symbol_index.emplace(name, s->symbols.size());
      s->symbols.emplace_back(name, kDefFree);
      s->resolved[name] = NameScope::Free;
    }
  }
};

}  // namespace

bool SymTable::analyze() {
  Analyzer a{this, &error_msg, &error_loc};
  NameSet free, global;
  return a.analyze_block(top_, nullptr, free, &global);
}

bool SymTable::build(const ast::Module& mod, bool future_annotations) {
  SymbolVisitor v(this, future_annotations);
  if (!v.run(mod)) return false;
  return analyze();
}

}  // namespace weft::compiler

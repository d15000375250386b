// Code generation for statements: assignments, control flow, loops, with,
// try/except/finally (and except*), imports, and the frame-block unwinding
// that break/continue/return perform.
#include <functional>
#include <optional>

#include "core/compile/codegen.h"

namespace weft::compiler {

using ast::ExprContext;

namespace {

int binop_arg(ast::OperatorKind op) {
  switch (op) {
    case ast::OperatorKind::Add: return static_cast<int>(BinOp::Add);
    case ast::OperatorKind::Sub: return static_cast<int>(BinOp::Sub);
    case ast::OperatorKind::Mult: return static_cast<int>(BinOp::Mul);
    case ast::OperatorKind::MatMult: return static_cast<int>(BinOp::MatMul);
    case ast::OperatorKind::Div: return static_cast<int>(BinOp::TrueDiv);
    case ast::OperatorKind::Mod: return static_cast<int>(BinOp::Mod);
    case ast::OperatorKind::Pow: return static_cast<int>(BinOp::Pow);
    case ast::OperatorKind::LShift: return static_cast<int>(BinOp::LShift);
    case ast::OperatorKind::RShift: return static_cast<int>(BinOp::RShift);
    case ast::OperatorKind::BitOr: return static_cast<int>(BinOp::Or);
    case ast::OperatorKind::BitXor: return static_cast<int>(BinOp::Xor);
    case ast::OperatorKind::BitAnd: return static_cast<int>(BinOp::And);
    case ast::OperatorKind::FloorDiv: return static_cast<int>(BinOp::FloorDiv);
  }
  return 0;
}

// The position CPython gives the attribute part of `a.b` when it spans lines:
// it starts at the attribute name on the last line.
Position attr_position(const ast::Attribute* e, Position current) {
  if (current.line == e->end_lineno) return current;
  Position p = current;
  p.line = e->end_lineno;
  int len = static_cast<int>(e->attr.size());
  if (len <= e->end_col_offset) {
    p.col = e->end_col_offset - len;
  } else {
    p.col = -1;
    p.end_col = -1;
  }
  if (p.end_line < p.line) p.end_line = p.line;
  if (p.line == p.end_line && p.end_col < p.col) p.end_col = p.col;
  return p;
}

}  // namespace

int binop_oparg(ast::OperatorKind op) { return binop_arg(op); }
Position attribute_position(const ast::Attribute* e, Position current) {
  return attr_position(e, current);
}

bool Compiler::visit_stmts(const std::vector<ast::Stmt*>& body) {
  for (const ast::Stmt* s : body)
    if (!visit_stmt(s)) return false;
  return true;
}

bool Compiler::visit_stmt(const ast::Stmt* s) {
  if (check_native_stack(ts_, " during compilation")) return false;
  LocScope loc(this, *s);
  using K = ast::StmtKind;
  switch (s->kind) {
    case K::FunctionDef: return function_def(s, false);
    case K::AsyncFunctionDef: return function_def(s, true);
    case K::ClassDef: return class_def(ast::cast<ast::ClassDef>(s));
    case K::Return: return return_(ast::cast<ast::Return>(s));
    case K::Delete: return delete_(ast::cast<ast::Delete>(s));
    case K::Assign: return assign(ast::cast<ast::Assign>(s));
    case K::AugAssign: return aug_assign(ast::cast<ast::AugAssign>(s));
    case K::AnnAssign: return ann_assign(ast::cast<ast::AnnAssign>(s));
    case K::For: return for_(ast::cast<ast::For>(s), false);
    case K::AsyncFor: return for_(ast::cast<ast::AsyncFor>(s), true);
    case K::While: return while_(ast::cast<ast::While>(s));
    case K::If: return if_(ast::cast<ast::If>(s));
    case K::With: {
      auto* w = ast::cast<ast::With>(s);
      return with_(s, w->items, w->body, 0, false);
    }
    case K::AsyncWith: {
      auto* w = ast::cast<ast::AsyncWith>(s);
      if (u_->kind != UnitKind::AsyncFunction)
        return error("'async with' outside async function");
      return with_(s, w->items, w->body, 0, true);
    }
    case K::Match: return match_(ast::cast<ast::Match>(s));
    case K::Raise: return raise_(ast::cast<ast::Raise>(s));
    case K::Try: return try_(ast::cast<ast::Try>(s), false);
    case K::TryStar: return try_(ast::cast<ast::TryStar>(s), true);
    case K::Assert: return assert_(ast::cast<ast::Assert>(s));
    case K::Import: return import_(ast::cast<ast::Import>(s));
    case K::ImportFrom: return import_from(ast::cast<ast::ImportFrom>(s));
    case K::Global:
    case K::Nonlocal: return true;
    case K::Expr: return expr_stmt(ast::cast<ast::ExprStmt>(s));
    case K::Pass: return true;
    case K::Break: return break_(s);
    case K::Continue: return continue_(s);
  }
  return true;
}

// ---------------------------------------------------------------------------
// Assignment
// ---------------------------------------------------------------------------
bool Compiler::assign(const ast::Assign* s) {
  if (!visit_expr(s->value)) return false;
  for (size_t i = 0; i < s->targets.size(); i++) {
    if (i + 1 < s->targets.size()) emit(COPY, 1);
    if (!store_target(s->targets[i])) return false;
  }
  return true;
}

bool Compiler::store_target(const ast::Expr* e) {
  LocScope loc(this, *e);
  using K = ast::ExprKind;
  switch (e->kind) {
    case K::Name: return nameop(ast::cast<ast::Name>(e)->id, ExprContext::Store);
    case K::Attribute: {
      auto* a = ast::cast<ast::Attribute>(e);
      if (!check_forbidden(a->attr, ExprContext::Store)) return false;
      if (!visit_expr(a->value)) return false;
      LocScope aloc(this, attr_position(a, u_->loc));
      emit_name(STORE_ATTR, a->attr);
      return true;
    }
    case K::Subscript: {
      auto* sub = ast::cast<ast::Subscript>(e);
      if (!visit_expr(sub->value) || !visit_expr(sub->slice)) return false;
      emit(STORE_SUBSCR);
      return true;
    }
    case K::Starred: return error("starred assignment target must be in a list or tuple");
    case K::List: return assign_sequence(ast::cast<ast::List>(e)->elts);
    case K::Tuple: return assign_sequence(ast::cast<ast::Tuple>(e)->elts);
    default: return error("cannot assign to expression");
  }
}

bool Compiler::unpack_helper(const std::vector<ast::Expr*>& elts) {
  size_t n = elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; i++) {
    if (elts[i]->kind != ast::ExprKind::Starred) continue;
    if (seen_star) return error("multiple starred expressions in assignment");
    if (i >= (1u << 8) || n - i - 1 >= (kMaxOparg >> 8))
      return error("too many expressions in star-unpacking assignment");
    emit(UNPACK_EX, static_cast<int>(i + ((n - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) emit(UNPACK_SEQUENCE, static_cast<int>(n));
  return true;
}

bool Compiler::assign_sequence(const std::vector<ast::Expr*>& elts) {
  if (!unpack_helper(elts)) return false;
  for (const ast::Expr* elt : elts) {
    const ast::Expr* target = elt;
    if (auto* star = ast::as<ast::Starred>(elt)) target = star->value;
    if (!store_target(target)) return false;
  }
  return true;
}

bool Compiler::aug_assign(const ast::AugAssign* s) {
  const ast::Expr* e = s->target;
  using K = ast::ExprKind;
  {
    LocScope loc(this, *e);
    switch (e->kind) {
      case K::Attribute: {
        auto* a = ast::cast<ast::Attribute>(e);
        if (!visit_expr(a->value)) return false;
        emit(COPY, 1);
        LocScope aloc(this, attr_position(a, u_->loc));
        emit_name(LOAD_ATTR, a->attr);
        break;
      }
      case K::Subscript: {
        auto* sub = ast::cast<ast::Subscript>(e);
        if (!visit_expr(sub->value) || !visit_expr(sub->slice)) return false;
        emit(COPY, 2);
        emit(COPY, 2);
        emit(BINARY_SUBSCR);
        break;
      }
      case K::Name:
        if (!nameop(ast::cast<ast::Name>(e)->id, ExprContext::Load)) return false;
        break;
      default: return error("'" + std::string(ast::kind_name(e->kind)) +
                            "' is an illegal expression for augmented assignment");
    }
  }
  if (!visit_expr(s->value)) return false;
  emit(BINARY_OP, binop_arg(s->op) + 16);
  LocScope loc(this, *e);
  switch (e->kind) {
    case K::Attribute: {
      auto* a = ast::cast<ast::Attribute>(e);
      LocScope aloc(this, attr_position(a, u_->loc));
      emit(SWAP, 2);
      emit_name(STORE_ATTR, a->attr);
      return true;
    }
    case K::Subscript:
      emit(SWAP, 3);
      emit(SWAP, 2);
      emit(STORE_SUBSCR);
      return true;
    default: return nameop(ast::cast<ast::Name>(e)->id, ExprContext::Store);
  }
}

namespace {
bool in_module_or_class(const Unit* u) {
  return u->kind == UnitKind::Module || u->kind == UnitKind::Class;
}
}  // namespace

bool Compiler::ann_assign(const ast::AnnAssign* s) {
  const ast::Expr* target = s->target;
  if (s->value) {
    if (!visit_expr(s->value) || !store_target(target)) return false;
  }
  // Evaluates and discards an expression (checks that it can be evaluated).
  auto check_expr = [&](const ast::Expr* e) -> bool {
    if (!visit_expr(e)) return false;
    emit(POP_TOP);
    return true;
  };
  switch (target->kind) {
    case ast::ExprKind::Name: {
      auto* name = ast::cast<ast::Name>(target);
      if (!check_forbidden(name->id, ExprContext::Store)) return false;
      if (s->simple && in_module_or_class(u_)) {
        if (future_annotations_) {
          LocScope loc(this, *s->annotation);
          load_str(unparse_expr(ts_, s->annotation));
        } else if (!visit_expr(s->annotation)) {
          return false;
        }
        emit(LOAD_NAME, u_->names.add("__annotations__"));
        load_str(mangled(name->id));
        emit(STORE_SUBSCR);
      }
      break;
    }
    case ast::ExprKind::Attribute: {
      auto* a = ast::cast<ast::Attribute>(target);
      if (!check_forbidden(a->attr, ExprContext::Store)) return false;
      if (!s->value && !check_expr(a->value)) return false;
      break;
    }
    case ast::ExprKind::Subscript: {
      auto* sub = ast::cast<ast::Subscript>(target);
      if (!s->value) {
        if (!check_expr(sub->value)) return false;
        // The slice is checked part by part, as CPython does.
        std::function<bool(const ast::Expr*)> check_subscr = [&](const ast::Expr* x) -> bool {
          if (auto* sl = ast::as<ast::Slice>(x)) {
            for (const ast::Expr* part : {sl->lower, sl->upper, sl->step})
              if (part && !check_expr(part)) return false;
            return true;
          }
          if (auto* t = ast::as<ast::Tuple>(x)) {
            for (const ast::Expr* elt : t->elts)
              if (!check_subscr(elt)) return false;
            return true;
          }
          return check_expr(x);
        };
        if (!check_subscr(sub->slice)) return false;
      }
      break;
    }
    default: return error("invalid node type for annotated assignment");
  }
  if (!s->simple && !future_annotations_ && in_module_or_class(u_)) {
    if (!check_expr(s->annotation)) return false;
  }
  return true;
}

bool Compiler::delete_target(const ast::Expr* e) {
  LocScope loc(this, *e);
  using K = ast::ExprKind;
  switch (e->kind) {
    case K::Name: return nameop(ast::cast<ast::Name>(e)->id, ExprContext::Del);
    case K::Attribute: {
      auto* a = ast::cast<ast::Attribute>(e);
      if (!check_forbidden(a->attr, ExprContext::Del)) return false;
      if (!visit_expr(a->value)) return false;
      LocScope aloc(this, attr_position(a, u_->loc));
      emit_name(DELETE_ATTR, a->attr);
      return true;
    }
    case K::Subscript: {
      auto* sub = ast::cast<ast::Subscript>(e);
      if (!visit_expr(sub->value) || !visit_expr(sub->slice)) return false;
      emit(DELETE_SUBSCR);
      return true;
    }
    case K::List:
      for (const ast::Expr* x : ast::cast<ast::List>(e)->elts)
        if (!delete_target(x)) return false;
      return true;
    case K::Tuple:
      for (const ast::Expr* x : ast::cast<ast::Tuple>(e)->elts)
        if (!delete_target(x)) return false;
      return true;
    default: return error("cannot delete expression");
  }
}

bool Compiler::delete_(const ast::Delete* s) {
  for (const ast::Expr* t : s->targets)
    if (!delete_target(t)) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Control flow
// ---------------------------------------------------------------------------
bool Compiler::if_(const ast::If* s) {
  Label end = new_label();
  Label next = s->orelse.empty() ? end : new_label();
  if (!jump_if(s->test, next, false)) return false;
  if (!visit_stmts(s->body)) return false;
  if (!s->orelse.empty()) {
    emit_jump(JUMP, end);
    bind(next);
    if (!visit_stmts(s->orelse)) return false;
  }
  bind(end);
  return true;
}

bool Compiler::while_(const ast::While* s) {
  Label loop = new_label(), anchor = new_label(), end = new_label();
  bind(loop);
  push_fblock(FBlock{FBlockKind::WhileLoop, loop, end});
  if (!jump_if(s->test, anchor, false)) return false;
  if (!visit_stmts(s->body)) return false;
  {
    LocScope loc(this, *s);
    emit_jump(JUMP, loop);
  }
  pop_fblock();
  bind(anchor);
  if (!visit_stmts(s->orelse)) return false;
  bind(end);
  return true;
}

template <class T>
bool Compiler::for_(const T* s, bool is_async) {
  Label start = new_label(), cleanup = new_label(), end = new_label();
  if (is_async) {
    if (u_->kind != UnitKind::AsyncFunction) return error("'async for' outside async function");
    if (!visit_expr(s->iter)) return false;
    emit(GET_AITER);
    bind(start);
    push_fblock(FBlock{FBlockKind::ForLoop, start, end});
    emit_jump(SETUP_FINALLY, cleanup);
    emit(GET_ANEXT);
    yield_from_tail();
    emit(POP_BLOCK);
    if (!store_target(s->target)) return false;
    if (!visit_stmts(s->body)) return false;
    emit_jump(JUMP, start);
    pop_fblock();
    bind(cleanup);
    {
      LocScope loc(this, *s->iter);
      emit(END_ASYNC_FOR);
    }
  } else {
    push_fblock(FBlock{FBlockKind::ForLoop, start, end});
    if (!visit_expr(s->iter)) return false;
    emit(GET_ITER);
    bind(start);
    emit_jump(FOR_ITER, cleanup);
    if (!store_target(s->target)) return false;
    if (!visit_stmts(s->body)) return false;
    emit_jump(JUMP, start);
    bind(cleanup);
    pop_fblock();
  }
  if (!visit_stmts(s->orelse)) return false;
  bind(end);
  return true;
}

bool Compiler::break_(const ast::Stmt* s) {
  emit(NOP);
  FBlock loop;
  bool found = false;
  if (!unwind_fblock_stack(false, &loop, &found)) return false;
  if (!found) return error("'break' outside loop");
  if (!unwind_fblock(loop, false)) return false;
  emit_jump(JUMP, loop.exit);
  return true;
}

bool Compiler::continue_(const ast::Stmt* s) {
  FBlock loop;
  bool found = false;
  if (!unwind_fblock_stack(false, &loop, &found)) return false;
  if (!found) return error("'continue' not properly in loop");
  emit_jump(JUMP, loop.block);
  return true;
}

bool Compiler::return_(const ast::Return* s) {
  Ref folded = s->value ? fold(s->value) : nullptr;
  bool preserve = s->value && !folded;
  if (!is_function_unit()) return error("'return' outside function");
  if (s->value && u_->scope->coroutine && u_->scope->generator)
    return error("'return' with value in async generator");
  if (preserve && !visit_expr(s->value)) return false;
  // A constant value on the same line lends its position to the unwinding
  // code (and to errors raised there), as in CPython.
  if (s->value && !preserve && s->value->lineno == s->lineno) u_->loc = pos_of(*s->value);
  if (!unwind_fblock_stack(preserve, nullptr, nullptr)) return false;
  if (!s->value)
    load_none();
  else if (!preserve)
    load_const(std::move(folded));
  emit(RETURN_VALUE);
  return true;
}

bool Compiler::raise_(const ast::Raise* s) {
  int n = 0;
  if (s->exc) {
    if (!visit_expr(s->exc)) return false;
    n++;
    if (s->cause) {
      if (!visit_expr(s->cause)) return false;
      n++;
    }
  }
  emit(RAISE_VARARGS, n);
  return true;
}

// CPython 3.11's jump compiler moves the current location to each comparison
// it branches on and leaves it there, so the instructions after `assert a == b`
// (and thus the traceback carets) point at the last such comparison.
static const ast::Expr* last_branch_compare(const ast::Expr* e) {
  if (auto* c = ast::as<ast::Compare>(e)) return c;
  if (auto* u = ast::as<ast::UnaryOp>(e); u && u->op == ast::UnaryOpKind::Not)
    return last_branch_compare(u->operand);
  const ast::Expr* found = nullptr;
  auto consider = [&](const ast::Expr* part) {
    if (const ast::Expr* c = last_branch_compare(part)) found = c;
  };
  if (auto* b = ast::as<ast::BoolOp>(e)) {
    for (const ast::Expr* v : b->values) consider(v);
  } else if (auto* x = ast::as<ast::IfExp>(e)) {
    consider(x->test);
    consider(x->body);
    consider(x->orelse);
  }
  return found;
}

bool Compiler::assert_(const ast::Assert* s) {
  if (optimize_) return true;
  if (auto* t = ast::as<ast::Tuple>(s->test); t && !t->elts.empty()) {
    if (!warn("assertion is always true, perhaps remove parentheses?")) return false;
  }
  Label end = new_label();
  if (!jump_if(s->test, end, true)) return false;
  const ast::Expr* compare = last_branch_compare(s->test);
  std::optional<LocScope> loc;
  if (compare) loc.emplace(this, *compare);
  emit(LOAD_ASSERTION_ERROR);
  if (s->msg) {
    emit(PUSH_NULL);
    if (!visit_expr(s->msg)) return false;
    emit(CALL, 1);
  }
  emit(RAISE_VARARGS, 1);
  bind(end);
  return true;
}

bool Compiler::expr_stmt(const ast::ExprStmt* s) {
  if (interactive_ && u_->kind == UnitKind::Module) {
    // No PRINT_EXPR instruction: call sys.displayhook(value) directly.
    if (!visit_expr(s->value)) return false;
    load_const(Ref::small_int(0));
    load_none();
    emit(IMPORT_NAME, u_->names.add("sys"));
    emit(LOAD_ATTR, u_->names.add("displayhook"));
    emit(SWAP, 2);
    emit(PUSH_NULL);
    emit(SWAP, 2);
    emit(CALL, 1);
    emit(POP_TOP);
    return true;
  }
  if (s->value->kind == ast::ExprKind::Constant) return true;
  if (!visit_expr(s->value)) return false;
  emit(POP_TOP);
  return true;
}

// ---------------------------------------------------------------------------
// Imports
// ---------------------------------------------------------------------------
bool Compiler::import_(const ast::Import* s) {
  for (const ast::alias* a : s->names) {
    load_const(Ref::small_int(0));
    load_none();
    emit_name(IMPORT_NAME, a->name);
    size_t dot = a->name.find('.');
    if (!a->asname.empty()) {
      if (dot != std::string::npos) {
        // `import a.b.c as d` binds d to the submodule a.b.c.
        size_t pos = dot + 1;
        for (;;) {
          size_t next = a->name.find('.', pos);
          std::string attr = a->name.substr(pos, next == std::string::npos ? std::string::npos
                                                                           : next - pos);
          emit_name(IMPORT_FROM, attr);
          if (next == std::string::npos) break;
          emit(SWAP, 2);
          emit(POP_TOP);
          pos = next + 1;
        }
        if (!nameop(a->asname, ExprContext::Store)) return false;
        emit(POP_TOP);
      } else if (!nameop(a->asname, ExprContext::Store)) {
        return false;
      }
    } else {
      std::string store = dot == std::string::npos ? a->name : a->name.substr(0, dot);
      if (!nameop(store, ExprContext::Store)) return false;
    }
  }
  return true;
}

bool Compiler::import_from(const ast::ImportFrom* s) {
  load_const(Ref::small_int(s->level));
  std::vector<std::string> names;
  for (const ast::alias* a : s->names) names.push_back(a->name);
  if (s->module == "__future__" && s->lineno > future_lineno_)
    return error("from __future__ imports must occur at the beginning of the file");
  Ref fromlist = str_tuple(names);
  if (!fromlist) return false;
  load_const(std::move(fromlist));
  emit_name(IMPORT_NAME, s->module);
  for (size_t i = 0; i < s->names.size(); i++) {
    const ast::alias* a = s->names[i];
    if (i == 0 && a->name == "*") {
      emit(IMPORT_STAR);
      return true;
    }
    emit_name(IMPORT_FROM, a->name);
    if (!nameop(a->asname.empty() ? a->name : a->asname, ExprContext::Store)) return false;
  }
  emit(POP_TOP);
  return true;
}

// ---------------------------------------------------------------------------
// Frame blocks
// ---------------------------------------------------------------------------
void Compiler::call_exit_with_nones() {
  emit(PUSH_NULL);
  load_none();
  load_none();
  load_none();
  emit(CALL, 3);
}

// Handler cleanup: [.., prev_exc, exc, handled, new_exc] -> restore prev_exc
// and re-raise new_exc.
void Compiler::pop_except_and_reraise() {
  emit(SWAP, 3);
  emit(POP_TOP);
  emit(POP_TOP);
  emit(RERAISE, 1);
}

namespace {
// [.., x, v] -> [.., v] with v kept on top.
void drop_under_top(Compiler* c) {
  c->emit(SWAP, 2);
  c->emit(POP_TOP);
}
}  // namespace

bool Compiler::unwind_fblock(const FBlock& b, bool preserve_tos) {
  switch (b.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
    case FBlockKind::ExceptionGroupHandler:
    case FBlockKind::AsyncComprehensionGenerator: return true;
    case FBlockKind::ForLoop:
      if (preserve_tos) emit(SWAP, 2);
      emit(POP_TOP);
      return true;
    case FBlockKind::TryExcept: emit(POP_BLOCK); return true;
    case FBlockKind::FinallyTry: {
      emit(POP_BLOCK);
      if (preserve_tos) push_fblock(FBlock{FBlockKind::PopValue});
      bool ok = visit_stmts(*b.finalbody);
      if (preserve_tos) pop_fblock();
      return ok;
    }
    case FBlockKind::FinallyEnd:
      emit(POP_BLOCK);
      if (preserve_tos) {
        drop_under_top(this);  // exc
        emit(SWAP, 2);
      } else {
        emit(POP_TOP);
      }
      emit(POP_EXCEPT);
      return true;
    case FBlockKind::With:
    case FBlockKind::AsyncWith: {
      LocScope loc(this, *b.stmt);
      emit(POP_BLOCK);
      if (preserve_tos) {
        drop_under_top(this);  // the __enter__ result
        emit(SWAP, 2);
      } else {
        emit(POP_TOP);
      }
      call_exit_with_nones();
      if (b.kind == FBlockKind::AsyncWith) {
        emit(GET_AWAITABLE, 2);
        yield_from_tail();
      }
      emit(POP_TOP);
      return true;
    }
    case FBlockKind::HandlerCleanup:
      if (b.name) emit(POP_BLOCK);
      emit(POP_BLOCK);
      if (preserve_tos) {
        drop_under_top(this);  // exc
        emit(SWAP, 2);
      } else {
        emit(POP_TOP);
      }
      emit(POP_EXCEPT);
      if (b.name) {
        load_none();
        if (!nameop(*b.name, ExprContext::Store) || !nameop(*b.name, ExprContext::Del))
          return false;
      }
      return true;
    case FBlockKind::PopValue:
      if (preserve_tos) emit(SWAP, 2);
      emit(POP_TOP);
      return true;
  }
  return true;
}

bool Compiler::unwind_fblock_stack(bool preserve_tos, FBlock* loop, bool* found) {
  if (u_->fblocks.empty()) return true;
  FBlock top = u_->fblocks.back();
  if (top.kind == FBlockKind::ExceptionGroupHandler)
    return error("'break', 'continue' and 'return' cannot appear in an except* block");
  if (loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
    *loop = top;
    *found = true;
    return true;
  }
  u_->fblocks.pop_back();
  bool ok = unwind_fblock(top, preserve_tos) && unwind_fblock_stack(preserve_tos, loop, found);
  u_->fblocks.push_back(top);
  return ok;
}

// ---------------------------------------------------------------------------
// with
// ---------------------------------------------------------------------------
bool Compiler::with_(const ast::Stmt* s, const std::vector<ast::withitem*>& items,
                     const std::vector<ast::Stmt*>& body, size_t pos, bool is_async) {
  const ast::withitem* item = items[pos];
  Label final_ = new_label(), cleanup = new_label(), suppress = new_label(), exit = new_label();
  if (!visit_expr(item->context_expr)) return false;
  if (is_async) {
    emit(BEFORE_ASYNC_WITH);
    emit(GET_AWAITABLE, 1);
    yield_from_tail();
  } else {
    emit(BEFORE_WITH);
  }
  // [exit, enter_result]: the result stays on the stack during the block so
  // that the handler's recorded depth is valid everywhere inside it.
  emit_jump(SETUP_FINALLY, final_);
  FBlock fb{is_async ? FBlockKind::AsyncWith : FBlockKind::With};
  fb.stmt = s;
  push_fblock(fb);
  if (item->optional_vars) {
    emit(COPY, 1);
    if (!store_target(item->optional_vars)) return false;
  }
  if (pos + 1 == items.size()) {
    if (!visit_stmts(body)) return false;
  } else if (!with_(s, items, body, pos + 1, is_async)) {
    return false;
  }
  pop_fblock();
  LocScope loc(this, *s);
  emit(POP_BLOCK);
  emit(POP_TOP);
  call_exit_with_nones();
  if (is_async) {
    emit(GET_AWAITABLE, 2);
    yield_from_tail();
  }
  emit(POP_TOP);
  emit_jump(JUMP, exit);

  // Exceptional exit: [exit, result, prev_exc, exc] -> [exit, prev_exc, exc].
  bind(final_);
  emit(SWAP, 3);
  emit(POP_TOP);
  emit(SWAP, 2);
  emit_jump(SETUP_FINALLY, cleanup);
  emit(WITH_EXCEPT_START);
  if (is_async) {
    emit(GET_AWAITABLE, 2);
    yield_from_tail();
  }
  emit_jump(POP_JUMP_IF_TRUE, suppress);
  emit(POP_BLOCK);
  emit(RERAISE, 1);
  bind(suppress);
  emit(POP_BLOCK);
  emit(POP_TOP);
  emit(POP_EXCEPT);
  emit(POP_TOP);
  emit_jump(JUMP, exit);
  bind(cleanup);
  pop_except_and_reraise();
  bind(exit);
  return true;
}

// ---------------------------------------------------------------------------
// try
// ---------------------------------------------------------------------------
template <class T>
bool Compiler::try_(const T* s, bool star) {
  if (s->finalbody.empty()) return star ? try_star_except(s) : try_except(s);
  Label handler = new_label(), cleanup = new_label(), exit = new_label();
  emit_jump(SETUP_FINALLY, handler);
  FBlock fb{FBlockKind::FinallyTry};
  fb.finalbody = &s->finalbody;
  push_fblock(fb);
  if (!s->handlers.empty()) {
    if (!(star ? try_star_except(s) : try_except(s))) return false;
  } else if (!visit_stmts(s->body)) {
    return false;
  }
  emit(POP_BLOCK);
  pop_fblock();
  if (!visit_stmts(s->finalbody)) return false;
  emit_jump(JUMP, exit);
  // The finally body run for an exception: [prev_exc, exc].
  bind(handler);
  emit_jump(SETUP_FINALLY, cleanup);
  push_fblock(FBlock{FBlockKind::FinallyEnd});
  if (!visit_stmts(s->finalbody)) return false;
  pop_fblock();
  emit(POP_BLOCK);
  emit(RERAISE, 1);
  bind(cleanup);
  pop_except_and_reraise();
  bind(exit);
  return true;
}

bool Compiler::store_handler_name(const std::string& name) {
  load_none();
  return nameop(name, ExprContext::Store) && nameop(name, ExprContext::Del);
}

template <class T>
bool Compiler::try_except(const T* s) {
  Label except = new_label(), cleanup = new_label(), end = new_label();
  emit_jump(SETUP_FINALLY, except);
  push_fblock(FBlock{FBlockKind::TryExcept});
  if (!visit_stmts(s->body)) return false;
  pop_fblock();
  emit(POP_BLOCK);
  if (!visit_stmts(s->orelse)) return false;
  emit_jump(JUMP, end);

  // Handlers run with [prev_exc, exc] on the stack; exc stays there until the
  // handler finishes (the cleanup block was set up at that depth).
  bind(except);
  emit_jump(SETUP_FINALLY, cleanup);
  push_fblock(FBlock{FBlockKind::ExceptionHandler});
  size_t n = s->handlers.size();
  for (size_t i = 0; i < n; i++) {
    const ast::ExceptHandler* h = s->handlers[i];
    LocScope loc(this, *h);
    if (!h->type && i + 1 < n) return error("default 'except:' must be last");
    Label next = new_label();
    if (h->type) {
      if (!visit_expr(h->type)) return false;
      emit(CHECK_EXC_MATCH);
      emit_jump(POP_JUMP_IF_FALSE, next);
    }
    if (!h->name.empty()) {
      Label cleanup_end = new_label();
      emit(COPY, 1);
      if (!nameop(h->name, ExprContext::Store)) return false;
      emit_jump(SETUP_FINALLY, cleanup_end);
      FBlock fb{FBlockKind::HandlerCleanup};
      fb.name = &h->name;
      push_fblock(fb);
      if (!visit_stmts(h->body)) return false;
      pop_fblock();
      emit(POP_BLOCK);
      emit(POP_BLOCK);
      emit(POP_TOP);
      emit(POP_EXCEPT);
      if (!store_handler_name(h->name)) return false;
      emit_jump(JUMP, end);
      // An exception inside the handler body: unbind the name, then let the
      // outer cleanup restore the previous exception.
      bind(cleanup_end);
      if (!store_handler_name(h->name)) return false;
      emit(RERAISE, 0);
    } else {
      push_fblock(FBlock{FBlockKind::HandlerCleanup});
      if (!visit_stmts(h->body)) return false;
      pop_fblock();
      emit(POP_BLOCK);
      emit(POP_TOP);
      emit(POP_EXCEPT);
      emit_jump(JUMP, end);
    }
    bind(next);
  }
  pop_fblock();
  // No handler matched.
  emit(POP_BLOCK);
  emit(RERAISE, 1);
  bind(cleanup);
  pop_except_and_reraise();
  bind(end);
  return true;
}

template <class T>
bool Compiler::try_star_except(const T* s) {
  Label except = new_label(), cleanup = new_label(), orelse = new_label(), end = new_label();
  Label reraise_star = new_label(), reraise = new_label();
  emit_jump(SETUP_FINALLY, except);
  push_fblock(FBlock{FBlockKind::TryExcept});
  if (!visit_stmts(s->body)) return false;
  pop_fblock();
  emit(POP_BLOCK);
  emit_jump(JUMP, orelse);

  // [prev_exc, exc] -> [prev_exc, orig, raised_list, rest]
  bind(except);
  emit_jump(SETUP_FINALLY, cleanup);
  push_fblock(FBlock{FBlockKind::ExceptionGroupHandler});
  size_t n = s->handlers.size();
  for (size_t i = 0; i < n; i++) {
    const ast::ExceptHandler* h = s->handlers[i];
    LocScope loc(this, *h);
    Label handled = new_label(), with_error = new_label(), no_match = new_label();
    Label cleanup_end = new_label();
    if (i == 0) {
      emit(COPY, 1);
      emit(BUILD_LIST, 0);
      emit(SWAP, 2);
    }
    if (h->type) {
      if (!visit_expr(h->type)) return false;
      emit(CHECK_EG_MATCH);
      emit(COPY, 1);
      emit_jump(POP_JUMP_IF_NONE, no_match);
    }
    if (!h->name.empty()) {
      if (!nameop(h->name, ExprContext::Store)) return false;
    } else {
      emit(POP_TOP);
    }
    emit_jump(SETUP_FINALLY, cleanup_end);
    FBlock fb{FBlockKind::HandlerCleanup};
    fb.name = h->name.empty() ? nullptr : &h->name;
    push_fblock(fb);
    if (!visit_stmts(h->body)) return false;
    pop_fblock();
    emit(POP_BLOCK);
    if (!h->name.empty() && !store_handler_name(h->name)) return false;
    emit_jump(JUMP, handled);
    // Raised inside the handler: [.., rest, handled_exc, new_exc].
    bind(cleanup_end);
    if (!h->name.empty() && !store_handler_name(h->name)) return false;
    emit(LIST_APPEND, 3);
    emit(POP_EXCEPT);
    emit_jump(JUMP, with_error);
    bind(handled);
    emit_jump(JUMP, with_error);
    bind(no_match);
    emit(POP_TOP);
    bind(with_error);
    if (i + 1 == n) {
      emit(LIST_APPEND, 1);
      emit_jump(JUMP, reraise_star);
    }
  }
  pop_fblock();
  bind(reraise_star);
  emit(PREP_RERAISE_STAR);
  emit(COPY, 1);
  emit_jump(POP_JUMP_IF_NOT_NONE, reraise);
  emit(POP_TOP);
  emit(POP_BLOCK);
  emit(POP_EXCEPT);
  emit_jump(JUMP, end);
  bind(reraise);
  emit(POP_BLOCK);
  emit(RERAISE, 1);
  bind(cleanup);
  pop_except_and_reraise();
  bind(orelse);
  if (!visit_stmts(s->orelse)) return false;
  bind(end);
  return true;
}

}  // namespace weft::compiler

// Code generator core: compilation units, instruction emission, constants and
// names, and the definitions that create code objects (module, function,
// lambda, class).
#include "core/compile/codegen.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "core/runtime/abstract.h"

namespace weft::compiler {

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------
LocScope::LocScope(Compiler* c, const ast::Located& node) : unit_(c->u_), saved_(c->u_->loc) {
  unit_->loc = pos_of(node);
}
LocScope::LocScope(Compiler* c, Position pos) : unit_(c->u_), saved_(c->u_->loc) {
  unit_->loc = pos;
}
LocScope::~LocScope() { unit_->loc = saved_; }

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------
namespace {

bool is_identifier_like(std::string_view s) {
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
      return false;
  }
  return true;
}

// Decodes UTF-8 that may contain encoded lone surrogates (WTF-8).
std::vector<uint32_t> decode_wtf8(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp;
    int extra;
    if (c < 0x80) {
      cp = c;
      extra = 0;
    } else if ((c & 0xE0) == 0xC0) {
      cp = c & 0x1F;
      extra = 1;
    } else if ((c & 0xF0) == 0xE0) {
      cp = c & 0x0F;
      extra = 2;
    } else {
      cp = c & 0x07;
      extra = 3;
    }
    i++;
    for (int k = 0; k < extra && i < s.size(); k++, i++)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    out.push_back(cp);
  }
  return out;
}

void append_u32(std::string& key, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; i++) key.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

}  // namespace

Ref make_str_constant(ThreadState* ts, std::string_view s) {
  bool ascii = true;
  for (char ch : s)
    if (static_cast<unsigned char>(ch) >= 0x80) ascii = false;
  if (ascii) {
    if (is_identifier_like(s)) return Ref::borrow(Value(intern_str(ts, s)));
    return new_str_ascii(s);
  }
  std::vector<uint32_t> cps = decode_wtf8(s);
  return new_str_from_codepoints(cps.data(), static_cast<int64_t>(cps.size()));
}

Ref make_constant(ThreadState* ts, const ast::ConstantValue& cv) {
  switch (cv.kind) {
    case ast::ConstantValue::None: return Ref::borrow(None());
    case ast::ConstantValue::True: return Ref::borrow(Bool(true));
    case ast::ConstantValue::False: return Ref::borrow(Bool(false));
    case ast::ConstantValue::Ellipsis: return Ref::borrow(Value(&ellipsis_obj));
    case ast::ConstantValue::Int: return int_from_decimal_digits(cv.text);
    case ast::ConstantValue::Float: return new_float(cv.f);
    case ast::ConstantValue::Complex: return new_complex(0.0, cv.f);
    case ast::ConstantValue::Str: return make_str_constant(ts, cv.text);
    case ast::ConstantValue::Bytes: return new_bytes(cv.text);
  }
  return Ref::borrow(None());
}

std::string constant_key(ThreadState* ts, Value v) {
  std::string key;
  if (v.is_small_int()) {
    key = "i" + std::to_string(v.as_small_int());
    return key;
  }
  Type* t = type_of(v);
  Object* o = v.as_object();
  if (v.is(None())) return "N";
  if (v.is(Value(&ellipsis_obj))) return "E";
  if (t == &bool_type) return v.is(Bool(true)) ? "T" : "F";
  if (t == &int_type) {
    key = int_sign(v) < 0 ? "i-" : "i";
    key += int_to_string_base(v, 16);
    return key;
  }
  if (t == &float_type) {
    double d = float_value(v);
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    key = "f";
    append_u32(key, bits, 8);
    return key;
  }
  if (t == &complex_type) {
    auto* c = static_cast<Complex*>(o);
    uint64_t re, im;
    std::memcpy(&re, &c->real, 8);
    std::memcpy(&im, &c->imag, 8);
    key = "c";
    append_u32(key, re, 8);
    append_u32(key, im, 8);
    return key;
  }
  if (t == &str_type) {
    auto* s = static_cast<Str*>(o);
    key.reserve(1 + s->length * s->kind);
    key = "s";
    for (int64_t i = 0; i < s->length; i++) append_u32(key, s->at(i), s->kind);
    key.push_back(static_cast<char>(s->kind));
    return key;
  }
  if (t == &bytes_type) {
    auto* b = static_cast<Bytes*>(o);
    key = "b";
    key.append(b->data, b->length);
    return key;
  }
  if (t == &tuple_type) {
    auto* tup = static_cast<Tuple*>(o);
    key = "t(";
    for (int64_t i = 0; i < tup->length; i++) {
      std::string k = constant_key(ts, tup->items[i]);
      append_u32(key, k.size(), 4);
      key += k;
    }
    key += ")";
    return key;
  }
  // Code objects, frozensets and anything else: by identity.
  key = "p";
  append_u32(key, reinterpret_cast<uintptr_t>(o), 8);
  return key;
}

int Compiler::add_const(Ref v) {
  // Name-like str constants are interned, as CPython does (this covers
  // folded results such as "a" + "b").
  if (is_exact_str(v.get()) && !v.as<Str>()->interned && v.as<Str>()->ascii) {
    std::string_view text = str_utf8(v.as<Str>());
    if (is_identifier_like(text)) v = Ref::borrow(Value(intern_str(ts_, text)));
  }
  std::string key = constant_key(ts_, v.get());
  auto it = u_->const_index.find(key);
  if (it != u_->const_index.end()) return it->second;
  int i = static_cast<int>(u_->consts.size());
  u_->consts.push_back(std::move(v));
  u_->const_index.emplace(std::move(key), i);
  return i;
}

Ref Compiler::str_tuple(const std::vector<std::string>& names) {
  std::vector<Value> items;
  items.reserve(names.size());
  for (const std::string& n : names) items.push_back(Value(intern_str(ts_, n)));
  return new_tuple_from(items.data(), static_cast<int64_t>(items.size()));
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------
bool Compiler::error(const std::string& msg) {
  Position p = u_ ? u_->loc : Position{};
  raise_compile_error(ts_, "SyntaxError", msg, filename_, source_, p.line, p.col, p.end_line,
                      p.end_col);
  return false;
}

bool Compiler::error_at(const ast::Located& n, const std::string& msg) {
  LocScope loc(this, n);
  return error(msg);
}

bool Compiler::warn(const std::string& msg) {
  int line = u_ ? u_->loc.line : 0;
  std::string key = std::to_string(line) + ":" + msg;
  if (std::find(warned_.begin(), warned_.end(), key) != warned_.end()) return true;
  warned_.push_back(key);
  Interpreter* interp = ts_->interp;
  Ref warnings;
  if (interp && interp->modules && is_dict(interp->modules.get()))
    warnings = dict_get_str(ts_, interp->modules.as<Dict>(), intern_str(ts_, "warnings"));
  if (ts_->has_error()) return false;
  if (warnings) {
    // warnings.warn_explicit(msg, SyntaxWarning, filename, lineno)
    Ref text = make_str_constant(ts_, msg);
    Ref file = make_str_constant(ts_, filename_);
    if (!text || !file) return false;
    Value args[] = {text.get(), Value(&SyntaxWarning_type), file.get(), Value::small_int(line)};
    Ref r = call_method(ts_, warnings.get(), "warn_explicit", args, 4);
    if (r) return true;
    if (!error_matches(ts_, &SyntaxWarning_type)) return false;
    // An error-filtered SyntaxWarning becomes a SyntaxError, as in CPython.
    clear_error(ts_);
    return error(msg);
  }
  // No warnings module yet: print like CPython's default filter.
  std::string out = filename_ + ":" + std::to_string(line) + ": SyntaxWarning: " + msg + "\n";
  if (!filename_.empty() && filename_[0] != '<' && line > 0) {
    size_t pos = 0;
    for (int l = 1; l < line && pos != std::string_view::npos; l++) {
      pos = source_.find('\n', pos);
      if (pos != std::string_view::npos) pos++;
    }
    if (pos != std::string_view::npos && pos < source_.size()) {
      size_t end = source_.find('\n', pos);
      std::string_view text = source_.substr(pos, end == std::string_view::npos ? end : end - pos);
      size_t a = text.find_first_not_of(" \t\f\r");
      size_t b = text.find_last_not_of(" \t\f\r");
      if (a != std::string_view::npos) out += "  " + std::string(text.substr(a, b - a + 1)) + "\n";
    }
  }
  std::fputs(out.c_str(), stderr);
  return true;
}

bool Compiler::check_forbidden(const std::string& name, ast::ExprContext ctx) {
  if (name != "__debug__") return true;
  if (ctx == ast::ExprContext::Store) return error("cannot assign to __debug__");
  if (ctx == ast::ExprContext::Del) return error("cannot delete __debug__");
  return true;
}

// ---------------------------------------------------------------------------
// Emission
// ---------------------------------------------------------------------------
void Compiler::emit(Opcode op, int arg) { u_->code.push_back(Ins{op, arg, u_->loc}); }

void Compiler::emit_jump(Opcode op, Label target) { emit(op, target.id); }

Label Compiler::new_label() {
  u_->labels.push_back(-1);
  return Label{static_cast<int>(u_->labels.size()) - 1};
}

void Compiler::bind(Label l) { u_->labels[l.id] = static_cast<int>(u_->code.size()); }

bool Compiler::last_is_terminator() const {
  return !u_->code.empty() && is_terminator(u_->code.back().op);
}

std::string Compiler::mangled(const std::string& name) const {
  return mangle(u_->private_name, u_->has_private, name);
}

int Compiler::deref_index(const std::string& m, bool prefer_cell) {
  if (prefer_cell) {
    int i = u_->cellvars.find(m);
    if (i >= 0) return i;
  }
  int f = u_->freevars.find(m);
  if (f >= 0) return u_->cellvars.size() + f;
  return u_->cellvars.find(m);
}

bool Compiler::nameop(const std::string& name, ast::ExprContext ctx) {
  if (!check_forbidden(name, ctx)) return false;
  std::string m = mangled(name);
  NameScope sc = u_->scope->scope_of(m);
  enum { kFast, kDeref, kGlobal, kName } optype = kName;
  int arg = 0;
  bool function = is_function_unit();
  switch (sc) {
    case NameScope::Free:
      optype = kDeref;
      arg = u_->cellvars.size() + u_->freevars.find(m);
      break;
    case NameScope::Cell:
      optype = kDeref;
      arg = u_->cellvars.find(m);
      break;
    case NameScope::Local:
      if (function) optype = kFast;
      break;
    case NameScope::GlobalImplicit:
      if (function) optype = kGlobal;
      break;
    case NameScope::GlobalExplicit: optype = kGlobal; break;
    case NameScope::Unknown: break;
  }
  using Ctx = ast::ExprContext;
  switch (optype) {
    case kDeref:
      if (arg < 0) {
        set_error(ts_, &SystemError_type, "compiler: no cell for name '" + m + "'");
        return false;
      }
      if (ctx == Ctx::Load)
        emit(u_->scope->type == BlockType::Class ? LOAD_CLASSDEREF : LOAD_DEREF, arg);
      else
        emit(ctx == Ctx::Store ? STORE_DEREF : DELETE_DEREF, arg);
      return true;
    case kFast:
      arg = u_->varnames.add(m);
      emit(ctx == Ctx::Load ? LOAD_FAST : ctx == Ctx::Store ? STORE_FAST : DELETE_FAST, arg);
      return true;
    case kGlobal:
      arg = u_->names.add(m);
      emit(ctx == Ctx::Load ? LOAD_GLOBAL : ctx == Ctx::Store ? STORE_GLOBAL : DELETE_GLOBAL, arg);
      return true;
    case kName:
      arg = u_->names.add(m);
      emit(ctx == Ctx::Load ? LOAD_NAME : ctx == Ctx::Store ? STORE_NAME : DELETE_NAME, arg);
      return true;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------
std::string Compiler::qualname_for(const std::string& name, UnitKind kind) {
  if (!u_ || u_->kind == UnitKind::Module) return name;
  Unit* parent = u_;
  if (kind == UnitKind::Function || kind == UnitKind::AsyncFunction || kind == UnitKind::Class) {
    std::string m = mangle(parent->private_name, parent->has_private, name);
    if (parent->scope->scope_of(m) == NameScope::GlobalExplicit) return name;
  }
  if (parent->kind == UnitKind::Function || parent->kind == UnitKind::AsyncFunction ||
      parent->kind == UnitKind::Lambda)
    return parent->qualname + ".<locals>." + name;
  return parent->qualname + "." + name;
}

bool Compiler::enter_scope(const std::string& name, UnitKind kind, const void* node, int lineno) {
  Scope* scope = st_.lookup(node);
  if (!scope) {
    set_error(ts_, &SystemError_type, "compiler: no symbol table for '" + name + "'");
    return false;
  }
  auto unit = std::make_unique<Unit>();
  unit->scope = scope;
  unit->kind = kind;
  unit->name = name;
  unit->qualname = kind == UnitKind::Module ? name : qualname_for(name, kind);
  unit->firstlineno = lineno;
  if (kind == UnitKind::Class) {
    unit->private_name = name;
    unit->has_private = true;
  } else if (u_) {
    unit->private_name = u_->private_name;
    unit->has_private = u_->has_private;
  }
  for (const std::string& v : scope->varnames) unit->varnames.add(v);
  // Cells: parameters first (in parameter order, as CPython 3.11 lays out
  // its locals), then the other cells sorted by name.
  std::vector<std::string> cells, frees;
  for (const std::string& v : scope->varnames)
    if (scope->scope_of(v) == NameScope::Cell) unit->cellvars.add(v);
  for (auto& [sym, flags] : scope->symbols) {
    NameScope sc = scope->scope_of(sym);
    if (sc == NameScope::Cell && unit->cellvars.find(sym) < 0) cells.push_back(sym);
    if (sc == NameScope::Free || (flags & kDefFreeClass)) frees.push_back(sym);
  }
  if (scope->needs_class_closure) cells.push_back("__class__");
  std::sort(cells.begin(), cells.end());
  std::sort(frees.begin(), frees.end());
  for (const std::string& c : cells) unit->cellvars.add(c);
  for (const std::string& f : frees) unit->freevars.add(f);
  unit->loc = Position{lineno, lineno, 0, 0};
  units_.push_back(std::move(unit));
  u_ = units_.back().get();
  return true;
}

uint32_t Compiler::code_flags() const {
  const Scope* s = u_->scope;
  uint32_t f = 0;
  if (s->type == BlockType::Function) {
    f |= kCoNewLocals | kCoOptimized;
    if (s->nested) f |= kCoNested;
    if (s->generator && !s->coroutine) f |= kCoGenerator;
    if (!s->generator && s->coroutine) f |= kCoCoroutine;
    if (s->generator && s->coroutine) f |= kCoAsyncGenerator;
    if (s->varargs) f |= kCoVarargs;
    if (s->varkeywords) f |= kCoVarKeywords;
  }
  return f;
}

Ref Compiler::exit_scope(bool add_none) {
  bool label_at_end = false;
  for (int pos : u_->labels)
    if (pos == static_cast<int>(u_->code.size())) label_at_end = true;
  if (u_->code.empty() || !last_is_terminator() || label_at_end) {
    if (!u_->code.empty()) u_->loc = u_->code.back().pos;
    if (add_none) load_none();
    emit(RETURN_VALUE);
  }
  Ref code = assemble_unit(ts_, u_, filename_, code_flags());
  // Keep the unit alive until the Compiler dies: a LocScope may still refer to it.
  finished_.push_back(std::move(units_.back()));
  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
  return code;
}

// ---------------------------------------------------------------------------
// Module / bodies
// ---------------------------------------------------------------------------
namespace {

const ast::Constant* docstring_of(const std::vector<ast::Stmt*>& body) {
  if (body.empty()) return nullptr;
  auto* es = ast::as<ast::ExprStmt>(body[0]);
  if (!es) return nullptr;
  auto* c = ast::as<ast::Constant>(es->value);
  if (!c || c->value.kind != ast::ConstantValue::Str) return nullptr;
  return c;
}

bool find_ann(const std::vector<ast::Stmt*>& body);

template <class T>
bool find_ann_try(const T* t) {
  for (const ast::ExceptHandler* h : t->handlers)
    if (find_ann(h->body)) return true;
  return find_ann(t->body) || find_ann(t->finalbody) || find_ann(t->orelse);
}

bool find_ann(const std::vector<ast::Stmt*>& body) {
  using K = ast::StmtKind;
  for (const ast::Stmt* s : body) {
    switch (s->kind) {
      case K::AnnAssign: return true;
      case K::For:
        if (find_ann(ast::cast<ast::For>(s)->body) || find_ann(ast::cast<ast::For>(s)->orelse))
          return true;
        break;
      case K::AsyncFor:
        if (find_ann(ast::cast<ast::AsyncFor>(s)->body) ||
            find_ann(ast::cast<ast::AsyncFor>(s)->orelse))
          return true;
        break;
      case K::While:
        if (find_ann(ast::cast<ast::While>(s)->body) || find_ann(ast::cast<ast::While>(s)->orelse))
          return true;
        break;
      case K::If:
        if (find_ann(ast::cast<ast::If>(s)->body) || find_ann(ast::cast<ast::If>(s)->orelse))
          return true;
        break;
      case K::With:
        if (find_ann(ast::cast<ast::With>(s)->body)) return true;
        break;
      case K::AsyncWith:
        if (find_ann(ast::cast<ast::AsyncWith>(s)->body)) return true;
        break;
      case K::Try:
        if (find_ann_try(ast::cast<ast::Try>(s))) return true;
        break;
      case K::TryStar:
        if (find_ann_try(ast::cast<ast::TryStar>(s))) return true;
        break;
      case K::Match:
        for (const ast::match_case* c : ast::cast<ast::Match>(s)->cases)
          if (find_ann(c->body)) return true;
        break;
      default: break;
    }
  }
  return false;
}

}  // namespace

bool Compiler::body_with_docstring(const std::vector<ast::Stmt*>& body, bool is_module) {
  if (is_module && !body.empty()) u_->loc = pos_of(*body[0]);
  if (find_ann(body)) emit(SETUP_ANNOTATIONS);
  if (body.empty()) return true;
  size_t i = 0;
  if (optimize_ < 2) {
    if (const ast::Constant* doc = docstring_of(body)) {
      i = 1;
      {
        LocScope loc(this, *doc);
        load_const(make_constant(ts_, doc->value));
      }
      if (!nameop("__doc__", ast::ExprContext::Store)) return false;
    }
  }
  for (; i < body.size(); i++)
    if (!visit_stmt(body[i])) return false;
  return true;
}

Ref Compiler::compile(const ast::Module& mod, CompileMode mode) {
  if (!st_.build(mod, future_annotations_)) {
    const SymLocation& l = st_.error_loc;
    raise_compile_error(ts_, "SyntaxError", st_.error_msg, filename_, source_, l.lineno,
                        l.col_offset, l.end_lineno, l.end_col_offset);
    return nullptr;
  }
  if (!enter_scope("<module>", UnitKind::Module, &mod, 1)) return nullptr;
  bool ok = true;
  bool add_none = true;
  switch (mode) {
    case CompileMode::Exec: ok = body_with_docstring(mod.body, true); break;
    case CompileMode::Single:
      interactive_ = true;
      if (find_ann(mod.body)) emit(SETUP_ANNOTATIONS);
      ok = visit_stmts(mod.body);
      break;
    case CompileMode::Eval: {
      const ast::Expr* e = mod.expression();
      if (e) {
        ok = visit_expr(e);
        add_none = false;
      }
      break;
    }
  }
  if (!ok) return nullptr;
  return exit_scope(add_none);
}

// ---------------------------------------------------------------------------
// Functions, lambdas, classes
// ---------------------------------------------------------------------------
bool Compiler::check_arguments(const ast::arguments* a) {
  auto check = [&](const ast::arg* x) { return !x || check_forbidden(x->arg, ast::ExprContext::Store); };
  for (const ast::arg* x : a->posonlyargs)
    if (!check(x)) return false;
  for (const ast::arg* x : a->args)
    if (!check(x)) return false;
  if (!check(a->vararg)) return false;
  for (const ast::arg* x : a->kwonlyargs)
    if (!check(x)) return false;
  return check(a->kwarg);
}

bool Compiler::default_arguments(const ast::arguments* a, int* flags) {
  if (!a->defaults.empty()) {
    for (const ast::Expr* d : a->defaults)
      if (!visit_expr(d)) return false;
    emit(BUILD_TUPLE, static_cast<int>(a->defaults.size()));
    *flags |= 1;
  }
  int n = 0;
  for (size_t i = 0; i < a->kwonlyargs.size(); i++) {
    const ast::Expr* d = i < a->kw_defaults.size() ? a->kw_defaults[i] : nullptr;
    if (!d) continue;
    load_str(mangled(a->kwonlyargs[i]->arg));
    if (!visit_expr(d)) return false;
    n++;
  }
  if (n) {
    emit(BUILD_MAP, n);
    *flags |= 2;
  }
  return true;
}

bool Compiler::annotation_value(const ast::Expr* ann) {
  if (future_annotations_) {
    load_str(unparse_expr(ts_, ann));
    return true;
  }
  if (auto* star = ast::as<ast::Starred>(ann)) {
    // `*args: *Ts` stores the single item of the unpacked value.
    if (!visit_expr(star->value)) return false;
    emit(UNPACK_SEQUENCE, 1);
    return true;
  }
  return visit_expr(ann);
}

bool Compiler::annotations(const ast::arguments* a, const ast::Expr* returns, int* flags) {
  int n = 0;
  auto one = [&](const std::string& name, const ast::Expr* ann) -> bool {
    if (!ann) return true;
    load_str(mangled(name));
    if (!annotation_value(ann)) return false;
    n++;
    return true;
  };
  for (const ast::arg* x : a->args)
    if (!one(x->arg, x->annotation)) return false;
  for (const ast::arg* x : a->posonlyargs)
    if (!one(x->arg, x->annotation)) return false;
  if (a->vararg && !one(a->vararg->arg, a->vararg->annotation)) return false;
  for (const ast::arg* x : a->kwonlyargs)
    if (!one(x->arg, x->annotation)) return false;
  if (a->kwarg && !one(a->kwarg->arg, a->kwarg->annotation)) return false;
  if (!one("return", returns)) return false;
  if (n) {
    emit(BUILD_MAP, n);
    *flags |= 4;
  }
  return true;
}

bool Compiler::decorators(const std::vector<ast::Expr*>& decos) {
  for (const ast::Expr* d : decos) {
    if (!visit_expr(d)) return false;
    LocScope loc(this, *d);
    emit(PUSH_NULL);
  }
  return true;
}

bool Compiler::make_closure(Ref code, int flags) {
  auto* co = code.as<Code>();
  int64_t nfree = co->freevars->length;
  if (nfree) {
    for (int64_t i = 0; i < nfree; i++) {
      std::string name(str_utf8(co->freevars->items[i]));
      int idx;
      if (u_->kind == UnitKind::Class && name == "__class__") {
        idx = u_->cellvars.find(name);
      } else {
        NameScope sc = u_->scope->scope_of(name);
        idx = sc == NameScope::Cell ? u_->cellvars.find(name) : deref_index(name, false);
      }
      if (idx < 0) {
        set_error(ts_, &SystemError_type, "compiler: cannot find free variable '" + name + "'");
        return false;
      }
      emit(LOAD_CLOSURE, idx);
    }
    emit(BUILD_TUPLE, static_cast<int>(nfree));
    flags |= 8;
  }
  load_const(std::move(code));
  emit(MAKE_FUNCTION, flags);
  return true;
}

bool Compiler::function_def(const ast::Stmt* s, bool is_async) {
  if (is_async) return function_def_impl(ast::cast<ast::AsyncFunctionDef>(s), true);
  return function_def_impl(ast::cast<ast::FunctionDef>(s), false);
}

template <class F>
bool Compiler::function_def_impl(const F* s, bool is_async) {
  const std::string& name = s->name;
  const ast::arguments* args = s->args;
  const auto& body = s->body;
  const auto& decos = s->decorator_list;
  const ast::Expr* returns = s->returns;

  if (!check_arguments(args)) return false;
  if (!decorators(decos)) return false;
  int firstlineno = decos.empty() ? s->lineno : decos[0]->lineno;
  int flags = 0;
  if (!default_arguments(args, &flags)) return false;
  if (!annotations(args, returns, &flags)) return false;
  if (!enter_scope(name, is_async ? UnitKind::AsyncFunction : UnitKind::Function, s, firstlineno))
    return false;
  const ast::Constant* doc = optimize_ < 2 ? docstring_of(body) : nullptr;
  if (doc)
    add_const(make_constant(ts_, doc->value));
  else
    add_const_value(None());
  u_->argcount = static_cast<int>(args->posonlyargs.size() + args->args.size());
  u_->posonlyargcount = static_cast<int>(args->posonlyargs.size());
  u_->kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
  for (size_t i = doc ? 1 : 0; i < body.size(); i++) {
    if (!visit_stmt(body[i])) return false;  // units are dropped with the Compiler
  }
  Ref code = exit_scope(true);
  if (!code) return false;
  if (!make_closure(std::move(code), flags)) return false;
  for (size_t i = decos.size(); i-- > 0;) {
    LocScope loc(this, *decos[i]);
    emit(CALL, 1);
  }
  return nameop(name, ast::ExprContext::Store);
}

bool Compiler::lambda(const ast::Lambda* e) {
  if (!check_arguments(e->args)) return false;
  int flags = 0;
  if (!default_arguments(e->args, &flags)) return false;
  if (!enter_scope("<lambda>", UnitKind::Lambda, e, e->lineno)) return false;
  // None first, so a lambda never has a docstring.
  add_const_value(None());
  u_->argcount = static_cast<int>(e->args->posonlyargs.size() + e->args->args.size());
  u_->posonlyargcount = static_cast<int>(e->args->posonlyargs.size());
  u_->kwonlyargcount = static_cast<int>(e->args->kwonlyargs.size());
  if (!visit_expr(e->body)) return false;
  emit(RETURN_VALUE);
  Ref code = exit_scope(true);
  if (!code) return false;
  return make_closure(std::move(code), flags);
}

bool Compiler::class_def(const ast::ClassDef* s) {
  if (!decorators(s->decorator_list)) return false;
  int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  if (!enter_scope(s->name, UnitKind::Class, s, firstlineno)) return false;
  bool ok = nameop("__name__", ast::ExprContext::Load) &&
            nameop("__module__", ast::ExprContext::Store);
  if (ok) {
    load_str(u_->qualname);
    ok = nameop("__qualname__", ast::ExprContext::Store) && body_with_docstring(s->body, false);
  }
  if (ok) {
    if (u_->scope->needs_class_closure) {
      emit(LOAD_CLOSURE, u_->cellvars.find("__class__"));
      emit(COPY, 1);
      ok = nameop("__classcell__", ast::ExprContext::Store);
    } else {
      load_none();
    }
    emit(RETURN_VALUE);
  }
  if (!ok) return false;
  Ref code = exit_scope(true);
  if (!code) return false;
  emit(LOAD_BUILD_CLASS);
  emit(PUSH_NULL);
  if (!make_closure(std::move(code), 0)) return false;
  load_str(s->name);
  if (!call_helper(2, s->bases, s->keywords)) return false;
  for (size_t i = s->decorator_list.size(); i-- > 0;) {
    LocScope loc(this, *s->decorator_list[i]);
    emit(CALL, 1);
  }
  return nameop(s->name, ast::ExprContext::Store);
}

}  // namespace weft::compiler

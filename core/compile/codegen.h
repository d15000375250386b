// Internal interface of the code generator, shared by codegen*.cc, assemble.cc
// and compile.cc. Not used outside core/compile.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/compile/compile.h"
#include "core/compile/symtable.h"
#include "core/runtime/errors.h"

namespace weft::compiler {

enum Opcode : uint8_t {
#define OPCODE(name, has_arg, effect, doc) name,
#include "core/vm/opcodes.def"
#undef OPCODE
  kOpcodeCount
};

struct OpInfo {
  const char* name;
  bool has_arg;
  int effect;  // kVarEffect when it depends on the argument
};
inline constexpr int kVarEffect = 0x7fff;
extern const OpInfo kOpInfo[kOpcodeCount];

// Net stack effect of one instruction; `jump` selects the taken branch.
int stack_effect(int op, int arg, bool jump);
// Instructions whose argument is a jump target (a label until assembly).
bool has_jump_target(int op);
// Instructions after which control never falls through.
bool is_terminator(int op);

// Stack use above which displays and calls are built incrementally, as CPython does.
inline constexpr int kStackUseGuideline = 30;

struct Label {
  int id = -1;
};

struct Ins {
  uint8_t op;
  int32_t arg;
  Position pos;
};

enum class UnitKind { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// Frame blocks: what `break`, `continue` and `return` must unwind.
enum class FBlockKind {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
  PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
};
struct FBlock {
  FBlockKind kind;
  Label block;  // loops: the `continue` target
  Label exit;   // loops: the `break` target
  const ast::Stmt* stmt = nullptr;          // FinallyTry: the try; With: the with
  const std::vector<ast::Stmt*>* finalbody = nullptr;
  const std::string* name = nullptr;        // HandlerCleanup: the `as` name, or null
};

// An insertion-ordered set of names, giving each its index.
struct NameTable {
  std::vector<std::string> list;
  std::unordered_map<std::string, int> index;
  int add(const std::string& name) {
    auto it = index.find(name);
    if (it != index.end()) return it->second;
    int i = static_cast<int>(list.size());
    list.push_back(name);
    index.emplace(name, i);
    return i;
  }
  int find(const std::string& name) const {
    auto it = index.find(name);
    return it == index.end() ? -1 : it->second;
  }
  int size() const { return static_cast<int>(list.size()); }
};

// One code object under construction.
struct Unit {
  Scope* scope = nullptr;
  UnitKind kind = UnitKind::Module;
  std::string name, qualname;
  std::string private_name;  // class name for mangling
  bool has_private = false;
  int firstlineno = 1;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;

  std::vector<Ins> code;
  std::vector<int> labels;  // label id -> instruction index, -1 while unbound
  std::vector<Ref> consts;
  std::unordered_map<std::string, int> const_index;
  NameTable names, varnames, cellvars, freevars;
  std::vector<FBlock> fblocks;
  Position loc;
};

// Source location scope: instructions emitted while it lives carry `pos`.
// (Units are never freed before the Compiler, so restoring is always safe.)
class Compiler;
class LocScope {
 public:
  LocScope(Compiler* c, const ast::Located& node);
  LocScope(Compiler* c, Position pos);
  ~LocScope();

 private:
  Unit* unit_;
  Position saved_;
};

inline Position pos_of(const ast::Located& n) {
  return Position{n.lineno, n.end_lineno, n.col_offset, n.end_col_offset};
}

// BINARY_OP argument for an AST operator (codegen_stmt.cc).
int binop_oparg(ast::OperatorKind op);
// CPython's position for the attribute part of a multi-line `a.b` (codegen_stmt.cc).
Position attribute_position(const ast::Attribute* e, Position current);

// Assembly (assemble.cc): resolves labels, computes the stack depth and builds
// the Code object. Returns null with an exception on failure.
Ref assemble_unit(ThreadState* ts, Unit* u, const std::string& filename, uint32_t flags);

// Source text of an annotation expression (unparse.cc), as CPython's ast_unparse.
std::string unparse_expr(ThreadState* ts, const ast::Expr* e);

// Constant objects.
Ref make_constant(ThreadState* ts, const ast::ConstantValue& cv);
Ref make_str_constant(ThreadState* ts, std::string_view wtf8);
// Deduplication key of a constant (type and value; 0, 0.0, -0.0 and False differ).
std::string constant_key(ThreadState* ts, Value v);

// Raises SyntaxError at a location, reading the line text from `source` when
// the filename names a real file (as CPython does).
void raise_compile_error(ThreadState* ts, const char* kind, const std::string& msg,
                         const std::string& filename, std::string_view source, int lineno,
                         int col, int end_lineno, int end_col);

class Compiler {
 public:
  Compiler(ThreadState* ts, std::string_view filename, std::string_view source, int optimize)
      : ts_(ts), filename_(filename), source_(source), optimize_(optimize) {}
  Ref compile(const ast::Module& mod, CompileMode mode);

  ThreadState* ts_;
  std::string filename_;
  std::string_view source_;
  int optimize_;
  bool future_annotations_ = false;
  int future_lineno_ = -1;  // line of the last leading `from __future__ import`
  bool interactive_ = false;
  SymTable st_;
  std::vector<std::unique_ptr<Unit>> units_;  // the stack of units being compiled
  std::vector<std::unique_ptr<Unit>> finished_;
  Unit* u_ = nullptr;
  std::unordered_map<const ast::Expr*, Ref> fold_cache_;
  std::vector<std::string> warned_;  // "line:msg" already reported (finally bodies compile twice)

  // ---- errors (codegen.cc) ----
  bool error(const std::string& msg);  // SyntaxError at the current location; returns false
  bool error_at(const ast::Located& n, const std::string& msg);
  bool check_forbidden(const std::string& name, ast::ExprContext ctx);
  // SyntaxWarning at the current location; false if it was turned into an error.
  bool warn(const std::string& msg);
  bool check_compare(const ast::Compare* e);
  bool check_caller(const ast::Expr* func);

  // ---- units (codegen.cc) ----
  bool enter_scope(const std::string& name, UnitKind kind, const void* node, int lineno);
  Ref exit_scope(bool add_none = true);
  uint32_t code_flags() const;
  bool is_function_unit() const { return u_->scope->type == BlockType::Function; }

  // ---- emission (codegen.cc) ----
  void emit(Opcode op, int arg = 0);
  void emit_jump(Opcode op, Label target);
  Label new_label();
  void bind(Label l);
  bool last_is_terminator() const;
  int add_const(Ref v);
  int add_const_value(Value v) { return add_const(Ref::borrow(v)); }
  void load_const(Ref v) { emit(LOAD_CONST, add_const(std::move(v))); }
  void load_none() { load_const(Ref::borrow(None())); }
  void load_str(const std::string& s) { load_const(make_str_constant(ts_, s)); }
  std::string mangled(const std::string& name) const;
  int name_index(const std::string& name) { return u_->names.add(mangled(name)); }
  void emit_name(Opcode op, const std::string& name) { emit(op, name_index(name)); }
  bool nameop(const std::string& name, ast::ExprContext ctx);
  int deref_index(const std::string& mangled_name, bool prefer_cell);
  Ref str_tuple(const std::vector<std::string>& names);

  // ---- frame blocks (codegen_stmt.cc) ----
  void push_fblock(FBlock b) { u_->fblocks.push_back(b); }
  void pop_fblock() { u_->fblocks.pop_back(); }
  bool unwind_fblock(const FBlock& b, bool preserve_tos);
  // Unwinds the frame blocks up to the innermost loop (when `loop` is given,
  // which receives a copy of it and *found) or all of them.
  bool unwind_fblock_stack(bool preserve_tos, FBlock* loop, bool* found);
  void call_exit_with_nones();
  void pop_except_and_reraise();

  // ---- definitions (codegen.cc) ----
  bool body_with_docstring(const std::vector<ast::Stmt*>& body, bool is_module);
  bool function_def(const ast::Stmt* s, bool is_async);
  template <class F> bool function_def_impl(const F* s, bool is_async);
  bool class_def(const ast::ClassDef* s);
  bool lambda(const ast::Lambda* e);
  bool make_closure(Ref code, int flags);
  bool default_arguments(const ast::arguments* args, int* flags);
  bool annotations(const ast::arguments* args, const ast::Expr* returns, int* flags);
  bool annotation_value(const ast::Expr* ann);
  bool decorators(const std::vector<ast::Expr*>& decos);
  bool check_arguments(const ast::arguments* args);
  std::string qualname_for(const std::string& name, UnitKind kind);

  // ---- statements (codegen_stmt.cc) ----
  bool visit_stmt(const ast::Stmt* s);
  bool visit_stmts(const std::vector<ast::Stmt*>& body);
  bool assign(const ast::Assign* s);
  bool aug_assign(const ast::AugAssign* s);
  bool ann_assign(const ast::AnnAssign* s);
  bool delete_(const ast::Delete* s);
  bool if_(const ast::If* s);
  bool while_(const ast::While* s);
  template <class T> bool for_(const T* s, bool is_async);
  bool with_(const ast::Stmt* s, const std::vector<ast::withitem*>& items,
             const std::vector<ast::Stmt*>& body, size_t item, bool is_async);
  template <class T> bool try_(const T* s, bool star);
  template <class T> bool try_except(const T* s);
  template <class T> bool try_star_except(const T* s);
  bool store_handler_name(const std::string& name);
  bool raise_(const ast::Raise* s);
  bool return_(const ast::Return* s);
  bool break_(const ast::Stmt* s);
  bool continue_(const ast::Stmt* s);
  bool assert_(const ast::Assert* s);
  bool import_(const ast::Import* s);
  bool import_from(const ast::ImportFrom* s);
  bool expr_stmt(const ast::ExprStmt* s);

  // ---- expressions (codegen_expr.cc) ----
  bool visit_expr(const ast::Expr* e);
  bool visit_expr_inner(const ast::Expr* e);
  bool store_target(const ast::Expr* e);  // stores TOS into an assignment target
  bool delete_target(const ast::Expr* e);
  bool jump_if(const ast::Expr* e, Label target, bool cond);
  bool boolop(const ast::BoolOp* e);
  bool compare(const ast::Compare* e);
  bool call(const ast::Call* e);
  bool method_call(const ast::Call* e, const ast::Attribute* meth);
  bool call_helper(int pushed, const std::vector<ast::Expr*>& args,
                   const std::vector<ast::keyword*>& keywords);
  bool validate_keywords(const std::vector<ast::keyword*>& keywords);
  bool starunpack(const std::vector<ast::Expr*>& elts, int pushed, Opcode build, Opcode add,
                  Opcode extend, bool tuple);
  bool unpack_helper(const std::vector<ast::Expr*>& elts);
  bool assign_sequence(const std::vector<ast::Expr*>& elts);
  bool dict_display(const ast::Dict* e);
  bool subdict(const ast::Dict* e, size_t begin, size_t end);
  bool subkwargs(const std::vector<ast::keyword*>& kws, size_t begin, size_t end);
  bool comprehension(const ast::Expr* e);
  bool comprehension_generator(const std::vector<ast::comprehension*>& gens, size_t index,
                               int depth, const ast::Expr* elt, const ast::Expr* val,
                               ast::ExprKind kind);
  bool async_comprehension_generator(const std::vector<ast::comprehension*>& gens,
                                     size_t index, int depth, const ast::Expr* elt,
                                     const ast::Expr* val, ast::ExprKind kind);
  bool comprehension_element(const ast::Expr* elt, const ast::Expr* val, ast::ExprKind kind,
                             int depth);
  bool joined_str(const ast::JoinedStr* e);
  bool formatted_value(const ast::FormattedValue* e);
  bool slice_part(const ast::Expr* e);
  bool await_(const ast::Expr* e);
  void yield_from_tail();  // LOAD_CONST None; YIELD_FROM
  // Constant folding of simple, safe expressions; null when not constant.
  Ref fold(const ast::Expr* e);
  Ref fold_uncached(const ast::Expr* e);

  // ---- patterns (codegen_pattern.cc) ----
  bool match_(const ast::Match* s);
};

}  // namespace weft::compiler

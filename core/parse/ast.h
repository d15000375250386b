// weft abstract syntax tree: a C++ mirror of CPython 3.11's Python.asdl.
// Node and field names match the asdl exactly so that anyone who knows the
// Python `ast` module can read and build these trees without a translation table.
//
// Conventions
//   * Every node lives in the Arena owned by the Module that the parser returns;
//     nodes point at each other with raw pointers and never own anything.
//   * `expr*` sequences are std::vector<Expr*>; `expr?` is a possibly-null Expr*.
//   * identifiers are UTF-8 std::string; an absent `identifier?` is "".
//   * Abstract types (Expr, Stmt, Pattern) carry a `kind` tag; the concrete node
//     is reached with `as<BinOp>(e)` (null on mismatch) or `cast<BinOp>(e)`.
//   * Positions follow CPython: lines are 1-based, columns are 0-based UTF-8
//     byte offsets, end positions are exclusive.
//   * The asdl's `Expr` statement is spelled `ExprStmt` here, because `Expr`
//     is the abstract expression type.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace weft::ast {

// ---------------------------------------------------------------------------
// Arena: bump allocation for nodes. Destructors of non-trivial nodes (those
// holding vectors or strings) run when the arena dies, newest first.
// ---------------------------------------------------------------------------
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (auto it = finalizers_.rbegin(); it != finalizers_.rend(); ++it) it->destroy(it->object);
  }

  template <class T, class... Args>
  T* make(Args&&... args) {
    void* memory = allocate(sizeof(T), alignof(T));
    T* object = new (memory) T(std::forward<Args>(args)...);
    if constexpr (!std::is_trivially_destructible_v<T>) {
      finalizers_.push_back({[](void* p) { static_cast<T*>(p)->~T(); }, object});
    }
    return object;
  }

 private:
  static constexpr size_t kBlockSize = 32 * 1024;

  struct Finalizer {
    void (*destroy)(void*);
    void* object;
  };

  void* allocate(size_t size, size_t align) {
    size_t offset = (used_ + align - 1) & ~(align - 1);
    if (blocks_.empty() || offset + size > capacity_) {
      capacity_ = size > kBlockSize ? size : kBlockSize;
      // operator new[] returns memory aligned for any fundamental type.
      blocks_.emplace_back(new std::max_align_t[(capacity_ + sizeof(std::max_align_t) - 1) /
                                                sizeof(std::max_align_t)]);
      offset = 0;
    }
    used_ = offset + size;
    return reinterpret_cast<std::byte*>(blocks_.back().get()) + offset;
  }

  std::vector<std::unique_ptr<std::max_align_t[]>> blocks_;
  size_t used_ = 0;
  size_t capacity_ = 0;
  std::vector<Finalizer> finalizers_;
};

// ---------------------------------------------------------------------------
// Simple enumerations (asdl sum types without fields). Order follows the asdl.
// ---------------------------------------------------------------------------
enum class ExprContext { Load, Store, Del };
enum class BoolOpKind { And, Or };
enum class OperatorKind { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind { Invert, Not, UAdd, USub };
enum class CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// How the source was parsed (the `mode` argument of compile()).
//   Exec   -> ast.Module:      body is the list of statements.
//   Eval   -> ast.Expression:  body holds exactly one ExprStmt wrapping the expression.
//   Single -> ast.Interactive: body is the statements of one interactive input.
enum class ParseMode { Exec, Eval, Single };

// ---------------------------------------------------------------------------
// Constant values, independent of the object system.
// ---------------------------------------------------------------------------
struct ConstantValue {
  enum Kind { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Kind kind = None;
  // Int: exact value as decimal digits (no sign, no underscores, any length).
  // Str: UTF-8 with escapes decoded (lone surrogates as WTF-8).
  // Bytes: the raw bytes.
  std::string text;
  // Float: the value. Complex: the imaginary part (real part is always 0).
  double f = 0.0;
};

// Source span shared by every node kind that has `attributes (...)` in the asdl.
struct Located {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

struct Expr;
struct Stmt;
struct Pattern;
struct arguments;
struct keyword;
struct comprehension;
struct ExceptHandler;
struct alias;
struct withitem;
struct match_case;

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------
enum class ExprKind {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp,
  DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue,
  JoinedStr, Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice,
};

struct Expr : Located {
  ExprKind kind;

 protected:
  explicit Expr(ExprKind k) : kind(k) {}
};

// Base of the concrete expression nodes: fixes `kind` and exposes kKind for as<>/cast<>.
template <ExprKind K>
struct ExprNode : Expr {
  static constexpr ExprKind kKind = K;
  ExprNode() : Expr(K) {}
};

struct BoolOp : ExprNode<ExprKind::BoolOp> {
  BoolOpKind op = BoolOpKind::And;
  std::vector<Expr*> values;
};
struct NamedExpr : ExprNode<ExprKind::NamedExpr> {
  Expr* target = nullptr;
  Expr* value = nullptr;
};
struct BinOp : ExprNode<ExprKind::BinOp> {
  Expr* left = nullptr;
  OperatorKind op = OperatorKind::Add;
  Expr* right = nullptr;
};
struct UnaryOp : ExprNode<ExprKind::UnaryOp> {
  UnaryOpKind op = UnaryOpKind::Invert;
  Expr* operand = nullptr;
};
struct Lambda : ExprNode<ExprKind::Lambda> {
  arguments* args = nullptr;
  Expr* body = nullptr;
};
struct IfExp : ExprNode<ExprKind::IfExp> {
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};
struct Dict : ExprNode<ExprKind::Dict> {
  std::vector<Expr*> keys;  // a null key means `**values[i]`
  std::vector<Expr*> values;
};
struct Set : ExprNode<ExprKind::Set> {
  std::vector<Expr*> elts;
};
struct ListComp : ExprNode<ExprKind::ListComp> {
  Expr* elt = nullptr;
  std::vector<comprehension*> generators;
};
struct SetComp : ExprNode<ExprKind::SetComp> {
  Expr* elt = nullptr;
  std::vector<comprehension*> generators;
};
struct DictComp : ExprNode<ExprKind::DictComp> {
  Expr* key = nullptr;
  Expr* value = nullptr;
  std::vector<comprehension*> generators;
};
struct GeneratorExp : ExprNode<ExprKind::GeneratorExp> {
  Expr* elt = nullptr;
  std::vector<comprehension*> generators;
};
struct Await : ExprNode<ExprKind::Await> {
  Expr* value = nullptr;
};
struct Yield : ExprNode<ExprKind::Yield> {
  Expr* value = nullptr;  // optional
};
struct YieldFrom : ExprNode<ExprKind::YieldFrom> {
  Expr* value = nullptr;
};
struct Compare : ExprNode<ExprKind::Compare> {
  Expr* left = nullptr;
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;
};
struct Call : ExprNode<ExprKind::Call> {
  Expr* func = nullptr;
  std::vector<Expr*> args;
  std::vector<keyword*> keywords;
};
struct FormattedValue : ExprNode<ExprKind::FormattedValue> {
  Expr* value = nullptr;
  int conversion = -1;           // -1 none, 's', 'r' or 'a'
  Expr* format_spec = nullptr;   // optional; a JoinedStr when present
};
struct JoinedStr : ExprNode<ExprKind::JoinedStr> {
  std::vector<Expr*> values;  // Constant (str) and FormattedValue nodes
};
struct Constant : ExprNode<ExprKind::Constant> {
  ConstantValue value;
  std::string kind;  // "u" for u"..." literals, otherwise empty (None)
};
struct Attribute : ExprNode<ExprKind::Attribute> {
  Expr* value = nullptr;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};
struct Subscript : ExprNode<ExprKind::Subscript> {
  Expr* value = nullptr;
  Expr* slice = nullptr;
  ExprContext ctx = ExprContext::Load;
};
struct Starred : ExprNode<ExprKind::Starred> {
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};
struct Name : ExprNode<ExprKind::Name> {
  std::string id;
  ExprContext ctx = ExprContext::Load;
};
struct List : ExprNode<ExprKind::List> {
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};
struct Tuple : ExprNode<ExprKind::Tuple> {
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};
struct Slice : ExprNode<ExprKind::Slice> {
  Expr* lower = nullptr;  // all three optional
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

// ---------------------------------------------------------------------------
// Helper products
// ---------------------------------------------------------------------------
struct comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  int is_async = 0;
};

struct arg : Located {
  std::string arg;
  Expr* annotation = nullptr;  // optional
  std::string type_comment;    // never set by the weft parser
};

struct arguments {
  std::vector<ast::arg*> posonlyargs;
  std::vector<ast::arg*> args;
  ast::arg* vararg = nullptr;  // optional
  std::vector<ast::arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults;  // parallel to kwonlyargs; null = no default
  ast::arg* kwarg = nullptr;       // optional
  std::vector<Expr*> defaults;     // for the last len(defaults) of posonlyargs+args
};

struct keyword : Located {
  std::string arg;  // empty for `**value`
  Expr* value = nullptr;
};

struct alias : Located {
  std::string name;    // dotted name, or "*"
  std::string asname;  // optional
};

struct withitem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;  // optional
};

struct ExceptHandler : Located {
  Expr* type = nullptr;  // optional
  std::string name;      // optional
  std::vector<Stmt*> body;
};

// ---------------------------------------------------------------------------
// Patterns (match statement)
// ---------------------------------------------------------------------------
enum class PatternKind {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr,
};

struct Pattern : Located {
  PatternKind kind;

 protected:
  explicit Pattern(PatternKind k) : kind(k) {}
};

template <PatternKind K>
struct PatternNode : Pattern {
  static constexpr PatternKind kKind = K;
  PatternNode() : Pattern(K) {}
};

struct MatchValue : PatternNode<PatternKind::MatchValue> {
  Expr* value = nullptr;
};
struct MatchSingleton : PatternNode<PatternKind::MatchSingleton> {
  ConstantValue value;  // None, True or False
};
struct MatchSequence : PatternNode<PatternKind::MatchSequence> {
  std::vector<Pattern*> patterns;
};
struct MatchMapping : PatternNode<PatternKind::MatchMapping> {
  std::vector<Expr*> keys;
  std::vector<Pattern*> patterns;
  std::string rest;  // optional
};
struct MatchClass : PatternNode<PatternKind::MatchClass> {
  Expr* cls = nullptr;
  std::vector<Pattern*> patterns;
  std::vector<std::string> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
};
struct MatchStar : PatternNode<PatternKind::MatchStar> {
  std::string name;  // optional ("" for `*_`)
};
struct MatchAs : PatternNode<PatternKind::MatchAs> {
  Pattern* pattern = nullptr;  // optional
  std::string name;            // optional ("" for `_`)
};
struct MatchOr : PatternNode<PatternKind::MatchOr> {
  std::vector<Pattern*> patterns;
};

struct match_case {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;  // optional
  std::vector<Stmt*> body;
};

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------
enum class StmtKind {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign,
  For, AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert,
  Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue,
};

struct Stmt : Located {
  StmtKind kind;

 protected:
  explicit Stmt(StmtKind k) : kind(k) {}
};

template <StmtKind K>
struct StmtNode : Stmt {
  static constexpr StmtKind kKind = K;
  StmtNode() : Stmt(K) {}
};

// FunctionDef and AsyncFunctionDef share their fields.
template <StmtKind K>
struct FunctionDefFields : StmtNode<K> {
  std::string name;
  arguments* args = nullptr;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;  // optional
  std::string type_comment;
};
struct FunctionDef : FunctionDefFields<StmtKind::FunctionDef> {};
struct AsyncFunctionDef : FunctionDefFields<StmtKind::AsyncFunctionDef> {};

struct ClassDef : StmtNode<StmtKind::ClassDef> {
  std::string name;
  std::vector<Expr*> bases;
  std::vector<keyword*> keywords;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
};
struct Return : StmtNode<StmtKind::Return> {
  Expr* value = nullptr;  // optional
};
struct Delete : StmtNode<StmtKind::Delete> {
  std::vector<Expr*> targets;
};
struct Assign : StmtNode<StmtKind::Assign> {
  std::vector<Expr*> targets;
  Expr* value = nullptr;
  std::string type_comment;
};
struct AugAssign : StmtNode<StmtKind::AugAssign> {
  Expr* target = nullptr;
  OperatorKind op = OperatorKind::Add;
  Expr* value = nullptr;
};
struct AnnAssign : StmtNode<StmtKind::AnnAssign> {
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;  // optional
  int simple = 0;         // 1 when target is a plain unparenthesized Name
};

template <StmtKind K>
struct ForFields : StmtNode<K> {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
  std::string type_comment;
};
struct For : ForFields<StmtKind::For> {};
struct AsyncFor : ForFields<StmtKind::AsyncFor> {};

struct While : StmtNode<StmtKind::While> {
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};
struct If : StmtNode<StmtKind::If> {
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;  // an `elif` is a single nested If here
};

template <StmtKind K>
struct WithFields : StmtNode<K> {
  std::vector<withitem*> items;
  std::vector<Stmt*> body;
  std::string type_comment;
};
struct With : WithFields<StmtKind::With> {};
struct AsyncWith : WithFields<StmtKind::AsyncWith> {};

struct Match : StmtNode<StmtKind::Match> {
  Expr* subject = nullptr;
  std::vector<match_case*> cases;
};
struct Raise : StmtNode<StmtKind::Raise> {
  Expr* exc = nullptr;    // optional
  Expr* cause = nullptr;  // optional
};

template <StmtKind K>
struct TryFields : StmtNode<K> {
  std::vector<Stmt*> body;
  std::vector<ExceptHandler*> handlers;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
};
struct Try : TryFields<StmtKind::Try> {};
struct TryStar : TryFields<StmtKind::TryStar> {};

struct Assert : StmtNode<StmtKind::Assert> {
  Expr* test = nullptr;
  Expr* msg = nullptr;  // optional
};
struct Import : StmtNode<StmtKind::Import> {
  std::vector<alias*> names;
};
struct ImportFrom : StmtNode<StmtKind::ImportFrom> {
  std::string module;  // optional ("" for `from . import x`)
  std::vector<alias*> names;
  int level = 0;
};
struct Global : StmtNode<StmtKind::Global> {
  std::vector<std::string> names;
};
struct Nonlocal : StmtNode<StmtKind::Nonlocal> {
  std::vector<std::string> names;
};
struct ExprStmt : StmtNode<StmtKind::Expr> {  // asdl: Expr(expr value)
  Expr* value = nullptr;
};
struct Pass : StmtNode<StmtKind::Pass> {};
struct Break : StmtNode<StmtKind::Break> {};
struct Continue : StmtNode<StmtKind::Continue> {};

// ---------------------------------------------------------------------------
// The parse result (asdl `mod`).
// ---------------------------------------------------------------------------
struct Module {
  Arena arena;
  ParseMode mode = ParseMode::Exec;
  std::vector<Stmt*> body;

  // For ParseMode::Eval: the parsed expression (ast.Expression.body).
  Expr* expression() const {
    return body.empty() ? nullptr : static_cast<const ExprStmt*>(body.front())->value;
  }
};

// ---------------------------------------------------------------------------
// Checked downcasts: as<T>(node) is null when node is not a T; cast<T> asserts
// by contract (the caller has already switched on kind).
// ---------------------------------------------------------------------------
template <class T, class Base>
T* as(Base* node) {
  return node != nullptr && node->kind == T::kKind ? static_cast<T*>(node) : nullptr;
}
template <class T, class Base>
const T* as(const Base* node) {
  return node != nullptr && node->kind == T::kKind ? static_cast<const T*>(node) : nullptr;
}
template <class T, class Base>
T* cast(Base* node) {
  return static_cast<T*>(node);
}
template <class T, class Base>
const T* cast(const Base* node) {
  return static_cast<const T*>(node);
}

// Names of kinds and operators as spelled in the asdl (e.g. "BinOp", "Add").
const char* kind_name(ExprKind kind);
const char* kind_name(StmtKind kind);
const char* kind_name(PatternKind kind);
const char* op_name(OperatorKind op);
const char* op_name(UnaryOpKind op);
const char* op_name(BoolOpKind op);
const char* op_name(CmpOpKind op);

// Renders the tree like Python's ast.dump(tree, include_attributes=...), for
// tests and debugging. The top level is Module/Expression/Interactive by mode.
// Subtrees nested more than 2000 levels deep are shown as "...".
std::string dump(const Module& module, bool include_attributes = false);
std::string dump(const Expr* expr, bool include_attributes = false);

}  // namespace weft::ast

// Symbol tables: which scope every name of every block belongs to (local,
// global, free, cell), computed from the AST before code generation, with
// CPython 3.11's rules and SyntaxErrors (global/nonlocal, comprehensions, walrus).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/parse/ast.h"

namespace weft::compiler {

// Per-name definition flags (a bit set per symbol).
enum SymFlags : uint32_t {
  kDefGlobal = 1,        // global statement
  kDefLocal = 2,         // assignment in this block
  kDefParam = 4,         // parameter
  kDefNonlocal = 8,      // nonlocal statement
  kUse = 16,             // read in this block
  kDefFree = 32,
  kDefFreeClass = 64,    // free in a method, also bound in the class body
  kDefImport = 128,      // bound by an import
  kDefAnnot = 256,       // annotated in this block
  kDefCompIter = 512,    // comprehension iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

// The resolved scope of a name in a block.
enum class NameScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum class BlockType : uint8_t { Module, Class, Function, Annotation };
enum class CompKind : uint8_t { None, List, Set, Dict, Generator };

struct SymLocation {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// One block (module, class body, function, lambda or comprehension).
struct Scope {
  BlockType type = BlockType::Module;
  std::string name;
  const void* node = nullptr;
  SymLocation loc;

  // Symbols in first-seen order (the order matters for which error is reported).
  std::vector<std::pair<std::string, uint32_t>> symbols;
  std::unordered_map<std::string, size_t> symbol_index;
  std::unordered_map<std::string, NameScope> resolved;
  std::vector<std::string> varnames;  // parameters in order
  std::vector<Scope*> children;
  // Where each name was declared global/nonlocal (for analysis errors).
  std::vector<std::pair<std::string, SymLocation>> directives;

  CompKind comprehension = CompKind::None;
  bool nested = false;
  bool generator = false;
  bool coroutine = false;
  bool varargs = false;
  bool varkeywords = false;
  bool has_free = false;
  bool child_free = false;
  bool needs_class_closure = false;
  bool comp_iter_target = false;
  int comp_iter_expr = 0;

  uint32_t flags_of(const std::string& name) const {
    auto it = symbol_index.find(name);
    return it == symbol_index.end() ? 0 : symbols[it->second].second;
  }
  NameScope scope_of(const std::string& name) const {
    auto it = resolved.find(name);
    return it == resolved.end() ? NameScope::Unknown : it->second;
  }
  bool is_function() const { return type == BlockType::Function; }
};

// Applies private-name mangling (`__x` inside class C becomes `_C__x`).
std::string mangle(std::string_view private_name, bool has_private, const std::string& name);

class SymTable {
 public:
  // Builds and analyses the tables. On failure returns false and fills
  // error_msg/error_loc (the caller raises SyntaxError).
  bool build(const ast::Module& mod, bool future_annotations);

  Scope* top() const { return top_; }
  Scope* lookup(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
  }

  std::string error_msg;
  SymLocation error_loc;

 private:
  friend class SymbolVisitor;
  Scope* new_scope(BlockType type, std::string name, const void* node, SymLocation loc);
  bool analyze();

  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const void*, Scope*> by_node_;
  Scope* top_ = nullptr;
};

}  // namespace weft::compiler

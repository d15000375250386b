// Public entry point of the weft front end: source text in, AST (or a
// SyntaxError description matching CPython 3.11) out.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/parse/ast.h"

namespace weft {

using ast::ParseMode;

// Everything needed to raise SyntaxError (or a subclass) like CPython does.
struct SyntaxErrorInfo {
  std::string kind;      // "SyntaxError", "IndentationError" or "TabError"
  std::string msg;
  std::string filename;
  int lineno = 0;        // 1-based
  int offset = 0;        // 1-based column in code points, as SyntaxError.offset
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;      // the offending source line, with its newline, or "" if unknown
};

// Parses `source` (UTF-8; a leading BOM and coding declarations are accepted).
// Returns null and fills *err on failure. Never throws and bounds its recursion,
// so arbitrarily nested input produces an error instead of a crash.
std::unique_ptr<ast::Module> parse(std::string_view source, const std::string& filename,
                                   ParseMode mode, SyntaxErrorInfo* err);

}  // namespace weft

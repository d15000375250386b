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
// The fields are SyntaxError's attributes; 0 / "" stand for None.
struct SyntaxErrorInfo {
  // "SyntaxError", "IndentationError" or "TabError"; or "MemoryError" (with an
  // empty msg) when the input is nested too deeply, as CPython 3.11 raises.
  std::string kind;
  std::string msg;
  std::string filename;
  int lineno = 0;        // 1-based; 0 if the error has no location
  int offset = 0;        // 1-based column in code points, as SyntaxError.offset
  int end_lineno = 0;
  int end_offset = 0;    // may be 0 or -1 exactly where CPython reports that
  std::string text;      // the source line(s) CPython quotes, often with newline
};

// Parses `source`, which must be UTF-8 (a leading BOM is skipped; coding
// declarations are ignored, except that a Latin-1 file that is not valid
// UTF-8 is converted). Returns null and fills *err (if given) on failure.
// Never throws. Recursion is bounded, so arbitrarily nested input produces an
// error instead of a crash; the deepest accepted input needs about 1 MB of
// native stack. Note that the tree itself can be very deep for left-nested
// chains such as `a.b.c...` or `1+1+...` (as in CPython), so consumers that
// recurse over it must bound their own depth.
std::unique_ptr<ast::Module> parse(std::string_view source, const std::string& filename,
                                   ParseMode mode, SyntaxErrorInfo* err);

}  // namespace weft

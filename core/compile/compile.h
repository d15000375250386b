// The compiler's interface: source or AST to a code object.
#pragma once

#include <string>
#include <string_view>

#include "core/parse/parse.h"
#include "core/types/func.h"

namespace weft {

enum class CompileMode { Exec, Eval, Single };

// Parses and compiles; on failure raises SyntaxError (or IndentationError /
// TabError) with filename, lineno, offset, text as CPython does and returns null.
// optimize: 0 normal, 1 drops asserts and makes __debug__ False, 2 also drops docstrings.
Ref compile_source(ThreadState*, std::string_view source, std::string_view filename,
                   CompileMode mode, int optimize = 0);
// Compiles an already parsed module.
Ref compile_ast(ThreadState*, const ast::Module& mod, std::string_view filename,
                CompileMode mode, int optimize = 0);
// Raises the SyntaxError described by a parse failure.
void raise_syntax_error(ThreadState*, const SyntaxErrorInfo& info);

// A `dis`-like listing of a code object and the code objects in its
// constants, for debugging (core/compile/disasm.cc).
std::string disassemble(Code* code);

}  // namespace weft

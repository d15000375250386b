// Compiler entry points: source or AST to a module code object, `__future__`
// handling, and raising SyntaxError (and subclasses) with CPython's arguments.
#include "core/compile/compile.h"

#include "core/compile/codegen.h"
#include "core/runtime/abstract.h"

namespace weft {

namespace {

Type* syntax_error_type(const std::string& kind) {
  if (kind == "IndentationError") return &IndentationError_type;
  if (kind == "TabError") return &TabError_type;
  return &SyntaxError_type;
}

// The text of line `lineno` (1-based) of `source`, with its newline.
std::string source_line(std::string_view source, int lineno) {
  if (lineno < 1) return "";
  size_t pos = 0;
  for (int line = 1; line < lineno; line++) {
    size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) return "";
    pos = nl + 1;
  }
  if (pos >= source.size()) return "";
  size_t nl = source.find('\n', pos);
  return std::string(source.substr(pos, nl == std::string_view::npos ? std::string_view::npos
                                                                     : nl - pos + 1));
}

}  // namespace

void raise_syntax_error(ThreadState* ts, const SyntaxErrorInfo& info) {
  Ref msg = compiler::make_str_constant(ts, info.msg);
  Ref filename = compiler::make_str_constant(ts, info.filename);
  Ref text = info.text.empty() ? Ref::borrow(None()) : compiler::make_str_constant(ts, info.text);
  if (!msg || !filename || !text) return;
  Ref lineno = new_int(info.lineno), offset = new_int(info.offset);
  Ref end_lineno = new_int(info.end_lineno), end_offset = new_int(info.end_offset);
  Ref details = new_tuple({filename, lineno, offset, text, end_lineno, end_offset});
  if (!details) return;
  Value args[2] = {msg.get(), details.get()};
  Ref exc = call(ts, Value(syntax_error_type(info.kind)), args, 2);
  if (!exc) return;
  set_error_value(ts, exc);
}

namespace compiler {

void raise_compile_error(ThreadState* ts, const char* kind, const std::string& msg,
                         const std::string& filename, std::string_view source, int lineno,
                         int col, int end_lineno, int end_col) {
  SyntaxErrorInfo info;
  info.kind = kind;
  info.msg = msg;
  info.filename = filename;
  info.lineno = lineno;
  info.offset = col + 1;
  info.end_lineno = end_lineno;
  info.end_offset = end_col + 1;
  // CPython reads the line back from the named file, so pseudo-files such as
  // "<string>" have no text.
  if (!filename.empty() && filename[0] != '<') info.text = source_line(source, lineno);
  raise_syntax_error(ts, info);
}

namespace {

const char* const kKnownFutures[] = {
    "nested_scopes", "generators",       "division",         "absolute_import",
    "with_statement", "print_function", "unicode_literals", "generator_stop",
    "barry_as_FLUFL",
};

bool is_docstring(const ast::Stmt* s) {
  auto* es = ast::as<ast::ExprStmt>(s);
  if (!es) return false;
  auto* c = ast::as<ast::Constant>(es->value);
  return c && c->value.kind == ast::ConstantValue::Str;
}

// Processes the leading `from __future__ import ...` statements.
bool parse_future(Compiler& c, const ast::Module& mod) {
  if (mod.mode == ast::ParseMode::Eval || mod.body.empty()) return true;
  size_t i = is_docstring(mod.body[0]) ? 1 : 0;
  bool done = false;
  int prev_line = 0;
  for (; i < mod.body.size(); i++) {
    const ast::Stmt* s = mod.body[i];
    if (done && s->lineno > prev_line) return true;
    prev_line = s->lineno;
    auto* imp = ast::as<ast::ImportFrom>(s);
    if (!imp || imp->module != "__future__") {
      done = true;
      continue;
    }
    if (done) {
      raise_compile_error(c.ts_, "SyntaxError",
                          "from __future__ imports must occur at the beginning of the file",
                          c.filename_, c.source_, s->lineno, s->col_offset - 1, s->lineno,
                          s->col_offset - 1);
      return false;
    }
    for (const ast::alias* a : imp->names) {
      const std::string& feature = a->name;
      bool known = false;
      for (const char* k : kKnownFutures)
        if (feature == k) known = true;
      if (feature == "annotations") {
        c.future_annotations_ = true;
        known = true;
      }
      if (known) continue;
      std::string msg = feature == "braces" ? "not a chance"
                                            : "future feature " + feature + " is not defined";
      raise_compile_error(c.ts_, "SyntaxError", msg, c.filename_, c.source_, s->lineno,
                          s->col_offset, s->lineno, s->col_offset);
      return false;
    }
    c.future_lineno_ = s->lineno;
  }
  return true;
}

Ref compile_module(ThreadState* ts, const ast::Module& mod, std::string_view filename,
                   std::string_view source, CompileMode mode, int optimize) {
  Compiler c(ts, filename, source, optimize < 0 ? 0 : optimize);
  if (!parse_future(c, mod)) return nullptr;
  try {
    return c.compile(mod, mode);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
}

}  // namespace
}  // namespace compiler

Ref compile_ast(ThreadState* ts, const ast::Module& mod, std::string_view filename,
                CompileMode mode, int optimize) {
  return compiler::compile_module(ts, mod, filename, std::string_view(), mode, optimize);
}

Ref compile_source(ThreadState* ts, std::string_view source, std::string_view filename,
                   CompileMode mode, int optimize) {
  ParseMode pm = mode == CompileMode::Eval     ? ParseMode::Eval
                 : mode == CompileMode::Single ? ParseMode::Single
                                               : ParseMode::Exec;
  SyntaxErrorInfo err;
  std::unique_ptr<ast::Module> mod;
  // CPython's tokenizer ends the last line with an implicit NEWLINE in every
  // mode; weft's parser needs the newline spelled out for "single" input.
  std::string single_source;
  if (pm == ParseMode::Single && !source.empty() && source.back() != '\n') {
    single_source.assign(source);
    single_source += '\n';
    source = single_source;
  }
  try {
    mod = parse(source, std::string(filename), pm, &err);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  if (!mod) {
    if (err.filename.empty()) err.filename = std::string(filename);
    raise_syntax_error(ts, err);
    return nullptr;
  }
  return compiler::compile_module(ts, *mod, filename, source, mode, optimize);
}

}  // namespace weft

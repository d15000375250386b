// Builtins that run or inspect code: compile, exec, eval, globals, locals,
// dir, __build_class__.
#include <string>

#include "core/compile/compile.h"
#include "core/runtime/abstract.h"
#include "core/vm/eval.h"
#include "stdlib/builtins_internal.h"

namespace weft {
namespace {

constexpr int64_t kOnlyAst = 0x400;

// Source text of a str/bytes/bytearray argument (UTF-8).
bool source_text(ThreadState* ts, const char* fname, Value v, std::string* out) {
  if (is_str(v)) {
    out->assign(str_utf8(v));
    return true;
  }
  if (is_bytes(v)) {
    Bytes* b = static_cast<Bytes*>(v.as_object());
    out->assign(b->data, b->length);
    return true;
  }
  if (isinstance_of(v, &bytearray_type)) {
    ByteArray* b = static_cast<ByteArray*>(v.as_object());
    out->assign(b->data, b->length);
    return true;
  }
  set_errorf(ts, &TypeError_type, "%s() arg 1 must be a string, bytes or code object", fname);
  return false;
}

Ref builtin_compile(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[7];
  if (!parse_args(ts, "compile", args, nargs, kw,
                  {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
                  3, v))
    return nullptr;
  int64_t flags = 0;
  if (v[3] && !int_to_i64(ts, v[3], &flags)) return nullptr;
  if (flags & kOnlyAst) {
    set_error(ts, &NotImplementedError_type, "compile() to an AST is not supported yet");
    return nullptr;
  }
  if (type_of(v[0]) == &code_type) return Ref::borrow(v[0]);
  std::string source;
  if (!source_text(ts, "compile", v[0], &source)) return nullptr;
  Ref filename = is_str(v[1]) ? Ref::borrow(v[1]) : str_of(ts, v[1]);
  if (!filename) return nullptr;
  std::string_view mode = is_str(v[2]) ? str_utf8(v[2]) : "";
  CompileMode m;
  if (mode == "exec") m = CompileMode::Exec;
  else if (mode == "eval") m = CompileMode::Eval;
  else if (mode == "single") m = CompileMode::Single;
  else {
    set_error(ts, &ValueError_type, "compile() mode must be 'exec', 'eval' or 'single'");
    return nullptr;
  }
  int64_t optimize = 0;
  if (v[5] && !int_to_i64(ts, v[5], &optimize)) return nullptr;
  return compile_source(ts, source, str_utf8(filename.get()), m, optimize < 0 ? 0 : static_cast<int>(optimize));
}

// exec/eval: resolves the namespaces, compiles strings, runs the code.
Ref run_code(ThreadState* ts, const char* fname, const Value* args, size_t nargs, Tuple* kw,
             CompileMode mode) {
  Value v[3];
  // All three are positional-only; exec() also has a keyword-only `closure`
  // (not supported), which gives it clinic's keyword-taking wording.
  if (mode == CompileMode::Exec && nargs == 0) {
    set_error(ts, &TypeError_type, "exec() takes at least 1 positional argument (0 given)");
    return nullptr;
  }
  if (!parse_args(ts, fname, args, nargs, kw, {"source", "globals", "locals"}, 1, v, 3)) return nullptr;
  Ref globals, locals;
  if (v[1] && v[1] != None()) {
    if (!is_dict(v[1])) {
      set_errorf(ts, &TypeError_type, "%s() globals must be a dict, not %s", fname, type_name(v[1]));
      return nullptr;
    }
    globals = Ref::borrow(v[1]);
  } else {
    globals = get_globals(ts);
    if (!globals) {
      if (ts->has_error()) return nullptr;
      globals = new_dict();
    }
    if (!v[2] || v[2] == None()) locals = get_locals(ts);
    if (ts->has_error()) return nullptr;
  }
  if (v[2] && v[2] != None()) locals = Ref::borrow(v[2]);
  Dict* g = globals.as<Dict>();
  Ref has_builtins = dict_get_str(ts, g, intern_str(ts, "__builtins__"));
  if (!has_builtins) {
    if (ts->has_error()) return nullptr;
    if (dict_set_str(ts, g, "__builtins__", ts->interp->builtins.get()) < 0) return nullptr;
  }
  Ref code;
  if (type_of(v[0]) == &code_type) {
    code = Ref::borrow(v[0]);
  } else {
    std::string source;
    if (!source_text(ts, fname, v[0], &source)) return nullptr;
    if (mode == CompileMode::Eval) {
      size_t start = source.find_first_not_of(" \t");
      source = start == std::string::npos ? "" : source.substr(start);
    }
    code = compile_source(ts, source, "<string>", mode);
    if (!code) return nullptr;
  }
  Ref result = eval_code(ts, code.as<Code>(), g, locals ? locals.get() : Value());
  if (!result) return nullptr;
  if (mode == CompileMode::Exec) return new_none();
  return result;
}

Ref builtin_exec(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return run_code(ts, "exec", args, nargs, kw, CompileMode::Exec);
}

Ref builtin_eval(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return run_code(ts, "eval", args, nargs, kw, CompileMode::Eval);
}

Ref builtin_globals(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!parse_args(ts, "globals", args, nargs, kw, {}, 0, nullptr)) return nullptr;
  Ref g = get_globals(ts);
  if (!g && !ts->has_error()) return new_dict();
  return g;
}

Ref builtin_locals(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!parse_args(ts, "locals", args, nargs, kw, {}, 0, nullptr)) return nullptr;
  Ref l = get_locals(ts);
  if (!l && !ts->has_error()) return new_dict();
  return l;
}

Ref builtin_dir(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->length) return no_kwargs(ts, "dir", kw), nullptr;
  Ref names;
  if (nargs == 0) {
    Ref l = get_locals(ts);
    if (!l) return ts->has_error() ? nullptr : new_list(0);
    names = sequence_to_list(ts, l.get());
  } else if (nargs == 1) {
    Ref method = lookup_special(ts, args[0], intern_str(ts, "__dir__"));
    if (!method) {
      if (!ts->has_error()) set_error(ts, &TypeError_type, "object does not provide __dir__");
      return nullptr;
    }
    Ref r = call0(ts, method.get());
    if (!r) return nullptr;
    names = sequence_to_list(ts, r.get());
  } else {
    set_errorf(ts, &TypeError_type, "dir expected at most 1 argument, got %zu", nargs);
    return nullptr;
  }
  if (!names || list_sort(ts, names.as<List>(), Value(), false) < 0) return nullptr;
  return names;
}

Ref builtin_build_class(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return build_class(ts, args, nargs, kw);
}

}  // namespace

const MethodDef builtin_exec_functions[] = {
    {"compile", builtin_compile, kMethStatic, "Compile source into a code object."},
    {"exec", builtin_exec, kMethStatic, "Execute the given source in the context of globals and locals."},
    {"eval", builtin_eval, kMethStatic, "Evaluate the given source in the context of globals and locals."},
    {"globals", builtin_globals, kMethStatic, nullptr},
    {"locals", builtin_locals, kMethStatic, nullptr},
    {"dir", builtin_dir, kMethStatic, nullptr},
    {"__build_class__", builtin_build_class, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft

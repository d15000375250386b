// Unit tests of the compiler: symbol-table analysis (local/global/free/cell,
// the implicit __class__ cell, walrus scoping, CPython's SyntaxErrors), the
// opcode stack effects, and the stack depth of a few compiled code objects.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "core/compile/codegen.h"
#include "core/compile/compile.h"
#include "core/compile/symtable.h"
#include "core/runtime/init.h"
#include "core/runtime/thread_state.h"

using namespace weft;
using namespace weft::compiler;

namespace {

std::unique_ptr<ast::Module> parse_ok(const char* src) {
  SyntaxErrorInfo err;
  auto mod = parse(src, "<test>", ParseMode::Exec, &err);
  REQUIRE_MESSAGE(mod != nullptr, err.msg);
  return mod;
}

Scope* child(Scope* s, const std::string& name) {
  for (Scope* c : s->children)
    if (c->name == name) return c;
  return nullptr;
}

std::string symtable_error(const char* src) {
  auto mod = parse_ok(src);
  SymTable st;
  if (st.build(*mod, false)) return "";
  return st.error_msg;
}

struct Env {
  Interpreter interp;
  ThreadState* ts = nullptr;
  Env() {
    ts = new_thread_state(&interp);
    init_types(ts);
  }
};

ThreadState* env_ts() {
  static Env env;
  return env.ts;
}

}  // namespace

TEST_CASE("symtable: local, global, free and cell variables") {
  auto mod = parse_ok(
      "x = 1\n"
      "def f(a):\n"
      "    b = a\n"
      "    def g():\n"
      "        return b + x\n"
      "    return g\n");
  SymTable st;
  REQUIRE(st.build(*mod, false));
  Scope* f = child(st.top(), "f");
  REQUIRE(f);
  CHECK(f->scope_of("a") == NameScope::Local);
  CHECK(f->scope_of("b") == NameScope::Cell);
  CHECK(f->varnames == std::vector<std::string>{"a"});
  Scope* g = child(f, "g");
  REQUIRE(g);
  CHECK(g->scope_of("b") == NameScope::Free);
  CHECK(g->scope_of("x") == NameScope::GlobalImplicit);
  CHECK(st.top()->scope_of("x") == NameScope::Local);
}

TEST_CASE("symtable: super() gives methods an implicit __class__ cell") {
  auto mod = parse_ok(
      "class C(B):\n"
      "    def m(self):\n"
      "        return super().m()\n"
      "    def n(self):\n"
      "        return 1\n");
  SymTable st;
  REQUIRE(st.build(*mod, false));
  Scope* c = child(st.top(), "C");
  REQUIRE(c);
  CHECK(c->needs_class_closure);
  CHECK(child(c, "m")->scope_of("__class__") == NameScope::Free);
  CHECK(child(c, "n")->scope_of("__class__") == NameScope::Unknown);
}

TEST_CASE("symtable: class bodies are not enclosing scopes") {
  auto mod = parse_ok(
      "def f():\n"
      "    y = 1\n"
      "    class C:\n"
      "        y = 2\n"
      "        def m(self):\n"
      "            return y\n");
  SymTable st;
  REQUIRE(st.build(*mod, false));
  Scope* f = child(st.top(), "f");
  Scope* c = child(f, "C");
  CHECK(f->scope_of("y") == NameScope::Cell);
  CHECK(child(c, "m")->scope_of("y") == NameScope::Free);
  CHECK((c->flags_of("y") & kDefFreeClass) != 0);
}

TEST_CASE("symtable: walrus in a comprehension binds in the enclosing function") {
  auto mod = parse_ok(
      "def f(xs):\n"
      "    [last := x for x in xs]\n"
      "    return last\n");
  SymTable st;
  REQUIRE(st.build(*mod, false));
  Scope* f = child(st.top(), "f");
  CHECK(f->scope_of("last") == NameScope::Cell);
  Scope* comp = child(f, "listcomp");
  REQUIRE(comp);
  CHECK(comp->scope_of("last") == NameScope::Free);
  CHECK(comp->scope_of("x") == NameScope::Local);
  CHECK(comp->varnames == std::vector<std::string>{".0"});
}

TEST_CASE("symtable: CPython's SyntaxErrors") {
  CHECK(symtable_error("nonlocal x\n") == "nonlocal declaration not allowed at module level");
  CHECK(symtable_error("def f():\n    x = 1\n    global x\n") ==
        "name 'x' is assigned to before global declaration");
  CHECK(symtable_error("def f():\n    print(x)\n    global x\n") ==
        "name 'x' is used prior to global declaration");
  CHECK(symtable_error("def f():\n    nonlocal y\n") == "no binding for nonlocal 'y' found");
  CHECK(symtable_error("def f(a, a): pass\n") ==
        "duplicate argument 'a' in function definition");
  CHECK(symtable_error("def f():\n    from m import *\n") ==
        "import * only allowed at module level");
  CHECK(symtable_error("[(yield) for x in y]\n") == "'yield' inside list comprehension");
  CHECK(symtable_error("class C:\n    [y := 1 for x in z]\n") ==
        "assignment expression within a comprehension cannot be used in a class body");
  CHECK(symtable_error("[x := 1 for x in z]\n") ==
        "assignment expression cannot rebind comprehension iteration variable 'x'");
}

TEST_CASE("stack effects") {
  CHECK(stack_effect(CALL, 2, false) == -3);
  CHECK(stack_effect(BUILD_MAP, 2, false) == -3);
  CHECK(stack_effect(UNPACK_EX, 1 | (2 << 8), false) == 3);
  CHECK(stack_effect(FOR_ITER, 0, false) == 1);
  CHECK(stack_effect(FOR_ITER, 0, true) == -1);
  CHECK(stack_effect(SETUP_FINALLY, 0, true) == 2);
  CHECK(stack_effect(MAKE_FUNCTION, 1 | 8, false) == -2);
  CHECK(stack_effect(JUMP_IF_TRUE_OR_POP, 0, true) == 0);
  CHECK(stack_effect(JUMP_IF_TRUE_OR_POP, 0, false) == -1);
}

TEST_CASE("compiled code: stack depth and flags") {
  ThreadState* ts = env_ts();
  Ref code = compile_source(ts, "f(a, b, *c, k=1, **d)\n", "<test>", CompileMode::Exec);
  REQUIRE(code);
  // f NULL list a / b ... the deepest point is [f, NULL, list, item] then the kwargs dict.
  CHECK(code.as<Code>()->stacksize >= 4);
  CHECK(code.as<Code>()->stacksize <= 6);

  Ref gen = compile_source(ts, "def g():\n    yield 1\n", "<test>", CompileMode::Exec);
  REQUIRE(gen);
  Tuple* consts = gen.as<Code>()->consts;
  Code* g = nullptr;
  for (int64_t i = 0; i < consts->length; i++)
    if (type_of(consts->items[i]) == &code_type) g = static_cast<Code*>(consts->items[i].as_object());
  REQUIRE(g);
  CHECK((g->flags & kCoGenerator) != 0);
  CHECK(std::string(str_utf8(g->qualname)) == "g");

  Ref bad = compile_source(ts, "return 1\n", "<test>", CompileMode::Exec);
  CHECK(!bad);
  CHECK(error_matches(ts, &SyntaxError_type));
  clear_error(ts);
}

// Unit tests for the front end (core/parse): tokenizing, precedence,
// f-strings, source positions, CPython-compatible SyntaxErrors and robustness
// against deeply nested input. Expected trees use Python's ast.dump() format.
#include <doctest/doctest.h>

#include <string>

#include "core/parse/ast.h"
#include "core/parse/parse.h"

namespace {

using weft::ParseMode;
using weft::SyntaxErrorInfo;
namespace ast = weft::ast;

// ast.dump() of the parse of `source`, or "ERROR ..." if it fails.
std::string dump(const std::string& source, ParseMode mode = ParseMode::Exec, bool attributes = false) {
  SyntaxErrorInfo err;
  auto module = weft::parse(source, "<test>", mode, &err);
  if (!module) return "ERROR " + err.kind + ": " + err.msg;
  return ast::dump(*module, attributes);
}

// ast.dump() of the single expression in `source`.
std::string expr(const std::string& source, bool attributes = false) {
  SyntaxErrorInfo err;
  auto module = weft::parse(source, "<test>", ParseMode::Eval, &err);
  if (!module) return "ERROR " + err.kind + ": " + err.msg;
  return ast::dump(module->expression(), attributes);
}

SyntaxErrorInfo error(const std::string& source, ParseMode mode = ParseMode::Exec) {
  SyntaxErrorInfo err;
  auto module = weft::parse(source, "<test>", mode, &err);
  REQUIRE(module == nullptr);
  return err;
}

// Checks kind, message and (lineno, offset, end_lineno, end_offset).
void check_error(const std::string& source, const std::string& kind, const std::string& msg, int lineno,
                 int offset, int end_lineno, int end_offset) {
  CAPTURE(source);
  SyntaxErrorInfo err = error(source);
  CHECK(err.kind == kind);
  CHECK(err.msg == msg);
  CHECK(err.lineno == lineno);
  CHECK(err.offset == offset);
  CHECK(err.end_lineno == end_lineno);
  CHECK(err.end_offset == end_offset);
}

}  // namespace

TEST_CASE("parse: number literals") {
  CHECK(expr("0xff") == "Constant(value=255)");
  CHECK(expr("0o777") == "Constant(value=511)");
  CHECK(expr("0b1010_1010") == "Constant(value=170)");
  CHECK(expr("1_000_000") == "Constant(value=1000000)");
  CHECK(expr("000") == "Constant(value=0)");
  // Arbitrary precision: exact decimal digits, even from hexadecimal.
  CHECK(expr("0xffffffffffffffffffffffffffffffff") ==
        "Constant(value=340282366920938463463374607431768211455)");
  CHECK(expr("1.5") == "Constant(value=1.5)");
  CHECK(expr("1e10") == "Constant(value=10000000000.0)");
  CHECK(expr(".5e-3") == "Constant(value=0.0005)");
  CHECK(expr("1_0.0_1") == "Constant(value=10.01)");
  CHECK(expr("1e999") == "Constant(value=inf)");
  CHECK(expr("3j") == "Constant(value=3j)");
  CHECK(expr("1.5J") == "Constant(value=1.5j)");
  CHECK(expr("1if x else 2") ==
        "IfExp(test=Name(id='x', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2))");

  auto constant = [](const std::string& source) {
    SyntaxErrorInfo err;
    auto module = weft::parse(source, "<test>", ParseMode::Eval, &err);
    REQUIRE(module);
    const auto* c = ast::as<ast::Constant>(module->expression());
    REQUIRE(c != nullptr);
    return c->value;
  };
  CHECK(constant("0x10").kind == ast::ConstantValue::Int);
  CHECK(constant("0x10").text == "16");
  CHECK(constant("2.5").kind == ast::ConstantValue::Float);
  CHECK(constant("2.5").f == 2.5);
  CHECK(constant("4j").kind == ast::ConstantValue::Complex);
  CHECK(constant("4j").f == 4.0);
}

TEST_CASE("parse: string literals") {
  CHECK(expr(R"('a\tb\x41\101\u00e9\U0001F600\N{EM DASH}')") == "Constant(value='a\\tbAAé😀—')");
  CHECK(expr(R"(r'a\tb')") == "Constant(value='a\\\\tb')");
  CHECK(expr(R"(b'\x00ab\'')") == "Constant(value=b\"\\x00ab'\")");
  CHECK(expr(R"(rb'\x00')") == "Constant(value=b'\\\\x00')");
  CHECK(expr(R"(u'x')") == "Constant(value='x', kind='u')");
  CHECK(expr("'a' \"b\" '''c'''") == "Constant(value='abc')");
  CHECK(expr("'''a\nb'''") == "Constant(value='a\\nb')");
  CHECK(expr("'a\\\nb'") == "Constant(value='ab')");  // escaped newline
  CHECK(expr(R"('\N{latin small letter a}')") == "Constant(value='a')");

  // Lone surrogates are kept, encoded as WTF-8.
  SyntaxErrorInfo err;
  auto module = weft::parse(R"('\ud800')", "<test>", ParseMode::Eval, &err);
  REQUIRE(module);
  CHECK(ast::cast<ast::Constant>(module->expression())->value.text == "\xED\xA0\x80");
}

TEST_CASE("parse: indentation and line joining") {
  CHECK(dump("if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass\n") ==
        "Module(body=[If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', ctx=Load()), "
        "body=[Pass()], orelse=[Pass()])], orelse=[])], type_ignores=[])");
  CHECK(dump("x = (1 +\n     2)\ny = [\n  3,\n]\nz = 4 + \\\n    5\n") ==
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), "
        "right=Constant(value=2))), Assign(targets=[Name(id='y', ctx=Store())], value=List(elts=[Constant(value=3)], "
        "ctx=Load())), Assign(targets=[Name(id='z', ctx=Store())], value=BinOp(left=Constant(value=4), op=Add(), "
        "right=Constant(value=5)))], type_ignores=[])");
  // Blank lines, comments, form feeds, CRLF and a missing final newline.
  CHECK(dump("if x:\r\n\r\n    # comment\r\n\f    pass") ==
        "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])");
  // A UTF-8 byte order mark is skipped.
  CHECK(dump("\xEF\xBB\xBFpass") == "Module(body=[Pass()], type_ignores=[])");
}

TEST_CASE("parse: operator precedence") {
  CHECK(expr("1 + 2 * 3 ** -4") ==
        "BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), "
        "right=BinOp(left=Constant(value=3), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=4)))))");
  CHECK(expr("-2 ** 2") ==
        "UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2)))");
  CHECK(expr("a | b ^ c & d << e") ==
        "BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), "
        "right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=Name(id='d', ctx=Load()), "
        "op=LShift(), right=Name(id='e', ctx=Load())))))");
  CHECK(expr("not a == b and c or d") ==
        "BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Compare(left=Name(id='a', "
        "ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])), Name(id='c', ctx=Load())]), "
        "Name(id='d', ctx=Load())])");
  CHECK(expr("a < b <= c is not d not in e") ==
        "Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn()], "
        "comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), "
        "Name(id='e', ctx=Load())])");
  CHECK(expr("a if b else c if d else e") ==
        "IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', "
        "ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load())))");
  CHECK(expr("lambda x, /, y=1, *a, z, **k: x") ==
        "Lambda(args=arguments(posonlyargs=[arg(arg='x')], args=[arg(arg='y')], vararg=arg(arg='a'), "
        "kwonlyargs=[arg(arg='z')], kw_defaults=[None], kwarg=arg(arg='k'), defaults=[Constant(value=1)]), "
        "body=Name(id='x', ctx=Load()))");
  CHECK(expr("a[1:2, ::3, *b]") ==
        "Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), "
        "upper=Constant(value=2)), Slice(step=Constant(value=3)), Starred(value=Name(id='b', ctx=Load()), "
        "ctx=Load())], ctx=Load()), ctx=Load())");
  CHECK(expr("f(a, *b, c=1, **d)") ==
        "Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', "
        "ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', "
        "ctx=Load()))])");
  CHECK(expr("{**a, 'b': 1}") ==
        "Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)])");
  CHECK(expr("[x async for x in y if x if z for w in x]") ==
        "ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), "
        "iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), Name(id='z', ctx=Load())], is_async=1), "
        "comprehension(target=Name(id='w', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)])");
  CHECK(expr("(y := f(x))") ==
        "NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), "
        "args=[Name(id='x', ctx=Load())], keywords=[]))");
}

TEST_CASE("parse: statements") {
  CHECK(dump("a = b, *c = d") ==
        "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id='b', ctx=Store()), "
        "Starred(value=Name(id='c', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], "
        "type_ignores=[])");
  CHECK(dump("x: int = 1\n(y): str\n") ==
        "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), "
        "value=Constant(value=1), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), "
        "annotation=Name(id='str', ctx=Load()), simple=0)], type_ignores=[])");
  CHECK(dump("del a, b[0]\nprint(x)\nfrom ..m import (a as b, c)\nglobal g\n") ==
        "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), "
        "slice=Constant(value=0), ctx=Del())]), Expr(value=Call(func=Name(id='print', ctx=Load()), "
        "args=[Name(id='x', ctx=Load())], keywords=[])), ImportFrom(module='m', names=[alias(name='a', asname='b'), "
        "alias(name='c')], level=2), Global(names=['g'])], type_ignores=[])");
  CHECK(dump("with (open(a) as f, open(b) as g):\n    pass\n") ==
        "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), "
        "args=[Name(id='a', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), "
        "withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='b', ctx=Load())], "
        "keywords=[]), optional_vars=Name(id='g', ctx=Store()))], body=[Pass()])], type_ignores=[])");
  CHECK(dump("try:\n    pass\nexcept* E as e:\n    pass\n") ==
        "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', "
        "body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])");
  CHECK(dump("@d\nasync def f(a: int = 1) -> None:\n    await x\n    yield\n") ==
        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', "
        "annotation=Name(id='int', ctx=Load()))], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1)]), "
        "body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), Expr(value=Yield())], "
        "decorator_list=[Name(id='d', ctx=Load())], returns=Constant(value=None))], type_ignores=[])");
  // `match`, `case` and `_` are soft keywords.
  CHECK(dump("match = case = _ = 1\nprint = 2\n") ==
        "Module(body=[Assign(targets=[Name(id='match', ctx=Store()), Name(id='case', ctx=Store()), "
        "Name(id='_', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='print', ctx=Store())], "
        "value=Constant(value=2))], type_ignores=[])");
}

TEST_CASE("parse: match statement") {
  CHECK(dump("match p:\n"
             "    case [1, *rest] | {'k': v, **kw}:\n"
             "        pass\n"
             "    case Point(x=0, y=_) as pt if pt:\n"
             "        pass\n"
             "    case -1 + 2j | None | a.b:\n"
             "        pass\n") ==
        "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=["
        "MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), "
        "MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw')]), body=[Pass()]), "
        "match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], "
        "kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs()]), name='pt'), "
        "guard=Name(id='pt', ctx=Load()), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue("
        "value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Add(), right=Constant(value=2j))), "
        "MatchSingleton(value=None), MatchValue(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', "
        "ctx=Load()))]), body=[Pass()])])], type_ignores=[])");
}

TEST_CASE("parse: f-strings") {
  CHECK(expr("f'a{b!r:>{w}}c'") ==
        "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114, "
        "format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), "
        "conversion=-1)])), Constant(value='c')])");
  // Self-documenting `=`: the text becomes a literal and the conversion !r.
  CHECK(expr("f'{x = }'") ==
        "JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), "
        "conversion=114)])");
  CHECK(expr("f'{x=:.2f}'") ==
        "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, "
        "format_spec=JoinedStr(values=[Constant(value='.2f')]))])");
  CHECK(expr("f'{{}}{a!s}{b!a}' 'tail'") ==
        "JoinedStr(values=[Constant(value='{}'), FormattedValue(value=Name(id='a', ctx=Load()), conversion=115), "
        "FormattedValue(value=Name(id='b', ctx=Load()), conversion=97), Constant(value='tail')])");
  CHECK(expr("f'{f\"{x}\"}'") ==
        "JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
        "ctx=Load()), conversion=-1)]), conversion=-1)])");
  CHECK(expr("f''") == "JoinedStr(values=[])");
  CHECK(expr(R"(rf'\d{x}')") ==
        "JoinedStr(values=[Constant(value='\\\\d'), FormattedValue(value=Name(id='x', ctx=Load()), "
        "conversion=-1)])");
  // Replacement fields get real positions.
  CHECK(expr("f'ab{ x }'", true) ==
        "JoinedStr(values=[Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), "
        "FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), "
        "conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=10)");
}

TEST_CASE("parse: source positions") {
  // Columns are UTF-8 byte offsets.
  CHECK(dump("é = (a) + b", ParseMode::Exec, true) ==
        "Module(body=[Assign(targets=[Name(id='é', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=2)], value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
        "end_col_offset=7), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, "
        "end_col_offset=12), lineno=1, col_offset=5, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=12)], type_ignores=[])");
  // A compound statement ends at its last token, here the ';'.
  CHECK(dump("def f():\n    x;\n", ParseMode::Exec, true) ==
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], "
        "defaults=[]), body=[Expr(value=Name(id='x', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, "
        "end_col_offset=5), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], decorator_list=[], "
        "lineno=1, col_offset=0, end_lineno=2, end_col_offset=6)], type_ignores=[])");
  // A lone generator argument spans the call's parentheses.
  CHECK(expr("f(x for x in y)", true) ==
        "Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), "
        "args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), "
        "generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, "
        "end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, "
        "end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], "
        "keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)");
}

TEST_CASE("parse: syntax errors match CPython") {
  check_error("x = (1 2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0);
  check_error("f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6);
  check_error("x = 1 +", "SyntaxError", "invalid syntax", 1, 8, 1, 8);
  check_error(")", "SyntaxError", "unmatched ')'", 1, 1, 1, 1);
  check_error("(]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, 1, 2);
  check_error("if x\n  pass", "SyntaxError", "expected ':'", 1, 5, 1, 5);
  check_error("x=1\n  y=2\n", "IndentationError", "unexpected indent", 2, 2, 2, -1);
  check_error("if x:\n  y\n z\n", "IndentationError", "unindent does not match any outer indentation level", 3,
              3, 3, -1);
  check_error("if x:\n\ty\n        z\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3,
              0);
  check_error("for x in y:\npass\n", "IndentationError",
              "expected an indented block after 'for' statement on line 1", 2, 1, 2, 5);
  check_error("x = \"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5);
  check_error("x = '''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5,
              1, 5);
  check_error("f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?",
              1, 1, 1, 4);
  check_error("x = f() = 1", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8);
  check_error("del f()", "SyntaxError", "cannot delete function call", 1, 5, 1, 8);
  check_error("for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6);
  check_error("if x = 1:\n  pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1,
              4, 1, 9);
  check_error("print 'hello'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1,
              1, 14);
  check_error("f(a for a in b, c)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15);
  check_error("f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10);
  check_error("def f(x=1, y): pass", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13);
  check_error("a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5);
  check_error("0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3);
  check_error("012", "SyntaxError",
              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1,
              1, 2);
  check_error("1abc", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1);
  check_error("x = €", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5, 1, 5);
  check_error("x = 1 \\ y", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0);
  check_error("f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6);
  check_error("f'{x!z}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9,
              1, 9);
  check_error("f'{a b}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5);
  check_error("b'é'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1, 1, 5);
  check_error("x = '\\xzz'", "SyntaxError",
              "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1,
              11, 1, 11);
  check_error("match x\n    case 1: pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8);
  check_error("try:\n  pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2);

  SyntaxErrorInfo err = error("x = (1 2\n");
  CHECK(err.filename == "<test>");
  CHECK(err.text == "x = (1 2\n");
  CHECK(error("x = 1\ny = 2\n", ParseMode::Single).msg ==
        "multiple statements found while compiling a single statement");
  CHECK(error("x = 1", ParseMode::Eval).msg == "invalid syntax");
  CHECK(error(std::string("x\0y", 3)).msg == "source code string cannot contain null bytes");
}

TEST_CASE("parse: deep nesting fails cleanly") {
  check_error(std::string(1000, '('), "SyntaxError", "too many nested parentheses", 1, 201, 1, 201);
  check_error(std::string(100000, '['), "SyntaxError", "too many nested parentheses", 1, 201, 1, 201);
  CHECK(error(std::string(100000, '-') + "1").kind == "MemoryError");
  CHECK(error(std::string(100000, '~') + "1").kind == "MemoryError");

  std::string lambdas;
  for (int i = 0; i < 10000; ++i) lambdas += "lambda:";
  CHECK(error(lambdas + "1").kind == "MemoryError");

  std::string ifs;
  for (int i = 0; i < 101; ++i) ifs += std::string(i, ' ') + "if x:\n";
  check_error(ifs + std::string(101, ' ') + "pass\n", "IndentationError", "too many levels of indentation", 101, 1,
              101, 0);

  // Within the limits, nesting is fine.
  std::string parens = "x = " + std::string(199, '(') + "1" + std::string(199, ')');
  CHECK(dump(parens) ==
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
  std::string chain = "x = a";
  for (int i = 0; i < 100000; ++i) chain += ".b";
  SyntaxErrorInfo err;
  CHECK(weft::parse(chain, "<test>", ParseMode::Exec, &err) != nullptr);
}

TEST_CASE("parse: modes") {
  CHECK(dump("1 + 2", ParseMode::Eval) ==
        "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))");
  CHECK(dump("if x:\n  pass\n", ParseMode::Single) ==
        "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])])");
  SyntaxErrorInfo err;
  auto module = weft::parse("a, b", "<test>", ParseMode::Eval, &err);
  REQUIRE(module);
  CHECK(module->mode == ParseMode::Eval);
  REQUIRE(module->body.size() == 1);
  CHECK(module->body[0]->kind == ast::StmtKind::Expr);
  CHECK(ast::as<ast::Tuple>(module->expression()) != nullptr);
  CHECK(ast::as<ast::List>(module->expression()) == nullptr);
}

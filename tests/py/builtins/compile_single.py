# compile() in 'single' mode echoes expression values like the REPL; 'eval'/'exec' modes; flags.
exec(compile("1 + 1", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"))
exec(compile("[x, x * 2]", "<single>", "single"))
exec(compile("for i in range(2): i\n", "<single>", "single"))
import sys
old = sys.displayhook
sys.displayhook = lambda v: print("displayhook got", repr(v))
exec(compile("40 + 2", "<s>", "single"))
sys.displayhook = old
code = compile("a * b", "<e>", "eval")
print(eval(code, {"a": 6, "b": 7}), code.co_filename, code.co_names)
code2 = compile("def f():\n    return 'from f'\n", "<x>", "exec")
ns = {}
exec(code2, ns)
print(ns["f"](), ns["f"].__code__.co_filename)
try:
    compile("a b", "<bad>", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    compile("x = 1\ny = 2", "<s>", "single")
except SyntaxError as e:
    print("SyntaxError", e.msg)
import ast
tree = ast.parse("1 + 2 * 3", mode="eval")
print(eval(compile(tree, "<ast>", "eval")), type(tree).__name__, ast.dump(tree.body.op))
print(ast.literal_eval("[1, (2, 3), {'a': None}, -4.5, 'x']"))
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print("ValueError", str(e).split(":")[0])

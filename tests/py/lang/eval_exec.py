# eval/exec with globals/locals dicts, compile modes.
print(eval("1 + 2 * 3"))
print(eval("x * y", {"x": 3, "y": 4}))
print(eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("def f(n):\n    return n * 2\nresult = f(21)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("z = 10\nw = z + 1", {}, loc)
print(sorted(loc.items()))
code = compile("3 ** 3", "<expr>", "eval")
print(eval(code), type(code).__name__)
code = compile("for i in range(3): print('exec', i)", "<s>", "exec")
exec(code)
print(exec("1 + 1"))
g = {"__builtins__": {}}
try:
    eval("len([1])", g)
except NameError as e:
    print("NameError", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("x", "<f>", "bogus")
except ValueError as e:
    print("ValueError", e)
def local_exec():
    v = 1
    exec("v = 2")
    return v
print(local_exec())
print(eval("[i * i for i in range(4)]"))
print(eval("  42  "))
print(eval(b"7"))
src = "def g():\n    return 'hi'\n"
d = {}
exec(src, d)
print(d["g"](), d["g"].__name__)

# compile() of invalid source: SyntaxError/IndentationError msg, lineno.
cases = [
    "return 5",
    "break",
    "continue",
    "1 = x",
    "f() = 1",
    "x + 1 = 2",
    "def f(:\n    pass",
    "if True\n    pass",
    "s = 'unterminated",
    "x = (1, 2",
    "x = [1, 2)",
    "nonlocal x",
    "def f():\n    nonlocal y",
    "def f():\n    x = 1\n    global x",
    "  x = 1",
    "if 1:\npass",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "f(x=1, 2)",
    "f(**k, *a)",
    "yield = 3",
    "None = 1",
    "del f()",
    "print 'hello'",
    "a b",
    "x = 1 +",
    "lambda: (yield)",
    "class C:\nreturn",
    "for x in range(3):\n    pass\n  else:\n    pass",
    "try:\n    pass\n",
    "await x",
    "'''abc",
    "x = 0o9",
    "(a, b) += 1",
    "f'{'",
    "import",
    "from . import",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)

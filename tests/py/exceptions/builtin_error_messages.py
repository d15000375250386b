# Exact messages of common builtin errors.
import math
five, abc = 5, "abc"
cases = [
    "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "1.0 % 0", "divmod(1, 0)", "0 ** -1", "0.0 ** -1",
    "[1, 2][5]", "(1,)[3]", "'abc'[10]", "{'a': 1}['b']", "[][0:1][0]", "range(3)[3]",
    "1 + 'a'", "'a' + 1", "[1] + (1,)", "'a' * 'b'", "'a' * 1.5", "-'a'", "~1.5", "1 < 'a'", "[] > {}",
    "len(5)", "five()", "abc()", "None.foo", "(1).foo", "'s'.foo", "[].foo", "int.foo",
    "int('x')", "int('12', 1)", "int('9', 8)", "float('1e')", "int(None)", "int([])", "int(1.5, 10)",
    "{}.pop()", "[].pop()", "set().pop()", "[].index(1)", "'abc'.index('z')", "(1,).index(2)",
    "abs('a')", "sum(['a'])", "max([])", "min()", "hash([])", "hash({})", "{[]: 1}",
    "iter(1)", "next(iter([]))", "sorted([1, 'a'])", "list(1)", "tuple(None)", "dict(1)",
    "math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "chr(-1)", "ord('')", "round('a')",
    "'%d' % 'a'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'{}'.format()", "'{0}{1}'.format(1)", "'{a}'.format()",
    "int.__add__('a', 1)", "object().__setattr__('x', 1)", "getattr(1, 'x')", "setattr(1, 'x', 2)",
    "'abc'[1] = 'x'", "del (1, 2)[0]", "x_undefined", "import nonexistent_mod_xyz", "from sys import nope",
    "(lambda: 0)(1)", "(lambda a, b: 0)(1)", "(lambda *, k: 0)()", "pow(2, 3, 0)", "pow(2.0, 3, 5)",
    "bytes('a')", "b'a' + 'b'", "'a' in 1", "1 in 'a'", "[1, 2, 3][::0]", "slice(1)['a'] if False else {}[[]]",
    "2 ** 10000 * 1.0", "float(2 ** 10000)", "int(float('inf'))", "int(float('nan'))", "math.exp(1000)",
]
for src in cases:
    try:
        exec(src)
        print("no error:", src)
    except BaseException as e:
        print(f"{src:32} {type(e).__name__}: {e}")

# A small interpreter written with structural pattern matching over nested tuples/dataclasses.
from dataclasses import dataclass
@dataclass
class Num:
    v: float
@dataclass
class BinOp:
    op: str
    left: object
    right: object
@dataclass
class Neg:
    operand: object
@dataclass
class Var:
    name: str
def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case Neg(Neg(inner)):
            return evaluate(inner, env)
        case Neg(x):
            return -evaluate(x, env)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("-" | "/" as op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return a - b if op == "-" else a / b
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"bad node {node!r}")
def simplify(node):
    match node:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case Neg(Num(v)):
            return Num(-v)
        case _:
            return node
env = {"x": 3, "y": 4}
exprs = [
    BinOp("+", Num(1), BinOp("*", Var("x"), Var("y"))),
    Neg(Neg(Num(5))),
    BinOp("*", Var("undefined"), Num(0)),
    BinOp("/", Var("y"), Num(8)),
    BinOp("-", Num(10), Neg(Var("x"))),
    BinOp("^", Num(2), Num(3)),
    Var("z"),
    "garbage",
]
for e in exprs:
    try:
        print(evaluate(e, env))
    except (NameError, ValueError, TypeError) as err:
        print(type(err).__name__, err)
print(simplify(BinOp("+", Num(0), BinOp("*", Var("x"), Num(1)))))
print(simplify(BinOp("-", Neg(Num(2)), BinOp("+", Var("a"), Num(0)))))
def tokens_to_tree(tokens):
    match tokens:
        case [int(n)]:
            return Num(n)
        case [_, *_] if "+" in tokens:
            i = tokens.index("+")
            return BinOp("+", tokens_to_tree(tokens[:i]), tokens_to_tree(tokens[i + 1:]))
        case [int(n), "*", *right] if right:
            return BinOp("*", Num(n), tokens_to_tree(right))
        case _:
            raise SyntaxError(f"cannot parse {tokens}")
tree = tokens_to_tree([2, "*", 3, "+", 4])
print(tree, evaluate(tree, {}))

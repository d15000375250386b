# operator module: itemgetter, attrgetter, methodcaller, function forms of operators.
import operator as op
rows = [("bob", 25, "nyc"), ("amy", 30, "sf"), ("cat", 25, "la")]
print(sorted(rows, key=op.itemgetter(1, 0)))
print(op.itemgetter(0)(rows), op.itemgetter(0, 2)("abc"), op.itemgetter("k")({"k": "v"}), op.itemgetter(slice(1, None))("abc"))
class P:
    def __init__(self, name, city):
        self.name = name
        self.addr = type("A", (), {"city": city})()
ps = [P("z", "b"), P("y", "a")]
print([p.name for p in sorted(ps, key=op.attrgetter("addr.city"))], op.attrgetter("name", "addr.city")(ps[0]))
print(op.methodcaller("split", ",")("a,b"), op.methodcaller("rjust", 5, "*")("x"))
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-1), op.abs(-3), op.invert(0), op.not_(1), op.truth([]), op.index(5))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(256, 4), op.matmul.__name__)
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge([1], [1, 0]))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.getitem(d, "b"), op.concat([1], [2]), op.length_hint([1, 2]))
lst = [1]
print(op.iadd(lst, [2]), lst, op.iconcat([0], [1]))
s = "x"
print(op.iadd(s, "y"), s)
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
print(repr(op.itemgetter(1)), repr(op.attrgetter("a.b")), repr(op.methodcaller("m", 1, k=2)))

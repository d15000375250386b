"""dataclasses: order, kw_only, InitVar, slots, replace/asdict/astuple, make_dataclass, errors."""
from dataclasses import *
import dataclasses
from typing import ClassVar, Any
import typing
def tryit(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tag: str = field(default='', compare=False, repr=False)
print(P(1, 2), P(1, 2) < P(1, 3), P(2) > P(1, 5), sorted([P(3), P(1, 9), P(1, 2)]), P(1) == P(1, tag='x'), P(1) <= P(1))
tryit(lambda: P(1) < 5)
tryit(lambda: P(1, 2, 'a', 4))
tryit(lambda: P(1, z=3))
@dataclass
class Q:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(Q(1, c=3), Q.__match_args__)
tryit(lambda: Q(1, 2, 3))
@dataclass(kw_only=True)
class R:
    a: int
    b: int = field(default=1, kw_only=False)
print(R(5, a=3))
@dataclass
class S:
    a: int
    scale: InitVar[float] = 1.0
    b: float = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
print(S(2, 3.0), [(f.name, f.type, f.init, f.default) for f in fields(S) if f.default is not MISSING], [f.name for f in fields(S)])
print(replace(S(2, 2.0), a=5, scale=10))
tryit(lambda: replace(S(2), b=5))
@dataclass
class Inner:
    v: list = field(default_factory=list)
@dataclass
class Outer:
    name: str
    items: list
    inner: Inner
    d: dict
    t: tuple
o = Outer('o', [Inner([1]), 2], Inner(), {'k': Inner([3])}, (Inner(),))
print(asdict(o))
print(astuple(o))
tryit(lambda: asdict(5))
tryit(lambda: astuple(P))
tryit(lambda: fields(5))
print(is_dataclass(P), is_dataclass(P(1)), is_dataclass(5))
M = make_dataclass('M', ['a', ('b', int), ('c', int, field(default=5))], namespace={'double': lambda self: self.c * 2})
print(M(1, 2), M(1, 2).double(), M.__annotations__, fields(M)[0].type)
tryit(lambda: make_dataclass('X', ['a', 'a']))
tryit(lambda: make_dataclass('X', ['class']))
tryit(lambda: make_dataclass('X', ['1a']))
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10
print(Derived(), Derived(5, 6, 7), [f.name for f in fields(Derived)])
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, default=None)
print(hash(H(1)) == hash((1,)), H.__hash__.__qualname__)
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
@dataclass
class Rec:
    a: Any = None
r = Rec(); r.a = r
print(r, repr(Rec([r])))
tryit(lambda: dataclass(type('X', (), {'__annotations__': {'a': int}, '__hash__': lambda s: 1}), unsafe_hash=True))
@dataclass(frozen=True)
class FB:
    a: int
def f1():
    @dataclass
    class NF(FB):
        b: int = 0
tryit(f1)
def f2():
    @dataclass(frozen=True)
    class FF(P):
        b: int = 0
tryit(f2)
tryit(lambda: dataclass(order=True, eq=False)(type('X', (), {})))
def f3():
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o): return True
tryit(f3)
def f4():
    @dataclass
    class O:
        a: int = field(default=1, default_factory=list)
tryit(f4)
def f5():
    @dataclass
    class O:
        a = field(default=1)
tryit(f5)
def f6():
    @dataclass
    class O:
        a: ClassVar[list] = field(default_factory=list)
tryit(f6)
def f7():
    @dataclass
    class O:
        a: int
        _: KW_ONLY
        __: KW_ONLY
tryit(f7)
@dataclass
class CV:
    a: int
    b: ClassVar[int] = 3
    c: "ClassVar[int]" = 4
    d: "typing.ClassVar[int]" = 5
    e: 'InitVar[int]' = 6
print(CV(1), [f.name for f in fields(CV)], list(CV.__dataclass_fields__))
@dataclass(slots=True)
class SL:
    a: int
    b: int = 2
print(SL(1), SL.__slots__, hasattr(SL(1), '__dict__'), SL.__qualname__)
tryit(lambda: setattr(SL(1), 'c', 3))
@dataclass(frozen=True, slots=True)
class FSL:
    a: int
print(FSL(1), FSL(1).__getstate__(), hash(FSL(3)) == hash((3,)))
@dataclass
class Self:
    self: int
print(Self(3))
@dataclass
class Meta:
    a: int = field(metadata={'unit': 'm'})
print(fields(Meta)[0].metadata, fields(Meta)[0].metadata['unit'])
p = P(1, 2)
match p:
    case P(1, y):
        print("matched", y)
class Desc:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
    def __get__(self, obj, cls=None): return 42 if obj is None else obj.__dict__.get('_d', 0)
    def __set__(self, obj, value): obj.__dict__['_d'] = value
@dataclass
class WithDesc:
    d: int = Desc()
print(WithDesc(), WithDesc(5).d)
@dataclass
class Empty: pass
print(Empty(), Empty() == Empty(), Empty.__doc__)
@dataclass
class DefFac:
    a: list = field(default_factory=list, init=False)
    b: int = field(default=3, init=False)
    c: int = field(default=4, repr=False)
d = DefFac(); d.a.append(1)
print(d, DefFac(), DefFac.b, DefFac.__doc__)
print(P.__init__.__doc__, P.__eq__.__qualname__, P.__lt__.__qualname__, P.__repr__.__name__, P.__repr__.__qualname__)
tryit(lambda: FB(1).__setattr__('a', 2))
print(FB.__setattr__.__qualname__, FB.__doc__)
@dataclass
class WithDoc:
    """Docs."""
    a: int
print(WithDoc.__doc__)

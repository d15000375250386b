"""typing: get_type_hints, Annotated, Literal, overload, NewType, generic subclasses, cast."""
import typing
from typing import (Any, Annotated, Callable, ClassVar, Dict, Final, Generic, List, Literal,
                    NamedTuple, Optional, Protocol, Sequence, Tuple, TypeVar, Union, cast,
                    get_args, get_origin, get_type_hints, overload, runtime_checkable)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(3)
print(s.pop(), Stack[int], Stack[str] == Stack[str], Stack.__parameters__, s.__orig_class__ if hasattr(s, '__orig_class__') else None)


class Pair(Generic[K, V]):
    pass


class IntPair(Pair[int, V]):
    pass


print(Pair[str, int], IntPair.__parameters__, IntPair[bytes], IntPair.__orig_bases__, IntPair.__mro__)
try:
    Pair[int]
except TypeError as e:
    print(e)
try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print(e)


def f(a: int, b: 'List[str]', c: Optional['Stack[int]'] = None, *args: Any, d: Annotated[int, 'meta'] = 1, **kw: str) -> Dict[str, int]:
    return {}


print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)['d'])


class Movie:
    title: str
    year: 'int'
    rating: ClassVar[float] = 1.0
    sequel: Optional['Movie'] = None
    ID: Final[int] = 3


print(get_type_hints(Movie))
print(get_origin(Annotated[int, 1]), get_args(Annotated[int, 1, 'x']), get_origin(Callable[[int], str]), get_args(Callable[..., int]))
print(get_origin(Literal['a']), get_args(Literal['a', 1]), get_origin(int), get_args(int), get_origin(list[int]), get_args(dict[str, int]))
print(Literal['a', 'b'] == Literal['b', 'a'], Literal[1] == Literal[True], Union[int, str] | None, Optional[Union[int, str]])
print(cast(List[int], 'not checked'), cast('str', 5), typing.TYPE_CHECKING)


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x * 2


print(g(2), g('ab'), len(typing.get_overloads(g)))
UserId = typing.NewType('UserId', int)
print(UserId(7), repr(UserId), UserId.__name__, UserId.__supertype__)


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


print(Point(3, 4), Point(3, 4).norm(), Point._fields, Point(1)._replace(y=5), Point._make([1, 2]), Point(1, 2)._asdict())
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp._fields)


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self) -> None:
        pass


print(isinstance(Resource(), SupportsClose), isinstance(object(), SupportsClose), issubclass(Resource, SupportsClose))
print(isinstance([], Sequence), isinstance((), Sequence), isinstance({}, typing.Mapping), isinstance(len, Callable), issubclass(dict, typing.MutableMapping))
print(Tuple[int, ...].__args__, Tuple[()], Callable[[int, str], bool].__args__, List[Tuple[int, str]], Dict[str, List[int]])
print(typing.Type[int], typing.Set[str], typing.FrozenSet[int], typing.Iterator[int], typing.Generator[int, None, str])
print(repr(typing.Any), repr(typing.NoReturn), repr(typing.Self), repr(typing.Never), repr(typing.LiteralString), typing.AnyStr, typing.Text)

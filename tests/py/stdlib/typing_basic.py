"""typing: special forms, generic aliases and their reprs, TypeVar/Generic, Protocol, NamedTuple, TypedDict."""
import typing
from typing import *
def tryit(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
T = TypeVar('T'); S = TypeVar('S', bound=int); U = TypeVar('U', int, str); Co = TypeVar('Co', covariant=True)
print(Optional[int], Union[int, str], Union[int, None, str], List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Tuple, List, Callable[[int], str], Callable[..., int], Callable, Set[T], FrozenSet[int])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int], Type[int], Type, Any, NoReturn, Self, ClassVar[int], Final[int], Literal[1, 'a'], Annotated[int, 'm'])
print(repr(T), repr(S), repr(Co), T.__name__, S.__bound__, U.__constraints__, T.__module__)
print(List[T][int], Dict[T, S], Dict[str, T][int], Optional[List[T]][int])
class G(Generic[T]):
    pass
class G2(G[int]): pass
class G3(G[T], Generic[T]): pass
print(G[int], G.__parameters__, G2.__orig_bases__, G2.__parameters__, G[int]().__orig_class__, G.__mro__, G[int].__origin__, G[int].__args__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]), get_args(Optional[int]), get_origin(Annotated[int, 1]), get_args(Annotated[int, 1]), get_origin(Literal[1]), get_args(Literal[1, 2]))
print(Union[int, str] == Union[str, int], Union[int] , Union[int, int], Union[Union[int, str], float], Optional[Optional[int]], Union[int, str] == (int | str), hash(Union[int, str]) == hash(Union[str, int]))
print(List[int] == List[int], List[int] == list[int], List == list, isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping))
tryit(lambda: isinstance([], List[int]))
tryit(lambda: isinstance(1, Any))
tryit(lambda: List[int, str])
tryit(lambda: Union[()])
tryit(lambda: G[int, str])
tryit(lambda: type(Generic()).__name__)
tryit(lambda: List())
tryit(lambda: NoReturn())
tryit(lambda: Optional[int, str])
tryit(lambda: TypeVar('X', int))
tryit(lambda: Generic[int])
tryit(lambda: Union[int, 5])
tryit(lambda: List[5])
print(isinstance(1, Union[int, str]), isinstance(1.0, Optional[int]), cast(int, 'x'), TYPE_CHECKING, Text, AnyStr)
class P(NamedTuple):
    x: int
    y: str = 'a'
    def m(self): return self.x * 2
print(P(1), P(1, 'b').m(), P._fields, P.__annotations__, P._field_defaults, P.__mro__, P.__bases__)
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'x'), Q.__annotations__)
class TD(TypedDict):
    name: str
    year: int
class TD2(TD, total=False):
    extra: bool
print(TD(name='x', year=1), sorted(TD2.__required_keys__), sorted(TD2.__optional_keys__), TD2.__total__, TD.__annotations__, type(TD(name='x', year=1)), TD2.__mro__)
tryit(lambda: isinstance({}, TD))
print(repr(ForwardRef('int')), List['int'], Optional['X'])
def f(a: int, b: 'str' = None) -> List['int']: pass
print(get_type_hints(f))
class C:
    x: int
    y: 'List[int]'
    z: ClassVar[int] = 1
print(get_type_hints(C))
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable), Closable.__mro__)
class NP(Protocol):
    def x(self): ...
tryit(lambda: isinstance(F(), NP))
tryit(lambda: NP())
print(isinstance(1, SupportsInt), isinstance('a', SupportsInt), isinstance(1, SupportsIndex), isinstance([], Sized), isinstance(1, Hashable))
UserId = NewType('UserId', int)
print(UserId(5), UserId, repr(UserId), UserId.__supertype__)
@overload
def g(x: int) -> int: ...
def g(x): return x
print(g(3))
tryit(lambda: Literal[1](1))
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1].__metadata__, List[Annotated[int, 1]], Literal[Literal[1, 2], 3], Literal[1, 1, True])
print(Callable[[int, str], bool].__args__, Callable[[], int], Callable[[T], T][int], Tuple[int, str].__args__, Tuple[()].__args__)
print(type(List[int]), type(List), type(Union[int, str]), type(Callable[[int], str]), type(Any), type(NoReturn), type(T), type(Literal[1]))
print(G[int] == G[int], G[int] != G[str], {G[int]: 1}, List[int].__parameters__, Dict[T, S].__parameters__)
print(Optional[int] | str, int | Optional[str], List[int] | None)
print([n for n in dir(typing) if not n.startswith('_')][:10])
print(Sequence[int].__origin__, List.__origin__, typing.Deque[int], typing.DefaultDict[str, int], typing.OrderedDict[str, int], typing.Counter[str], typing.ChainMap[str, int], typing.AbstractSet[int], typing.ContextManager[int], typing.Awaitable[int], typing.Coroutine[int, int, int], typing.AsyncIterator[int])

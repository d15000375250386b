# typing: runtime behaviour of common constructs (reprs, get_type_hints, Protocol, TypedDict, Generic).
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, Optional, Protocol, TypedDict,
                    TypeVar, Union, cast, get_args, get_origin, get_type_hints, runtime_checkable, overload, NamedTuple)
T = TypeVar("T")
K = TypeVar("K", bound=str)
print(T, K, T.__name__, K.__bound__)
print(Optional[int], Union[int, str], Union[int, int], Union[int, None] == Optional[int], List[int], Dict[str, List[int]])
print(Callable[[int, str], bool], Literal["a", 1], ClassVar[int], Any, Final[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[str]), get_origin(Literal[1]), get_args(Callable[[int], str]))
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box[int], Box(5).get(), Box.__parameters__, Box[str].__origin__ is Box)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(5, Closer))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "X", "year": 2000}
print(m, Movie.__required_keys__ == frozenset({"title", "year"}), type(m).__name__)
def f(a: int, b: "str" = "x") -> Optional[List[int]]:
    return None
print(get_type_hints(f))
print(cast(int, "not really"), cast("List[int]", [1]))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(1), g("s"))
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P.__annotations__)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError", e)

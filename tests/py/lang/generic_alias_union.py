# PEP 585 generic aliases and PEP 604 unions at runtime.
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
print(int | str, int | None, (int | str) | float)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
print(list[int]() , list[int]("ab"))
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__)
u = int | str
print(u.__args__, type(u).__name__)
print((int | str) == (str | int), int | int)
import typing
print(typing.Optional[int], typing.Union[int, str], typing.List[int])
print(typing.get_origin(list[int]), typing.get_args(dict[str, float]))
def f(x: int | None = None) -> list[str]:
    return [str(x)]
print(f.__annotations__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
try:
    int | 3
except TypeError as e:
    print("TypeError", e)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item.__name__}]"
print(G[int])

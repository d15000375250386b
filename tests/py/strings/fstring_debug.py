# f-string '=' specifier (self-documenting expressions).
x, y = 10, "text"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x =}")
print(f"{y=}")
print(f"{y=!s}")
print(f"{x=:>6}")
print(f"{x*2=}")
print(f"{x + 1 = }")
print(f"{items=} {len(items)=}")
print(f"{items[0]=:03d}")
print(f"{3.5=:.3f}")
print(f"{y.upper()=}")
print(f"{'quoted'=}")
print(f"{x=!r:^10}|")
print(f"{None=} {True=}")
def f(a):
    return a * 3
print(f"{f(2)=}")
print(f"{x==10=}")
print(f"{ x = }")

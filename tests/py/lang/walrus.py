# Assignment expressions (:=) in conditions, comprehensions and while loops.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)

it = iter(data)
total = 0
while (v := next(it, None)) is not None:
    total += v
print("total", total, "last v", v)

squares = [y for x in data if (y := x * x) > 10]
print(squares, "y leaked:", y)

def f(x):
    return x * 2
vals = [(w := f(i), w + 1) for i in range(3)]
print(vals, w)

print((z := 5) + z)
print([last := i for i in range(4)], last)

def scope_test():
    [inner := k for k in "abc"]
    return inner
print(scope_test())

stack = [1, 2, 3]
out = []
while stack and (top := stack.pop()) != 1:
    out.append(top)
print(out, top)

print(any((hit := x) > 5 for x in data), hit)
print(all((miss := x) < 9 for x in data), miss)

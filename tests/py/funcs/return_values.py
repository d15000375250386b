# Return semantics: implicit None, tuples, early return, return in loops and try.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > 10:
            return i
    return -1
def conditional(x):
    if x > 0:
        return "pos"
    elif x < 0:
        return "neg"
print(nothing(), bare(), multi(), type(multi()).__name__, early(100), early(2), conditional(0))
a, b, c = multi()
print(a, b, c)
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def returns_generator():
    return (i for i in range(3))
print(list(returns_generator()))
def from_while():
    n = 0
    while True:
        n += 1
        if n == 4:
            return n
print(from_while())
def in_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            print("exit runs after return value computed")
    with CM():
        return "with result"
print(in_with())
def ret_lambda():
    return lambda: "lambda result"
print(ret_lambda()())
def unpack_return():
    return [*range(3), *"ab"]
print(unpack_return())
def star_return():
    rest = [2, 3]
    return 1, *rest
print(star_return())
def recursion_return(n):
    if n == 0:
        return []
    return [n] + recursion_return(n - 1)
print(recursion_return(5))
def dict_return():
    return {"k": 1} | {"j": 2}
print(dict_return())

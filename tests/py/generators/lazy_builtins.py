# map/filter/zip/enumerate/reversed are lazy single-pass iterators; zip(strict=True).
log = []
def f(x):
    log.append(x)
    return x * 10
m = map(f, [1, 2, 3])
print(log, next(m), log, list(m), list(m))
fl = filter(lambda x: x > 1, [0, 1, 2, 3])
print(next(fl), list(fl))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
print(list(zip()), list(zip([1])), list(zip(*[[1, 2], [3, 4], [5, 6]])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip([1], [2], strict=True)))
e = enumerate("abc", start=10)
print(next(e), list(e))
print(list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda *a: a, "ab", "cd", "ef")))
print(list(filter(None, [0, "", None, 1, "a", [], [0]])))
rv = reversed([1, 2, 3])
print(next(rv), list(rv))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
print(list(reversed({"a": 1, "b": 2})), list(reversed(range(3))), list(reversed("abc")))
nums = iter(range(10))
pairs = list(zip(nums, nums))
print(pairs)
consumed = iter([1, 2, 3, 4])
print(list(zip(consumed, "ab")), list(consumed))
print(sum(map(len, ["a", "bb", "ccc"])), max(map(abs, [-7, 3])), "".join(map(str.upper, "abc")))
def gen():
    for i in range(3):
        print("gen yields", i)
        yield i
for i, v in zip(range(2), gen()):
    print("pair", i, v)

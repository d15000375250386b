# Iterating while mutating: lists, dicts, sets; loop variable persistence.
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst, x)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(out)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 100
print(d)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 100)
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e, d)
for k in list(d):
    del d[k]
print(d)
for i in range(3):
    pass
print("i after loop", i)
for i in range(5):
    i = i * 100
print(i)
r = range(3)
it = iter(r)
print(next(it), list(it), list(it))
nums = [3, 1, 2]
for n in sorted(nums):
    nums.append(n)
print(nums)
d2 = {"a": 1, "b": 2}
for k, v in list(d2.items()):
    d2.pop(k)
    d2[k.upper()] = v
print(d2)
try:
    d3 = {1: 1}
    for k in d3.keys():
        d3.pop(k)
        d3[k] = 2
    print("same size no error", d3)
except RuntimeError as e:
    print("RuntimeError", e)

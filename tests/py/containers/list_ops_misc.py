# Miscellaneous list operations: index ranges, extend self, multiplication, comparisons, in-place ops.
lst = [1, 2, 3, 2, 1, 2]
print(lst.index(2), lst.index(2, 2), lst.index(2, -2), lst.index(1, 1, 5))
try:
    lst.index(3, 0, 2)
except ValueError as e:
    print("ValueError", e)
e = [1, 2]
e.extend(e)
print(e)
e += e
print(e, len(e))
e *= 2
print(len(e))
e *= 0
print(e)
print([0] * -1, [[]] * 0, [1, 2] * True, list(range(3)) * 2)
x = [3, 1, 2]
x.extend(range(2))
x.extend("ab")
x.extend({9: 0})
x.extend(i * i for i in range(3))
print(x)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 100], [] == [], [[1]] == [[1]], [1, [2]] < [1, [3]])
print(list(reversed([])), [].copy(), [None] * 2, len([[], []]), [[]] + [[]])
stack = []
for i in range(5):
    stack.append(i)
print([stack.pop() for _ in range(3)], stack)
q = [1, 2, 3]
q.insert(0, 0)
q.insert(-1, 2.5)
q.insert(-100, "front")
q.insert(100, "back")
print(q)
print(q.pop(1), q.pop(-2), q)
r = list(range(10))
r[2:8:2] = reversed(r[2:8:2])
print(r)
print(sum([[1], [2, 3]], []), [y for x in [[1], [2, 3]] for y in x])
a = [1, 2, 3]
b = a
a[:] = [9]
print(b)
a = [4]
print(b)
print([1, 2, 3].__len__(), [1, 2, 3].__getitem__(-1), [1].__add__([2]), [1, 2].__contains__(2))

# list methods and their error messages.
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.extend("ab"); l.insert(0, 0); l.insert(100, "end"); l.insert(-1, "pen")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(5), l.count(1), l.index(2, 1, 4))
for bad in [lambda: l.remove(99), lambda: l.index(99), lambda: [].pop(), lambda: [1].pop(5),
            lambda: l[100], lambda: l.insert(), lambda: [3, "a"].sort(), lambda: l["x"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
nums = [5, 2, 8, 1, 9]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums, nums.copy() == nums, nums.copy() is nums)
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower)
print(words)
c = nums.copy()
c.clear()
print(c, nums)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 in [1, 2], [1, 2] * 0)
print(len([]), list("abc"), list(range(3)), list({1: 2}), list((1,)))
print(sorted([3, 1, 2]), reversed([1, 2]).__class__.__name__, list(reversed([1, 2, 3])))
x = [1, 2, 3]
x[1:1] = [9, 9]
print(x)
x[-1:] = []
print(x)
x[:] = "xy"
print(x)
print([1, 2, 3] == [1, 2, 3], [1, [2]] < [1, [3]], [] < [0])
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
print(repr([1, "a", None, 2.5, [True]]))
r = [1]
r.append(r)
print(r)
print(list.__name__, [].__class__ is list, max([4, 9, 2]), min([[2], [1, 5]]))

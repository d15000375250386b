# Aliasing, shallow vs deep copy, list multiplication traps.
import copy
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
orig = {"list": [1, 2], "tuple": (3, [4]), "n": 5}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["list"].append(99)
orig["tuple"][1].append(98)
orig["n"] = 6
print(sh, dp)
print(sh["list"] is orig["list"], dp["list"] is orig["list"], dp["tuple"] is orig["tuple"])
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
rec = [1]
rec.append(rec)
dr = copy.deepcopy(rec)
print(dr[1] is dr, dr[1] is rec)
class Node:
    def __init__(self, v, children=None):
        self.v, self.children = v, children or []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
n = Node(1, [Node(2)])
m = copy.deepcopy(n)
n.children[0].v = 20
print(n, m)
class Custom:
    def __init__(self):
        self.data = [1]
    def __copy__(self):
        print("__copy__ called")
        c = Custom()
        c.data = self.data
        return c
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        c = Custom()
        c.data = list(self.data)
        return c
c = Custom()
print(copy.copy(c).data is c.data, copy.deepcopy(c).data is c.data)
a = [1, 2, 3]
b = a
b += [4]
print(a)
b = b + [5]
print(a, b)
l1 = [[1, 2], [3, 4]]
l2 = list(l1)
l3 = l1[:]
l4 = [x[:] for x in l1]
l1[0][0] = "X"
print(l2, l3, l4)
d = {"a": [1]}
d2 = dict(d)
d3 = {k: list(v) for k, v in d.items()}
d["a"].append(2)
print(d2, d3)

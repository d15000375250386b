# Recursive generators: tree traversal, permutations, subsets.
class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.v
        yield from inorder(n.right)
def preorder(n):
    if n:
        yield n.v
        yield from preorder(n.left)
        yield from preorder(n.right)
def levels(root):
    q = [root]
    while q:
        yield [n.v for n in q]
        q = [c for n in q for c in (n.left, n.right) if c]
tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(inorder(tree)), list(preorder(tree)), list(levels(tree)))
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(perms([1, 2, 3])))
def subsets(s):
    if not s:
        yield []
        return
    for rest in subsets(s[1:]):
        yield rest
        yield [s[0]] + rest
print(sorted(subsets([1, 2, 3])))
def walk(d, prefix=""):
    for k, v in d.items():
        path = f"{prefix}/{k}"
        if isinstance(v, dict):
            yield from walk(v, path)
        else:
            yield path, v
print(list(walk({"a": {"b": 1, "c": {"d": 2}}, "e": 3})))
def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(list(hanoi(3)))
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(sum(deep(200)))

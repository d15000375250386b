# Recursion: deep-ish recursion, mutual recursion, recursion limit handling.
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(500), is_odd(301))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(800))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit() >= 1000)
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
m = hanoi(4, "A", "B", "C", [])
print(len(m), m[:5])
def flatten(x):
    if isinstance(x, list):
        return [z for y in x for z in flatten(y)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def total(self):
        return self.v + sum(k.total() for k in self.kids)
print(Node(1, [Node(2, [Node(3)]), Node(4)]).total())

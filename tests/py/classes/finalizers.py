# __del__: runs once when the last reference goes, exceptions in it are reported and ignored,
# resurrection keeps the object alive, slots and builtin-subclass instances are finalized too.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = D(1)
del d
print("after 1")
def f():
    x = D(2)
    return 5
print(f())
class Bad:
    def __del__(self): raise ValueError("in del")
b = Bad()
del b
print("after bad")
keep = []
class Res:
    def __del__(self):
        print("resurrect"); keep.append(self)
r = Res(); del r
print(len(keep), type(keep[0]).__name__)
keep.clear()
print("cleared")
class Sl:
    __slots__ = ('a', 'b')
    def __del__(self): print("slot del", self.a)
s = Sl(); s.a = [1]; del s
class L(list):
    def __del__(self): print("list del", len(self))
l = L([1,2]); del l
print("end")

# Subclassing list, dict, str: which overrides are honoured by builtins.
class MyList(list):
    def append(self, x):
        print("MyList.append", x)
        super().append(x * 10)
ml = MyList([1, 2])
ml.append(3)
ml.extend([4])
ml += [5]
print(ml, type(ml).__name__, type(ml + [1]).__name__, type(ml[:1]).__name__, type(ml * 2).__name__)
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
d = LoudDict(a=1)
d["b"] = 2
d.update(c=3)
d.setdefault("e", 5)
print(sorted(d.items()), d["b"], d.get("b"), {**d}, dict(d))
class DefaultDict(dict):
    def __missing__(self, k):
        self[k] = []
        return self[k]
dd = DefaultDict()
dd["x"].append(1)
dd["x"].append(2)
print(dd, dd.get("y"), "y" in dd)
class Str(str):
    def __len__(self):
        return 99
s = Str("abc")
print(len(s), s.upper(), s[0], type(s[0]).__name__, s == "abc", hash(s) == hash("abc"))
class Attrs(list):
    pass
a = Attrs([3, 1, 2])
a.label = "tagged"
a.sort()
print(a, a.label, isinstance(a, list), a == [1, 2, 3])
class CIStr(str):
    def __eq__(self, o):
        return self.lower() == o.lower()
    __hash__ = str.__hash__
print(CIStr("ABC") == "abc", "abc" == CIStr("ABC"), CIStr("x") in ["X"])
class Cnt(int):
    pass
print(Cnt(5) + Cnt(6), type(Cnt(5) + Cnt(6)).__name__, Cnt(7) == 7, str(Cnt(3)), repr(Cnt(3)))
import collections
class Stack(collections.UserList):
    def push(self, x):
        self.append(x)
st = Stack()
st.push(1); st.push(2)
print(st, st.pop(), type(st[:]).__name__)

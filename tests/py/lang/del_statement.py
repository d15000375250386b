# del on names, items, slices, attributes.
a = 1
del a
try:
    a
except NameError as e:
    print(e)

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print("IndexError", e)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e, repr(e))

class O:
    cls_attr = 1
o = O()
o.x = 5
del o.x
try:
    del o.x
except AttributeError as e:
    print("AttributeError", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError", e)
del O.cls_attr
print(hasattr(O, "cls_attr"))

x, y, z = 1, 2, 3
del x, y
print("z" in dir(), "x" in dir())

m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)

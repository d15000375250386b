# Call-by-object-reference: mutation visible to caller, rebinding is not.
def mutate(lst):
    lst.append("added")
def rebind(lst):
    lst = ["new"]
    return lst
def augment(lst):
    lst += ["aug"]
def augment_tuple(t):
    t += ("aug",)
    return t
a = [1]
mutate(a)
r = rebind(a)
augment(a)
print(a, r)
t = (1,)
print(augment_tuple(t), t)
def modify_dict(d, **updates):
    d.update(updates)
    updates["local"] = True
    return updates
cfg = {"x": 1}
extra = {"y": 2}
res = modify_dict(cfg, **extra)
print(cfg, extra, res)
def takes_args(*args):
    return args
lst = [1, 2]
got = takes_args(*lst)
lst.append(3)
print(got, lst)
def same_object(x):
    return x
o = object()
print(same_object(o) is o, same_object(a) is a)
def swap(x, y):
    return y, x
p, q = 1, 2
p, q = swap(p, q)
print(p, q)
def nested_mutation(m):
    m[0][0] = "changed"
matrix = [[0, 0], [0, 0]]
copy_shallow = matrix[:]
nested_mutation(copy_shallow)
print(matrix)
def default_shared(x, acc={}):
    acc[x] = len(acc)
    return acc
print(default_shared("a"), default_shared("b"))
def kwargs_copy(**kw):
    kw["z"] = 1
    return kw
src = {"a": 1}
print(kwargs_copy(**src), src)
s = "immutable"
def str_change(x):
    x += "!"
    return x
print(str_change(s), s)

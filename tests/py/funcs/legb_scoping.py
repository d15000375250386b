# Name resolution: Local, Enclosing, Global, Builtin; class scopes skipped by methods.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer())
def uses_builtin():
    return len("four")
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("x")
print(uses_builtin(), shadows_builtin())
class K:
    x = "class attr"
    def method(self):
        return x
    y = [x for _ in range(1)]
print(K().method(), K.y)
def conditional_local(flag):
    if flag:
        x = "assigned"
    return x
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def global_in_nested():
    def inner():
        global x
        x = "modified by inner"
    inner()
global_in_nested()
print(x)
def nonlocal_chain():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 5
        l2()
    l1()
    return a
print(nonlocal_chain())
def comp_scope():
    y = 10
    return [y + i for i in range(2)], {y * i for i in range(2)}, (lambda: y)()
print(comp_scope())
def del_then_global():
    global z
    z = 1
    del z
    try:
        return z
    except NameError as e:
        return str(e)
print(del_then_global())
import builtins
def builtin_lookup_after_global_delete():
    return str(123)
print(builtin_lookup_after_global_delete(), "str" in dir(builtins))

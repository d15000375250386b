# Metaclasses: __new__/__init__/__call__, __prepare__, class keyword arguments, __init_subclass__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added_by_meta"] = True
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
class A(metaclass=Meta, flag=1):
    x = 1
    def m(self): pass
print(A.added_by_meta, type(A).__name__)
a = A()
class B(A):
    y = 2
print(type(B).__name__)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("__prepare__", name)
        return {"injected": 42}
class C(metaclass=Ordered):
    z = injected + 1
print(C.z, C.injected)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
print(Conf(1) is Conf(2), Conf(3).v)
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Foo(Plugin): pass
class Bar(Plugin, name="custom"): pass
print(Plugin.registry, Bar.plugin_name)
try:
    class Baz(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError", e)
class Attrs(type):
    def __getattr__(cls, name):
        return f"class-level {name}"
    def __len__(cls):
        return 99
    def __repr__(cls):
        return f"<Attrs class {cls.__name__}>"
class D(metaclass=Attrs): pass
print(D.anything, len(D), repr(D), D)
Dyn = Meta("Dyn", (), {"q": 1})
print(Dyn.q, Dyn.added_by_meta)

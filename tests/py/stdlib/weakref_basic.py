"""weakref: ref/proxy/WeakValueDictionary/WeakKeyDictionary/WeakSet/WeakMethod/finalize on live objects."""
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return 'method of ' + self.name

    def __repr__(self):
        return 'Obj(%r)' % self.name


a, b, c = Obj('a'), Obj('b'), Obj('c')
r = weakref.ref(a)
print(r() is a, r() == a, weakref.ref(a) is r, r == weakref.ref(a), hash(r) == hash(a), r.__callback__)
r2 = weakref.ref(a, lambda ref: None)
print(r2 is r, r2 == r, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)), weakref.getweakrefcount(b))
for bad in (1, 'str', [1], {}, (1,), None, object()):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print('TypeError', e)
p = weakref.proxy(b)
print(p.name, p.method(), str(p), isinstance(p, weakref.ProxyTypes))
p.name = 'b2'
print(b.name)
fp = weakref.proxy(len)
print(fp([1, 2, 3]), type(fp).__name__)
wm = weakref.WeakMethod(c.method)
print(wm()(), wm() == c.method)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)
wvd = weakref.WeakValueDictionary()
wvd['x'] = a
wvd['y'] = b
print(len(wvd), wvd['x'], 'y' in wvd, sorted(wvd.keys()), wvd.get('z', 'none'), sorted(v.name for v in wvd.values()))
print(wvd.pop('y'), len(wvd), dict(wvd.items()), wvd.setdefault('q', c))
wkd = weakref.WeakKeyDictionary()
wkd[a] = 1
wkd[b] = 2
print(len(wkd), wkd[a], b in wkd, 5 in wkd, sorted(wkd.values()), sorted(k.name for k in wkd.keys()))
del wkd[a]
print(len(wkd), list(wkd.items()))
ws = weakref.WeakSet([a, b])
ws.add(c)
ws.add(a)
print(len(ws), a in ws, 1 in ws, sorted(o.name for o in ws))
ws.discard(b)
print(len(ws), sorted(o.name for o in ws | weakref.WeakSet([b])), sorted(o.name for o in ws & weakref.WeakSet([a])))
log = []
f = weakref.finalize(a, log.append, 'finalized a')
print(f.alive, f.peek()[2:], f.peek()[0] is a, f.atexit)
print(f(), log, f.alive, f(), f.peek())
g = weakref.finalize(b, print, 'goodbye from finalize at exit')
print(g.alive, g.detach() is not None, g.alive)
h = weakref.finalize(c, print, 'finalizer ran at exit')

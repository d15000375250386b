import errno, gc
print(errno.ENOENT, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[2], len(errno.errorcode))
print(list(errno.errorcode.items())[:5])
print(sorted(n for n in dir(errno) if n.startswith("E"))[:10])
print(gc.collect(), gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_threshold()); gc.set_threshold(100, 5); print(gc.get_threshold()); gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), gc.freeze(), gc.get_freeze_count() >= 0)
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked(3.5), gc.is_tracked(None))
x = [1.5, "a", (2,)]
print(sorted(map(repr, gc.get_referents(x))))
print(gc.get_referents(1, "s"))
d = {(1,): [1]}
print(sorted(map(repr, gc.get_referents(d))))
print(isinstance(gc.get_referrers(x), list), gc.garbage, gc.DEBUG_LEAK)
try:
    gc.collect(5)
except ValueError as e:
    print(e)

# memoryview over bytes and bytearray: indexing, slicing, release, exports.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tolist())
print(m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj)
print(m == b"abcdef", m[1:3] == b"bc", m == bytearray(b"abcdef"), m != b"x", bytes(m[2:]))
print(hash(m) == hash(b"abcdef"), m.hex(), list(m[:2]))
t(lambda: memoryview("abc"))
t(lambda: m.__setitem__(0, 1))
t(lambda: m[10])
ba = bytearray(b"hello")
v = memoryview(ba)
v[0] = ord("j")
v[1:3] = b"EL"
print(ba, v.readonly)
t(lambda: ba.append(1))
t(lambda: v.__setitem__(slice(0, 2), b"xyz"))
t(lambda: v.__setitem__(0, 256))
t(lambda: hash(v))
v.release()
ba.append(33)
print(ba)
t(lambda: v[0])
t(lambda: len(v))
with memoryview(bytearray(b"ctx")) as w:
    print(w.tobytes())
t(lambda: w.tobytes())
sub = memoryview(b"0123456789")[2:8:2]
print(sub.tolist(), sub.tobytes(), memoryview(sub).tobytes(), sub.contiguous)
print(b"".join([memoryview(b"a"), b"b"]), b"x" + memoryview(b"y"), bytearray(memoryview(b"z")))

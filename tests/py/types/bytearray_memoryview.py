# bytearray mutation and memoryview slicing/casting.
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), ba[1:3], type(ba[1:3]).__name__)
ba[1:3] = b"EEE"
print(ba)
del ba[-2:]
print(ba, ba.pop(), ba, ba.pop(0), ba)
ba.insert(0, 74)
ba.remove(ord("E"))
print(ba, ba.find(b"l"), ba.upper(), bytes(ba))
ba.reverse()
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
try:
    bytearray(b"x")[0] = 300
except ValueError as e:
    print("ValueError", e)
try:
    bytearray(b"x").remove(5)
except ValueError as e:
    print("ValueError", e)
ba2 = bytearray(b"abc")
ba2 += b"def"
ba2 *= 2
print(ba2, ba2 == b"abcdefabcdef", hash(b"") == hash(b""))
try:
    hash(ba2)
except TypeError as e:
    print("TypeError", e)
mv = memoryview(b"abcdef")
print(mv[0], mv[1:3].tobytes(), mv.nbytes, mv.readonly, mv.format, mv.itemsize, len(mv))
print(bytes(mv[::2]), mv.tolist()[:3], mv.hex())
buf = bytearray(b"0123456789")
m = memoryview(buf)
m[0:2] = b"AB"
print(buf, m.readonly)
try:
    mv[0] = 1
except TypeError as e:
    print("TypeError", e)
ints = memoryview(bytearray(8)).cast("i")
ints[1] = 258
print(ints.tolist(), len(ints), ints.format, ints.itemsize)
m2 = memoryview(b"xyz")
with m2:
    print(m2.tobytes())
try:
    m2.tobytes()
except ValueError as e:
    print("ValueError", e)

# io.StringIO and io.BytesIO: reading, writing, seeking, iteration, TextIOWrapper.
import io
s = io.StringIO("first\nsecond\nthird")
print(s.readline(), s.readline(), s.read(), repr(s.read()), s.tell())
s.seek(0)
print(list(s), s.getvalue() == "first\nsecond\nthird")
w = io.StringIO()
print(w.write("hello "), w.write("world"), w.getvalue(), w.tell())
w.seek(0)
w.write("J")
print(w.getvalue())
w.seek(0, io.SEEK_END)
w.write("!")
print(w.getvalue(), w.truncate(5), w.getvalue())
print(io.StringIO("a\r\nb\rc\n", newline=None).read().encode(), io.StringIO("a\r\nb", newline="").readlines())
print(io.StringIO("x\ny\n").readlines(), io.StringIO("abc").read(2), io.StringIO().read())
b = io.BytesIO(b"\x00\x01\x02binary")
print(b.read(3), b.read(), b.tell(), b.seek(1), b.read(1), b.getvalue())
bw = io.BytesIO()
bw.write(b"abc")
bw.write(bytearray(b"def"))
print(bw.getvalue(), bw.getbuffer().nbytes, bytes(bw.getbuffer()[1:3]))
tw = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
tw.write("héllo\n")
tw.flush()
print(tw.buffer.getvalue())
tr = io.TextIOWrapper(io.BytesIO("ünïcode\nline2\n".encode("utf-8")), encoding="utf-8")
print(tr.readlines())
for bad in [lambda: io.StringIO().write(b"x"), lambda: io.BytesIO().write("x"), lambda: io.StringIO(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
c = io.StringIO("data")
c.close()
try:
    c.read()
except ValueError as e:
    print("ValueError", e)
with io.StringIO("ctx") as cm:
    print(cm.read(), cm.closed)
print(cm.closed, c.closed, io.StringIO().readable(), io.StringIO().seekable(), io.BytesIO().writable())

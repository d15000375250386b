# open(): text/binary modes, reading APIs, newline handling, encoding, context managers (in a temp dir).
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.txt")
    with open(p, "w", encoding="utf-8") as f:
        n = f.write("line one\nline two\n")
        f.write("héllo\n")
        print("wrote", n, f.closed, f.mode, f.name == p)
    print(f.closed)
    with open(p, encoding="utf-8") as f:
        print(repr(f.read()))
    with open(p, encoding="utf-8") as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open(p, encoding="utf-8") as f:
        print([line.rstrip("\n") for line in f])
    with open(p, "rb") as f:
        data = f.read()
        print(data, len(data), type(data).__name__)
    with open(p, "a") as f:
        f.write("appended")
    with open(p) as f:
        print(f.read().splitlines()[-1])
    with open(p, "rb") as f:
        f.seek(5)
        print(f.read(3), f.tell())
        f.seek(-8, os.SEEK_END)
        print(f.read())
    with open(p, "w", newline="") as f:
        f.write("a\r\nb\rc\n")
    with open(p, newline="") as f:
        print(repr(f.read()))
    with open(p) as f:
        print(repr(f.read()))
    with open(p, "wb") as f:
        f.write(bytes(range(250, 256)))
    with open(p, "rb") as f:
        print(list(f.read()))
    with open(p, "w+", encoding="utf-8") as f:
        f.write("read back")
        f.seek(0)
        print(f.read())
    try:
        open(p, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    with open(p, "r") as f:
        try:
            f.write("x")
        except OSError as e:
            print(type(e).__name__, e)
    with open(p, "w", encoding="latin-1") as f:
        f.write("é")
    print(os.path.getsize(p))
    try:
        with open(p, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.reason)
    print(sorted(os.listdir(d)))

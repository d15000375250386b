# print(): sep, end, file, flush, multiple args, non-str objects, StringIO capture.
import io, sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep="--", end="!\n")
print("no newline", end="")
print(" <- continued")
print()
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
print(*range(5))
print(*"abc", sep=",")
print("x", end="")
print("y", end="")
print()
buf = io.StringIO()
print("to buffer", 42, file=buf)
print("second", file=buf, end="|")
print(repr(buf.getvalue()))
print("stdout explicitly", file=sys.stdout, flush=True)
print("sep None", "end None", sep=None, end=None)
class S:
    def __str__(self):
        return "S.__str__"
    def __repr__(self):
        return "S.__repr__"
print(S(), [S()], str(S()), repr(S()))
for bad in [dict(sep=5), dict(end=[]), dict(file="notafile")]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("unicode: é 日本 😀", "tab\tend")
print("", "", sep="X")
print(sep="ignored")
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc") if False else "write returns count:", sys.stdout.write(""))

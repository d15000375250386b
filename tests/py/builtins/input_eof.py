# input() with stdin at EOF (the runner redirects stdin from /dev/null).
import sys
try:
    x = input()
    print("got", repr(x))
except EOFError as e:
    print("EOFError", repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError with prompt", e)
print(sys.stdin.read() == "", sys.stdin.readline() == "", sys.stdin.readlines())
print(type(sys.stdin).__name__, sys.stdin.closed)
print("done")

# OSError subclasses from real file operations (relative paths only).
import os
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, "|", e)
try:
    os.listdir("no_such_dir_here")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open(".", "r")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    os.rmdir("missing_dir_xyz")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.rename("missing_a", "missing_b")
except OSError as e:
    print(type(e).__name__, e.filename, e.filename2, e)
try:
    open("x.txt", "q")
except ValueError as e:
    print("ValueError", e)
try:
    open(5.5)
except TypeError as e:
    print("TypeError", e)
try:
    with open("definitely_missing_file.txt") as fh:
        pass
except OSError as e:
    print("caught as OSError:", isinstance(e, FileNotFoundError))
import io
f = io.StringIO("abc")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)

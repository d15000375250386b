import os, shutil, tempfile, stat
print(tempfile.gettempdir() == "/tmp" or os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
fd, path = tempfile.mkstemp(suffix=".dat", prefix="weft_")
print(os.path.basename(path).startswith("weft_"), path.endswith(".dat"), isinstance(fd, int))
os.write(fd, b"hello")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
print(stat.S_IMODE(os.stat(path).st_mode) == 0o600, stat.S_ISREG(os.stat(path).st_mode))
d = tempfile.mkdtemp()
print(os.path.isdir(d), stat.S_IMODE(os.stat(d).st_mode) == 0o700)
shutil.copy(path, d)
print(len(os.listdir(d)))
shutil.copyfile(path, os.path.join(d, "copy2"))
os.makedirs(os.path.join(d, "x", "y"))
with open(os.path.join(d, "x", "y", "f"), "w") as f:
    f.write("deep")
shutil.copytree(os.path.join(d, "x"), os.path.join(d, "xcopy"))
print(len(os.listdir(d)), open(os.path.join(d, "xcopy", "y", "f")).read())
shutil.move(os.path.join(d, "copy2"), os.path.join(d, "moved"))
print(sorted(os.listdir(d))[0])
try:
    shutil.copyfile(path, path)
except shutil.SameFileError as e:
    print("SameFileError", type(e).__mro__[1].__name__)
shutil.rmtree(d)
print(os.path.exists(d))
os.unlink(path)
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-program-xyz"))
sz = shutil.get_terminal_size()
print(type(sz).__name__, sz.columns > 0, sz.lines > 0)
with tempfile.TemporaryDirectory(prefix="tdir") as t:
    print(os.path.basename(t).startswith("tdir"), os.path.isdir(t))
    keep = t
print(os.path.exists(keep))
with tempfile.NamedTemporaryFile("w+", suffix=".txt") as f:
    f.write("named")
    f.seek(0)
    print(f.read(), f.name.endswith(".txt"), os.path.exists(f.name))
    name = f.name
print(os.path.exists(name))
with tempfile.TemporaryFile() as f:
    f.write(b"anon")
    f.seek(0)
    print(f.read())
with tempfile.SpooledTemporaryFile(max_size=10) as f:
    f.write(b"small")
    print(f._rolled)
    f.write(b"x" * 20)
    print(f._rolled)
    f.seek(0)
    print(f.read())
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o104755), stat.filemode(0o41777))

# os.path string manipulation (posix semantics) and a few os functions with deterministic results.
import os, os.path as p
print(p.join("a", "b", "c"), p.join("/abs", "x"), p.join("a", "/root", "b"), p.join("a", ""), p.join("", "b"))
print(p.split("/usr/lib/file.txt"), p.split("file"), p.split("/"), p.split("dir/"), p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.splitext("noext"))
print(p.basename("/a/b.py"), p.basename("/a/b/"), p.dirname("/a/b.py"), p.dirname("b.py"), p.dirname("/"))
print(p.normpath("a//b/./c/../d"), p.normpath("/../x"), p.normpath(""), p.normpath("a/b/../../.."), p.normpath("//x"))
print(p.isabs("/x"), p.isabs("x"), p.isabs(""), p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("x/y", "x"))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonprefix(["interstellar", "internet", "interval"]), p.splitdrive("/x/y"))
print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.linesep == "\n", p.sep)
print(p.exists("os_path.py"), p.isfile("os_path.py"), p.isdir("."), p.isdir("os_path.py"), p.exists("nonexistent_zz"))
print(p.basename(os.getcwd()), p.abspath("x") == p.join(os.getcwd(), "x"), p.realpath(".") == os.getcwd())
print(p.expandvars("$NO_SUCH_VAR_XYZ/x"), p.normcase("AbC"), p.getsize("_helper_mod.py") > 0)
print(sorted(n for n in os.listdir(".") if n.startswith("_pkg")), sorted(os.listdir("_pkg_demo/_sub")))
print(os.fspath("str/path"), os.fsencode("é"), os.fsdecode(b"x"))
try:
    os.stat("nonexistent_zz")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
print(type(os.environ).__name__, "NO_SUCH_VAR_XYZ" in os.environ, os.environ.get("NO_SUCH_VAR_XYZ", "default"), os.getenv("NO_SUCH_VAR_XYZ"))

import fnmatch, glob, os, tempfile
names = ["a.py", "b.txt", "abc", "xyz", "ab", ".hidden", "A.PY", "data1.csv", "data22.csv", "[x]"]
pats = ["*.py", "a?c", "[abc]*", "[!a-z]*", "*", "data?.csv", "data*.csv", "[[]x]", "*.[ct]*", "**",
        "[z-a]", "a*b*c"]
for p in pats:
    print(p, fnmatch.filter(names, p), fnmatch.translate(p))
print(fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.fnmatch(b"x.py", b"*.py"))
print(glob.escape("a*b?[c]"), glob.has_magic("a*"), glob.has_magic("abc"))
with tempfile.TemporaryDirectory() as d:
    for rel in ["a.py", "b.py", "sub/c.py", "sub/deep/d.py", "sub/e.txt", ".hid.py"]:
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(rel)
    rel = lambda xs: sorted(os.path.relpath(x, d) for x in xs)
    print(rel(glob.glob(os.path.join(d, "*.py"))))
    print(rel(glob.glob(os.path.join(d, "*", "*.py"))))
    print(rel(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(d, "**"), recursive=True)))
    print(sorted(glob.glob("*.txt", root_dir=os.path.join(d, "sub"))))
    print(rel(glob.iglob(os.path.join(d, "sub", "?.py"))))
    print(glob.glob(os.path.join(d, "nomatch*")))

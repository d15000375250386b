# shlex splitting/quoting and fnmatch/glob-style matching (pure string functions).
import shlex, fnmatch
print(shlex.split('ls -la "my dir" \'single q\' esc\\ aped'), shlex.split("a # comment", comments=True))
print(shlex.quote("safe"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""), shlex.join(["echo", "a b", "c"]))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError", e)
lx = shlex.shlex("a=b; c", punctuation_chars=True)
print(list(lx))
names = ["main.py", "test_a.py", "README.md", "data.csv", "Main.PY", ".hidden", "a1.txt", "ab.txt"]
for pat in ["*.py", "test_*", "*.[ct]sv", "a?.txt", "[!a]*", "*", ".*", "*.PY"]:
    print(pat, fnmatch.filter(names, pat), [n for n in names if fnmatch.fnmatchcase(n, pat)])
print(fnmatch.translate("*.py"), fnmatch.fnmatch("x.py", "*.py"), fnmatch.fnmatch("dir/x.py", "*.py"))

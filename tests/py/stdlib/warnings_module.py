"""warnings: default output format with source line, filters, actions, catch_warnings, showwarning."""
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Cleaned:
    """stderr replacement: prints to stdout without this folder's path."""
    def write(self, text):
        sys.stdout.write(text.replace(HERE, ''))

    def flush(self):
        sys.stdout.flush()


sys.stderr = Cleaned()
def f():
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)
def g():
    warnings.warn("user thing")
print(warnings.filters[:2])
g()
g()
f()
warnings.warn("direct", RuntimeWarning)
warnings.warn(UserWarning("instance"))
warnings.simplefilter("always")
g(); g()
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", SyntaxWarning)
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno, os.path.basename(w[1].filename), str(w[1]).replace(HERE, ''))
print(warnings.filters[0][:1])
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="ign.*")
warnings.filterwarnings("ignore", message="Exact", category=UserWarning)
warnings.warn("ignore me please")
warnings.warn("IGNore me too")
warnings.warn("exact match is prefix")
warnings.warn("not ignored")
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
    warnings.warn("once only", SyntaxWarning)
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("module msg")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  the line  "))
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 10)))
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)
def myshow(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, lineno)
warnings.showwarning = myshow
warnings.simplefilter("always")
warnings.warn("custom")
with warnings.catch_warnings(record=True) as w:
    warnings.warn("recorded despite custom")
    print(len(w))
warnings.warn("custom again")
warnings.showwarning = warnings._showwarning_orig
warnings.warn_explicit("explicit", UserWarning, "some_file.py", 42)
warnings.warn_explicit("explicit mod", UserWarning, "some_file.py", 43, module="mymod", registry={})
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))
def deep():
    warnings.warn("deep level 3", stacklevel=3)
def mid(): deep()
mid()
warnings.warn("too deep", stacklevel=50)
sys.stderr = sys.__stderr__

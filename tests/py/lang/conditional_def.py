# Functions and classes defined conditionally or in loops; redefinition.
import sys
if sys.version_info >= (3, 0):
    def which():
        return "py3"
else:
    def which():
        return "py2"
print(which())
handlers = {}
for name in ["add", "mul"]:
    if name == "add":
        def op(a, b):
            return a + b
    else:
        def op(a, b):
            return a * b
    handlers[name] = op
print(handlers["add"](3, 4), handlers["mul"](3, 4))
def f():
    return 1
g = f
def f():
    return 2
print(f(), g())
classes = []
for i in range(3):
    class C:
        val = i
        def get(self):
            return self.val
    classes.append(C)
print([c().get() for c in classes], classes[0] is classes[1])
try:
    def broken():
        return undefined_in_body
    print("def ok")
    broken()
except NameError as e:
    print("NameError at call:", e)
x = 5
def defaults(a=x):
    return a
x = 6
print(defaults())
while True:
    def in_while():
        return "while def"
    break
print(in_while())
try:
    raise ValueError
except ValueError:
    def in_except():
        return "except def"
print(in_except())

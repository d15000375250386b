# string.Template substitution and string module helpers.
import string
t = string.Template("Hello $name, you owe $$${amount}. ${name}!")
print(t.substitute(name="Ann", amount=5))
print(t.substitute({"name": "Bob", "amount": 1.5}))
print(t.safe_substitute(name="Cy"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("$a$b").substitute(a=1, b=2), string.Template("$a_b").safe_substitute(a=1))
print(t.get_identifiers() if hasattr(t, "get_identifiers") else "n/a", t.is_valid() if hasattr(t, "is_valid") else "")
class MyT(string.Template):
    delimiter = "%"
print(MyT("100%% %who").substitute(who="sure"))
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.punctuation), len(string.printable), string.punctuation[:10])
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))
fmt = string.Formatter()
print(fmt.format("{0}-{x}", 1, x=2), list(fmt.parse("a{0:>5}b{x!r}c")))

# Non-ASCII identifiers (NFKC normalization) and misc lexical features.
café = "coffee"
π = 3.14159
変数 = "hensu"
print(café, π, 変数)
ﬁ = "ligature"
print(fi)
class Ünïcode:
    ñ = 1
print(Ünïcode.ñ, Ünïcode.__name__)
def fünc(ärg):
    return ärg * 2
print(fünc(ärg=21))
print("café".isidentifier(), "1abc".isidentifier(), "_".isidentifier(), "a-b".isidentifier())
x = 1; y = 2; z = x + y
print(z)
if z: print("one-line if")
for i in range(2): print("one-line for", i)
total = 1 + \
        2 + \
        3
print(total)
lst = [
    1,
    2,   # trailing comment
    3,
]
print(lst)
print(len("""
"""))
__dunder_local = 5
print(__dunder_local)
_ = "underscore"
print(_)
print(...)
print(Ellipsis is ..., type(...).__name__)

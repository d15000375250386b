# Truth values of builtins and user objects; and/or return operands; not.
vals = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", " ", [], [0], (), (None,), {}, {0: 0},
        set(), {0}, None, True, False, range(0), range(1), b"", b"\x00", bytearray()]
for v in vals:
    print(repr(v), bool(v))

print(0 or "default", "" or [] or 0, 1 and 2, 0 and 1/0, None or None)
print([] and "x", "a" and "b" or "c", not 0, not [1])

class NoBool:
    pass
class WithLen:
    def __len__(self):
        return 0
class WithBool:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(NoBool()), bool(WithLen()), bool(WithBool()))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError", e)

if WithLen():
    print("unexpected")
else:
    print("WithLen falsy in if")
print(1 if WithBool() else 2)
x = WithBool() or "fallback"
print(x)

# assert statement with and without messages; AssertionError args.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print("message:", repr(e), str(e), e.args)
try:
    assert [], ("tuple", "msg")
except AssertionError as e:
    print("tuple msg:", e.args)
calls = []
def side(x):
    calls.append(x)
    return x
assert side(1), side("msg")
print(calls)
try:
    assert side(0), side("msg2")
except AssertionError as e:
    print(e, calls)
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    return n
for n in (1, -3):
    try:
        print(check(n))
    except AssertionError as e:
        print("AssertionError:", e)
print(__debug__)

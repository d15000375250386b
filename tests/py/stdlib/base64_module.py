import base64, binascii
for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(40)), b"\0\0\0\0\0", b"    x"]:
    print(base64.b64encode(d), base64.b32encode(d), base64.b16encode(d), base64.b85encode(d),
          base64.a85encode(d), base64.urlsafe_b64encode(d), base64.b32hexencode(d))
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
print(base64.b64encode(b"\xff\xfe\xfd", altchars=b"-_"), base64.b64decode("//79", altchars="-_"))
print(base64.a85encode(b"hello world  ", foldspaces=True, adobe=True, wrapcol=5))
print(base64.encodebytes(b"x" * 100))
print(base64.standard_b64decode(b"aGk="), base64.b32decode("mzxq====", casefold=True))
for f, arg in [(base64.b64decode, b"abc"), (base64.b32decode, b"abc"), (base64.b16decode, b"ag"),
               (base64.b64decode, "é"), (base64.b64decode, b"ab*c"), (base64.a85decode, b"abcvx")]:
    try:
        print(f(arg))
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    base64.b64decode(b"ab*c", validate=True)
except binascii.Error as e:
    print(e)

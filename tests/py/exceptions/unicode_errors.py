# Unicode error classes: attributes and messages from encode/decode.
cases = [
    lambda: "héllo".encode("ascii"),
    lambda: "日本".encode("latin-1"),
    lambda: b"\xc3\x28".decode("utf-8"),
    lambda: b"\xff\xfe\xfd".decode("ascii"),
    lambda: b"\xe2\x82".decode("utf-8"),
    lambda: "\ud800".encode("utf-8"),
    lambda: b"abc".decode("utf-16"),
]
for c in cases:
    try:
        c()
    except UnicodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason, "|", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    b"x".decode("utf-8", "bogus-handler")
    print("no error: handler only looked up on error")
except LookupError as e:
    print("LookupError", e)
try:
    b"\xff".decode("utf-8", "bogus-handler")
except LookupError as e:
    print("LookupError", e)
print("é".encode("ascii", errors="namereplace"), b"\xff".decode("ascii", errors="replace"))
e = UnicodeEncodeError("ascii", "aé", 1, 2, "ordinal not in range(128)")
print(e.object, str(e))

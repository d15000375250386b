import hashlib
data = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 1000,
        bytes(range(256)) * 3]
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    for d in data:
        h = getattr(hashlib, name)(d)
        print(name, len(d), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = hashlib.new(name)
    for i in range(0, 300, 7):
        h.update(bytes(range(i % 256)))
    c = h.copy()
    c.update(b"more")
    print(h.hexdigest(), c.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
print(hashlib.sha256(bytearray(b"xyz")).hexdigest())
print(hashlib.md5(memoryview(b"xyz")).hexdigest())
print(hashlib.sha1(string=b"kw").hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha256"}))
for bad in ("text", 5):
    try:
        hashlib.md5(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
print(repr(hashlib.md5()).startswith("<md5 _hashlib.HASH object @ 0x"))
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 3).hex())
import hmac
print(hmac.new(b"key", b"msg", "sha256").hexdigest())
print(hmac.new(b"k" * 100, b"msg", hashlib.sha512).hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"))

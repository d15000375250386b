import hashlib
data = [b"", b"abc", b"a" * 135, b"a" * 136, b"a" * 137, b"a" * 200, bytes(range(256)) * 5]
for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"):
    for d in data:
        h = hashlib.new(name, d)
        print(name, len(d), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = getattr(hashlib, name)()
    for i in range(0, 400, 13):
        h.update(bytes(range(i % 256)))
    c = h.copy(); c.update(b"x")
    print(h.hexdigest(), c.hexdigest())
for name in ("shake_128", "shake_256"):
    for d in data:
        h = hashlib.new(name, d)
        print(name, h.hexdigest(20), h.digest(300)[-8:], h.digest_size, h.block_size)
print(hashlib.blake2b(b"x", digest_size=16).hexdigest(), hashlib.blake2s(b"x", digest_size=8).hexdigest())
print(hashlib.blake2b(b"msg", key=b"secret").hexdigest(), hashlib.blake2s(b"msg", key=b"k" * 32).hexdigest())
print(hashlib.blake2b(key=b"k").hexdigest())
h = hashlib.blake2b(key=b"k" * 64)
for i in range(10):
    h.update(b"z" * (i * 31))
print(h.hexdigest())
for bad in [lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"k" * 33)]:
    try:
        bad()
    except ValueError as e:
        print(e)

import hashlib, threading, zlib
for name in ("sha256", "md5", "sha3_256", "blake2b"):
    h = hashlib.new(name)
    def work():
        for _ in range(2000):
            h.update(b"x" * 7)
    ts = [threading.Thread(target=work) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(name, h.hexdigest() == hashlib.new(name, b"x" * 7 * 8000).hexdigest())
co = zlib.compressobj()
chunks = []
lock = threading.Lock()
def comp():
    for _ in range(500):
        with lock:  # output order must follow call order
            chunks.append(co.compress(b"abc" * 10))
ts = [threading.Thread(target=comp) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(zlib.decompress(b"".join(chunks) + co.flush()) == b"abc" * 10 * 2000)

# hashlib digests, base64/binascii/zlib checksums and codecs on fixed inputs.
import hashlib, base64, binascii, zlib, codecs
data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"]:
    print(name, hashlib.new(name, data).hexdigest())
h = hashlib.sha256()
h.update(b"The quick brown fox ")
h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.digest_size, h.block_size, h.name, len(h.digest()))
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(b"abc").hexdigest(), hashlib.blake2s(b"x", digest_size=8).hexdigest())
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)) == data, base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"), base64.b85encode(b"hello"), base64.a85encode(b"hello"))
print(base64.b64encode(b""), base64.b64encode(b"a"), base64.b64encode(b"ab"), base64.b64decode("YWJj"), base64.standard_b64decode(b"eA=="))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error", e)
print(binascii.hexlify(b"\x00\xff"), binascii.unhexlify("deadbeef"), binascii.crc32(data), binascii.b2a_base64(b"hi"))
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(b""), zlib.crc32(b"a", 5))
comp = zlib.compress(data * 10)
print(zlib.decompress(comp) == data * 10, len(comp) < len(data) * 10)
print(codecs.encode("abc", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "base64"), codecs.lookup("UTF8").name)
print("héllo".encode("utf-16-be"), "héllo".encode("cp1252"), b"\xe9".decode("cp1252"), "x".encode("idna") if False else "")

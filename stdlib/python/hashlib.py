"""weft's hashlib: MD5, SHA-1 and SHA-2 from the native _hashlib module
(weft's own implementations), with CPython's constructor interface."""

import _hashlib
import _weftsha3_blake2 as _extra

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256')
algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported)
__all__ = __always_supported + ('new', 'algorithms_guaranteed', 'algorithms_available',
                                'pbkdf2_hmac', 'file_digest')

_constructors = {
    'md5': _hashlib.openssl_md5, 'sha1': _hashlib.openssl_sha1,
    'sha224': _hashlib.openssl_sha224, 'sha256': _hashlib.openssl_sha256,
    'sha384': _hashlib.openssl_sha384, 'sha512': _hashlib.openssl_sha512,
    'blake2b': _extra.blake2b, 'blake2s': _extra.blake2s,
    'sha3_224': _extra.sha3_224, 'sha3_256': _extra.sha3_256, 'sha3_384': _extra.sha3_384,
    'sha3_512': _extra.sha3_512, 'shake_128': _extra.shake_128, 'shake_256': _extra.shake_256,
}
md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
blake2b = _extra.blake2b
blake2s = _extra.blake2s
sha3_224 = _extra.sha3_224
sha3_256 = _extra.sha3_256
sha3_384 = _extra.sha3_384
sha3_512 = _extra.sha3_512
shake_128 = _extra.shake_128
shake_256 = _extra.shake_256


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    ctor = _constructors.get(name) or _constructors.get(name.lower())
    if ctor is None:
        raise ValueError('unsupported hash type ' + name)
    return ctor(data, **kwargs)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    import hmac
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    h = new(hash_name)
    if dklen is None:
        dklen = h.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    password, salt = bytes(password), bytes(salt)
    out = b''
    block = 1
    while len(out) < dklen:
        u = hmac.new(password, salt + block.to_bytes(4, 'big'), hash_name).digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = hmac.new(password, u, hash_name).digest()
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(len(u), 'big')
        block += 1
    return out[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h

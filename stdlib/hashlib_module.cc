// The _hashlib module: weft's own MD5, SHA-1 and SHA-2 (224/256/384/512)
// implementations behind CPython's hash object interface (update, digest,
// hexdigest, copy, name, digest_size, block_size). hashlib.py wraps it.
#include <cmath>
#include <cstring>
#include <string>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "gc/heap.h"
#include "stdlib/stdlib.h"
#include "threads/critical_section.h"

namespace weft {
namespace {

enum class Algo : int { MD5, SHA1, SHA224, SHA256, SHA384, SHA512 };

struct AlgoInfo {
  const char* name;
  int digest_size, block_size;
};
const AlgoInfo kAlgos[] = {{"md5", 16, 64},    {"sha1", 20, 64},    {"sha224", 28, 64},
                           {"sha256", 32, 64}, {"sha384", 48, 128}, {"sha512", 64, 128}};

// Generic Merkle-Damgard state: chaining words, buffered partial block, length.
struct HashState {
  Algo algo;
  uint32_t h32[8];
  uint64_t h64[8];
  uint8_t buf[128];
  size_t buffered;
  uint64_t total;  // bytes hashed so far
};

inline uint32_t rol32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
inline uint32_t ror32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
inline uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

uint32_t load_le32(const uint8_t* p) { return p[0] | p[1] << 8 | p[2] << 16 | uint32_t(p[3]) << 24; }
uint32_t load_be32(const uint8_t* p) { return uint32_t(p[0]) << 24 | p[1] << 16 | p[2] << 8 | p[3]; }
uint64_t load_be64(const uint8_t* p) { return uint64_t(load_be32(p)) << 32 | load_be32(p + 4); }

void md5_block(uint32_t* h, const uint8_t* p) {
  static uint32_t K[64];
  static const int S[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
  static bool ready = [] {
    // K[i] = floor(2^32 * |sin(i + 1)|), computed exactly enough in double.
    for (int i = 0; i < 64; ++i) K[i] = static_cast<uint32_t>(static_cast<uint64_t>(fabs(sin(i + 1.0)) * 4294967296.0));
    return true;
  }();
  (void)ready;
  uint32_t m[16];
  for (int i = 0; i < 16; ++i) m[i] = load_le32(p + 4 * i);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
  for (int i = 0; i < 64; ++i) {
    uint32_t f;
    int g;
    int round = i / 16;
    if (round == 0) { f = (b & c) | (~b & d); g = i; }
    else if (round == 1) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
    else if (round == 2) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
    else { f = c ^ (b | ~d); g = (7 * i) % 16; }
    uint32_t t = d;
    d = c;
    c = b;
    b = b + rol32(a + f + K[i] + m[g], S[round][i % 4]);
    a = t;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d;
}

void sha1_block(uint32_t* h, const uint8_t* p) {
  uint32_t w[80];
  for (int i = 0; i < 16; ++i) w[i] = load_be32(p + 4 * i);
  for (int i = 16; i < 80; ++i) w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (int i = 0; i < 80; ++i) {
    uint32_t f, k;
    if (i < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
    else if (i < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
    else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
    else { f = b ^ c ^ d; k = 0xCA62C1D6; }
    uint32_t t = rol32(a, 5) + f + e + k + w[i];
    e = d; d = c; c = rol32(b, 30); b = a; a = t;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

const uint32_t K256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

void sha256_block(uint32_t* h, const uint8_t* p) {
  uint32_t w[64];
  for (int i = 0; i < 16; ++i) w[i] = load_be32(p + 4 * i);
  for (int i = 16; i < 64; ++i) {
    uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t v[8];
  memcpy(v, h, sizeof v);
  for (int i = 0; i < 64; ++i) {
    uint32_t S1 = ror32(v[4], 6) ^ ror32(v[4], 11) ^ ror32(v[4], 25);
    uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
    uint32_t t1 = v[7] + S1 + ch + K256[i] + w[i];
    uint32_t S0 = ror32(v[0], 2) ^ ror32(v[0], 13) ^ ror32(v[0], 22);
    uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
    uint32_t t2 = S0 + maj;
    v[7] = v[6]; v[6] = v[5]; v[5] = v[4]; v[4] = v[3] + t1;
    v[3] = v[2]; v[2] = v[1]; v[1] = v[0]; v[0] = t1 + t2;
  }
  for (int i = 0; i < 8; ++i) h[i] += v[i];
}

const uint64_t K512[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817};

void sha512_block(uint64_t* h, const uint8_t* p) {
  uint64_t w[80];
  for (int i = 0; i < 16; ++i) w[i] = load_be64(p + 8 * i);
  for (int i = 16; i < 80; ++i) {
    uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
    uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint64_t v[8];
  memcpy(v, h, sizeof v);
  for (int i = 0; i < 80; ++i) {
    uint64_t S1 = ror64(v[4], 14) ^ ror64(v[4], 18) ^ ror64(v[4], 41);
    uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
    uint64_t t1 = v[7] + S1 + ch + K512[i] + w[i];
    uint64_t S0 = ror64(v[0], 28) ^ ror64(v[0], 34) ^ ror64(v[0], 39);
    uint64_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
    uint64_t t2 = S0 + maj;
    v[7] = v[6]; v[6] = v[5]; v[5] = v[4]; v[4] = v[3] + t1;
    v[3] = v[2]; v[2] = v[1]; v[1] = v[0]; v[0] = t1 + t2;
  }
  for (int i = 0; i < 8; ++i) h[i] += v[i];
}

void state_init(HashState* s, Algo a) {
  memset(s, 0, sizeof *s);
  s->algo = a;
  static const uint32_t md5_iv[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
  static const uint32_t sha1_iv[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  static const uint32_t sha224_iv[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                        0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
  static const uint32_t sha256_iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  static const uint64_t sha384_iv[8] = {0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17,
                                        0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511,
                                        0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4};
  static const uint64_t sha512_iv[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
                                        0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
                                        0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
  switch (a) {
    case Algo::MD5: memcpy(s->h32, md5_iv, sizeof md5_iv); break;
    case Algo::SHA1: memcpy(s->h32, sha1_iv, sizeof sha1_iv); break;
    case Algo::SHA224: memcpy(s->h32, sha224_iv, sizeof sha224_iv); break;
    case Algo::SHA256: memcpy(s->h32, sha256_iv, sizeof sha256_iv); break;
    case Algo::SHA384: memcpy(s->h64, sha384_iv, sizeof sha384_iv); break;
    case Algo::SHA512: memcpy(s->h64, sha512_iv, sizeof sha512_iv); break;
  }
}

void compress(HashState* s, const uint8_t* block) {
  switch (s->algo) {
    case Algo::MD5: md5_block(s->h32, block); break;
    case Algo::SHA1: sha1_block(s->h32, block); break;
    case Algo::SHA224: case Algo::SHA256: sha256_block(s->h32, block); break;
    case Algo::SHA384: case Algo::SHA512: sha512_block(s->h64, block); break;
  }
}

void state_update(HashState* s, const uint8_t* p, size_t n) {
  size_t bs = kAlgos[int(s->algo)].block_size;
  s->total += n;
  if (s->buffered) {
    size_t take = std::min(n, bs - s->buffered);
    memcpy(s->buf + s->buffered, p, take);
    s->buffered += take;
    p += take;
    n -= take;
    if (s->buffered < bs) return;
    compress(s, s->buf);
    s->buffered = 0;
  }
  for (; n >= bs; p += bs, n -= bs) compress(s, p);
  memcpy(s->buf, p, n);
  s->buffered = n;
}

std::string state_digest(const HashState* orig) {
  HashState s = *orig;  // finalising must not disturb the running state
  size_t bs = kAlgos[int(s.algo)].block_size;
  size_t len_bytes = bs == 128 ? 16 : 8;
  uint64_t bits = s.total * 8;
  uint8_t pad[256] = {0x80};
  size_t padlen = (s.buffered < bs - len_bytes) ? bs - len_bytes - s.buffered : 2 * bs - len_bytes - s.buffered;
  uint8_t lenbuf[16] = {};
  for (int i = 0; i < 8; ++i) {
    if (s.algo == Algo::MD5) lenbuf[i] = uint8_t(bits >> (8 * i));
    else lenbuf[len_bytes - 1 - i] = uint8_t(bits >> (8 * i));
  }
  state_update(&s, pad, padlen);
  state_update(&s, lenbuf, len_bytes);
  std::string out;
  int dsize = kAlgos[int(s.algo)].digest_size;
  if (s.algo == Algo::MD5) {
    for (int i = 0; i < 4; ++i)
      for (int j = 0; j < 4; ++j) out.push_back(char(s.h32[i] >> (8 * j)));
  } else if (s.algo == Algo::SHA384 || s.algo == Algo::SHA512) {
    for (int i = 0; i < 8; ++i)
      for (int j = 7; j >= 0; --j) out.push_back(char(s.h64[i] >> (8 * j)));
  } else {
    for (int i = 0; i < 8; ++i)
      for (int j = 3; j >= 0; --j) out.push_back(char(s.h32[i] >> (8 * j)));
  }
  out.resize(dsize);
  return out;
}

// ---- the HASH object ------------------------------------------------------------

struct HashObject : Object {
  HashState state;
};

Type hash_type;

void hash_dealloc(Object* o) { free_object(o); }

HashObject* new_hash(ThreadState* ts, Algo a) {
  Object* o = alloc_object(&hash_type, sizeof(HashObject));
  if (!o) {
    set_no_memory(ts);
    return nullptr;
  }
  HashObject* h = static_cast<HashObject*>(o);
  state_init(&h->state, a);
  return h;
}

// Copies the bytes of a buffer-like argument (bytes, bytearray, memoryview).
bool buffer_bytes(ThreadState* ts, Value v, std::string* out) {
  if (is_bytes(v)) {
    Bytes* b = static_cast<Bytes*>(v.as_object());
    out->assign(b->data, b->length);
    return true;
  }
  if (isinstance_of(v, &bytearray_type)) {
    ByteArray* b = static_cast<ByteArray*>(v.as_object());
    CriticalSection cs(b);
    out->assign(b->data, b->length);
    return true;
  }
  if (is_str(v)) {
    set_error(ts, &TypeError_type, "Strings must be encoded before hashing");
    return false;
  }
  if (isinstance_of(v, &memoryview_type) || (v.is_object() && strcmp(type_of(v)->name, "array.array") == 0)) {
    Value a = v;
    Ref b = call(ts, Value(&bytes_type), &a, 1, nullptr);
    if (!b) return false;
    Bytes* bb = static_cast<Bytes*>(b.get().as_object());
    out->assign(bb->data, bb->length);
    return true;
  }
  set_error(ts, &TypeError_type, "object supporting the buffer API required");
  return false;
}

HashObject* as_hash(Value self) { return static_cast<HashObject*>(self.as_object()); }

Ref hash_update(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "update", args, nargs, kw, {"obj"}, 1, &v, 1)) return nullptr;
  std::string data;
  if (!buffer_bytes(ts, v, &data)) return nullptr;
  HashObject* h = as_hash(self);
  {
    CriticalSection cs(h);
    state_update(&h->state, reinterpret_cast<const uint8_t*>(data.data()), data.size());
  }
  return new_none();
}

std::string digest_of(HashObject* h) {
  CriticalSection cs(h);
  return state_digest(&h->state);
}

Ref hash_digest(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!parse_args(ts, "digest", nullptr, nargs, kw, {}, 0, nullptr)) return nullptr;
  return new_bytes(digest_of(as_hash(self)));
}

Ref hash_hexdigest(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!parse_args(ts, "hexdigest", nullptr, nargs, kw, {}, 0, nullptr)) return nullptr;
  std::string d = digest_of(as_hash(self)), hex;
  static const char digits[] = "0123456789abcdef";
  for (unsigned char c : d) {
    hex.push_back(digits[c >> 4]);
    hex.push_back(digits[c & 15]);
  }
  return new_str_ascii(hex);
}

Ref hash_copy(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!parse_args(ts, "copy", nullptr, nargs, kw, {}, 0, nullptr)) return nullptr;
  HashObject* h = as_hash(self);
  HashObject* c = new_hash(ts, h->state.algo);
  if (!c) return nullptr;
  {
    CriticalSection cs(h);
    c->state = h->state;
  }
  return Ref::steal(Value(c));
}

Ref hash_get_name(ThreadState*, Value self) { return new_str_ascii(kAlgos[int(as_hash(self)->state.algo)].name); }
Ref hash_get_digest_size(ThreadState*, Value self) {
  return new_int(kAlgos[int(as_hash(self)->state.algo)].digest_size);
}
Ref hash_get_block_size(ThreadState*, Value self) {
  return new_int(kAlgos[int(as_hash(self)->state.algo)].block_size);
}

Ref hash_repr(ThreadState*, Value self) {
  char buf[96];
  snprintf(buf, sizeof buf, "<%s _hashlib.HASH object @ %p>", kAlgos[int(as_hash(self)->state.algo)].name,
           static_cast<void*>(self.as_object()));
  return new_str_ascii(buf);
}

const MethodDef hash_methods[] = {
    {"update", hash_update, kMethInstance, nullptr},
    {"digest", hash_digest, kMethInstance, nullptr},
    {"hexdigest", hash_hexdigest, kMethInstance, nullptr},
    {"copy", hash_copy, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef hash_getsets[] = {
    {"name", hash_get_name, nullptr, nullptr},
    {"digest_size", hash_get_digest_size, nullptr, nullptr},
    {"block_size", hash_get_block_size, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// Constructors: openssl_md5(string=b'', *, usedforsecurity=True) etc.
template <Algo A>
Ref hash_ctor(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  if (!parse_args(ts, kAlgos[int(A)].name, args, nargs, kw, {"string", "usedforsecurity"}, 0, v))
    return nullptr;
  if (nargs > 1) {
    set_errorf(ts, &TypeError_type, "%s() takes at most 1 positional argument (%zu given)", kAlgos[int(A)].name,
               nargs);
    return nullptr;
  }
  Value data = v[0];
  HashObject* h = new_hash(ts, A);
  if (!h) return nullptr;
  Ref result = Ref::steal(Value(h));
  if (data) {
    std::string bytes;
    if (!buffer_bytes(ts, data, &bytes)) return nullptr;
    state_update(&h->state, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
  return result;
}

const MethodDef hashlib_functions[] = {
    {"openssl_md5", hash_ctor<Algo::MD5>, kMethStatic, nullptr},
    {"openssl_sha1", hash_ctor<Algo::SHA1>, kMethStatic, nullptr},
    {"openssl_sha224", hash_ctor<Algo::SHA224>, kMethStatic, nullptr},
    {"openssl_sha256", hash_ctor<Algo::SHA256>, kMethStatic, nullptr},
    {"openssl_sha384", hash_ctor<Algo::SHA384>, kMethStatic, nullptr},
    {"openssl_sha512", hash_ctor<Algo::SHA512>, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void setup_hashlib_types() {
  Type& t = hash_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "_hashlib.HASH";
  t.base = &object_type;
  t.basic_size = sizeof(HashObject);
  t.dealloc = hash_dealloc;
  t.repr = hash_repr;
  t.methods = hash_methods;
  t.getsets = hash_getsets;
  register_static_type(&t);
}

Ref make_hashlib_module(ThreadState* ts) {
  Ref mod = new_module(ts, "_hashlib");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = hashlib_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  if (dict_set_str(ts, d, "HASH", Value(&hash_type)) < 0) return nullptr;
  return mod;
}

}  // namespace weft

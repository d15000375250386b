// _weftsha3_blake2: weft's own SHA-3/SHAKE (Keccak-f[1600]) and BLAKE2b/2s
// (digest_size and key; no salt/person/tree parameters) for hashlib.
#include <cstring>
#include <string>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "gc/heap.h"
#include "stdlib/stdlib.h"
#include "threads/critical_section.h"

namespace weft {
namespace {

enum class Kind : uint8_t { SHA3, SHAKE, BLAKE2B, BLAKE2S };

struct XState {
  Kind kind;
  uint8_t pad_byte;
  int digest_size, block_size;  // block_size is the Keccak rate for SHA-3
  const char* name;
  uint64_t keccak[25];
  uint64_t h[8];  // BLAKE2 chaining value (32-bit words for 2s)
  uint64_t t0, t1;
  uint8_t buf[200];
  size_t buffered;
};
struct XHash : Object {
  XState st;
};

inline uint64_t rol64(uint64_t x, int n) { return n ? (x << n) | (x >> (64 - n)) : x; }

void keccak_f(uint64_t* a) {
  static const uint64_t RC[24] = {
      0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B,
      0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088,
      0x0000000080008009, 0x000000008000000A, 0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
      0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
      0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008};
  static const int R[25] = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};
  for (int round = 0; round < 24; ++round) {
    uint64_t c[5], d[5], b[25];
    for (int x = 0; x < 5; ++x) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (int x = 0; x < 5; ++x) d[x] = c[(x + 4) % 5] ^ rol64(c[(x + 1) % 5], 1);
    for (int i = 0; i < 25; ++i) a[i] ^= d[i % 5];
    for (int x = 0; x < 5; ++x)
      for (int y = 0; y < 5; ++y) b[y + 5 * ((2 * x + 3 * y) % 5)] = rol64(a[x + 5 * y], R[x + 5 * y]);
    for (int x = 0; x < 5; ++x)
      for (int y = 0; y < 5; ++y)
        a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
    a[0] ^= RC[round];
  }
}

void keccak_absorb_block(XState* s, const uint8_t* p) {
  for (int i = 0; i < s->block_size / 8; ++i) {
    uint64_t w = 0;
    for (int j = 7; j >= 0; --j) w = (w << 8) | p[8 * i + j];
    s->keccak[i] ^= w;
  }
  keccak_f(s->keccak);
}

const uint64_t kB2bIV[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                            0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
const uint32_t kB2sIV[8] = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A,
                            0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};
const uint8_t kSigma[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3}};

// One BLAKE2 compression; W is uint64_t (2b) or uint32_t (2s).
template <class W>
void blake2_compress(XState* s, const uint8_t* block, bool last) {
  constexpr bool big = sizeof(W) == 8;
  constexpr int rounds = big ? 12 : 10;
  constexpr int r1 = big ? 32 : 16, r2 = big ? 24 : 12, r3 = big ? 16 : 8, r4 = big ? 63 : 7;
  auto ror = [](W x, int n) -> W { return (x >> n) | (x << (8 * sizeof(W) - n)); };
  W m[16], v[16];
  for (int i = 0; i < 16; ++i) {
    W w = 0;
    for (int j = sizeof(W) - 1; j >= 0; --j) w = (w << 8) | block[i * sizeof(W) + j];
    m[i] = w;
  }
  for (int i = 0; i < 8; ++i) {
    v[i] = static_cast<W>(s->h[i]);
    v[i + 8] = big ? static_cast<W>(kB2bIV[i]) : static_cast<W>(kB2sIV[i]);
  }
  v[12] ^= static_cast<W>(s->t0);
  v[13] ^= static_cast<W>(big ? s->t1 : (s->t0 >> 32));
  if (last) v[14] = ~v[14];
  auto g = [&](int a, int b, int c, int d, W x, W y) {
    v[a] = v[a] + v[b] + x; v[d] = ror(v[d] ^ v[a], r1);
    v[c] = v[c] + v[d];     v[b] = ror(v[b] ^ v[c], r2);
    v[a] = v[a] + v[b] + y; v[d] = ror(v[d] ^ v[a], r3);
    v[c] = v[c] + v[d];     v[b] = ror(v[b] ^ v[c], r4);
  };
  for (int r = 0; r < rounds; ++r) {
    const uint8_t* sg = kSigma[r];
    g(0, 4, 8, 12, m[sg[0]], m[sg[1]]);
    g(1, 5, 9, 13, m[sg[2]], m[sg[3]]);
    g(2, 6, 10, 14, m[sg[4]], m[sg[5]]);
    g(3, 7, 11, 15, m[sg[6]], m[sg[7]]);
    g(0, 5, 10, 15, m[sg[8]], m[sg[9]]);
    g(1, 6, 11, 12, m[sg[10]], m[sg[11]]);
    g(2, 7, 8, 13, m[sg[12]], m[sg[13]]);
    g(3, 4, 9, 14, m[sg[14]], m[sg[15]]);
  }
  for (int i = 0; i < 8; ++i) s->h[i] = static_cast<W>(static_cast<W>(s->h[i]) ^ v[i] ^ v[i + 8]);
}

void blake2_add_counter(XState* s, uint64_t n) {
  uint64_t old = s->t0;
  s->t0 += n;
  if (s->t0 < old) s->t1++;
}

void xhash_update(XState* s, const uint8_t* p, size_t n) {
  size_t bs = s->block_size;
  if (s->kind == Kind::SHA3 || s->kind == Kind::SHAKE) {
    while (n) {
      size_t take = std::min(n, bs - s->buffered);
      memcpy(s->buf + s->buffered, p, take);
      s->buffered += take;
      p += take;
      n -= take;
      if (s->buffered == bs) {
        keccak_absorb_block(s, s->buf);
        s->buffered = 0;
      }
    }
    return;
  }
  // BLAKE2 keeps the last block buffered: it must be compressed as final.
  bool big = s->kind == Kind::BLAKE2B;
  while (n) {
    if (s->buffered == bs) {
      blake2_add_counter(s, bs);
      if (big) blake2_compress<uint64_t>(s, s->buf, false);
      else blake2_compress<uint32_t>(s, s->buf, false);
      s->buffered = 0;
    }
    size_t take = std::min(n, bs - s->buffered);
    memcpy(s->buf + s->buffered, p, take);
    s->buffered += take;
    p += take;
    n -= take;
  }
}

std::string xhash_digest(const XState* orig, size_t length) {
  XState s = *orig;
  std::string out;
  if (s.kind == Kind::SHA3 || s.kind == Kind::SHAKE) {
    size_t bs = s.block_size;
    memset(s.buf + s.buffered, 0, bs - s.buffered);
    s.buf[s.buffered] ^= s.pad_byte;
    s.buf[bs - 1] ^= 0x80;
    keccak_absorb_block(&s, s.buf);
    while (out.size() < length) {
      for (size_t i = 0; i < bs && out.size() < length; ++i) out.push_back(char(s.keccak[i / 8] >> (8 * (i % 8))));
      if (out.size() < length) keccak_f(s.keccak);
    }
    return out;
  }
  bool big = s.kind == Kind::BLAKE2B;
  blake2_add_counter(&s, s.buffered);
  memset(s.buf + s.buffered, 0, s.block_size - s.buffered);
  if (big) blake2_compress<uint64_t>(&s, s.buf, true);
  else blake2_compress<uint32_t>(&s, s.buf, true);
  int wsize = big ? 8 : 4;
  for (int i = 0; i < 8; ++i)
    for (int j = 0; j < wsize; ++j) out.push_back(char(s.h[i] >> (8 * j)));
  out.resize(s.digest_size);
  return out;
}

Type xhash_type;

void xhash_dealloc(Object* o) { free_object(o); }
XHash* as_x(Value v) { return static_cast<XHash*>(v.as_object()); }

bool buffer_arg(ThreadState* ts, Value v, std::string* out) {
  if (is_bytes(v)) {
    out->assign(static_cast<Bytes*>(v.as_object())->data, static_cast<Bytes*>(v.as_object())->length);
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
  if (isinstance_of(v, &memoryview_type) || strcmp(type_of(v)->name, "array.array") == 0) {
    Value a = v;
    Ref b = call(ts, Value(&bytes_type), &a, 1, nullptr);
    if (!b) return false;
    out->assign(b.as<Bytes>()->data, b.as<Bytes>()->length);
    return true;
  }
  set_error(ts, &TypeError_type, "object supporting the buffer API required");
  return false;
}

XHash* new_xhash(ThreadState* ts) {
  Object* o = alloc_object(&xhash_type, sizeof(XHash));
  if (!o) {
    set_no_memory(ts);
    return nullptr;
  }
  return static_cast<XHash*>(o);
}

Ref x_update(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  std::string data;
  if (!parse_args(ts, "update", args, nargs, kw, {"data"}, 1, &v, 1) || !buffer_arg(ts, v, &data)) return nullptr;
  XHash* s = as_x(self);
  CriticalSection cs(s);
  xhash_update(&s->st, reinterpret_cast<const uint8_t*>(data.data()), data.size());
  return new_none();
}

bool digest_length(ThreadState* ts, XHash* s, const char* fname, const Value* args, size_t nargs, Tuple* kw,
                   size_t* len) {
  if (s->st.kind != Kind::SHAKE) {
    if (!parse_args(ts, fname, args, nargs, kw, {}, 0, nullptr)) return false;
    *len = s->st.digest_size;
    return true;
  }
  Value v;
  int64_t n;
  if (!parse_args(ts, fname, args, nargs, kw, {"length"}, 1, &v) || !int_to_i64(ts, v, &n)) return false;
  if (n < 0) {
    set_error(ts, &ValueError_type, "negative digest length");
    return false;
  }
  *len = static_cast<size_t>(n);
  return true;
}

Ref x_digest(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  XHash* s = as_x(self);
  size_t len;
  if (!digest_length(ts, s, "digest", args, nargs, kw, &len)) return nullptr;
  CriticalSection cs(s);
  return new_bytes(xhash_digest(&s->st, len));
}

Ref x_hexdigest(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  XHash* s = as_x(self);
  size_t len;
  if (!digest_length(ts, s, "hexdigest", args, nargs, kw, &len)) return nullptr;
  std::string d;
  {
    CriticalSection cs(s);
    d = xhash_digest(&s->st, len);
  }
  static const char digits[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : d) {
    hex.push_back(digits[c >> 4]);
    hex.push_back(digits[c & 15]);
  }
  return new_str_ascii(hex);
}

Ref x_copy(ThreadState* ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!parse_args(ts, "copy", nullptr, nargs, kw, {}, 0, nullptr)) return nullptr;
  XHash* s = as_x(self);
  XHash* c = new_xhash(ts);
  if (!c) return nullptr;
  CriticalSection cs(s);
  c->st = s->st;
  return Ref::steal(Value(c));
}

Ref x_name(ThreadState*, Value self) { return new_str_ascii(as_x(self)->st.name); }
Ref x_digest_size(ThreadState*, Value self) { return new_int(as_x(self)->st.digest_size); }
Ref x_block_size(ThreadState*, Value self) { return new_int(as_x(self)->st.block_size); }

Ref x_repr(ThreadState*, Value self) {
  char buf[96];
  snprintf(buf, sizeof buf, "<%s _hashlib.HASH object @ %p>", as_x(self)->st.name, static_cast<void*>(self.as_object()));
  return new_str_ascii(buf);
}

const MethodDef x_methods[] = {
    {"update", x_update, kMethInstance, nullptr},
    {"digest", x_digest, kMethInstance, nullptr},
    {"hexdigest", x_hexdigest, kMethInstance, nullptr},
    {"copy", x_copy, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef x_getsets[] = {
    {"name", x_name, nullptr, nullptr},
    {"digest_size", x_digest_size, nullptr, nullptr},
    {"block_size", x_block_size, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// sha3_224 .. sha3_512, shake_128, shake_256: (data=b'', *, usedforsecurity=True)
template <int Bits, bool Shake>
Ref sha3_ctor(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  static const char* name = Shake ? (Bits == 128 ? "shake_128" : "shake_256")
                                  : (Bits == 224 ? "sha3_224" : Bits == 256 ? "sha3_256" : Bits == 384 ? "sha3_384" : "sha3_512");
  Value v[2];
  if (!parse_args(ts, name, args, nargs, kw, {"data", "usedforsecurity"}, 0, v)) return nullptr;
  XHash* obj = new_xhash(ts);
  if (!obj) return nullptr;
  Ref r = Ref::steal(Value(obj));
  XState* s = &obj->st;
  s->kind = Shake ? Kind::SHAKE : Kind::SHA3;
  s->pad_byte = Shake ? 0x1F : 0x06;
  s->digest_size = Shake ? 0 : Bits / 8;
  s->block_size = 200 - 2 * (Bits / 8);
  s->name = name;
  if (v[0]) {
    std::string data;
    if (!buffer_arg(ts, v[0], &data)) return nullptr;
    xhash_update(s, reinterpret_cast<const uint8_t*>(data.data()), data.size());
  }
  return r;
}

// blake2b/blake2s(data=b'', *, digest_size=64|32, key=b'', ...)
template <bool Big>
Ref blake2_ctor(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  const char* name = Big ? "blake2b" : "blake2s";
  const int max_out = Big ? 64 : 32, max_key = Big ? 64 : 32;
  Value v[3];
  if (!parse_args(ts, name, args, nargs, kw, {"data", "digest_size", "key"}, 0, v, 1)) return nullptr;
  int64_t dsize = max_out;
  if (v[1] && !int_to_i64(ts, v[1], &dsize)) return nullptr;
  if (dsize < 1 || dsize > max_out) {
    set_errorf(ts, &ValueError_type, "digest_size must be between 1 and %d bytes", max_out);
    return nullptr;
  }
  std::string key;
  if (v[2] && !buffer_arg(ts, v[2], &key)) return nullptr;
  if (static_cast<int>(key.size()) > max_key) {
    set_errorf(ts, &ValueError_type, "maximum key length is %d bytes", max_key);
    return nullptr;
  }
  XHash* obj = new_xhash(ts);
  if (!obj) return nullptr;
  Ref r = Ref::steal(Value(obj));
  XState* s = &obj->st;
  s->kind = Big ? Kind::BLAKE2B : Kind::BLAKE2S;
  s->digest_size = static_cast<int>(dsize);
  s->block_size = Big ? 128 : 64;
  s->name = name;
  for (int i = 0; i < 8; ++i) s->h[i] = Big ? kB2bIV[i] : kB2sIV[i];
  s->h[0] ^= 0x01010000u ^ (static_cast<uint64_t>(key.size()) << 8) ^ static_cast<uint64_t>(dsize);
  if (!key.empty()) {
    uint8_t block[128] = {};
    memcpy(block, key.data(), key.size());
    xhash_update(s, block, s->block_size);
  }
  if (v[0]) {
    std::string data;
    if (!buffer_arg(ts, v[0], &data)) return nullptr;
    xhash_update(s, reinterpret_cast<const uint8_t*>(data.data()), data.size());
  }
  return r;
}

const MethodDef extra_functions[] = {
    {"sha3_224", sha3_ctor<224, false>, kMethStatic, nullptr},
    {"sha3_256", sha3_ctor<256, false>, kMethStatic, nullptr},
    {"sha3_384", sha3_ctor<384, false>, kMethStatic, nullptr},
    {"sha3_512", sha3_ctor<512, false>, kMethStatic, nullptr},
    {"shake_128", sha3_ctor<128, true>, kMethStatic, nullptr},
    {"shake_256", sha3_ctor<256, true>, kMethStatic, nullptr},
    {"blake2b", blake2_ctor<true>, kMethStatic, nullptr},
    {"blake2s", blake2_ctor<false>, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void setup_hashlib_extra_types() {
  Type& t = xhash_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "_hashlib.HASHXOF";
  t.base = &object_type;
  t.basic_size = sizeof(XHash);
  t.dealloc = xhash_dealloc;
  t.repr = x_repr;
  t.methods = x_methods;
  t.getsets = x_getsets;
  register_static_type(&t);
}

Ref make_hashlib_extra_module(ThreadState* ts) {
  Ref mod = new_module(ts, "_weftsha3_blake2");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = extra_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  return mod;
}

}  // namespace weft

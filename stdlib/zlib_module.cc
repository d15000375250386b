// The zlib module over the system libz: compress/decompress, streaming
// compressobj/decompressobj, crc32 and adler32, with CPython's zlib.error
// messages ("Error -3 while decompressing data: incorrect header check").
#include <zlib.h>

#include <cstring>
#include <string>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "gc/heap.h"
#include "stdlib/stdlib.h"
#include "threads/critical_section.h"

namespace weft {
namespace {

// Copies a bytes-like argument (bytes, bytearray, memoryview, array).
bool data_arg(ThreadState* ts, Value v, std::string* out) {
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
  if (!is_str(v) && (isinstance_of(v, &memoryview_type) || strcmp(type_of(v)->name, "array.array") == 0)) {
    Value a = v;
    Ref b = call(ts, Value(&bytes_type), &a, 1, nullptr);
    if (!b) return false;
    out->assign(b.as<Bytes>()->data, b.as<Bytes>()->length);
    return true;
  }
  set_errorf(ts, &TypeError_type, "a bytes-like object is required, not '%s'", type_name(v));
  return false;
}

bool int_opt(ThreadState* ts, Value v, int* out) {
  if (!v) return true;
  int64_t n;
  if (!int_to_i64(ts, v, &n)) return false;
  *out = static_cast<int>(n);
  return true;
}

Ref zlib_error_plain(ThreadState* ts, Value module, const char* text) {
  Ref cls = module ? get_attr_str(ts, module, "error") : Ref();
  if (!cls) {
    clear_error(ts);
    set_error(ts, &RuntimeError_type, text);
    return nullptr;
  }
  Ref msg = new_str(text);
  Value a = msg.get();
  Ref exc = call(ts, cls.get(), &a, 1, nullptr);
  if (exc) set_error_value(ts, exc.get());
  return nullptr;
}

// Raises zlib.error (looked up in the module so each interpreter has its own).
Ref zlib_error(ThreadState* ts, Value module, int err, const char* msg, z_stream* zs) {
  const char* detail = zs && zs->msg ? zs->msg : nullptr;
  if (!detail) {
    switch (err) {
      case Z_VERSION_ERROR: detail = "library version mismatch"; break;
      case Z_BUF_ERROR: detail = "incomplete or truncated stream"; break;
      case Z_STREAM_ERROR: detail = "inconsistent stream state"; break;
      case Z_DATA_ERROR: detail = "invalid input data"; break;
      default: break;
    }
  }
  char buf[256];
  if (detail) snprintf(buf, sizeof buf, "Error %d %s: %.200s", err, msg, detail);
  else snprintf(buf, sizeof buf, "Error %d %s", err, msg);
  return zlib_error_plain(ts, module, buf);
}

std::string_view str_view_of_bytes(Object* o) {
  Bytes* b = static_cast<Bytes*>(o);
  return std::string_view(b->data, b->length);
}

// Runs deflate/inflate over `in`, appending output; `step` is deflate or inflate.
template <class Step>
int pump(z_stream* zs, const std::string& in, std::string* out, int flush, Step step, size_t max_out = 0) {
  zs->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs->avail_in = static_cast<uInt>(in.size());
  int err = Z_OK;
  for (;;) {
    size_t chunk = 16384;
    if (max_out) {
      if (out->size() >= max_out) break;
      chunk = std::min(chunk, max_out - out->size());
    }
    size_t old = out->size();
    out->resize(old + chunk);
    zs->next_out = reinterpret_cast<Bytef*>(out->data() + old);
    zs->avail_out = static_cast<uInt>(chunk);
    err = step(zs, flush);
    out->resize(old + chunk - zs->avail_out);
    if (err == Z_STREAM_END) break;
    if (err != Z_OK && err != Z_BUF_ERROR) return err;
    if (zs->avail_out != 0) {  // output space left over: input consumed
      if (err == Z_BUF_ERROR) err = Z_OK;
      break;
    }
  }
  return err;
}

Ref z_compress(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[3];
  if (!parse_args(ts, "compress", args, nargs, kw, {"data", "level", "wbits"}, 1, v, 1)) return nullptr;
  int level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
  std::string in, out;
  if (!data_arg(ts, v[0], &in) || !int_opt(ts, v[1], &level) || !int_opt(ts, v[2], &wbits)) return nullptr;
  z_stream zs = {};
  int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
  if (err == Z_STREAM_ERROR) {
    return zlib_error_plain(ts, self, "Bad compression level");
  }
  if (err != Z_OK) return zlib_error(ts, self, err, "while compressing data", &zs);
  try {
    err = pump(&zs, in, &out, Z_FINISH, deflate);
  } catch (const std::bad_alloc&) {
    deflateEnd(&zs);
    return set_no_memory(ts);
  }
  deflateEnd(&zs);
  if (err != Z_STREAM_END) return zlib_error(ts, self, err, "while compressing data", nullptr);
  return new_bytes(out);
}

Ref z_decompress(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[3];
  if (!parse_args(ts, "decompress", args, nargs, kw, {"data", "wbits", "bufsize"}, 1, v, 1)) return nullptr;
  int wbits = MAX_WBITS, bufsize = 16384;
  std::string in, out;
  if (!data_arg(ts, v[0], &in) || !int_opt(ts, v[1], &wbits) || !int_opt(ts, v[2], &bufsize)) return nullptr;
  if (bufsize < 0) {
    set_error(ts, &ValueError_type, "bufsize must be non-negative");
    return nullptr;
  }
  z_stream zs = {};
  int err = inflateInit2(&zs, wbits);
  if (err != Z_OK) return zlib_error(ts, self, err, "while preparing to decompress data", &zs);
  try {
    err = pump(&zs, in, &out, Z_FINISH, inflate);
  } catch (const std::bad_alloc&) {
    inflateEnd(&zs);
    return set_no_memory(ts);
  }
  if (err != Z_STREAM_END) {
    Ref r = zlib_error(ts, self, err == Z_OK ? Z_BUF_ERROR : err, "while decompressing data", &zs);
    inflateEnd(&zs);
    return r;
  }
  inflateEnd(&zs);
  return new_bytes(out);
}

template <bool Adler>
Ref z_checksum(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  if (!parse_args(ts, Adler ? "adler32" : "crc32", args, nargs, kw, {"data", "value"}, 1, v, 2)) return nullptr;
  std::string in;
  if (!data_arg(ts, v[0], &in)) return nullptr;
  uint64_t start = Adler ? 1 : 0;
  if (v[1]) {
    // Any int is accepted; only its low 32 bits matter.
    Ref mask = new_int(0xFFFFFFFF);
    Ref low = binary_op(ts, BinOp::And, v[1], mask.get());
    if (!low) return nullptr;
    int64_t n;
    if (!int_to_i64(ts, low.get(), &n)) return nullptr;
    start = static_cast<uint64_t>(n);
  }
  uLong r = start;
  const Bytef* p = reinterpret_cast<const Bytef*>(in.data());
  size_t left = in.size();
  while (left) {
    uInt n = static_cast<uInt>(std::min<size_t>(left, 1u << 30));
    r = Adler ? adler32(r, p, n) : crc32(r, p, n);
    p += n;
    left -= n;
  }
  return new_int(static_cast<int64_t>(r & 0xFFFFFFFF));
}

// ---- streaming objects ---------------------------------------------------------

struct ZStreamObject : Object {
  z_stream zs;
  bool is_compress, initialised, eof;
  Object* module;
  Object* unused_data;       // bytes (decompress)
  Object* unconsumed_tail;   // bytes (decompress)
};

Type compress_type, decompress_type;

void zstream_dealloc(Object* o) {
  ZStreamObject* z = static_cast<ZStreamObject*>(o);
  if (z->initialised) {
    if (z->is_compress) deflateEnd(&z->zs);
    else inflateEnd(&z->zs);
  }
  xdecref(z->module);
  xdecref(z->unused_data);
  xdecref(z->unconsumed_tail);
  free_object(o);
}

void zstream_traverse(Object* o, const Visitor& visit) {
  ZStreamObject* z = static_cast<ZStreamObject*>(o);
  visit(z->module);
  visit(z->unused_data);
  visit(z->unconsumed_tail);
}

ZStreamObject* new_zstream(ThreadState* ts, Type* t, Value module) {
  Object* o = alloc_object(t, sizeof(ZStreamObject));
  if (!o) {
    set_no_memory(ts);
    return nullptr;
  }
  ZStreamObject* z = static_cast<ZStreamObject*>(o);
  z->is_compress = t == &compress_type;
  if (module.is_object()) {
    incref(module);
    z->module = module.as_object();
  }
  Ref empty = new_bytes("");
  z->unused_data = empty.get().as_object();
  incref(empty.get());
  z->unconsumed_tail = empty.release().as_object();
  return z;
}

void set_bytes_slot(ZStreamObject* z, Object** slot, std::string_view data) {
  Ref b = new_bytes(data);
  Object* old = *slot;
  *slot = b.release().as_object();
  xdecref(old);
}

Ref z_compressobj(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[6];
  if (!parse_args(ts, "compressobj", args, nargs, kw, {"level", "method", "wbits", "memLevel", "strategy", "zdict"},
                  0, v))
    return nullptr;
  int level = Z_DEFAULT_COMPRESSION, method = Z_DEFLATED, wbits = MAX_WBITS, mem = 8, strategy = 0;
  if (!int_opt(ts, v[0], &level) || !int_opt(ts, v[1], &method) || !int_opt(ts, v[2], &wbits) ||
      !int_opt(ts, v[3], &mem) || !int_opt(ts, v[4], &strategy))
    return nullptr;
  std::string zdict;
  if (v[5] && !data_arg(ts, v[5], &zdict)) return nullptr;
  ZStreamObject* z = new_zstream(ts, &compress_type, self);
  if (!z) return nullptr;
  Ref result = Ref::steal(Value(z));
  int err = deflateInit2(&z->zs, level, method, wbits, mem, strategy);
  if (err == Z_STREAM_ERROR) {
    set_error(ts, &ValueError_type, "Invalid initialization option");
    return nullptr;
  }
  if (err != Z_OK) return zlib_error(ts, self, err, "while creating compression object", &z->zs);
  z->initialised = true;
  if (v[5]) deflateSetDictionary(&z->zs, reinterpret_cast<const Bytef*>(zdict.data()), zdict.size());
  return result;
}

Ref z_decompressobj(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  if (!parse_args(ts, "decompressobj", args, nargs, kw, {"wbits", "zdict"}, 0, v)) return nullptr;
  int wbits = MAX_WBITS;
  if (!int_opt(ts, v[0], &wbits)) return nullptr;
  ZStreamObject* z = new_zstream(ts, &decompress_type, self);
  if (!z) return nullptr;
  Ref result = Ref::steal(Value(z));
  int err = inflateInit2(&z->zs, wbits);
  if (err == Z_STREAM_ERROR) {
    set_error(ts, &ValueError_type, "Invalid initialization option");
    return nullptr;
  }
  if (err != Z_OK) return zlib_error(ts, self, err, "while creating decompression object", &z->zs);
  z->initialised = true;
  return result;
}

ZStreamObject* as_z(Value v) { return static_cast<ZStreamObject*>(v.as_object()); }

Ref comp_compress(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "compress", args, nargs, kw, {"data"}, 1, &v, 1)) return nullptr;
  std::string in, out;
  if (!data_arg(ts, v, &in)) return nullptr;
  ZStreamObject* z = as_z(self);
  int err;
  {
    CriticalSection cs(z);
    if (!z->initialised) {
      set_error(ts, &ValueError_type, "Error -2 while compressing data: inconsistent stream state");
      return nullptr;
    }
    err = pump(&z->zs, in, &out, Z_NO_FLUSH, deflate);
  }
  if (err != Z_OK) return zlib_error(ts, Value(z->module), err, "while compressing data", &z->zs);
  return new_bytes(out);
}

Ref comp_flush(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "flush", args, nargs, kw, {"mode"}, 0, &v, 1)) return nullptr;
  int mode = Z_FINISH;
  if (!int_opt(ts, v, &mode)) return nullptr;
  ZStreamObject* z = as_z(self);
  if (mode == Z_NO_FLUSH) return new_bytes("");
  std::string out;
  int err;
  {
    CriticalSection cs(z);
    if (!z->initialised) return new_bytes("");
    err = pump(&z->zs, std::string(), &out, mode, deflate);
    if (mode == Z_FINISH && err == Z_STREAM_END) {
      deflateEnd(&z->zs);
      z->initialised = false;
      err = Z_OK;
    }
  }
  if (err != Z_OK) return zlib_error(ts, Value(z->module), err, "while flushing", &z->zs);
  return new_bytes(out);
}

Ref decomp_decompress(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  if (!parse_args(ts, "decompress", args, nargs, kw, {"data", "max_length"}, 1, v, 1)) return nullptr;
  std::string in, out;
  int64_t max_length = 0;
  if (!data_arg(ts, v[0], &in)) return nullptr;
  if (v[1] && !int_to_i64(ts, v[1], &max_length)) return nullptr;
  if (max_length < 0) {
    set_error(ts, &ValueError_type, "max_length must be non-negative");
    return nullptr;
  }
  ZStreamObject* z = as_z(self);
  int err;
  {
    CriticalSection cs(z);
    if (z->eof) {
      set_error(ts, &EOFError_type, "End of stream already reached");
      return nullptr;
    }
    err = pump(&z->zs, in, &out, Z_SYNC_FLUSH, inflate, static_cast<size_t>(max_length));
    std::string_view rest(reinterpret_cast<const char*>(z->zs.next_in), z->zs.avail_in);
    if (err == Z_STREAM_END) {
      z->eof = true;
      std::string unused(str_view_of_bytes(z->unused_data));
      unused.append(rest);
      set_bytes_slot(z, &z->unused_data, unused);
      set_bytes_slot(z, &z->unconsumed_tail, "");
      err = Z_OK;
    } else {
      set_bytes_slot(z, &z->unconsumed_tail, rest);
      if (err == Z_BUF_ERROR) err = Z_OK;
    }
  }
  if (err != Z_OK) return zlib_error(ts, Value(z->module), err, "while decompressing data", &z->zs);
  return new_bytes(out);
}

Ref decomp_flush(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "flush", args, nargs, kw, {"length"}, 0, &v, 1)) return nullptr;
  ZStreamObject* z = as_z(self);
  std::string out, tail;
  {
    CriticalSection cs(z);
    tail.assign(str_view_of_bytes(z->unconsumed_tail));
    if (!z->eof && !tail.empty()) {
      int err = pump(&z->zs, tail, &out, Z_FINISH, inflate);
      if (err == Z_STREAM_END) z->eof = true;
      set_bytes_slot(z, &z->unconsumed_tail, "");
    }
  }
  return new_bytes(out);
}

Ref z_get_unused_data(ThreadState*, Value self) { return Ref::borrow(Value(as_z(self)->unused_data)); }
Ref z_get_unconsumed_tail(ThreadState*, Value self) { return Ref::borrow(Value(as_z(self)->unconsumed_tail)); }
Ref z_get_eof(ThreadState*, Value self) { return new_bool(as_z(self)->eof); }

const MethodDef compress_methods[] = {
    {"compress", comp_compress, kMethInstance, nullptr},
    {"flush", comp_flush, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef decompress_methods[] = {
    {"decompress", decomp_decompress, kMethInstance, nullptr},
    {"flush", decomp_flush, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef decompress_getsets[] = {
    {"unused_data", z_get_unused_data, nullptr, nullptr},
    {"unconsumed_tail", z_get_unconsumed_tail, nullptr, nullptr},
    {"eof", z_get_eof, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef zlib_functions[] = {
    {"compress", z_compress, kMethInstance, nullptr},
    {"decompress", z_decompress, kMethInstance, nullptr},
    {"compressobj", z_compressobj, kMethInstance, nullptr},
    {"decompressobj", z_decompressobj, kMethInstance, nullptr},
    {"crc32", z_checksum<false>, kMethInstance, nullptr},
    {"adler32", z_checksum<true>, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void setup_stream_type(Type& t, const char* name, const MethodDef* methods, const GetSetDef* getsets) {
  t.type = &type_type;
  t.make_immortal();
  t.name = name;
  t.base = &object_type;
  t.basic_size = sizeof(ZStreamObject);
  t.flags = kTypeHasGC;
  t.dealloc = zstream_dealloc;
  t.traverse = zstream_traverse;
  t.methods = methods;
  t.getsets = getsets;
  register_static_type(&t);
}

}  // namespace

void setup_zlib_types() {
  setup_stream_type(compress_type, "zlib.Compress", compress_methods, nullptr);
  setup_stream_type(decompress_type, "zlib.Decompress", decompress_methods, decompress_getsets);
}

Ref make_zlib_module(ThreadState* ts) {
  Ref mod = new_module(ts, "_zlib");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = zlib_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  static const struct { const char* name; int value; } kConsts[] = {
      {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", 16384},
      {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
      {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION}, {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
      {"Z_FILTERED", Z_FILTERED}, {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
      {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH},
      {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK}, {"Z_TREES", Z_TREES}};
  for (const auto& c : kConsts)
    if (dict_set_str(ts, d, c.name, Value::small_int(c.value)) < 0) return nullptr;
  Ref ver = new_str_ascii(ZLIB_VERSION), rver = new_str_ascii(zlibVersion());
  if (dict_set_str(ts, d, "ZLIB_VERSION", ver.get()) < 0 || dict_set_str(ts, d, "ZLIB_RUNTIME_VERSION", rver.get()) < 0)
    return nullptr;
  return mod;
}

}  // namespace weft

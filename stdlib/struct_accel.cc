// _weftstruct: the fast path of struct.py. Struct objects encode their layout
// as a spec (10 bytes per item: code, count u32, offset u32, size u8); these
// functions pack/unpack it and return None whenever anything is unusual (a
// range or type problem, 'e' floats...), so struct.py's Python path produces
// CPython's exact results and error messages.
#include <cmath>
#include <cfloat>
#include <cstring>
#include <string>
#include <vector>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

struct Item {
  char code;
  uint32_t count, offset;
  uint8_t size;
};

bool decode_spec(Value spec, std::vector<Item>* items) {
  if (!is_bytes(spec)) return false;
  Bytes* b = static_cast<Bytes*>(spec.as_object());
  if (b->length % 10) return false;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(b->data);
  for (int64_t i = 0; i < b->length; i += 10) {
    Item it;
    it.code = static_cast<char>(p[i]);
    it.count = p[i + 1] | p[i + 2] << 8 | p[i + 3] << 16 | uint32_t(p[i + 4]) << 24;
    it.offset = p[i + 5] | p[i + 6] << 8 | p[i + 7] << 16 | uint32_t(p[i + 8]) << 24;
    it.size = p[i + 9];
    items->push_back(it);
  }
  return true;
}

bool is_signed_code(char c) { return strchr("bhilqn", c) != nullptr; }

void put_uint(unsigned char* dst, uint64_t v, int size, bool little) {
  for (int i = 0; i < size; ++i) dst[little ? i : size - 1 - i] = static_cast<unsigned char>(v >> (8 * i));
}
uint64_t get_uint(const unsigned char* src, int size, bool little) {
  uint64_t v = 0;
  for (int i = 0; i < size; ++i) v |= uint64_t(src[little ? i : size - 1 - i]) << (8 * i);
  return v;
}

// pack(spec, little, size, args) -> bytes or None
Ref sa_pack(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 4 || kw || !isinstance_of(args[3], &tuple_type)) return new_none();
  std::vector<Item> items;
  int64_t total;
  if (!decode_spec(args[0], &items) || !int_to_i64(ts, args[2], &total)) return nullptr;
  bool little = truthy(ts, args[1]) == 1;
  Tuple* t = static_cast<Tuple*>(args[3].as_object());
  std::string out(total, '\0');
  unsigned char* buf = reinterpret_cast<unsigned char*>(out.data());
  int64_t k = 0;
  for (const Item& it : items) {
    unsigned char* dst = buf + it.offset;
    if (it.code == 'x') continue;
    if (it.code == 's' || it.code == 'p') {
      if (k >= t->length || !is_bytes(t->items[k])) return new_none();
      Bytes* b = static_cast<Bytes*>(t->items[k++].as_object());
      if (it.code == 's') {
        memcpy(dst, b->data, std::min<int64_t>(b->length, it.count));
      } else if (it.count > 0) {
        int64_t n = std::min<int64_t>(b->length, it.count - 1);
        dst[0] = static_cast<unsigned char>(std::min<int64_t>(n, 255));
        memcpy(dst + 1, b->data, n);
      }
      continue;
    }
    for (uint32_t r = 0; r < it.count; ++r, dst += it.size) {
      if (k >= t->length) return new_none();
      Value v = t->items[k++];
      switch (it.code) {
        case 'c': {
          if (!is_bytes(v) || static_cast<Bytes*>(v.as_object())->length != 1) return new_none();
          dst[0] = static_cast<unsigned char>(static_cast<Bytes*>(v.as_object())->data[0]);
          break;
        }
        case '?': {
          if (!is_int(v) && v != None()) return new_none();
          int b = truthy(ts, v);
          if (b < 0) return nullptr;
          dst[0] = static_cast<unsigned char>(b);
          break;
        }
        case 'f':
        case 'd': {
          double d;
          if (is_float(v) && type_of(v) == &float_type) d = static_cast<Float*>(v.as_object())->value;
          else return new_none();
          if (it.code == 'f') {
            if (std::isfinite(d) && std::fabs(d) > FLT_MAX) return new_none();
            float f = static_cast<float>(d);
            uint32_t bits;
            memcpy(&bits, &f, 4);
            put_uint(dst, bits, 4, little);
          } else {
            uint64_t bits;
            memcpy(&bits, &d, 8);
            put_uint(dst, bits, 8, little);
          }
          break;
        }
        default: {
          if (!strchr("bBhHiIlLqQnNP", it.code)) return new_none();
          if (!v.is_small_int() && type_of(v) != &int_type && type_of(v) != &bool_type) return new_none();
          int64_t n;
          if (!int_to_i64(ts, v, &n)) {
            clear_error(ts);
            return new_none();  // beyond 64 bits (or a big unsigned value): the Python path
          }
          int bits = it.size * 8;
          if (is_signed_code(it.code)) {
            if (bits < 64 && (n < -(int64_t(1) << (bits - 1)) || n >= (int64_t(1) << (bits - 1)))) return new_none();
          } else {
            if (n < 0 || (bits < 64 && n >= (int64_t(1) << bits))) return new_none();
          }
          put_uint(dst, static_cast<uint64_t>(n), it.size, little);
        }
      }
    }
  }
  if (k != t->length) return new_none();
  return new_bytes(out);
}

// unpack(spec, little, data, base) -> tuple or None
Ref sa_unpack(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 4 || kw) return new_none();
  std::vector<Item> items;
  int64_t base;
  if (!decode_spec(args[0], &items) || !int_to_i64(ts, args[3], &base)) return nullptr;
  bool little = truthy(ts, args[1]) == 1;
  if (!is_bytes(args[2])) return new_none();
  // bytes are immutable and the caller holds a reference: no copy needed.
  Bytes* src_bytes = static_cast<Bytes*>(args[2].as_object());
  std::string_view data(src_bytes->data, src_bytes->length);
  const unsigned char* buf = reinterpret_cast<const unsigned char*>(data.data());
  Ref list = new_list(0);
  if (!list) return nullptr;
  List* l = static_cast<List*>(list.get().as_object());
  for (const Item& it : items) {
    int64_t pos = base + it.offset;
    if (it.code == 'x') continue;
    if (pos < 0 || pos + int64_t(it.size) * it.count > int64_t(data.size())) return new_none();
    Ref val;
    if (it.code == 's') {
      val = new_bytes(data.substr(pos, it.count));
      if (!val || list_append(ts, l, val.get()) < 0) return nullptr;
      continue;
    }
    if (it.code == 'p') {
      int64_t n = it.count ? std::min<int64_t>(buf[pos], it.count - 1) : 0;
      val = new_bytes(it.count ? data.substr(pos + 1, n) : std::string_view());
      if (!val || list_append(ts, l, val.get()) < 0) return nullptr;
      continue;
    }
    for (uint32_t r = 0; r < it.count; ++r) {
      const unsigned char* src = buf + pos + int64_t(r) * it.size;
      switch (it.code) {
        case 'c': val = new_bytes(std::string_view(reinterpret_cast<const char*>(src), 1)); break;
        case '?': val = new_bool(src[0] != 0); break;
        case 'f': {
          uint32_t bits = static_cast<uint32_t>(get_uint(src, 4, little));
          float f;
          memcpy(&f, &bits, 4);
          val = new_float(static_cast<double>(f));
          break;
        }
        case 'd': {
          uint64_t bits = get_uint(src, 8, little);
          double d;
          memcpy(&d, &bits, 8);
          val = new_float(d);
          break;
        }
        default: {
          if (!strchr("bBhHiIlLqQnNP", it.code)) return new_none();
          uint64_t u = get_uint(src, it.size, little);
          if (is_signed_code(it.code)) {
            int shift = 64 - it.size * 8;
            val = new_int(shift ? (static_cast<int64_t>(u << shift) >> shift) : static_cast<int64_t>(u));
          } else if (u > uint64_t(INT64_MAX)) {
            return new_none();  // needs a big int: the Python path
          } else {
            val = new_int(static_cast<int64_t>(u));
          }
        }
      }
      if (!val || list_append(ts, l, val.get()) < 0) return nullptr;
    }
  }
  Value lv = list.get();
  return call(ts, Value(&tuple_type), &lv, 1, nullptr);
}

const MethodDef accel_functions[] = {
    {"pack", sa_pack, kMethStatic, nullptr},
    {"unpack", sa_unpack, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_struct_accel_module(ThreadState* ts) {
  Ref mod = new_module(ts, "_weftstruct");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = accel_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  return mod;
}

}  // namespace weft

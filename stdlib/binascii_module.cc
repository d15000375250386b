// _weftbinascii: the inner loops of binascii's base64 coding (binascii.py
// converts the arguments and turns ValueError into binascii.Error).
#include <string>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

bool bytes_only(ThreadState* ts, Value v, std::string_view* out) {
  if (!is_bytes(v)) {
    set_errorf(ts, &TypeError_type, "a bytes object is required, not '%s'", type_name(v));
    return false;
  }
  Bytes* b = static_cast<Bytes*>(v.as_object());
  *out = std::string_view(b->data, b->length);
  return true;
}

// b2a_base64(data: bytes, newline: bool)
Ref bin_b2a_base64(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  std::string_view in;
  if (!parse_args(ts, "b2a_base64", args, nargs, kw, {"data", "newline"}, 2, v, 2) || !bytes_only(ts, v[0], &in))
    return nullptr;
  int nl = truthy(ts, v[1]);
  if (nl < 0) return nullptr;
  std::string out;
  try {
    out.reserve((in.size() + 2) / 3 * 4 + 1);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  size_t i = 0, n = in.size();
  auto byte = [&](size_t k) { return static_cast<unsigned char>(in[k]); };
  for (; i + 3 <= n; i += 3) {
    uint32_t w = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
    out += kB64[w >> 18];
    out += kB64[(w >> 12) & 63];
    out += kB64[(w >> 6) & 63];
    out += kB64[w & 63];
  }
  if (n - i == 1) {
    uint32_t w = byte(i) << 16;
    out += kB64[w >> 18];
    out += kB64[(w >> 12) & 63];
    out += "==";
  } else if (n - i == 2) {
    uint32_t w = byte(i) << 16 | byte(i + 1) << 8;
    out += kB64[w >> 18];
    out += kB64[(w >> 12) & 63];
    out += kB64[(w >> 6) & 63];
    out += '=';
  }
  if (nl) out += '\n';
  return new_bytes(out);
}

Ref fail(ThreadState* ts, const char* msg) {
  set_error(ts, &ValueError_type, msg);
  return nullptr;
}

// a2b_base64(data: bytes, strict_mode: bool); errors are ValueError(message).
Ref bin_a2b_base64(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  std::string_view in;
  if (!parse_args(ts, "a2b_base64", args, nargs, kw, {"data", "strict_mode"}, 2, v, 2) || !bytes_only(ts, v[0], &in))
    return nullptr;
  int strict = truthy(ts, v[1]);
  if (strict < 0) return nullptr;
  if (strict && !in.empty() && in[0] == '=') return fail(ts, "Leading padding not allowed");
  std::string out;
  try {
    out.reserve(in.size() / 4 * 3 + 3);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  uint32_t acc = 0;
  int nbits = 0;
  int64_t count = 0, pads = 0;
  for (size_t pos = 0; pos < in.size(); ++pos) {
    unsigned char c = in[pos];
    if (c == '=') {
      ++pads;
      if (count % 4 >= 2 && (count % 4) + pads >= 4) {
        if (strict && pos != in.size() - 1) return fail(ts, "Excess data after padding");
        return new_bytes(out);
      }
      continue;
    }
    int val = b64_value(c);
    if (val < 0) {
      if (strict) return fail(ts, "Only base64 data is allowed");
      continue;
    }
    if (strict && pads) return fail(ts, "Discontinuous padding not allowed");
    pads = 0;
    acc = (acc << 6) | static_cast<uint32_t>(val);
    nbits += 6;
    ++count;
    if (nbits >= 8) {
      nbits -= 8;
      out += static_cast<char>((acc >> nbits) & 0xFF);
      acc &= (1u << nbits) - 1;
    }
  }
  if (count % 4) {
    if (count % 4 == 1) {
      char buf[160];
      snprintf(buf, sizeof buf,
               "Invalid base64-encoded string: number of data characters (%lld) cannot be 1 more than a "
               "multiple of 4",
               static_cast<long long>(count));
      return fail(ts, buf);
    }
    return fail(ts, "Incorrect padding");
  }
  return new_bytes(out);
}

const MethodDef binascii_functions[] = {
    {"b2a_base64", bin_b2a_base64, kMethStatic, nullptr},
    {"a2b_base64", bin_a2b_base64, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_weftbinascii_module(ThreadState* ts) {
  Ref mod = new_module(ts, "_weftbinascii");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = binascii_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  return mod;
}

}  // namespace weft

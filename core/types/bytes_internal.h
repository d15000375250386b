// Helpers shared by bytes.cc, bytearray.cc, bytes_methods.cc and memoryview.cc:
// access to self's bytes (a bytearray is snapshotted under its mutex), result
// construction of the receiver's kind, and the shared method table entries.
#pragma once

#include <string>
#include <string_view>

#include "core/types/buffer.h"
#include "core/types/str_internal.h"

namespace weft {

extern Type bytes_iter_type, bytearray_iter_type;

inline bool is_bytearray(Value v) { return v.is_object() && isinstance_of(v, &bytearray_type); }
inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.as_object()); }
inline ByteArray* as_bytearray(Value v) { return static_cast<ByteArray*>(v.as_object()); }

// The receiver's bytes for a read-only method: bytes are used in place; a
// bytearray is copied under its mutex so concurrent mutation cannot tear it.
class SelfBytes {
 public:
  explicit SelfBytes(Value self);
  const char* data() const { return data_; }
  int64_t size() const { return len_; }
  std::string_view view() const { return std::string_view(data_, size_t(len_)); }
  bool is_bytearray() const { return ba_; }

 private:
  const char* data_;
  int64_t len_;
  bool ba_;
  std::string copy_;
};

// bytes or bytearray holding `b`, matching `like_bytearray`.
Ref new_bytes_like(bool like_bytearray, std::string_view b);
// repr of bytes data: b'...' with CPython's quote choice and escapes.
std::string bytes_repr_text(std::string_view b, bool bytearray_style = false);
// bytes % args (str_mod.cc).
bool bytes_percent_format(ThreadState*, const char* fmt, int64_t len, Value args, std::string* out);
// The methods common to bytes and bytearray (bytes_methods.cc), terminated by
// a null entry; bytearray.cc appends its mutators.
extern const MethodDef bytes_common_methods[];
extern const size_t bytes_common_method_count;
// Python's ASCII whitespace for bytes: space, \t \n \v \f \r.
inline bool bytes_isspace(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
// A byte value from an int-like (ValueError "byte must be in range(0, 256)").
bool byte_from_value(ThreadState*, Value v, int* out);
// Bytes from any object as bytes(x) does (buffer, __bytes__, int count, iterable of ints).
bool bytes_from_object(ThreadState*, Value x, std::string* out, bool allow_count);
// A bytearray's length read under its mutex.
int64_t locked_bytearray_length(ByteArray* a);
// Hash shared by bytes and memoryview.
int64_t bytes_hash_of(std::string_view b);
// `x in b` for bytes-like containers: int or bytes-like needle.
int bytes_contains_value(ThreadState*, std::string_view hay, Value item);
// Rich comparison of two byte strings.
Ref bytes_compare_op(std::string_view a, std::string_view b, CmpOp op);

}  // namespace weft

// A minimal buffer protocol for weft's bytes-like objects (bytes, bytearray,
// memoryview): a read view of contiguous bytes that keeps its exporter alive
// and, for a bytearray, pins its storage (resizing raises BufferError) until
// the view is destroyed. Implemented in core/types/memoryview.cc.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/types/types.h"

namespace weft {

class BufferView {
 public:
  BufferView() = default;
  BufferView(const BufferView&) = delete;
  BufferView& operator=(const BufferView&) = delete;
  ~BufferView() { release(); }
  void release();

  const char* data = nullptr;
  int64_t len = 0;
  bool readonly = true;
  std::string_view view() const { return std::string_view(data, size_t(len)); }

  // Internal: the exporter and, for bytearray storage, the pinned array.
  Ref owner;
  ByteArray* pinned = nullptr;
  std::string copy;  // owns the bytes of a non-contiguous memoryview
};

// Fills `out` for a bytes-like `v`. On failure returns false; unless `quiet`,
// raises TypeError "a bytes-like object is required, not 'str'". With quiet
// set, an unsupported type returns false with no exception pending.
bool get_buffer(ThreadState*, Value v, BufferView* out, bool quiet = false);
bool is_bytes_like(Value v);  // bytes, bytearray or memoryview

// memoryview(obj).
Ref new_memoryview(ThreadState*, Value obj);

}  // namespace weft

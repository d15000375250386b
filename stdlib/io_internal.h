// Shared declarations of the io implementation (io_file.cc, io_memory.cc,
// io_module.cc).
#pragma once

#include <mutex>
#include <string>

#include "core/runtime/abstract.h"

namespace weft {

extern Type text_file_type, binary_file_type, string_io_type, bytes_io_type;

struct FileObject : Object {
  Dict* dict;
  int fd;
  bool readable, writable, binary, closefd, closed, line_buffering, unbuffered;
  bool translate_newlines;
  Value name, mode;
  std::string encoding, errors;
  std::mutex io_mu;         // guards the buffers and the descriptor position
  std::string write_buf;
  std::string read_buf;
  size_t read_pos;
};

struct FileOptions {
  bool readable = false, writable = false, binary = false, closefd = true;
  bool line_buffering = false, unbuffered = false, translate_newlines = true;
  std::string encoding = "utf-8";
  std::string errors = "strict";
};

Ref new_file_object(ThreadState*, int fd, Value name, std::string_view mode,
                    const FileOptions& opts);
// Flushes a native file object (no-op for other objects).
int flush_file_object(ThreadState*, Value file);
// io.UnsupportedOperation (a subclass of OSError and ValueError).
Type* io_unsupported_operation();
void setup_memory_io_types();

}  // namespace weft

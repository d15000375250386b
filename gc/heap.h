// Object allocation. Interface of the gc/ subsystem (allocation today; the
// concurrent cycle collector and QSBR-delayed reuse build on it later).
#pragma once

#include <cstddef>

#include "core/object/object.h"

namespace weft {

// Zeroed memory of `size` bytes with an initialised header: type set, owned
// by the calling thread, one local reference. Null if out of memory (the
// caller raises MemoryError).
Object* alloc_object(Type* type, size_t size);
// Returns an object's memory; called by a type's dealloc after it released
// the object's references.
void free_object(Object* o);

// Raw buffers for object payloads kept out of line (list items, dict tables).
void* alloc_raw(size_t size);
void* realloc_raw(void* p, size_t size);
void free_raw(void* p);

}  // namespace weft

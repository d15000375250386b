// Object allocation on mimalloc's per-thread heaps (Debian's libmimalloc).
//
// Why mimalloc: thread-local free lists make allocation contention-free across
// threads, a block freed by another thread goes back to its owner page through
// mimalloc's delayed free list, and its page/segment structure is what the
// concurrent collector (issue 4) will walk to find every object, as CPython's
// free-threaded build does.
#include "gc/heap.h"

#include <mimalloc.h>

#include <new>

namespace weft {

Object* alloc_object(Type* type, size_t size) {
  void* mem = mi_zalloc_aligned(size, 16);
  if (!mem) return nullptr;
  Object* o = new (mem) Object();
  o->owner.store(current_thread_id(), std::memory_order_relaxed);
  o->type = type;
  return o;
}

void free_object(Object* o) { mi_free(o); }

void* alloc_raw(size_t size) { return mi_malloc(size); }
void* realloc_raw(void* p, size_t size) { return mi_realloc(p, size); }
void free_raw(void* p) { mi_free(p); }

}  // namespace weft

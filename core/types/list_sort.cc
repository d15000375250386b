// list.sort(): detaches the items (so the list reads as empty while user key
// functions and __lt__ run, as in CPython), computes the keys, runs timsort
// (timsort.h) and reattaches, reporting "list modified during sort" if user
// code put anything into the list meanwhile.
#include <cstdlib>

#include "core/types/container_util.h"
#include "core/types/timsort.h"

namespace weft {

namespace {

// a < b with the common builtin cases done without a call.
int less_than(ThreadState* ts, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_small_int() < b.as_small_int();
  if (a.is_object() && b.is_object() && a.as_object()->type == &float_type &&
      b.as_object()->type == &float_type)
    return float_value(a) < float_value(b);
  return rich_compare_bool(ts, a, b, CmpOp::Lt);
}

struct Detached {
  Value* items;
  int64_t length;
  int64_t capacity;
};

Detached detach(List* l) {
  ObjLock g(l);
  Detached d{l->items.load(std::memory_order_relaxed), l->length.load(std::memory_order_relaxed), l->capacity};
  l->items.store(nullptr, std::memory_order_release);
  l->length.store(0, std::memory_order_release);
  l->capacity = 0;
  return d;
}

// Puts the saved items back; returns whatever user code stored in the list
// during the sort (to be released by the caller) and whether it did.
bool reattach(List* l, const Detached& d, Value** extra, int64_t* nextra) {
  ObjLock g(l);
  *extra = l->items.load(std::memory_order_relaxed);
  *nextra = l->length.load(std::memory_order_relaxed);
  bool modified = *extra != nullptr || *nextra != 0;
  l->items.store(d.items, std::memory_order_release);
  l->length.store(d.length, std::memory_order_release);
  l->capacity = d.capacity;
  return modified;
}

void reverse_values(Value* v, int64_t n) {
  for (int64_t i = 0, j = n - 1; i < j; i++, j--) std::swap(v[i], v[j]);
}

}  // namespace

int list_sort(ThreadState* ts, List* l, Value key, bool reverse) {
  Detached d = detach(l);
  int result = 0;
  std::vector<Value> keys;
  bool have_keys = !key.is_null() && !key.is(None());
  if (have_keys && d.length > 0) {
    try {
      keys.reserve(static_cast<size_t>(d.length));
    } catch (const std::bad_alloc&) {
      set_no_memory(ts);
      result = -1;
    }
    for (int64_t i = 0; result == 0 && i < d.length; i++) {
      Ref k = call1(ts, key, d.items[i]);
      if (!k) {
        result = -1;
        break;
      }
      keys.push_back(k.release());
    }
  }
  if (result == 0 && d.length > 1) {
    Value* sort_keys = have_keys ? keys.data() : d.items;
    Value* sort_values = have_keys ? d.items : nullptr;
    if (reverse) {
      reverse_values(sort_keys, d.length);
      if (sort_values) reverse_values(sort_values, d.length);
    }
    auto lt = [ts](Value a, Value b) { return less_than(ts, a, b); };
    TimSort<Value, decltype(lt)> sorter(sort_keys, sort_values, d.length, lt);
    bool oom = false;
    result = sorter.sort(&oom);
    if (oom) set_no_memory(ts);
    if (reverse) reverse_values(d.items, d.length);
  }
  for (Value k : keys) decref(k);
  Value* extra;
  int64_t nextra;
  bool modified = reattach(l, d, &extra, &nextra);
  for (int64_t i = 0; i < nextra; i++) decref(extra[i]);
  std::free(extra);  // issue 3 (QSBR): defer once list readers go lock-free
  if (modified && result == 0) {
    set_error(ts, &ValueError_type, "list modified during sort");
    result = -1;
  }
  return result;
}

}  // namespace weft

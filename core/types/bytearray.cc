// bytearray: a mutable byte buffer (out-of-line storage, amortised growth).
// Every mutation and every read of the storage holds the object's mutex; all
// size changes go through one splice primitive that refuses to resize while
// memoryviews export the buffer. Shared read-only methods: bytes_methods.cc.
#include <algorithm>
#include <cstring>

#include "core/types/bytes_internal.h"
#include "core/types/codecs.h"
#include "gc/heap.h"
#include "threads/critical_section.h"

namespace weft {

Type bytearray_type;
Type bytearray_iter_type;

namespace {

enum SpliceResult { kSpliceOk = 0, kSpliceExported = -1, kSpliceNoMemory = -2 };

// Replaces a->data[start, start+count) with repl. Caller holds a->mutex.
// repl must not point into a's storage.
int splice_locked(ByteArray* a, int64_t start, int64_t count, std::string_view repl) {
  int64_t delta = int64_t(repl.size()) - count;
  int64_t newlen = a->length + delta;
  if (delta != 0 && a->exports > 0) return kSpliceExported;
  if (newlen == 0 && a->capacity == 0) return kSpliceOk;  // an empty array owns no storage
  // CPython's growth policy, so that __alloc__ and __sizeof__ agree with it.
  int64_t cap = a->capacity;
  if (newlen + 1 > cap) {
    cap = (newlen <= a->capacity + (a->capacity >> 3)) ? newlen + (newlen >> 3) + (newlen < 9 ? 3 : 6)
                                                     : newlen + 1;
  } else if (newlen < cap / 2) {
    cap = newlen + 1;
  }
  if (cap != a->capacity) {
    if (delta < 0 && start + count < a->length)  // move the tail down before shrinking
      std::memmove(a->data + start + repl.size(), a->data + start + count, size_t(a->length - start - count));
    char* p = static_cast<char*>(realloc_raw(a->data, size_t(cap)));
    if (!p) return kSpliceNoMemory;
    a->data = p;
    a->capacity = cap;
    if (delta < 0) {
      if (!repl.empty()) std::memcpy(a->data + start, repl.data(), repl.size());
      a->length = newlen;
      a->data[newlen] = 0;
      return kSpliceOk;
    }
  }
  if (delta != 0 && start + count < a->length)
    std::memmove(a->data + start + repl.size(), a->data + start + count, size_t(a->length - start - count));
  if (!repl.empty()) std::memcpy(a->data + start, repl.data(), repl.size());
  a->length = newlen;
  a->data[newlen] = 0;
  return kSpliceOk;
}

bool report_splice(ThreadState* ts, int r) {
  if (r == kSpliceOk) return true;
  if (r == kSpliceExported)
    set_error(ts, &BufferError_type, "Existing exports of data: object cannot be re-sized");
  else
    set_no_memory(ts);
  return false;
}

int64_t locked_length(ByteArray* a) { return locked_bytearray_length(a); }

// Copies a bytes-like argument (never pins it, so `b[:] = b` works).
bool copy_buffer_arg(ThreadState* ts, Value v, std::string* out, bool quiet = false) {
  BufferView view;
  if (!get_buffer(ts, v, &view, quiet)) return false;
  out->assign(view.view());
  return true;
}

ByteArray* alloc_bytearray(Type* type) {
  return static_cast<ByteArray*>(alloc_object(type, type->basic_size));
}

}  // namespace

int64_t locked_bytearray_length(ByteArray* a) {
  CriticalSection cs(a);
  return a->length;
}

Ref new_bytearray(std::string_view b) {
  ByteArray* a = alloc_bytearray(&bytearray_type);
  ThreadState* ts = nullptr;
  if (!a || splice_locked(a, 0, 0, b) != kSpliceOk) {
    if (a) {
      free_raw(a->data);
      free_object(a);
    }
    ts = current_thread_state();
    if (ts) set_no_memory(ts);
    return nullptr;
  }
  return Ref::steal(Value(a));
}

namespace {

ByteArray* self_ba(Value v) { return as_bytearray(v); }

std::string snapshot(Value v) {
  ByteArray* a = self_ba(v);
  CriticalSection cs(a);
  return std::string(a->data ? a->data : "", size_t(a->length));
}

void ba_dealloc(Object* o) {
  ByteArray* a = static_cast<ByteArray*>(o);
  free_raw(a->data);
  free_object(o);
}

Ref ba_repr(ThreadState* ts, Value self) {
  std::string body = bytes_repr_text(snapshot(self), true);
  std::string out = std::string(type_name(self)) + "(" + body + ")";
  return new_str(out);
}

Ref ba_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_bytes_like(a) || !is_bytes_like(b)) return new_notimpl();
  BufferView va, vb;
  if (!get_buffer(ts, a, &va) || !get_buffer(ts, b, &vb)) return nullptr;
  return bytes_compare_op(va.view(), vb.view(), op);
}

int64_t ba_len(ThreadState* ts, Value self) { return locked_length(self_ba(self)); }

int ba_contains(ThreadState* ts, Value self, Value item) {
  std::string s = snapshot(self);
  return bytes_contains_value(ts, s, item);
}

Ref ba_getitem(ThreadState* ts, Value self, Value key) {
  ByteArray* a = self_ba(self);
  if (is_int(key) || type_of(key)->index) {
    int64_t i;
    if (!index_to_i64(ts, key, &i, &IndexError_type)) return nullptr;
    int value = -1;
    {
      CriticalSection cs(a);
      if (i < 0) i += a->length;
      if (i >= 0 && i < a->length) value = uint8_t(a->data[i]);
    }
    if (value < 0) {
      set_error(ts, &IndexError_type, "bytearray index out of range");
      return nullptr;
    }
    return Ref::small_int(value);
  }
  if (type_of(key) == &slice_type) {
    std::string s = snapshot(self);
    int64_t start, stop, step, n;
    if (!slice_indices(ts, static_cast<Slice*>(key.as_object()), int64_t(s.size()), &start, &stop, &step, &n))
      return nullptr;
    std::string out;
    for (int64_t k = 0, i = start; k < n; ++k, i += step) out.push_back(s[size_t(i)]);
    return new_bytearray(out);
  }
  set_errorf(ts, &TypeError_type, "bytearray indices must be integers or slices, not %s", type_name(key));
  return nullptr;
}

// Collects the replacement bytes of a slice assignment.
bool assignment_bytes(ThreadState* ts, Value v, std::string* out) {
  if (is_bytes_like(v)) return copy_buffer_arg(ts, v, out);
  if (is_int(v)) {
    set_error(ts, &TypeError_type, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  if (is_str(v)) {
    set_error(ts, &TypeError_type, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  return bytes_from_object(ts, v, out, false);
}

int ba_setitem(ThreadState* ts, Value self, Value key, Value v) {
  ByteArray* a = self_ba(self);
  if (is_int(key) || type_of(key)->index) {
    int64_t i;
    if (!index_to_i64(ts, key, &i, &IndexError_type)) return -1;
    int b = 0;
    if (!v.is_null() && !byte_from_value(ts, v, &b)) return -1;
    int r = kSpliceOk;
    bool in_range;
    {
      CriticalSection cs(a);
      if (i < 0) i += a->length;
      in_range = i >= 0 && i < a->length;
      if (in_range) {
        if (v.is_null())
          r = splice_locked(a, i, 1, "");
        else
          a->data[i] = char(b);
      }
    }
    if (!in_range) {
      set_error(ts, &IndexError_type, "bytearray index out of range");
      return -1;
    }
    return report_splice(ts, r) ? 0 : -1;
  }
  if (type_of(key) != &slice_type) {
    set_errorf(ts, &TypeError_type, "bytearray indices must be integers or slices, not %s", type_name(key));
    return -1;
  }
  std::string repl;
  if (!v.is_null() && !assignment_bytes(ts, v, &repl)) return -1;
  Slice* sl = static_cast<Slice*>(key.as_object());
  int r = kSpliceOk;
  int64_t start, stop, step, n;
  bool size_mismatch = false;
  int64_t len;
  {
    CriticalSection cs(a);
    len = a->length;
  }
  if (!slice_indices(ts, sl, len, &start, &stop, &step, &n)) return -1;
  {
    CriticalSection cs(a);
    if (a->length < len) {
      // Shrunk by another thread since the indices were computed: clamp.
      start = std::min(start, a->length);
      stop = std::min(stop, a->length);
      if (step != 1) n = 0;
    }
    if (step == 1) {
      r = splice_locked(a, start, std::max<int64_t>(stop - start, 0), repl);
    } else if (v.is_null()) {
      // Delete an extended slice: keep every byte not selected.
      std::string kept;
      std::vector<bool> drop(size_t(a->length), false);
      for (int64_t k = 0, i = start; k < n; ++k, i += step) drop[size_t(i)] = true;
      for (int64_t i = 0; i < a->length; ++i)
        if (!drop[size_t(i)]) kept.push_back(a->data[i]);
      r = splice_locked(a, 0, a->length, kept);
    } else if (int64_t(repl.size()) != n) {
      size_mismatch = true;
    } else {
      for (int64_t k = 0, i = start; k < n; ++k, i += step) a->data[i] = repl[size_t(k)];
    }
  }
  if (size_mismatch) {
    set_errorf(ts, &ValueError_type, "attempt to assign bytes of size %zu to extended slice of size %lld",
               repl.size(), (long long)n);
    return -1;
  }
  return report_splice(ts, r) ? 0 : -1;
}

Ref ba_add(ThreadState* ts, Value a, Value b) {
  if (!is_bytearray(a)) {
    if (!is_bytes_like(a)) return new_notimpl();
  }
  std::string out, rhs;
  if (!copy_buffer_arg(ts, a, &out, true)) return ts->has_error() ? nullptr : new_notimpl();
  if (!copy_buffer_arg(ts, b, &rhs, true)) {
    if (ts->has_error()) return nullptr;
    set_errorf(ts, &TypeError_type, "can't concat %s to %s", type_name(b), type_name(a));
    return nullptr;
  }
  out += rhs;
  return new_bytearray(out);
}

Ref ba_iadd(ThreadState* ts, Value a, Value b) {
  std::string rhs;
  if (!copy_buffer_arg(ts, b, &rhs, true)) {
    if (ts->has_error()) return nullptr;
    set_errorf(ts, &TypeError_type, "can't concat %s to %s", type_name(b), type_name(a));
    return nullptr;
  }
  ByteArray* ba = self_ba(a);
  int r;
  {
    CriticalSection cs(ba);
    r = splice_locked(ba, ba->length, 0, rhs);
  }
  if (!report_splice(ts, r)) return nullptr;
  return Ref::borrow(a);
}

bool repeat_count(ThreadState* ts, Value n, int64_t* out) {
  if (!is_int(n) && !type_of(n)->index) {
    set_errorf(ts, &TypeError_type, "can't multiply sequence by non-int of type '%s'", type_name(n));
    return false;
  }
  return index_to_i64(ts, n, out, &OverflowError_type);
}

Ref ba_mul(ThreadState* ts, Value a, Value b) {
  Value s = is_bytearray(a) ? a : b;
  Value n = is_bytearray(a) ? b : a;
  if (!is_bytearray(s)) return new_notimpl();
  int64_t count;
  if (!repeat_count(ts, n, &count)) return nullptr;
  std::string src = snapshot(s), out;
  if (count > 0 && !src.empty()) {
    if (int64_t(src.size()) > (int64_t(1) << 58) / count) return set_no_memory(ts);
    try {
      out.reserve(src.size() * size_t(count));
      for (int64_t i = 0; i < count; ++i) out += src;
    } catch (const std::bad_alloc&) {
      return set_no_memory(ts);
    }
  }
  return new_bytearray(out);
}

Ref ba_imul(ThreadState* ts, Value a, Value b) {
  int64_t count;
  if (!repeat_count(ts, b, &count)) return nullptr;
  std::string src = snapshot(a), out;
  if (count > 0 && !src.empty()) {
    if (int64_t(src.size()) > (int64_t(1) << 58) / count) return set_no_memory(ts);
    for (int64_t i = 0; i < count; ++i) out += src;
  }
  ByteArray* ba = self_ba(a);
  int r;
  {
    CriticalSection cs(ba);
    r = splice_locked(ba, 0, ba->length, out);
  }
  if (!report_splice(ts, r)) return nullptr;
  return Ref::borrow(a);
}

Ref ba_mod(ThreadState* ts, Value a, Value b) {
  if (!is_bytearray(a)) return new_notimpl();
  std::string fmt = snapshot(a), out;
  if (!bytes_percent_format(ts, fmt.data(), int64_t(fmt.size()), b, &out)) return nullptr;
  return new_bytearray(out);
}

Ref ba_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  ByteArray* a = alloc_bytearray(type);
  if (!a) return set_no_memory(ts);
  return Ref::steal(Value(a));
}

int ba_init(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3] = {};
  if (!parse_args(ts, "bytearray", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a)) return -1;
  std::string data;
  if (a[0].is_null()) {
    if (!a[1].is_null() || !a[2].is_null()) {
      set_error(ts, &TypeError_type, a[1].is_null() ? "errors without a string argument"
                                                    : "encoding without a string argument");
      return -1;
    }
  } else if (!a[1].is_null() || !a[2].is_null()) {
    if (!is_str(a[0])) {
      set_error(ts, &TypeError_type, a[1].is_null() ? "errors without a string argument"
                                                    : "encoding without a string argument");
      return -1;
    }
    Ref enc = codec_encode(ts, as_str(a[0]), a[1].is_null() ? "utf-8" : str_utf8(a[1]),
                           a[2].is_null() ? "strict" : str_utf8(a[2]));
    if (!enc) return -1;
    data.assign(as_bytes(enc.get())->data, size_t(as_bytes(enc.get())->length));
  } else if (!bytes_from_object(ts, a[0], &data, true)) {
    return -1;
  }
  ByteArray* ba = self_ba(self);
  int r;
  {
    CriticalSection cs(ba);
    r = splice_locked(ba, 0, ba->length, data);
  }
  return report_splice(ts, r) ? 0 : -1;
}

// ---- iterator ----

struct ByteArrayIter : Object {
  ByteArray* seq;
  std::atomic<int64_t> index;
};

Ref ba_iter(ThreadState* ts, Value self) {
  auto* it = static_cast<ByteArrayIter*>(alloc_object(&bytearray_iter_type, sizeof(ByteArrayIter)));
  if (!it) return set_no_memory(ts);
  incref(self);
  it->seq = self_ba(self);
  it->index.store(0, std::memory_order_relaxed);
  return Ref::steal(Value(it));
}

Ref ba_iter_next(ThreadState* ts, Value self) {
  auto* it = static_cast<ByteArrayIter*>(self.as_object());
  ByteArray* a = it->seq;
  CriticalSection cs(a);
  int64_t i = it->index.load(std::memory_order_relaxed);
  if (i >= a->length) return nullptr;
  it->index.store(i + 1, std::memory_order_relaxed);
  return Ref::small_int(uint8_t(a->data[i]));
}

Ref iter_self(ThreadState* ts, Value self) { return Ref::borrow(self); }

void ba_iter_dealloc(Object* o) {
  decref(static_cast<ByteArrayIter*>(o)->seq);
  free_object(o);
}
void ba_iter_traverse(Object* o, const Visitor& visit) { visit(static_cast<ByteArrayIter*>(o)->seq); }

Ref ba_iter_length_hint(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  auto* it = static_cast<ByteArrayIter*>(self.as_object());
  int64_t left = locked_length(it->seq) - it->index.load(std::memory_order_relaxed);
  return new_int(left > 0 ? left : 0);
}

const MethodDef ba_iter_methods[] = {
    {"__length_hint__", ba_iter_length_hint, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- mutating methods ----

Ref m_append(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "bytearray.append", args, nargs, kw, {"item"}, 1, a, 1)) return nullptr;
  int b;
  if (!byte_from_value(ts, a[0], &b)) return nullptr;
  char c = char(b);
  ByteArray* ba = self_ba(self);
  int r;
  {
    CriticalSection cs(ba);
    r = splice_locked(ba, ba->length, 0, std::string_view(&c, 1));
  }
  if (!report_splice(ts, r)) return nullptr;
  return new_none();
}

Ref m_extend(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "extend", args, nargs, kw, {"iterable_of_ints"}, 1, a, 1)) return nullptr;
  std::string data;
  if (is_bytes_like(a[0])) {
    if (!copy_buffer_arg(ts, a[0], &data)) return nullptr;
  } else {
    if (is_str(a[0])) {
      set_error(ts, &TypeError_type, "expected iterable of integers; got: 'str'");
      return nullptr;
    }
    Type* t = type_of(a[0]);
    if (!t->iter && !t->getitem) {
      set_errorf(ts, &TypeError_type, "can't extend bytearray with %s", type_name(a[0]));
      return nullptr;
    }
    if (!bytes_from_object(ts, a[0], &data, false)) {
      if (error_matches(ts, &ValueError_type)) {
        clear_error(ts);
        set_error(ts, &ValueError_type, "byte must be in range(0, 256)");
      }
      return nullptr;
    }
  }
  ByteArray* ba = self_ba(self);
  int r;
  {
    CriticalSection cs(ba);
    r = splice_locked(ba, ba->length, 0, data);
  }
  if (!report_splice(ts, r)) return nullptr;
  return new_none();
}

Ref m_insert(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2] = {};
  if (!parse_args(ts, "insert", args, nargs, kw, {"index", "item"}, 2, a, 2)) return nullptr;
  int64_t i;
  if (!str_arg_index(ts, a[0], &i)) return nullptr;
  int b;
  if (!byte_from_value(ts, a[1], &b)) return nullptr;
  char c = char(b);
  ByteArray* ba = self_ba(self);
  int r;
  {
    CriticalSection cs(ba);
    int64_t n = ba->length;
    if (i < 0) i = std::max<int64_t>(i + n, 0);
    if (i > n) i = n;
    r = splice_locked(ba, i, 0, std::string_view(&c, 1));
  }
  if (!report_splice(ts, r)) return nullptr;
  return new_none();
}

Ref m_pop(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "pop", args, nargs, kw, {"index"}, 0, a, 1)) return nullptr;
  int64_t i = -1;
  if (!a[0].is_null() && !str_arg_index(ts, a[0], &i)) return nullptr;
  ByteArray* ba = self_ba(self);
  int value = -1, r = kSpliceOk;
  const char* err = nullptr;
  {
    CriticalSection cs(ba);
    int64_t n = ba->length;
    if (n == 0) {
      err = "pop from empty bytearray";
    } else {
      if (i < 0) i += n;
      if (i < 0 || i >= n) {
        err = "pop index out of range";
      } else {
        value = uint8_t(ba->data[i]);
        r = splice_locked(ba, i, 1, "");
      }
    }
  }
  if (err) {
    set_error(ts, &IndexError_type, err);
    return nullptr;
  }
  if (!report_splice(ts, r)) return nullptr;
  return Ref::small_int(value);
}

Ref m_remove(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1] = {};
  if (!parse_args(ts, "bytearray.remove", args, nargs, kw, {"value"}, 1, a, 1)) return nullptr;
  int b;
  if (!byte_from_value(ts, a[0], &b)) return nullptr;
  ByteArray* ba = self_ba(self);
  bool found = false;
  int r = kSpliceOk;
  {
    CriticalSection cs(ba);
    for (int64_t i = 0; i < ba->length; ++i) {
      if (uint8_t(ba->data[i]) == b) {
        found = true;
        r = splice_locked(ba, i, 1, "");
        break;
      }
    }
  }
  if (!found) {
    set_error(ts, &ValueError_type, "value not found in bytearray");
    return nullptr;
  }
  if (!report_splice(ts, r)) return nullptr;
  return new_none();
}

Ref m_clear(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!str_no_args(ts, "clear", nargs, kw)) return nullptr;
  ByteArray* ba = self_ba(self);
  int r;
  {
    CriticalSection cs(ba);
    r = splice_locked(ba, 0, ba->length, "");
  }
  if (!report_splice(ts, r)) return nullptr;
  return new_none();
}

Ref m_reverse(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  ByteArray* ba = self_ba(self);
  {
    CriticalSection cs(ba);
    std::reverse(ba->data, ba->data + ba->length);
  }
  return new_none();
}

Ref m_copy(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return new_bytearray(snapshot(self));
}

Ref m_alloc(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  ByteArray* ba = self_ba(self);
  CriticalSection cs(ba);
  return new_int(ba->capacity);
}

Ref m_sizeof(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  ByteArray* ba = self_ba(self);
  CriticalSection cs(ba);
  return new_int(56 + ba->capacity);  // CPython's header + allocation
}

Ref m_reduce_ex(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Ref data = new_bytes(snapshot(self));
  if (!data) return nullptr;
  Ref cls = Ref::borrow(Value(type_of(self)));
  Ref inner = new_tuple({data.get()});
  if (!inner) return nullptr;
  return new_tuple({cls.get(), inner.get(), None()});
}

MethodDef g_ba_methods[72];

void build_ba_methods() {
  size_t n = 0;
  for (size_t i = 0; i < bytes_common_method_count; ++i) g_ba_methods[n++] = bytes_common_methods[i];
  const MethodDef extra[] = {
      {"append", m_append, kMethInstance, "Append a single item to the end of the bytearray."},
      {"extend", m_extend, kMethInstance, "Append all the items from the iterator or sequence to the end of the bytearray."},
      {"insert", m_insert, kMethInstance, "Insert a single item into the bytearray before the given index."},
      {"pop", m_pop, kMethInstance, "Remove and return a single item from B."},
      {"remove", m_remove, kMethInstance, "Remove the first occurrence of a value in the bytearray."},
      {"clear", m_clear, kMethInstance, "Remove all items from the bytearray."},
      {"reverse", m_reverse, kMethInstance, "Reverse the order of the values in B in place."},
      {"copy", m_copy, kMethInstance, "Return a copy of B."},
      {"__alloc__", m_alloc, kMethInstance, nullptr},
      {"__sizeof__", m_sizeof, kMethInstance, nullptr},
      {"__reduce_ex__", m_reduce_ex, kMethInstance, nullptr},
  };
  for (const MethodDef& m : extra) g_ba_methods[n++] = m;
  g_ba_methods[n] = {nullptr, nullptr, 0, nullptr};
}

}  // namespace

void setup_bytearray_types() {
  build_ba_methods();
  Type& t = bytearray_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "bytearray";
  t.basic_size = sizeof(ByteArray);
  t.flags = kTypeBaseType | kTypeImmutable;
  t.base = &object_type;
  t.dealloc = ba_dealloc;
  t.repr = ba_repr;
  t.str = ba_repr;
  t.richcompare = ba_richcompare;
  t.iter = ba_iter;
  t.new_ = ba_new;
  t.init = ba_init;
  t.binary[int(BinOp::Add)] = ba_add;
  t.binary[int(BinOp::Mul)] = ba_mul;
  t.binary[int(BinOp::Mod)] = ba_mod;
  t.inplace[int(BinOp::Add)] = ba_iadd;
  t.inplace[int(BinOp::Mul)] = ba_imul;
  t.len = ba_len;
  t.getitem = ba_getitem;
  t.setitem = ba_setitem;
  t.contains = ba_contains;
  t.methods = g_ba_methods;
  t.doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
          "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size "
          "given by the parameter initialized with null bytes\nbytearray() -> empty bytes array";
  register_static_type(&t);

  Type& it = bytearray_iter_type;
  it.type = &type_type;
  it.make_immortal();
  it.name = "bytearray_iterator";
  it.basic_size = sizeof(ByteArrayIter);
  it.flags = kTypeImmutable | kTypeHasGC;
  it.base = &object_type;
  it.dealloc = ba_iter_dealloc;
  it.traverse = ba_iter_traverse;
  it.iter = iter_self;
  it.next = ba_iter_next;
  it.methods = ba_iter_methods;
  register_static_type(&it);
}

}  // namespace weft

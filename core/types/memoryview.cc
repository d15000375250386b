// memoryview over bytes and bytearray (format 'B', one dimension, any step),
// and weft's minimal buffer protocol (buffer.h): a view pins a bytearray's
// storage through its `exports` count so it cannot be resized underneath.
#include <cinttypes>
#include <cstdio>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/types/bytes_internal.h"
#include "gc/heap.h"
#include "threads/critical_section.h"

namespace weft {

Type memoryview_type;

namespace {

struct MemoryView : Object {
  Object* obj;       // the exporter (bytes or bytearray); kept until dealloc
  int64_t start;     // byte offset of item 0 in the exporter's storage
  int64_t stride;    // bytes from one item to the next (negative for reversed views)
  int64_t length;    // number of items
  int64_t itemsize;
  char fmt;          // struct-module format character of the items
  bool readonly;
  std::atomic<bool> released;  // release() may race with another thread's release()
  bool pinned;       // holds one of obj's bytearray exports
  std::atomic<int64_t> hash_cache;
};

// Item size of a native single-character struct format, 0 if unsupported.
int64_t format_size(char f) {
  switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
  }
}

bool is_byte_format(char f) { return f == 'B' || f == 'b' || f == 'c'; }

MemoryView* as_mv(Value v) { return static_cast<MemoryView*>(v.as_object()); }

void pin(ByteArray* a) {
  CriticalSection cs(a);
  ++a->exports;
}
void unpin(ByteArray* a) {
  CriticalSection cs(a);
  --a->exports;
}

// Base pointer of the exporter's storage (stable while pinned).
const char* base_of(Object* o) {
  if (o->type->has_flag(kTypeBytesSubclass)) return static_cast<Bytes*>(o)->data;
  return static_cast<ByteArray*>(o)->data;
}

bool check_released(ThreadState* ts, MemoryView* m) {
  if (!m->released) return true;
  set_error(ts, &ValueError_type, "operation forbidden on released memoryview object");
  return false;
}

// Holds a bytearray exporter's mutex while its storage is read (bytes need none).
class StorageLock {
 public:
  explicit StorageLock(Object* o) : o_(o->type->has_flag(kTypeBytesSubclass) ? nullptr : o) {
    if (o_) o_->mutex.lock();
  }
  ~StorageLock() {
    if (o_) o_->mutex.unlock();
  }

 private:
  Object* o_;
};

std::string mv_bytes(MemoryView* m) {
  StorageLock lock(m->obj);
  const char* base = base_of(m->obj);
  std::string out;
  out.reserve(size_t(m->length * m->itemsize));
  for (int64_t k = 0, i = m->start; k < m->length; ++k, i += m->stride)
    out.append(base + i, size_t(m->itemsize));
  return out;
}

Ref make_view(ThreadState* ts, Object* obj, int64_t start, int64_t stride, int64_t length, bool readonly,
              char fmt = 'B', int64_t itemsize = 1) {
  auto* m = static_cast<MemoryView*>(alloc_object(&memoryview_type, sizeof(MemoryView)));
  if (!m) return set_no_memory(ts);
  incref(obj);
  m->obj = obj;
  m->start = start;
  m->stride = stride;
  m->length = length;
  m->itemsize = itemsize;
  m->fmt = fmt;
  m->readonly = readonly;
  m->released.store(false, std::memory_order_relaxed);
  m->pinned = false;
  m->hash_cache.store(-1, std::memory_order_relaxed);
  if (!obj->type->has_flag(kTypeBytesSubclass)) {
    pin(static_cast<ByteArray*>(obj));
    m->pinned = true;
  }
  return Ref::steal(Value(m));
}

Ref view_like(ThreadState* ts, MemoryView* m, int64_t start, int64_t stride, int64_t length, bool readonly) {
  return make_view(ts, m->obj, start, stride, length, readonly, m->fmt, m->itemsize);
}

// Reads item k as a Python object.
template <class T>
T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

Ref unpack_item(MemoryView* m, int64_t k) {
  char item[8];
  {
    StorageLock lock(m->obj);
    std::memcpy(item, base_of(m->obj) + m->start + k * m->stride, size_t(m->itemsize));
  }
  const char* p = item;
  switch (m->fmt) {
    case 'B': return Ref::small_int(uint8_t(*p));
    case 'b': return Ref::small_int(int8_t(*p));
    case 'c': return new_bytes(std::string_view(p, 1));
    case '?': return new_bool(*p != 0);
    case 'h': return new_int(load<int16_t>(p));
    case 'H': return new_int(load<uint16_t>(p));
    case 'i': return new_int(load<int32_t>(p));
    case 'I': return new_int(load<uint32_t>(p));
    case 'l': case 'q': case 'n': return new_int(load<int64_t>(p));
    case 'L': case 'Q': case 'N': case 'P': return new_int_from_u64(load<uint64_t>(p));
    case 'f': return new_float(load<float>(p));
    default: return new_float(load<double>(p));
  }
}

// Converts v for item format m->fmt into `out` (itemsize bytes).
bool pack_item(ThreadState* ts, MemoryView* m, Value v, char out[8]) {
  char f = m->fmt;
  auto bad_type = [&]() {
    set_errorf(ts, &TypeError_type, "memoryview: invalid type for format '%c'", f);
    return false;
  };
  auto bad_value = [&]() {
    set_errorf(ts, &ValueError_type, "memoryview: invalid value for format '%c'", f);
    return false;
  };
  if (f == 'c') {
    if (!is_bytes(v) || as_bytes(v)->length != 1) return bad_type();
    out[0] = as_bytes(v)->data[0];
    return true;
  }
  if (f == 'f' || f == 'd') {
    double d;
    if (!is_float(v) && !is_int(v)) return bad_type();
    if (!to_double(ts, v, &d)) return false;
    if (f == 'f') {
      float x = float(d);
      std::memcpy(out, &x, 4);
    } else {
      std::memcpy(out, &d, 8);
    }
    return true;
  }
  if (f == '?') {
    int t = truthy(ts, v);
    if (t < 0) return false;
    out[0] = char(t);
    return true;
  }
  if (!is_int(v)) return bad_type();
  bool is_unsigned = f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N' || f == 'P';
  int64_t size = m->itemsize;
  if (is_unsigned) {
    if (int_sign(v) < 0) return bad_value();
    if (!int_fits_i64(v)) {
      // Only 8-byte unsigned formats can hold values past 2**63.
      if (size != 8) return bad_value();
      Ref s = int_to_decimal_string(ts, v);
      if (!s) return false;
      errno = 0;
      unsigned long long u = std::strtoull(std::string(str_utf8(s.get())).c_str(), nullptr, 10);
      if (errno) return bad_value();
      std::memcpy(out, &u, 8);
      return true;
    }
  } else if (!int_fits_i64(v)) {
    return bad_value();
  }
  int64_t x;
  if (!int_to_i64(ts, v, &x)) return false;
  if (size < 8) {
    int64_t lo = is_unsigned ? 0 : -(int64_t(1) << (size * 8 - 1));
    int64_t hi = is_unsigned ? (int64_t(1) << (size * 8)) - 1 : (int64_t(1) << (size * 8 - 1)) - 1;
    if (x < lo || x > hi) return bad_value();
  }
  std::memcpy(out, &x, size_t(size));  // little-endian: the low bytes
  return true;
}

void do_release(MemoryView* m) {
  if (m->released.exchange(true, std::memory_order_acq_rel)) return;
  if (m->pinned) {
    m->pinned = false;
    unpin(static_cast<ByteArray*>(m->obj));
  }
}

}  // namespace

bool is_bytes_like(Value v) {
  if (!v.is_object()) return false;
  Type* t = type_of(v);
  return t->has_flag(kTypeBytesSubclass) || isinstance_of(v, &bytearray_type) || isinstance_of(v, &memoryview_type);
}

void BufferView::release() {
  if (pinned) {
    unpin(pinned);
    pinned = nullptr;
  }
  owner = Ref();
  data = nullptr;
  len = 0;
}

bool get_buffer(ThreadState* ts, Value v, BufferView* out, bool quiet) {
  out->release();
  if (v.is_object()) {
    Type* t = type_of(v);
    if (t->has_flag(kTypeBytesSubclass)) {
      Bytes* b = as_bytes(v);
      out->owner = Ref::borrow(v);
      out->data = b->data;
      out->len = b->length;
      out->readonly = true;
      return true;
    }
    if (isinstance_of(v, &bytearray_type)) {
      ByteArray* a = as_bytearray(v);
      {
        CriticalSection cs(a);
        ++a->exports;
        out->data = a->data ? a->data : "";
        out->len = a->length;
      }
      out->owner = Ref::borrow(v);
      out->pinned = a;
      out->readonly = false;
      return true;
    }
    if (isinstance_of(v, &memoryview_type)) {
      MemoryView* m = as_mv(v);
      if (!check_released(ts, m)) return false;
      out->owner = Ref::borrow(v);
      out->readonly = m->readonly;
      if (m->stride == m->itemsize) {
        if (m->pinned) {
          pin(static_cast<ByteArray*>(m->obj));
          out->pinned = static_cast<ByteArray*>(m->obj);
        }
        const char* base = base_of(m->obj);
        out->data = base ? base + m->start : "";
        out->len = m->length * m->itemsize;
      } else {
        out->copy = mv_bytes(m);
        out->data = out->copy.data();
        out->len = int64_t(out->copy.size());
      }
      return true;
    }
  }
  if (!quiet) set_errorf(ts, &TypeError_type, "a bytes-like object is required, not '%s'", type_name(v));
  return false;
}

Ref new_memoryview(ThreadState* ts, Value obj) {
  if (obj.is_object() && isinstance_of(obj, &memoryview_type)) {
    MemoryView* m = as_mv(obj);
    if (!check_released(ts, m)) return nullptr;
    return view_like(ts, m, m->start, m->stride, m->length, m->readonly);
  }
  if (obj.is_object() && type_of(obj)->has_flag(kTypeBytesSubclass))
    return make_view(ts, obj.as_object(), 0, 1, as_bytes(obj)->length, true);
  if (obj.is_object() && isinstance_of(obj, &bytearray_type))
    return make_view(ts, obj.as_object(), 0, 1, locked_bytearray_length(as_bytearray(obj)), false);
  set_errorf(ts, &TypeError_type, "memoryview: a bytes-like object is required, not '%s'", type_name(obj));
  return nullptr;
}

namespace {

Ref mv_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1] = {};
  if (!parse_args(ts, "memoryview", args, nargs, kwnames, {"object"}, 1, a)) return nullptr;
  return new_memoryview(ts, a[0]);
}

void mv_dealloc(Object* o) {
  MemoryView* m = static_cast<MemoryView*>(o);
  do_release(m);
  decref(m->obj);
  free_object(o);
}

void mv_traverse(Object* o, const Visitor& visit) { visit(static_cast<MemoryView*>(o)->obj); }

Ref mv_repr(ThreadState* ts, Value self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "<%smemory at %p>", as_mv(self)->released ? "released " : "",
                static_cast<void*>(self.as_object()));
  return new_str_ascii(buf);
}

int64_t mv_len(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return -1;
  return m->length;
}

bool item_index(ThreadState* ts, MemoryView* m, Value key, int64_t* out) {
  int64_t i;
  if (!index_to_i64(ts, key, &i, &IndexError_type)) return false;
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) {
    set_error(ts, &IndexError_type, "index out of bounds on dimension 1");
    return false;
  }
  *out = i;
  return true;
}

Ref mv_getitem(ThreadState* ts, Value self, Value key) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  if (is_int(key) || type_of(key)->index) {
    int64_t i;
    if (!item_index(ts, m, key, &i)) return nullptr;
    return unpack_item(m, i);
  }
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step, n;
    if (!slice_indices(ts, static_cast<Slice*>(key.as_object()), m->length, &start, &stop, &step, &n))
      return nullptr;
    return view_like(ts, m, m->start + start * m->stride, m->stride * step, n, m->readonly);
  }
  set_error(ts, &TypeError_type, "memoryview: invalid slice key");
  return nullptr;
}

int mv_setitem(ThreadState* ts, Value self, Value key, Value v) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return -1;
  if (m->readonly) {
    set_error(ts, &TypeError_type, "cannot modify read-only memory");
    return -1;
  }
  if (v.is_null()) {
    set_error(ts, &TypeError_type, "cannot delete memory");
    return -1;
  }
  ByteArray* a = static_cast<ByteArray*>(m->obj);
  if (is_int(key) || type_of(key)->index) {
    int64_t i;
    if (!item_index(ts, m, key, &i)) return -1;
    char packed[8];
    if (!pack_item(ts, m, v, packed)) return -1;
    CriticalSection cs(a);
    std::memcpy(a->data + m->start + i * m->stride, packed, size_t(m->itemsize));
    return 0;
  }
  if (type_of(key) != &slice_type) {
    set_error(ts, &TypeError_type, "memoryview: invalid slice key");
    return -1;
  }
  int64_t start, stop, step, n;
  if (!slice_indices(ts, static_cast<Slice*>(key.as_object()), m->length, &start, &stop, &step, &n)) return -1;
  BufferView src;
  if (!get_buffer(ts, v, &src)) return -1;
  if (src.len != n * m->itemsize) {
    set_error(ts, &ValueError_type, "memoryview assignment: lvalue and rvalue have different structures");
    return -1;
  }
  std::string copy(src.view());
  CriticalSection cs(a);
  for (int64_t k = 0, i = start; k < n; ++k, i += step)
    std::memcpy(a->data + m->start + i * m->stride, copy.data() + k * m->itemsize, size_t(m->itemsize));
  return 0;
}

// The items of a bytes-like value as Python objects (bytes and bytearray read as 'B').
bool items_of(ThreadState* ts, Value v, std::vector<Ref>* out, char* fmt) {
  if (isinstance_of(v, &memoryview_type)) {
    MemoryView* m = as_mv(v);
    *fmt = m->fmt;
    for (int64_t k = 0; k < m->length; ++k) {
      Ref r = unpack_item(m, k);
      if (!r) return false;
      out->push_back(std::move(r));
    }
    return true;
  }
  BufferView b;
  if (!get_buffer(ts, v, &b)) return false;
  *fmt = 'B';
  for (int64_t k = 0; k < b.len; ++k) out->push_back(Ref::small_int(uint8_t(b.data[k])));
  return true;
}

Ref mv_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return new_notimpl();
  if (!is_bytes_like(a) || !is_bytes_like(b)) return new_notimpl();
  bool want_eq = op == CmpOp::Eq;
  if ((isinstance_of(a, &memoryview_type) && as_mv(a)->released) ||
      (isinstance_of(b, &memoryview_type) && as_mv(b)->released))
    return new_bool(a.is(b) == want_eq);
  std::vector<Ref> x, y;
  char fx, fy;
  if (!items_of(ts, a, &x, &fx) || !items_of(ts, b, &y, &fy)) return nullptr;
  if (x.size() != y.size()) return new_bool(!want_eq);
  for (size_t i = 0; i < x.size(); ++i) {
    int e = equals(ts, x[i].get(), y[i].get());
    if (e < 0) return nullptr;
    if (!e) return new_bool(!want_eq);
  }
  return new_bool(want_eq);
}

int64_t mv_hash(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  int64_t h = m->hash_cache.load(std::memory_order_relaxed);
  if (h != -1) return h;
  if (!check_released(ts, m)) return -1;
  if (!m->readonly) {
    set_error(ts, &ValueError_type, "cannot hash writable memoryview object");
    return -1;
  }
  if (!is_byte_format(m->fmt)) {
    set_error(ts, &ValueError_type, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return -1;
  }
  h = bytes_hash_of(mv_bytes(m));
  m->hash_cache.store(h, std::memory_order_relaxed);
  return h;
}

Ref tolist_of(ThreadState* ts, MemoryView* m) {
  Ref l = new_list(0);
  if (!l) return nullptr;
  for (int64_t k = 0; k < m->length; ++k) {
    Ref item = unpack_item(m, k);
    if (!item || list_append(ts, l.as<List>(), item.get()) < 0) return nullptr;
  }
  return l;
}

Ref mv_iter(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  Ref l = tolist_of(ts, m);
  if (!l) return nullptr;
  return get_iter(ts, l.get());
}

// ---- methods and attributes ----

Ref m_tobytes(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return new_bytes(mv_bytes(m));
}

Ref m_tolist(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return tolist_of(ts, m);
}

Ref m_hex(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  Ref b = new_bytes(mv_bytes(m));
  if (!b) return nullptr;
  Ref meth = get_attr_str(ts, b.get(), "hex");
  if (!meth) return nullptr;
  return call(ts, meth.get(), args, nargs, kw);
}

Ref m_release(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  do_release(as_mv(self));
  return new_none();
}

Ref m_enter(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_released(ts, as_mv(self))) return nullptr;
  return Ref::borrow(self);
}

Ref m_exit(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  do_release(as_mv(self));
  return new_bool(false);
}

Ref m_toreadonly(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return view_like(ts, m, m->start, m->stride, m->length, true);
}

Ref m_cast(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2] = {};
  if (!parse_args(ts, "cast", args, nargs, kw, {"format", "shape"}, 1, a)) return nullptr;
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  if (!is_str(a[0])) {
    set_errorf(ts, &TypeError_type, "cast() argument 'format' must be str, not %s", type_name(a[0]));
    return nullptr;
  }
  std::string_view f = str_utf8(a[0]);
  if (f.size() == 2 && f[0] == '@') f.remove_prefix(1);
  int64_t size = f.size() == 1 ? format_size(f[0]) : 0;
  if (size == 0) {
    set_error(ts, &ValueError_type,
              "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    return nullptr;
  }
  if (!a[1].is_null()) {
    set_error(ts, &NotImplementedError_type, "memoryview: weft supports one-dimensional casts only");
    return nullptr;
  }
  if (m->stride != m->itemsize) {
    set_error(ts, &TypeError_type, "memoryview: casts are restricted to C-contiguous views");
    return nullptr;
  }
  if (!is_byte_format(m->fmt) && !is_byte_format(f[0])) {
    set_error(ts, &TypeError_type, "memoryview: cannot cast between two non-byte formats");
    return nullptr;
  }
  int64_t nbytes = m->length * m->itemsize;
  if (nbytes % size != 0) {
    set_error(ts, &TypeError_type, "memoryview: length is not a multiple of itemsize");
    return nullptr;
  }
  return make_view(ts, m->obj, m->start, size, nbytes / size, m->readonly, f[0], size);
}

Ref g_obj(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return Ref::borrow(Value(m->obj));
}
Ref g_nbytes(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return new_int(m->length * m->itemsize);
}
Ref g_readonly(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return new_bool(m->readonly);
}
Ref g_itemsize(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return new_int(m->itemsize);
}
Ref g_format(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return new_str_ascii(std::string_view(&m->fmt, 1));
}
Ref g_ndim(ThreadState* ts, Value self) {
  if (!check_released(ts, as_mv(self))) return nullptr;
  return Ref::small_int(1);
}
Ref g_shape(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  Ref n = new_int(m->length);
  return new_tuple({n.get()});
}
Ref g_strides(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  Ref n = new_int(m->stride);
  return new_tuple({n.get()});
}
Ref g_contiguous(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return new_bool(m->stride == m->itemsize || m->length <= 1);
}
Ref g_released(ThreadState* ts, Value self) { return new_bool(as_mv(self)->released); }

const MethodDef mv_methods[] = {
    {"tobytes", m_tobytes, kMethInstance, "Return the data in the buffer as a byte string."},
    {"tolist", m_tolist, kMethInstance, "Return the data in the buffer as a list of elements."},
    {"hex", m_hex, kMethInstance, nullptr},
    {"release", m_release, kMethInstance, "Release the underlying buffer exposed by the memoryview object."},
    {"toreadonly", m_toreadonly, kMethInstance, nullptr},
    {"cast", m_cast, kMethInstance, nullptr},
    {"__enter__", m_enter, kMethInstance, nullptr},
    {"__exit__", m_exit, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef mv_getsets[] = {
    {"obj", g_obj, nullptr, "The underlying object of the memoryview."},
    {"nbytes", g_nbytes, nullptr, nullptr},
    {"readonly", g_readonly, nullptr, nullptr},
    {"itemsize", g_itemsize, nullptr, nullptr},
    {"format", g_format, nullptr, nullptr},
    {"ndim", g_ndim, nullptr, nullptr},
    {"shape", g_shape, nullptr, nullptr},
    {"strides", g_strides, nullptr, nullptr},
    {"c_contiguous", g_contiguous, nullptr, nullptr},
    {"f_contiguous", g_contiguous, nullptr, nullptr},
    {"contiguous", g_contiguous, nullptr, nullptr},
    {"released", g_released, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void setup_memoryview_types() {
  Type& t = memoryview_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "memoryview";
  t.basic_size = sizeof(MemoryView);
  t.flags = kTypeImmutable | kTypeHasGC | kTypeSequence;
  t.base = &object_type;
  t.dealloc = mv_dealloc;
  t.traverse = mv_traverse;
  t.repr = mv_repr;
  t.hash = mv_hash;
  t.richcompare = mv_richcompare;
  t.iter = mv_iter;
  t.new_ = mv_new;
  t.len = mv_len;
  t.getitem = mv_getitem;
  t.setitem = mv_setitem;
  t.methods = mv_methods;
  t.getsets = mv_getsets;
  t.doc = "Create a new memoryview object which references the given object.";
  register_static_type(&t);
}

}  // namespace weft

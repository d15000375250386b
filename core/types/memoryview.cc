// memoryview over bytes and bytearray (format 'B', one dimension, any step),
// and weft's minimal buffer protocol (buffer.h): a view pins a bytearray's
// storage through its `exports` count so it cannot be resized underneath.
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "core/types/bytes_internal.h"
#include "gc/heap.h"
#include "threads/critical_section.h"

namespace weft {

Type memoryview_type;

namespace {

struct MemoryView : Object {
  Object* obj;       // the exporter (bytes or bytearray); kept until dealloc
  int64_t start, step, length;
  bool readonly;
  bool released;
  bool pinned;       // holds one of obj's bytearray exports
  std::atomic<int64_t> hash_cache;
};

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

std::string mv_bytes(MemoryView* m) {
  const char* base = base_of(m->obj);
  std::string out;
  out.reserve(size_t(m->length));
  for (int64_t k = 0, i = m->start; k < m->length; ++k, i += m->step) out.push_back(base[i]);
  return out;
}

Ref make_view(ThreadState* ts, Object* obj, int64_t start, int64_t step, int64_t length, bool readonly) {
  auto* m = static_cast<MemoryView*>(alloc_object(&memoryview_type, sizeof(MemoryView)));
  if (!m) return set_no_memory(ts);
  incref(obj);
  m->obj = obj;
  m->start = start;
  m->step = step;
  m->length = length;
  m->readonly = readonly;
  m->released = false;
  m->pinned = false;
  m->hash_cache.store(-1, std::memory_order_relaxed);
  if (!obj->type->has_flag(kTypeBytesSubclass)) {
    pin(static_cast<ByteArray*>(obj));
    m->pinned = true;
  }
  return Ref::steal(Value(m));
}

void do_release(MemoryView* m) {
  if (m->released) return;
  m->released = true;
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
      if (m->step == 1) {
        if (m->pinned) {
          pin(static_cast<ByteArray*>(m->obj));
          out->pinned = static_cast<ByteArray*>(m->obj);
        }
        const char* base = base_of(m->obj);
        out->data = base ? base + m->start : "";
        out->len = m->length;
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
    return make_view(ts, m->obj, m->start, m->step, m->length, m->readonly);
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

Ref mv_getitem(ThreadState* ts, Value self, Value key) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  if (is_int(key) || type_of(key)->index) {
    int64_t i;
    if (!index_to_i64(ts, key, &i, &IndexError_type)) return nullptr;
    if (i < 0) i += m->length;
    if (i < 0 || i >= m->length) {
      set_error(ts, &IndexError_type, "index out of bounds on dimension 1");
      return nullptr;
    }
    return Ref::small_int(uint8_t(base_of(m->obj)[m->start + i * m->step]));
  }
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step, n;
    if (!slice_indices(ts, static_cast<Slice*>(key.as_object()), m->length, &start, &stop, &step, &n))
      return nullptr;
    return make_view(ts, m->obj, m->start + start * m->step, m->step * step, n, m->readonly);
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
    if (!index_to_i64(ts, key, &i, &IndexError_type)) return -1;
    if (i < 0) i += m->length;
    if (i < 0 || i >= m->length) {
      set_error(ts, &IndexError_type, "index out of bounds on dimension 1");
      return -1;
    }
    int64_t x;
    if (!is_int(v) || !int_to_i64(ts, v, &x) || x < 0 || x > 255) {
      if (ts->has_error()) clear_error(ts);
      set_error(ts, &TypeError_type, "memoryview: invalid type for format 'B'");
      if (is_int(v)) {
        clear_error(ts);
        set_error(ts, &ValueError_type, "memoryview: invalid value for format 'B'");
      }
      return -1;
    }
    CriticalSection cs(a);
    a->data[m->start + i * m->step] = char(x);
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
  if (src.len != n) {
    set_error(ts, &ValueError_type, "memoryview assignment: lvalue and rvalue have different structures");
    return -1;
  }
  std::string copy(src.view());
  CriticalSection cs(a);
  for (int64_t k = 0, i = start; k < n; ++k, i += step) a->data[m->start + i * m->step] = copy[size_t(k)];
  return 0;
}

Ref mv_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return new_notimpl();
  if (!is_bytes_like(a) || !is_bytes_like(b)) return new_notimpl();
  if ((isinstance_of(a, &memoryview_type) && as_mv(a)->released) ||
      (isinstance_of(b, &memoryview_type) && as_mv(b)->released))
    return new_bool((a.is(b)) == (op == CmpOp::Eq));
  BufferView va, vb;
  if (!get_buffer(ts, a, &va) || !get_buffer(ts, b, &vb)) return nullptr;
  return new_bool((va.view() == vb.view()) == (op == CmpOp::Eq));
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
  h = bytes_hash_of(mv_bytes(m));
  m->hash_cache.store(h, std::memory_order_relaxed);
  return h;
}

Ref mv_iter(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  std::string b = mv_bytes(m);
  Ref bytes = new_bytes(b);
  if (!bytes) return nullptr;
  return get_iter(ts, bytes.get());
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
  std::string b = mv_bytes(m);
  Ref l = new_list(int64_t(b.size()));
  if (!l) return nullptr;
  Value* items = l.as<List>()->items.load(std::memory_order_relaxed);
  for (size_t i = 0; i < b.size(); ++i) items[i] = Value::small_int(uint8_t(b[i]));
  return l;
}

Ref m_hex(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  Ref b = new_bytes(mv_bytes(m));
  if (!b) return nullptr;
  return call_method(ts, b.get(), "hex", args, nargs);
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
  return make_view(ts, m->obj, m->start, m->step, m->length, true);
}

Ref m_cast(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2] = {};
  if (!parse_args(ts, "cast", args, nargs, kw, {"format", "shape"}, 1, a)) return nullptr;
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  if (!is_str(a[0]) || (!str_equal_ascii(as_str(a[0]), "B") && !str_equal_ascii(as_str(a[0]), "c"))) {
    set_error(ts, &NotImplementedError_type, "memoryview: only format 'B' is supported by weft");
    return nullptr;
  }
  return make_view(ts, m->obj, m->start, m->step, m->length, m->readonly);
}

Ref g_obj(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return Ref::borrow(Value(m->obj));
}
Ref g_nbytes(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return new_int(m->length);
}
Ref g_readonly(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return new_bool(m->readonly);
}
Ref g_itemsize(ThreadState* ts, Value self) {
  if (!check_released(ts, as_mv(self))) return nullptr;
  return Ref::small_int(1);
}
Ref g_format(ThreadState* ts, Value self) {
  if (!check_released(ts, as_mv(self))) return nullptr;
  return new_str_ascii("B");
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
  Ref n = new_int(m->step);
  return new_tuple({n.get()});
}
Ref g_contiguous(ThreadState* ts, Value self) {
  MemoryView* m = as_mv(self);
  if (!check_released(ts, m)) return nullptr;
  return new_bool(m->step == 1 || m->length <= 1);
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

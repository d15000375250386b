// bytes: immutable byte strings with the payload inline after the instance.
// Slots (repr, hash, compare, +, *, %, indexing, iteration), the bytes()
// constructor and the bytes iterator. Methods shared with bytearray are in
// bytes_methods.cc.
#include <cstring>
#include <vector>

#include "core/types/bytes_internal.h"
#include "core/types/codecs.h"
#include "gc/heap.h"

namespace weft {

Type bytes_type;
Type bytes_iter_type;

namespace {

Bytes* alloc_bytes(Type* type, int64_t n) {
  if (n < 0 || n > (int64_t(1) << 60)) return nullptr;
  Bytes* b = static_cast<Bytes*>(alloc_object(type, type->basic_size + size_t(n) + 1));
  if (!b) return nullptr;
  b->length = n;
  b->hash_cache.store(-1, std::memory_order_relaxed);
  b->data = reinterpret_cast<char*>(b) + type->basic_size;
  return b;
}

Ref make_bytes_of_type(ThreadState* ts, Type* type, std::string_view s) {
  Bytes* b = alloc_bytes(type, int64_t(s.size()));
  if (!b) return set_no_memory(ts);
  if (!s.empty()) std::memcpy(b->data, s.data(), s.size());
  return Ref::steal(Value(b));
}

}  // namespace

Ref new_bytes(std::string_view s) {
  Bytes* b = alloc_bytes(&bytes_type, int64_t(s.size()));
  if (!b) {
    ThreadState* ts = current_thread_state();
    if (ts) set_no_memory(ts);
    return nullptr;
  }
  if (!s.empty()) std::memcpy(b->data, s.data(), s.size());
  return Ref::steal(Value(b));
}

int bytes_contains_value(ThreadState* ts, std::string_view hay, Value item) {
  if (is_int(item) || (type_of(item)->index && !is_bytes_like(item))) {
    int b;
    if (!byte_from_value(ts, item, &b)) return -1;
    return hay.find(char(b)) != std::string_view::npos;
  }
  BufferView v;
  if (!get_buffer(ts, item, &v)) return -1;
  return hay.find(v.view()) != std::string_view::npos;
}

bool bytes_from_object(ThreadState* ts, Value x, std::string* out, bool allow_count) {
  // __bytes__ first (bytes subclasses and user types), as CPython does.
  if (!is_exact_str(x) && !(x.is_object() && type_of(x) == &bytes_type)) {
    if (!x.is_small_int()) {
      Ref m = lookup_special(ts, x, ident(ts, "__bytes__"));
      if (m) {
        Ref r = call0(ts, m.get());
        if (!r) return false;
        if (!is_bytes(r.get())) {
          set_errorf(ts, &TypeError_type, "__bytes__ returned non-bytes (type %s)", type_name(r.get()));
          return false;
        }
        out->assign(as_bytes(r.get())->data, size_t(as_bytes(r.get())->length));
        return true;
      }
      if (ts->has_error()) return false;
    }
  }
  if (is_str(x)) {
    set_error(ts, &TypeError_type, "string argument without an encoding");
    return false;
  }
  BufferView view;
  if (get_buffer(ts, x, &view, true)) {
    out->assign(view.view());
    return true;
  }
  if (ts->has_error()) return false;
  if (allow_count && (is_int(x) || type_of(x)->index)) {
    int64_t n;
    if (!index_to_i64(ts, x, &n, &OverflowError_type)) return false;
    if (n < 0) {
      set_error(ts, &ValueError_type, "negative count");
      return false;
    }
    try {
      out->assign(size_t(n), '\0');
    } catch (const std::bad_alloc&) {
      set_no_memory(ts);
      return false;
    }
    return true;
  }
  Type* t = type_of(x);
  if (!t->iter && !t->getitem) {
    set_errorf(ts, &TypeError_type, "cannot convert '%s' object to bytes", type_name(x));
    return false;
  }
  out->clear();
  bool ok = for_each(ts, x, [&](Value item) {
    int b;
    if (!is_int(item) && !type_of(item)->index) {
      set_errorf(ts, &TypeError_type, "'%s' object cannot be interpreted as an integer", type_name(item));
      return false;
    }
    int64_t v;
    if (!index_to_i64(ts, item, &v, &OverflowError_type)) {
      if (!error_matches(ts, &OverflowError_type)) return false;
      clear_error(ts);
      v = -1;
    }
    if (v < 0 || v > 255) {
      set_error(ts, &ValueError_type, "bytes must be in range(0, 256)");
      return false;
    }
    b = int(v);
    out->push_back(char(b));
    return true;
  });
  return ok;
}

namespace {

std::string_view view_of(Value v) {
  Bytes* b = as_bytes(v);
  return std::string_view(b->data, size_t(b->length));
}

Ref bytes_repr(ThreadState* ts, Value self) { return new_str_ascii(bytes_repr_text(view_of(self))); }

Ref bytes_str(ThreadState* ts, Value self) {
  // str(b) is repr(b); BytesWarning (-b) is not modelled.
  return bytes_repr(ts, self);
}

int64_t bytes_hash(ThreadState* ts, Value self) {
  Bytes* b = as_bytes(self);
  int64_t h = b->hash_cache.load(std::memory_order_relaxed);
  if (h != -1) return h;
  h = bytes_hash_of(view_of(self));
  b->hash_cache.store(h, std::memory_order_relaxed);
  return h;
}

Ref bytes_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_bytes(a) || !is_bytes(b)) return new_notimpl();
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && as_bytes(a)->length != as_bytes(b)->length)
    return new_bool(op == CmpOp::Ne);
  return bytes_compare_op(view_of(a), view_of(b), op);
}

Ref bytes_add(ThreadState* ts, Value a, Value b) {
  if (!is_bytes(a)) return new_notimpl();
  BufferView v;
  if (!get_buffer(ts, b, &v, true)) {
    if (ts->has_error()) return nullptr;
    // As CPython, a user class's __radd__ gets its turn before the sequence error.
    if (type_of(b)->has_flag(kTypeHeap) && type_of(b)->binary[int(BinOp::Add)]) {
      Ref r = type_of(b)->binary[int(BinOp::Add)](ts, a, b);
      if (!r || !r.get().is(NotImpl())) return r;
    }
    set_errorf(ts, &TypeError_type, "can't concat %s to %s", type_name(b), type_name(a));
    return nullptr;
  }
  if (v.len == 0 && type_of(a) == &bytes_type) return Ref::borrow(a);
  std::string out(view_of(a));
  out.append(v.view());
  return new_bytes(out);
}

Ref repeat_bytes(ThreadState* ts, std::string_view s, Value count, bool ba) {
  int64_t n;
  if (!index_to_i64(ts, count, &n, &OverflowError_type)) return nullptr;
  if (n <= 0 || s.empty()) return new_bytes_like(ba, "");
  if (int64_t(s.size()) > (int64_t(1) << 58) / n) return set_no_memory(ts);
  std::string out;
  try {
    out.reserve(s.size() * size_t(n));
    for (int64_t i = 0; i < n; ++i) out.append(s);
  } catch (const std::bad_alloc&) {
    return set_no_memory(ts);
  }
  return new_bytes_like(ba, out);
}

Ref bytes_mul(ThreadState* ts, Value a, Value b) {
  Value s = is_bytes(a) ? a : b;
  Value n = is_bytes(a) ? b : a;
  if (!is_bytes(s)) return new_notimpl();
  if (!is_int(n) && !type_of(n)->index) {
    if (type_of(n)->has_flag(kTypeHeap) && type_of(n)->binary[int(BinOp::Mul)]) {
      Ref r = type_of(n)->binary[int(BinOp::Mul)](ts, a, b);
      if (!r || !r.get().is(NotImpl())) return r;
    }
    set_errorf(ts, &TypeError_type, "can't multiply sequence by non-int of type '%s'", type_name(n));
    return nullptr;
  }
  if (as_bytes(s)->length == 0 || (type_of(s) == &bytes_type && n.is_small_int() && n.as_small_int() == 1))
    return type_of(s) == &bytes_type ? Ref::borrow(s) : new_bytes(view_of(s));
  return repeat_bytes(ts, view_of(s), n, false);
}

Ref bytes_mod(ThreadState* ts, Value a, Value b) {
  if (!is_bytes(a)) return new_notimpl();
  std::string out;
  if (!bytes_percent_format(ts, as_bytes(a)->data, as_bytes(a)->length, b, &out)) return nullptr;
  return new_bytes(out);
}

int64_t bytes_len(ThreadState* ts, Value self) { return as_bytes(self)->length; }

int bytes_contains(ThreadState* ts, Value self, Value item) {
  return bytes_contains_value(ts, view_of(self), item);
}

Ref bytes_getitem(ThreadState* ts, Value self, Value key) {
  Bytes* b = as_bytes(self);
  if (is_int(key) || type_of(key)->index) {
    int64_t i;
    if (!index_to_i64(ts, key, &i, &IndexError_type)) return nullptr;
    if (i < 0) i += b->length;
    if (i < 0 || i >= b->length) {
      set_error(ts, &IndexError_type, "index out of range");
      return nullptr;
    }
    return Ref::small_int(uint8_t(b->data[i]));
  }
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step, n;
    if (!slice_indices(ts, static_cast<Slice*>(key.as_object()), b->length, &start, &stop, &step, &n))
      return nullptr;
    if (n <= 0) return new_bytes("");
    if (step == 1) {
      if (n == b->length && type_of(self) == &bytes_type) return Ref::borrow(self);
      return new_bytes(std::string_view(b->data + start, size_t(n)));
    }
    std::string out;
    out.reserve(size_t(n));
    for (int64_t k = 0, i = start; k < n; ++k, i += step) out.push_back(b->data[i]);
    return new_bytes(out);
  }
  set_errorf(ts, &TypeError_type, "byte indices must be integers or slices, not %s", type_name(key));
  return nullptr;
}

// ---- iterator ----

struct BytesIter : Object {
  Object* seq;
  std::atomic<int64_t> index;
};

Ref bytes_iter(ThreadState* ts, Value self) {
  BytesIter* it = static_cast<BytesIter*>(alloc_object(&bytes_iter_type, sizeof(BytesIter)));
  if (!it) return set_no_memory(ts);
  incref(self);
  it->seq = self.as_object();
  it->index.store(0, std::memory_order_relaxed);
  return Ref::steal(Value(it));
}

Ref bytes_iter_next(ThreadState* ts, Value self) {
  BytesIter* it = static_cast<BytesIter*>(self.as_object());
  Bytes* b = static_cast<Bytes*>(it->seq);
  int64_t i = it->index.load(std::memory_order_relaxed);
  do {
    if (i >= b->length) return nullptr;
  } while (!it->index.compare_exchange_weak(i, i + 1, std::memory_order_relaxed));
  return Ref::small_int(uint8_t(b->data[i]));
}

Ref iter_self(ThreadState* ts, Value self) { return Ref::borrow(self); }

Ref bytes_iter_length_hint(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  BytesIter* it = static_cast<BytesIter*>(self.as_object());
  int64_t left = static_cast<Bytes*>(it->seq)->length - it->index.load(std::memory_order_relaxed);
  return new_int(left > 0 ? left : 0);
}

void bytes_iter_dealloc(Object* o) {
  decref(static_cast<BytesIter*>(o)->seq);
  free_object(o);
}
void bytes_iter_traverse(Object* o, const Visitor& visit) { visit(static_cast<BytesIter*>(o)->seq); }

const MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, kMethInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- constructor ----

Ref bytes_new(ThreadState* ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3] = {};
  if (!parse_args(ts, "bytes", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a)) return nullptr;
  std::string data;
  if (a[0].is_null()) {
    if (!a[1].is_null() || !a[2].is_null()) {
      set_error(ts, &TypeError_type, a[1].is_null() ? "errors without a string argument"
                                                    : "encoding without a string argument");
      return nullptr;
    }
  } else if (!a[1].is_null() || !a[2].is_null()) {
    if (!is_str(a[0])) {
      set_error(ts, &TypeError_type, a[1].is_null() ? "errors without a string argument"
                                                    : "encoding without a string argument");
      return nullptr;
    }
    for (int i = 1; i < 3; ++i) {
      if (!a[i].is_null() && !is_str(a[i])) {
        set_errorf(ts, &TypeError_type, "bytes() argument '%s' must be str, not %s",
                   i == 1 ? "encoding" : "errors", type_name(a[i]));
        return nullptr;
      }
    }
    Ref enc = codec_encode(ts, as_str(a[0]), a[1].is_null() ? "utf-8" : str_utf8(a[1]),
                           a[2].is_null() ? "strict" : str_utf8(a[2]));
    if (!enc) return nullptr;
    if (type == &bytes_type) return enc;
    data.assign(view_of(enc.get()));
  } else {
    if (type == &bytes_type && type_of(a[0]) == &bytes_type) return Ref::borrow(a[0]);
    if (!bytes_from_object(ts, a[0], &data, true)) return nullptr;
  }
  return make_bytes_of_type(ts, type, data);
}

Ref bytes_getnewargs(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Ref b = new_bytes(view_of(self));
  if (!b) return nullptr;
  return new_tuple({b.get()});
}

Ref bytes_bytes(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (type_of(self) == &bytes_type) return Ref::borrow(self);
  return new_bytes(view_of(self));
}

Ref bytes_sizeof(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return new_int(33 + as_bytes(self)->length);  // CPython's PyBytesObject header + NUL
}

MethodDef g_bytes_methods[64];

void build_bytes_methods() {
  size_t n = 0;
  for (size_t i = 0; i < bytes_common_method_count; ++i) g_bytes_methods[n++] = bytes_common_methods[i];
  g_bytes_methods[n++] = {"__getnewargs__", bytes_getnewargs, kMethInstance, nullptr};
  g_bytes_methods[n++] = {"__bytes__", bytes_bytes, kMethInstance, "Convert this value to exact type bytes."};
  g_bytes_methods[n++] = {"__sizeof__", bytes_sizeof, kMethInstance, nullptr};
  g_bytes_methods[n] = {nullptr, nullptr, 0, nullptr};
}

}  // namespace

void setup_bytes_types() {
  build_bytes_methods();
  Type& t = bytes_type;
  t.type = &type_type;
  t.make_immortal();
  t.name = "bytes";
  t.basic_size = sizeof(Bytes);
  t.item_size = 1;
  t.flags = kTypeBaseType | kTypeImmutable | kTypeBytesSubclass;
  t.base = &object_type;
  t.dealloc = free_object;
  t.repr = bytes_repr;
  t.str = bytes_str;
  t.hash = bytes_hash;
  t.richcompare = bytes_richcompare;
  t.iter = bytes_iter;
  t.new_ = bytes_new;
  t.binary[int(BinOp::Add)] = bytes_add;
  t.binary[int(BinOp::Mul)] = bytes_mul;
  t.binary[int(BinOp::Mod)] = bytes_mod;
  t.len = bytes_len;
  t.getitem = bytes_getitem;
  t.contains = bytes_contains;
  t.methods = g_bytes_methods;
  t.doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
          "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size "
          "given by the parameter initialized with null bytes\nbytes() -> empty bytes object";
  register_static_type(&t);

  Type& it = bytes_iter_type;
  it.type = &type_type;
  it.make_immortal();
  it.name = "bytes_iterator";
  it.basic_size = sizeof(BytesIter);
  it.flags = kTypeImmutable | kTypeHasGC;
  it.base = &object_type;
  it.dealloc = bytes_iter_dealloc;
  it.traverse = bytes_iter_traverse;
  it.iter = iter_self;
  it.next = bytes_iter_next;
  it.methods = bytes_iter_methods;
  register_static_type(&it);
}

}  // namespace weft

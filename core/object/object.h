// weft object model, bottom layer: the tagged Value word, the object header and
// biased reference counting. Everything else in weft builds on this file.
//
// ----------------------------------------------------------------------------
// Value (64-bit tagged word)
//   ...xxxx1   small int: the payload is the word shifted right by one (63-bit
//              signed). No heap object, no refcount. `is` compares the words,
//              so two equal small ints are always identical; id() of a small
//              int is its word; sys.getrefcount() of one reports a large fixed
//              number, as CPython does for its immortal small ints.
//   ...xxx10   deferred object pointer ("borrowed, not counted"). Only the
//              evaluation stack holds these (issue 3): pushing a function,
//              type, module or code object then costs no refcount traffic.
//              The collector treats them as roots when it scans frames.
//   ...xxx00   counted object pointer (or null, which signals an error).
//
// Object header (biased reference counting, PEP 703)
//   owner       id of the owning OS thread (its thread pointer); 0 = unowned.
//   ref_local   count of references held by the owner. Only the owner
//               thread reads or writes it (relaxed atomics so TSan and the
//               compiler agree; on x86 these are plain moves).
//   ref_shared  count of references held by other threads, shifted left by
//               2; the low 2 bits are the state: 0 default, 1 weakrefs,
//               2 queued, 3 merged. States only move upward.
//   mutex       one-byte per-object lock (threads/mutex.h).
//   gc_bits     tracked / finalized / collector marks.
//   Immortal objects (None, True, False, Ellipsis, NotImplemented, static
//   types, interned strings) have ref_local == kImmortal and never write their
//   counts.
//
// Why it is correct: the owner's increments and decrements are program-ordered
// within one thread, so a plain counter suffices. Other threads touch only the
// atomic shared word. The object is freed only when both counts are known to
// be zero: either by the owner (local hits 0 and the shared word, read with
// acquire in the same CAS that marks it merged, is 0), or by the thread that
// drops the shared count to 0 after the merge (acq_rel RMW). See
// core/object/refcount.cc for the slow paths and their orderings.
// ----------------------------------------------------------------------------
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace weft {

struct Object;
struct Type;
struct ThreadState;

// The id of the calling OS thread: its thread pointer, one register read.
inline uintptr_t current_thread_id() {
  return reinterpret_cast<uintptr_t>(__builtin_thread_pointer());
}

inline constexpr uint32_t kImmortal = 0xFFFFFFFFu;
inline constexpr intptr_t kSharedShift = 2;
inline constexpr intptr_t kSharedStateMask = 3;
enum SharedState : intptr_t { kStateDefault = 0, kStateWeakrefs = 1, kStateQueued = 2, kStateMerged = 3 };

// One-byte per-object mutex; the implementation (spin, then park) lives in
// threads/mutex.cc. Declared here so the header can embed it.
struct ObjMutex {
  std::atomic<uint8_t> bits{0};
  static constexpr uint8_t kLocked = 1, kHasParked = 2;
  bool try_lock() {
    uint8_t expected = 0;
    return bits.compare_exchange_strong(expected, kLocked, std::memory_order_acquire,
                                        std::memory_order_relaxed);
  }
  void lock() {
    if (!try_lock()) lock_slow();
  }
  void unlock() {
    uint8_t expected = kLocked;
    if (!bits.compare_exchange_strong(expected, 0, std::memory_order_release,
                                      std::memory_order_relaxed))
      unlock_slow();
  }
  bool is_locked() const { return bits.load(std::memory_order_relaxed) & kLocked; }
  void lock_slow();
  void unlock_slow();
};

enum GcBits : uint8_t {
  kGcTracked = 1,    // participates in cycle collection (has references)
  kGcFinalized = 2,  // __del__ already ran
  kGcMarked = 4,     // reachable in the current collection
};

struct Object {
  std::atomic<uintptr_t> owner{0};
  uint16_t reserved = 0;
  ObjMutex mutex;
  std::atomic<uint8_t> gc_bits{0};
  std::atomic<uint32_t> ref_local{1};
  std::atomic<intptr_t> ref_shared{0};
  Type* type = nullptr;

  bool is_immortal() const { return ref_local.load(std::memory_order_relaxed) == kImmortal; }
  void make_immortal() {
    ref_local.store(kImmortal, std::memory_order_relaxed);
    owner.store(0, std::memory_order_relaxed);
  }
};

// Slow paths, core/object/refcount.cc.
void merge_zero_local(Object* o);           // owner's local count reached 0
void shared_count_went_negative(Object* o);  // a non-owner dropped below 0 (threads/brc.cc)
void merge_queued_object(Object* o);        // owner folds the counts of a queued object
void dealloc_object(Object* o);             // runs o->type->dealloc

inline void incref(Object* o) {
  uint32_t local = o->ref_local.load(std::memory_order_relaxed);
  if (local == kImmortal) return;
  if (o->owner.load(std::memory_order_relaxed) == current_thread_id())
    o->ref_local.store(local + 1, std::memory_order_relaxed);
  else
    o->ref_shared.fetch_add(intptr_t(1) << kSharedShift, std::memory_order_relaxed);
}

inline void decref(Object* o) {
  uint32_t local = o->ref_local.load(std::memory_order_relaxed);
  if (local == kImmortal) return;
  if (o->owner.load(std::memory_order_relaxed) == current_thread_id()) {
    o->ref_local.store(--local, std::memory_order_relaxed);
    if (local == 0) merge_zero_local(o);
    return;
  }
  intptr_t prev = o->ref_shared.fetch_sub(intptr_t(1) << kSharedShift, std::memory_order_acq_rel);
  intptr_t now = prev - (intptr_t(1) << kSharedShift);
  if ((now >> kSharedShift) == 0 && (now & kSharedStateMask) == kStateMerged) {
    dealloc_object(o);
  } else if (now < 0 && (now & kSharedStateMask) == kStateDefault) {
    shared_count_went_negative(o);
  }
}

// Total references (for sys.getrefcount and tests); approximate under races.
int64_t refcount_of(const Object* o);

// ---------------------------------------------------------------------------
// Value
class Value {
 public:
  static constexpr uintptr_t kIntTag = 1, kDeferredTag = 2, kTagMask = 3;
  static constexpr int64_t kSmallMax = (int64_t(1) << 61) - 1;  // keeps a+b in range
  static constexpr int64_t kSmallMin = -(int64_t(1) << 61);

  constexpr Value() : bits_(0) {}
  Value(Object* o) : bits_(reinterpret_cast<uintptr_t>(o)) {}  // NOLINT: implicit by design
  static Value from_bits(uintptr_t b) { Value v; v.bits_ = b; return v; }
  static Value small_int(int64_t i) { return from_bits((static_cast<uintptr_t>(i) << 1) | kIntTag); }
  static bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }
  static Value deferred(Object* o) { return from_bits(reinterpret_cast<uintptr_t>(o) | kDeferredTag); }

  uintptr_t bits() const { return bits_; }
  bool is_null() const { return bits_ == 0; }
  explicit operator bool() const { return bits_ != 0; }
  bool is_small_int() const { return bits_ & kIntTag; }
  bool is_deferred() const { return (bits_ & kTagMask) == kDeferredTag; }
  bool is_object() const { return !(bits_ & kIntTag) && bits_ != 0; }
  int64_t as_small_int() const { return static_cast<int64_t>(bits_) >> 1; }
  Object* as_object() const { return reinterpret_cast<Object*>(bits_ & ~kTagMask); }
  // `is`: identity of the referent, ignoring the deferred tag.
  bool is(Value o) const { return strip() == o.strip(); }
  uintptr_t strip() const { return is_small_int() ? bits_ : (bits_ & ~kTagMask); }
  Value without_tag() const { return from_bits(strip()); }
  bool operator==(Value o) const { return is(o); }
  bool operator!=(Value o) const { return !is(o); }

 private:
  uintptr_t bits_;
};

inline void incref(Value v) {
  if ((v.bits() & Value::kTagMask) == 0 && v.bits()) incref(v.as_object());
}
inline void decref(Value v) {
  if ((v.bits() & Value::kTagMask) == 0 && v.bits()) decref(v.as_object());
}
inline void xdecref(Object* o) { if (o) decref(o); }

// An owned reference. A null Ref returned from a function means "an exception
// is pending on the thread state" (never a C++ exception).
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}  // NOLINT
  Ref(const Ref& o) : v_(o.v_) { incref(v_); }
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
  ~Ref() { decref(v_); }
  Ref& operator=(const Ref& o) { Ref t(o); swap(t); return *this; }
  Ref& operator=(Ref&& o) noexcept { Ref t(std::move(o)); swap(t); return *this; }
  void swap(Ref& o) { std::swap(v_, o.v_); }

  // Takes over a reference the caller already owns.
  static Ref steal(Value v) { Ref r; r.v_ = v.without_tag(); return r; }
  // Adds a new reference to a borrowed value.
  static Ref borrow(Value v) { v = v.without_tag(); incref(v); return steal(v); }
  static Ref small_int(int64_t i) { return steal(Value::small_int(i)); }

  Value get() const { return v_; }
  Value operator*() const { return v_; }
  Object* obj() const { return v_.as_object(); }
  template <class T> T* as() const { return static_cast<T*>(v_.as_object()); }
  explicit operator bool() const { return !v_.is_null(); }
  bool is_null() const { return v_.is_null(); }
  operator Value() const& { return v_; }  // NOLINT: borrowing view
  operator Value() const&& = delete;      // a temporary's value would dangle
  Value release() { Value t = v_; v_ = Value(); return t; }

 private:
  Value v_;
};

}  // namespace weft

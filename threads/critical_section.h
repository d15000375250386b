// Per-object lock scopes. `CriticalSection cs(obj)` holds obj's one-byte mutex
// for the scope; `CriticalSection2 cs(a, b)` takes two in address order so two
// threads locking the same pair can never deadlock.
//
// Rules (docs/ARCHITECTURE.md): never call Python code or drop a possibly-last
// reference while holding a section; never block (I/O, waits) inside one.
#pragma once

#include <functional>

#include "core/object/object.h"

namespace weft {

class CriticalSection {
 public:
  explicit CriticalSection(Object* o) : o_(o) { o_->mutex.lock(); }
  ~CriticalSection() { o_->mutex.unlock(); }
  CriticalSection(const CriticalSection&) = delete;
  CriticalSection& operator=(const CriticalSection&) = delete;

 private:
  Object* o_;
};

class CriticalSection2 {
 public:
  CriticalSection2(Object* a, Object* b) {
    if (std::less<Object*>()(b, a)) std::swap(a, b);
    a_ = a;
    b_ = (a == b) ? nullptr : b;
    a_->mutex.lock();
    if (b_) b_->mutex.lock();
  }
  ~CriticalSection2() {
    if (b_) b_->mutex.unlock();
    a_->mutex.unlock();
  }
  CriticalSection2(const CriticalSection2&) = delete;
  CriticalSection2& operator=(const CriticalSection2&) = delete;

 private:
  Object* a_;
  Object* b_;
};

}  // namespace weft

// The object header, tagged values and the biased reference-counting protocol,
// including the cross-thread paths (run under --config=tsan in CI).
#include <doctest/doctest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "core/object/type.h"
#include "gc/heap.h"
#include "threads/brc.h"
#include "threads/critical_section.h"
#include "threads/registry.h"

using namespace weft;

namespace {

std::atomic<int> g_freed{0};
void counting_dealloc(Object* o) {
  g_freed.fetch_add(1, std::memory_order_relaxed);
  free_object(o);
}

Type* test_type() {
  static Type t;
  t.name = "test";
  t.dealloc = counting_dealloc;
  return &t;
}

// A thread that registers as an owner and merges its queue when asked, the
// way the eval breaker does it for Python threads.
struct OwnerThread {
  std::atomic<uint32_t> breaker{0};
};

}  // namespace

TEST_CASE("small ints are inline and compare by value") {
  Value a = Value::small_int(42), b = Value::small_int(42), c = Value::small_int(-7);
  CHECK(a.is_small_int());
  CHECK_FALSE(a.is_object());
  CHECK(a.is(b));
  CHECK(c.as_small_int() == -7);
  CHECK(Value::small_int(Value::kSmallMax).as_small_int() == Value::kSmallMax);
  CHECK(Value::small_int(Value::kSmallMin).as_small_int() == Value::kSmallMin);
  CHECK_FALSE(Value::fits_small(Value::kSmallMax + 1));
}

TEST_CASE("deferred tag keeps identity and is never counted") {
  Object* o = alloc_object(test_type(), sizeof(Object));
  Value d = Value::deferred(o);
  CHECK(d.is_deferred());
  CHECK(d.as_object() == o);
  CHECK(d.is(Value(o)));
  incref(d);  // no-op for deferred references
  decref(d);
  CHECK(refcount_of(o) == 1);
  int before = g_freed.load();
  decref(o);
  CHECK(g_freed.load() == before + 1);
}

TEST_CASE("owner thread counts locally and frees at zero") {
  int before = g_freed.load();
  Object* o = alloc_object(test_type(), sizeof(Object));
  CHECK(o->owner.load() == current_thread_id());
  incref(o);
  incref(o);
  CHECK(o->ref_local.load() == 3);
  CHECK(o->ref_shared.load() == 0);
  decref(o);
  decref(o);
  CHECK(g_freed.load() == before);
  decref(o);
  CHECK(g_freed.load() == before + 1);
}

TEST_CASE("immortal objects never change their counts") {
  Object* o = alloc_object(test_type(), sizeof(Object));
  o->make_immortal();
  for (int i = 0; i < 100; ++i) decref(o);
  CHECK(o->is_immortal());
  CHECK(o->ref_local.load() == kImmortal);
}

TEST_CASE("Ref handles own and release references") {
  Object* o = alloc_object(test_type(), sizeof(Object));
  {
    Ref r = Ref::steal(Value(o));
    Ref r2 = r;
    CHECK(refcount_of(o) == 2);
    Ref r3 = std::move(r2);
    CHECK(r2.is_null());
    CHECK(refcount_of(o) == 2);
    incref(o);  // keep it alive past the scope
  }
  CHECK(refcount_of(o) == 1);
  decref(o);
}

TEST_CASE("two threads share objects: incref/decref/merge with one free each") {
  // The main thread owns every object; a second thread takes references,
  // drops them, and finally drops the last shared references so that the
  // shared count goes negative and the objects are queued to the owner.
  constexpr int kObjects = 200;
  OwnerThread owner;
  registry_register(current_thread_id(), &owner.breaker, 4);
  int before = g_freed.load();
  std::vector<Object*> objs;
  for (int i = 0; i < kObjects; ++i) {
    Object* o = alloc_object(test_type(), sizeof(Object));
    incref(o);  // local = 2: one of them is handed to the other thread
    objs.push_back(o);
  }
  std::thread other([&] {
    for (int round = 0; round < 100; ++round)
      for (Object* o : objs) {
        incref(o);
        decref(o);
      }
    for (Object* o : objs) decref(o);  // drops the lent reference: shared goes to -1
  });
  // Meanwhile the owner keeps using its local counts.
  for (int round = 0; round < 100; ++round)
    for (Object* o : objs) {
      incref(o);
      decref(o);
    }
  other.join();
  CHECK(g_freed.load() == before);
  CHECK((owner.breaker.load() & 4) != 0);
  brc_merge_queued_for(current_thread_id());  // the owner's safepoint
  for (Object* o : objs) CHECK(refcount_of(o) == 1);
  for (Object* o : objs) decref(o);  // last references: now unowned, shared count hits 0
  CHECK(g_freed.load() == before + kObjects);
  registry_unregister(current_thread_id());
}

TEST_CASE("a thread that drops the last reference of an exited owner's object frees it") {
  int before = g_freed.load();
  Object* shared_obj = nullptr;
  std::thread creator([&] {
    OwnerThread t;
    registry_register(current_thread_id(), &t.breaker, 4);
    shared_obj = alloc_object(test_type(), sizeof(Object));
    for (Object* o : registry_unregister(current_thread_id())) merge_queued_object(o);
  });
  creator.join();
  decref(shared_obj);  // owner is gone: merged and freed right here
  CHECK(g_freed.load() == before + 1);
}

TEST_CASE("per-object mutex excludes under contention") {
  Object* o = alloc_object(test_type(), sizeof(Object));
  int64_t counter = 0;
  auto work = [&] {
    for (int i = 0; i < 20000; ++i) {
      CriticalSection cs(o);
      ++counter;
    }
  };
  std::thread a(work), b(work), c(work);
  a.join();
  b.join();
  c.join();
  CHECK(counter == 60000);
  CHECK_FALSE(o->mutex.is_locked());
  decref(o);
}

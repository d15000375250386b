// Unit tests of dict: insertion order after deletions and reinsertion (as
// CPython: a reinserted key goes to the end), growth through many resizes,
// popitem's LIFO order, the dict_* C++ API, update/merge from pairs and
// mappings with CPython's error messages, iterators that notice a size
// change, and two threads inserting into one dict at once.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "core/runtime/abstract.h"
#include "core/runtime/init.h"
#include "core/runtime/thread_state.h"
#include "core/types/dict.h"

using namespace weft;

namespace {

struct Env {
  Interpreter interp;
  ThreadState* ts = nullptr;
  Env() {
    ts = new_thread_state(&interp);
    init_types(ts);
  }
};

ThreadState* env_ts() {
  static Env env;
  return env.ts;
}

Dict* D(const Ref& r) { return r.as<Dict>(); }

int64_t as_i64(Value v) {
  int64_t x = -999999;
  int_to_i64(env_ts(), v, &x);
  return x;
}

void put(Dict* d, int64_t k, int64_t v) {
  Ref key = new_int(k), value = new_int(v);
  REQUIRE(dict_set(env_ts(), d, key.get(), value.get()) == 0);
}

std::vector<int64_t> keys_of(Dict* d) {
  std::vector<int64_t> out;
  int64_t pos = 0;
  Ref k, v;
  while (dict_next(d, &pos, &k, &v)) out.push_back(as_i64(k.get()));
  return out;
}

std::string repr(Value v) {
  Ref r = repr_of(env_ts(), v);
  REQUIRE(r);
  return std::string(str_utf8(r.get()));
}

std::string error_text(ThreadState* ts) {
  Ref exc = fetch_error(ts);
  if (!exc) return "";
  Ref s = str_of(ts, exc.get());
  return std::string(type_name(exc.get())) + ": " + std::string(str_utf8(s.get()));
}

}  // namespace

TEST_CASE("insertion order survives deletions and reinsertion") {
  env_ts();  // starts the object system
  Ref d = new_dict();
  for (int64_t i = 0; i < 10; i++) put(D(d), i, i * i);
  for (int64_t i = 0; i < 10; i += 2) {
    Ref k = new_int(i);
    REQUIRE(dict_del(env_ts(), D(d), k.get()) == 0);
  }
  put(D(d), 4, 0);
  put(D(d), 0, 0);
  put(D(d), 3, 33);  // an existing key keeps its place
  CHECK(keys_of(D(d)) == std::vector<int64_t>{1, 3, 5, 7, 9, 4, 0});
  CHECK(dict_size(D(d)) == 7);
  CHECK(repr(d.get()) == "{1: 1, 3: 33, 5: 25, 7: 49, 9: 81, 4: 0, 0: 0}");
  // 1 == 1.0 == True: the first key object stays, the value is replaced.
  Ref one_f = new_float(1.0);
  Ref s = new_str("x");
  REQUIRE(dict_set(env_ts(), D(d), one_f.get(), s.get()) == 0);
  CHECK(repr(d.get()) == "{1: 'x', 3: 33, 5: 25, 7: 49, 9: 81, 4: 0, 0: 0}");
}

TEST_CASE("growth through many resizes keeps order and contents") {
  ThreadState* ts = env_ts();
  Ref d = new_dict();
  constexpr int64_t kN = 50000;
  for (int64_t i = 0; i < kN; i++) put(D(d), i * 31, i);
  CHECK(dict_size(D(d)) == kN);
  for (int64_t i = 0; i < kN; i += 3) {
    Ref k = new_int(i * 31);
    REQUIRE(dict_del(ts, D(d), k.get()) == 0);
  }
  std::vector<int64_t> order = keys_of(D(d));
  std::vector<int64_t> expected;
  for (int64_t i = 0; i < kN; i++)
    if (i % 3) expected.push_back(i * 31);
  CHECK(order == expected);
  for (int64_t i = 0; i < kN; i++) {
    Ref k = new_int(i * 31);
    Ref v = dict_get(ts, D(d), k.get());
    if (i % 3) {
      REQUIRE(v);
      CHECK(as_i64(v.get()) == i);
    } else {
      CHECK_FALSE(v);
      CHECK_FALSE(ts->has_error());
    }
  }
}

TEST_CASE("popitem is LIFO and reports an empty dict") {
  ThreadState* ts = env_ts();
  Ref d = new_dict();
  for (int64_t i = 0; i < 5; i++) put(D(d), i, i);
  Ref k = new_int(4);
  dict_del(ts, D(d), k.get());
  Ref p = call_method(ts, d.get(), "popitem", nullptr, 0);
  REQUIRE(p);
  CHECK(repr(p.get()) == "(3, 3)");
  put(D(d), 10, 10);
  CHECK(keys_of(D(d)) == std::vector<int64_t>{0, 1, 2, 10});
  Ref e = new_dict();
  CHECK_FALSE(call_method(ts, e.get(), "popitem", nullptr, 0));
  CHECK(error_text(ts) == "KeyError: 'popitem(): dictionary is empty'");
}

TEST_CASE("the dict C++ API") {
  ThreadState* ts = env_ts();
  Ref d = new_dict();
  Ref one = new_int(1);
  REQUIRE(dict_set_str(ts, D(d), "alpha", one.get()) == 0);
  Str* alpha = intern_str(ts, "alpha");
  Ref v = dict_get_str(ts, D(d), alpha);
  REQUIRE(v);
  CHECK(as_i64(v.get()) == 1);
  // A non-interned equal string finds the same entry.
  Ref alpha2 = new_str("alpha");
  CHECK(dict_contains(ts, D(d), alpha2.get()) == 1);
  Ref beta = new_str("beta");
  CHECK(dict_contains(ts, D(d), beta.get()) == 0);
  CHECK(dict_del(ts, D(d), beta.get()) == -1);
  CHECK(error_text(ts) == "KeyError: 'beta'");
  Ref dflt = new_int(7);
  Ref popped = dict_pop(ts, D(d), beta.get(), dflt.get());
  CHECK(as_i64(popped.get()) == 7);
  popped = dict_pop(ts, D(d), alpha2.get(), Value());
  CHECK(as_i64(popped.get()) == 1);
  CHECK(dict_size(D(d)) == 0);
  // Unhashable keys.
  Ref lst = new_list(0);
  CHECK(dict_set(ts, D(d), lst.get(), one.get()) == -1);
  CHECK(error_text(ts) == "TypeError: unhashable type: 'list'");
  // copy, keys/items lists, merge.
  for (int64_t i = 0; i < 4; i++) put(D(d), i, -i);
  Ref c = dict_copy(ts, D(d));
  put(D(c), 100, 100);
  CHECK(dict_size(D(d)) == 4);
  CHECK(repr(c.get()) == "{0: 0, 1: -1, 2: -2, 3: -3, 100: 100}");
  Ref kl = dict_keys_list(ts, D(c));
  CHECK(repr(kl.get()) == "[0, 1, 2, 3, 100]");
  Ref il = dict_items_list(ts, D(d));
  CHECK(repr(il.get()) == "[(0, 0), (1, -1), (2, -2), (3, -3)]");
  Ref m = new_dict();
  put(D(m), 3, 333);
  put(D(m), 50, 50);
  REQUIRE(dict_merge(ts, D(d), m.get(), false) == 0);
  CHECK(repr(d.get()) == "{0: 0, 1: -1, 2: -2, 3: -3, 50: 50}");
  REQUIRE(dict_merge(ts, D(d), m.get(), true) == 0);
  CHECK(repr(d.get()) == "{0: 0, 1: -1, 2: -2, 3: 333, 50: 50}");
}

TEST_CASE("update from pairs and its errors") {
  ThreadState* ts = env_ts();
  Ref d = new_dict();
  Ref k = new_str("k"), v = new_int(5);
  Ref pair = new_tuple({k.get(), v.get()});
  Ref pairs = new_list(0);
  list_append(ts, pairs.as<List>(), pair.get());
  REQUIRE(dict_update(ts, D(d), pairs.get()) == 0);
  CHECK(repr(d.get()) == "{'k': 5}");
  Ref triple = new_tuple({k.get(), v.get(), v.get()});
  Ref bad = new_list(0);
  list_append(ts, bad.as<List>(), triple.get());
  CHECK(dict_update(ts, D(d), bad.get()) == -1);
  CHECK(error_text(ts) == "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  Ref bad2 = new_list(0);
  list_append(ts, bad2.as<List>(), v.get());
  CHECK(dict_update(ts, D(d), bad2.get()) == -1);
  CHECK(error_text(ts) == "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
}

TEST_CASE("iterators notice size changes; repr handles recursion") {
  ThreadState* ts = env_ts();
  Ref d = new_dict();
  put(D(d), 1, 1);
  put(D(d), 2, 2);
  Ref it = get_iter(ts, d.get());
  REQUIRE(it);
  Ref first = iter_next(ts, it.get());
  CHECK(as_i64(first.get()) == 1);
  put(D(d), 3, 3);
  CHECK_FALSE(iter_next(ts, it.get()));
  CHECK(error_text(ts) == "RuntimeError: dictionary changed size during iteration");
  Ref self_key = new_str("self");
  REQUIRE(dict_set(ts, D(d), self_key.get(), d.get()) == 0);
  CHECK(repr(d.get()) == "{1: 1, 2: 2, 3: 3, 'self': {...}}");
  REQUIRE(dict_del(ts, D(d), self_key.get()) == 0);  // break the cycle
}

TEST_CASE("two threads inserting into one dict") {
  ThreadState* main_ts = env_ts();
  Interpreter* interp = main_ts->interp;
  Ref shared = new_dict();
  Dict* d = D(shared);
  constexpr int64_t kPerThread = 20000;
  auto worker = [&](int64_t base) {
    ThreadState* ts = new_thread_state(interp);
    for (int64_t i = 0; i < kPerThread; i++) {
      Ref k = new_int(base + i);
      Ref s = new_str("v" + std::to_string(i));
      dict_set(ts, d, k.get(), s.get());
      Ref common = new_int(i);
      dict_set(ts, d, common.get(), s.get());  // both threads write these keys
      if (i % 5 == 0) {
        Ref gone = new_int(base + i);
        dict_del(ts, d, gone.get());
      }
    }
    delete_thread_state(ts);
  };
  std::thread t0(worker, 1000000), t1(worker, 2000000);
  t0.join();
  t1.join();
  set_current_thread_state(main_ts);
  int64_t expected = 3 * kPerThread - 2 * (kPerThread / 5);
  CHECK(dict_size(d) == expected);
  int64_t pos = 0, n = 0;
  Ref key, value;
  while (dict_next(d, &pos, &key, &value)) n++;
  CHECK(n == expected);
  for (int64_t i = 1; i < kPerThread; i += 5) {
    Ref a = new_int(1000000 + i), b = new_int(2000000 + i), c = new_int(i);
    CHECK(dict_contains(main_ts, d, a.get()) == 1);
    CHECK(dict_contains(main_ts, d, b.get()) == 1);
    Ref cv = dict_get(main_ts, d, c.get());
    REQUIRE(cv);
    CHECK(str_utf8(cv.get()) == "v" + std::to_string(i));
  }
}

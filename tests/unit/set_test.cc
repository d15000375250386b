// Unit tests of set/frozenset: iteration order equal to CPython's for int
// sets built by insertion, copies and the set algebra (expected orders were
// computed with python3 / CPython 3.11), dummy reuse, pop order, frozenset and
// tuple hashes, the C++ API, and two threads adding to one set at once.
#include <doctest/doctest.h>

#include <cstdint>
#include <thread>
#include <vector>

#include "core/runtime/abstract.h"
#include "core/runtime/init.h"
#include "core/runtime/thread_state.h"
#include "core/types/set.h"

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

Ref int_list(const std::vector<int64_t>& xs) {
  Ref l = new_list(0);
  for (int64_t x : xs) {
    Ref v = new_int(x);
    list_append(env_ts(), l.as<List>(), v.get());
  }
  return l;
}

Ref int_set(const std::vector<int64_t>& xs) {
  Ref l = int_list(xs);
  return new_set(env_ts(), l.get());
}

std::vector<int64_t> order_of(Value s) {
  std::vector<int64_t> out;
  int64_t pos = 0;
  Ref key;
  while (set_next(static_cast<Set*>(s.as_object()), &pos, &key)) {
    int64_t v = 0;
    int_to_i64(env_ts(), key.get(), &v);
    out.push_back(v);
  }
  return out;
}

// Generated expectations: orders computed with CPython 3.11 (python3).
struct BuildCase { std::vector<int64_t> input, order; };
const BuildCase kBuildCases[] = {
    {{3, 1, 2, 100, 33, -1}, {1, 2, 3, 100, 33, -1}},
    {{0, 8, 16, 24, 32}, {0, 32, 8, 16, 24}},
    {{5, 13, 21, 29, 37, 45}, {37, 5, 13, 45, 21, 29}},
    {{-1, -2, -3, -4, 8, 9}, {8, 9, -2, -4, -3, -1}},
    {{1000, 2000, 3000, 4000, 5000, 6000, 7000}, {4000, 1000, 5000, 2000, 6000, 7000, 3000}},
    {{7, 15, 23, 1, 9}, {1, 7, 9, 15, 23}},
    {{1099511627776LL, 3, 1099511627784LL, -1099511627776LL}, {1099511627776LL, 1099511627784LL, 3, -1099511627776LL}},
    {{273, 176, 162, 220, -106, -111, 224, 187, -110, -204, 157, 10, -155, -208, 251, -258, 105, 163, -139, -285, 241, -236, -240, -264, -106, -53, -270, 175, 34}, {10, -240, 273, -111, -110, -236, -106, 157, 162, 163, 34, 175, 176, -208, -204, 187, -53, 220, 224, -285, -155, 105, 241, -270, -139, -264, 251, -258}},
    {{-100, 231, -61, 1, 211, -296, -213, 168, -16, 116, 264, -215, -40, 22, -65, 225, -5, -270, -229, 276, -190, 110, -190, -3, 95, -232, -283, -300, -82}, {1, 264, 276, 22, -232, -229, -100, 168, -215, -213, -82, -65, -190, -61, 211, -300, -40, -296, 95, 225, -283, 231, 110, -16, -270, 116, -5, -3}},
    {{-247, 181, 84, 106, 129, -226, 279, -97, -24, 44, -211, 18, 40, -285}, {129, -285, -24, -247, 106, 40, 44, -211, 18, 84, 181, 279, -226, -97}},
    {{-180, -163, -48, -197, -289, -239, 176, 198, -119, 272, -108, 158, 221, -105, -166, 129, 92, -181, 104, 130, -83, -300, -24, 11, -280, -85, -109}, {129, 130, -119, 11, 272, -239, -109, -108, -105, 158, -85, -83, 176, -197, 198, -181, -180, -48, -300, -166, 92, 221, -163, -289, 104, -24, -280}},
    {{290, -198, -257, -151, -82, 152, -36, -291, 36, 3, 95, -225, -224, -208, -87, 296, -52, -285, 77, 80, 164, -170, 195, 288, -162, 95}, {3, 152, -225, -224, 288, 290, 36, 164, 296, -87, -82, -208, -198, 195, -52, 77, 80, -170, -36, -291, -162, 95, -285, -151, -257}},
    {{-143, 18, -67, -45, -106, -138, 267, -99, 97, 194, -220, 131}, {97, 194, 131, -220, 267, -99, -143, 18, -45, -106, -138, -67}},
    {{-194, -189, -261, 224}, {224, -189, -194, -261}},
    {{-56, 101, -37, 130, 202, 0, 232, -121, -230, -171, -67, 190, 272, -225, -14, -83, -92}, {0, 130, -92, 101, -121, -56, 232, 202, -83, 272, -14, -171, -230, -37, -67, 190, -225}},
    {{-284, -230, -25, 121, 156, -45, -239, -253, -120, -12, 77, 243, 285, -166, -206, 70, -159, 161, 38, 234, 298, -157, -265, -282, 186, 66, 19, -266, -279, -224, 193, -232, 18, 26, -161, -226, -223, 163, 259, 76, -255, -168, 49, 60, -214, 184, -221, 127}, {-255, -253, 259, -120, -239, 18, 19, -232, -230, 26, 156, 285, -226, -224, 161, -223, 163, -221, 38, 298, -214, 49, -206, 184, 186, 60, 193, 66, 70, 76, 77, -45, -168, -166, -161, -159, -157, -284, -282, -25, -279, 234, 243, -12, -266, -265, 121, 127}},
    {{-270, 211, 286, -286, 91, 88, 296, -288, -227, -218, -208, -182, -37, 126, 38, 97, 294, 168, 151, 173, 254, -215, 231, 226, -270, 17, -211, 192, -278, -65, -185, 209, 197, -39, -289, 76, 8, -154, -93, 230, -127, 50, 152, 210, -53, 34, 114, -44, -97, 141, -95}, {-127, 8, 141, 17, 151, 152, -227, 286, -97, -95, 34, -93, -218, 38, 296, 294, 168, -215, 173, -211, -208, 50, -65, 192, 197, -185, -182, -53, 76, 209, 210, 211, -44, 88, -39, -37, 91, -289, -288, 97, -286, 226, -154, 231, 230, -278, -270, 114, 254, 126}},
    {{-81, 93, -76, 297, 24, -86, -161, -163, 208, 59, -259, -235, -17, -127, -185, 161, 182, -19, -81, 123, 91, 232, 205, 22, 163, 28, -224, -268, -16, -258, -13, 284, 62, 16, 277, -281, -161, 114, 165, -106, -275, -28, -57, -156, -252, -182, 157, -189, 248, 77, -221, -98, -96, 186, -38, -118, -289}, {-127, -252, -118, 16, -235, 22, 277, 24, -106, 28, 284, 157, -98, -224, 161, -96, 163, -221, 165, 297, -86, -81, -76, 182, 186, 59, 62, -189, -185, -57, -182, 205, 77, 208, -38, 91, -163, 93, -161, -289, -28, -156, -281, 232, -19, -275, -17, -16, 114, -13, -268, 248, 123, -259, -258}},
    {{183, 247, -263, -117, -69, -22, 54, 252, 232, 212, -137, 102, -71, -211, 120, 97, -167, 161, 164, -99, -294, 85, 263, 282, 214, 51, 174, 34, -91, -199, -174, -82, -52, 99, -211, 17, 249, 28, -32, -284, 56, 216, -216, -262, 151, 50, 263, 131, -19}, {131, 263, -117, 17, 151, 282, 28, -99, 161, 34, 164, -91, -216, -211, 174, -82, 50, 51, 54, 183, 56, -71, -199, -69, -52, -174, 212, 85, 214, 216, -167, -294, 247, -32, 97, 99, -284, 249, 102, 232, -22, -19, -137, 120, -263, -262, 252}},
};
struct OpCase { std::vector<int64_t> a, b, or_, and_, sub, xor_, copy_add; };
const OpCase kOpCases[] = {
    {{-47, -23, -42, 4, -46, -28, 18, -8, 37, -33, 10, -31, 16, 42, 16}, {36, 38, 6, 13, 24, 38, -39, 47, -22, 6, 17, 21, -13, 43, 21, 31, -29, 16, 15, 21, -18, -11, 35, -2, 28, -24}, {4, 6, 10, 13, 15, 16, 17, 18, 21, 24, 28, 31, 35, 36, 37, 38, 42, 43, 47, -47, -46, -42, -39, -33, -31, -29, -28, -24, -23, -22, -18, -13, -11, -8, -2}, {16}, {-31, 4, 37, -28, -23, 10, 42, -47, -46, 18, -42, -8, -33}, {4, 6, 10, 13, 15, 17, -47, -46, 18, 21, -42, 24, -39, 28, 31, -33, -31, 35, 36, -29, 38, -28, -24, 37, -22, 43, -23, 42, -18, 47, -13, -11, -8, -2}, {-31, 4, -28, 37, 999, -23, 10, 42, 16, -47, -46, 18, -42, -8, -33}},
    {{-32, 19, 17, -16, 23, 13, -25, 2, 18}, {14, -50, 27}, {-32, 2, -25, 13, -50, 14, -16, 17, 18, 19, 23, 27}, {}, {-32, 2, -25, 13, -16, 17, 18, 19, 23}, {-32, 2, -25, 13, -50, 14, -16, 17, 18, 19, 23, 27}, {-32, 2, -25, 999, 13, -16, 17, 18, 19, 23}},
    {{-47, 18, -45, 16, 1, 19, 22, -35, 12, -39, 38, -29}, {18, 8}, {1, -29, 38, 8, 12, 16, -47, 18, -45, 19, 22, -39, -35}, {18}, {1, -29, 38, 12, 16, -47, -45, 19, 22, -39, -35}, {1, -29, 38, 8, 12, 16, -47, -45, 19, 22, -39, -35}, {1, -29, 38, 999, 12, 16, -47, 18, -45, 19, 22, -39, -35}},
    {{1, -16, -19, 10, 13, -34, -7, 5, 10, 17, -10, -37, -26}, {29, -47, -17, -34, 39, 49, -48, -46, -26, -31, -21, -49, 37}, {1, 5, 10, 13, -49, -48, 17, -47, -46, -37, 29, -34, -31, 37, -26, 39, -21, -19, -17, -16, 49, -10, -7}, {-34, -26}, {1, 5, 10, -19, 13, -16, 17, -10, -7, -37}, {1, 5, 10, 13, 17, 29, 37, 39, 49, -49, -48, -47, -46, -37, -31, -21, -19, -17, -16, -10, -7}, {1, 5, -26, 999, 10, 13, -19, -16, 17, -10, -7, -37, -34}},
    {{-9, 42, -5, -19, 29, 13, -37, 13, 43}, {-35, 15, 29, -18, 41, -25, 39, 17, 5, -48, -2, 31, 2, 17, 28, -30, 18, -24}, {2, 5, 13, 15, -48, 17, 18, -37, 28, 29, -35, 31, -30, -25, 39, 41, 42, 43, -24, -19, -18, -9, -5, -2}, {29}, {-5, 42, 43, 13, -19, -9, -37}, {2, 5, 13, 15, -48, 17, 18, -37, 28, -35, 31, -30, -25, 39, 41, -24, 42, 43, -19, -18, -9, -5, -2}, {-37, 999, 42, 43, -19, 13, -9, -5, 29}},
    {{30, 18, 31, -23, 17, -23, 19, 28, 25, -33, -21, 44, 30, -6, -27, -10, 27, -10, -26, -23, 49, -26, -38, -33, -20, -34, 43}, {-17, -1}, {17, 18, 19, 25, -38, 27, 28, 30, 31, -34, -33, -27, -26, -23, 43, 44, -21, -20, -17, 49, -10, -6, -1}, {}, {17, 18, 19, 25, -38, 27, 28, 30, 31, -34, -33, -27, -26, -23, 43, 44, -21, -20, 49, -10, -6}, {17, 18, 19, 25, 27, 28, 30, 31, 43, 44, 49, -38, -34, -33, -27, -26, -23, -21, -20, -17, -10, -6, -1}, {17, 18, 19, 25, -38, 27, 28, 30, 31, -34, -33, -27, -26, 999, -23, 43, 44, -21, -20, 49, -10, -6}},
    {{5, 3, 19}, {40, -34, -25, 1, 30, 37, -48, -38, -25, 22, 37, -5, -4, -36, 40, 14, 31, 47, -7, 14, 37, -26, -41, 11, -37}, {1, 3, 5, 11, 14, -48, 19, 22, -41, -38, -37, -36, 30, 31, -34, 37, -26, -25, 40, 47, -7, -5, -4}, {}, {3, 19, 5}, {1, 3, 5, 11, 14, -48, 19, 22, -41, -38, -37, -36, 30, 31, -34, 37, -26, -25, 40, 47, -7, -5, -4}, {19, 3, 5, 999}},
    {{}, {47}, {47}, {}, {}, {47}, {999}},
    {{28, 15, 22, 11, -32, -26, -27, -36, -24, -28, -30, -14, 36, -38, 24, -43, -33}, {9, -41, 47, -38, -9, 0, 9, 4, 15, -5, 5, -24, 26, -3, -49, 31, 39, -45, -25, -27, 2}, {0, 2, 4, 5, 9, 11, 15, -49, -45, -43, 22, -41, 24, -38, 26, -36, 28, -33, -32, 31, -30, -28, -27, -26, 36, -24, 39, -25, 47, -14, -9, -5, -3}, {-24, -38, -27, 15}, {-32, -30, -28, 36, -26, 11, 28, -14, -43, 22, 24, -36, -33}, {0, 2, 4, 5, 9, 11, -49, -45, -43, 22, -41, 24, 26, -36, 28, 31, -32, -33, -30, -28, 36, -26, 39, -25, 47, -14, -9, -5, -3}, {11, 15, -43, 22, 24, -38, -36, 28, -33, -32, -30, -28, -27, -26, 36, -24, 999, -14}},
    {{-4, 44, -3, 1, -26, 27, -29, -38, 15, -49, -9, -40, 40, 30}, {22, 26, -26, 14, 24, -7, 47, -17, -15, -36, 45, 45}, {1, 14, 15, -49, 22, -40, 24, -38, 27, 26, -36, 30, -29, -26, 40, 44, 45, 47, -17, -15, -9, -7, -4, -3}, {-26}, {1, -29, 40, 44, 15, -49, -9, -40, -38, 27, -4, -3, 30}, {1, 14, 15, 22, 24, 26, 27, 30, 40, 44, 45, 47, -49, -40, -38, -36, -29, -17, -15, -9, -7, -4, -3}, {1, -29, -26, 999, 40, 44, 15, -49, -9, -40, -38, 27, -4, -3, 30}},
};
const std::vector<int64_t> kDummyReuse = {64, 32, 128, 8, 40, 48, 24, 56};
const std::vector<int64_t> kPops = {37, 5, 13};
const std::vector<int64_t> kAfterPops = {45, 21, 53, 29};
struct HashCase { std::vector<int64_t> items; int64_t hash; };
const HashCase kFrozenHashes[] = {
    {{}, 133146708735736LL},
    {{1}, -558064481276695278LL},
    {{1, 2, 3}, -272375401224217160LL},
    {{-1, -2}, 399283329322573LL},
    {{1000000000000LL, 7}, 5892500944537729192LL},
    {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99}, 4411996150312757951LL},
};
const HashCase kTupleHashes[] = {
    {{}, 5740354900026072187LL},
    {{1}, -6644214454873602895LL},
    {{1, 2, 3}, 529344067295497451LL},
    {{-1, -2}, 960947337673586213LL},
    {{1000000000000LL, 7}, -159399239434583469LL},
    {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99}, 4479737025582696436LL},
};

}  // namespace

TEST_CASE("int sets iterate in CPython's order") {
  env_ts();
  for (const BuildCase& c : kBuildCases) {
    Ref s = int_set(c.input);
    REQUIRE(s);
    CHECK(order_of(s.get()) == c.order);
    CHECK(set_size(s.as<Set>()) == static_cast<int64_t>(c.order.size()));
  }
}

TEST_CASE("set algebra and copies lay out tables as CPython does") {
  ThreadState* ts = env_ts();
  for (const OpCase& c : kOpCases) {
    Ref a = int_set(c.a);
    Ref b = int_set(c.b);
    Ref r_or = binary_op(ts, BinOp::Or, a.get(), b.get());
    Ref r_and = binary_op(ts, BinOp::And, a.get(), b.get());
    Ref r_sub = binary_op(ts, BinOp::Sub, a.get(), b.get());
    Ref r_xor = binary_op(ts, BinOp::Xor, a.get(), b.get());
    REQUIRE(r_or);
    REQUIRE(r_and);
    REQUIRE(r_sub);
    REQUIRE(r_xor);
    CHECK(order_of(r_or.get()) == c.or_);
    CHECK(order_of(r_and.get()) == c.and_);
    CHECK(order_of(r_sub.get()) == c.sub);
    CHECK(order_of(r_xor.get()) == c.xor_);
    Ref cp = new_set(ts, a.get());
    Ref extra = new_int(999);
    REQUIRE(set_add(ts, cp.as<Set>(), extra.get()) == 0);
    CHECK(order_of(cp.get()) == c.copy_add);
  }
}

TEST_CASE("deleted slots are reused and pop follows the finger") {
  ThreadState* ts = env_ts();
  Ref s = int_set({0, 8, 16, 24, 32, 40, 48, 56});
  Ref k0 = new_int(0), k16 = new_int(16), k64 = new_int(64), k128 = new_int(128);
  CHECK(set_discard(ts, s.as<Set>(), k0.get()) == 1);
  CHECK(set_discard(ts, s.as<Set>(), k16.get()) == 1);
  CHECK(set_discard(ts, s.as<Set>(), k16.get()) == 0);
  set_add(ts, s.as<Set>(), k64.get());
  set_add(ts, s.as<Set>(), k128.get());
  CHECK(order_of(s.get()) == kDummyReuse);

  Ref p = int_set({5, 13, 21, 29, 37, 45, 53});
  std::vector<int64_t> popped;
  for (int i = 0; i < 3; i++) {
    Ref v = call_method(ts, p.get(), "pop", nullptr, 0);
    REQUIRE(v);
    int64_t x = 0;
    int_to_i64(ts, v.get(), &x);
    popped.push_back(x);
  }
  CHECK(popped == kPops);
  CHECK(order_of(p.get()) == kAfterPops);
}

TEST_CASE("frozenset and tuple hashes equal CPython's") {
  ThreadState* ts = env_ts();
  for (const HashCase& c : kFrozenHashes) {
    Ref l = int_list(c.items);
    Ref f = new_frozenset(ts, l.get());
    REQUIRE(f);
    CHECK(hash_of(ts, f.get()) == c.hash);
  }
  for (const HashCase& c : kTupleHashes) {
    Ref l = int_list(c.items);
    Ref t = sequence_to_tuple(ts, l.get());
    REQUIRE(t);
    CHECK(hash_of(ts, t.get()) == c.hash);
  }
}

TEST_CASE("the set C++ API") {
  ThreadState* ts = env_ts();
  Ref s = new_set(ts, Value());
  REQUIRE(s);
  Set* so = s.as<Set>();
  CHECK(set_size(so) == 0);
  Ref one = new_int(1), two = new_int(2);
  CHECK(set_add(ts, so, one.get()) == 0);
  CHECK(set_add(ts, so, one.get()) == 0);
  CHECK(set_add(ts, so, two.get()) == 0);
  CHECK(set_size(so) == 2);
  CHECK(set_contains(ts, so, one.get()) == 1);
  Ref three = new_int(3);
  CHECK(set_contains(ts, so, three.get()) == 0);
  // Unhashable keys raise TypeError.
  Ref lst = new_list(0);
  CHECK(set_add(ts, so, lst.get()) == -1);
  CHECK(error_matches(ts, &TypeError_type));
  clear_error(ts);
  // A set key is looked up as a frozenset.
  Ref fs = new_frozenset(ts, s.get());
  Ref outer = new_set(ts, Value());
  set_add(ts, outer.as<Set>(), fs.get());
  CHECK(set_contains(ts, outer.as<Set>(), s.get()) == 1);
  // Exact frozensets are returned as they are.
  Ref fs2 = new_frozenset(ts, fs.get());
  CHECK(fs2.get().is(fs.get()));
  Ref r = repr_of(ts, s.get());
  REQUIRE(r);
  CHECK(str_utf8(r.get()) == "{1, 2}");
  Ref empty = new_set(ts, Value());
  Ref er = repr_of(ts, empty.get());
  CHECK(str_utf8(er.get()) == "set()");
  Ref fr = repr_of(ts, fs.get());
  CHECK(str_utf8(fr.get()) == "frozenset({1, 2})");
}

TEST_CASE("growing a set through many resizes keeps every key") {
  ThreadState* ts = env_ts();
  Ref s = new_set(ts, Value());
  for (int64_t i = 0; i < 20000; i++) {
    Ref k = new_int(i * 7919);
    REQUIRE(set_add(ts, s.as<Set>(), k.get()) == 0);
  }
  CHECK(set_size(s.as<Set>()) == 20000);
  for (int64_t i = 0; i < 20000; i += 2) {
    Ref k = new_int(i * 7919);
    CHECK(set_discard(ts, s.as<Set>(), k.get()) == 1);
  }
  CHECK(set_size(s.as<Set>()) == 10000);
  for (int64_t i = 0; i < 20000; i++) {
    Ref k = new_int(i * 7919);
    CHECK(set_contains(ts, s.as<Set>(), k.get()) == (i % 2));
  }
}

TEST_CASE("two threads adding to one set") {
  ThreadState* main_ts = env_ts();
  Interpreter* interp = main_ts->interp;
  Ref shared = new_set(main_ts, Value());
  Set* so = shared.as<Set>();
  constexpr int64_t kPerThread = 20000;
  auto worker = [&](int64_t base) {
    ThreadState* ts = new_thread_state(interp);
    for (int64_t i = 0; i < kPerThread; i++) {
      Ref k = new_int(base + i);
      set_add(ts, so, k.get());
      Ref common = new_int(i);  // both threads add these too
      set_add(ts, so, common.get());
    }
    delete_thread_state(ts);
  };
  std::thread t0(worker, 1000000), t1(worker, 2000000);
  t0.join();
  t1.join();
  set_current_thread_state(main_ts);
  CHECK(set_size(so) == 3 * kPerThread);
  int64_t pos = 0, n = 0;
  Ref key;
  while (set_next(so, &pos, &key)) n++;
  CHECK(n == 3 * kPerThread);
  for (int64_t i = 0; i < kPerThread; i += 97) {
    Ref a = new_int(1000000 + i), b = new_int(2000000 + i), c = new_int(i);
    CHECK(set_contains(main_ts, so, a.get()) == 1);
    CHECK(set_contains(main_ts, so, b.get()) == 1);
    CHECK(set_contains(main_ts, so, c.get()) == 1);
  }
}

// Unit tests of weft's numbers: base-2^32 big-int arithmetic (Karatsuba and
// Knuth division sizes included), decimal and radix round trips, the str/int
// digit limit, int/float/complex hashes, float repr and parsing, round(), and
// the format-spec mini-language. Expected values were computed with CPython 3.11.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "core/runtime/abstract.h"
#include "core/runtime/init.h"
#include "core/runtime/thread_state.h"
#include "core/types/bigint.h"
#include "core/types/float_text.h"
#include "core/types/format_spec.h"
#include "core/types/num_internal.h"

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

Ref I(const char* decimal) {
  Ref r = int_from_string(env_ts(), decimal, 10);
  REQUIRE(r);
  return r;
}

std::string S(const Ref& v) {
  REQUIRE(v);
  Ref s = int_to_decimal_string(env_ts(), v.get());
  REQUIRE(s);
  return std::string(str_utf8(s.get()));
}

std::string op(BinOp o, const Ref& a, const Ref& b) {
  return S(int_binary(env_ts(), o, a.get(), b.get()));
}

std::string fmt_int(const Ref& v, const char* spec) {
  Ref sp = new_str(spec);
  Ref r = format_int_value(env_ts(), v.get(), sp.as<Str>());
  if (!r) {
    clear_error(env_ts());
    return "<error>";
  }
  return std::string(str_utf8(r.get()));
}

std::string fmt_float(double d, const char* spec) {
  Ref f = new_float(d);
  Ref sp = new_str(spec);
  Ref r = format_float_value(env_ts(), f.get(), sp.as<Str>());
  if (!r) {
    clear_error(env_ts());
    return "<error>";
  }
  return std::string(str_utf8(r.get()));
}

const char* kA = "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001";  // 3**200
const char* kB = "-5817092933824343165432524003391691164919859649719340532627567207607656859034356995566589707894210757866827613621721127496191248";  // -(7**150 - 1)

}  // namespace

TEST_CASE("bigint magnitudes: Karatsuba products divide back exactly") {
  using namespace bigint;
  Mag a, b, p, q, r;
  for (int i = 0; i < 300; ++i) a.push_back(uint32_t(0x9E3779B9u * (i + 1)));
  for (int i = 0; i < 170; ++i) b.push_back(uint32_t(0x85EBCA6Bu * (i + 7)));
  normalize(a);
  normalize(b);
  mul(a, b, p);
  divmod(p, b, &q, &r);
  CHECK(compare(q, a) == 0);
  CHECK(r.empty());
  Mag one{1}, p1;
  add(p, one, p1);
  divmod(p1, a, &q, &r);
  CHECK(compare(q, b) == 0);
  CHECK(r == one);
  CHECK(to_decimal(Mag{}) == "0");
  CHECK(to_base(Mag{255}, 16) == "ff");
  CHECK(to_base(Mag{255}, 2) == "11111111");
}

TEST_CASE("int arithmetic on big values matches CPython") {
  Ref a = I(kA), b = I(kB), c = I("18446744073709563961");  // 2**64 + 12345
  CHECK(op(BinOp::Add, a, b) ==
        "-5817092933824343165432524003391425550930983774950001751305531427980827625581703601070615132932471665375926311438726742797147247");
  CHECK(op(BinOp::Mul, a, b) ==
        "-1545101257814748811286727736572536270706483327297185697793885263277354859652706304126519484226947610814588288262599563584162767925583931310110761719326956996321132091318401381345754991039384021366633565913245119874263103248");
  CHECK(op(BinOp::FloorDiv, a, b) == "-1");
  CHECK(op(BinOp::Mod, a, b) ==
        "-5817092933824343165432524003391425550930983774950001751305531427980827625581703601070615132932471665375926311438726742797147247");
  CHECK(op(BinOp::FloorDiv, b, c) ==
        "-315345239820121265905485077439956355909116454198520939461411782414225306743238901776431508622927490655772678");
  CHECK(op(BinOp::Mod, b, c) == "3195616915421066310");
  CHECK(op(BinOp::And, a, b) ==
        "150186608438924709277899554941112502897059422684276425957947530389062862559786042861342334955680");
  CHECK(op(BinOp::Or, a, b) ==
        "-5817092933824343165432524003391575737539422699659279650860472540483724685004387877496573080462860728238486097481588085132102927");
  CHECK(op(BinOp::Xor, a, b) ==
        "-5817092933824343165432524003391725924147861624368557550415413652986621744427072153922531027993249791101045883524449427467058607");
  CHECK(op(BinOp::RShift, b, Ref::small_int(70)) ==
        "-4927269372189398077219092705587680239324002046795300786217766502907277130323490712297642703256864317129981");
  CHECK(op(BinOp::LShift, a, Ref::small_int(100)) ==
        "336705732427516898587460627772004697542605295316077247452351004740460372771448563031143507354757009822674618697405379563749376");
  CHECK(op(BinOp::Pow, c, Ref::small_int(5)) ==
        "2135987035920917229661729879521280876364741571483669940186941009031256983714277744453630918395801");
  CHECK(S(int_power(env_ts(), a.get(), Value::small_int(12345), c.get())) == "11217867822526783384");
  Ref m = I("2305843009213693951");
  CHECK(S(int_power(env_ts(), Value::small_int(3), Value::small_int(-1), m.get())) ==
        "1537228672809129301");
  CHECK(S(int_power(env_ts(), Value::small_int(-5), Value::small_int(3), Value::small_int(-7))) == "-6");
  // Small values stay tagged; results past the small range become heap ints.
  Ref big = int_binary(env_ts(), BinOp::Add, Value::small_int(Value::kSmallMax), Value::small_int(1));
  CHECK_FALSE(big.get().is_small_int());
  CHECK(S(big) == "2305843009213693952");
  Ref back = int_binary(env_ts(), BinOp::Sub, big.get(), Value::small_int(1));
  CHECK(back.get().is_small_int());
}

TEST_CASE("int division errors and true division rounding") {
  ThreadState* ts = env_ts();
  CHECK_FALSE(int_binary(ts, BinOp::FloorDiv, Value::small_int(1), Value::small_int(0)));
  CHECK(error_matches(ts, &ZeroDivisionError_type));
  clear_error(ts);
  Ref q = int_binary(ts, BinOp::TrueDiv, I("1000000000000000000000000000000").get(),
                     I("79792266297612001").get());
  REQUIRE(q);
  CHECK(float_repr(float_value(q.get())) == "12532542894196.85");
  Ref n = I("-1180591620717411303424");  // -(2**70)
  Ref q2 = int_binary(ts, BinOp::TrueDiv, n.get(), Value::small_int(3));
  CHECK(float_repr(float_value(q2.get())) == "-3.935305402391371e+20");
}

TEST_CASE("decimal and radix round trips") {
  ThreadState* ts = env_ts();
  std::string digits = "1";
  for (int i = 0; i < 400; ++i) {
    digits.push_back(char('0' + (i * 7 + 3) % 10));
    Ref v = int_from_string(ts, digits, 10);
    REQUIRE(v);
    CHECK(S(v) == digits);
  }
  CHECK(S(int_from_string(ts, "0x_ff", 0)) == "255");
  CHECK(S(int_from_string(ts, " -0b101 ", 0)) == "-5");
  CHECK(S(int_from_string(ts, "0o777", 0)) == "511");
  CHECK(S(int_from_string(ts, "1_000_000", 10)) == "1000000");
  CHECK(S(int_from_string(ts, "-0", 10)) == "0");
  CHECK(int_to_string_base(I(kB).get(), 16).substr(0, 10) == "-225fb2b4d");
  CHECK_FALSE(int_from_string(ts, "010", 0));
  clear_error(ts);
  CHECK_FALSE(int_from_string(ts, "1__0", 10));
  clear_error(ts);
  // The 4300-digit limit, both ways.
  CHECK_FALSE(int_from_string(ts, std::string(5000, '1'), 10));
  CHECK(error_matches(ts, &ValueError_type));
  clear_error(ts);
  Ref big = int_power(ts, Value::small_int(10), Value::small_int(5000), Value());
  CHECK_FALSE(int_to_decimal_string(ts, big.get()));
  clear_error(ts);
}

TEST_CASE("hashes equal CPython's") {
  CHECK(int_hash(I(kA).get()) == 424410663027747676);
  CHECK(int_hash(I(kB).get()) == -2137843758741391726);
  CHECK(int_hash(Value::small_int(-1)) == -2);
  CHECK(int_hash(I("2305843009213693951").get()) == 0);
  CHECK(int_hash(I("-2305843009213693952").get()) == -2);
  CHECK(int_hash(I("1000000000000000000000000000000").get()) == 465258685558744706);
  CHECK(float_hash(1.5) == 1152921504606846977);
  CHECK(float_hash(-0.5) == -1152921504606846976);
  CHECK(float_hash(1e300) == 1224995262755759164);
  CHECK(float_hash(3.141592653589793) == 326490430436040707);
  CHECK(float_hash(1e-300) == 482449582752280463);
  CHECK(float_hash(0.1) == 230584300921369408);
  CHECK(float_hash(-2.0) == -2);
  CHECK(float_hash(HUGE_VAL) == 314159);
  Ref c = new_complex(-1.5, 0.25);
  CHECK(hash_of(env_ts(), c.get()) == 576460752303423487);
  Ref c2 = new_complex(1, 2);
  CHECK(hash_of(env_ts(), c2.get()) == 2000007);
}

TEST_CASE("float repr is shortest round-trip in Python's layout") {
  CHECK(float_repr(0.1) == "0.1");
  CHECK(float_repr(1e16) == "1e+16");
  CHECK(float_repr(1e-5) == "1e-05");
  CHECK(float_repr(1e-4) == "0.0001");
  CHECK(float_repr(123456789012345.0) == "123456789012345.0");
  CHECK(float_repr(1e22) == "1e+22");
  CHECK(float_repr(5e-324) == "5e-324");
  CHECK(float_repr(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(float_repr(-0.0) == "-0.0");
  CHECK(float_repr(1.0 / 3) == "0.3333333333333333");
  CHECK(float_repr(9999999999999998.0) == "9999999999999998.0");
  CHECK(float_repr(1e15) == "1000000000000000.0");
  CHECK(float_repr(0.30000000000000004) == "0.30000000000000004");
  CHECK(float_repr(HUGE_VAL) == "inf");
  CHECK(float_repr(-HUGE_VAL) == "-inf");
  CHECK(float_repr(NAN) == "nan");
}

TEST_CASE("float parsing and rounding") {
  double d = 0;
  CHECK(parse_float_literal("  1_000.5 ", &d));
  CHECK(d == 1000.5);
  CHECK(parse_float_literal("-Infinity", &d));
  CHECK(d == -HUGE_VAL);
  CHECK(parse_float_literal("1e500", &d));
  CHECK(d == HUGE_VAL);
  CHECK(parse_float_literal("4.9406564584124654e-324", &d));
  CHECK(d == 5e-324);
  CHECK_FALSE(parse_float_literal("1_e5", &d));
  CHECK_FALSE(parse_float_literal("nan(1)", &d));
  CHECK_FALSE(parse_float_literal(".", &d));
  double re, im;
  bool bad;
  CHECK(parse_complex_literal(" (1.5e+3-2.5e-3J) ", &re, &im, &bad));
  CHECK(re == 1500.0);
  CHECK(im == -0.0025);
  CHECK_FALSE(parse_complex_literal("1__0j", &re, &im, &bad));
  CHECK(bad);
  bool overflow;
  CHECK(round_double(2.675, 2, &overflow) == 2.67);
  CHECK(round_double(15.5, -1, &overflow) == 20.0);
  CHECK(round_double(25.0, -1, &overflow) == 20.0);
  CHECK(std::signbit(round_double(-4.0, -1, &overflow)));
  round_double(1.7e308, -308, &overflow);
  CHECK(overflow);
}

TEST_CASE("format-spec mini-language") {
  CHECK(fmt_int(Ref::small_int(1234567), "012,d") == "0,001,234,567");
  CHECK(fmt_int(Ref::small_int(1234567), "_") == "1_234_567");
  CHECK(fmt_int(Ref::small_int(-255), "#x") == "-0xff");
  CHECK(fmt_int(Ref::small_int(-5), "#010_b") == "-0b00_0101");
  CHECK(fmt_int(Ref::small_int(5), "+#010x") == "+0x0000005");
  CHECK(fmt_int(Ref::small_int(65), ">5c") == "    A");
  CHECK(fmt_int(Ref::small_int(5), "=^") == "5");
  CHECK(fmt_int(Ref::small_int(5), "\xF0\x90\x80\x80>6") == "\xF0\x90\x80\x80\xF0\x90\x80\x80\xF0\x90\x80\x80\xF0\x90\x80\x80\xF0\x90\x80\x80" "5");
  CHECK(fmt_int(Ref::small_int(5), ".2d") == "<error>");
  CHECK(fmt_int(Ref::small_int(5), ",x") == "<error>");
  CHECK(fmt_float(1.5, "012,.2f") == "0,000,001.50");
  CHECK(fmt_float(1e16, "") == "1e+16");
  CHECK(fmt_float(100.0, ".3") == "1e+02");
  CHECK(fmt_float(1.0, ".3") == "1.0");
  CHECK(fmt_float(1e16, "#") == "1.e+16");
  CHECK(fmt_float(-0.04, "z.1f") == "0.0");
  CHECK(fmt_float(0.5, ".0%") == "50%");
  CHECK(fmt_float(HUGE_VAL, "010") == "0000000inf");
  CHECK(fmt_float(1234.5, ",.10g") == "1,234.5");
  CHECK(fmt_float(0.1, ".17") == "0.10000000000000001");
  CHECK(fmt_float(1.5, "\xF0\x90\x80\x80^9.2f") == "\xF0\x90\x80\x80\xF0\x90\x80\x80" "1.50" "\xF0\x90\x80\x80\xF0\x90\x80\x80\xF0\x90\x80\x80");
}

// Unit tests of weft's str core: compact kinds, indexing, hashing and equality
// across construction paths, UTF-8 round trips (including invalid input and
// lone surrogates), repr escapes, case mapping tables, codecs on valid input,
// and the intern table used from two threads at once.
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "core/runtime/abstract.h"
#include "core/runtime/init.h"
#include "core/runtime/thread_state.h"
#include "core/types/codecs.h"
#include "core/types/unicode.h"

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

Str* S(const Ref& r) { return r.as<Str>(); }

std::string repr_utf8(std::string_view utf8) {
  Ref s = new_str(utf8);
  Ref r = str_repr(env_ts(), S(s));
  return std::string(str_utf8(r.get()));
}

}  // namespace

TEST_CASE("compact kinds pick the narrowest storage") {
  env_ts();
  Ref a = new_str("hello");
  CHECK(S(a)->kind == 1);
  CHECK(S(a)->ascii);
  CHECK(S(a)->length == 5);
  Ref l1 = new_str("caf\xC3\xA9");  // café
  CHECK(S(l1)->kind == 1);
  CHECK_FALSE(S(l1)->ascii);
  CHECK(S(l1)->length == 4);
  Ref k2 = new_str("\xE2\x82\xAC 5");  // € 5
  CHECK(S(k2)->kind == 2);
  CHECK(S(k2)->length == 3);
  Ref k4 = new_str("a\xF0\x9F\x98\x80");  // a😀
  CHECK(S(k4)->kind == 4);
  CHECK(S(k4)->length == 2);
  Ref empty = new_str("");
  CHECK(S(empty)->length == 0);
}

TEST_CASE("indexing returns code points") {
  env_ts();
  Ref s = new_str("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z");  // aé€😀z
  Str* p = S(s);
  REQUIRE(p->length == 5);
  CHECK(p->kind == 4);
  CHECK(p->at(0) == 'a');
  CHECK(p->at(1) == 0xE9);
  CHECK(p->at(2) == 0x20AC);
  CHECK(p->at(3) == 0x1F600);
  CHECK(p->at(4) == 'z');
}

TEST_CASE("equal strings hash equally whatever way they were built") {
  env_ts();
  Ref a = new_str("\xE2\x82\xAC" "abc");  // €abc
  uint32_t cps[] = {0x20AC, 'a', 'b', 'c'};
  Ref b = new_str_from_codepoints(cps, 4);
  CHECK(str_equal(S(a), S(b)));
  CHECK(str_hash(S(a)) == str_hash(S(b)));
  // A slice of a wide string holding only ASCII narrows back to kind 1.
  Ref tail = str_substr(S(a), 1, 4);
  Ref ascii = new_str_ascii("abc");
  CHECK(S(tail)->kind == 1);
  CHECK(str_equal(S(tail), S(ascii)));
  CHECK(str_hash(S(tail)) == str_hash(S(ascii)));
  // Concatenation across kinds.
  Ref e = new_str("\xE2\x82\xAC");
  Ref cat = str_concat(env_ts(), S(e), S(ascii));
  CHECK(str_equal(S(cat), S(a)));
  CHECK(str_hash(S(cat)) == str_hash(S(a)));
  CHECK(str_hash(S(a)) != -1);
  CHECK_FALSE(str_equal(S(a), S(ascii)));
  CHECK(str_equal_ascii(S(ascii), "abc"));
}

TEST_CASE("UTF-8 round trips") {
  env_ts();
  const char* samples[] = {
      "", "plain ascii", "caf\xC3\xA9", "\xCE\xB1\xCE\xB2\xCE\xB3", "\xE2\x82\xAC\xE2\x82\xAC",
      "mix \xF0\x9F\x98\x80 and \xC3\xA9", "\xED\xA0\x80",  // a lone surrogate (WTF-8)
      "nul\0inside",
  };
  for (const char* sample : samples) {
    std::string in(sample);
    if (in == "nul") in = std::string("nul\0inside", 10);
    Ref s = new_str(in);
    CHECK(str_utf8(S(s)) == in);
    CHECK(str_utf8(S(s)) == in);  // second call hits the cache
  }
  Ref sur = new_str("\xED\xA0\x80");
  CHECK(S(sur)->length == 1);
  CHECK(S(sur)->at(0) == 0xD800);
}

TEST_CASE("invalid UTF-8 never crashes") {
  env_ts();
  const std::string bad[] = {"\xFF", "\xC3", "a\xE2\x82", "\xF0\x9F\x98", "\x80\x80", "\xC0\xAF", "\xF5\x80\x80\x80"};
  for (const auto& b : bad) {
    Ref s = new_str(b);
    REQUIRE(s);
    for (int64_t i = 0; i < S(s)->length; ++i) CHECK(S(s)->at(i) <= 0x10FFFF);
  }
  Ref one = new_str("\xFF");
  CHECK(S(one)->length == 1);
  CHECK(S(one)->at(0) == 0xFFFD);
}

TEST_CASE("repr uses CPython's quotes and escapes") {
  env_ts();
  CHECK(repr_utf8("abc") == "'abc'");
  CHECK(repr_utf8("it's") == "\"it's\"");
  CHECK(repr_utf8("both ' and \"") == "'both \\' and \"'");
  CHECK(repr_utf8("a\\b") == "'a\\\\b'");
  CHECK(repr_utf8("\t\n\r") == "'\\t\\n\\r'");
  CHECK(repr_utf8(std::string("\x00\x7f\x1b", 3)) == "'\\x00\\x7f\\x1b'");
  CHECK(repr_utf8("caf\xC3\xA9") == "'caf\xC3\xA9'");                  // printable kept
  CHECK(repr_utf8("\xC2\xA0") == "'\\xa0'");                          // NBSP is not printable
  CHECK(repr_utf8("\xE2\x80\x8B") == "'\\u200b'");                    // zero-width space
  CHECK(repr_utf8("\xF0\x9F\x98\x80") == "'\xF0\x9F\x98\x80'");        // emoji printable
  CHECK(repr_utf8("\xF3\xA0\x80\x81") == "'\\U000e0001'");            // language tag
  CHECK(repr_utf8("\xED\xA0\x80") == "'\\ud800'");                    // lone surrogate
  Ref s = new_str("caf\xC3\xA9\xE2\x82\xAC");
  Ref a = str_ascii_repr(env_ts(), S(s));
  CHECK(str_utf8(a.get()) == "'caf\\xe9\\u20ac'");
}

TEST_CASE("character database and case mapping") {
  uint32_t out[3];
  CHECK(uni_case_map(0xDF, CaseMap::Upper, out) == 2);  // ß -> SS
  CHECK(out[0] == 'S');
  CHECK(out[1] == 'S');
  CHECK(uni_case_map(0x130, CaseMap::Lower, out) == 2);  // İ -> i̇
  CHECK(out[0] == 'i');
  CHECK(out[1] == 0x307);
  CHECK(uni_case_map(0x3A3, CaseMap::Lower, out) == 1);  // Σ -> σ (context-free)
  CHECK(out[0] == 0x3C3);
  CHECK(uni_case_map(0x416, CaseMap::Lower, out) == 1);  // Ж -> ж
  CHECK(out[0] == 0x436);
  CHECK(uni_case_map(0x1C6, CaseMap::Title, out) == 1);  // ǆ -> ǅ
  CHECK(out[0] == 0x1C5);
  CHECK(uni_case_map(0xDF, CaseMap::Fold, out) == 2);    // ß casefolds to ss
  CHECK(uni_isspace(0x85));
  CHECK(uni_isspace(0x3000));
  CHECK(uni_isspace(0x1C));
  CHECK_FALSE(uni_isspace(0x200B));
  CHECK(uni_isdecimal(0x663));   // ARABIC-INDIC DIGIT THREE
  CHECK(uni_decimal_value(0x663) == 3);
  CHECK(uni_isdigit(0xB2));      // ²
  CHECK_FALSE(uni_isdecimal(0xB2));
  CHECK(uni_isnumeric(0x2155));  // ⅕
  CHECK(uni_isalpha(0x3B1));
  CHECK(uni_is_xid_start(0x3B1));
  CHECK_FALSE(uni_is_xid_start('1'));
  CHECK(uni_is_xid_continue('1'));
  CHECK(uni_isprintable(' '));
  CHECK_FALSE(uni_isprintable(0xA0));
  CHECK(uni_is_linebreak(0x2028));
}

TEST_CASE("codecs on valid input") {
  ThreadState* ts = env_ts();
  Ref s = codec_decode(ts, "caf\xC3\xA9", 5, "utf-8", "strict");
  REQUIRE(s);
  CHECK(S(s)->length == 4);
  Ref l = codec_decode(ts, "caf\xE9", 4, "latin-1", "strict");
  REQUIRE(l);
  CHECK(str_equal(S(s), S(l)));
  Ref u16 = codec_encode(ts, S(s), "utf-16-le", "strict");
  REQUIRE(u16);
  Bytes* b = u16.as<Bytes>();
  CHECK(b->length == 8);
  Ref back = codec_decode(ts, b->data, size_t(b->length), "UTF-16LE", "strict");
  REQUIRE(back);
  CHECK(str_equal(S(back), S(s)));
  Ref ignored = codec_decode(ts, "a\xFF" "b", 3, "utf-8", "ignore");
  REQUIRE(ignored);
  CHECK(str_utf8(ignored.get()) == "ab");
  Ref esc = codec_decode(ts, "a\xFF", 2, "utf8", "surrogateescape");
  REQUIRE(esc);
  CHECK(S(esc)->at(1) == 0xDCFF);
  Ref again = codec_encode(ts, S(esc), "utf-8", "surrogateescape");
  REQUIRE(again);
  CHECK(std::string_view(again.as<Bytes>()->data, 2) == "a\xFF");
  CHECK(codec_canonical_name("UTF8") == "utf-8");
  CHECK(codec_canonical_name("ISO-8859-1") == "latin-1");
  CHECK(codec_canonical_name("nope") == "");
}

TEST_CASE("interning is unique and safe from two threads") {
  ThreadState* main_ts = env_ts();
  Interpreter* interp = main_ts->interp;
  constexpr int kNames = 500;
  std::vector<Str*> seen[2];
  auto worker = [&](int which) {
    ThreadState* ts = new_thread_state(interp);
    for (int i = 0; i < kNames; ++i) {
      std::string name = "name_" + std::to_string(i);
      seen[which].push_back(intern_str(ts, name));
    }
    delete_thread_state(ts);
  };
  std::thread t0(worker, 0), t1(worker, 1);
  t0.join();
  t1.join();
  set_current_thread_state(main_ts);
  for (int i = 0; i < kNames; ++i) {
    REQUIRE(seen[0][i] != nullptr);
    CHECK(seen[0][i] == seen[1][i]);
    CHECK(seen[0][i]->interned);
    CHECK(seen[0][i]->is_immortal());
    CHECK(str_equal_ascii(seen[0][i], "name_" + std::to_string(i)));
  }
  // The main thread sees the same objects; ident() caches by address.
  CHECK(intern_str(main_ts, "name_7") == seen[0][7]);
  static const char kIdent[] = "__weft_test_ident__";
  Str* a = ident(main_ts, kIdent);
  Str* b = ident(main_ts, kIdent);
  CHECK(a == b);
  CHECK(a == intern_str(main_ts, "__weft_test_ident__"));
  // Interning an existing non-interned string returns the table's object.
  Ref fresh = new_str("name_3");
  Ref interned = intern_str_ref(main_ts, std::move(fresh));
  CHECK(interned.obj() == seen[0][3]);
}

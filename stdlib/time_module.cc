// The time module: clocks, sleep (detached, interruptible by Ctrl-C) and the
// struct_time conversions.
#include <ctime>
#include <cerrno>
#include <cmath>
#include <string>

#include "core/runtime/abstract.h"
#include "core/types/func.h"
#include "core/vm/eval.h"
#include "stdlib/stdlib.h"
#include "stdlib/structseq.h"

namespace weft {
namespace {

StructSeqDesc struct_time_desc;

int64_t clock_ns(clockid_t id) {
  timespec t;
  clock_gettime(id, &t);
  return int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

Ref seconds(clockid_t id) { return new_float(static_cast<double>(clock_ns(id)) * 1e-9); }

Ref time_time(ThreadState*, Value, const Value*, size_t, Tuple*) { return seconds(CLOCK_REALTIME); }
Ref time_time_ns(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_int(clock_ns(CLOCK_REALTIME)); }
Ref time_monotonic(ThreadState*, Value, const Value*, size_t, Tuple*) { return seconds(CLOCK_MONOTONIC); }
Ref time_monotonic_ns(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_int(clock_ns(CLOCK_MONOTONIC)); }
Ref time_process_time(ThreadState*, Value, const Value*, size_t, Tuple*) { return seconds(CLOCK_PROCESS_CPUTIME_ID); }
Ref time_process_time_ns(ThreadState*, Value, const Value*, size_t, Tuple*) { return new_int(clock_ns(CLOCK_PROCESS_CPUTIME_ID)); }
Ref time_thread_time(ThreadState*, Value, const Value*, size_t, Tuple*) { return seconds(CLOCK_THREAD_CPUTIME_ID); }

Ref time_sleep(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "sleep", args, nargs, kw, {"secs"}, 1, &v, 1)) return nullptr;
  double secs;
  if (!to_double(ts, v, &secs)) return nullptr;
  if (secs < 0) {
    set_error(ts, &ValueError_type, "sleep length must be non-negative");
    return nullptr;
  }
  if (std::isnan(secs)) {
    set_error(ts, &ValueError_type, "Invalid value NaN (not a number)");
    return nullptr;
  }
  int64_t deadline = clock_ns(CLOCK_MONOTONIC) + static_cast<int64_t>(secs * 1e9);
  for (;;) {
    int64_t left = deadline - clock_ns(CLOCK_MONOTONIC);
    if (left <= 0) break;
    // Sleep in slices so Ctrl-C and stop-the-world requests are seen promptly.
    int64_t slice = left < 50000000 ? left : 50000000;
    timespec req{static_cast<time_t>(slice / 1000000000), static_cast<long>(slice % 1000000000)};
    {
      DetachScope detached(ts);
      nanosleep(&req, nullptr);
    }
    if (poll_eval_breaker(ts) < 0) return nullptr;
  }
  return new_none();
}

bool to_time_t(ThreadState* ts, Value v, time_t* out) {
  if (!v || v == None()) {
    *out = time(nullptr);
    return true;
  }
  double d;
  if (!to_double(ts, v, &d)) return false;
  *out = static_cast<time_t>(std::floor(d));
  return true;
}

Ref struct_time_from_tm(ThreadState* ts, const tm& t, const char* zone_override = nullptr) {
  Ref zone = new_str(zone_override ? zone_override : t.tm_zone ? t.tm_zone : "UTC");
  Ref off = new_int(t.tm_gmtoff);
  Value vals[] = {Value::small_int(t.tm_year + 1900), Value::small_int(t.tm_mon + 1),
                  Value::small_int(t.tm_mday),        Value::small_int(t.tm_hour),
                  Value::small_int(t.tm_min),         Value::small_int(t.tm_sec),
                  Value::small_int((t.tm_wday + 6) % 7), Value::small_int(t.tm_yday + 1),
                  Value::small_int(t.tm_isdst),       zone.get(), off.get()};
  return new_structseq_from(ts, &struct_time_desc, vals, 11);
}

Ref time_gmtime(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "gmtime", args, nargs, kw, {"seconds"}, 0, &v, 1)) return nullptr;
  time_t t;
  if (!to_time_t(ts, v, &t)) return nullptr;
  tm out;
  gmtime_r(&t, &out);
  return struct_time_from_tm(ts, out, "UTC");  // CPython names it UTC, glibc GMT
}

Ref time_localtime(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "localtime", args, nargs, kw, {"seconds"}, 0, &v, 1)) return nullptr;
  time_t t;
  if (!to_time_t(ts, v, &t)) return nullptr;
  tm out;
  localtime_r(&t, &out);
  return struct_time_from_tm(ts, out);
}

// A struct_time or 9-tuple to struct tm.
bool tm_from_value(ThreadState* ts, Value v, tm* out) {
  Ref t = sequence_to_tuple(ts, v);
  if (!t) return false;
  Tuple* tt = t.as<Tuple>();
  if (tt->length < 9) {
    set_error(ts, &TypeError_type, "function takes exactly 9 arguments");
    return false;
  }
  int64_t f[9];
  for (int i = 0; i < 9; ++i)
    if (!int_to_i64(ts, tt->items[i], &f[i])) return false;
  *out = tm{};
  out->tm_year = static_cast<int>(f[0] - 1900);
  out->tm_mon = static_cast<int>(f[1] - 1);
  out->tm_mday = static_cast<int>(f[2]);
  out->tm_hour = static_cast<int>(f[3]);
  out->tm_min = static_cast<int>(f[4]);
  out->tm_sec = static_cast<int>(f[5]);
  out->tm_wday = static_cast<int>((f[6] + 1) % 7);
  out->tm_yday = static_cast<int>(f[7] - 1);
  out->tm_isdst = static_cast<int>(f[8]);
  return true;
}

Ref time_mktime(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "mktime", args, nargs, kw, {"t"}, 1, &v, 1)) return nullptr;
  tm t;
  if (!tm_from_value(ts, v, &t)) return nullptr;
  return new_float(static_cast<double>(mktime(&t)));
}

Ref time_strftime(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  if (!parse_args(ts, "strftime", args, nargs, kw, {"format", "t"}, 1, v, 2)) return nullptr;
  if (!is_str(v[0])) {
    set_errorf(ts, &TypeError_type, "strftime() argument 1 must be str, not %s", type_name(v[0]));
    return nullptr;
  }
  tm t;
  if (v[1]) {
    if (!tm_from_value(ts, v[1], &t)) return nullptr;
  } else {
    time_t now = time(nullptr);
    localtime_r(&now, &t);
  }
  std::string fmt(str_utf8(v[0]));
  if (fmt.empty()) return new_str_ascii("");
  std::string buf(256 + fmt.size() * 8, '\0');
  size_t n = strftime(buf.data(), buf.size(), fmt.c_str(), &t);
  buf.resize(n);
  return new_str(buf);
}

Ref time_asctime(ThreadState* ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "asctime", args, nargs, kw, {"t"}, 0, &v, 1)) return nullptr;
  tm t;
  if (v) {
    if (!tm_from_value(ts, v, &t)) return nullptr;
  } else {
    time_t now = time(nullptr);
    localtime_r(&now, &t);
  }
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return str_from_format("%s %s %2d %02d:%02d:%02d %d", kDays[(t.tm_wday + 7) % 7],
                         kMonths[(t.tm_mon + 12) % 12], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                         t.tm_year + 1900);
}

Ref time_ctime(ThreadState* ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  if (!parse_args(ts, "ctime", args, nargs, kw, {"seconds"}, 0, &v, 1)) return nullptr;
  time_t t;
  if (!to_time_t(ts, v, &t)) return nullptr;
  tm lt;
  localtime_r(&t, &lt);
  Ref st = struct_time_from_tm(ts, lt);
  if (!st) return nullptr;
  Value a = st.get();
  return time_asctime(ts, self, &a, 1, nullptr);
}

const MethodDef time_functions[] = {
    {"time", time_time, kMethStatic, nullptr},
    {"time_ns", time_time_ns, kMethStatic, nullptr},
    {"perf_counter", time_monotonic, kMethStatic, nullptr},
    {"perf_counter_ns", time_monotonic_ns, kMethStatic, nullptr},
    {"monotonic", time_monotonic, kMethStatic, nullptr},
    {"monotonic_ns", time_monotonic_ns, kMethStatic, nullptr},
    {"process_time", time_process_time, kMethStatic, nullptr},
    {"process_time_ns", time_process_time_ns, kMethStatic, nullptr},
    {"thread_time", time_thread_time, kMethStatic, nullptr},
    {"sleep", time_sleep, kMethStatic, nullptr},
    {"gmtime", time_gmtime, kMethStatic, nullptr},
    {"localtime", time_localtime, kMethStatic, nullptr},
    {"mktime", time_mktime, kMethStatic, nullptr},
    {"strftime", time_strftime, kMethStatic, nullptr},
    {"asctime", time_asctime, kMethStatic, nullptr},
    {"ctime", time_ctime, kMethStatic, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void setup_time_types() {
  setup_structseq_type(&struct_time_desc, "time.struct_time", "time.struct_time",
                       {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                        "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"},
                       9);
}

Ref make_time_module(ThreadState* ts) {
  Ref mod = new_module(ts, "time");
  if (!mod) return nullptr;
  Dict* d = module_dict(mod.get());
  for (const MethodDef* m = time_functions; m->name; ++m) {
    Ref fn = new_native_function(m, mod.get());
    if (!fn || dict_set_str(ts, d, m->name, fn.get()) < 0) return nullptr;
  }
  tzset();
  Ref tz0 = new_str(tzname[0]), tz1 = new_str(tzname[1]);
  Ref names = new_tuple({tz0.get(), tz1.get()});
  Ref tz = new_int(timezone);
  if (dict_set_str(ts, d, "struct_time", Value(&struct_time_desc.type)) < 0 ||
      dict_set_str(ts, d, "tzname", names.get()) < 0 || dict_set_str(ts, d, "timezone", tz.get()) < 0 ||
      dict_set_str(ts, d, "altzone", tz.get()) < 0 ||
      dict_set_str(ts, d, "daylight", Value::small_int(daylight)) < 0)
    return nullptr;
  return mod;
}

}  // namespace weft

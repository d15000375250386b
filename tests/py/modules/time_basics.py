# time module: deterministic conversions (UTC only) and monotonic properties.
import time, calendar
t0 = time.gmtime(0)
print(t0, tuple(t0), t0.tm_year, t0.tm_wday, t0.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", t0), time.asctime(t0), time.strftime("%a %b %d %j", time.gmtime(86400 * 365)))
g = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%dT%H:%M:%SZ", g), calendar.timegm(g), g.tm_isdst)
st = time.strptime("2024-02-29 12:34:56", "%Y-%m-%d %H:%M:%S")
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, calendar.timegm(st))
a = time.monotonic()
b = time.monotonic()
print(b >= a, time.time() > 1.6e9, isinstance(time.time_ns(), int), time.perf_counter() <= time.perf_counter())
print(time.sleep(0), type(time.process_time()).__name__)
print(calendar.isleap(2024), calendar.isleap(1900), calendar.monthrange(2024, 2), calendar.weekday(2000, 1, 1), calendar.leapdays(1900, 2000))
print(calendar.month(2024, 2))
try:
    time.strptime("bad", "%Y")
except ValueError as e:
    print("ValueError", e)
print(time.gmtime(-86400)[:6], time.strftime("%%|%y|%I %p", time.gmtime(3600 * 13)))

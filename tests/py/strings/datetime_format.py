# Deterministic datetime/date/time formatting (fixed values, no clock).
import datetime as dt
d = dt.datetime(2024, 2, 29, 13, 5, 9, 123456)
print(d, repr(d), d.isoformat(), d.date(), d.time(), d.isoformat(sep=" ", timespec="seconds"))
print(d.strftime("%Y-%m-%d %H:%M:%S"), d.strftime("%y %j %U %w %a %A %b %B %I %p %f %%"))
print(f"{d:%d/%m/%Y}", "{:%H:%M}".format(d), format(d, "%Y"), format(d, ""))
print(dt.date(2000, 1, 1).isoformat(), dt.date(2000, 1, 1).weekday(), dt.date(2000, 1, 1).isoweekday(), dt.date(2000, 1, 1).isocalendar())
print(dt.date(2024, 3, 1) - dt.date(2024, 2, 1), dt.date(2024, 1, 31) + dt.timedelta(days=30))
td = dt.timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), dt.timedelta(seconds=-1), dt.timedelta(weeks=2), dt.timedelta(microseconds=1))
print(dt.datetime.fromisoformat("2021-06-15T08:30:00"), dt.datetime.strptime("03/04/22 17:00", "%d/%m/%y %H:%M"))
print(dt.time(9, 30), dt.time(23, 59, 59, 999999).isoformat(), dt.time(0).strftime("%H|%M"))
print(dt.date.fromordinal(738000), dt.date(2024, 1, 1).toordinal(), dt.date(2023, 12, 31).timetuple().tm_yday)
tz = dt.timezone(dt.timedelta(hours=5, minutes=30))
aware = dt.datetime(2024, 1, 1, 12, tzinfo=tz)
print(aware, aware.utcoffset(), aware.astimezone(dt.timezone.utc), aware.tzname(), dt.timezone.utc)
print(dt.datetime(2024, 1, 1) < dt.datetime(2024, 1, 2), max(dt.date(2020, 5, 1), dt.date(2019, 12, 31)))
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print("ValueError", e)
try:
    dt.datetime(2024, 1, 1) - aware
except TypeError as e:
    print("TypeError", e)

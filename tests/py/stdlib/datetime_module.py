"""datetime: reprs, timedelta rounding, arithmetic, isoformat/fromisoformat, strftime/strptime, timezones."""
import datetime as d
from datetime import date, time, datetime, timedelta, timezone
print(repr(d.timezone.utc), repr(d.timezone(d.timedelta(hours=1))), repr(d.timezone(d.timedelta(hours=-1, minutes=-30), 'X')), str(d.timezone(d.timedelta(hours=5, minutes=30))), str(d.timezone(d.timedelta(seconds=-1))), d.timezone(d.timedelta(0)), d.timezone(d.timedelta(hours=1)).tzname(None), repr(timezone.min), repr(timezone.max), repr(timezone(timedelta(0), 'UTC')))
print(repr(d.date(2020,1,1).isocalendar()), d.date(2020,1,1).isocalendar()[1], repr(d.datetime(2020,1,1,12,0)), repr(d.datetime(2020,1,1,12,0,5,7, tzinfo=d.timezone.utc)), repr(d.time(1,2,3,4, fold=1)), repr(d.datetime(2020,1,1, fold=1)))
print(d.datetime(2020,5,17,13,4,5,123, tzinfo=d.timezone(d.timedelta(hours=-3))).isoformat(), d.time(1,2).isoformat('milliseconds'), str(d.datetime(1,1,1)), d.datetime.min, d.datetime.max, d.time.max, d.date.min, d.timedelta.min, d.timedelta.max, d.timedelta.resolution)
print(repr(d.timedelta(days=-1, seconds=5)), str(d.timedelta(days=-3, hours=-5)), str(d.timedelta(microseconds=-1)), d.timedelta(1.5, 0.25, 0.5), d.timedelta(seconds=0.0000015), d.timedelta(microseconds=0.5), d.timedelta(microseconds=1.5), d.timedelta(weeks=1.1, days=0.3, hours=0.7, minutes=1.23456, seconds=7.654321, milliseconds=3.3, microseconds=0.7))
import random
r = random.Random(1)
for _ in range(300):
    args = [r.choice([0, r.randint(-1000, 1000), r.uniform(-1000, 1000), r.uniform(-1, 1)]) for _ in range(7)]
    try: print(repr(timedelta(*args)))
    except Exception as e: print(type(e).__name__, e)
t1 = timedelta(days=3, hours=4, microseconds=7)
print(t1 * 3, t1 * 0.3, 0.7 * t1, t1 / 3, t1 / 0.7, t1 / timedelta(hours=1), t1 // timedelta(hours=5), t1 // 7, t1 % timedelta(hours=5), divmod(t1, timedelta(hours=7)), -t1, abs(-t1), t1.total_seconds(), t1 == timedelta(3, 14400, 7), t1 > timedelta(3), bool(timedelta(0)), hash(t1) == hash(timedelta(3, 14400, 7)))
dt = datetime(2021, 3, 14, 15, 9, 26, 535897)
print(dt + timedelta(days=400, seconds=86399), dt - timedelta(weeks=1000), dt - datetime(2000, 1, 1), dt.date(), dt.time(), dt.timetz(), dt.replace(year=2024, microsecond=0), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal(), dt.timetuple(), dt.utctimetuple(), dt.ctime(), dt.isoformat(' ', 'seconds'), dt.isoformat(timespec='hours'), dt.isoformat(timespec='minutes'), dt.isoformat(timespec='milliseconds'))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %U %W %w %y %p %I %% %Z|%z'), f"{dt:%d/%m/%Y}", format(dt), f"{date(2020, 2, 3):%A %d %B}", time(13, 5).strftime('%H:%M %p'))
tz = timezone(timedelta(hours=5, minutes=30))
adt = datetime(2021, 3, 14, 15, 9, tzinfo=tz)
print(adt, adt.utcoffset(), adt.tzname(), adt.dst(), adt.astimezone(timezone.utc), adt.timestamp(), adt.strftime('%z %Z'), datetime(2021,1,1,tzinfo=timezone(-timedelta(hours=1, seconds=30))).strftime('%z'), adt == adt.astimezone(timezone.utc), adt - datetime(2021, 3, 14, tzinfo=timezone.utc))
print(datetime.fromtimestamp(1600000000, timezone.utc), datetime.utcfromtimestamp(1600000000.5), datetime.fromtimestamp(0, tz), datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp(), date.fromordinal(737000), date.fromisocalendar(2020, 53, 7), datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=tz)), date(2020, 3, 1) - date(2019, 3, 1), date(2020, 1, 31) + timedelta(days=30))
for s in ['2020-13-01', '2020010100', '2020-W53', '2021-W53', '2020-W01-8', '0000-01-01', '2020-01-01T25:00', '2020-01-01T12:00:00.', '2020-01-01T12', '2020-01-01 12:30:45.1234567+05:30', '2020-01-01T12:30Z', '2020-01-01T1230', '2020-01-01T12:30:45,5', '2020-01-01T12:30+24:00', '2020-01-01é12:00', '2020-W01-1T10', '2020W0110', '2020W011T10:00', '2020-01-01T12:30:45+0530', '2020-01-01T12:30:45-00:00:30.5', '2020-01-01T12:00:00Zx', '2020-01-01T12:00:00+05', '2020-01-01T', '20200101T120000', '2020-01-01T12:0', '2020-01-01T12:00:0', '2020-01-01T12:00:00.12345', '2020-01-01T12::00', '20200101 12:00', '2020-0101', '12:30', 'T12:30:00', '123000', '12:30:00:5', '1200001', '2020-W011', '2020-W01-1', '2020W011', '2020-02-30', 'x', '', '2020-01-01T12:30:45.123+01:00:30', '2020-W52-7T23:59:59.999999-23:59']:
    for f in (datetime.fromisoformat, date.fromisoformat, time.fromisoformat):
        try: res = repr(f(s))
        except Exception as e: res = type(e).__name__ + ':' + str(e)
        print(f.__self__.__name__, repr(s), res)
for e in [lambda: d.date(0,1,1), lambda: d.date(2020,13,1), lambda: d.date(2020,2,30), lambda: d.time(24), lambda: d.time(1,60), lambda: d.time(1,1,60), lambda: d.time(1,1,1,1000000), lambda: d.timedelta(days=1e9), lambda: d.timezone(d.timedelta(hours=24)), lambda: d.datetime(2020,1,1) < d.datetime(2020,1,1,tzinfo=d.timezone.utc), lambda: d.datetime(2020,1,1) - d.datetime(2020,1,1,tzinfo=d.timezone.utc), lambda: d.date.fromisoformat('2020-1-1'), lambda: d.timedelta('1'), lambda: d.datetime(2020,1,1) == d.datetime(2020,1,1,tzinfo=d.timezone.utc), lambda: d.date(2020, 1.0, 1), lambda: d.date.max + d.timedelta(1), lambda: datetime(2020, 1, 1) < date(2020, 1, 1), lambda: datetime(2020,1,1) == date(2020,1,1), lambda: date(2020,1,1) == datetime(2020,1,1), lambda: timezone(1), lambda: timezone(timedelta(0), 5), lambda: time(1, tzinfo=5), lambda: date.fromordinal(0), lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2021, 1, 0), lambda: time(fold=2), lambda: date(2020, 1, 1).strftime(5), lambda: datetime(2020,1,1).isoformat(timespec='bad'), lambda: time(1) < time(2, tzinfo=timezone.utc), lambda: time(1) == time(1, tzinfo=timezone.utc)]:
    try: print(e())
    except Exception as ex: print(type(ex).__name__, ex)
for s, f in [('2020-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), ('02/01/20', '%d/%m/%y'), ('Jan 5 2021 10:11PM', '%b %d %Y %I:%M%p'), ('Monday, March 01, 2021', '%A, %B %d, %Y'), ('2021-03-01T10:00:00.5+0100', '%Y-%m-%dT%H:%M:%S.%f%z'), ('2021-03-01 10:00 Z', '%Y-%m-%d %H:%M %z'), ('2021 10', '%Y %j'), ('2021 05 3', '%Y %W %w'), ('2021 05 3', '%Y %U %w'), ('2020-W10-3', '%G-W%V-%u'), ('10:00', '%H:%M'), ('2020', '%Y %m'), ('2020-01-01x', '%Y-%m-%d'), ('12 am', '%I %p'), ('12 pm', '%I %p'), ('  5', '%d'), ('Feb 29', '%b %d'), ('1999', '%Y%'), ('x', '%Q'), ('31/12/1999 23:59:59 UTC', '%d/%m/%Y %H:%M:%S %Z'), ('2020-01-01 10:00 +05:30:15', '%Y-%m-%d %H:%M %z'), ('Thu Jan  1 00:00:00 1970', '%c'), ('01/02/03', '%x'), ('1', '%m'), ('112020', '%d%m%Y'), ('2020-1-2', '%Y-%m-%d'), ('JANUARY 1 2020', '%B %d %Y')]:
    try: print(repr(datetime.strptime(s, f)))
    except Exception as e: print(type(e).__name__, e)
print(hash(adt) == hash(adt.astimezone(timezone.utc)), len({dt, dt.replace(microsecond=dt.microsecond), adt}), dt.__reduce__()[0], date(2020,1,1).__reduce__())
class MyTZ(d.tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def tzname(self, dt): return 'EST'
    def dst(self, dt): return timedelta(0)
x = datetime(2020, 6, 1, 12, tzinfo=MyTZ())
print(x, x.astimezone(timezone.utc), x.tzname(), timezone.utc.fromutc(datetime(2020,1,1,tzinfo=timezone.utc)), x.utctimetuple())
try: d.tzinfo().utcoffset(None)
except NotImplementedError as e: print(e)
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]), max(time(1), time(23, 59)), date(2020,1,1) < date(2020,1,2), time(12, 0, tzinfo=tz) < time(7, 0, tzinfo=timezone.utc))
print(d.MINYEAR, d.MAXYEAR, d.UTC is timezone.utc, d.datetime.resolution, d.date.resolution, d.time.resolution)

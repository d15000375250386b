"""weft's datetime: dates, times, time deltas and time zones.

Written for weft from the documented behaviour of CPython 3.11 (whose
datetime is implemented in C): the same constructors and checks, reprs
(`datetime.datetime(2020, 1, 1, 12, 0)`), str()/isoformat() output,
fromisoformat() formats, timedelta arithmetic with CPython's exact
rounding (round-half-even on microseconds), and strftime via
time.strftime.  strptime supports the common directives.
"""
import time as _time
import sys

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    """year, month, day -> ordinal, considering 01-Jan-0001 as day 1."""
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)  # days in 400 years
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """ordinal -> (year, month, day), considering 01-Jan-0001 as day 1."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # the last day of a leap cycle: Dec 31 of the previous year
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_DAYNAMES = [None, 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


def _format_time(hh, mm, ss, us, timespec='auto'):
    specs = {
        'hours': '{:02d}',
        'minutes': '{:02d}:{:02d}',
        'seconds': '{:02d}:{:02d}:{:02d}',
        'milliseconds': '{:02d}:{:02d}:{:02d}.{:03d}',
        'microseconds': '{:02d}:{:02d}:{:02d}.{:06d}',
    }
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError('Unknown timespec value')
    return fmt.format(hh, mm, ss, us)


def _format_offset(off):
    s = ''
    if off is not None:
        if off.days < 0:
            sign = '-'
            off = -off
        else:
            sign = '+'
        hh, mm = divmod(off, timedelta(hours=1))
        mm, ss = divmod(mm, timedelta(minutes=1))
        s += '%s%02d:%02d' % (sign, hh, mm)
        if ss or ss.microseconds:
            s += ':%02d' % ss.seconds
            if ss.microseconds:
                s += '.%06d' % ss.microseconds
    return s


def _wrap_strftime(object, format, timetuple):
    """Handle %z, %Z and %f ourselves; hand the rest to time.strftime."""
    freplace = None
    zreplace = None
    Zreplace = None
    newformat = []
    i, n = 0, len(format)
    while i < n:
        ch = format[i]
        i += 1
        if ch == '%':
            if i < n:
                ch = format[i]
                i += 1
                if ch == 'f':
                    if freplace is None:
                        freplace = '%06d' % getattr(object, 'microsecond', 0)
                    newformat.append(freplace)
                elif ch == 'z':
                    if zreplace is None:
                        zreplace = ''
                        if hasattr(object, 'utcoffset'):
                            offset = object.utcoffset()
                            if offset is not None:
                                sign = '+'
                                if offset.days < 0:
                                    offset = -offset
                                    sign = '-'
                                h, rest = divmod(offset, timedelta(hours=1))
                                m, rest = divmod(rest, timedelta(minutes=1))
                                s = rest.seconds
                                u = offset.microseconds
                                if u:
                                    zreplace = '%c%02d%02d%02d.%06d' % (sign, h, m, s, u)
                                elif s:
                                    zreplace = '%c%02d%02d%02d' % (sign, h, m, s)
                                else:
                                    zreplace = '%c%02d%02d' % (sign, h, m)
                    newformat.append(zreplace)
                elif ch == 'Z':
                    if Zreplace is None:
                        Zreplace = ''
                        if hasattr(object, 'tzname'):
                            s = object.tzname()
                            if s is not None:
                                # strftime is going to have at this: escape %
                                Zreplace = s.replace('%', '%%')
                    newformat.append(Zreplace)
                else:
                    newformat.append('%')
                    newformat.append(ch)
            else:
                newformat.append('%')
        else:
            newformat.append(ch)
    return _time.strftime(''.join(newformat), timetuple)


# ---- argument checks --------------------------------------------------------------

def _check_int_field(value):
    # like operator.index(), with its error message
    if isinstance(value, int):
        return value
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    value = index(value)
    if not isinstance(value, int):
        raise TypeError('__index__ returned non-int (type %s)' % type(value).__name__)
    return value


def _check_date_fields(year, month, day):
    year = _check_int_field(year)
    month = _check_int_field(month)
    day = _check_int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %i is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int_field(hour)
    minute = _check_int_field(minute)
    second = _check_int_field(second)
    microsecond = _check_int_field(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _check_utc_offset(name, offset):
    assert name in ('utcoffset', 'dst')
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not \'%s\''
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')


def _type_name(obj):
    # the name CPython's C types carry: 'datetime.date' for this module's classes
    cls = type(obj)
    if cls.__module__ == __name__:
        return 'datetime.' + cls.__qualname__
    return cls.__name__


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_type_name(x), _type_name(y)))


def _divide_and_round(a, b):
    """a / b rounded to the nearest integer, half to even."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _modf(x):
    """math.modf for finite floats: (fractional part, integral part)."""
    whole = float(int(x))
    return x - whole, whole


def _round_half_away(x):
    # C's round(): halves go away from zero
    i = int(x)
    if abs(x - i) >= 0.5:
        i += 1 if x > 0 else -1
    return float(i)


# ---- timedelta ------------------------------------------------------------------

_US_PER_DAY = 86400 * 10 ** 6


def _accumulate_component(name, total, value, factor, leftover):
    """Add value * factor microseconds to total exactly for ints; floats
    contribute their whole microseconds here and the fraction to leftover."""
    if isinstance(value, int):
        return total + value * factor, leftover
    if isinstance(value, float):
        fracpart, intpart = _modf(value)
        total += int(intpart) * factor
        if fracpart == 0.0:
            return total, leftover
        fracpart, intpart = _modf(float(factor) * fracpart)
        return total + int(intpart), leftover + fracpart
    raise TypeError('unsupported type for timedelta %s component: %s'
                    % (name, type(value).__name__))


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
    hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = '_days', '_seconds', '_microseconds', '_hashcode'

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        us = 0
        leftover = 0.0
        for name, value, factor in (('microseconds', microseconds, 1),
                                    ('milliseconds', milliseconds, 1000),
                                    ('seconds', seconds, 10 ** 6),
                                    ('minutes', minutes, 60 * 10 ** 6),
                                    ('hours', hours, 3600 * 10 ** 6),
                                    ('days', days, _US_PER_DAY),
                                    ('weeks', weeks, 7 * _US_PER_DAY)):
            us, leftover = _accumulate_component(name, us, value, factor, leftover)
        if leftover:
            whole = _round_half_away(leftover)
            if abs(whole - leftover) == 0.5:
                # exactly halfway: round half to even on the total
                odd = us & 1
                whole = 2.0 * _round_half_away((leftover + odd) * 0.5) - odd
            us += int(whole)
        return cls._from_microseconds(us)

    @classmethod
    def _from_microseconds(cls, us):
        seconds, microseconds = divmod(us, 10 ** 6)
        days, seconds = divmod(seconds, 86400)
        if abs(days) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 10 ** 6 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                              ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            s = '%d day%s, ' % (self._days, plural) + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10 ** 6

    @property
    def days(self):
        """days"""
        return self._days

    @property
    def seconds(self):
        """seconds"""
        return self._seconds

    @property
    def microseconds(self):
        """microseconds"""
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        if self._days < 0:
            return -self
        return self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_and_round(usec, other))
        a, b = other.as_integer_ratio()
        return timedelta._from_microseconds(_divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            r = self._to_microseconds() % other._to_microseconds()
            return timedelta._from_microseconds(r)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() == other._getstate()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() <= other._getstate()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() < other._getstate()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() >= other._getstate()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() > other._getstate()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, self._getstate())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- ISO 8601 parsing, on the UTF-8 bytes like CPython's C code ---------------

def _byte(b, i):
    # the byte at i, or 0 past the end (like reading a NUL-terminated string)
    return b[i] if 0 <= i < len(b) else 0


def _is_digit_byte(c):
    return 48 <= c <= 57


def _parse_digits(b, i, count):
    """(value, new index) for exactly `count` ASCII digits at i, else None."""
    value = 0
    for k in range(count):
        c = _byte(b, i + k)
        if not _is_digit_byte(c):
            return None
        value = value * 10 + (c - 48)
    return value, i + count


def _iso_to_ymd(iso_year, iso_week, iso_day):
    """(year, month, day) for an ISO calendar date, or None if invalid."""
    if not 0 < iso_week < 53:
        out_of_range = True
        if iso_week == 53:
            first_weekday = (_ymd2ord(iso_year, 1, 1) + 6) % 7 if iso_year >= 1 else None
            if first_weekday == 3 or (first_weekday == 2 and _is_leap(iso_year)):
                out_of_range = False
        if out_of_range:
            return None
    if not 0 < iso_day < 8:
        return None
    if not MINYEAR <= iso_year <= MAXYEAR:
        return None
    ordinal = _isoweek1monday(iso_year) + (iso_week - 1) * 7 + iso_day - 1
    if not 1 <= ordinal <= _MAXORDINAL:
        return None
    return _ord2ymd(ordinal)


def _parse_isoformat_date(b, length):
    """(year, month, day) from the first `length` bytes, or None."""
    r = _parse_digits(b, 0, 4)
    if r is None:
        return None
    year, i = r
    uses_separator = _byte(b, i) == 45  # '-'
    if uses_separator:
        i += 1
    if _byte(b, i) == 87:  # 'W': an ISO calendar date
        i += 1
        r = _parse_digits(b, i, 2)
        if r is None:
            return None
        week, i = r
        day = 1
        if i < length:
            if uses_separator:
                if _byte(b, i) != 45:
                    return None
                i += 1
            r = _parse_digits(b, i, 1)
            if r is None:
                return None
            day, i = r
        return _iso_to_ymd(year, week, day)
    r = _parse_digits(b, i, 2)
    if r is None:
        return None
    month, i = r
    if uses_separator:
        if _byte(b, i) != 45:
            return None
        i += 1
    r = _parse_digits(b, i, 2)
    if r is None:
        return None
    return year, month, r[0]


def _parse_hh_mm_ss_ff(b, start, end):
    """Parse [HH[:MM[:SS[.ffffff]]]] in b[start:end].  Returns
    (status, hour, minute, second, microsecond): status 0 when the text
    ended exactly, 1 when something follows, None when malformed."""
    values = [0, 0, 0]
    i = start
    has_separator = True
    fraction = False
    for k in range(3):
        r = _parse_digits(b, i, 2)
        if r is None:
            return None
        values[k], i = r
        c = _byte(b, i)
        i += 1
        if k == 0:
            has_separator = c == 58  # ':'
        if i >= end:
            return (1 if c != 0 else 0), values[0], values[1], values[2], 0
        if has_separator and c == 58:
            continue
        if c == 46 or c == 44:  # '.' or ','
            fraction = True
            break
        if not has_separator:
            i -= 1
        else:
            return None
    if not fraction and k == 2:
        # three fields without a fraction, but text remains
        pass
    to_parse = min(end - i, 6)
    if to_parse <= 0:
        return None
    r = _parse_digits(b, i, to_parse)
    if r is None:
        return None
    us, i = r
    us *= 10 ** (6 - to_parse)
    while _is_digit_byte(_byte(b, i)):
        i += 1
    return (1 if _byte(b, i) != 0 else 0), values[0], values[1], values[2], us


def _parse_isoformat_time(b, start):
    """Parse a time with optional UTC offset at b[start:].  Returns
    (hour, minute, second, microsecond, tzinfo) or None."""
    end = len(b)
    tz_pos = start
    while tz_pos < end and b[tz_pos] not in (90, 43, 45):  # 'Z' '+' '-'
        tz_pos += 1
    if tz_pos == start and tz_pos >= end:
        return None
    parsed = _parse_hh_mm_ss_ff(b, start, tz_pos)
    if parsed is None:
        return None
    status, hour, minute, second, us = parsed
    if tz_pos == end:
        if status == 1:
            return None
        return hour, minute, second, us, None
    if b[tz_pos] == 90:  # 'Z'
        if tz_pos + 1 != end:
            return None
        return hour, minute, second, us, timezone.utc
    sign = -1 if b[tz_pos] == 45 else 1
    parsed = _parse_hh_mm_ss_ff(b, tz_pos + 1, end)
    if parsed is None or parsed[0]:
        return None
    _, tzh, tzm, tzs, tzus = parsed
    offset = sign * (tzh * 3600 + tzm * 60 + tzs)
    tzus *= sign
    if offset == 0 and tzus == 0:
        tz = timezone.utc
    else:
        tz = timezone(timedelta(seconds=offset, microseconds=tzus))
    return hour, minute, second, us, tz


def _find_isoformat_datetime_separator(b):
    """Index of the date/time separator (the date part's length)."""
    n = len(b)
    if n == 7:
        return 7
    if _byte(b, 4) == 45:  # YYYY-...
        if _byte(b, 5) == 87:  # YYYY-Www...
            if n < 8:
                return -1
            if n > 8 and _byte(b, 8) == 45:
                if n == 9:
                    return -1
                if n > 10 and _is_digit_byte(_byte(b, 10)):
                    # YYYY-Www-HH...: the separator is the hyphen at 8
                    return 8
                return 10
            return 8
        return 10  # YYYY-MM-DD
    if _byte(b, 4) == 87:  # YYYYWww or YYYYWwwD
        idx = 7
        while idx < n and _is_digit_byte(b[idx]):
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8  # YYYYMMDD


def _iso_bytes(text, separator_positions=()):
    """text as UTF-8 bytes; a non-ASCII character in one of the possible
    separator positions becomes 'T' first (CPython allows any separator)."""
    if text.isascii():
        return text.encode('ascii')
    chars = list(text)
    for pos in separator_positions:
        if pos < len(chars) and not chars[pos].isascii():
            chars[pos] = 'T'
            break
    return ''.join(chars).encode('utf-8', 'surrogatepass')


def _invalid_isoformat(text):
    return ValueError(f'Invalid isoformat string: {text!r}')


def _isoweek1monday(year):
    # ordinal of the Monday starting ISO week 1 (the week with Jan 4th)
    THURSDAY = 3
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > THURSDAY:
        week1monday += 7
    return week1monday


# ---- date -------------------------------------------------------------------------

class date:
    """date(year, month, day) --> date object"""

    __slots__ = '_year', '_month', '_day', '_hashcode'

    def __new__(cls, year, month=None, day=None):
        if (month is None and isinstance(year, (bytes, str)) and len(year) == 4
                and 1 <= ord(year[2:3]) <= 12):
            # pickle support: the state is 4 bytes
            if isinstance(year, str):
                year = year.encode('latin1')
            self = object.__new__(cls)
            self._setstate(year)
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # ---- other constructors ----

    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)[:9]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Construct a date from time.time()."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (Jan 1 of
        year 1 is day 1)."""
        n = _check_int_field(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %i is out of range' % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            b = date_string.encode('utf-8')
        except UnicodeEncodeError:
            raise _invalid_isoformat(date_string) from None
        if len(b) not in (7, 8, 10):
            raise _invalid_isoformat(date_string)
        ymd = _parse_isoformat_date(b, len(b))
        if ymd is None:
            raise _invalid_isoformat(date_string)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f'Year is out of range: {year}')
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError(f'Invalid week: {week}')
        if not 0 < day < 8:
            raise ValueError(f'Invalid day: {day} (range is [1, 7])')
        ordinal = _isoweek1monday(year) + (week - 1) * 7 + (day - 1)
        return cls(*_ord2ymd(ordinal))

    # ---- conversions to string ----

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (self.__class__.__module__, self.__class__.__qualname__,
                                      self._year, self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        """Format using strftime()."""
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return the date formatted according to ISO: YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    # ---- fields ----

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal for the year, month and day."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # ---- comparisons and hashing ----

    def _cmp(self, other):
        y, m, d = self._year, self._month, self._day
        y2, m2, d2 = other._year, other._month, other._day
        return _cmp((y, m, d), (y2, m2, d2))

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate()[0])
        return self._hashcode

    # ---- arithmetic ----

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    # ---- pickling ----

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return bytes([yhi, ylo, self._month, self._day]),

    def _setstate(self, string):
        yhi, ylo, self._month, self._day = string
        self._year = yhi * 256 + ylo

    def __reduce__(self):
        return (self.__class__, self._getstate())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone info classes.

    Subclasses must override the tzname(), utcoffset() and dst() methods."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (self.__class__, args, self.__getstate__())


_tzinfo_class = tzinfo


class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return (f'{self.__class__.__module__}.{self.__class__.__name__}'
                f'(year={self[0]}, week={self[1]}, weekday={self[2]})')


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)


# ---- time -----------------------------------------------------------------------

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

    All arguments are optional. tzinfo may be None, or an instance of
    a tzinfo subclass. The remaining arguments may be ints."""

    __slots__ = '_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold'

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(hour, (bytes, str)) and len(hour) == 6 and ord(hour[0:1]) & 0x7F < 24):
            # pickle support
            if isinstance(hour, str):
                hour = hour.encode('latin1')
            self = object.__new__(cls)
            self._setstate(hour, minute or None)
            self._hashcode = -1
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # ---- comparisons ----

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2  # naive and aware are never equal
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._getstate()[0])
            else:
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(0, seconds, self._microsecond) - tzoff)
        return self._hashcode

    # ---- conversion to string ----

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s.%s(%d, %d%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                                 self._hour, self._minute, s)
        if self._tzinfo is not None:
            assert s[-1:] == ')'
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            assert s[-1:] == ')'
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """Return the time formatted according to ISO: HH:MM:SS.mmmmmm+zz:zz"""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        tz = self._tzstr()
        if tz:
            s += tz
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            b = time_string.encode('utf-8')
        except UnicodeEncodeError:
            raise _invalid_isoformat(time_string) from None
        start = 1 if b[:1] == b'T' else 0
        parsed = _parse_isoformat_time(b, start)
        if parsed is None:
            raise _invalid_isoformat(time_string)
        hour, minute, second, us, tz = parsed
        return cls(hour, minute, second, us, tz)

    def strftime(self, fmt):
        """Format using strftime().  The date part of the timestamp passed
        to underlying strftime should not be used."""
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    # ---- timezone info ----

    def utcoffset(self):
        """Return the timezone offset as timedelta, positive east of UTC
        (negative west of UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta
        positive eastward) if DST is in effect."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset('dst', offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return a new time with new values for the specified fields."""
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    # ---- pickling ----

    def _getstate(self, protocol=3):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        basestate = bytes([h, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (basestate,)
        return (basestate, self._tzinfo)

    def _setstate(self, string, tzinfo):
        if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
            raise TypeError('bad tzinfo state arg')
        h, self._minute, self._second, us1, us2, us3 = string
        if h > 127:
            self._fold = 1
            self._hour = h - 128
        else:
            self._fold = 0
            self._hour = h
        self._microsecond = (((us1 << 8) | us2) << 8) | us3
        self._tzinfo = tzinfo

    def __reduce_ex__(self, protocol):
        return (self.__class__, self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ----------------------------------------------------------------

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints."""

    __slots__ = time.__slots__

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(year, (bytes, str)) and len(year) == 10 and 1 <= ord(year[2:3]) & 0x7F <= 12):
            # pickle support
            if isinstance(year, str):
                year = bytes(year, 'latin1')
            self = object.__new__(cls)
            self._setstate(year, month)
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # ---- constructors ----

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        """Construct a datetime from a POSIX timestamp (like time.time())."""
        frac, t = _modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, weekday, jday, dst = converter(t)[:9]
        ss = min(ss, 59)  # clamp out leap seconds if the platform has them
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            # detect a repeated local time (a fold) by probing a day earlier
            max_fold_seconds = 24 * 3600
            if t < max_fold_seconds and sys.platform.startswith('win'):
                return result
            y, m, d, hh, mm, ss = converter(t - max_fold_seconds)[:6]
            probe1 = cls(y, m, d, hh, mm, ss, us, tz)
            trans = result - probe1 - timedelta(0, max_fold_seconds)
            if trans.days < 0:
                y, m, d, hh, mm, ss = converter(t + trans // timedelta(0, 1))[:6]
                probe2 = cls(y, m, d, hh, mm, ss, us, tz)
                if probe2 == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Construct a datetime from a POSIX timestamp (like time.time()).

        A timezone info object may be passed in as well."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Construct a datetime from time.time() and optional time zone info."""
        t = _time.time()
        return cls.fromtimestamp(t, tz)

    @classmethod
    def utcnow(cls):
        """Construct a UTC datetime from time.time()."""
        t = _time.time()
        return cls.utcfromtimestamp(t)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Construct a datetime from a given date and a given time."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise _invalid_isoformat(date_string)
        try:
            b = _iso_bytes(date_string, (10, 8, 7))
        except UnicodeEncodeError:
            raise _invalid_isoformat(date_string) from None
        separator = _find_isoformat_datetime_separator(b)
        if separator < 0:
            raise _invalid_isoformat(date_string)
        ymd = _parse_isoformat_date(b, separator)
        if ymd is None:
            raise _invalid_isoformat(date_string)
        hour = minute = second = us = 0
        tz = None
        if len(b) > separator:
            parsed = _parse_isoformat_time(b, separator + 1)
            if parsed is None:
                raise _invalid_isoformat(date_string)
            hour, minute, second, us, tz = parsed
        return cls(*ymd, hour, minute, second, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # ---- conversions ----

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self.year, self.month, self.day,
                                  self.hour, self.minute, self.second, dst)

    def _mktime(self):
        """The POSIX timestamp of this naive local time."""
        epoch = datetime(1970, 1, 1)
        max_fold_seconds = 24 * 3600
        t = (self - epoch) // timedelta(0, 1)

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(0, 1)

        # solve t = local(u) for u
        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            # one solution; there may be another one on the other side of a fold
            u2 = u1 + (-max_fold_seconds, max_fold_seconds)[self.fold]
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
            assert a != b
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        # t is in a gap: neither t - a nor t - b is a solution
        return (max, min)[self.fold](u1, u2)

    def timestamp(self):
        """Return POSIX timestamp as float"""
        if self._tzinfo is None:
            s = self._mktime()
            return s + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _build_struct_time(y, m, d, hh, mm, ss, 0)

    def date(self):
        """Return the date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return the time part, with tzinfo None."""
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        """Return the time part, with same tzinfo."""
        return time(self.hour, self.minute, self.second, self.microsecond,
                    self._tzinfo, fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return a new datetime with new values for the specified fields."""
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _local_timezone(self):
        if self.tzinfo is None:
            ts = self._mktime()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        gmtoff = getattr(localtm, 'tm_gmtoff', None)
        zone = getattr(localtm, 'tm_zone', None)
        if gmtoff is None:
            local = datetime(*localtm[:6])
            gmtoff = (local - datetime(*_time.gmtime(ts)[:6])) // timedelta(seconds=1)
        if zone is None:
            zone = _time.tzname[localtm.tm_isdst > 0]
        return timezone(timedelta(seconds=gmtoff), zone)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        mytz = self.tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        # convert to UTC, attach the new zone, and let it convert from UTC
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # ---- conversions to string ----

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % type(sep).__name__)
        s = ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
             + _format_time(self._hour, self._minute, self._second, self._microsecond,
                            timespec))
        tz = _format_offset(self.utcoffset())
        if tz:
            s += tz
        return s

    def __repr__(self):
        """Convert to formal string, for repr()."""
        L = [self._year, self._month, self._day,
             self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                           ', '.join(map(str, L)))
        if self._tzinfo is not None:
            assert s[-1:] == ')'
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            assert s[-1:] == ')'
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        """Convert to string, for str()."""
        return self.isoformat(sep=' ')

    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC
        (negative west of UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta
        positive eastward) if DST is in effect."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset('dst', offset)
        return offset

    # ---- comparisons ----

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) != 0
        if not isinstance(other, date):
            return NotImplemented
        return True

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def _cmp(self, other, allow_mixed=False):
        assert isinstance(other, datetime)
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            # equality never holds across a fold ambiguity
            if allow_mixed:
                if myoff != self.replace(fold=not self.fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other.fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond),
                        (other._year, other._month, other._day, other._hour, other._minute,
                         other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2  # naive and aware are never equal
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other  # this will take offsets into account
        if diff.days < 0:
            return -1
        return diff and 1 or 0

    # ---- arithmetic ----

    def __add__(self, other):
        """Add a datetime and a timedelta."""
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            return type(self).combine(date.fromordinal(delta.days),
                                      time(hour, minute, second, delta.microseconds,
                                           tzinfo=self._tzinfo))
        raise OverflowError('date value out of range')

    __radd__ = __add__

    def __sub__(self, other):
        """Subtract two datetimes, or a datetime and a timedelta."""
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented

        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._getstate()[0])
            else:
                days = _ymd2ord(self.year, self.month, self.day)
                seconds = self.hour * 3600 + self.minute * 60 + self.second
                self._hashcode = hash(timedelta(days, seconds, self.microsecond) - tzoff)
        return self._hashcode

    # ---- pickling ----

    def _getstate(self, protocol=3):
        yhi, ylo = divmod(self._year, 256)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        basestate = bytes([yhi, ylo, m, self._day, self._hour, self._minute,
                           self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (basestate,)
        return (basestate, self._tzinfo)

    def _setstate(self, string, tzinfo):
        if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
            raise TypeError('bad tzinfo state arg')
        (yhi, ylo, m, self._day, self._hour, self._minute, self._second,
         us1, us2, us3) = string
        if m > 127:
            self._fold = 1
            self._month = m - 128
        else:
            self._fold = 0
            self._month = m
        self._year = yhi * 256 + ylo
        self._microsecond = (((us1 << 8) | us2) << 8) | us3
        self._tzinfo = tzinfo

    def __reduce_ex__(self, protocol):
        return (self.__class__, self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time


# ---- timezone --------------------------------------------------------------------

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = '_offset', '_name'

    # sentinel value to distinguish timezone(offset) from timezone(offset, None)
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                             % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        """pickle support"""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        """Convert to formal string, for repr()."""
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s.%s(%r)' % (self.__class__.__module__, self.__class__.__qualname__,
                                  self._offset)
        return '%s.%s(%r, %r)' % (self.__class__.__module__, self.__class__.__qualname__,
                                  self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < timedelta(0):
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}.{microseconds:06d}'
        if seconds:
            return f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}'
        return f'UTC{sign}{hours:02d}:{minutes:02d}'


UTC = timezone.utc = timezone._create(timedelta(0))
# bound at the fixed limits, not -24h..24h
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

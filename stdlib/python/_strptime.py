"""weft's _strptime: the parser behind datetime.strptime (and time.strptime).

Written for weft from the documented behaviour of CPython 3.11 for the C
locale: directives are matched in the same order a regular expression
would try them (longest reading first, backtracking), with the same
"time data %r does not match format %r" / "unconverted data remains"
errors and the same defaulting rules (year 1900, %y pivot at 69, %I/%p,
%j, %U/%W, %G/%V/%u, %z, %Z).
"""
import time as _time
from datetime import date, timedelta, timezone

__all__ = []


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december']
_FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

# C-locale expansions of the composite directives
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
              'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'r': '%I:%M:%S %p'}


def _digits_options(text, i, lo, hi, minlen, maxlen, allow_space=False):
    """Integer readings of text at i with minlen..maxlen digits in [lo, hi],
    longest first (the order a regular expression would try)."""
    options = []
    j = i
    while j < len(text) and j - i < maxlen and text[j].isdigit():
        j += 1
    for end in range(j, i + minlen - 1, -1):
        if end - i < minlen:
            break
        value = int(text[i:end])
        if lo <= value <= hi and text[i:end].isascii():
            options.append((value, end))
    if allow_space and i < len(text) and text[i] == ' ' and i + 1 < len(text) \
            and '1' <= text[i + 1] <= '9':
        options.append((int(text[i + 1]), i + 2))
    return options


def _name_options(text, i, names):
    low = text[i:].lower()
    found = []
    for index, name in enumerate(names):
        if low.startswith(name):
            found.append((len(name), index))
    found.sort(reverse=True)
    return [(index, i + length) for length, index in found]


def _tz_offset_options(text, i):
    if text[i:i + 1] == 'Z':
        return [((0, 0), i + 1)]
    m = text[i:i + 1]
    if m not in ('+', '-'):
        return []
    j = i + 1
    digits = text[j:j + 2]
    if len(digits) != 2 or not digits.isdigit():
        return []
    hours = int(digits)
    j += 2
    colon = text[j:j + 1] == ':'
    if colon:
        j += 1
    mins = text[j:j + 2]
    if len(mins) != 2 or not mins.isdigit() or mins[0] > '5':
        return []
    minutes = int(mins)
    j += 2
    seconds = 0
    fraction = 0
    k = j
    if text[k:k + 1] == ':':
        k += 1
    secs = text[k:k + 2]
    if len(secs) == 2 and secs.isdigit() and secs[0] <= '5' and (
            (text[j:j + 1] == ':') == colon):
        seconds = int(secs)
        j = k + 2
        if text[j:j + 1] == '.':
            f = j + 1
            while f < len(text) and f - j - 1 < 6 and text[f].isdigit():
                f += 1
            if f > j + 1:
                fraction = int(text[j + 1:f].ljust(6, '0'))
                j = f
    sign = -1 if m == '-' else 1
    offset = sign * (hours * 3600 + minutes * 60 + seconds)
    return [((offset, sign * fraction), j)]


def _directive_options(ch, text, i):
    """Possible (value, end) readings of directive %ch at text[i:]."""
    if ch == 'd':
        return _digits_options(text, i, 1, 31, 1, 2, allow_space=True)
    if ch == 'f':
        j = i
        while j < len(text) and j - i < 6 and text[j].isdigit():
            j += 1
        return [(text[i:k], k) for k in range(j, i, -1)]
    if ch == 'H':
        return _digits_options(text, i, 0, 23, 1, 2)
    if ch == 'I':
        return _digits_options(text, i, 1, 12, 1, 2)
    if ch == 'G':
        return _digits_options(text, i, 0, 9999, 4, 4)
    if ch == 'j':
        return _digits_options(text, i, 1, 366, 1, 3)
    if ch == 'm':
        return _digits_options(text, i, 1, 12, 1, 2)
    if ch == 'M':
        return _digits_options(text, i, 0, 59, 1, 2)
    if ch == 'S':
        return _digits_options(text, i, 0, 61, 1, 2)
    if ch in 'UW':
        return _digits_options(text, i, 0, 53, 1, 2)
    if ch == 'V':
        return _digits_options(text, i, 1, 53, 1, 2)
    if ch == 'w':
        return _digits_options(text, i, 0, 6, 1, 1)
    if ch == 'u':
        return _digits_options(text, i, 1, 7, 1, 1)
    if ch == 'y':
        return _digits_options(text, i, 0, 99, 2, 2)
    if ch == 'Y':
        return _digits_options(text, i, 0, 9999, 4, 4)
    if ch == 'B':
        return _name_options(text, i, _FULL_MONTHS)
    if ch == 'b' or ch == 'h':
        return _name_options(text, i, [m[:3] for m in _FULL_MONTHS])
    if ch == 'A':
        return _name_options(text, i, _FULL_DAYS)
    if ch == 'a':
        return _name_options(text, i, [d[:3] for d in _FULL_DAYS])
    if ch == 'p':
        return _name_options(text, i, ['am', 'pm'])
    if ch == 'z':
        return _tz_offset_options(text, i)
    if ch == 'Z':
        names = sorted({'utc', 'gmt'} | {n.lower() for n in _time.tzname if n}, key=len,
                       reverse=True)
        return [(text[i:end], end) for _, end in _name_options(text, i, names)]
    raise AssertionError(ch)


_DIRECTIVES = set('dfHIGjmMSUWVwuyYBbhAapzZ')


def _compile_strptime_format(format):
    """The format as a list of ('lit', text) / ('ws',) / ('dir', ch)."""
    items = []
    i = 0
    n = len(format)
    while i < n:
        ch = format[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i + 1]
            i += 2
            if d == '%':
                items.append(('lit', '%'))
            elif d in _COMPOSITE:
                items.extend(_compile_strptime_format(_COMPOSITE[d]))
            elif d in _DIRECTIVES:
                items.append(('dir', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
        elif ch.isspace():
            while i < n and format[i].isspace():
                i += 1
            items.append(('ws',))
        else:
            items.append(('lit', ch))
            i += 1
    return items


def _match_strptime(items, text):
    """First way (in regular-expression priority order) to match all items
    at the start of text: (found dict, end) or None."""
    found = {}

    def walk(k, i):
        if k == len(items):
            return i
        item = items[k]
        if item[0] == 'lit':
            lit = item[1]
            if text[i:i + len(lit)].lower() == lit.lower():
                return walk(k + 1, i + len(lit))
            return None
        if item[0] == 'ws':
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            for end in range(j, i, -1):
                r = walk(k + 1, end)
                if r is not None:
                    return r
            return None
        ch = item[1]
        for value, end in _directive_options(ch, text, i):
            saved = found.get(ch, _MISSING_VALUE)
            found[ch] = value
            r = walk(k + 1, end)
            if r is not None:
                return r
            if saved is _MISSING_VALUE:
                del found[ch]
            else:
                found[ch] = saved
        return None

    end = walk(0, 0)
    if end is None:
        return None
    return found, end


_MISSING_VALUE = object()


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    first_weekday = date(year, 1, 1).weekday()
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """(time tuple fields, fraction, gmtoff fraction) parsed from data_string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = 'strptime() argument {} must be str, not {}'
            raise TypeError(msg.format(index, type(arg)))
    items = _compile_strptime_format(format)
    result = _match_strptime(items, data_string)
    if result is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    found, end = result
    if len(data_string) != end:
        raise ValueError('unconverted data remains: %s' % data_string[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for key, value in found.items():
        if key == 'y':
            year = value + (2000 if value <= 68 else 1900)
        elif key == 'Y':
            year = value
        elif key == 'G':
            iso_year = value
        elif key == 'm':
            month = value
        elif key == 'B' or key == 'b' or key == 'h':
            month = value + 1
        elif key == 'd':
            day = value
        elif key == 'H':
            hour = value
        elif key == 'I':
            hour = value
            ampm = found.get('p')
            if ampm is None or ampm == 0:
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'M':
            minute = value
        elif key == 'S':
            second = value
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A' or key == 'a':
            weekday = value
        elif key == 'w':
            weekday = (value - 1) % 7
        elif key == 'u':
            weekday = value - 1
        elif key == 'j':
            julian = value
        elif key in ('U', 'W'):
            week_of_year = value
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = value
        elif key == 'z':
            gmtoff, gmtoff_fraction = value
        elif key == 'Z':
            found_zone = value.lower()
            for n, tz_values in enumerate((('utc', 'gmt'), (_time.tzname[0].lower(),),
                                           (_time.tzname[1].lower(),))):
                if found_zone in tz_values:
                    if n == 0:
                        tz = 0
                    elif _time.tzname[0] == _time.tzname[1] and _time.daylight:
                        break
                    else:
                        tz = n - 1 if n else 0
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # so that Feb 29 is valid while computing the weekday
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_Mon = week_of_year_start == 0
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_starts_Mon)
        elif iso_year is not None and iso_week is not None:
            ymd = date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = ymd.year, ymd.month, ymd.day
            julian = ymd.toordinal() - date(year, 1, 1).toordinal() + 1
        if julian is not None and julian <= 0:
            year -= 1
            yday = 366 if _is_leap(year) else 365
            julian += yday

    if julian is None:
        julian = date(year, month, day).toordinal() - date(year, 1, 1).toordinal() + 1
    else:
        d = date.fromordinal((julian - 1) + date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = date(year, month, day).weekday()
    tzname = found.get('Z')
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = timezone(tzdelta, tzname)
        else:
            tz = timezone(tzdelta)
        args += (tz,)
    return cls(*args)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    """Return a time struct based on the input string and the format string."""
    tt = _strptime(data_string, format)[0]
    return _time.struct_time(tt[:9])

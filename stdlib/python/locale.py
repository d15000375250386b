"""weft's locale: the "C" locale only (weft does not switch C locales);
enough for getpreferredencoding, setlocale queries, localeconv, format_string."""

import sys

_builtin_str = str

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format_string",
           "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX", "getencoding"]

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


Error.__module__ = 'locale'

_CATEGORIES = {LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL}
# glibc's categories in the order of its composite LC_ALL string
_GLIBC_NAMES = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES',
                'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                'LC_IDENTIFICATION')
_SUPPORTED = ('C', 'POSIX', 'C.UTF-8', 'C.utf8')
# Like CPython, the interpreter starts with LC_CTYPE from the environment (UTF-8).
_current = {name: 'C' for name in _GLIBC_NAMES}
_current['LC_CTYPE'] = 'C.UTF-8'
_CATEGORY_NAMES = {LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC', LC_TIME: 'LC_TIME',
                   LC_COLLATE: 'LC_COLLATE', LC_MONETARY: 'LC_MONETARY',
                   LC_MESSAGES: 'LC_MESSAGES'}


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def _query(category):
    if category != LC_ALL:
        return _current[_CATEGORY_NAMES[category]]
    values = [_current[n] for n in _GLIBC_NAMES]
    if all(v == values[0] for v in values):
        return values[0]
    return ';'.join('%s=%s' % (n, _current[n]) for n in _GLIBC_NAMES)


def setlocale(category, locale=None):
    if category not in _CATEGORIES:
        raise Error("unsupported locale setting")
    if locale is None:
        return _query(category)
    if not isinstance(locale, _builtin_str):
        locale = '.'.join(x for x in locale if x)
    if locale == '':
        import os
        locale = 'C'
        for var in ('LC_ALL', _CATEGORY_NAMES.get(category, 'LC_ALL'), 'LANG'):
            if os.environ.get(var):
                locale = os.environ[var]
                break
    if locale not in _SUPPORTED:
        raise Error("unsupported locale setting")
    names = _GLIBC_NAMES if category == LC_ALL else (_CATEGORY_NAMES[category],)
    for n in names:
        _current[n] = locale
    return _query(category)


def getlocale(category=LC_CTYPE):
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    value = _query(category)
    if value in ('C', 'POSIX'):
        return (None, None)
    if value in ('C.UTF-8', 'C.utf8'):
        return ('en_US', 'UTF-8')  # CPython's locale alias table maps C.UTF-8 so
    if '.' in value:
        return tuple(value.split('.', 1))
    return (value, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    for var in envvars:
        v = os.environ.get(var)
        if v:
            if var == 'LANGUAGE':
                v = v.split(':')[0]
            break
    else:
        v = 'C'
    if v in ('C', 'POSIX'):
        return (None, None)
    if '.' in v:
        lang, enc = v.split('.', 1)
        enc = enc.split('@')[0]
        return (lang, 'UTF-8' if enc.lower().replace('-', '') == 'utf8' else enc)
    return (v, None)


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def getencoding():
    return 'utf-8'


def normalize(localename):
    return localename


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def _group(s, monetary=False):
    return s, 0


def format_string(f, val, grouping=False, monetary=False):
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    return percent % ((value,) + additional if additional else value)


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return '%.12g' % val


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(string)


def atoi(string):
    return int(string)

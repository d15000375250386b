"""weft's string: character-class constants, capwords, Template and Formatter.

Written for weft from the documented behaviour of CPython 3.11.  Template
placeholders are found by a small hand-written scanner (the default
`$name` / `${name}` / `$$` syntax), so the module does not need `re`;
subclasses that change `idpattern`, `braceidpattern`, `flags` or `pattern`
get regular-expression matching through the `re` module.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word and join them back with sep
    (runs of whitespace become one space when sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---- Template --------------------------------------------------------------

_sentinel_dict = {}

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_RE_IGNORECASE = 2  # re.IGNORECASE


def _is_id_start(ch):
    return ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z')


def _is_id_char(ch):
    return _is_id_start(ch) or ('0' <= ch <= '9')


class _Placeholder:
    """What the scanner found at one delimiter: kind is 'escaped', 'named',
    'braced' or 'invalid'; start/end span the whole placeholder."""

    __slots__ = ('kind', 'name', 'start', 'end')

    def __init__(self, kind, name, start, end):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _RE_IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        elif cls._uses_default_syntax():
            cls.pattern = None
            return
        else:
            import re
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
        import re
        cls.pattern = re.compile(pattern, cls.flags | re.VERBOSE)

    @classmethod
    def _uses_default_syntax(cls):
        return (cls.idpattern == _DEFAULT_IDPATTERN and cls.braceidpattern is None
                and cls.flags == _RE_IGNORECASE and isinstance(cls.delimiter, str)
                and cls.delimiter != '')

    def __init__(self, template):
        self.template = template

    # -- finding placeholders --

    def _placeholders(self):
        """Yield a _Placeholder for every delimiter occurrence, in order."""
        pattern = type(self).pattern
        if pattern is not None:
            yield from self._regex_placeholders(pattern)
            return
        text = self.template
        delim = self.delimiter
        n = len(text)
        i = text.find(delim)
        while i >= 0:
            j = i + len(delim)
            if text.startswith(delim, j):
                yield _Placeholder('escaped', None, i, j + len(delim))
                i = text.find(delim, j + len(delim))
                continue
            if j < n and _is_id_start(text[j]):
                k = j + 1
                while k < n and _is_id_char(text[k]):
                    k += 1
                yield _Placeholder('named', text[j:k], i, k)
                i = text.find(delim, k)
                continue
            if j < n and text[j] == '{' and j + 1 < n and _is_id_start(text[j + 1]):
                k = j + 2
                while k < n and _is_id_char(text[k]):
                    k += 1
                if k < n and text[k] == '}':
                    yield _Placeholder('braced', text[j + 1:k], i, k + 1)
                    i = text.find(delim, k + 1)
                    continue
            yield _Placeholder('invalid', None, i, j)
            i = text.find(delim, j)

    def _regex_placeholders(self, pattern):
        for mo in pattern.finditer(self.template):
            groups = mo.groupdict()
            if groups.get('named') is not None:
                yield _Placeholder('named', groups['named'], mo.start(), mo.end())
            elif groups.get('braced') is not None:
                yield _Placeholder('braced', groups['braced'], mo.start(), mo.end())
            elif groups.get('escaped') is not None:
                yield _Placeholder('escaped', None, mo.start(), mo.end())
            elif groups.get('invalid') is not None:
                yield _Placeholder('invalid', None, mo.start(), mo.start('invalid'))
            else:
                raise ValueError('Unrecognized named group in pattern', pattern)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, safe):
        parts = []
        pos = 0
        text = self.template
        for ph in self._placeholders():
            parts.append(text[pos:ph.start])
            if ph.kind == 'escaped':
                parts.append(self.delimiter)
            elif ph.kind == 'invalid':
                if not safe:
                    self._invalid(ph.end)
                parts.append(text[ph.start:ph.end])
            elif safe:
                try:
                    parts.append(str(mapping[ph.name]))
                except KeyError:
                    parts.append(text[ph.start:ph.end])
            else:
                parts.append(str(mapping[ph.name]))
            pos = ph.end
        parts.append(text[pos:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._substitute(mapping, safe=False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._substitute(mapping, safe=True)

    def is_valid(self):
        for ph in self._placeholders():
            if ph.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for ph in self._placeholders():
            if ph.kind in ('named', 'braced') and ph.name not in ids:
                ids.append(ph.name)
        return ids


class _ChainMap:
    """Keyword arguments first, then the mapping (enough for Template)."""

    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


Template.pattern = None


# ---- Formatter ---------------------------------------------------------------

def _parse_format(format_string):
    """Yield (literal_text, field_name, format_spec, conversion) like
    str.format's parser: field_name None means only literal text."""
    s = format_string
    n = len(s)
    i = 0
    literal = []
    while i < n:
        ch = s[i]
        if ch == '}':
            if i + 1 < n and s[i + 1] == '}':
                # like CPython, an escaped brace ends a literal chunk
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if ch != '{':
            literal.append(ch)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        # a replacement field: find its end, honouring nested braces
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        depth = 1
        j = i + 1
        while j < n:
            if s[j] == '{':
                depth += 1
            elif s[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        field = s[i + 1:j]
        yield ''.join(literal), *_split_field(field)
        literal = []
        i = j + 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    # field_name[!conversion][:format_spec]; '[...]' may contain ':' or '!'
    k = 0
    n = len(field)
    while k < n:
        c = field[k]
        if c == '[':
            close = field.find(']', k)
            if close < 0:
                break
            k = close + 1
            continue
        if c in '!:':
            break
        k += 1
    name = field[:k]
    conversion = None
    spec = ''
    if k < n and field[k] == '!':
        if k + 1 >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = field[k + 1]
        rest = field[k + 2:]
        if rest and rest[0] != ':':
            raise ValueError('expected \':\' after conversion specifier')
        spec = rest[1:]
    elif k < n:
        spec = field[k + 1:]
    return name, spec, conversion


def _field_name_split(name):
    """'a.b[0]' -> ('a', iterator of (is_attr, key))."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit() or (first and first.isascii() and first.isdecimal()):
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, iter(rest)


class Formatter:
    """The str.format machinery, as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first

"""weft's warnings: issuing, filtering and recording warnings.

Written for weft from the documented behaviour of CPython 3.11 (whose
implementation is mostly C).  Messages are printed to sys.stderr as
"file:line: Category: message" followed by the source line, exactly like
CPython.  Filter message/module patterns are regular expressions; when the
`re` module is not available a small built-in matcher handles the usual
subset (literals, ., *, +, ?, [...], \\d \\w \\s, ^, $, |, groups).
"""
import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning',
           'filterwarnings', 'simplefilter', 'resetwarnings', 'catch_warnings']


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return  # no stderr: warnings get lost
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f'{msg.filename}:{msg.lineno}: {category}: {msg.message}\n'
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        s += '  %s\n' % line.strip()
    if msg.source is not None:
        # weft has no tracemalloc to tell where the object was allocated
        s += f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return s


# Keep references so that we can tell whether the user replaced the hooks.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            # the user replaced warnings.showwarning(): use it
            if not callable(sw):
                raise TypeError('warnings.showwarning() must be set to a function or method')
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ---- filters -----------------------------------------------------------------

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter already in the list moves to the front (or stays, if appending).
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print('Invalid -W option ignored:', msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        message = _escape(message)
    if module:
        module = _escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _escape(text):
    return ''.join('\\' + c if not (c.isalnum() or c == '_') else c for c in text)


def _getaction(action):
    if not action:
        return 'default'
    if action == 'all':
        return 'always'
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError('invalid action: %r' % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError('invalid module name: %r' % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError('unknown warning category: %r' % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError('invalid warning category: %r' % (category,))
    return cat


# ---- issuing warnings ----------------------------------------------------------

def _is_internal_frame(frame):
    """Frames of the import machinery are not blamed for warnings."""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    try:
        if stacklevel <= 1 or _is_internal_frame(sys._getframe(1)):
            frame = sys._getframe(stacklevel)
        else:
            frame = sys._getframe(1)
            for _ in range(stacklevel - 1):
                frame = _next_external_frame(frame)
                if frame is None:
                    raise ValueError
    except ValueError:
        globals = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = '<string>'
    registry = globals.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return  # already shown once at this place
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return

    # prime the line cache, so that a module loader can supply the source
    import linecache
    linecache.getlines(filename, module_globals)

    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s'
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file',
                        'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context (and, with record=True, collects the warnings)."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # the user's showwarning would bypass the recording
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = '{name!r} is deprecated and slated for removal in Python {remove}'


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warn that *name* is deprecated or should be removed."""
    remove_formatted = f'{remove[0]}.{remove[1]}'
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != 'alpha'):
        msg = f'{name!r} was slated for removal after Python {remove_formatted} alpha'
        raise RuntimeError(msg)
    msg = message.format(name=name, remove=remove_formatted)
    warn(msg, DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    msg_lines = [f"coroutine '{coro.__qualname__}' was never awaited\n"]
    msg = ''.join(msg_lines).rstrip('\n')
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


# ---- patterns ----------------------------------------------------------------

def _compile(pattern, ignorecase):
    try:
        import re
    except ImportError:
        return _SimplePattern(pattern, ignorecase)
    return re.compile(pattern, re.I) if ignorecase else re.compile(pattern)


class _SimplePattern:
    """A tiny backtracking regular-expression matcher used when the `re`
    module is unavailable.  Only match() (anchored at the start) is needed."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = 2 if ignorecase else 0
        self._ignorecase = ignorecase
        self._pos = 0
        self._tree = self._parse_alternation()
        if self._pos != len(pattern):
            raise ValueError('unbalanced parenthesis in %r' % pattern)

    def __repr__(self):
        if self._ignorecase:
            return 're.compile(%r, re.IGNORECASE)' % self.pattern
        return 're.compile(%r)' % self.pattern

    def __eq__(self, other):
        return (isinstance(other, _SimplePattern) and self.pattern == other.pattern
                and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    # parsing: nodes are tuples ('alt', [seq...]), ('seq', [nodes]),
    # ('rep', node, min, max), ('set', test_function), ('bol',), ('eol',), ('end',)

    def _parse_alternation(self):
        branches = [self._parse_sequence()]
        while self._pos < len(self.pattern) and self.pattern[self._pos] == '|':
            self._pos += 1
            branches.append(self._parse_sequence())
        return ('alt', branches)

    def _parse_sequence(self):
        items = []
        p = self.pattern
        while self._pos < len(p) and p[self._pos] not in '|)':
            atom = self._parse_atom()
            if self._pos < len(p) and p[self._pos] in '*+?{':
                atom = self._parse_repeat(atom)
            items.append(atom)
        return ('seq', items)

    def _parse_repeat(self, atom):
        p = self.pattern
        ch = p[self._pos]
        self._pos += 1
        if ch == '*':
            lo, hi = 0, None
        elif ch == '+':
            lo, hi = 1, None
        elif ch == '?':
            lo, hi = 0, 1
        else:
            close = p.find('}', self._pos)
            body = p[self._pos:close]
            self._pos = close + 1
            if ',' in body:
                a, b = body.split(',', 1)
                lo, hi = int(a or 0), (int(b) if b else None)
            else:
                lo = hi = int(body)
        if self._pos < len(p) and p[self._pos] == '?':
            self._pos += 1  # lazy quantifiers behave the same for match()
        return ('rep', atom, lo, hi)

    def _parse_atom(self):
        p = self.pattern
        ch = p[self._pos]
        self._pos += 1
        if ch == '(':
            if p.startswith('?:', self._pos):
                self._pos += 2
            elif p.startswith('?P<', self._pos):
                self._pos = p.index('>', self._pos) + 1
            node = self._parse_alternation()
            if self._pos >= len(p) or p[self._pos] != ')':
                raise ValueError('missing ), unterminated subpattern')
            self._pos += 1
            return node
        if ch == '.':
            return ('set', lambda c: c != '\n')
        if ch == '^':
            return ('bol',)
        if ch == '$':
            return ('eol',)
        if ch == '[':
            return self._parse_class()
        if ch == '\\':
            return self._parse_escape()
        return self._literal(ch)

    def _literal(self, ch):
        if self._ignorecase:
            low = ch.lower()
            return ('set', lambda c: c.lower() == low)
        return ('set', lambda c: c == ch)

    _CLASSES = {
        'd': lambda c: c.isdecimal(),
        'D': lambda c: not c.isdecimal(),
        'w': lambda c: c.isalnum() or c == '_',
        'W': lambda c: not (c.isalnum() or c == '_'),
        's': lambda c: c.isspace(),
        'S': lambda c: not c.isspace(),
    }

    def _parse_escape(self):
        ch = self.pattern[self._pos]
        self._pos += 1
        if ch in self._CLASSES:
            return ('set', self._CLASSES[ch])
        if ch == 'Z':
            return ('end',)
        if ch == 'A':
            return ('bol',)
        special = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v'}
        return self._literal(special.get(ch, ch))

    def _parse_class(self):
        p = self.pattern
        negate = False
        if p[self._pos] == '^':
            negate = True
            self._pos += 1
        tests = []
        first = True
        while self._pos < len(p) and (p[self._pos] != ']' or first):
            first = False
            ch = p[self._pos]
            self._pos += 1
            if ch == '\\':
                esc = p[self._pos]
                self._pos += 1
                if esc in self._CLASSES:
                    tests.append(self._CLASSES[esc])
                    continue
                ch = {'n': '\n', 't': '\t'}.get(esc, esc)
            if (self._pos + 1 < len(p) and p[self._pos] == '-'
                    and p[self._pos + 1] != ']'):
                hi = p[self._pos + 1]
                self._pos += 2
                tests.append(self._range_test(ch, hi))
            else:
                tests.append(self._range_test(ch, ch))
        self._pos += 1  # the ']'

        def test(c):
            return any(t(c) for t in tests) != negate
        return ('set', test)

    def _range_test(self, lo, hi):
        if self._ignorecase:
            return lambda c: (lo <= c <= hi or lo <= c.lower() <= hi
                              or lo <= c.upper() <= hi)
        return lambda c: lo <= c <= hi

    # matching: continuation-passing backtracking

    def _m(self, node, s, i, k):
        kind = node[0]
        if kind == 'set':
            return i < len(s) and node[1](s[i]) and k(i + 1)
        if kind == 'seq':
            return self._seq(node[1], 0, s, i, k)
        if kind == 'alt':
            return any(self._m(branch, s, i, k) for branch in node[1])
        if kind == 'rep':
            return self._rep(node, 0, s, i, k)
        if kind == 'bol':
            return i == 0 and k(i)
        if kind == 'eol':
            return (i == len(s) or (i == len(s) - 1 and s[i] == '\n')) and k(i)
        if kind == 'end':
            return i == len(s) and k(i)
        raise AssertionError(kind)

    def _seq(self, items, n, s, i, k):
        if n == len(items):
            return k(i)
        return self._m(items[n], s, i, lambda j: self._seq(items, n + 1, s, j, k))

    def _rep(self, node, count, s, i, k):
        _, atom, lo, hi = node
        if hi is None or count < hi:
            # greedy: try one more repetition first (and insist on progress)
            if self._m(atom, s, i, lambda j: j != i and self._rep(node, count + 1, s, j, k)):
                return True
        return count >= lo and k(i)

    def match(self, text):
        end = []

        def done(j):
            end.append(j)
            return True
        return _SimpleMatch(text, end[0]) if self._m(self._tree, text, 0, done) else None


class _SimpleMatch:
    def __init__(self, string, end):
        self.string = string
        self._end = end

    def group(self, n=0):
        return self.string[:self._end]

    def end(self):
        return self._end


# ---- module state ------------------------------------------------------------

filters = []
defaultaction = 'default'
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


if not hasattr(sys, 'gettotalrefcount'):
    filters.append(('default', None, DeprecationWarning, '__main__', 0))
    for cls in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        filters.append(('ignore', None, cls, None, 0))
_warnings_defaults = True
if getattr(sys, 'warnoptions', None):
    _processoptions(sys.warnoptions)

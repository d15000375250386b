"""weft's traceback: extract, format and print stack traces.

Written for weft from the documented behaviour of CPython 3.11, including
the fine-grained error locations (the `^^^^` and `~~~^~~~` lines under the
source) and exception groups.  CPython finds the `~`/`^` split of binary
operations and subscripts with the ast module; weft does it with a small
expression parser (_ExprSpans) that computes the same node positions.
"""
import collections.abc
import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# ---- formatting and printing lists of frames -------------------------------

def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_list(extracted_list):
    """Format a list of FrameSummary objects (or tuples) for printing."""
    return StackSummary.from_list(extracted_list).format()


# ---- printing and formatting of tracebacks ---------------------------------

def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of pre-processed
    entries from traceback."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# ---- exception formatting and output -----------------------------------------

_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')

_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


class _Sentinel:
    def __repr__(self):
        return '<implicit>'


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information: a list of
    strings, each ending in a newline."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback (normally a single line)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return '%s\n' % etype
    return '%s: %s\n' % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type,
    sys.last_value, sys.last_traceback, limit, file)'."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---- printing and formatting of stack ----------------------------------------

def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear all references to local variables in the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


# ---- frames --------------------------------------------------------------------

class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line  # loads the line if needed
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    positions = code.co_positions()
    return next(itertools.islice(positions, instruction_index // 2, None))


_RECURSIVE_CUTOFF = 3  # Also hardcoded in the interpreter's traceback printer.


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Create a StackSummary from a traceback or stack object."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = collections.deque(frame_gen, maxlen=-limit)

        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(filename, lineno, co.co_name, lookup_line=False,
                                       locals=f_locals, end_lineno=end_lineno,
                                       colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from a list of FrameSummary objects or
        old-style (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            carets = _caret_line(frame_summary, stripped_line)
            if carets is not None:
                row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing: a list of strings, each
        ending in a newline; long runs of a repeated frame are collapsed."""
        result = []
        last_key = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last_key is None or None in last_key or key != last_key:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_message(count - _RECURSIVE_CUTOFF))
                last_key = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_message(count - _RECURSIVE_CUTOFF))
        return result


def _repeated_message(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


def _byte_offset_to_character_offset(text, offset):
    as_utf8 = text.encode('utf-8')
    return len(as_utf8[:offset].decode('utf-8', errors='replace'))


def _caret_line(frame_summary, stripped_line):
    """The '    ~~~^^^~~~' line under a frame's source line, or None when the
    failing expression is the whole line (or its position is unknown)."""
    if frame_summary.colno is None or frame_summary.end_colno is None:
        return None
    original = frame_summary._original_line
    stripped_characters = len(original) - len(frame_summary.line.lstrip())
    start_offset = _byte_offset_to_character_offset(original, frame_summary.colno) + 1
    end_offset = _byte_offset_to_character_offset(original, frame_summary.end_colno) + 1
    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        try:
            anchors = _caret_anchors(original[start_offset - 1:end_offset - 1])
        except Exception:
            anchors = None
    else:
        end_offset = stripped_characters + len(stripped_line)

    if not (end_offset - start_offset < len(stripped_line)
            or (anchors and anchors[1] - anchors[0] > 0)):
        return None
    parts = ['    ', ' ' * (start_offset - stripped_characters)]
    if anchors:
        left, right = anchors
        parts.append('~' * left)
        parts.append('^' * (right - left))
        parts.append('~' * (end_offset - start_offset - right))
    else:
        parts.append('^' * (end_offset - start_offset))
    parts.append('\n')
    return ''.join(parts)


# ---- TracebackException ----------------------------------------------------------

class _ExceptionPrintContext:
    """Indentation state while printing (nested) exception groups."""

    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = [text_gen]
        for text in text_gen:
            yield ''.join(indent_str + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for rendering: the stack, the exception's text,
    and (recursively) its __cause__, __context__ and group members."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)

        if is_recursive_call:
            return
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals, max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=_seen)
        # walk the chain with a queue rather than recursion
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__,
                                           e.__cause__.__traceback__, **options)
            else:
                cause = None
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            if (e is not None and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = TracebackException(type(e.__context__), e.__context__,
                                             e.__context__.__traceback__, **options)
            else:
                context = None
            if e is not None and isinstance(e, BaseExceptionGroup):
                exceptions = [TracebackException(type(x), x, x.__traceback__, **options)
                              for x in e.exceptions]
            else:
                exceptions = None
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
            if exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback: usually one line,
        more for SyntaxError and for exceptions with __notes__."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ('__main__', 'builtins'):
            if not isinstance(smod, str):
                smod = '<unknown>'
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, collections.abc.Sequence):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(caretspace, '^' * (end_colno - colno))
        msg = self.msg or '<no detail available>'
        yield '{}: {}{}\n'.format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Format the exception: a generator of strings, each ending in a
        newline, as print_exception() would print them."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg, chained_exc = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg, chained_exc = _context_message, exc.__context__
                else:
                    chained_msg = chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f'... (max_group_depth is {self.max_group_depth})\n')
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        n = num_excs if num_excs <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = i == n - 1
            if last_exc:
                _ctx.need_close = True
            truncated = self.max_group_width is not None and i >= self.max_group_width
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ')
                   + f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - self.max_group_width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(f'and {remaining} more exception{plural}\n')
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + '+------------------------------------\n'
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


# ---- locating the operator of a binary operation or subscript ----------------

def _caret_anchors(segment):
    """(left, right) offsets of the '^' part for a segment that is a binary
    operation (the operator) or a subscript (the brackets); else None."""
    tokens = _tokenize(segment)
    if tokens is None or not tokens:
        return None
    try:
        parser = _ExprSpans(segment, tokens)
        node = parser.parse_root()
    except _NotHandled:
        return None
    if node is None:
        return None
    if node.kind == 'binop':
        left_end = node.left.end
        right_start = node.right.start
        operator_str = segment[left_end:right_start]
        operator_offset = len(operator_str) - len(operator_str.lstrip())
        left_anchor = left_end + operator_offset
        right_anchor = left_anchor + 1
        if (operator_offset + 1 < len(operator_str)
                and not operator_str[operator_offset + 1].isspace()):
            right_anchor += 1
        return left_anchor, right_anchor
    if node.kind == 'subscript':
        return node.value.end, node.slice_end + 1
    return None


class _NotHandled(Exception):
    """The segment is not an expression the caret logic cares about."""


_OPERATORS = sorted(['**=', '//=', '>>=', '<<=', '...', '!=', '%=', '&=', '**', '*=',
                     '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=', '>>',
                     '@=', '^=', '|=', '~', '%', '&', '(', ')', '*', '+', ',', '-', '.',
                     '/', ':', ';', '<', '=', '>', '@', '[', ']', '^', '{', '|', '}'],
                    key=len, reverse=True)

_STRING_PREFIXES = {'r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf'}


def _tokenize(text):
    """[(kind, string, start, end)] for one line of Python; None if the line
    cannot be tokenized (unterminated string, stray character)."""
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace() or ch == '\\':
            i += 1
            continue
        if ch == '#':
            break
        if ch.isdigit() or (ch == '.' and i + 1 < n and text[i + 1].isdigit()):
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] in '._'
                             or (text[j] in '+-' and text[j - 1] in 'eE'
                                 and not text[i:i + 2].lower() in ('0x',))):
                j += 1
            tokens.append(('number', text[i:j], i, j))
            i = j
            continue
        if ch.isidentifier() or ch == '_':
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == '_' or text[i:j + 1].isidentifier()):
                j += 1
            word = text[i:j]
            if j < n and text[j] in '\'"' and word.lower() in _STRING_PREFIXES:
                end = _string_end(text, j)
                if end is None:
                    return None
                tokens.append(('string', text[i:end], i, end))
                i = end
                continue
            tokens.append(('name', word, i, j))
            i = j
            continue
        if ch in '\'"':
            end = _string_end(text, i)
            if end is None:
                return None
            tokens.append(('string', text[i:end], i, end))
            i = end
            continue
        for op in _OPERATORS:
            if text.startswith(op, i):
                tokens.append(('op', op, i, i + len(op)))
                i += len(op)
                break
        else:
            return None
    return tokens


def _string_end(text, i):
    quote = text[i]
    if text.startswith(quote * 3, i):
        close = quote * 3
        j = i + 3
    else:
        close = quote
        j = i + 1
    while j < len(text):
        if text[j] == '\\':
            j += 2
            continue
        if text.startswith(close, j):
            return j + len(close)
        j += 1
    return None


class _Node:
    """A parsed expression: `start`/`end` are its ast-style span (without
    redundant parentheses), `first`/`last` the span of all its tokens."""

    def __init__(self, kind, start, end, first=None, last=None):
        self.kind = kind
        self.start = start
        self.end = end
        self.first = start if first is None else first
        self.last = end if last is None else last


_BINARY_LEVELS = [('|',), ('^',), ('&',), ('<<', '>>'), ('+', '-'),
                  ('*', '/', '//', '%', '@')]

# tokens that make the whole segment something other than a binary operation
# or subscript at the top level (comparisons, boolean logic, tuples, ...)
_LOWER_PRECEDENCE = {',', 'if', 'else', 'lambda', 'and', 'or', 'not', 'in', 'is',
                     '<', '>', '==', '>=', '<=', '!=', ':=', ':', 'for', 'async',
                     'yield', '=', ';', '->', '+=', '-=', '*=', '/=', '//=', '%=',
                     '@=', '&=', '|=', '^=', '>>=', '<<=', '**='}

_KEYWORDS = {'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
             'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
             'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
             'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'}


class _ExprSpans:
    """Recursive-descent parser for the arithmetic part of Python's
    expression grammar, enough to find the root node of a segment."""

    def __init__(self, text, tokens):
        self.text = text
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return None

    def peek_is(self, *strings):
        tok = self.peek()
        return tok is not None and tok[0] in ('op', 'name') and tok[1] in strings

    def next(self):
        tok = self.peek()
        if tok is None:
            raise _NotHandled
        self.pos += 1
        return tok

    def parse_root(self):
        depth = 0
        for kind, string, _, _ in self.tokens:
            if kind == 'op' and string in '([{':
                depth += 1
            elif kind == 'op' and string in ')]}':
                depth -= 1
                if depth < 0:
                    raise _NotHandled
            elif depth == 0 and kind in ('op', 'name') and string in _LOWER_PRECEDENCE:
                return None
        if depth != 0:
            raise _NotHandled
        node = self.parse_level(0)
        if self.pos != len(self.tokens):
            raise _NotHandled
        return node

    def parse_level(self, level):
        if level == len(_BINARY_LEVELS):
            return self.parse_unary()
        left = self.parse_level(level + 1)
        while self.peek_is(*_BINARY_LEVELS[level]) and self.peek()[0] == 'op':
            self.next()
            right = self.parse_level(level + 1)
            left = self.binop(left, right)
        return left

    def binop(self, left, right):
        node = _Node('binop', left.first, right.last)
        node.left = left
        node.right = right
        return node

    def parse_unary(self):
        tok = self.peek()
        if tok is not None and tok[0] == 'op' and tok[1] in ('+', '-', '~'):
            self.next()
            operand = self.parse_unary()
            return _Node('unary', tok[2], operand.last)
        return self.parse_power()

    def parse_power(self):
        base = self.parse_await()
        if self.peek_is('**') and self.peek()[0] == 'op':
            self.next()
            right = self.parse_unary()
            return self.binop(base, right)
        return base

    def parse_await(self):
        tok = self.peek()
        if tok is not None and tok[0] == 'name' and tok[1] == 'await':
            self.next()
            operand = self.parse_primary()
            return _Node('await', tok[2], operand.last)
        return self.parse_primary()

    def parse_primary(self):
        node = self.parse_atom()
        while True:
            tok = self.peek()
            if tok is None or tok[0] != 'op':
                return node
            if tok[1] == '.':
                self.next()
                name = self.next()
                if name[0] != 'name':
                    raise _NotHandled
                node = _Node('attribute', node.first, name[3])
            elif tok[1] == '(':
                close = self.skip_group()
                node = _Node('call', node.first, close)
            elif tok[1] == '[':
                start = self.pos + 1
                close = self.skip_group()
                inner_tokens = self.tokens[start:self.pos - 1]
                if not inner_tokens:
                    raise _NotHandled  # empty brackets
                value = node
                node = _Node('subscript', node.first, close)
                node.value = value
                node.slice_end = self._inner_span(inner_tokens)[1]
            else:
                return node

    def skip_group(self):
        """Consume a bracketed group; return the end of its closing bracket."""
        open_tok = self.next()
        pairs = {'(': ')', '[': ']', '{': '}'}
        depth = 0
        while True:
            tok = self.next()
            if tok[0] == 'op' and tok[1] in pairs:
                depth += 1
            elif tok[0] == 'op' and tok[1] in (')', ']', '}'):
                if depth == 0:
                    if tok[1] != pairs[open_tok[1]]:
                        raise _NotHandled
                    return tok[3]
                depth -= 1

    def parse_atom(self):
        tok = self.next()
        kind, string, start, end = tok
        if kind == 'number':
            return _Node('constant', start, end)
        if kind == 'string':
            # adjacent string literals form one constant
            while self.peek() is not None and self.peek()[0] == 'string':
                end = self.next()[3]
            return _Node('constant', start, end)
        if kind == 'name':
            if string in _KEYWORDS and string not in ('None', 'True', 'False'):
                raise _NotHandled
            return _Node('name', start, end)
        if string == '...':
            return _Node('constant', start, end)
        if string == '(':
            self.pos -= 1
            first_inner = self.pos + 1
            close = self.skip_group()
            inner_tokens = self.tokens[first_inner:self.pos - 1]
            if not inner_tokens or self._is_tuple_or_generator(inner_tokens):
                return _Node('tuple', start, close)
            inner = self._inner_span(inner_tokens)
            return _Node('group', inner[0], inner[1], start, close)
        if string in ('[', '{'):
            self.pos -= 1
            close = self.skip_group()
            return _Node('display', start, close)
        raise _NotHandled

    @staticmethod
    def _is_tuple_or_generator(tokens):
        depth = 0
        for kind, string, _, _ in tokens:
            if kind == 'op' and string in '([{':
                depth += 1
            elif kind == 'op' and string in ')]}':
                depth -= 1
            elif depth == 0 and string in (',', 'for', 'yield'):
                return True
        return False

    def _inner_span(self, tokens):
        """ast span of the expression made of `tokens` (inside parentheses)."""
        first, last = tokens[0], tokens[-1]
        if first[1] == '(' and first[0] == 'op':
            # is the whole thing one more parenthesized group?
            depth = 0
            for k, tok in enumerate(tokens):
                if tok[0] == 'op' and tok[1] in '([{':
                    depth += 1
                elif tok[0] == 'op' and tok[1] in ')]}':
                    depth -= 1
                    if depth == 0:
                        if k == len(tokens) - 1:
                            inner = tokens[1:-1]
                            if inner and not self._is_tuple_or_generator(inner):
                                return self._inner_span(inner)
                        break
        return first[2], last[3]

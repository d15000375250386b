"""Support for regular expressions (RE).

weft's re module: the Python-level API (flags, errors, the pattern cache and
module-level helpers) over the native engine in _weftre, which parses,
compiles and matches patterns and provides the Pattern and Match types.
"""

import enum
import _weftre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


@enum.global_enum
@enum._simple_enum(enum.IntFlag, boundary=enum.KEEP)
class RegexFlag:
    NOFLAG = 0
    ASCII = A = 256        # \w, \d, \s and case folding ASCII-only
    IGNORECASE = I = 2
    LOCALE = L = 4         # bytes patterns: locale-dependent classes
    UNICODE = U = 32       # the default for str patterns
    MULTILINE = M = 8      # ^ and $ also match at line boundaries
    DOTALL = S = 16        # . also matches a newline
    VERBOSE = X = 64       # whitespace and comments in the pattern are ignored
    TEMPLATE = T = 1       # deprecated, undocumented
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is None or pos is None:
            self.lineno = self.colno = None
        else:
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            msg = '%s at position %d' % (msg, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        super().__init__(msg)


Pattern = _weftre.Pattern
Match = _weftre.Match


# --------------------------------------------------------------------
# public interface

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return _compile(pattern, flags | T)


# Characters escape() prefixes with a backslash: the special characters,
# '-' (ranges), '&' and '~' (possible future set operations), '#' and
# whitespace (verbose mode).
_ESCAPED = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'
_escape_table = {ord(c): '\\' + c for c in _ESCAPED}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_escape_table)
    text = str(pattern, 'latin1')
    return text.translate(_escape_table).encode('latin1')


# --------------------------------------------------------------------
# internals

# The pattern cache: (type(pattern), pattern, flags) -> Pattern, oldest first,
# at most 512 entries. _compile(pattern, flags) looks patterns up and compiles
# on a miss (natively: it is on the path of every module-level call).
_cache = {}
_MAXCACHE = 512
_compile = _weftre.make_compile(error, _cache)


def _pickle(p):
    return _compile, (p.pattern, p.flags)


try:  # patterns pickle as a call to _compile (once copyreg is available)
    import copyreg
except ImportError:
    pass
else:
    copyreg.pickle(Pattern, _pickle, _compile)


# --------------------------------------------------------------------
# experimental stuff

class Scanner:
    """Tokenizer helper: tries each (phrase, action) of the lexicon in
    turn at the current position."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        self._actions = {}
        parts = []
        group = 0
        for i, (phrase, action) in enumerate(lexicon):
            inner = _compile(phrase, flags)
            group += 1
            self._actions[group] = i
            if isinstance(phrase, bytes):
                parts.append(b'(' + phrase + b')')
            else:
                parts.append('(' + phrase + ')')
            group += inner.groups
        joined = (b'|' if parts and isinstance(parts[0], bytes) else '|').join(parts)
        self.scanner = _weftre.compile(joined, flags, error)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._actions[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]

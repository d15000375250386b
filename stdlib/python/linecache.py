"""weft's linecache: cached access to the lines of source files.

Written for weft from the documented behaviour of CPython 3.11.  Used by
traceback and warnings to show source lines.  Files are decoded using
their PEP 263 coding cookie (UTF-8 by default).
"""
import sys
import os

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname), or (get_source_function,) for
# a lazily loaded module source.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache; '' if missing."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines of a Python source file from the cache, updating it
    if the file is not cached yet."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries whose files changed on disk (or all of them)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache.get(filename)
        if entry is None or len(entry) == 1:
            continue  # lazily loaded source: nothing on disk to compare
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue  # no file: lines came from a loader
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def _coding_of(first_lines):
    """The PEP 263 encoding named in the first two lines (bytes), or utf-8."""
    for line in first_lines[:2]:
        text = line.decode('latin-1').strip()
        if not text.startswith('#'):
            if text:
                break
            continue
        k = text.find('coding')
        if k < 0:
            continue
        rest = text[k + 6:]
        if rest[:1] not in (':', '='):
            continue
        rest = rest[1:].strip()
        name = ''
        for ch in rest:
            if ch.isalnum() or ch in '-_.':
                name += ch
            else:
                break
        if name:
            return name
    return 'utf-8'


def _read_source(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
        encoding = 'utf-8'
    else:
        encoding = _coding_of(data.split(b'\n', 2))
    text = data.decode(encoding)
    # universal newlines, as text-mode reading would give
    return text.replace('\r\n', '\n').replace('\r', '\n').splitlines(True)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines (empty if the
    source cannot be found)."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename
        # a module loader may know the source
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = [line + '\n' for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, fullname)
                return cache[filename][2]
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        lines = _read_source(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = stat.st_size, stat.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with a loader's get_source, to be called
    only when the lines are needed.  True if a lazy entry now exists."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False

"""weft's textwrap: wrap, fill, shorten, dedent and indent.

Written for weft from the documented behaviour of CPython 3.11.  CPython
splits text into chunks with a verbose regular expression; this module
does the same split with a hand-written scanner (no `re` needed) that
follows the same rules: whitespace runs, em-dashes between words, and words
that may break after a hyphen between letters.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts: a non-breaking space must not break lines.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(ch):
    # \w in a str pattern
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # [^\d\W]: a word character that is not a decimal digit
    return _is_word_char(ch) and not ch.isdecimal()


def _is_word_punct(ch):
    # [\w!"'&.,?]
    return _is_word_char(ch) or ch in '!"\'&.,?'


def _char(text, i):
    return text[i] if 0 <= i < len(text) else ''


def _dash_run_then_word(text, j):
    """Is text[j:] two or more hyphens followed by a word character?"""
    k = j
    while k < len(text) and text[k] == '-':
        k += 1
    return k - j >= 2 and k < len(text) and _is_word_char(text[k])


def _hyphen_breaks_here(text, j):
    """Can a word end with the hyphen at text[j] (letters on both sides)?"""
    if _char(text, j) != '-':
        return False
    two_letters = _is_letter(_char(text, j - 2)) and _is_letter(_char(text, j - 1))
    letter_hyphen_letter = (_is_letter(_char(text, j - 3)) and _char(text, j - 2) == '-'
                            and _is_letter(_char(text, j - 1)))
    if not (two_letters or letter_hyphen_letter):
        return False
    if not _is_letter(_char(text, j + 1)):
        return False
    after = _char(text, j + 2)
    return _is_letter(after) or (after == '-' and _is_letter(_char(text, j + 3)))


def _next_chunk_end(text, i):
    """End of the chunk starting at i (the same chunks as CPython's wordsep_re)."""
    n = len(text)
    if text[i] in _whitespace:
        j = i + 1
        while j < n and text[j] in _whitespace:
            j += 1
        return j
    # an em-dash between words
    if i > 0 and _is_word_punct(text[i - 1]) and _dash_run_then_word(text, i):
        j = i
        while text[j] == '-':
            j += 1
        return j
    # the shortest word that ends at a breakable hyphen, whitespace, the end
    # of the text, or just before an em-dash
    j = i + 1
    while True:
        if j < n and _hyphen_breaks_here(text, j):
            return j + 1
        if j >= n or text[j] in _whitespace:
            return j
        if _is_word_punct(text[j - 1]) and _dash_run_then_word(text, j):
            return j
        j += 1


def _split_words(text):
    chunks = []
    i = 0
    while i < len(text):
        j = _next_chunk_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        in_space = text[i] in _whitespace
        while j < n and (text[j] in _whitespace) == in_space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']?\Z
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # prefer to break just after a hyphen that follows a non-hyphen
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

        chunks.reverse()  # pop() from the end is cheap
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            cur_line = []
            cur_len = 0

            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            only_space_left = (not chunks
                               or (self.drop_whitespace and len(chunks) == 1
                                   and not chunks[0].strip()))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (only_space_left and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # the last allowed line: end it with the placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Split text into a list of lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and return it as one string of lines joined by newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of spaces and tabs are normalized to empty
    lines; tabs and spaces are not treated as equal."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        indent = _leading_blanks(line)
        if len(indent) == len(line):
            lines[k] = ''  # blank line: normalized, and no say in the margin
            continue
        if margin is None or indent.startswith(margin):
            if margin is None:
                margin = indent
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text' (by default,
    the lines that are not whitespace-only)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))

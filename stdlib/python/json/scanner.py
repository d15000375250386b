"""weft's json.scanner: make_scanner(), the value parser the decoder uses."""

__all__ = ['make_scanner']


def _number_end(string, idx):
    """Parse -?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)? at idx.
    Returns (end of integer part, end of fraction, end of exponent), or
    None when there is no number."""
    n = len(string)
    i = idx
    if i < n and string[i] == '-':
        i += 1
    if i >= n or not ('0' <= string[i] <= '9'):
        return None
    if string[i] == '0':
        i += 1
    else:
        while i < n and '0' <= string[i] <= '9':
            i += 1
    int_end = i
    if i + 1 < n and string[i] == '.' and '0' <= string[i + 1] <= '9':
        i += 2
        while i < n and '0' <= string[i] <= '9':
            i += 1
    frac_end = i
    if i < n and string[i] in 'eE':
        j = i + 1
        if j < n and string[j] in '-+':
            j += 1
        if j < n and '0' <= string[j] <= '9':
            while j < n and '0' <= string[j] <= '9':
                j += 1
            i = j
    return int_end, frac_end, i


def make_scanner(context):
    """Return scan_once(string, idx) -> (value, end) for the decoder
    `context`; it raises StopIteration(idx) when no JSON value starts at idx."""
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None

        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        if nextchar == '{':
            return parse_object((string, idx + 1), strict, _scan_once, object_hook,
                                object_pairs_hook, memo)
        if nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        if nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        if nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        if nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5

        spans = _number_end(string, idx)
        if spans is not None:
            int_end, frac_end, end = spans
            if frac_end != int_end or end != frac_end:
                res = parse_float(string[idx:end])
            else:
                res = parse_int(string[idx:end])
            return res, end
        if nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        if nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        if nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once

"""textwrap: wrap/fill with the TextWrapper options, shorten, dedent, indent."""
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Hello world! This is a test-case for "
        "well-known hyphen-ated words--and em-dashes -- plus supercalifragilisticexpialidocious "
        "words.  Mr. Smith went to Washington. He said \"hi!\"\tand\tleft.")
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder=' ...'))
print(textwrap.wrap("a\tb\tc", 20, expand_tabs=False, replace_whitespace=False), textwrap.wrap("a\tb", 20, tabsize=4))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11), textwrap.shorten(text, 40, placeholder='…'))
for bad in (lambda: textwrap.wrap('x', 0), lambda: textwrap.shorten('hello world', 3)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
w = textwrap.TextWrapper(width=15)
print(w.wrap("one two three four five six"), w._split("well-known x--y a -- b"))
samples = ["  a\n    b\n  c", "\t\ta\n\t  b", "  \n  x\n\n   y  \n", " a\n\tb", "a\n b", "    hello\n      world\n    !", ""]
for s in samples:
    print(repr(textwrap.dedent(s)), repr(textwrap.indent(s, '> ')), repr(textwrap.indent(s, '+', lambda line: True)))
print(textwrap.dedent('''\
    def f():
        return 1
'''), end='')

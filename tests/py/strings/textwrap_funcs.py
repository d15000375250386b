# textwrap: wrap, fill, shorten, dedent, indent.
import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 40), "|", textwrap.shorten("short", 40), "|", textwrap.shorten(text, 20, placeholder="..."))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
block = """
    def f():
        return 1
    # comment
"""
print(repr(textwrap.dedent(block)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb\n\nc", "+", lambda line: True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("a\tb", 20, expand_tabs=True))
print(textwrap.wrap("one-two-three-four", 8), textwrap.wrap("end.  Start", 20))

"""string: constants, capwords, Template substitution and errors, Formatter."""
import string
from string import Template, Formatter
def tryit(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(string.whitespace.encode(), string.printable.encode(), string.punctuation, string.hexdigits, string.octdigits)
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'), string.capwords('ÉCOLE élève'))
t = Template('$who likes $what, ${who}s $$5 $')
tryit(lambda: t.substitute(who='tim', what='kung pao'))
tryit(lambda: t.safe_substitute(who='tim'))
tryit(lambda: t.substitute({'who': 'x'}, what='y'))
tryit(lambda: Template('$who and $x').substitute(who=1))
tryit(lambda: Template('line1\nab $ cd').substitute())
tryit(lambda: Template('${a b}').substitute(a=1))
tryit(lambda: Template('$1').safe_substitute())
tryit(lambda: Template('$a_1b $_x ${Z9}').substitute(a_1b=1, _x=2, Z9=3))
tryit(lambda: Template('$a $b ${a} $').get_identifiers())
tryit(lambda: Template('$a $').is_valid())
tryit(lambda: Template('$a $$').is_valid())
class P(Template):
    delimiter = '%'
tryit(lambda: P('%x %% %{y} $z').substitute(x=1, y=2))
f = Formatter()
tryit(lambda: f.format('{0} {1!r} {x:>5} {y[0]} {z.real}', 'a', 'b', x=3, y=[9], z=2j))
tryit(lambda: list(f.parse('a{0}b{1:x}c{2!r:>3}d{{e}}f')))
tryit(lambda: f.format('{} {}', 1, 2))
tryit(lambda: f.format('{0:{1}}', 3.14159, '.2f'))
tryit(lambda: f.format('{} {0}', 1))
tryit(lambda: f.format('}'))
tryit(lambda: f.format('{'))
tryit(lambda: f.format('{0'))
tryit(lambda: f.format('{0!x}', 1))
tryit(lambda: list(f.parse('{a[x]:{b}}')))
class Ext(Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '<%s>' % key)
tryit(lambda: Ext().format('{a} {b}', a=1))

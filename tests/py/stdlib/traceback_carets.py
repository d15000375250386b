"""traceback: ~~~^^^ caret lines under 800 generated binary-operation/subscript expressions."""
import traceback, sys, os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
class R:
    def __getattr__(self, n): raise AttributeError(n)
    def __getitem__(self, k): raise KeyError('k')
def _raise(*a): raise ValueError('op')
for name in ['add','sub','mul','truediv','floordiv','mod','matmul','pow','lshift','rshift','and','or','xor']:
    setattr(R, '__%s__' % name, _raise); setattr(R, '__r%s__' % name, _raise)
R.__neg__ = R.__pos__ = R.__invert__ = _raise
class OK:
    v = 1
    def __call__(self, *a): return 1
    def __getitem__(self, k): return 1
import _tb_exprs as exprs
exprs.r = R(); exprs.ok = OK(); exprs.f = lambda x: x
for name in sorted(n for n in dir(exprs) if n[0] in 'tu'):
    try:
        getattr(exprs, name)()
    except Exception as e:
        print(''.join(traceback.format_exception(e)[2:]).replace(HERE, ''), end='')
    else:
        print(name, 'no error')

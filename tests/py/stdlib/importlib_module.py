"""importlib: import_module (absolute/relative), reload, find_spec, spec_from_file_location."""
import importlib
import importlib.util
import os
import sys

m = importlib.import_module('_reload_target')
print(m.value(), m is sys.modules['_reload_target'])
m2 = importlib.reload(m)
print(m2 is m, m.value(), m.RUNS)
print(importlib.import_module('json.decoder').__name__, importlib.import_module('.encoder', 'json').__name__)
for bad in (lambda: importlib.import_module('.x'), lambda: importlib.import_module('no_such_module_xyz'),
            lambda: importlib.reload(5), lambda: importlib.import_module(''),
            lambda: importlib.import_module('...x', 'a.b')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
spec = importlib.util.find_spec('_reload_target')
print(spec.name, os.path.basename(spec.origin), importlib.util.find_spec('no_such_module_xyz'))
print(importlib.util.resolve_name('.b', 'pkg.a'), importlib.util.resolve_name('x', None))
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('loaded_by_path', os.path.join(here, '_reload_target.py'))
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.__name__, mod.value(), 'loaded_by_path' in sys.modules)
importlib.invalidate_caches()
print('done')

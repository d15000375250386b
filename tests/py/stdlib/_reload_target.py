"""Helper for importlib_module.py: a module that counts how often its body runs."""
import sys
RUNS = getattr(sys.modules.get(__name__), 'RUNS', 0) + 1
print('running _reload_target body, run', RUNS)


def value():
    return 'value from run %d' % RUNS

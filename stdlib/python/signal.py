"""weft's signal: the _signal module with CPython's enums (Signals, Handlers,
Sigmasks). Python handlers run in the main thread between bytecodes."""

import _signal
from _signal import *  # noqa: F401,F403
from enum import IntEnum as _IntEnum

_globals = globals()


_SIGNAL_NAMES = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGIOT', 'SIGBUS',
                 'SIGFPE', 'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM',
                 'SIGTERM', 'SIGSTKFLT', 'SIGCHLD', 'SIGCLD', 'SIGCONT', 'SIGSTOP', 'SIGTSTP',
                 'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF',
                 'SIGWINCH', 'SIGIO', 'SIGPOLL', 'SIGPWR', 'SIGSYS', 'SIGRTMIN', 'SIGRTMAX']

Signals = _IntEnum('Signals', [(name, getattr(_signal, name)) for name in _SIGNAL_NAMES])
Signals.__module__ = 'signal'
Handlers = _IntEnum('Handlers', [('SIG_DFL', _signal.SIG_DFL), ('SIG_IGN', _signal.SIG_IGN)])
Handlers.__module__ = 'signal'
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', _signal.SIG_BLOCK),
                                 ('SIG_UNBLOCK', _signal.SIG_UNBLOCK),
                                 ('SIG_SETMASK', _signal.SIG_SETMASK)])
Sigmasks.__module__ = 'signal'

for _enum in (Signals, Handlers, Sigmasks):
    for _name, _member in _enum.__members__.items():
        _globals[_name] = _member
del _enum, _name, _member


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def strsignal(signalnum):
    return _signal.strsignal(signalnum)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


def raise_signal(signalnum):
    _signal.raise_signal(signalnum)


del _globals

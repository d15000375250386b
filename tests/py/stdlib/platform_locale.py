import platform, locale, sys, os
print(platform.system(), platform.machine() == os.uname().machine, platform.python_implementation() in ("CPython", "Weft"))
print(type(platform.uname()).__name__, len(platform.uname()))
print(platform.uname().system, platform.node() == os.uname().nodename, platform.release() == os.uname().release)
print(locale.getpreferredencoding())
print(locale.localeconv()["decimal_point"], locale.atoi("42"), locale.atof("1.5"))
print(locale.format_string("%d items", 3))
try:
    locale.setlocale(locale.LC_ALL, "xx_XX.bogus")
except locale.Error as e:
    print("Error", e)
print(os.getuid() >= 0, os.umask(0o22) >= 0, os.uname().sysname)
r, w = os.pipe()
os.write(w, b"via pipe")
print(os.read(r, 100))
os.close(r); os.close(w)
print(locale.setlocale(locale.LC_ALL), locale.getlocale(), locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, ""), locale.setlocale(locale.LC_ALL))

# sys module: deterministic attributes and behaviours.
import sys
print(sys.argv, len(sys.argv), sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.version_info).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform.startswith("linux"), sys.getrecursionlimit())
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, sys.modules["__main__"].__name__)
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path), sys.path[0].endswith("modules"))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min)
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.maxunicode)
print(sys.intern("abc") == "abc", sys.getdefaultencoding(), sys.stdout.encoding.lower().replace("-", ""))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit", e.code, repr(e))
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
print(sys.exc_info() == (None, None, None), callable(sys.exit), sys.flags.optimize)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def who():
    return sys._getframe(1).f_code.co_name
def caller():
    return who()
print(caller())
sys.stdout.write("direct write\n")
sys.stdout.flush()
print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sorted(sys.builtin_module_names)[:0], "sys" in sys.builtin_module_names)

# printf-style % formatting.
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % True, "%s" % True)
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G %g" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 0.00001, 1e20, 100000.0))
print("%c %c %%" % (65, "z"))
print("%(name)s is %(age)d, %(name)r" % {"name": "Bob", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", (1, 2)), "%s" % ((1, 2),))
print("%.3s|%5.1s|%-4s|" % ("abcdef", "xyz", "ab"))
print("%r" % None, "%s" % None, "%5s|" % None)
print("%#.0f %.0f %.0f %.0f" % (1.0, 0.5, 1.5, 2.5))
print("%x" % -255, "%o" % -8, "%#b" % 5 if False else "no %b for str")
print("%(a)s %(a)s" % {"a": 1}, "%%d" % (), "100%%" % ())
print("%s" % "single", "%i%%" % 50)
print("%10.4f|%-10.2e|%+.1g" % (-2.5, 31415.9, 0.000456))
for fmt, args in [("%d", "s"), ("%d %d", (1,)), ("%s", (1, 2)), ("%(x)s", (1,)), ("%(x)s", {}), ("%z", 1),
                  ("%c", 1114112), ("%c", "ab"), ("%x", 1.5), ("%", ()), ("%d", None), ("%(a)s %s", {"a": 1})]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, "->", type(e).__name__, e)
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65, b"%5.1f" % 2.25)
print("%s" % {"k": "v"}, "%(k)s" % {"k": "v"})

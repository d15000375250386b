# complex: construction, arithmetic, repr, attributes, cmath, errors.
import cmath, math
z = complex(3, 4)
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate(), z.real, z.imag)
print(complex(), complex(2), complex(1.5, -0.5), complex("1+2j"), complex(" 3-4J "), complex("-j"), complex("2"), complex("1e1j"))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, 0.0)), repr(complex(0.0, -0.0)), repr(complex(1e20, 1e-20)))
print(repr(complex(float("inf"), float("nan"))), repr(complex(1, float("-inf"))))
print(z == 3 + 4j, z == complex(3.0, 4.0), 1 + 0j == 1, 1j * 1j == -1, (2 + 0j) == 2.0, hash(2 + 0j) == hash(2))
for bad in ["z < w", "z // 2", "z % 2", "int(z)", "float(z)", "complex('1+')", "complex('j1')", "complex(1, 'x')", "round(z)", "divmod(z, 1)"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(cmath.sqrt(-1), cmath.sqrt(-4 + 0j), cmath.exp(1j * math.pi).real, round(cmath.exp(1j * math.pi).imag, 10))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(z), cmath.rect(2, 0))
print(cmath.isclose(cmath.exp(cmath.log(z)), z), cmath.log(-1), cmath.isnan(complex(float("nan"), 0)), cmath.isinf(complex(0, float("inf"))))
print(sum([1j, 2, 3.5]), (1 + 2j) ** 2, pow(1j, 4), 2 * z, z * 0.5, 1 / 1j)
print(type(z.real).__name__, z.imag.is_integer(), complex(True, False), complex(z), complex(z) is z)
print(isinstance(1j, complex), issubclass(complex, object), (3 + 4j).__abs__(), complex.__mro__)

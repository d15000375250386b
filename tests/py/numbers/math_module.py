# math module functions with exact integer results and well-defined float results.
import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm())
print(math.isqrt(0), math.isqrt(99), math.isqrt(100), math.isqrt(10 ** 40 + 1), math.factorial(20), math.factorial(0))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.prod([1, 2, 3, 4]), math.prod([], start=7), math.prod([2.5, 2]))
print(math.sqrt(16), math.sqrt(2), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp(0), math.exp(1) == math.e, math.exp2(10) if hasattr(math, "exp2") else 1024.0)
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0), math.log(2 ** 1000))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.copysign(3, -0.0), math.fabs(-3), math.modf(3.75), math.modf(-3.75), math.frexp(8), math.ldexp(0.5, 4))
print(math.nextafter(1, 2) - 1, math.ulp(1.0), math.ulp(0.0), math.remainder(10, 3))
print(math.pow(2, 10), math.pow(-8, 1 / 3) if False else "skip", math.sinh(0), math.cosh(0), math.tanh(0), math.erf(0), math.gamma(5), math.lgamma(1))
for bad in ["math.sqrt(-1)", "math.log(0)", "math.factorial(2.5)", "math.factorial(-1)", "math.comb(-1, 2)", "math.isqrt(-1)",
            "math.acos(2)", "math.exp(1000)", "math.pow(0, -1)", "math.gcd(1.5, 2)", "math.fsum([float('inf'), -float('inf')])"]:
    try:
        print(bad, "->", eval(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(bad, "->", type(e).__name__, e)
print(math.floor(10 ** 20 + 0.5), math.ceil(1e20), math.floor(float("1e300")) == 10 ** 300)
class F:
    def __floor__(self): return "floored"
    def __ceil__(self): return "ceiled"
print(math.floor(F()), math.ceil(F()))

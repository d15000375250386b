# decimal: exact decimal arithmetic, context precision, quantize, rounding modes, signals.
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero
print(D("0.1") + D("0.2"), D("0.1") + D("0.2") == D("0.3"), D(0.1), D(10), D("1.50"), D("-0.0"), D("1e3"), D("1E-3"))
print(D("1.30") + D("1.20"), D("1.3") * D("1.2"), D("10") / D("4"), D("1") / D("3"), D("2").sqrt())
print(D("7") // D("2"), D("-7") // D("2"), D("7") % D("-2"), D("-7") % D("2"), divmod(D("-7"), D("2")))
with localcontext() as ctx:
    ctx.prec = 5
    print(D("1") / D("7"), D("123456789") + 0, +D("1.23456789"))
print(getcontext().prec, getcontext().rounding)
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING]:
    print(mode, [str(D(s).quantize(D("0.1"), rounding=mode)) for s in ["1.25", "1.35", "-1.25", "1.21", "-1.29"]])
print(D("3.14159").quantize(D("0.01")), D("2.5").to_integral_value(), D("3.5").to_integral_value(), D("1234.5").normalize(), D("1.200").normalize())
print(D("1.5").as_tuple(), D("-0.25").as_integer_ratio(), D("123.45").adjusted(), D("NaN").is_nan(), D("-inf").is_infinite())
print(D("1e100") * D("1e100"), D("1.0") == D("1.00"), hash(D("1.0")) == hash(D("1.00")), str(D("1.00")), repr(D("1.00")))
for bad in ["D('1') / D('0')", "D('abc')", "D('0') / D('0')", "D('-1').sqrt()", "D('inf') - D('inf')"]:
    try:
        print(bad, "->", eval(bad))
    except (InvalidOperation, DivisionByZero, ZeroDivisionError) as e:
        print(bad, "->", type(e).__name__)
print(sorted([D("1.1"), D("-2"), D("0.5")]), max(D("1"), D("1.0")), sum([D("0.1")] * 10))
print(f"{D('1234.5678'):,.2f}", f"{D('0.000012'):.2e}", format(D("12.3"), ">8"), D("5").compare(D("3")))

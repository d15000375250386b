# inf/nan/-0.0 arithmetic and comparison rules.
import math
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf, inf ** 0, nan ** 0, 1 ** nan)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, inf == inf, -inf < inf, inf > 10 ** 400)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan), nan is nan)
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, nan, 1]) == sorted([3, nan, 1]), [nan] == [nan])
x = nan
print(x in [x], x in [float("nan")], {x: 1}.get(x), len({nan, nan}), len({float("nan"), float("nan")}))
print(-0.0 == 0.0, math.copysign(1, -0.0), str(-0.0), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, abs(-0.0))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), 1 / -inf, math.sqrt(-0.0))
print(inf % 2 if False else "skip", math.fmod(5, inf), 5 % inf, -5 % inf)
for expr in ["1 / 0.0", "inf % 2", "math.sqrt(-1)", "math.log(-1)", "int(inf)", "int(nan)", "round(inf)", "round(nan)", "1e308 * 10 == inf", "2.0 ** 10000"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print(float("inf") == float("Infinity") == float("+INF"), float("-nan") != float("-nan"))
print(round(-0.0), round(-0.4), round(-0.5), round(0.5), str(round(-0.4, 1)))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), int(-0.5))

"""statistics: means, medians, modes, quantiles, variance/stdev (exact), correlation, NormalDist."""
import statistics as S, random
from fractions import Fraction as F
r = random.Random(7)
def t(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ' ' + str(e)
datasets = [[1, 2, 3, 4], [1, 2, 3, 4, 5], [2.5, 3.25, 5.5, 11.25, 8.0], [F(1, 3), F(2, 7), F(5, 4)], [1, 2.5, F(1, 2)], [True, False, True], [], [7], [1, 1, 2, 3, 3, 3, 4], [float('nan'), 1.0], [float('inf'), 1.0, 2.0], [1e300, 1e300, -1e300]]
for _ in range(40):
    k = r.randint(2, 15)
    kind = r.randrange(3)
    if kind == 0: datasets.append([r.randint(-100, 100) for _ in range(k)])
    elif kind == 1: datasets.append([r.uniform(-1e6, 1e6) for _ in range(k)])
    else: datasets.append([r.gauss(10, 3) for _ in range(k)])
for d in datasets:
    print(t(lambda: S.mean(d)), t(lambda: S.fmean(d)), t(lambda: S.median(d)), t(lambda: S.median_low(d)), t(lambda: S.median_high(d)), t(lambda: S.median_grouped(d)), t(lambda: S.median_grouped(d, 2)), t(lambda: S.mode(d)), t(lambda: S.multimode(d)))
    print(t(lambda: S.variance(d)), t(lambda: S.pvariance(d)), t(lambda: S.stdev(d)), t(lambda: S.pstdev(d)), t(lambda: S.variance(d, 1)), t(lambda: S.quantiles(d)), t(lambda: S.quantiles(d, n=10, method='inclusive')), t(lambda: S.harmonic_mean([abs(x) for x in d])), t(lambda: S.geometric_mean([abs(x) + 1 for x in d])))
x = [r.uniform(0, 10) for _ in range(20)]; y = [2 * v + r.gauss(0, 1) for v in x]
print(S.covariance(x, y), S.correlation(x, y), S.linear_regression(x, y), S.linear_regression(x, y, proportional=True))
print(t(lambda: S.correlation([1, 1], [1, 2])), t(lambda: S.linear_regression([1, 1], [1, 2])), t(lambda: S.covariance([1], [1])), t(lambda: S.quantiles([1], n=4)), t(lambda: S.quantiles([1, 2], n=0)), t(lambda: S.harmonic_mean([1, -1])), t(lambda: S.fmean([1, 2], [1])), t(lambda: S.fmean([1, 2, 3], [1, 2, 3])), t(lambda: S.harmonic_mean([40, 60], weights=[5, 30])), t(lambda: S.mean(['a'])), t(lambda: S.mean(iter([1, 2]))))
N = S.NormalDist(100, 15)
print(N, N.mean, N.stdev, N.variance, N.pdf(110), N.cdf(110), N.zscore(130), N + 5, N * 2, N - S.NormalDist(1, 2), N == S.NormalDist(100, 15), S.NormalDist.from_samples([1, 2, 3, 4]), N.overlap(S.NormalDist(110, 10)), N.samples(3, seed=4))
print([round(v, 6) for v in N.quantiles()], round(N.inv_cdf(0.999), 6))

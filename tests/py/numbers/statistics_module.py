# statistics module on exact inputs.
import statistics as st
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data), st.multimode([1, 1, 2, 2, 3]))
print(st.pstdev(data), st.pvariance(data), st.variance(data), round(st.stdev(data), 10))
print(st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.mean([Fraction(1, 2), Fraction(1, 3)]), st.fmean([1, 2, 3, 4]))
print(st.median([3, 1, 2]), st.median([]) if False else "skip", st.geometric_mean([1, 4]), st.harmonic_mean([1, 4, 4]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), st.quantiles(range(1, 11), n=10))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError", e)
print(st.correlation([1, 2, 3], [2, 4, 6]), st.covariance([1, 2, 3], [1, 2, 3]), st.linear_regression([1, 2, 3], [2, 4, 6]))

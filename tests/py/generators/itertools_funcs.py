# itertools: infinite iterators, combinatorics, grouping, slicing.
import itertools as it
import operator
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([1, 2], initial=10)))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable([[1, 2], [3]])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in it.groupby("aaabccaa")])
print([(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 2, 1, 3, 3]))])
print([(k, [w for w in g]) for k, g in it.groupby(["apple", "avocado", "banana", "cherry", "cranberry"], key=lambda w: w[0])])
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice("abc", None)), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.pairwise("abcd")))
print(list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations([1, 2, 3], 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.combinations(range(3), 0)), list(it.combinations(range(2), 3)))
try:
    list(it.islice(range(5), -1))
except ValueError as e:
    print("ValueError", e)
gb = it.groupby([1, 1, 2])
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(list(zip(it.count(), "xyz")), next(it.count(2.5, 0.5)), list(it.islice(it.count(10, -3), 4)))

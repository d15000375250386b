# heapq and bisect algorithms on deterministic data.
import heapq, bisect
data = [5, 1, 8, 3, 9, 2, 7]
h = list(data)
heapq.heapify(h)
print(h)
heapq.heappush(h, 0)
print(h, heapq.heappop(h), heapq.heappop(h), h)
print(heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge([3, 1], [2], key=lambda x: -x) ))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "alpha")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
s = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(s, 4), bisect.bisect_right(s, 4), bisect.bisect(s, 0), bisect.bisect(s, 10), bisect.bisect_left(s, 5))
bisect.insort(s, 5)
bisect.insort_left(s, 4)
print(s)
grades = [60, 70, 80, 90]
print(["FDCBA"[bisect.bisect(grades, score)] for score in [33, 60, 75, 89, 90, 100]])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right([1, 2, 3], 2, lo=0, hi=1))
maxh = [-x for x in data]
heapq.heapify(maxh)
print([-heapq.heappop(maxh) for _ in range(3)])

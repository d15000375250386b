# Large dicts: order preserved across resizes, deletions, and re-insertions; int keys.
d = {}
for i in range(1000):
    d[(i * 7919) % 1000] = i
print(list(d)[:15], len(d))
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(list(d)[:15], len(d))
for k in range(0, 30, 3):
    d[k] = "re"
print(list(d)[-12:], len(d))
print(sum(d.keys()), list(d.values())[:5])
e = dict.fromkeys(range(10))
for i in range(10):
    e.pop(i)
    e[i + 100] = None
print(list(e))
f = {i: i for i in range(5)}
f.clear()
f.update((i, -i) for i in range(3, 0, -1))
print(f)
copy = dict(d)
print(list(copy) == list(d), copy == d)
print({k: v for k, v in zip(range(5), "abcde") if k != 2})
keys_sorted_by_value = sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1])
print(keys_sorted_by_value, dict(keys_sorted_by_value))

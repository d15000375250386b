# Building aligned text tables with format specs and str methods.
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 12.125), ("kiwi", 0, 100.0)]
header = f"{'name':<10}|{'qty':>5}|{'price':>8}|{'total':>9}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5d}|{price:>8.2f}|{qty * price:>9,.2f}")
print("=" * len(header))
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':<10}|{'':>5}|{'':>8}|{total:>9,.2f}")
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(" ".join(str(v).ljust(w) if isinstance(v, str) else str(v).rjust(w) for v, w in zip(r, widths)))
for i, (name, *_ ) in enumerate(rows, 1):
    print("{:>3}. {:.<12}{:.>6}".format(i, name, i * 111))
print("|".join(s.center(8, "·") for s in ["a", "bb", "ccc"]))
print("%-10s|%5d|%8.3f" % rows[0])
print("\n".join(f"{k!s:>6} = {v!r}" for k, v in {"one": 1, "two": [2], "three": "3"}.items()))

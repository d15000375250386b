# Set iteration order for floats, tuples, frozensets, bytes-free deterministic hashables.
print({1.5, 0.5, 2.5, -0.5, 100.25})
print({0.1, 0.2, 0.3, 1e100, 1e-100, float("inf"), -float("inf")})
print({1, 1.5, 2, 2.5, 3})
print({(1, 2), (2, 1), (0, 0), (1,), ()})
print({(i, i * i) for i in range(8)})
print({(1, (2, 3)), (1, (3, 2)), ((1, 2), 3)})
print({frozenset({1}), frozenset({1, 2}), frozenset(), frozenset({3, 4, 5})})
print({1 + 2j, 2 + 1j, 3j, 4.0})
print({(True, 1.5), (False, -2.5), (1, 2)})
s = {(x, y) for x in range(4) for y in range(3)}
print(s)
s -= {(0, 0), (3, 2)}
print(s)
print({frozenset({i, i + 1}) for i in range(6)})
print({(1.0, 2), (1, 2.0)}, len({(1.0, 2), (1, 2.0)}))

# Set order after heavy churn: deletions leave dummies, re-adds, clears, copies and rebuilds.
s = set(range(32))
for i in range(0, 32, 2):
    s.remove(i)
print(s)
for i in range(100, 110):
    s.add(i)
print(s)
s2 = s.copy()
print(s2, list(s2) == list(s))
s3 = set(s)
print(s3)
t = set()
for i in [17, 33, 49, 1, 65, 81]:
    t.add(i)
print(t)
t.discard(33)
t.add(97)
print(t)
t.add(33)
print(t)
u = set(range(8))
u.clear()
u.update([40, 8, 16, 0, 24, 32])
print(u)
w = {i * 8 for i in range(20)}
print(w)
x = set()
for i in range(50):
    x.add(i)
    if i % 5 == 0:
        x.discard(i // 2)
print(x)
y = {1000003 * k for k in range(10)}
print(y)
z = set(range(-10, 10))
print(z, {-1, -2} | z == z)
print(frozenset(range(50, 0, -7)), set(frozenset(range(50, 0, -7))))

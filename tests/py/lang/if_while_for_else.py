# Control flow: if/elif/else, while-else, for-else, break, continue, pass.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(n) for n in (-5, 0, 3, 10, 100)])

def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], 1)

n = 0
while n < 3:
    n += 1
else:
    print("while finished normally", n)

n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    print("unreachable")
print("broke at", n)

out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)

for i in range(3):
    for j in range(3):
        if j == i:
            break
    else:
        print("inner no break", i)
    pass
print("nested done")

x = 5
print("yes" if x > 3 else "no", "a" if x < 0 else "b" if x < 10 else "c")

count = 0
for _ in []:
    count += 1
else:
    count += 100
print(count)

while False:
    pass
else:
    print("while False else")

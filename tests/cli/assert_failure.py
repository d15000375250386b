# A failing assert with a message: "AssertionError: <message>" on stderr, exit status 1.
def average(values):
    assert values, "average() of an empty list"
    return sum(values) / len(values)

print(average([1, 2, 3]))
x = 3
assert x == 2, f"x should be 2, got {x}"
print("not reached")

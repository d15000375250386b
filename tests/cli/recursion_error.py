# Unbounded recursion: RecursionError traceback with the "[Previous line repeated N more times]" summary.
def walk(n):
    return walk(n + 1)

print("starting recursion")
walk(0)

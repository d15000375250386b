# Implicit chaining: an exception raised while handling another prints both tracebacks.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"bad key: {key!r}")

print("before")
lookup({"a": 1}, "b")

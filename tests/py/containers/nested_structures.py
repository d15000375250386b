# Nested dict/list structures: building, traversal, grouping, inversion (insertion-ordered output).
records = [
    {"dept": "eng", "name": "ann", "skills": ["py", "go"], "level": 3},
    {"dept": "ops", "name": "bob", "skills": ["sh"], "level": 2},
    {"dept": "eng", "name": "cy", "skills": ["py", "rust"], "level": 1},
    {"dept": "hr", "name": "dee", "skills": [], "level": 2},
]
by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(r["name"])
print(by_dept)
skill_index = {}
for r in records:
    for s in r["skills"]:
        skill_index.setdefault(s, set()).add(r["level"])
print({k: sorted(v) for k, v in skill_index.items()})
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0) if isinstance(t, dict) and t else 0
def paths(t, prefix=()):
    if not t:
        yield "/".join(prefix)
    for k, v in t.items():
        yield from paths(v, prefix + (k,))
print(depth(tree), list(paths(tree)))
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
matrix = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print([matrix[(i, i)] for i in range(3)], max(matrix, key=matrix.get), sum(v for (r, c), v in matrix.items() if r == c))
config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": False}
def get_path(d, *keys, default=None):
    for k in keys:
        try:
            d = d[k]
        except (KeyError, IndexError, TypeError):
            return default
    return d
print(get_path(config, "db", "ports", 1), get_path(config, "db", "user"), get_path(config, "debug", "x", default="n/a"))
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = deep_merge(out[k], v) if isinstance(out.get(k), dict) and isinstance(v, dict) else v
    return out
print(deep_merge(config, {"db": {"host": "remote", "user": "me"}, "debug": True}))
counts = {}
for word in "the cat the hat the end".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

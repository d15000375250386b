# Containers in algorithms: BFS/DFS with deques, sets, dicts of lists, topological sort.
from collections import deque, defaultdict
edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 6), (3, 6), (7, 8)]
g = defaultdict(list)
for a, b in edges:
    g[a].append(b)
    g[b].append(a)
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m in g[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
def dfs(start, seen=None):
    seen = set() if seen is None else seen
    seen.add(start)
    out = [start]
    for m in g[start]:
        if m not in seen:
            out += dfs(m, seen)
    return out
print(bfs(1), dfs(1), bfs(7))
components, seen = [], set()
for n in sorted(g):
    if n not in seen:
        comp = set(bfs(n))
        seen |= comp
        components.append(comp)
print(components)
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": []}
order, state = [], {}
def visit(n):
    if state.get(n) == "done":
        return
    state[n] = "active"
    for d in deps[n]:
        visit(d)
    state[n] = "done"
    order.append(n)
for n in deps:
    visit(n)
print(order)
dist = {1: 0}
q = deque([1])
while q:
    n = q.popleft()
    for m in g[n]:
        if m not in dist:
            dist[m] = dist[n] + 1
            q.append(m)
print(dist, {d: sorted(n for n in dist if dist[n] == d) for d in set(dist.values())})
grid = ["S.#", "..#", "#.E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
prev = {start: None}
q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 3 and 0 <= nc < 3 and grid[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = (r, c)
            q.append((nr, nc))
path, node = [], (2, 2)
while node:
    path.append(node)
    node = prev[node]
print(path[::-1])

# 2-D lists: transpose, rotate, flatten, matrix multiply, diagonal, spiral order.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*m)], [list(r) for r in zip(*m[::-1])], [row[::-1] for row in m][::-1])
print([x for row in m for x in row], sum(map(sum, m)), [m[i][i] for i in range(3)], [m[i][2 - i] for i in range(3)])
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(matmul(m, m), matmul([[1, 0], [0, 1]], [[5, 6], [7, 8]]))
def spiral(mat):
    out = []
    mat = [row[:] for row in mat]
    while mat:
        out += mat.pop(0)
        mat = [list(r) for r in zip(*mat)][::-1]
    return out
print(spiral(m), spiral([[1, 2, 3, 4], [5, 6, 7, 8]]))
ident = [[int(i == j) for j in range(4)] for i in range(4)]
print(ident)
for row in m:
    print(" ".join(f"{v:3d}" for v in row))
board = [["."] * 4 for _ in range(3)]
board[1][2] = "X"
print("\n".join("".join(r) for r in board))
print(max(m, key=sum), min(zip(*m), key=lambda c: c[0]), [sorted(r, reverse=True) for r in m])

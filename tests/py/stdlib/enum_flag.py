"""enum: Flag and IntFlag combination reprs, iteration, inversion, boundaries."""
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm(0)), str(Perm(0)), list(Perm))
print(list(Perm.RWX), repr(~Perm.R), repr(Perm.RWX), Perm.R in Perm.RWX, len(Perm.RWX), bool(Perm(0)))
print(repr(Perm.R & Perm.W), repr(Perm.RWX ^ Perm.W), format(Perm.R | Perm.X), Perm(6) is Perm(6))
show(lambda: Perm(8))
show(lambda: Perm('x'))
show(lambda: 1 in Perm.RWX)
show(lambda: Perm.R | 1)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([c.value for c in Color], repr(Color.WHITE), repr(~Color.RED), list(Color.WHITE), Color.__members__)


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(IP.R | IP.W), str(IP.R | IP.W), repr(IP(0)), repr(IP(8)), repr(IP(9)), IP.R | 8, repr(~IP.R))
print(IP.R + 1, IP.R == 4, repr(IP(3)), list(IP(7)), IP.X in IP(3), 3 | IP.R, type(IP.R & 3).__name__, f"{IP.W:>4}")


class Zero(Flag):
    NONE = 0
    A = 1
    B = 2


print(repr(Zero(0)), list(Zero), repr(~Zero.A), repr(~Zero.NONE), repr(Zero.A & Zero.B))

for boundary in (STRICT, CONFORM, EJECT, KEEP):
    F = Flag('F', [('A', 1), ('B', 4)], boundary=boundary)
    out = []
    for v in (5, 7, 2):
        try:
            out.append(repr(F(v)))
        except ValueError as e:
            out.append('ValueError: ' + str(e).replace('\n', ' / '))
    print(boundary, out, repr(~F.A))

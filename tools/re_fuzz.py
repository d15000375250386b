#!/usr/bin/env python3
"""Randomized differential test of the re module: generates random small
patterns and subject strings, runs match/search/fullmatch/findall/sub/split/
finditer (and compile errors) under CPython and weft, and reports the cases
whose output differs.

Usage: re_fuzz.py --weft bazel-bin/weft [--seed N] [--cases 3000] [--rounds 4]
Each round uses seed+i and alternates between a broad generator (Unicode,
escapes, classes, flags, syntax errors, bytes) and a capture-heavy one
(nested groups, lazy/possessive repeats, backreferences, lookarounds,
conditionals) over a tiny alphabet.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

RUNNER = r'''
import re
def show(m):
    if m is None:
        return "None"
    return "%r %r %r %r" % (m.span(), m.groups(), m.lastindex,
                            [m.span(i) for i in range(len(m.groups()) + 1)])
def attempt(f):
    try:
        return f()
    except Exception as e:
        return "EXC %s %s" % (type(e).__name__, e)
for p, f, s in CASES:
    try:
        c = re.compile(p, f)
    except Exception as e:
        print(repr(p), f, "ERR", type(e).__name__, e)
        continue
    out = [repr(p), f, repr(s)]
    for fn in (c.match, c.search, c.fullmatch):
        out.append(attempt(lambda: show(fn(s))))
    out.append(attempt(lambda: repr(c.findall(s))))
    out.append(attempt(lambda: repr(c.sub(b"<\\g<0>>" if isinstance(s, bytes) else "<\\g<0>>", s))))
    out.append(attempt(lambda: repr(c.split(s))))
    out.append(attempt(lambda: repr([show(m) for m in c.finditer(s, 1)])))
    print(" | ".join(map(str, out)))
'''

CHARS = ["a", "b", "A", "k", "K", "\u212a", "s", "\u017f", "i", "\u0130", "\u0131", "\xe9", "\xc9",
         "\u03c3", "\u03c2", "\u03a3", " ", "\n", "1", "\u0661", "_", "-", "\U00010428", "\U00010400"]
ESCAPES = [r"\w", r"\W", r"\s", r"\S", r"\d", r"\D", r"\b", r"\B", r"\A", r"\Z", r"\n", r"\x41",
           r"\u00e9", r"\101", r"\0", r"\.", r"\-", r"\q", r"\x4", "\\"]


class Broad:
    def __init__(self, rnd):
        self.rnd = rnd

    def char_class(self):
        r = self.rnd
        items = []
        for _ in range(r.randint(1, 3)):
            x = r.random()
            if x < 0.4:
                items.append(r.choice(CHARS))
            elif x < 0.7:
                a, b = sorted([r.choice("abkzAKZ09"), r.choice("abkzAKZ09")])
                items.append(b + "-" + a if r.random() < 0.1 else a + "-" + b)
            else:
                items.append(r.choice([r"\w", r"\d", r"\s", r"\W", "\u0100-\u0200",
                                       "\U00010400-\U00010430", "-", "]", "^", "[", r"\b"]))
        return "[" + r.choice(["", "", "^"]) + "".join(items) + "]"

    def atom(self, depth, st):
        r = self.rnd
        x = r.random()
        if depth > 3 or x < 0.4:
            y = r.random()
            if y < 0.5:
                return r.choice(CHARS)
            if y < 0.7:
                return r.choice(ESCAPES)
            if y < 0.85:
                return self.char_class()
            return r.choice([".", "^", "$", "(", ")", "*", "{", "}", "|", "?", "[", "]"])
        x = r.random()
        if x < 0.2:
            st["groups"] += 1
            return "(" + self.expr(depth + 1, st) + ")"
        if x < 0.3:
            st["groups"] += 1
            st["names"].append("n%d" % st["groups"])
            return "(?P<n%d>" % st["groups"] + self.expr(depth + 1, st) + ")"
        if x < 0.38 and st["groups"]:
            return r.choice(["\\%d" % r.randint(1, st["groups"] + 1),
                             "(?P=%s)" % r.choice(st["names"] + ["zz"])])
        if x < 0.44:
            return "(?" + r.choice(["=", "!", "<=", "<!"]) + self.expr(depth + 1, st) + ")"
        if x < 0.5:
            cond = r.choice([str(r.randint(0, st["groups"] + 1))] + st["names"] + ["zz"])
            no = "|" + self.seq(depth + 1, st) if r.random() < 0.6 else ""
            return "(?(%s)" % cond + self.seq(depth + 1, st) + no + ")"
        if x < 0.6:
            flags = r.choice(["i", "m", "s", "x", "a", "-i", "i-s", "u", "L", "ii", "i-i", ""])
            return "(?" + flags + ":" + self.expr(depth + 1, st) + ")"
        if x < 0.65:
            return "(?>" + self.expr(depth + 1, st) + ")"
        if x < 0.7:
            return "(?#c)"
        return "(?:" + self.expr(depth + 1, st) + ")"

    def quant(self):
        r = self.rnd
        if r.random() < 0.6:
            return ""
        q = r.choice(["*", "+", "?", "{2}", "{1,3}", "{,2}", "{2,}", "{0}", "{3,1}", "{x}", "{1,", "{}"])
        x = r.random()
        return q + ("?" if x < 0.25 else "+" if x < 0.3 else "*" if x < 0.32 else "")

    def seq(self, depth, st):
        return "".join(self.atom(depth, st) + self.quant() for _ in range(self.rnd.randint(0, 3)))

    def expr(self, depth, st):
        parts = [self.seq(depth, st)]
        while self.rnd.random() < 0.25:
            parts.append(self.seq(depth, st))
        return "|".join(parts)

    def case(self):
        r = self.rnd
        p = self.expr(0, {"groups": 0, "names": []})
        if r.random() < 0.1:
            p = "(?" + r.choice(["i", "x", "m", "s", "a", "L", "t"]) + ")" + p
        s = "".join(r.choice(CHARS) for _ in range(r.randint(0, 8)))
        flags = r.choice([0, 0, 2, 2, 8, 16, 64, 256, 2 | 256, 2 | 8, 4, 32 | 256])
        if r.random() < 0.15:
            try:
                p, s = p.encode("latin1"), s.encode("latin1")
                if flags & 32:
                    flags = 4
            except UnicodeEncodeError:
                pass
        return p, flags, s


class Captures:
    def __init__(self, rnd):
        self.rnd = rnd

    def atom(self, depth, st):
        r = self.rnd
        if depth > 4 or r.random() < 0.3:
            return r.choice(["a", "b", "a", "b", ".", "[ab]", "", "a", "ab"])
        x = r.random()
        if x < 0.3:
            st["groups"] += 1
            return "(" + self.expr(depth + 1, st) + ")"
        if x < 0.45:
            return "(?:" + self.expr(depth + 1, st) + ")"
        if x < 0.55 and st["groups"]:
            return "\\%d" % r.randint(1, st["groups"])
        if x < 0.62 and st["groups"]:
            return "(?(%d)" % r.randint(1, st["groups"]) + self.seq(depth + 1, st) + "|" + \
                self.seq(depth + 1, st) + ")"
        if x < 0.7:
            return "(?" + r.choice(["=", "!"]) + self.expr(depth + 1, st) + ")"
        if x < 0.75:
            return "(?<" + r.choice(["=", "!"]) + r.choice(["a", "b", "(a)", "(?:a|b)", "(b)a"]) + ")"
        if x < 0.82:
            return "(?>" + self.expr(depth + 1, st) + ")"
        return r.choice(["a", "b"])

    def quant(self):
        r = self.rnd
        if r.random() < 0.45:
            return ""
        q = r.choice(["*", "+", "?", "{2}", "{1,2}", "{0,2}", "{2,}", "{1,}"])
        x = r.random()
        return q + ("?" if x < 0.3 else "+" if x < 0.5 else "")

    def seq(self, depth, st):
        return "".join(self.atom(depth, st) + self.quant() for _ in range(self.rnd.randint(1, 3)))

    def expr(self, depth, st):
        parts = [self.seq(depth, st)]
        while self.rnd.random() < 0.35:
            parts.append(self.seq(depth, st))
        return "|".join(parts)

    def case(self):
        p = self.expr(0, {"groups": 0})
        s = "".join(self.rnd.choice("abAB") for _ in range(self.rnd.randint(0, 7)))
        return p, self.rnd.choice([0, 0, 2]), s


def run(cmd, script):
    p = subprocess.run([cmd, script], capture_output=True, timeout=600,
                       env=dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8"))
    return p.stdout.decode("utf-8", "replace").splitlines()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft", required=True)
    ap.add_argument("--ref", default="python3")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cases", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=4)
    a = ap.parse_args()
    failures = 0
    for i in range(a.rounds):
        seed = a.seed + i
        gen = (Broad if i % 2 == 0 else Captures)(random.Random(seed))
        cases = [gen.case() for _ in range(a.cases)]
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as f:
            f.write("CASES = %r\n" % (cases,))
            f.write(RUNNER)
            script = f.name
        try:
            ref, got = run(a.ref, script), run(os.path.abspath(a.weft), script)
        finally:
            os.unlink(script)
        diffs = [(r, g) for r, g in zip(ref, got) if r != g]
        if len(ref) != len(got):
            diffs.append(("<%d lines>" % len(ref), "<%d lines>" % len(got)))
        print("round %d (%s, seed %d): %d cases, %d differ" % (i, type(gen).__name__, seed, a.cases, len(diffs)))
        for r, g in diffs[:5]:
            print("  cpython:", r[:400])
            print("  weft:   ", g[:400])
        failures += len(diffs)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""weft's differential test runner: runs each test script under weft and under
CPython (the reference) and compares stdout and exit status (and stderr with
--stderr). CPython's output is produced afresh on every run; weft's output is
never its own reference.

Scripts listed in tests/known_failures.txt are still run and reported; they
are counted as "xfail" (or "xpass" when they start passing) so that the exit
status reflects only regressions.

Usage: difftest.py --weft PATH [--stderr] [--known FILE] DIR_OR_FILE...
Files named _*.py are helpers, not tests.
"""
import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys


def run(cmd, path, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1",
               PYTHONIOENCODING="utf-8")
    try:
        p = subprocess.run([cmd, os.path.basename(path)], cwd=os.path.dirname(path), env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def scripts(targets):
    for t in targets:
        if os.path.isdir(t):
            for root, dirs, files in os.walk(t):
                dirs.sort()
                for f in sorted(files):
                    if f.endswith(".py") and not f.startswith("_"):
                        yield os.path.abspath(os.path.join(root, f))
        else:
            yield os.path.abspath(t)


def first_difference(ref, got):
    diff = list(difflib.unified_diff(ref.splitlines(), got.splitlines(), "cpython", "weft",
                                     lineterm="", n=1))
    return "\n".join(diff[:12])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft", required=True)
    ap.add_argument("--ref", default="/usr/bin/python3")
    ap.add_argument("--stderr", action="store_true")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--known", default=None)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-q", "--quiet", action="store_true")
    ap.add_argument("targets", nargs="+")
    a = ap.parse_args()
    weft = os.path.abspath(a.weft)
    root = os.getcwd()
    known = set()
    if a.known and os.path.exists(a.known):
        known = {l.split()[0] for l in open(a.known) if l.strip() and not l.startswith("#")}

    def check(path):
        ref = run(a.ref, path, a.timeout)
        got = run(weft, path, a.timeout)
        problems = []
        if ref[0] != got[0]:
            problems.append("exit status: cpython %s, weft %s" % (ref[0], got[0]))
        if ref[1] != got[1]:
            problems.append("stdout differs:\n" + first_difference(ref[1], got[1]))
        if a.stderr and ref[2] != got[2]:
            problems.append("stderr differs:\n" + first_difference(ref[2], got[2]))
        if got[0] not in (0, 1, 2) and not isinstance(got[0], str) and got[0] < 0:
            problems.insert(0, "CRASH (signal %d)" % -got[0])
        return path, problems

    counts = {"pass": 0, "fail": 0, "xfail": 0, "xpass": 0}
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        for path, problems in pool.map(check, list(scripts(a.targets))):
            rel = os.path.relpath(path, root)
            expected_fail = rel in known
            if problems:
                counts["xfail" if expected_fail else "fail"] += 1
                if not a.quiet or not expected_fail:
                    print("%s %s\n  %s" % ("XFAIL" if expected_fail else "FAIL", rel,
                                           "\n  ".join(problems).replace("\n", "\n  ")))
            else:
                counts["xpass" if expected_fail else "pass"] += 1
                if expected_fail:
                    print("XPASS %s (remove it from the known failures)" % rel)
    print("difftest: %d known failures still failing, %d known failures now passing"
          % (counts["xfail"], counts["xpass"]))
    print("%d passed, %d failed" % (counts["pass"] + counts["xpass"], counts["fail"] + counts["xfail"]))
    sys.exit(1 if counts["fail"] else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# Runs every stress script (stress/*.py except helpers) several times under an
# interpreter, with a per-run timeout, and classifies each run: passed, crashed
# (killed by a signal), hung (timeout), or failed (non-zero status, or output
# that is not a single stable "OK ..." line). Ends with "N passed, M failed".
# Usage: python3 stress/run_stress.py [--python BIN] [--runs N] [--timeout S]
#                                     [--long] [--scale F] [script-name ...]
import argparse
import os
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# type_attr_race.py predates this harness (prints 'errors [...]', not 'OK ...').
NOT_SCRIPTS = {'run_stress.py', 'type_attr_race.py'}


def discover(names):
    scripts = sorted(f for f in os.listdir(HERE)
                     if f.endswith('.py') and not f.startswith('_') and f not in NOT_SCRIPTS)
    if names:
        wanted = set(n if n.endswith('.py') else n + '.py' for n in names)
        unknown = wanted - set(scripts)
        if unknown:
            sys.exit('unknown stress scripts: %s' % ', '.join(sorted(unknown)))
        scripts = [s for s in scripts if s in wanted]
    return scripts


def signal_name(num):
    try:
        return signal.Signals(num).name
    except ValueError:
        return 'signal %d' % num


def run_once(python, script, args, timeout, env):
    cmd = [python, os.path.join(HERE, script)] + args
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, cwd=HERE, env=env, timeout=timeout,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except subprocess.TimeoutExpired as e:
        return 'hung', 'no exit after %.0fs' % timeout, (e.stdout or b'').decode('utf-8', 'replace'), ''
    elapsed = time.monotonic() - start
    out = proc.stdout.decode('utf-8', 'replace')
    err = proc.stderr.decode('utf-8', 'replace')
    rc = proc.returncode
    if rc < 0 or rc >= 128 and rc - 128 in signal.valid_signals():
        num = -rc if rc < 0 else rc - 128
        return 'crashed', 'killed by %s' % signal_name(num), out, err
    lines = out.strip().splitlines()
    if rc != 0:
        return 'failed', 'exit status %d' % rc, out, err
    if len(lines) != 1 or not lines[0].startswith('OK '):
        return 'failed', 'unexpected output', out, err
    return 'passed', '%.2fs' % elapsed, out, err


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--python', default=sys.executable, help='interpreter to test')
    ap.add_argument('--runs', type=int, default=3, help='runs per script (default 3)')
    ap.add_argument('--timeout', type=float, default=120.0, help='seconds per run')
    ap.add_argument('--long', action='store_true', help='pass --long to the scripts')
    ap.add_argument('--scale', help='problem-size factor (sets WEFT_STRESS_SCALE)')
    ap.add_argument('--verbose', '-v', action='store_true', help='show output of failed runs')
    ap.add_argument('scripts', nargs='*')
    opts = ap.parse_args()

    env = dict(os.environ)
    if opts.scale is not None:
        env['WEFT_STRESS_SCALE'] = opts.scale
    args = ['--long'] if opts.long else []
    passed = failed = 0
    crashes = []
    for script in discover(opts.scripts):
        verdicts = []
        first_ok_line = None
        for run in range(opts.runs):
            kind, detail, out, err = run_once(opts.python, script, args, opts.timeout, env)
            if kind == 'passed':
                line = out.strip()
                if first_ok_line is None:
                    first_ok_line = line
                elif line != first_ok_line:
                    kind, detail = 'failed', 'output differs between runs: %r' % line
            if kind == 'passed':
                passed += 1
            else:
                failed += 1
                if kind == 'crashed':
                    crashes.append('%s run %d: %s' % (script, run + 1, detail))
                if opts.verbose or kind != 'passed':
                    tail = (out.strip().splitlines() + err.strip().splitlines())[-6:]
                    for t in tail:
                        print('    | ' + t[:200])
            verdicts.append((kind, detail))
            print('%-30s run %d: %-7s %s' % (script, run + 1, kind.upper(), detail))
            sys.stdout.flush()
    if crashes:
        print('CRASHES (signals):')
        for c in crashes:
            print('  ' + c)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())

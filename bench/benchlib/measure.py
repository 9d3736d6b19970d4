"""Runs one command under /usr/bin/time -v: wall seconds, CPU seconds and peak memory."""
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass


@dataclass
class Run:
    wall_s: float
    cpu_s: float      # user + system, all threads
    peak_mb: float    # maximum resident set size
    stdout: str
    stderr: str


class CommandFailed(RuntimeError):
    pass


def run_measured(argv, env=None, cwd=None, stdout_path=None, stdin_path=None):
    with tempfile.NamedTemporaryFile('r', suffix='.time') as report:
        full = ['/usr/bin/time', '-v', '-o', report.name] + [str(a) for a in argv]
        out = open(stdout_path, 'w') if stdout_path else subprocess.PIPE
        stdin = open(stdin_path) if stdin_path else subprocess.DEVNULL
        start = time.perf_counter()
        proc = subprocess.run(full, stdin=stdin, stdout=out, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd)
        wall = time.perf_counter() - start
        for f in (out, stdin):
            if hasattr(f, 'close'):
                f.close()
        if proc.returncode != 0:
            raise CommandFailed(f'{" ".join(map(str, argv))} exited {proc.returncode}: {proc.stderr[-2000:]}')
        text = report.read()
    user = float(re.search(r'User time \(seconds\): ([\d.]+)', text).group(1))
    system = float(re.search(r'System time \(seconds\): ([\d.]+)', text).group(1))
    rss_kb = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', text).group(1))
    return Run(wall, user + system, rss_kb / 1024.0, proc.stdout if not stdout_path else '', proc.stderr)


def combine(runs):
    """Steps of one job run one after the other: times add, memory is the largest."""
    return Run(sum(r.wall_s for r in runs), sum(r.cpu_s for r in runs), max(r.peak_mb for r in runs),
               '\n'.join(r.stdout for r in runs), '\n'.join(r.stderr for r in runs))


def pss_mb(pids):
    """Proportional set size of processes (shared pages split between them), for a server's memory."""
    total = 0
    for pid in pids:
        try:
            with open(f'/proc/{pid}/smaps_rollup') as f:
                for line in f:
                    if line.startswith('Pss:'):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024.0


def child_pids(root_pid):
    out = subprocess.run(['ps', '-o', 'pid=', '--ppid', str(root_pid)], capture_output=True, text=True).stdout
    return [root_pid] + [int(p) for p in out.split()]


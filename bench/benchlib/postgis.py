"""A throwaway PostgreSQL 15 + PostGIS 3 cluster on loopback in a temporary folder."""
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time

from .measure import Run, child_pids, pss_mb

PG_BIN = '/usr/lib/postgresql/15/bin'


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


class Cluster:
    """PostgreSQL refuses to run as root, so as root the server runs as user postgres."""

    def __init__(self, parent=None):
        self.dir = tempfile.mkdtemp(prefix='renozone-pg-', dir=parent)
        os.chmod(self.dir, 0o755)
        self.port = free_port()
        self.data = os.path.join(self.dir, 'data')
        self.run_as = ['runuser', '-u', 'postgres', '--'] if os.geteuid() == 0 else []
        if self.run_as:
            user = pwd.getpwnam('postgres')
            os.chown(self.dir, user.pw_uid, user.pw_gid)
        self.dsn = f'host=127.0.0.1 port={self.port} dbname=bench user=postgres'

    def _pg(self, tool, *args):
        subprocess.run(self.run_as + [os.path.join(PG_BIN, tool), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self):
        self._pg('initdb', '-D', self.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C')
        options = (f'-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off '
                   '-c synchronous_commit=off -c full_page_writes=off -c shared_buffers=512MB '
                   '-c work_mem=64MB -c maintenance_work_mem=512MB -c max_wal_size=8GB')
        self._pg('pg_ctl', '-D', self.data, '-o', options, '-l', os.path.join(self.dir, 'log'), '-w', 'start')
        self.psql('postgres', 'CREATE DATABASE bench')
        self.psql('bench', 'CREATE EXTENSION postgis')
        return self

    def stop(self):
        try:
            self._pg('pg_ctl', '-D', self.data, '-m', 'fast', '-w', 'stop')
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def postmaster_pid(self):
        with open(os.path.join(self.data, 'postmaster.pid')) as f:
            return int(f.readline())

    def psql(self, db, sql):
        out = subprocess.run(['psql', '-X', '-q', '-At', '-F', ',', '-v', 'ON_ERROR_STOP=1',
                              '-h', '127.0.0.1', '-p', str(self.port), '-U', 'postgres', '-d', db, '-c', sql],
                             check=True, capture_output=True, text=True)
        return out.stdout

    def measured_query(self, sql_file, stdout_path):
        """Runs SQL with psql; CPU counts the server's backends and parallel workers
        (reaped children of the postmaster), memory is the servers' summed PSS."""
        master = self.postmaster_pid()
        before = _reaped_cpu(master)
        peak = 0.0
        start = time.perf_counter()
        with open(stdout_path, 'w') as out:
            proc = subprocess.Popen(['psql', '-X', '-q', '-At', '-F', ',', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1',
                                     '-p', str(self.port), '-U', 'postgres', '-d', 'bench', '-f', sql_file],
                                    stdout=out, stderr=subprocess.PIPE, text=True)
            while proc.poll() is None:
                peak = max(peak, pss_mb(child_pids(master)))
                time.sleep(0.05)
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            raise RuntimeError(f'psql -f {sql_file}: {proc.stderr.read()}')
        time.sleep(0.3)  # let the postmaster reap the session's backend, so its CPU is counted
        return Run(wall, _reaped_cpu(master) - before, peak, '', proc.stderr.read())


def _reaped_cpu(pid):
    tick = os.sysconf('SC_CLK_TCK')
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])) / tick

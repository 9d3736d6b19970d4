#!/usr/bin/env python3
"""renozone's benchmark: in one run, on each of two synthetic cities made
independently (bench/make_city.py, "blocks", shaped like the embedded district
with a plan for every community; bench/make_grid_city.py, "grid", jittered
blocks with bent shared edges, 2 % of buildings centred on a boundary, no plan),
time

  floors   reading every building with OGR (renozone_read_floor) and copying the
           buildings layer into a new GeoPackage with ogr2ogr;
  renozone `report` (the summary job) and `tag` (the tagged GeoPackage), end to end;
  peers    the summary job in GeoPandas (sjoin on point-on-surface), SpatiaLite SQL
           with its spatial index, PostGIS (GiST; load and query timed apart) and QGIS
           Processing (point on surface, then joinbylocationsummary);

then check every tool's per-community counts against renozone's and explain the
differences.  Median wall seconds, CPU seconds and peak memory per job; the table
goes to standard output and, with --readme, into bench/README.md.

    /usr/bin/python3 bench/run_bench.py --size medium [--runs 3] [--peers all|none|geopandas,postgis,...]
    /usr/bin/python3 bench/run_bench.py --size huge --peers none --generators grid   # 10,000,000 buildings

renozone and its floors run alternately (floor, job, floor, job …), so each
ratio compares runs made side by side. The last table holds every target of
issue 23 with met or not met.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchlib import agreement
from benchlib.measure import CommandFailed, combine, run_measured
from benchlib.postgis import Cluster
from benchlib.results import Job, markdown_table, replace_block, targets_table

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PEERS = ('geopandas', 'spatialite', 'postgis', 'qgis')
PACKAGES = ('python3-geopandas', 'postgresql-15-postgis-3', 'spatialite-bin', 'qgis', 'gdal-bin', 'time')


def log(message):
    print(f'run_bench: {message}', file=sys.stderr, flush=True)


def ensure_packages():
    missing = [p for p in PACKAGES if subprocess.run(['dpkg-query', '-W', '-f=${Status}', p], capture_output=True,
                                                     text=True).stdout.find('install ok installed') < 0]
    if not missing:
        return
    log('installing ' + ' '.join(missing))
    sudo = [] if os.geteuid() == 0 else ['sudo']
    env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
    subprocess.run(sudo + ['apt-get', 'update', '-qq'], check=True, env=env)
    subprocess.run(sudo + ['apt-get', 'install', '-y', '-qq', *missing], check=True, env=env, stdout=subprocess.DEVNULL)


def build():
    env = dict(os.environ, CMAKE_BUILD_PARALLEL_LEVEL='2')
    subprocess.run([REPO / 'scripts' / 'build', '-DBUILD_BENCH=ON'], check=True, env=env)
    return REPO / 'build' / 'src' / 'cli' / 'renozone', REPO / 'build' / 'bench' / 'renozone_read_floor'


def run_once(job, step, i):
    """One run of the job, logged; False (the job's note saying why) when it failed."""
    try:
        job.runs.append(step(i))
    except (CommandFailed, RuntimeError, subprocess.CalledProcessError) as e:
        job.note = f'failed: {str(e)[:200]}'
        log(f'{job.name} ({job.tool}) failed: {e}')
        return False
    log(f'{job.tool} {job.name}: {job.runs[-1].wall_s:.2f} s, {job.runs[-1].peak_mb:.0f} MB')
    return True


def repeat(job, runs, step):
    for i in range(runs):
        if not run_once(job, step, i):
            break
    return job


def fresh(path):
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
    return path


def qgis_env(work):
    runtime = work / 'xdg-runtime'
    runtime.mkdir(mode=0o700, exist_ok=True)
    # QGIS's embedded Python finds its home through PATH: a pyenv or virtualenv
    # python3 ahead of /usr/bin makes it start without the qgis module.
    path = ':'.join(p for p in os.environ.get('PATH', '').split(':') if p.startswith(('/usr/', '/bin', '/sbin')))
    env = {k: v for k, v in os.environ.items() if k not in ('PYTHONHOME', 'PYTHONPATH', 'VIRTUAL_ENV')}
    return dict(env, PATH=path or '/usr/bin:/bin', QT_QPA_PLATFORM='offscreen', XDG_RUNTIME_DIR=str(runtime))


GENERATORS = {'blocks': 'make_city.py', 'grid': 'make_grid_city.py'}
HUGE = ('--communities', '100000', '--buildings', '10000000')


def make_city(generator, size, work):
    city = work / (f'{size}.gpkg' if generator == 'blocks' else f'{generator}-{size}.gpkg')
    if not city.exists():
        log(f'making the {size} {generator} city')
        sizing = HUGE if size == 'huge' and generator == 'blocks' else ('--size', size)
        subprocess.run([sys.executable, HERE / GENERATORS[generator], *sizing, '--output', city], check=True)
    return city


def alternate(pairs, runs):
    """Runs each (floor job, floor step, job, step) pair in turn, floor then job, `runs` times."""
    for i in range(runs):
        for floor, floor_step, job, step in pairs:
            for j, run in ((floor, floor_step), (job, step)):
                if not j.note.startswith('failed'):
                    run_once(j, run, i)


def run_city(generator, city, out, args, peers, renozone, read_floor):
    """The jobs on one city, and the lines comparing the peers' counts with renozone's."""
    peer_runs = args.peer_runs or args.runs
    report_json = out / 'renozone-report.json'
    copy, tagged = out / 'ogr2ogr-copy.gpkg', out / 'renozone-tagged.gpkg'
    floor = Job('summary floor: read every building', 'OGR (C++)', 'floor-summary')
    summary = Job('summary: `report`', 'renozone', 'summary')
    validate = Job('`validate`', 'renozone', 'validate')
    floor_tag = Job('tag floor: copy buildings to a new GeoPackage', 'ogr2ogr', 'floor-tag')
    tag = Job('tag: `tag -o out.gpkg`', 'renozone', 'tag')
    read_all = lambda i: run_measured([read_floor, city, 'buildings'])
    alternate([(floor, read_all, summary, lambda i: run_measured(
                   [renozone, '--quiet', 'report', '--data', city, '--format', 'json', '-o', fresh(report_json)])),
               (floor, read_all, validate, lambda i: run_measured(
                   [renozone, '--quiet', 'validate', '--data', city], stdout_path=out / 'validate.txt')),
               (floor_tag, lambda i: run_measured(['ogr2ogr', '-f', 'GPKG', fresh(copy), city, 'buildings']),
                tag, lambda i: run_measured([renozone, '--quiet', 'tag', '--data', city, '-o', fresh(tagged)]))],
              args.runs)
    jobs = [floor, summary, validate, floor_tag, tag]

    results = {'renozone': agreement.from_renozone_json(report_json)} if report_json.exists() else {}
    explanation = None

    if 'geopandas' in peers:
        csv_out = out / 'geopandas.csv'
        job = repeat(Job('summary: sjoin on point-on-surface', 'GeoPandas', 'summary', note='includes reading'),
                     peer_runs, lambda i: run_measured(['/usr/bin/python3', HERE / 'peers' / 'geopandas_join.py',
                                                        city, csv_out]))
        jobs.append(job)
        if job.runs:
            job.note += '; ' + job.runs[-1].stderr.strip().splitlines()[-1]
            results['GeoPandas'] = agreement.from_rows(csv_out, skip_header=True)

    if 'spatialite' in peers:
        db = out / 'city.sqlite'
        load = repeat(Job('load: ogr2ogr into SpatiaLite + R*Tree', 'SpatiaLite', 'load'), 1, lambda i: run_measured(
            ['ogr2ogr', '-f', 'SQLite', '-dsco', 'SPATIALITE=YES', '-lco', 'GEOMETRY_NAME=geom', fresh(db), city,
             'communities', 'buildings']))
        jobs.append(load)
        if load.runs:
            rows = out / 'spatialite.psv'
            job = repeat(Job('summary: SQL, query only', 'SpatiaLite', 'summary', note='data loaded and indexed'),
                         peer_runs, lambda i: run_measured(['sqlite3', '-batch', '-cmd', '.load mod_spatialite', db],
                                                           stdout_path=rows, stdin_path=HERE / 'peers' /
                                                           'summary_spatialite.sql'))
            jobs.append(job)
            if job.runs:
                results['SpatiaLite'] = agreement.from_rows(rows)
            per_building = out / 'spatialite-per-building.psv'
            if tagged.exists():
                run_measured(['sqlite3', '-batch', '-cmd', '.load mod_spatialite', db], stdout_path=per_building,
                             stdin_path=HERE / 'peers' / 'per_building_spatialite.sql')
                explanation = agreement.explain(tagged, per_building)

    if 'postgis' in peers:
        with Cluster(parent=str(out)) as pg:
            load = repeat(Job('load: ogr2ogr (COPY) + GiST + ANALYZE', 'PostGIS', 'load'), 1, lambda i: combine([
                run_measured(['ogr2ogr', '-f', 'PostgreSQL', f'PG:{pg.dsn}', city, 'communities', 'buildings',
                              '-lco', 'GEOMETRY_NAME=geom', '-lco', 'FID=fid', '-overwrite']),
                run_measured(['psql', '-X', '-q', '-h', '127.0.0.1', '-p', str(pg.port), '-U', 'postgres', '-d',
                              'bench', '-c', 'VACUUM ANALYZE'])]))
            jobs.append(load)
            if load.runs:
                rows = out / 'postgis.csv'
                job = repeat(Job('summary: SQL, query only', 'PostGIS', 'summary',
                                 note='data loaded and indexed; server CPU and PSS'),
                             peer_runs, lambda i: pg.measured_query(str(HERE / 'peers' / 'summary_postgis.sql'), rows))
                jobs.append(job)
                if job.runs:
                    results['PostGIS'] = agreement.from_rows(rows)

    if 'qgis' in peers:
        env = qgis_env(out)
        points, summary_csv = out / 'qgis-points.gpkg', out / 'qgis-summary.csv'
        qgis = '/usr/bin/qgis_process.bin'

        def qgis_run(i):
            return combine([
                run_measured([qgis, 'run', 'native:pointonsurface', '--', f'INPUT={city}|layername=buildings',
                              'ALL_PARTS=false', f'OUTPUT={fresh(points)}'], env=env),
                run_measured([qgis, 'run', 'qgis:joinbylocationsummary', '--', f'INPUT={city}|layername=communities',
                              f'JOIN={points}', 'PREDICATE=1', 'JOIN_FIELDS=floor_area;households', 'SUMMARIES=0,5',
                              'DISCARD_NONMATCHING=false', f'OUTPUT={fresh(summary_csv)}'], env=env)])
        job = repeat(Job('summary: pointonsurface + joinbylocationsummary', 'QGIS Processing', 'summary',
                         note='two qgis_process runs; no footprint sum'), peer_runs, qgis_run)
        jobs.append(job)
        if job.runs:
            results['QGIS Processing'] = agreement.from_qgis(summary_csv)

    for name in PEERS:
        if name not in peers:
            jobs.append(Job('summary', {'geopandas': 'GeoPandas', 'spatialite': 'SpatiaLite', 'postgis': 'PostGIS',
                                        'qgis': 'QGIS Processing'}[name], 'summary', note='not run (--peers)'))

    lines = [markdown_table(jobs), '']
    if 'renozone' in results:
        for tool, summaries in results.items():
            if tool == 'renozone':
                continue
            c = agreement.compare(results['renozone'], summaries)
            d = c['deltas']
            footprint = '—' if d['footprint_m2'] is None else f"{d['footprint_m2']:,.1f}"
            lines.append(f'- {tool}: {c["communities_differing"]} communities with another count '
                         f'({c["building_count_difference"]} buildings); renozone − {tool}: '
                         f'buildings {d["buildings"]}, footprint {footprint} m², households {d["households"]:,.0f}')
    if explanation:
        e = explanation
        lines.append(f'- renozone repaired {e["repaired"]} self-intersecting footprints: '
                     f'{e["repaired_m2_renozone"]:,.1f} m² after repair, {e["repaired_m2_peers"]:,.1f} m² as the peers '
                     f'measure them; {e["assigned_differently"]} buildings in another community than SpatiaLite puts '
                     f'them ({e["assigned_differently_repaired"]} of them repaired); SpatiaLite finds '
                     f'{e["invalid_for_peers"]} invalid footprints')
    (out / 'explanation.json').write_text(json.dumps(explanation, indent=2) if explanation else '{}')
    return jobs, lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--size', choices=('small', 'medium', 'large', 'huge'), required=True)
    parser.add_argument('--generators', default='blocks,grid', help='comma list of ' + ', '.join(GENERATORS))
    parser.add_argument('--runs', type=int, default=3, help='runs of renozone and the floors (median)')
    parser.add_argument('--peer-runs', type=int, help='runs of each peer (default: --runs)')
    parser.add_argument('--peers', default='all', help='all, none, or a comma list of ' + ', '.join(PEERS))
    parser.add_argument('--workdir', help='where the cities and the outputs go (default: a folder in the temp dir)')
    parser.add_argument('--readme', help='write the tables into this Markdown file between results markers')
    parser.add_argument('--no-build', action='store_true', help='use the binaries already in build/')
    args = parser.parse_args()
    peers = PEERS if args.peers == 'all' else () if args.peers == 'none' else tuple(args.peers.split(','))
    generators = [g for g in args.generators.split(',') if g]
    unknown = [g for g in generators if g not in GENERATORS]
    if unknown:
        parser.error(f'unknown generator {unknown[0]}: give ' + ', '.join(GENERATORS))

    ensure_packages()
    if args.no_build:
        renozone, read_floor = REPO / 'build/src/cli/renozone', REPO / 'build/bench/renozone_read_floor'
    else:
        renozone, read_floor = build()
    work = Path(args.workdir or Path(tempfile.gettempdir()) / 'renozone-bench').resolve()
    work.mkdir(parents=True, exist_ok=True)
    sections, by_city = [], {}
    for generator in generators:
        city = make_city(generator, args.size, work)
        out = work / f'{args.size}-{generator}'
        out.mkdir(exist_ok=True)
        jobs, lines = run_city(generator, city, out, args, peers, renozone, read_floor)
        by_city[generator] = jobs
        sections.append(f'#### {generator} city ({city.name})\n\n' + '\n'.join(lines))
    sections.append('#### Targets\n\n' + targets_table(by_city, args.size))
    text = '\n\n'.join(sections)
    print(text)
    (work / f'results-{args.size}.md').write_text(text + '\n')
    if args.readme:
        path = Path(args.readme)
        path.write_text(replace_block(path.read_text() if path.exists() else '', args.size, text))


if __name__ == '__main__':
    main()

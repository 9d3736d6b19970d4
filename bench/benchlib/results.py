"""The results table: medians, ratios to each job's floor and to the best peer."""
import re
import statistics
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    tool: str
    kind: str            # floor-summary, summary, floor-tag, tag, load
    runs: list = field(default_factory=list)
    note: str = ''

    def median(self, attribute):
        return statistics.median(getattr(r, attribute) for r in self.runs) if self.runs else None


def _fmt(value, digits=2):
    return '—' if value is None else f'{value:,.{digits}f}'


def _median(jobs, kind, tool=None):
    found = [j for j in jobs if j.kind == kind and j.runs and (tool is None or j.tool == tool)]
    return (found[0].median('wall_s'), found[0].median('peak_mb')) if found else (None, None)


def markdown_table(jobs):
    def wall(kind):
        return _median(jobs, kind)[0]

    floors = {'summary': wall('floor-summary'), 'floor-summary': wall('floor-summary'), 'validate': wall('floor-summary'),
              'tag': wall('floor-tag'), 'floor-tag': wall('floor-tag')}
    peers = [j.median('wall_s') for j in jobs if j.kind == 'summary' and j.tool != 'renozone' and j.runs]
    best_peer = min(peers) if peers else None
    lines = ['| job | tool | runs | median s | CPU s | peak MB | × floor | × best peer | note |',
             '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |']
    for j in jobs:
        if not j.runs:
            lines.append(f'| {j.name} | {j.tool} | 0 | not run | | | | | {j.note} |')
            continue
        w = j.median('wall_s')
        floor = floors.get(j.kind)
        to_floor = w / floor if floor and j.kind in ('summary', 'validate', 'tag') else None
        to_peer = w / best_peer if best_peer and j.kind == 'summary' else None
        lines.append(f'| {j.name} | {j.tool} | {len(j.runs)} | {_fmt(w)} | {_fmt(j.median("cpu_s"))} | '
                     f'{_fmt(j.median("peak_mb"), 0)} | {_fmt(to_floor)} | {_fmt(to_peer, 3)} | {j.note} |')
    return '\n'.join(lines)


def replace_block(text, key, block):
    """Replaces what lies between <!-- results:KEY --> and <!-- /results:KEY --> (appends when absent)."""
    start, end = f'<!-- results:{key} -->', f'<!-- /results:{key} -->'
    new = f'{start}\n{block}\n{end}'
    pattern = re.compile(re.escape(start) + '.*?' + re.escape(end), re.S)
    if pattern.search(text):
        return pattern.sub(lambda _: new, text)
    return text.rstrip('\n') + '\n\n' + new + '\n'


def targets_table(by_city, size):
    """Issue 23's targets on every city: each a ratio measured in this run, met or not met."""
    def verdict(ok):
        return '—' if ok is None else ('met' if ok else '**not met**')

    rows = ['| city | target | measured | met? |', '| --- | --- | --- | --- |']
    for city, jobs in by_city.items():
        floor, _ = _median(jobs, 'floor-summary')
        summary, summary_mb = _median(jobs, 'summary', 'renozone')
        validate, validate_mb = _median(jobs, 'validate', 'renozone')
        copy, _ = _median(jobs, 'floor-tag')
        tag, tag_mb = _median(jobs, 'tag', 'renozone')
        peers = [j.median('wall_s') for j in jobs if j.kind == 'summary' and j.tool != 'renozone' and j.runs]

        def ratio(job, base, limit, what):
            if job is None or base is None:
                rows.append(f'| {city} | {what} ≤ {limit} × | not run | — |')
                return
            rows.append(f'| {city} | {what} ≤ {limit} × | {job:.2f} s against {base:.2f} s: **{job / base:.2f} ×** | '
                        f'{verdict(job / base <= limit)} |')

        ratio(summary, floor, 1.5, '`report` / OGR read floor')
        ratio(validate, floor, 1.5, '`validate` / OGR read floor')
        ratio(tag, copy, 1.5, '`tag` / `ogr2ogr` copy of the buildings')
        if peers and summary:
            best = min(peers)
            rows.append(f'| {city} | `report` ≥ 10 × faster than the fastest peer | {best:.2f} s against {summary:.2f} s: '
                        f'**{best / summary:.1f} ×** | {verdict(best / summary >= 10)} |')
        else:
            rows.append(f'| {city} | `report` ≥ 10 × faster than the fastest peer | peers not run | — |')
        for job_mb, limit, what in ((summary_mb, 2048, '`report`'), (validate_mb, 2048, '`validate`'), (tag_mb, 4096, '`tag`')):
            if job_mb is None:
                continue
            judged = size == 'huge'
            rows.append(f'| {city} | {what} peak memory < {limit:,} MB at 10,000,000 buildings | {job_mb:,.0f} MB'
                        f'{"" if judged else " (judged at --size huge)"} | {verdict(job_mb < limit) if judged else "—"} |')
    return '\n'.join(rows)

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


def markdown_table(jobs):
    def wall(kind):
        found = [j for j in jobs if j.kind == kind and j.runs]
        return found[0].median('wall_s') if found else None

    floors = {'summary': wall('floor-summary'), 'floor-summary': wall('floor-summary'),
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
        to_floor = w / floor if floor and j.kind in ('summary', 'tag') else None
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

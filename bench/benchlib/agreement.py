"""Do the tools agree on per-community counts, and where they do not, why."""
import csv
import json
import sqlite3
from dataclasses import dataclass


@dataclass
class Summary:
    buildings: int
    footprint_m2: float = None
    floor_area_m2: float = None
    households: float = None


def from_renozone_json(path):
    with open(path) as f:
        report = json.load(f)
    # Every building placed in the community, planned or not, as the peers' plain spatial join counts them.
    return {c['id']: Summary(c['all_buildings'], c['inventory']['footprint_m2'], c['inventory']['floor_area_m2'],
                             c['inventory']['households'])
            for c in report['communities'] if c['all_buildings'] > 0}


def from_rows(path, skip_header=False):
    """community, count, footprint, floor area, households (CSV from psql, spatialite, GeoPandas)."""
    out = {}
    with open(path) as f:
        rows = csv.reader(f, delimiter='|' if str(path).endswith('.psv') else ',')
        if skip_header:
            next(rows)
        for row in rows:
            if row:
                out[row[0]] = Summary(int(row[1]), *(float(v) for v in row[2:5]))
    return out


def from_qgis(path):
    out = {}
    with open(path) as f:
        for row in csv.DictReader(f):
            count = int(row['floor_area_count'] or 0)
            if count:
                out[row['id']] = Summary(count, None, float(row['floor_area_sum']), float(row['households_sum']))
    return out


def compare(reference, other):
    """Communities whose count differs, buildings counted differently, and total differences."""
    ids = set(reference) | set(other)
    empty = Summary(0, 0.0, 0.0, 0.0)
    differing = [i for i in ids if reference.get(i, empty).buildings != other.get(i, empty).buildings]
    moved = sum(abs(reference.get(i, empty).buildings - other.get(i, empty).buildings) for i in differing)

    def total(table, field):
        values = [getattr(s, field) for s in table.values()]
        return None if any(v is None for v in values) else sum(values)

    deltas = {}
    for field in ('buildings', 'footprint_m2', 'floor_area_m2', 'households'):
        a, b = total(reference, field), total(other, field)
        deltas[field] = None if a is None or b is None else a - b
    return {'communities_differing': len(differing), 'building_count_difference': moved, 'deltas': deltas}


def explain(tagged_gpkg, per_building_rows):
    """renozone's tagged buildings against SpatiaLite's per-building join (the peers' view)."""
    db = sqlite3.connect(tagged_gpkg)
    ours = {row[0]: row[1:] for row in db.execute(
        'SELECT id, coalesce(community_id, \'\'), footprint_m2, repaired FROM buildings')}
    db.close()
    theirs = {}
    with open(per_building_rows) as f:
        for row in csv.reader(f, delimiter='|'):
            if row:
                theirs[row[0]] = (row[1], float(row[2] or 0), row[3] == '1')
    repaired = [b for b, (_, _, r) in ours.items() if r]
    moved = [b for b in ours if ours[b][0] != theirs.get(b, ('', 0, True))[0]]
    return {
        'buildings': len(ours),
        'repaired': len(repaired),
        'repaired_m2_renozone': sum(ours[b][1] for b in repaired),
        'repaired_m2_peers': sum(theirs[b][1] for b in repaired if b in theirs),
        'invalid_for_peers': sum(1 for v in theirs.values() if not v[2]),
        'assigned_differently': len(moved),
        'assigned_differently_repaired': sum(1 for b in moved if ours[b][2]),
        'moved_examples': sorted(moved)[:5],
    }

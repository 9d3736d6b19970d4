#!/usr/bin/env python3
"""Compares renozone's PostGIS runs with its file-based run on the same data.

    compare.py report FILE.json PG.json
    compare.py tagged FILE.gpkg PG_BUILDINGS.csv
    compare.py pushdown FILE.gpkg FILE.json PLACEMENTS.csv SUMMARY.csv

Counts and identifiers must be equal; areas may differ in the last digits
(PostGIS measures areas with its own code, GEOS with its own).
"""
import csv
import json
import math
import sqlite3
import sys

AREA_TOLERANCE = 1e-6  # m², and relative for shares


def fail(message):
    sys.exit(f'compare.py: {message}')


def close(a, b, tolerance=AREA_TOLERANCE):
    return math.isclose(float(a or 0), float(b or 0), rel_tol=1e-9, abs_tol=tolerance)


def report(file_json, pg_json):
    a, b = json.load(open(file_json)), json.load(open(pg_json))
    for key in ('district', 'targets', 'streets', 'communities', 'rules', 'findings', 'notes'):
        if a[key] != b[key]:
            fail(f'report: "{key}" differs between the GeoPackage and the PostGIS inputs')
    print(f'report: equal ({len(a["communities"])} communities)')


def tagged_rows(gpkg):
    db = sqlite3.connect(gpkg)
    rows = db.execute('SELECT id, community_id, in_plan, footprint_m2, floor_area_m2, share_inside, repaired '
                      'FROM buildings ORDER BY id').fetchall()
    db.close()
    return rows


def tagged(gpkg, pg_csv):
    ours = tagged_rows(gpkg)
    with open(pg_csv) as f:
        theirs = [r for r in csv.DictReader(f)]
    if len(ours) != len(theirs):
        fail(f'tagged: {len(ours)} buildings in the GeoPackage, {len(theirs)} in PostGIS')
    for (id_, community, in_plan, footprint, floor_area, share, _), row in zip(ours, theirs):
        if id_ != row['id'] or (community or '') != row['community_id'] or int(in_plan) != int(row['in_plan']):
            fail(f'tagged: building {id_} differs: {community} {in_plan} vs {row}')
        if not (close(footprint, row['footprint_m2']) and close(floor_area, row['floor_area_m2'])
                and close(share, row['share_inside'])):
            fail(f'tagged: building {id_} figures differ')
    print(f'tagged: equal ({len(ours)} buildings)')


def pushdown(gpkg, file_json, placements_csv, summary_csv):
    ours = {r[0]: r for r in tagged_rows(gpkg)}
    with open(placements_csv) as f:
        theirs = {r['building_id']: r for r in csv.DictReader(f)}
    with_geometry = {i: r for i, r in ours.items() if r[3] and r[3] > 0}
    if set(with_geometry) != set(theirs):
        fail(f'pushdown: {len(with_geometry)} buildings with a footprint here, {len(theirs)} placed in PostGIS')
    for id_, (_, community, _, footprint, _, share, repaired) in with_geometry.items():
        row = theirs[id_]
        if (community or '') != row['community_id'] or int(repaired) != int(row['repaired']):
            fail(f'pushdown: building {id_}: {community} repaired {repaired} here, {row} in PostGIS')
        if not (close(footprint, row['footprint_m2']) and close(share, row['share_inside'])):
            fail(f'pushdown: building {id_}: footprint or share differs')
    report_json = json.load(open(file_json))
    expected = {c['id']: c['all_buildings'] for c in report_json['communities']}
    footprints = {}
    for _, community, _, footprint, _, _, _ in ours.values():
        if community:
            footprints[community] = footprints.get(community, 0.0) + footprint
    with open(summary_csv) as f:
        for row in csv.DictReader(f):
            c = row['community_id']
            if int(row['buildings']) != expected.get(c, 0):
                fail(f'pushdown: community {c}: {row["buildings"]} buildings in PostGIS, {expected.get(c, 0)} here')
            if not close(row['footprint_m2'], footprints.get(c, 0.0), 1e-4):
                fail(f'pushdown: community {c}: footprint differs')
    print(f'pushdown: equal ({len(theirs)} buildings, {len(expected)} communities)')


if __name__ == '__main__':
    {'report': report, 'tagged': tagged, 'pushdown': pushdown}[sys.argv[1]](*sys.argv[2:])

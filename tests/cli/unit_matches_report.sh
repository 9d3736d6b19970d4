#!/usr/bin/env bash
# A unit covering the whole district gives the same totals as `renozone report`;
# a unit saved in a project comes back from --list with the same figures.
# usage: unit_matches_report.sh RENOZONE
set -euo pipefail
rz=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$rz" --quiet report --format json >"$work/report.json"
"$rz" --quiet unit --format json --wkt "POLYGON((470000 3240000,480000 3240000,480000 3250000,470000 3250000,470000 3240000))" \
  --project "$work/project.gpkg" --save --name 全区 --phase 实施 --year 2021 --path 综合改造 --lead 1 >"$work/unit.json"
"$rz" --quiet unit --project "$work/project.gpkg" --list --format json >"$work/list.json"
/usr/bin/python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
report = json.load(open(f'{work}/report.json'))['district']
unit = json.load(open(f'{work}/unit.json'))
listed = json.load(open(f'{work}/list.json'))
for key in ('communities', 'buildings', 'floor_area_m2', 'households', 'people', 'lifts', 'lift_subsidy_cny'):
    assert unit[key] == report[key], (key, unit[key], report[key])
    assert listed[0][key] == report[key], (key, listed[0][key], report[key])
assert listed[0]['name'] == '全区' and listed[0]['phase'] == '实施', listed[0]
print('unit equals report:', {k: unit[k] for k in ('buildings', 'floor_area_m2', 'households', 'people')})
PY

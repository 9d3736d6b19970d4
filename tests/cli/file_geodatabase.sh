#!/usr/bin/env bash
# An Esri File Geodatabase (.gdb folder, GDAL's OpenFileGDB driver) in and out:
# the embedded data copied into a .gdb by GDAL's ogr2ogr reports the same
# figures as the embedded data; renozone's tagged GeoPackage copied into a .gdb
# reads back with the same figures too.
# usage: file_geodatabase.sh RENOZONE
source "$(dirname "$0")/own_data_setup.sh"
ogr2ogr -f OpenFileGDB wulong.gdb "$root/data/wulong.gpkg"
"$rz" --quiet report --format json >embedded.json
"$rz" --quiet report --format json --data wulong.gdb >gdb.json
"$rz" --quiet tag -o tagged.gpkg >/dev/null
ogr2ogr -f OpenFileGDB tagged.gdb tagged.gpkg communities buildings
ogr2ogr -update tagged.gdb "$root/data/wulong.gpkg" streets plan plan_targets  # the plan is not among the tagged layers
"$rz" --quiet report --format json --data tagged.gdb >tagged-gdb.json
/usr/bin/python3 - <<'PY'
import json
embedded = json.load(open("embedded.json", encoding="utf-8"))
for name in ("gdb.json", "tagged-gdb.json"):
    other = json.load(open(name, encoding="utf-8"))
    for key in ("district", "streets", "communities"):
        assert other[key] == embedded[key], (name, key)
print("the .gdb copies report what the embedded data reports")
PY

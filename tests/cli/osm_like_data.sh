#!/usr/bin/env bash
# Data as an OpenStreetMap extract gives it (tests/cli/osm_like_district.py):
# only the id fields are mapped; report, tag and validate take it; each
# neighbourhood's building count equals a point-on-surface count made with
# GDAL's Python bindings, not renozone; every building's unknown floors, year
# and households are counted; the tagged GeoPackage is valid and in UTM.
# usage: osm_like_data.sh RENOZONE
source "$(dirname "$0")/own_data_setup.sh"
/usr/bin/python3 "$here/osm_like_district.py" "$work" >/dev/null
inputs=(--communities "$work/quartiers.geojson" --buildings "$work/batiments.geojson"
        --field communities.id=osm_id --field buildings.id=osm_id)
"$rz" --quiet report --format json "${inputs[@]}" >"$work/report.json"
"$rz" --quiet report "${inputs[@]}" >"$work/report.txt"
"$rz" --quiet tag -o "$work/tagged.gpkg" "${inputs[@]}" >/dev/null
"$rz" --quiet validate "${inputs[@]}" >"$work/validate.txt"
# A planner's assumption fills what the records lack and is said in the outputs.
"$rz" --quiet report --format json "${inputs[@]}" --default buildings.floors=4 >"$work/assumed.json"
"$rz" --quiet tag -o "$work/assumed.gpkg" "${inputs[@]}" --default buildings.floors=4 >/dev/null
grep -q "no planned community: the inventory" "$work/report.txt" || { echo "no inventory in the text report"; exit 1; }
grep -q "Quartier de la Cathédrale" "$work/report.txt" || { echo "accented name lost"; exit 1; }
/usr/bin/python3 - "$work" <<'PY'
import json
import sys
from osgeo import ogr

work = sys.argv[1]
report = json.load(open(f"{work}/report.json", encoding="utf-8"))
# A layer lives only as long as its dataset: keep each open.
quarter_file = ogr.Open(f"{work}/quartiers.geojson")
quarters = {f.GetField("osm_id"): f.GetGeometryRef().Clone() for f in quarter_file.GetLayer()}
expected = {key: 0 for key in quarters}
total = 0
building_file = ogr.Open(f"{work}/batiments.geojson")
for b in building_file.GetLayer():
    total += 1
    point = b.GetGeometryRef().PointOnSurface()
    for key, polygon in quarters.items():
        if polygon.Contains(point):
            expected[key] += 1
got = {c["id"]: c["all_buildings"] for c in report["communities"]}
assert got == expected, (got, expected)
district = report["district"]["inventory"]
assert district["buildings"] == total, district
for key in ("floors_unknown", "built_year_unknown", "households_unknown", "floor_area_unknown"):
    assert district[key] == total, (key, district)
assert report["district"]["buildings"] == 0  # no plan: nothing is in its scope
tagged = ogr.Open(f"{work}/tagged.gpkg")
layer = tagged.GetLayerByName("buildings")
srs = layer.GetSpatialRef()
assert srs.GetAuthorityCode(None) == "32632", srs.GetName()
eligibility = {f.GetField("eligibility") for f in layer}
assert eligibility == {"unknown"}, eligibility
assumed = json.load(open(f"{work}/assumed.json", encoding="utf-8"))
assert assumed["district"]["inventory"]["floors_unknown"] == 0, assumed["district"]["inventory"]
assert f"assumed buildings.floors = 4 for {total} buildings without it" in assumed["notes"], assumed["notes"]
assumed_gpkg = ogr.Open(f"{work}/assumed.gpkg")
assert assumed_gpkg.GetMetadataItem("ASSUMPTIONS") == f"buildings.floors = 4 for {total} buildings without it", assumed_gpkg.GetMetadata()
print("per-neighbourhood counts", got, "equal GDAL's point-on-surface counts; all unknowns counted")
PY
/usr/bin/python3 /usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py "$work/tagged.gpkg"
echo "validate_gpkg: ok"

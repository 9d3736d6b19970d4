#!/usr/bin/env bash
# A CASS-style topographic map (tests/cli/cad_map.py, a DXF written by hand, in
# UTF-8 and in GBK) goes through report, tag and validate: every outline and
# every text is accounted for. Buildings take their floors and structure from
# the annotation inside; the outline without one and the one with two, the
# open polyline and the text outside are reported. A DWG and a drawing
# without its CRS named are refused with the way out.
# usage: cad_map.sh RENOZONE
source "$(dirname "$0")/own_data_setup.sh"
for variant in utf8 gbk; do
  /usr/bin/python3 "$here/cad_map.py" map.dxf $([ "$variant" = gbk ] && echo --gbk)
  inputs=(--communities map.dxf --communities-layer XQ --communities-crs EPSG:4545 --buildings map.dxf --buildings-crs EPSG:4545)
  "$rz" --quiet report --format json "${inputs[@]}" >report.json
  "$rz" --quiet tag -o tagged.gpkg --overwrite "${inputs[@]}" >/dev/null
  "$rz" --quiet validate "${inputs[@]}" >validate.txt || true
  /usr/bin/python3 - "$variant" <<'PY'
import json
import sys
from osgeo import ogr

variant = sys.argv[1]
report = json.load(open("report.json", encoding="utf-8"))
counts = {c["name"]: c["all_buildings"] for c in report["communities"]}
assert counts == {"甲小区": 3, "乙小区": 2}, (variant, counts)
tagged = ogr.Open("tagged.gpkg")
buildings = {f.GetField("id"): (f.GetField("floors"), f.GetField("structure")) for f in tagged.GetLayerByName("buildings")}
assert buildings == {"JMD-B1": (6, "砼"), "JMD-B2": (3, "混"), "JMD-B3": (6, "砼"), "JMD-B4": (None, ""), "JMD-B5": (None, "")}, \
    (variant, buildings)
validate = open("validate.txt", encoding="utf-8").read()
for expected in ("cad_outline_unannotated: map.dxf: layer 'JMD': outline (handle B4)",
                 "cad_outline_two_annotations: map.dxf: layer 'JMD': outline (handle B5): 2 structure-and-floors texts inside (砖2, 混3)",
                 "cad_open_polyline: map.dxf: layer 'JMD': polyline (handle B6)",
                 "cad_text_outside: map.dxf: layer 'JMD': text (handle T7): '砖2' lies inside no outline"):
    assert expected in validate, (variant, expected, validate)
print(variant, ": 2 community outlines and their names, 5 building outlines, 6 annotations, 1 open polyline accounted for")
PY
done
touch map.dwg
if "$rz" --quiet report --communities map.dxf --communities-layer XQ --communities-crs EPSG:4545 --buildings map.dwg 2>err.txt; then
  echo "a DWG was read"; exit 1
fi
grep -q "map.dwg: a DWG drawing, which GDAL here cannot read: save it as DXF" err.txt
if "$rz" --quiet report --communities map.dxf --communities-layer XQ --communities-crs EPSG:4545 --buildings map.dxf 2>err.txt; then
  echo "a drawing without a CRS was read"; exit 1
fi
grep -q "map.dxf: layer 'JMD': has no coordinate reference system; name one with --buildings-crs EPSG:CODE" err.txt
echo "DWG and a drawing without its CRS refused with the way out"

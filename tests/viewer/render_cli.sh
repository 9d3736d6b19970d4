#!/bin/sh
# renozone-viewer --render: writes a PNG of the asked size without a display,
# and refuses bad sizes (exit 2) and unreadable sources (exit 3). Data of
# one's own opens with only its id fields mapped: an OpenStreetMap-shaped
# extract (tests/cli/osm_like_district.py) in two GeoJSON files.
set -eu
viewer="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
unset DISPLAY || true
"$viewer" --render "$out/map.png" --size 640x400
python3 - "$out/map.png" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert (width, height) == (640, 400), (width, height)
assert len(data) > 20000, "suspiciously small: %d bytes" % len(data)
PY
status=0
"$viewer" --render "$out/bad.png" --size 5x5 2>/dev/null || status=$?
[ "$status" -eq 2 ] || { echo "bad --size: exit $status, expected 2"; exit 1; }
status=0
"$viewer" --render "$out/none.png" "$out/missing.gpkg" 2>/dev/null || status=$?
[ "$status" -eq 3 ] || { echo "missing source: exit $status, expected 3"; exit 1; }
[ ! -e "$out/none.png" ] || { echo "wrote an image for a missing source"; exit 1; }
python3 "$(dirname "$0")/../cli/osm_like_district.py" "$out" >/dev/null
"$viewer" --render "$out/osm.png" --size 640x400 --communities "$out/quartiers.geojson" --buildings "$out/batiments.geojson" \
  --field communities.id=osm_id --field buildings.id=osm_id --default buildings.floors=3
[ -s "$out/osm.png" ] || { echo "no image of the OpenStreetMap-shaped extract"; exit 1; }
status=0
"$viewer" --render "$out/bad-field.png" --communities "$out/quartiers.geojson" --buildings "$out/batiments.geojson" \
  --field buildings.nonsense=osm_id 2>"$out/err.txt" || status=$?
[ "$status" -eq 2 ] || { echo "bad --field: exit $status, expected 2"; exit 1; }
grep -q "layer 'buildings' has no field 'nonsense'" "$out/err.txt" || { cat "$out/err.txt"; exit 1; }
# Data of one's own is titled by its file, not as the embedded Wulong data.
"$viewer" --export "$out/osm.pdf" --dpi 72 --communities "$out/quartiers.geojson" --buildings "$out/batiments.geojson" \
  --field communities.id=osm_id --field buildings.id=osm_id
pdftotext "$out/osm.pdf" - | grep -q "batiments 城镇老旧小区改造" || { echo "the page of an extract is not titled by its file"; exit 1; }
! pdftotext "$out/osm.pdf" - | grep -q "武隆" || { echo "the page of an extract is titled as Wulong"; exit 1; }
# A CASS drawing has no CRS: named on the command line it opens, else the viewer says how.
python3 "$(dirname "$0")/../cli/cad_map.py" "$out/map.dxf"
"$viewer" --render "$out/cad.png" --size 400x300 --communities "$out/map.dxf" --communities-layer XQ --buildings "$out/map.dxf" \
  --communities-crs EPSG:4545 --buildings-crs EPSG:4545
[ -s "$out/cad.png" ] || { echo "no image of the CAD drawing"; exit 1; }
status=0
"$viewer" --render "$out/cad-no-crs.png" --size 400x300 --communities "$out/map.dxf" --communities-layer XQ \
  --buildings "$out/map.dxf" 2>"$out/err.txt" || status=$?
[ "$status" -ne 0 ] && grep -q -- "--communities-crs\|--buildings-crs" "$out/err.txt" || { echo "exit $status"; cat "$out/err.txt"; exit 1; }
[ ! -e "$out/cad-no-crs.png" ] || { echo "wrote an image of a drawing without its CRS"; exit 1; }
echo "render ok"

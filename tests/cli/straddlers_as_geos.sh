#!/usr/bin/env bash
# Buildings across a community boundary, on a small city of each benchmark
# generator (bench/make_city.py and bench/make_grid_city.py): renozone measures
# their share inside in doubles, not with GEOS's overlay; GDAL's Python
# bindings (GEOS) compute every straddler's share from the source files, and
# the two agree to 1e-9. Every building's community and footprint agree too.
# usage: straddlers_as_geos.sh RENOZONE
source "$(dirname "$0")/own_data_setup.sh"
/usr/bin/python3 "$root/bench/make_city.py" --communities 60 --buildings 6000 --output blocks.gpkg >/dev/null
/usr/bin/python3 "$root/bench/make_grid_city.py" --communities 60 --buildings 6000 --output grid.gpkg >/dev/null
for city in blocks grid; do
  "$rz" --quiet tag --data "$city.gpkg" -o "$city-tagged.gpkg" >/dev/null
  /usr/bin/python3 - "$city" <<'PY'
import sys
from osgeo import ogr

city = sys.argv[1]
source = ogr.Open(f"{city}.gpkg")
communities = {f.GetField("id"): f.GetGeometryRef().Clone() for f in source.GetLayerByName("communities")}
footprints = {f.GetField("id"): f.GetGeometryRef().Clone() for f in source.GetLayerByName("buildings")}
tagged = ogr.Open(f"{city}-tagged.gpkg")
straddlers = 0
worst = 0.0
for b in tagged.GetLayerByName("buildings"):
    if b.GetField("repaired"):
        continue  # a bow-tie is measured after its repair
    footprint = footprints[b.GetField("id")]
    assert abs(b.GetField("footprint_m2") - footprint.GetArea()) < 1e-6, (city, b.GetField("id"))
    home = b.GetField("community_id")
    if home is None:
        assert all(not c.Contains(footprint.PointOnSurface()) for c in communities.values()), (city, b.GetField("id"))
        continue
    share = b.GetField("share_inside")
    expected = min(1.0, communities[home].Intersection(footprint).GetArea() / footprint.GetArea())
    worst = max(worst, abs(share - expected))
    assert abs(share - expected) < 1e-9, (city, b.GetField("id"), share, expected)
    straddlers += share < 1.0
assert straddlers > 20, (city, straddlers)
print(f"{city}: {straddlers} straddlers' shares equal GEOS's within {worst:.1e}")
PY
done

"""SQL built from user input would break on quotes and semicolons: a
community named a'; DROP TABLE x; -- in a layer of that name, a plan row
naming it, and an output file of that name go through load + tag, and the
output must hold the same figures as with a plain name.
usage: quotes_in_names.py RENOZONE DATA_GPKG"""
import csv
import os
import shutil
import subprocess
import sys
import tempfile

from osgeo import gdal, ogr

gdal.UseExceptions()
renozone, data = sys.argv[1], sys.argv[2]
EVIL = "a'; DROP TABLE x; --"
work = tempfile.mkdtemp()


def make_inputs(name):
    """Communities with FS14 renamed `name`, in a layer named `name`, and a plan naming it."""
    folder = os.path.join(work, "plain" if name == "plain" else "evil")
    os.mkdir(folder)
    src = ogr.Open(data)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(os.path.join(folder, "communities.gpkg"))
    layer = out.CopyLayer(src.GetLayerByName("communities"), name)
    for feature in layer:
        if feature.GetField("id") == "FS14":
            feature.SetField("name", name)
            layer.SetFeature(feature)
    out = None
    with open(os.path.join(folder, "plan.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["community_id", "community_name", "phase", "year"], ["", name, "实施", "2021"]])
    return folder


def tag(folder, layer, output):
    subprocess.run([renozone, "--quiet", "tag", "-o", output, "--communities", "communities.gpkg",
                    "--communities-layer", layer, "--buildings", data, "--plan", "plan.csv"],
                   cwd=folder, check=True, stdout=subprocess.DEVNULL)
    return ogr.Open(os.path.join(folder, output))


def figures(ds, name):
    communities = ds.GetLayerByName("communities")
    communities.SetAttributeFilter(None)
    rows = [f for f in communities if f.GetField("name") == name]
    assert len(rows) == 1, f"{len(rows)} communities named {name!r}"
    row = rows[0]
    buildings = ds.GetLayerByName("buildings")
    in_it = sum(1 for b in buildings if b.GetField("community_name") == name)
    layers = sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()))
    return (row.GetField("id"), row.GetField("planned"), row.GetField("buildings"), row.GetField("households"),
            in_it, layers)


try:
    plain = figures(tag(make_inputs("plain"), "plain", "out.gpkg"), "plain")
    evil = figures(tag(make_inputs(EVIL), EVIL, EVIL + ".gpkg"), EVIL)
finally:
    shutil.rmtree(work)
print("plain name:", plain)
print("quoted name:", evil)
assert plain[1] == 1 and plain[2] > 0, "the plain run did not tag FS14 as planned"
assert evil == plain, "a name with quotes and semicolons changed the result"
print("quotes and semicolons: ok")

"""Copies a GeoPackage of buildings and gives its first building a footprint
of N vertices (most of them on its southern edge), written as a GeoPackage
geometry blob directly, which is far quicker than building it through OGR.
usage: make_huge_polygon.py SOURCE.gpkg TARGET.gpkg N"""
import shutil
import sqlite3
import struct
import sys
from array import array

source, target, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
shutil.copy(source, target)
x0, y0, width, height = 474457.0, 3245549.0, 12.0, 10.0
edge = n - 3  # points on the southern edge, then NE, NW and the closing point
coords = array("d", bytes(16 * n))
step = width / (edge - 1)
coords[0:2 * edge:2] = array("d", (x0 + i * step for i in range(edge)))
coords[1:2 * edge:2] = array("d", [y0]) * edge
coords[2 * edge:] = array("d", [x0 + width, y0 + height, x0, y0 + height, x0, y0])
if sys.byteorder != "little":
    coords.byteswap()
with sqlite3.connect(target) as db:
    srs_id = db.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'buildings'").fetchone()[0]
    header = b"GP" + bytes([0, 0b011]) + struct.pack("<i4d", srs_id, x0, x0 + width, y0, y0 + height)
    wkb = struct.pack("<BIII", 1, 3, 1, n) + coords.tobytes()
    # GDAL's rtree triggers call SQL functions only GDAL provides.
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        db.execute('DROP TRIGGER "%s"' % name.replace('"', '""'))
    db.execute("UPDATE buildings SET geom = ? WHERE id = 'B00001'", (header + wkb,))

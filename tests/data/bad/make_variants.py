"""Spoils copies of the base files make.sh cut, one way each (Python's standard
library only, so the bytes are exactly what each case needs)."""
import copy
import csv
import json
import shutil
import sqlite3


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(doc, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, allow_nan=True)
        f.write("\n")


def variant(base, path, change):
    doc = copy.deepcopy(base)
    change(doc)
    save(doc, path)


def ring(doc, i):
    return doc["features"][i]["geometry"]["coordinates"][0]


def props(doc, i):
    return doc["features"][i]["properties"]


def set_prop(i, key, value):
    return lambda doc: props(doc, i).__setitem__(key, value)


def set_crs(name):
    return lambda doc: doc.__setitem__("crs", {"type": "name", "properties": {"name": name}})


def mixed_types(doc):
    first = doc["features"][1]["geometry"]
    first["type"], first["coordinates"] = "LineString", first["coordinates"][0]
    second = doc["features"][2]["geometry"]
    second["type"], second["coordinates"] = "Point", second["coordinates"][0][0]


def middle_vertex(value):
    def change(doc):
        ring(doc, 0)[1][0] = value
    return change


def shift_all(dx, dy, scale=1.0, origin=(0.0, 0.0)):
    def change(doc):
        for f in doc["features"]:
            for r in f["geometry"]["coordinates"]:
                for p in r:
                    p[0] = origin[0] + (p[0] + dx) * scale
                    p[1] = origin[1] + (p[1] + dy) * scale
    return change


def zero_area(doc):
    x, y = ring(doc, 0)[0]
    doc["features"][0]["geometry"]["coordinates"] = [[[x, y], [x + 10, y], [x + 20, y], [x, y]]]


def bow_tie(doc):
    x, y = ring(doc, 0)[0]
    doc["features"][0]["geometry"]["coordinates"] = [[[x, y], [x + 12, y + 10], [x + 12, y], [x, y + 10], [x, y]]]


buildings = load("buildings_ok.geojson")
communities = load("communities_one.geojson")

variant(buildings, "buildings_mixed_types.geojson", mixed_types)
variant(buildings, "buildings_nan.geojson", middle_vertex(float("nan")))
variant(buildings, "buildings_inf.geojson", middle_vertex(float("inf")))
# Degrees written where the file says EPSG:4545 metres.
variant(buildings, "buildings_degrees_as_metres.geojson", shift_all(-474000, -3245000, 1e-5, (107.73, 29.33)))
variant(buildings, "buildings_latitude_95.geojson", lambda d: (
    shift_all(-474000, -3245000, 1e-5, (107.73, 95.0))(d), set_crs("urn:ogc:def:crs:OGC:1.3:CRS84")(d)))
variant(buildings, "buildings_far_away.geojson", shift_all(0, 200000))
variant(buildings, "buildings_zero_area.geojson", zero_area)
variant(buildings, "buildings_self_intersecting.geojson", bow_tie)
variant(buildings, "buildings_negative_floors.geojson", set_prop(1, "floors", -3))
variant(buildings, "buildings_negative_households.geojson", set_prop(1, "households", -6))
variant(buildings, "buildings_future_year.geojson", set_prop(2, "built_year", 2999))
variant(buildings, "buildings_text_floors.geojson", set_prop(0, "floors", "六层"))
variant(buildings, "buildings_zero_floors.geojson", set_prop(0, "floors", 0))
variant(buildings, "buildings_huge_floors.geojson", set_prop(0, "floors", "1" + "0" * 400))
variant(buildings, "buildings_heritage_flag_2.geojson", set_prop(2, "heritage", 2))
variant(buildings, "buildings_unknown_crs.geojson", set_crs("urn:ogc:def:crs:EPSG::99999"))
variant(buildings, "buildings_mars_crs.geojson", set_crs("urn:ogc:def:crs:ESRI::104971"))
variant(communities, "communities_points.geojson", lambda d: d["features"][0].__setitem__(
    "geometry", {"type": "Point", "coordinates": d["features"][0]["geometry"]["coordinates"][0][0][0]}))
variant(communities, "communities_empty.geojson", lambda d: d.__setitem__("features", []))
variant(communities, "communities_duplicate_ids.geojson", lambda d: d["features"].append(copy.deepcopy(d["features"][0])))

# GBK bytes in a GeoJSON file, which is UTF-8 by definition.
variant(buildings, "buildings_gbk.geojson", set_prop(0, "name", "@NAME@"))
with open("buildings_gbk.geojson", "rb") as f:
    text = f.read()
with open("buildings_gbk.geojson", "wb") as f:
    f.write(text.replace(b"@NAME@", "复兴街小区1栋".encode("gbk")))

with open("buildings_ok.geojson", "rb") as f:
    head = f.read(300)
with open("not_json.geojson", "wb") as f:
    f.write(head)


# GeoPackages damaged below GDAL: bytes of SQLite pages.
def page_of(path, table):
    with sqlite3.connect(path) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    return page_size, root


def overwrite_page(source, path, table, byte):
    page_size, root = page_of(source, table)
    data = bytearray(open(source, "rb").read())
    data[(root - 1) * page_size:root * page_size] = bytes([byte]) * page_size
    open(path, "wb").write(data)


few = "buildings_few.gpkg"
with open(few, "rb") as f:
    open("truncated.gpkg", "wb").write(f.read(40000))
overwrite_page(few, "damaged_table.gpkg", "buildings", 0xFF)
overwrite_page(few, "broken_rtree.gpkg", "rtree_buildings_geom_node", 0x07)
shutil.copy(few, "bad_geometry_blob.gpkg")
with sqlite3.connect("bad_geometry_blob.gpkg") as db:
    # GDAL's rtree triggers call SQL functions only GDAL provides.
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        db.execute('DROP TRIGGER "%s"' % name.replace('"', '""'))
    db.execute("UPDATE buildings SET geom = X'47500003DEADBEEF' WHERE id = 'B00002'")


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


plan_header = ["community_id", "community_name", "phase", "year", "demonstration", "target_households"]
fs14 = ["FS14", "油房沟小区", "实施", "2021", "1", "120"]
write_csv("plan_missing_community.csv", [plan_header, fs14, ["FS99", "不存在小区", "谋划", "2023", "0", "50"]])
write_csv("plan_unnamed_row.csv", [plan_header, fs14, ["", "", "储备", "2024", "0", "10"]])
write_csv("plan_text_year.csv", [plan_header, ["FS14", "油房沟小区", "实施", "明年", "1", "120"]])
write_csv("plan_demonstration_2.csv", [plan_header, ["FS14", "油房沟小区", "实施", "2021", "2", "120"]])
write_csv("plan_negative_target.csv", [plan_header, ["FS14", "油房沟小区", "实施", "2021", "1", "-120"]])
write_csv("plan_targets_text.csv", [["key", "value"], ["households", "13072"], ["buildings", "很多"]])

fields = {
    "fields_bad_syntax.txt": "# survey 2021\nbuildings.floors=floors\nfloors is 层数\n",
    "fields_unknown_layer.txt": "towers.floors=层数\n",
    "fields_unknown_field.txt": "buildings.colour=颜色\n",
    "fields_empty_source.txt": "buildings.floors=\n",
    "fields_missing_source_field.txt": "buildings.floors=层数\n",
}
for name, text in fields.items():
    with open(name, "w", encoding="utf-8") as f:
        f.write(text)
with open("fields_binary.txt", "wb") as f:
    f.write(b"\x00\xff\xfebuildings\x00.floors\n\x89PNG\r\n")


# Site-rules files spoiled one way each, from the default rules.
rules = load("../../../data/rules/gb50180-2018.json")


def set_rule(path, key, value):
    def change(doc):
        node = doc
        for part in path:
            node = node[part]
        node[key] = value
    return change


variant(rules, "rules_zero_radius.json", set_rule(["types", "kindergarten", "radius_m"], "value", 0))
variant(rules, "rules_negative_area.json", set_rule(["types", "kindergarten", "min_area_m2"], "value", -3150))
variant(rules, "rules_verified_as_text.json", set_rule(["types", "nursery", "radius_m"], "verified", "yes"))
variant(rules, "rules_no_types.json", lambda d: d.__setitem__("types", {}))
variant(rules, "rules_value_as_text.json", set_rule(["walking_speed_m_per_min"], "value", "80 m/min"))

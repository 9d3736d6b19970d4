#!/usr/bin/env python3
"""Writes a small district shaped as an OpenStreetMap extract is, for renozone's
"your own data" tests: neighbourhood boundaries and building footprints in
EPSG:4326 (Strasbourg, 7.75°E), French names with accents, an osm_id and
nothing else (no floors, no built year, no households), a neighbourhood of two
parts, one with a hole, buildings that are multipolygon relations, with holes,
triangles (three-point rings), and a footprint mapped twice.
usage: osm_like_district.py FOLDER  -> FOLDER/quartiers.geojson, FOLDER/batiments.geojson
"""
import json
import math
import os
import random
import sys

folder = sys.argv[1]
random.seed(7)
x0, y0 = 7.735, 48.575           # south-west corner
dx, dy = 0.004, 0.0027           # about 300 m each way at this latitude


def ring(x, y, w, h):
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]


quartiers = [
    ("relation/101", "Quartier de la Cathédrale", [[ring(x0, y0, dx, dy)]]),
    # two parts, the second east of the third quarter
    ("relation/102", "Krutenau – Saint-Guillaume", [[ring(x0 + dx, y0, dx, dy)], [ring(x0 + 3 * dx + 0.001, y0, dx / 2, dy)]]),
    # a hole (a park) in the middle
    ("relation/103", "Esplanade & Université",
     [[ring(x0 + 2 * dx, y0, dx, dy), list(reversed(ring(x0 + 2.4 * dx, y0 + 0.4 * dy, 0.2 * dx, 0.2 * dy)))]]),
]
names = ["Cathédrale Notre-Dame-Immaculée", "Église Saint-Étienne", "Maison Kammerzell", "Hôtel de Ville",
         "Besançon", "Kraków", "Schönbühl", "Hà Nội", "Đà Nẵng", "Москва", None]


def feature(properties, polygons):
    kind = "Polygon" if len(polygons) == 1 else "MultiPolygon"
    coordinates = polygons[0] if len(polygons) == 1 else polygons
    return {"type": "Feature", "properties": properties, "geometry": {"type": kind, "coordinates": coordinates}}


def inside_hole(x, y):
    return x0 + 2.4 * dx - 0.0002 < x < x0 + 2.6 * dx + 0.0002 and y0 + 0.4 * dy - 0.0002 < y < y0 + 0.6 * dy + 0.0002


buildings = []
osm = 1000
for q in range(4):  # the three quarters and the second part of the second
    left = x0 + q * dx + (0.001 if q == 3 else 0)
    width = dx / 2 if q == 3 else dx
    for i in range(18):
        bx = left + 0.0002 + random.random() * (width - 0.0006)
        by = y0 + 0.0002 + random.random() * (dy - 0.0006)
        if inside_hole(bx, by):
            continue
        osm += 1
        w, h = 0.00008 + random.random() * 0.0001, 0.00006 + random.random() * 0.0001
        shape = i % 6
        if shape == 0:      # a multipolygon relation: two wings
            polygons = [[ring(bx, by, w / 2, h)], [ring(bx + w * 0.6, by, w / 2, h)]]
        elif shape == 1:    # a courtyard
            polygons = [[ring(bx, by, w, h), list(reversed(ring(bx + w / 3, by + h / 3, w / 3, h / 3)))]]
        elif shape == 2:    # a triangle: three points and the closing one
            polygons = [[[[bx, by], [bx + w, by], [bx + w / 2, by + h], [bx, by]]]]
        else:
            polygons = [[ring(bx, by, w, h)]]
        properties = {"osm_id": f"way/{osm}"}
        name = names[osm % len(names)]
        if name:
            properties["name"] = name
        buildings.append(feature(properties, polygons))
        if i == 5:          # the same footprint mapped twice, under another id
            osm += 1
            buildings.append(feature({"osm_id": f"way/{osm}"}, polygons))

crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}
with open(os.path.join(folder, "quartiers.geojson"), "w", encoding="utf-8") as out:
    json.dump({"type": "FeatureCollection", "name": "quartiers", "crs": crs,
               "features": [feature({"osm_id": i, "name": n}, p) for i, n, p in quartiers]}, out, ensure_ascii=False)
with open(os.path.join(folder, "batiments.geojson"), "w", encoding="utf-8") as out:
    json.dump({"type": "FeatureCollection", "name": "batiments", "crs": crs, "features": buildings}, out, ensure_ascii=False)
print(len(buildings))

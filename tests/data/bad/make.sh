#!/usr/bin/env bash
# Re-creates the small bad-input files from the embedded dataset (GDAL's
# ogr2ogr and sqlite3). Each file has one thing wrong; tests/cli names it.
set -euo pipefail
cd "$(dirname "$0")"
src=../../../data/wulong.gpkg
few="id IN ('B00001','B00002','B00003')"
rm -f ./*.gpkg ./*.geojson ./*.shp ./*.shx ./*.dbf ./*.prj ./*.cpg

ogr2ogr -f GeoJSON communities_one.geojson "$src" communities -where "id = 'FS14'" -lco RFC7946=NO
ogr2ogr -f GeoJSON buildings_ok.geojson "$src" buildings -where "$few"
ogr2ogr -f GeoJSON buildings_points.geojson "$src" -nln buildings -nlt POINT -dialect SQLite \
  -sql "SELECT id, floors, built_year, use, households, floor_area, ST_PointOnSurface(geom) AS geom FROM buildings WHERE $few"
ogr2ogr -f GeoJSON buildings_no_floors.geojson "$src" buildings -where "$few" -select id,built_year,use,households
ogr2ogr -f GeoJSON buildings_duplicate_ids.geojson "$src" -nln buildings -dialect SQLite \
  -sql "SELECT 'B1' AS id, floors, built_year, use, households, floor_area, geom FROM buildings WHERE $few"
ogr2ogr -f GPKG buildings_empty.gpkg "$src" buildings -where "0 = 1"
ogr2ogr -f "ESRI Shapefile" buildings_no_crs.shp "$src" buildings -where "$few" -lco ENCODING=UTF-8
rm -f buildings_no_crs.prj
printf 'SQLite format 3\0this is not a GeoPackage, only its first bytes\n' > corrupt.gpkg

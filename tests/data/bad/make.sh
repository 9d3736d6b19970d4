#!/usr/bin/env bash
# Re-creates the bad-input catalogue from the embedded dataset: GDAL's ogr2ogr
# cuts the small base files, make_variants.py spoils copies of them one way
# each. tests/cli/bad_input_catalogue.cmake names what renozone must say.
set -euo pipefail
cd "$(dirname "$0")"
src=../../../data/wulong.gpkg
few="id IN ('B00001','B00002','B00003')"
# rules_*.json are written by hand.
find . -mindepth 1 -maxdepth 1 ! -name make.sh ! -name make_variants.py ! -name 'rules_*.json' -exec rm -rf {} +

ogr2ogr -f GeoJSON communities_one.geojson "$src" communities -where "id = 'FS14'" -lco RFC7946=NO
ogr2ogr -f GeoJSON buildings_ok.geojson "$src" buildings -where "$few"
ogr2ogr -f GeoJSON buildings_points.geojson "$src" -nln buildings -nlt POINT -dialect SQLite \
  -sql "SELECT id, floors, built_year, use, households, floor_area, ST_PointOnSurface(geom) AS geom FROM buildings WHERE $few"
ogr2ogr -f GeoJSON buildings_no_floors.geojson "$src" buildings -where "$few" -select id,built_year,use,households
ogr2ogr -f GeoJSON buildings_duplicate_ids.geojson "$src" -nln buildings -dialect SQLite \
  -sql "SELECT 'B1' AS id, floors, built_year, use, households, floor_area, geom FROM buildings WHERE $few"
ogr2ogr -f GPKG buildings_empty.gpkg "$src" buildings -where "0 = 1"
ogr2ogr -f GPKG buildings_few.gpkg "$src" buildings -where "$few"
ogr2ogr -f GPKG two_layers.gpkg "$src" buildings -nln houses -where "$few"
ogr2ogr -f GPKG -update two_layers.gpkg "$src" roads -limit 1
ogr2ogr -f CSV buildings_no_geometry.csv "$src" buildings -where "$few" -select id,floors,built_year
ogr2ogr -f "ESRI Shapefile" buildings_no_crs.shp "$src" buildings -where "$few" -lco ENCODING=UTF-8
rm -f buildings_no_crs.prj
for part in shx dbf; do
  mkdir -p "missing_$part"
  ogr2ogr -f "ESRI Shapefile" "missing_$part/buildings.shp" "$src" buildings -where "$few" -lco ENCODING=UTF-8
  rm "missing_$part/buildings.$part"
done
for variant in wrong_cpg no_cpg; do
  ogr2ogr -f "ESRI Shapefile" "buildings_gbk_$variant.shp" "$src" buildings -where "$few" -select id,name,floors,built_year \
    -lco ENCODING=GBK
done
printf 'UTF-8' > buildings_gbk_wrong_cpg.cpg
rm buildings_gbk_no_cpg.cpg
printf 'SQLite format 3\0this is not a GeoPackage, only its first bytes\n' > corrupt.gpkg
: > empty_file.gpkg
python3 make_variants.py

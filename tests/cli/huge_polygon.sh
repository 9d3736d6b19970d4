#!/usr/bin/env bash
# A building footprint with 10,000,000 vertices, made here rather than kept in
# the repository (160 MB): renozone must refuse it in seconds with one line.
# usage: huge_polygon.sh RENOZONE BAD_DIR
set -euo pipefail
renozone=$1 bad=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 "$(dirname "$0")/make_huge_polygon.py" "$bad/buildings_few.gpkg" "$work/huge.gpkg" 10000000
exec "$(dirname "$0")/expect_error.sh" 3 \
  "$work/huge.gpkg: layer 'buildings': feature 1 (id B00001): has 10,000,000 vertices, more than the 1,000,000 renozone accepts; simplify it first" \
  "$renozone" tag -o out.gpkg --communities "$bad/communities_one.geojson" --buildings "$work/huge.gpkg"

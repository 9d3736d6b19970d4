#!/usr/bin/env bash
# The shipped styles in real QGIS and in the viewer: tag the embedded data, add
# one road and one facility without a class (to reach the catch-all classes;
# QGIS 3.22 draws a value that no category names in none), then QGIS must draw
# every feature in the class its attributes call for and reach every legend
# class, and the viewer must draw every feature in the same class as QGIS.
# usage: styles_agree.sh RENOZONE VIEWER_FEATURE_CLASSES SOURCE_ROOT
set -euo pipefail
renozone=$1 viewer_classes=$2 root=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gpkg="$work/tagged.gpkg"
"$renozone" --quiet tag --output "$gpkg" >/dev/null
ogrinfo -q "$gpkg" -dialect SQLite -sql \
  "INSERT INTO roads (geom, id, name, class) SELECT geom, 'R-unclassed', '无等级路', NULL FROM roads LIMIT 1" >/dev/null
ogrinfo -q "$gpkg" -dialect SQLite -sql \
  "INSERT INTO facilities (geom, id, type, name) SELECT geom, 'F-untyped', NULL, '未分类设施' FROM facilities LIMIT 1" >/dev/null
mkdir -m 700 "$work/xdg"
export XDG_RUNTIME_DIR="$work/xdg" QT_QPA_PLATFORM=offscreen
/usr/bin/python3 "$root/tests/qgis/legend_classes.py" "$gpkg" "$work/qgis.tsv" 2>&1 |
  grep -v -e '^$' -e 'QStandardPaths' -e 'propagateSizeHints'
[ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
"$viewer_classes" "$gpkg" "$work/viewer.tsv" 2> >(grep -v QStandardPaths >&2)
sort "$work/qgis.tsv" > "$work/qgis.sorted"
if ! diff "$work/qgis.sorted" "$work/viewer.tsv" > "$work/diff"; then
  echo "FAIL: the viewer and QGIS draw $(grep -c '^<' "$work/diff") feature(s) differently:"
  head -20 "$work/diff"
  exit 1
fi
echo "viewer agrees with QGIS on $(wc -l < "$work/viewer.tsv") features"

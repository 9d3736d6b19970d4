#!/usr/bin/env bash
# The main job end to end: tag the embedded data, validate the GeoPackage
# with GDAL's validator, then open it in headless QGIS and check the styles.
# usage: tag_and_open_in_qgis.sh RENOZONE SOURCE_ROOT
set -euo pipefail
renozone=$1 root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$renozone" --quiet tag --output "$work/tagged.gpkg" >/dev/null
/usr/bin/python3 -m osgeo_utils.samples.validate_gpkg "$work/tagged.gpkg"
echo "validate_gpkg: ok"
mkdir -m 700 "$work/xdg"
XDG_RUNTIME_DIR="$work/xdg" QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$root/tests/qgis/open_styled.py" "$work/tagged.gpkg" 2>&1 |
  grep -v -e '^$' -e 'QStandardPaths' -e 'propagateSizeHints'

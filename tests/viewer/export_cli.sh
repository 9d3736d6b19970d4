#!/usr/bin/env bash
# renozone-viewer --export, under the Chinese locale the viewer uses by default:
# the PDF and the PNG of the same page; poppler must read the PDF without a
# complaint, its text hold the whole legend, and its page match the PNG (see
# compare_export.py); with a project its units are drawn. Bad options are refused
# (exit 2), a missing project is reported (exit 3) and so is an unwritable file
# (exit 4), without a file left behind.
# usage: export_cli.sh VIEWER RENOZONE SOURCE_ROOT
set -euo pipefail
viewer=$1 renozone=$2 root=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset DISPLAY RENOZONE_LANG || true
export LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8
mkdir -m 700 "$work/xdg"
export XDG_RUNTIME_DIR="$work/xdg"
"$viewer" --export "$work/map.pdf" --dpi 100 --title 武隆区老旧小区改造总图
"$viewer" --export "$work/map.png" --dpi 100 --title 武隆区老旧小区改造总图
/usr/bin/python3 "$root/tests/viewer/compare_export.py" "$work/map.pdf" "$work/map.png" 100 "$root/styles"
pdftotext -enc UTF-8 "$work/map.pdf" - | grep -q 武隆区老旧小区改造总图 || { echo "FAIL: the title is not in the PDF"; exit 1; }

"$renozone" --quiet unit --communities-ids 下油房沟小区 --save --project "$work/project.gpkg" --name 下油房沟单元 >/dev/null
"$viewer" --export "$work/units.pdf" --dpi 50 --project "$work/project.gpkg"
units_pages=$(pdftotext -enc UTF-8 "$work/units.pdf" - | grep -c -e '实施单元' -e '下油房沟单元' || true)
[ "$units_pages" -ge 1 ] || { echo "FAIL: the export with a project has no units layer in its legend"; exit 1; }
! pdftotext -enc UTF-8 "$work/map.pdf" - | grep -q '实施单元' || { echo "FAIL: units without a project"; exit 1; }

"$viewer" --export "$work/a3.png" --dpi 50 --paper A3-portrait
/usr/bin/python3 - "$work/a3.png" <<'PY'
import sys
from PIL import Image
size = Image.open(sys.argv[1]).size
expected = (round(297 * 50 / 25.4), round(420 * 50 / 25.4))
assert size == expected, f"A3 portrait at 50 dpi is {size}, expected {expected}"
PY
expect_exit() {
  local code=$1; shift
  local status=0
  "$viewer" "$@" 2>/dev/null || status=$?
  [ "$status" -eq "$code" ] || { echo "FAIL: $*: exit $status, expected $code"; exit 1; }
}
expect_exit 2 --export "$work/x.pdf" --dpi 5
expect_exit 2 --export "$work/x.pdf" --paper B5
expect_exit 2 --export "$work/x.pdf" --render "$work/x.png"
expect_exit 4 --export "$work/no/such/folder/x.pdf"
expect_exit 2 --export "$work/x.docx"
expect_exit 3 --export "$work/x.pdf" --project "$work/no-such-project.gpkg"
[ ! -e "$work/x.pdf" ] && [ ! -e "$work/x.docx" ] || { echo "FAIL: a refused export left a file"; exit 1; }
echo "export ok"

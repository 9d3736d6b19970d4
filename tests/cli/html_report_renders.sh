#!/usr/bin/env bash
# The HTML report drawn by headless Chromium (Debian's chromium) is a real
# picture: many colours, the header, the community phase fills, in-plan
# buildings and the river of the map all present. The phase fills are the
# colours QGIS and the viewer draw (styles/communities.qml), as the map shows
# them over its land. SCREENSHOT=FILE keeps the PNG.
# usage: [SCREENSHOT=FILE] html_report_renders.sh RENOZONE [REPORT ARGS...]
set -euo pipefail
rz=$1
shift
styles=$(cd "$(dirname "$0")/../../styles" && pwd)
command -v chromium >/dev/null || { echo "chromium is not installed (scripts/setup installs it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$rz" --quiet report --html "$work/report.html" "$@"
# --no-sandbox: the tests may run as root, where Chromium's sandbox refuses to start.
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/profile" --screenshot="$work/report.png" \
  --window-size=1280,2000 "file://$work/report.html" >"$work/chromium.log" 2>&1 || { cat "$work/chromium.log"; exit 1; }
/usr/bin/python3 - "$work/report.png" "$styles/communities.qml" <<'PY'
import re
import sys
from PIL import Image

image = Image.open(sys.argv[1]).convert('RGB')
assert image.size == (1280, 2000), image.size
counts = image.getcolors(1 << 24)
assert len(counts) > 500, f'only {len(counts)} colours: the page looks blank'
background = max(counts)[0] / (1280 * 2000)
assert background < 0.7, f'{background:.0%} of the picture is one colour'

def pixels_near(rgb, tolerance=4):
    return sum(n for n, c in counts if all(abs(a - b) <= tolerance for a, b in zip(c, rgb)))

def qgis_phase_fill(phase):
    """The category's r,g,b,a in the QGIS style, drawn over the map's land (#f8f6f0)."""
    qml = open(sys.argv[2], encoding='utf-8').read()
    symbol = re.search(f'<category symbol="([0-9]+)" value="{phase}"', qml).group(1)
    body = qml[qml.index(f'alpha="1" name="{symbol}">'):]
    r, g, b, a = map(int, re.search(r'name="color" value="([0-9,]+)"', body).group(1).split(','))
    return tuple(round(c * a / 255 + land * (1 - a / 255)) for c, land in zip((r, g, b), (0xf8, 0xf6, 0xf0)))

expected = {  # the style sheet's header, QGIS's phase and building colours (map_symbols.cpp holds them equal)
    'header': (0x1f, 0x5f, 0x74), 'implement': qgis_phase_fill('实施'), 'plan': qgis_phase_fill('谋划'),
    'reserve': qgis_phase_fill('储备'), 'building in plan': (0xc2, 0x70, 0x3d), 'river': (0xa6, 0xce, 0xe3),
}
found = {name: pixels_near(rgb) for name, rgb in expected.items()}
missing = [name for name, n in found.items() if n < 300]
assert not missing, f'not drawn: {missing} ({found})'
print(f'report renders: {len(counts)} colours, largest colour {background:.0%},', found)
PY
if [ -n "${SCREENSHOT:-}" ]; then cp "$work/report.png" "$SCREENSHOT"; fi

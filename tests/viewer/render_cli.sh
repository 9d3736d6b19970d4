#!/bin/sh
# renozone-viewer --render: writes a PNG of the asked size without a display,
# and refuses bad sizes (exit 2) and unreadable sources (exit 3).
set -eu
viewer="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
unset DISPLAY || true
"$viewer" --render "$out/map.png" --size 640x400
python3 - "$out/map.png" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert (width, height) == (640, 400), (width, height)
assert len(data) > 20000, "suspiciously small: %d bytes" % len(data)
PY
status=0
"$viewer" --render "$out/bad.png" --size 5x5 2>/dev/null || status=$?
[ "$status" -eq 2 ] || { echo "bad --size: exit $status, expected 2"; exit 1; }
status=0
"$viewer" --render "$out/none.png" "$out/missing.gpkg" 2>/dev/null || status=$?
[ "$status" -eq 3 ] || { echo "missing source: exit $status, expected 3"; exit 1; }
[ ! -e "$out/none.png" ] || { echo "wrote an image for a missing source"; exit 1; }
echo "render ok"

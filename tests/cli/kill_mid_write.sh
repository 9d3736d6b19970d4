#!/usr/bin/env bash
# Crash safety: `renozone tag --overwrite` is killed with SIGKILL while it
# writes a large GeoPackage over an earlier one. The earlier file must come
# out byte for byte intact and still open in GDAL with the same layers and
# counts; what the killed run left must not pass for an output, and the next
# run must clear it away.
# usage: kill_mid_write.sh RENOZONE SOURCE_ROOT
set -euo pipefail
renozone=$1 root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# The earlier output: the embedded data, tagged.
"$renozone" --quiet tag -o out.gpkg >/dev/null
sha256sum out.gpkg >out.sha256
counts() { ogrinfo -ro -so -al out.gpkg | grep -E '^(Layer name|Feature Count):'; }
counts >counts.before

# A larger district: every building 15 times over (ids kept unique).
cp "$root/data/wulong.gpkg" big.gpkg
ogr2ogr -update -overwrite big.gpkg "$root/data/wulong.gpkg" -nln buildings -dialect SQLite -sql "
  WITH RECURSIVE copy(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copy WHERE n < 15)
  SELECT b.id || '-' || copy.n AS id, b.name, b.address, b.floors, b.built_year, b.use, b.households,
         b.floor_area, b.people, b.stairwells, b.safety_grade, b.heritage, b.geom
  FROM buildings b CROSS JOIN copy"

"$renozone" --quiet tag --overwrite -o out.gpkg --data big.gpkg >/dev/null 2>&1 &
pid=$!
partial=".out.gpkg.partial-$pid"
for _ in $(seq 1 2400); do  # up to 120 s
  if [ -f "$partial" ] && [ "$(stat -c %s "$partial")" -gt 2000000 ]; then break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.05
done
if ! kill -KILL "$pid" 2>/dev/null; then
  echo "renozone finished before it could be killed mid-write; the test input is too small"; exit 1
fi
wait "$pid" || true
echo "killed renozone (pid $pid) with $(stat -c %s "$partial") bytes of its GeoPackage written"

status=0
sha256sum -c --quiet out.sha256 || { echo "out.gpkg changed"; status=1; }
counts >counts.after
diff -u counts.before counts.after || { echo "out.gpkg no longer opens with the same layers and counts"; status=1; }
echo "out.gpkg intact: $(grep -c '^Layer name' counts.after) layers, $(grep -A1 '^Layer name: buildings$' counts.after | tail -1)"

leftovers=$(ls -A | grep -v -x -e out.gpkg -e out.sha256 -e counts.before -e counts.after -e big.gpkg || true)
echo "left by the killed run: ${leftovers:-nothing}"
for f in $leftovers; do
  case "$f" in
    .out.gpkg.partial-"$pid"|.out.gpkg.partial-"$pid"-journal|.out.gpkg.partial-"$pid"-wal) ;;
    *) echo "unexpected file: $f"; status=1 ;;
  esac
  case "$f" in *.gpkg) echo "$f passes for a GeoPackage"; status=1 ;; esac
done

# The next run for the same output removes what the killed one left.
"$renozone" --quiet tag --overwrite -o out.gpkg >/dev/null
if ls -A | grep -q "^\.out\.gpkg\.partial-"; then echo "the next run left the partial files in place"; status=1; fi
[ $status = 0 ] && echo "crash-safe: ok"
exit $status

#!/usr/bin/env bash
# renozone against a real PostgreSQL 15 + PostGIS 3, started here on loopback
# in a temporary folder and stopped on the way out. The embedded data is
# loaded into it, then: inputs read from PostGIS give the file-based report;
# `tag` into a PostGIS schema gives the file-based tagged buildings; the
# pushdown (placement and sums as SQL) gives the in-process placements.
# usage: roundtrip.sh RENOZONE SOURCE_ROOT
set -euo pipefail
renozone=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
pgbin=/usr/lib/postgresql/15/bin
work=$(mktemp -d)
chmod 755 "$work"
as_server=()
if [ "$(id -u)" -eq 0 ]; then  # PostgreSQL refuses to run as root
  as_server=(runuser -u postgres --)
  chown postgres "$work"
fi
stop() {
  "${as_server[@]}" "$pgbin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as_server[@]}" "$pgbin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
"${as_server[@]}" "$pgbin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off" start >/dev/null
psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
"${psql[@]}" -d postgres -c "CREATE DATABASE renozone"
"${psql[@]}" -d renozone -c "CREATE EXTENSION postgis"
pg="PG:host=127.0.0.1 port=$port dbname=renozone user=postgres"
ogr2ogr -f PostgreSQL "$pg" "$root/data/wulong.gpkg" -lco GEOMETRY_NAME=geom -lco FID=fid

cd "$work"
"$renozone" --quiet report --format json >file.json
"$renozone" --quiet tag -o file.gpkg >/dev/null

"$renozone" --quiet report --data "$pg" --format json >pg.json
/usr/bin/python3 "$here/compare.py" report file.json pg.json

"$renozone" --quiet tag --data "$pg" -o "$pg" --schema tagged >/dev/null
"${psql[@]}" -d renozone --csv -c "SELECT id, community_id, in_plan::int AS in_plan, footprint_m2, floor_area_m2,
  share_inside FROM tagged.buildings ORDER BY id" >pg_tagged.csv
/usr/bin/python3 "$here/compare.py" tagged file.gpkg pg_tagged.csv
if "$renozone" --quiet tag --data "$pg" -o "$pg" --schema tagged >/dev/null 2>err.txt; then
  echo "tag into an existing schema without --overwrite succeeded" >&2
  exit 1
fi
grep -q "already exists; give --overwrite" err.txt
"$renozone" --quiet tag --data "$pg" -o "$pg" --schema tagged --overwrite >/dev/null

"$renozone" --quiet pushdown --data "$pg" --schema pushed
"${psql[@]}" -d renozone --csv -c "SELECT building_id, coalesce(community_id, '') AS community_id, containing,
  footprint_m2, share_inside, repaired::int AS repaired FROM pushed.placements ORDER BY building_id" >placements.csv
"${psql[@]}" -d renozone --csv -c "SELECT community_id, buildings, footprint_m2 FROM pushed.community_summary" >summary.csv
/usr/bin/python3 "$here/compare.py" pushdown file.gpkg file.json placements.csv summary.csv
echo "postgis: all equal"

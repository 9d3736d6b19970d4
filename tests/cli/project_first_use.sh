#!/usr/bin/env bash
# Twelve planners start on the same project at once (issue 24): twelve
# `renozone ledger add` in parallel, on a project file that does not exist yet
# and on a tagged GeoPackage that has no ledger table yet. Each succeeds, and
# SQLite itself (Python's sqlite3, not GDAL's cached count) finds twelve records
# and their duties: no file replaced under another process, no lost write, no
# raw SQLite text. Three rounds of each.
# usage: project_first_use.sh RENOZONE
source "$(dirname "$0")/own_data_setup.sh"
"$rz" --quiet tag -o tagged.gpkg >/dev/null
for round in 1 2 3; do
  for start in fresh tagged; do
    rm -f project.gpkg ./*.out
    [ "$start" = tagged ] && cp tagged.gpkg project.gpkg
    pids=()
    for i in $(seq 1 12); do
      "$rz" --quiet ledger add --project project.gpkg --name "项目$i" --communities-ids FS03 --phase 实施 --year 2022 \
        --lead 1 >"$i.out" 2>&1 &
      pids+=($!)
    done
    failed=0
    for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
    if [ "$failed" -ne 0 ]; then
      echo "round $round, $start project: $failed of 12 failed"
      cat ./*.out
      exit 1
    fi
    /usr/bin/python3 - "$start" "$round" <<'PY'
import sqlite3
import sys

db = sqlite3.connect("project.gpkg")
records = db.execute("SELECT COUNT(*), COUNT(DISTINCT name) FROM ledger").fetchone()
duties = db.execute("SELECT COUNT(DISTINCT ledger_id) FROM duties").fetchone()[0]
assert records == (12, 12), (sys.argv[1:], records)
assert duties == 12, (sys.argv[1:], duties)
PY
  done
done
echo "first use: 12 planners at once, 12 records, 3 rounds on a new and on a tagged project"

#!/usr/bin/env bash
# Ten planners update the same ledger record at once (issue 24): each update
# is written, or refused because another changed the record since it was read
# ("was changed by … since you read it", exit 4, nothing written); none is
# silently overwritten. SQLite itself (Python's sqlite3) then finds one history
# version per update written, the versions 2, 3, … without a gap or a repeat,
# and the record's progress equal to the last change's "after": the history
# replays to the final state. `ledger history` prints it.
# usage: ledger_no_lost_update.sh RENOZONE
source "$(dirname "$0")/own_data_setup.sh"
"$rz" --quiet ledger add --project p.gpkg --name 油房沟 --communities-ids FS03 --phase 实施 --year 2022 --lead 1 \
  --progress 0 >/dev/null
pids=()
for i in $(seq 1 10); do
  "$rz" --quiet ledger update --project p.gpkg --id 1 --progress $((i * 10)) >"$i.out" 2>&1 &
  pids+=($!)
done
written=0 refused=0
for i in $(seq 1 10); do
  status=0
  wait "${pids[$((i - 1))]}" || status=$?
  if [ "$status" -eq 0 ]; then
    written=$((written + 1))
  elif [ "$status" -eq 4 ] && grep -q "ledger project 1 was changed by .* since you read it" "$i.out"; then
    refused=$((refused + 1))
  else
    echo "update $i: exit $status"; cat "$i.out"; exit 1
  fi
done
[ "$written" -ge 1 ] || { echo "no update was written"; exit 1; }
/usr/bin/python3 - "$written" <<'PY'
import sqlite3
import sys

written = int(sys.argv[1])
db = sqlite3.connect("p.gpkg")
versions = [v for (v,) in db.execute("SELECT DISTINCT version FROM ledger_history WHERE ledger_id = 1 ORDER BY version")]
assert versions == list(range(1, written + 2)), (written, versions)
progress = db.execute("SELECT version, after FROM ledger_history WHERE ledger_id = 1 AND field = 'progress_percent' "
                      "ORDER BY version").fetchall()
assert [v for v, _ in progress] == list(range(1, written + 2)), progress
version, final = db.execute("SELECT version, progress_percent FROM ledger WHERE fid = 1").fetchone()
assert version == written + 1, (version, written)
assert float(progress[-1][1]) == final, (progress[-1], final)
PY
"$rz" --quiet ledger history --project p.gpkg --id 1 >history.txt
grep -q "progress_percent" history.txt || { cat history.txt; exit 1; }
echo "no lost update: $written written, $refused refused as changed since read, history replays to the record"

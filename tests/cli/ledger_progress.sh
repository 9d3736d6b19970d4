#!/usr/bin/env bash
# The monthly progress report read from a real project's history: a project
# added in May 2024 (its history moved back there, as if kept since) and
# updated today; each month shows what the project was at its end, in JSON,
# an Excel workbook read back with openpyxl, and an HTML page.
# usage: ledger_progress.sh RENOZONE
set -euo pipefail
rz=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

"$rz" -q unit --communities-ids FS03 --save --project p.gpkg --name 下油房沟 >/dev/null
"$rz" -q ledger add --project p.gpkg --name 下油房沟改造 --unit 1 --content water --lead 1 --progress 10 >/dev/null
/usr/bin/python3 - <<'PY'
import sqlite3
db = sqlite3.connect("p.gpkg")
db.execute("UPDATE ledger_history SET changed_at = '2024-05-10T02:00:00Z' WHERE version = 1")
db.commit()
PY
"$rz" -q ledger update --project p.gpkg --id 1 --progress 45 --note 管网改造完成 >/dev/null
"$rz" ledger progress --project p.gpkg --month 2024-04 --format json >april.json
"$rz" ledger progress --project p.gpkg --month 2024-05 --format json >may.json
"$rz" ledger progress --project p.gpkg --month 2024-06 --format json >june.json
"$rz" ledger progress --project p.gpkg --format json >now.json
"$rz" ledger progress --project p.gpkg --month 2024-05 -o may.xlsx --html may.html
"$rz" ledger progress --project p.gpkg --month 2024-05 >may.txt
if "$rz" ledger progress --project p.gpkg --month 2024-13 2>bad.txt; then echo "a bad month was taken"; exit 1; fi

/usr/bin/python3 - <<'PY'
import json, openpyxl
april, may, june, now = (json.load(open(n + ".json")) for n in ("april", "may", "june", "now"))
assert april["projects"] == [], april
[p] = may["projects"]
assert p["name"] == "下油房沟改造" and p["progress_percent"] == 10 and p["new_this_month"] and p["change_points"] == 10, p
[p] = june["projects"]
assert p["progress_percent"] == 10 and p["progress_percent_month_before"] == 10 and p["change_points"] == 0, p
assert p["changes"] == 0 and p["progress_note"] == "", p
[p] = now["projects"]
assert p["progress_percent"] == 45 and p["progress_note"] == "管网改造完成" and p["changes"] == 1, p
sheet = openpyxl.load_workbook("may.xlsx").active
header = [c.value for c in sheet[1]]
row = dict(zip(header, [c.value for c in sheet[2]]))
assert header[:6] == ["项目编号", "名称", "批次", "年度", "牵头单位", "进度 %"], header
assert row["进度 %"] == 10 and row["名称"] == "下油房沟改造" and row["状态"] == "new 新增" and row["上月末进度 %"] is None, row
html = open("may.html", encoding="utf-8").read()
assert "项目台账月度进度 2024-05" in html and "下油房沟改造" in html and "width:10.0%" in html, html[:300]
assert "下油房沟改造" in open("may.txt", encoding="utf-8").read()
bad = open("bad.txt", encoding="utf-8").read()
assert "--month: '2024-13' is not a month YYYY-MM" in bad, bad
print("ledger progress: ok")
PY

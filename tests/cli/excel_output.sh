#!/usr/bin/env bash
# report, gaps and ledger export write .xlsx workbooks that a second reader
# (openpyxl, not renozone) opens: Chinese headers, the header row frozen,
# numbers as numbers with thousands separators, the same figures as the JSON.
# usage: excel_output.sh RENOZONE
source "$(dirname "$0")/own_data_setup.sh"
"$rz" --quiet report -o report.xlsx
"$rz" --quiet report --format json >report.json
"$rz" --quiet gaps --type kindergarten -o gaps.xlsx
"$rz" --quiet unit --communities-ids FS03,FS14 --project p.gpkg --save --name 油房沟片区 >/dev/null
"$rz" --quiet ledger add --project p.gpkg --name 油房沟片区改造 --unit 1 --content water,lifts --lead 1 \
  --phase 实施 --year 2022 --investment 5000000 >/dev/null
"$rz" --quiet ledger export --project p.gpkg -o ledger.xlsx >/dev/null
if "$rz" --quiet report -o report.xlsx 2>err.txt; then echo "an existing workbook was replaced"; exit 1; fi
grep -q "report.xlsx: already exists; give --overwrite to replace it" err.txt
/usr/bin/python3 - <<'PY'
import json
import openpyxl

report = json.load(open("report.json", encoding="utf-8"))
sheet = openpyxl.load_workbook("report.xlsx").active
assert sheet.title == "改造覆盖", sheet.title
assert sheet.freeze_panes == "A2", sheet.freeze_panes
headers = [c.value for c in sheet[1]]
assert "建筑面积 m²" in headers and "户数" in headers, headers
district = [c.value for c in sheet[2]]
assert district[headers.index("户数")] == report["district"]["households"], district
assert abs(district[headers.index("建筑面积 m²")] - report["district"]["floor_area_m2"]) < 0.01, district
assert sheet.cell(row=2, column=headers.index("户数") + 1).number_format == "#,##0"
assert sheet.max_row == 1 + 1 + len(report["streets"]) + len(report["communities"]), sheet.max_row
gaps = openpyxl.load_workbook("gaps.xlsx").active
assert gaps.title == "设施缺口" and gaps.freeze_panes == "A2"
assert "覆盖率 %" in [c.value for c in gaps[1]], [c.value for c in gaps[1]]
ledger = openpyxl.load_workbook("ledger.xlsx").active
row = {h.value: v.value for h, v in zip(ledger[1], ledger[2])}
assert row["名称"] == "油房沟片区改造", row
assert row["投资 元"] == 5000000, row
print("three workbooks read by openpyxl with Chinese headers, frozen header rows and the JSON's figures")
PY

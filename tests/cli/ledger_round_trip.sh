#!/usr/bin/env bash
# The ledger end to end on the embedded data: save a unit, add a project on
# it, list, update, export and read its duties; the project's scale must be the
# report's figures for the same communities.
# usage: ledger_round_trip.sh RENOZONE
set -euo pipefail
rz=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

"$rz" -q unit --communities-ids FS03,FS14 --save --project p.gpkg --name 油房沟片区 --phase 实施 --year 2022 >/dev/null
"$rz" -q ledger add --project p.gpkg --name 油房沟片区改造 --unit 1 --content water,power,telecom,lifts,elderly_care \
  --lead 1 --phase 实施 --year 2022 --investment 12000000 --pipeline-cost 3000000 \
  --funding central=0.4,municipal=0.3,district=0.2,residents=0.1 --start 2022-03-01 --end 2023-06-30
"$rz" -q ledger update --project p.gpkg --id 1 --progress 45 --note "管网改造完成"
"$rz" -q report --format json >report.json
"$rz" ledger list --project p.gpkg --format json >list.json
"$rz" ledger export --project p.gpkg -o ledger.csv
"$rz" ledger duties --project p.gpkg --id 1 --format csv >duties.csv
"$rz" -q subsidy --project p.gpkg --unit 1 --pipeline-cost 3000000 --format json >subsidy.json
"$rz" -q phasing --project p.gpkg --format json >phasing.json

/usr/bin/python3 - <<'PY'
import csv, json
report = {c["id"]: c for c in json.load(open("report.json"))["communities"]}
[project] = json.load(open("list.json"))
want = {k: sum(report[c][k] for c in ("FS03", "FS14")) for k in ("buildings", "households", "lifts")}
for key, value in want.items():
    assert project[key] == value, (key, project[key], value)
area = report["FS03"]["floor_area_m2"] + report["FS14"]["floor_area_m2"]
assert abs(project["floor_area_m2"] - area) < 0.02, (project["floor_area_m2"], area)
assert project["lift_subsidy_cny"] == 80000 * want["lifts"]
assert project["pipeline_subsidy_cny"] == 1500000
assert project["funding"]["residents"]["cny"] == 1200000
assert project["progress_percent"] == 45 and project["progress_note"] == "管网改造完成"
assert project["start_date"] == "2022-03-01" and project["lead_department"] == "区住房城乡建委"
assert project["content"]["basic"] == ["water", "power", "telecom"], project["content"]
[row] = list(csv.DictReader(open("ledger.csv", encoding="utf-8")))
assert row["name"] == "油房沟片区改造" and row["progress_percent"] == "45", row
assert row["enhancement 提升类"] == "养老服务设施", row
duties = list(csv.DictReader(open("duties.csv", encoding="utf-8")))
by = lambda n: [d for d in duties if d["department_number"] == str(n)]
assert [d["member"] for d in by(12)] == ["区广电网络公司", "中国移动武隆分公司", "中国联通武隆分公司", "中国电信武隆分公司"]
assert by(10)[0]["item"] == "power" and by(11)[0]["item"] == "water"
assert any(d["duty_key"] == "lifts" for d in by(6))
subsidy = json.load(open("subsidy.json"))
assert subsidy["level"] == "unit" and subsidy["lifts"] == want["lifts"], subsidy
assert subsidy["total_cny"] == 80000 * want["lifts"] + 1500000, subsidy
phasing = json.load(open("phasing.json"))
units = [i for i in phasing["items"] if i["kind"] == "unit"]
assert len(units) == 1 and units[0]["year"] == 2022 and units[0]["buildings"] == want["buildings"], units
assert {i["id"] for i in phasing["items"]}.isdisjoint({"FS03", "FS14"})  # wholly inside the unit
last = phasing["years"][-1]
assert last["year"] == 2025 and last["cumulative"]["buildings"] == 1618, last  # nothing counted twice
print("ledger round trip: ok,", len(duties), "duty lines")
PY

#!/usr/bin/env bash
# The plan as a planner keeps it in Excel (made here with openpyxl, not by
# renozone): a merged title row and a notes row above the header, Chinese
# headers with units, no ids, numbers as text with thousands separators and
# 年, a blank row, a totals row. Every row is accounted for: the matched
# communities are planned with the row's targets (by name: full-width
# spaces, the 小区 suffix left off), the unmatched row is reported by its row
# number, and a totals row that disagrees with its rows is a warning.
# usage: plan_sheet.sh RENOZONE
source "$(dirname "$0")/own_data_setup.sh"
/usr/bin/python3 - <<'PY'
import openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "小区名单"
ws.append(["武隆区城镇老旧小区改造计划表"])
ws.merge_cells("A1:I1")
ws.append(["填报单位：区住房城乡建委", None, None, None, None, None, None, "单位：栋、㎡、户、人"])
ws.append(["序号", "小区名称", "所属街道", "改造批次", "计划年度", "楼栋数", "建筑面积（㎡）", "户数（户）", "人数"])
ws.append([1, "复兴街小区", "凤山街道", "谋划", 2023, 53, 52478, 425, 1153])
ws.append([2, "凤山路", "凤山街道", "储备", "2024年", 107, "113,116", 923, 2445])
ws.append([3, "下油房沟\u3000小区", "凤山街道", "实施", 2022, 62, 59101, 447, 1218])
ws.append([4, "不存在小区", "凤山街道", "实施", 2022, 10, 1000, 10, 20])
ws.append([None] * 9)
ws.append(["合计", None, None, None, None, 240, 225695, 1805, 4836])
wb.save("plan.xlsx")
PY
inputs=(--data "$root/data/wulong.gpkg" --plan plan.xlsx)
"$rz" --quiet report --format json --keep-going "${inputs[@]}" >report.json
"$rz" --quiet validate "${inputs[@]}" >validate.txt || true
/usr/bin/python3 - <<'PY'
import json
report = json.load(open("report.json", encoding="utf-8"))
planned = {c["id"]: c for c in report["communities"] if c["planned"]}
assert set(planned) == {"FS01", "FS02", "FS03"}, sorted(planned)
assert planned["FS02"]["targets"]["floor_area_m2"] == 113116, planned["FS02"]["targets"]
assert planned["FS02"]["year"] == 2024 and planned["FS02"]["phase"] == "储备", planned["FS02"]
assert planned["FS03"]["targets"]["households"] == 447
validate = open("validate.txt", encoding="utf-8").read()
assert "plan.xlsx: sheet '小区名单': row 7: community '不存在小区' is not in" in validate, validate
assert "row 9: the totals row gives 240 buildings, its rows add up to 232" in validate, validate
print("4 plan rows: 3 matched with their targets, 1 reported by its row; the totals row checked")
PY

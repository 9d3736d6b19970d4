#!/usr/bin/env bash
# The planning bureau's decisions on recorded site checks: a refusal or a
# request for more without a reason is refused, a decision on no check names
# it, a new check of the site follows the first and the chain reads check →
# decision → new check → decision; the HTML report shows the decision that stands.
# usage: site_decision.sh RENOZONE
set -euo pipefail
rz=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

site="POLYGON((474470 3245570,474530 3245570,474530 3245630,474470 3245630,474470 3245570))"
"$rz" -q check-site --type kindergarten --project p.gpkg --wkt "$site" >/dev/null
expect_refused() {  # CODE MESSAGE ARGS...: exit CODE, MESSAGE on stderr, no decision written
  local code=$1 message=$2; shift 2
  set +e; "$rz" site-decision add --project p.gpkg "$@" 2>err.txt; local got=$?; set -e
  [ "$got" = "$code" ] || { echo "exit $got, not $code: $*"; cat err.txt; exit 1; }
  grep -qF -- "$message" err.txt || { echo "no '$message' in:"; cat err.txt; exit 1; }
  /usr/bin/python3 -c "import sqlite3; n = sqlite3.connect('p.gpkg').execute('SELECT count(*) FROM site_decisions').fetchone()[0]; assert n == 0, n"
}
expect_refused 2 "--reason: a decision 'more_information' says why: give the reason" --check 1 --decision 补充材料
expect_refused 2 "--decision: 'maybe' is not one of approved, rejected or more_information" --check 1 --decision maybe
expect_refused 2 "--conditions: conditions go with an approval, not with 'rejected'" --check 1 --decision 不同意 --reason x --conditions y
expect_refused 2 "--date: '2026-02-30' is not a date YYYY-MM-DD" --check 1 --decision 同意 --date 2026-02-30
expect_refused 3 "p.gpkg: no site check with id 7" --check 7 --decision 同意
set +e; "$rz" -q check-site --type kindergarten --project p.gpkg --wkt "$site" --follows 9 2>err.txt; got=$?; set -e
[ "$got" = 3 ] && grep -qF "p.gpkg: no site check with id 9 for this one to follow" err.txt || { echo "follows 9: exit $got"; cat err.txt; exit 1; }

"$rz" site-decision add --project p.gpkg --check 1 --decision 补充材料 --reason 缺少交通影响评价 --date 2026-11-20 >added.txt
"$rz" -q check-site --type kindergarten --project p.gpkg --wkt "$site" --follows 1 >/dev/null
"$rz" site-decision add --project p.gpkg --check 2 --decision approve --conditions 须增设接送车辆临时停靠区 >>added.txt
"$rz" site-decision list --project p.gpkg --format json >checks.json
"$rz" site-decision list --project p.gpkg --check 2 --format json >chain.json
"$rz" site-decision list --project p.gpkg --check 1 >chain.txt
"$rz" site-decision list --project p.gpkg >checks.txt
"$rz" -q report --html report.html --project p.gpkg
"$rz" -q check-site --type kindergarten --project p.gpkg --wkt "$site" --follows 1 >/dev/null  # a second answer to 1
"$rz" site-decision list --project p.gpkg --check 3 --format json >branch3.json
"$rz" site-decision list --project p.gpkg --check 2 --format json >branch2.json

/usr/bin/python3 - <<'PY'
import json
first, second = json.load(open("checks.json"))
assert first["decision"]["decision"] == "more_information" and first["decision"]["reason"] == "缺少交通影响评价", first
assert first["decision"]["decision_date"] == "2026-11-20" and first["decision"]["decided_by"], first
assert second["follows_check"] == 1 and second["decision"]["decision"] == "approved", second
assert second["decision"]["conditions"] == "须增设接送车辆临时停靠区", second
chain = json.load(open("chain.json"))  # asked from its second check, the chain starts at the first
assert [c["check_id"] for c in chain] == [1, 2], chain
assert [d["decision"] for c in chain for d in c["decisions"]] == ["more_information", "approved"], chain
lines = [l for l in open("chain.txt", encoding="utf-8").read().splitlines() if l.strip()][2:]
kinds = [l.split()[0] for l in lines]
assert kinds == ["检查", "意见", "检查", "意见"], lines
text = open("checks.txt", encoding="utf-8").read()
assert "补充材料 more_information" in text and "同意 approved" in text and "幼儿园" in text, text
html = open("report.html", encoding="utf-8").read()
assert "规划部门意见" in html and "同意（条件：须增设接送车辆临时停靠区" in html and "补充材料（理由：缺少交通影响评价" in html
added = open("added.txt", encoding="utf-8").read()
assert "on site check 1: 补充材料 more_information, 2026-11-20" in added, added
for name in ("branch3.json", "branch2.json"):  # both answers to check 1, whichever is asked for
    branch = json.load(open(name))
    assert [c["check_id"] for c in branch] == [1, 2, 3], (name, branch)
    assert branch[2]["follows_check"] == 1 and branch[2]["decisions"] == [], branch
print("site decisions: ok")
PY

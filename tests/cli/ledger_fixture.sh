#!/usr/bin/env bash
# Writes a project with one unit and one ledger project, for the bad-input
# tests to copy and check unchanged.
# usage: ledger_fixture.sh RENOZONE PROJECT
set -euo pipefail
rz=$1 project=$2
rm -f "$project"
"$rz" -q unit --communities-ids FS03 --save --project "$project" --name 下油房沟 >/dev/null
"$rz" -q ledger add --project "$project" --name 下油房沟改造 --unit 1 --content water,lifts --lead 1 >/dev/null
echo "fixture: ok"

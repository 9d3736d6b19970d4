#!/usr/bin/env bash
# A ledger project typed in Chinese (community names, content items, funding
# shares, full-width signs) is the project typed with ids and keys.
# usage: ledger_chinese_names.sh RENOZONE
set -euo pipefail
rz=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

"$rz" -q ledger add --project keys.gpkg --name 油房沟片区 --communities-ids FS03,FS14 --content water,lifts,security \
  --lead 1 --investment 1000000 --funding central=0.4,municipal=0.3,district=0.2,residents=0.1
"$rz" -q ledger add --project names.gpkg --name 油房沟片区 --communities-ids "下油房沟小区，油房沟 小区" \
  --content "供水管网,加装电梯、雪亮工程" --lead 1 --investment 1000000 --funding "中央＝0.4，市级＝0.3，区级=0.2、居民=0.1"
"$rz" ledger list --project keys.gpkg --format json | grep -v '"updated"' >keys.json
"$rz" ledger list --project names.gpkg --format json | grep -v '"updated"' >names.json
grep -q '"FS03"' keys.json
diff -u keys.json names.json
echo "chinese names: same ledger"

#!/usr/bin/env bash
# Compares a command's standard output with a golden file; with
# UPDATE_GOLDEN=1 it rewrites the golden file instead.
# usage: golden.sh GOLDEN_FILE COMMAND [ARGS...]
set -euo pipefail
golden=$1
shift
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$@" >"$actual"
if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$actual" "$golden"
  echo "updated $golden"
  exit 0
fi
diff -u "$golden" "$actual"

#!/usr/bin/env bash
# For inputs renozone repairs or reads past rather than refuses: runs a
# command in an empty temporary folder and checks it exits 0 with a line on
# standard output holding the expected text (the repair or finding it reports).
# usage: expect_success.sh "TEXT" COMMAND [ARGS...]
set -u
expected_text=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$@" >stdout.txt 2>stderr.txt
code=$?
status=0
[ "$code" = 0 ] || { echo "exit code $code, expected 0"; status=1; }
grep -qF -- "$expected_text" stdout.txt || { echo "stdout does not contain: $expected_text"; status=1; }
echo "--- stdout:"; cat stdout.txt
echo "--- stderr:"; cat stderr.txt
exit $status

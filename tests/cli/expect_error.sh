#!/usr/bin/env bash
# Runs a command in an empty temporary folder and checks that it fails the
# way a planner should see it fail: the expected exit code, exactly one
# "renozone: error: " line on stderr saying exactly the expected text, and no
# file left behind.
# usage: [EXISTING=FILE] [CONTAINS=1] expect_error.sh EXIT_CODE "TEXT" COMMAND [ARGS...]
# EXISTING: copied in as existing.gpkg first; it must come out unchanged.
# CONTAINS=1: stderr need only contain TEXT (CLI11 words its own usage errors).
set -u
expected_code=$1 expected_text=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
[ -z "${EXISTING:-}" ] || cp "$EXISTING" existing.gpkg
"$@" >stdout.txt 2>stderr.txt
code=$?
status=0
if [ "$code" != "$expected_code" ]; then
  echo "exit code $code, expected $expected_code"; status=1
fi
errors=$(grep -c "^renozone: error" stderr.txt)
if [ "${CONTAINS:-0}" = 1 ]; then
  grep -qF -- "$expected_text" stderr.txt || { echo "stderr does not contain: $expected_text"; status=1; }
  [ "$errors" -le 1 ] || { echo "expected at most one error line, got $errors"; status=1; }
else
  [ "$errors" = 1 ] || { echo "expected exactly one error line, got $errors"; status=1; }
  actual=$(grep "^renozone: error: " stderr.txt | head -n 1)
  if [ "$actual" != "renozone: error: $expected_text" ]; then
    echo "expected: renozone: error: $expected_text"
    echo "actual:   $actual"
    status=1
  fi
fi
if [ -n "${EXISTING:-}" ] && ! cmp -s "$EXISTING" existing.gpkg; then
  echo "existing.gpkg was changed"; status=1
fi
left=$(ls -A | grep -v -e '^stdout.txt$' -e '^stderr.txt$' -e '^existing.gpkg$')
if [ -n "$left" ]; then
  echo "files left behind: $left"; status=1
fi
echo "--- stderr:"; cat stderr.txt
exit $status

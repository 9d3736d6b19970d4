#!/usr/bin/env bash
# Runs a command in an empty temporary folder and checks that it fails the
# way a planner should see it fail: the expected exit code, one line on
# stderr holding the expected text, and no file left behind.
# usage: [EXISTING=FILE] expect_error.sh EXIT_CODE "TEXT" COMMAND [ARGS...]
# EXISTING: copied in as existing.gpkg first; it must come out unchanged.
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
if ! grep -qF -- "$expected_text" stderr.txt; then
  echo "stderr does not contain: $expected_text"; status=1
fi
errors=$(grep -c "^renozone: error" stderr.txt)
# CLI11 words its own usage errors; everything else is one "renozone: error:" line.
if [ "$errors" -gt 1 ] || { [ "$errors" = 0 ] && [ "$expected_code" != 2 ]; }; then
  echo "expected exactly one error line, got $errors"; status=1
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

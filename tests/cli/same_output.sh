#!/usr/bin/env bash
# Runs two commands and checks that they print the same standard output.
# usage: same_output.sh COMMAND_A [ARGS...] -- COMMAND_B [ARGS...]
set -euo pipefail
a=()
while [ "$1" != "--" ]; do a+=("$1"); shift; done
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"${a[@]}" >"$work/a.txt"
"$@" >"$work/b.txt"
[ -s "$work/a.txt" ] || { echo "first command printed nothing"; exit 1; }
diff -u "$work/a.txt" "$work/b.txt"
echo "same output ($(wc -l <"$work/a.txt") lines)"

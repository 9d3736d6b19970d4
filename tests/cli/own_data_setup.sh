# Sourced by the own-data tests (usage: TEST.sh RENOZONE): the binary as $rz,
# the tests' folder as $here, the repository as $root, and a fresh work folder
# as $work and the current one, removed when the test ends.
set -euo pipefail
rz=$(realpath "$1")
here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

#!/usr/bin/env bash
# Starts real QGIS under Xvfb with a fresh profile in Chinese that has the
# renozone plugin enabled (found through searchPathsForPlugins, as an
# installed plugin is), runs drive_plugin.py through --code and prints its
# verdict. QGIS must also shut down cleanly (the plugin's unload runs then).
# usage: run_in_qgis.sh PLUGIN.so RENOZONE_CLI DRIVE_SCRIPT WORK_DIR
set -euo pipefail
plugin=$1 cli=$2 script=$3 work=$4
rm -rf "$work"
mkdir -p "$work/profiles/e2e/QGIS" "$work/xdg"
chmod 700 "$work/xdg"
cat > "$work/profiles/e2e/QGIS/QGIS3.ini" <<INI
[plugins]
searchPathsForPlugins=$(dirname "$plugin")

[Plugins]
$(basename "$plugin" .so)=true

[qgis]
checkVersion=false
showTips322=false

[core]
NewsFeed\\httpsfeedqgisorg\\disabled=true
INI

status=0
RENOZONE_CLI="$cli" RENOZONE_E2E_DIR="$work" XDG_RUNTIME_DIR="$work/xdg" \
  timeout 240 xvfb-run -a -s "-screen 0 1600x1000x24" \
  qgis --profiles-path "$work" --profile e2e --lang zh-Hans --nologo --noversioncheck --code "$script" \
  >"$work/qgis.log" 2>&1 || status=$?
cat "$work/result.txt" 2>/dev/null || echo "no result: QGIS did not run the script (see $work/qgis.log)"
if [ "$status" -ne 0 ]; then
  echo "QGIS exited with status $status"
  tail -20 "$work/qgis.log"
  exit 1
fi
grep -qx "checks: passed" "$work/result.txt" || exit 1
echo "renozone plugin: all checks passed (screenshot $work/qgis-plugin.png)"

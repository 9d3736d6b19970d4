#!/usr/bin/env python3
"""Holds the shells apart: each stands on the core and on nothing of another.

- the CLI (src/cli), the viewer (src/viewer) and the QGIS plugin
  (plugins/qgis) include the core ("core/<room>/x.h"), their own headers and,
  for the two Qt shells, the widgets they share (src/shell_widgets);
- no shell includes a header of another shell; the one contract two shells
  share is the command lines' exit codes ("cli/exit_codes.h"), which the
  viewer's --export keeps too;
- the shared widgets include only the core; the core includes no shell.
Prints one line per breach and exits 1 when there is any.
usage: shells.py SOURCE_ROOT
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else '.'
shells = {'cli': 'src/cli', 'viewer': 'src/viewer', 'plugin': 'plugins/qgis', 'shared widgets': 'src/shell_widgets'}
may_share = {'viewer': ['shared widgets'], 'plugin': ['shared widgets'], 'cli': [], 'shared widgets': []}
contracts = {('viewer', 'cli/exit_codes.h')}
include = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)


def sources(folder):
    for base, _, names in os.walk(os.path.join(root, folder)):
        for name in names:
            if name.endswith(('.h', '.cpp')):
                yield os.path.join(base, name)


headers = {shell: {os.path.basename(p) for p in sources(folder)} for shell, folder in shells.items()}
breaches = []
for shell, folder in shells.items():
    for path in sorted(sources(folder)):
        where = os.path.relpath(path, root)
        for target in include.findall(open(path, encoding='utf-8').read()):
            if target.startswith('core/'):
                continue
            if '/' in target:
                owner = next((s for s, f in shells.items() if target.startswith(os.path.basename(f) + '/')), None)
                if owner and owner != shell and (shell, target) not in contracts:
                    breaches.append(f'{where}: includes {target}, a header of the {owner}')
                continue
            if target in headers[shell] or any(target in headers[s] for s in may_share[shell]):
                continue
            owners = [s for s in shells if target in headers[s]]
            if owners:
                breaches.append(f'{where}: includes "{target}", a header of the {owners[0]}')

for path in sorted(sources('src/core')):
    for target in include.findall(open(path, encoding='utf-8').read()):
        if not target.startswith('core/') and any(target in headers[s] for s in shells):
            breaches.append(f'{os.path.relpath(path, root)}: the core includes "{target}", a shell\'s header')

for line in breaches:
    print(line)
print(f'{len(shells)} shells, {len(breaches)} breaches')
sys.exit(1 if breaches else 0)

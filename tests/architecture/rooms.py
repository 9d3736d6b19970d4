#!/usr/bin/env python3
"""Holds the core's rooms to what src/core/README.md says of them.

- every source file of src/core lives in a room the README lists;
- a file includes core headers by their room ("core/io/source.h"), and never
  a header of a room above its own (the README's table is lowest first), so
  the rooms have no cycle;
- every test of tests/core stands in a room of the same name.
Prints one line per breach and exits 1 when there is any.
usage: rooms.py SOURCE_ROOT
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else '.'
core = os.path.join(root, 'src', 'core')
readme = open(os.path.join(core, 'README.md'), encoding='utf-8').read()
rows = re.findall(r'^\| `([a-z]+)/` \|.*\|([^|]*)\|\s*$', readme, re.M)
rooms = [room for room, _ in rows]
rank = {room: i for i, room in enumerate(rooms)}
# A room below may still be out of bounds: "(not `output`)" in its "may include".
forbidden = {room: set(re.findall(r'not `([a-z]+)`', may)) for room, may in rows}
breaches = []
if len(rooms) < 2:
    breaches.append('src/core/README.md: no table of rooms (rows "| `room/` | ...")')

include = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)
core_headers = set()
for room in rooms:
    for name in os.listdir(os.path.join(core, room)):
        core_headers.add(name)

for entry in sorted(os.listdir(core)):
    path = os.path.join(core, entry)
    if os.path.isfile(path) and entry.endswith(('.h', '.cpp')):
        breaches.append(f'src/core/{entry}: stands in no room')
    if os.path.isdir(path) and entry not in rank:
        breaches.append(f'src/core/{entry}/: a folder src/core/README.md does not list')

for room in rooms:
    folder = os.path.join(core, room)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(('.h', '.cpp')):
            continue
        text = open(os.path.join(folder, name), encoding='utf-8').read()
        for target in include.findall(text):
            where = f'src/core/{room}/{name}'
            parts = target.split('/')
            if len(parts) == 3 and parts[0] == 'core':
                if parts[1] not in rank:
                    breaches.append(f'{where}: includes {target}, of no room')
                elif rank[parts[1]] > rank[room]:
                    breaches.append(f'{where}: includes {target}; {parts[1]}/ stands above {room}/')
                elif parts[1] in forbidden[room]:
                    breaches.append(f'{where}: includes {target}; {room}/ may not include {parts[1]}/')
                elif not os.path.exists(os.path.join(core, parts[1], parts[2])):
                    breaches.append(f'{where}: includes {target}, which is not there')
            elif target in core_headers:
                breaches.append(f'{where}: includes "{target}" without its room')

tests = os.path.join(root, 'tests', 'core')
for entry in sorted(os.listdir(tests)):
    path = os.path.join(tests, entry)
    if os.path.isfile(path):
        breaches.append(f'tests/core/{entry}: stands in no room')
    elif entry not in rank:
        breaches.append(f'tests/core/{entry}/: no room of src/core has that name')

for line in breaches:
    print(line)
print(f'{len(rooms)} rooms ({" < ".join(rooms)}), {len(breaches)} breaches')
sys.exit(1 if breaches else 0)

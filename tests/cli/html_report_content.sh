#!/usr/bin/env bash
# renozone report --html: the page holds the plan's totals, a row per planned
# community, the map as inline SVG with polygons, nothing fetched from the
# network; Chinese by default, English with --lang en; facility gaps and
# phasing computed, with or without a project; with --project, the project's
# units, site checks and ledger. The page must also parse as balanced HTML.
# usage: html_report_content.sh RENOZONE
set -euo pipefail
rz=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$rz" --quiet report --html "$work/zh.html"
"$rz" --quiet report --html "$work/en.html" --lang en
"$rz" --quiet report --html "$work/euclidean.html" --euclidean
"$rz" --quiet unit --communities-ids FS03,FS14 --project "$work/p.gpkg" --save --name 油房沟片区 --phase 实施 \
  --year 2022 --path 综合改造 --lead 1 >/dev/null
"$rz" --quiet check-site --type kindergarten --project "$work/p.gpkg" \
  --wkt "POLYGON((474470 3245570,474530 3245570,474530 3245630,474470 3245630,474470 3245570))" >/dev/null
"$rz" --quiet report --html "$work/unit-only.html" --project "$work/p.gpkg"
"$rz" --quiet ledger add --project "$work/p.gpkg" --name 油房沟片区改造 --unit 1 --content water,lifts --lead 1 \
  --phase 实施 --year 2022 --investment 5000000 >/dev/null
"$rz" --quiet report --html "$work/project.html" --project "$work/p.gpkg"
"$rz" --quiet report --html "$work/project-en.html" --project "$work/p.gpkg" --lang en
/usr/bin/python3 - "$work" <<'PY'
import sys
from html.parser import HTMLParser

VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.h2, self.tables, self.rows, self.svgs, self.polygons = [], [], {}, {}, 0, 0
        self.table, self.row, self.cell, self.in_h2 = None, None, None, False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag not in VOID:
            self.stack.append(tag)
        if tag == 'svg': self.svgs += 1
        if tag == 'polygon' and 'svg' in self.stack: self.polygons += 1
        if tag == 'h2': self.in_h2, self.text = True, ''
        if tag == 'table': self.table = a.get('class', ''); self.tables.setdefault(self.table, [])
        if tag == 'tr':
            self.row = []
            cls = a.get('class', '')
            self.rows[cls] = self.rows.get(cls, 0) + 1
        if tag in ('td', 'th'): self.cell = ''
    def handle_startendtag(self, tag, attrs):
        if tag == 'polygon' and 'svg' in self.stack: self.polygons += 1
    def handle_endtag(self, tag):
        if tag in VOID: return
        assert self.stack and self.stack[-1] == tag, f'</{tag}> closes <{self.stack[-1] if self.stack else None}>'
        self.stack.pop()
        if tag == 'h2': self.in_h2 = False; self.h2.append(self.text)
        if tag in ('td', 'th') and self.row is not None: self.row.append(self.cell); self.cell = None
        if tag == 'tr' and self.table is not None: self.tables[self.table].append(self.row)
        if tag == 'table': self.table = None
    def handle_data(self, data):
        if self.in_h2: self.text += data
        if self.cell is not None: self.cell += data

def parse(name):
    text = open(f'{sys.argv[1]}/{name}', encoding='utf-8').read()
    page = Page()
    page.feed(text)
    page.close()
    assert not page.stack, f'{name}: unclosed {page.stack}'
    for remote in ('http://', 'https://', '<script', '<link', ' src=', '@import'):
        assert remote not in text, f'{name}: {remote}'
    return text, page

zh_text, zh = parse('zh.html')
assert zh_text.startswith('<!DOCTYPE html>\n<html lang="zh-CN">')
assert zh.h2 == ['全区与街道汇总', '改造范围图', '各小区明细', '加装电梯与补助', '实施单元', '选址检查', '配套设施缺口',
                 '分年度实施计划', '项目台账', '数据问题汇总', '计算规则'], zh.h2
totals = {row[0]: row[1:] for row in zh.tables['totals'][1:]}
assert totals['楼栋（栋）'] == ['1,618', '1,618', '0', '100.0%'], totals
assert totals['建筑面积（m²）'] == ['1,666,500', '1,666,500', '0', '100.0%'], totals
assert totals['户数（户）'] == ['13,072', '13,072', '0', '100.0%'], totals
assert totals['人口（人）'] == ['35,000', '35,000', '0', '100.0%'], totals
assert zh.rows['community'] == 31, zh.rows
assert zh.svgs == 1 and zh.polygons >= 31, (zh.svgs, zh.polygons)
assert '几何为模型数据' in zh_text

en_text, en = parse('en.html')
assert en_text.startswith('<!DOCTYPE html>\n<html lang="en">')
assert en.h2[:4] == ['District and street totals', 'Map of the renovation scope', 'Communities', 'Lifts and subsidies'], en.h2
assert all(h.isascii() for h in en.h2), en.h2
assert {row[0]: row[1] for row in en.tables['totals'][1:]}['Buildings'] == '1,618'
assert en.rows['community'] == 31

for name, text in (('zh.html', zh_text), ('en.html', en_text)):
    for placeholder in ('本版本尚未提供此部分', 'Not available in this version', 'not-available'):
        assert placeholder not in text, f'{name}: {placeholder}'
# Without a project: gaps per facility type and the plan table's phasing; the ledger says how to make one.
gaps = zh.tables['facility-gaps']
assert len(gaps) >= 2 and gaps[0][:2] == ['设施类型', '服务半径（m）'], gaps[:2]
assert '幼儿园' in [row[0] for row in gaps[1:]], gaps
assert len(zh.tables['gaps-communities']) == 32, len(zh.tables['gaps-communities'])  # header + 31 planned communities
last = zh.tables['phasing-cumulative'][-1]
assert last[1:3] == ['31 (100.0%)', '1,618 (100.0%)'], last
assert 'ledger' not in zh.tables and 'renozone ledger add --project' in zh_text
assert 'Kindergarten' in [row[0] for row in en.tables['facility-gaps'][1:]], en.tables['facility-gaps']
assert en.tables['phasing'][0][:2] == ['Year', 'Phase'], en.tables['phasing'][0]
assert {row[2] for row in gaps[1:]} == {'路网距离'}, gaps  # along the roads of the embedded data
_, euclidean = parse('euclidean.html')
assert {row[2] for row in euclidean.tables['facility-gaps'][1:]} == {'直线距离'}, euclidean.tables['facility-gaps']

_, unit_only = parse('unit-only.html')
assert 'ledger' not in unit_only.tables

project_text, project = parse('project.html')
assert len(project.tables['units']) == 2 and project.tables['units'][1][1] == '油房沟片区', project.tables['units']
assert len(project.tables['site-checks']) == 2 and project.tables['site-checks'][1][1] == '幼儿园', project.tables['site-checks']
ledger = project.tables['ledger']
assert len(ledger) == 2, ledger
assert ledger[1][:5] == ['1', '油房沟片区改造', '区住房城乡建委', '实施', '2022'], ledger[1]
assert ledger[1][8] == '供水管网及一户一表、加装电梯' and ledger[1][9] == '5,000,000', ledger[1]
assert int(ledger[1][5].replace(',', '')) > 0, ledger[1]
assert '项目中尚无台账记录' not in project_text and '未指定项目文件' not in project_text.split('id="ledger"')[1]
_, project_en = parse('project-en.html')
assert project_en.tables['ledger'][1][8] == 'water, lifts', project_en.tables['ledger'][1]
print('html report: totals, 31 communities, map with', zh.polygons, 'polygons, zh and en headings, gaps, phasing, project sections and ledger')
PY

#!/usr/bin/env bash
# renozone report --html: the page holds the plan's totals, a row per planned
# community, the map as inline SVG with polygons, nothing fetched from the
# network; Chinese by default, English with --lang en; with --project, the
# project's units and site checks. The page must also parse as balanced HTML.
# usage: html_report_content.sh RENOZONE
set -euo pipefail
rz=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$rz" --quiet report --html "$work/zh.html"
"$rz" --quiet report --html "$work/en.html" --lang en
"$rz" --quiet unit --communities-ids FS03,FS14 --project "$work/p.gpkg" --save --name 油房沟片区 --phase 实施 \
  --year 2022 --path 综合改造 --lead 1 >/dev/null
"$rz" --quiet check-site --type kindergarten --project "$work/p.gpkg" \
  --wkt "POLYGON((474470 3245570,474530 3245570,474530 3245630,474470 3245630,474470 3245570))" >/dev/null
"$rz" --quiet report --html "$work/project.html" --project "$work/p.gpkg"
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

_, project = parse('project.html')
assert len(project.tables['units']) == 2 and project.tables['units'][1][1] == '油房沟片区', project.tables['units']
assert len(project.tables['site-checks']) == 2 and project.tables['site-checks'][1][1] == '幼儿园', project.tables['site-checks']
print('html report: totals, 31 communities, map with', zh.polygons, 'polygons, zh and en headings, project sections')
PY

#!/usr/bin/env python3
"""Generate renozone's embedded default dataset, data/wulong.gpkg.

Facts: the street and residents' committee names and codes (NBS division list in
data/sources/), the totals and policy figures of 武隆区老旧小区改造专项行动方案
(2021-06-30) and the community names that plan mentions.
Modelled: every geometry (there are no public building footprints of Wulong), the
other community names, all building attributes and the per-community split of the
plan totals.  The output is deterministic: one seeded random.Random, no clock, and
fixed GeoPackage timestamps.

Run from the repository root with the system Python (it needs osgeo):
    /usr/bin/python3 scripts/make_dataset.py [--output data/wulong.gpkg]
"""

import argparse
import csv
import math
import os
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

from osgeo import gdal, ogr, osr

ROOT = Path(__file__).resolve().parent.parent
DIVISIONS_CSV = ROOT / 'data' / 'sources' / 'nbs_wulong_500156_divisions.csv'
DEFAULT_OUTPUT = ROOT / 'data' / 'wulong.gpkg'

SEED = 20210630
GPKG_DATE = '2021-06-30T00:00:00.000Z'
NOTICE = '几何为模型数据，非实测 / geometry is modelled, not surveyed'
PLAN_SOURCE = '武隆区老旧小区改造专项行动方案 2021-06-30'
PLAN_ROW_SOURCE = 'modelled per-community split of the plan totals'

FENGSHAN, FURONG = '500156001', '500156002'
COMMITTEE_SUFFIX = '社区居民委员会'

# Plan figures (facts).
PLAN_COMMUNITIES = 31
PLAN_BUILDINGS = 1618
PLAN_FLOOR_AREA_CENTS = 166_650_000
PLAN_HOUSEHOLDS = 13072
PLAN_PEOPLE = 35000
PLAN_POLICY = (('lift_min_floors', 6), ('lift_subsidy_cny', 80000),
               ('pipeline_subsidy_share', 0.5), ('d_grade_extra_area_share', 0.15),
               ('built_before_year', 2000))
ELIGIBLE_USES = ('residential', 'mixed')
ELIGIBLE_BEFORE = 2000

# The town lies on both banks of the Wu River.  Geometry is built in river
# coordinates: u runs along the river (west to east), v across it (north > 0).
CENTRE_LONLAT = (107.752, 29.327)
RIVER_HALF_WIDTH = 80
RIVER_HALF_LENGTH = 2250
BANK_ROAD_V = 95          # riverside road, between the water and the first block row
ROW1_V = 110              # first block row starts here
ROW_GAP = 20              # road gap between the two block rows
ROW2_MAX_HEIGHT = 250
OUTER_ROAD_OFFSET = 20    # outer road beyond the deepest possible second-row block
ROAD_END_MARGIN = 30      # end connectors this far beyond the first and last block
STREET_MARGIN = 40        # street polygon beyond the outer road and the end connectors
SAMPLE_STEP = 25          # u spacing of river, street and road vertices
BRIDGES = ((-350.0, '乌江一桥'), (700.0, '乌江二桥'))


@dataclass(frozen=True)
class Bank:
    street_code: str
    id_prefix: str
    side: int                  # +1 north bank, -1 south bank
    u_start: float
    row1_height: float
    blocks_per_row: tuple
    estates_per_row: tuple     # non-planned communities per row
    river_road: str
    mid_road: str
    outer_road: str


# Fengshan on the north bank and Furong on the south bank: this placement is modelled.
BANKS = (
    Bank(FENGSHAN, 'FS', +1, -1800, 230, (13, 12), (1, 6), '北滨路', '建设中路', '凤山路'),
    Bank(FURONG, 'FR', -1, -1350, 210, (10, 10), (1, 6), '南滨路', '柏杨路', '芙蓉路'),
)

LAOJIE = '老街片区'
LAOJIE_WIDTH = 300
LAOJIE_BUILDINGS = 110
# Communities named by the plan: (name, street, committee short name, required row, demonstration).
PLAN_NAMED = (
    (LAOJIE, FENGSHAN, '巷口', 1, 0),
    ('油房沟小区', FENGSHAN, '油坊', None, 0),
    ('下油房沟小区', FENGSHAN, '油坊', None, 1),
    ('红豆大厦小区', FENGSHAN, '红豆', None, 0),
    ('建设中路小区', FENGSHAN, None, None, 1),
    ('南滨路小区', FURONG, None, 1, 1),
    ('柏杨路小区', FURONG, None, None, 1),
    ('蓝宝石小区', FURONG, None, None, 0),
)
MODELLED_PLANNED_NAMES = {
    FENGSHAN: ('复兴街小区', '中山路小区', '梓潼小区', '巷口新街小区', '龙湖路小区', '凤山路小区',
               '人民路小区', '粮站小区', '电力小区', '交通局小区', '供销社小区', '老车站片区',
               '税务小区', '邮电小区', '水电小区', '建设东路小区', '文化宫小区'),
    FURONG: ('芙蓉中路小区', '芙蓉西路小区', '中嘴小区', '南溪小区', '芙蓉东路小区', '电厂小区',
             '水厂小区', '林业局小区', '建安小区', '卫校小区', '粮油小区', '南岸片区', '长途站小区'),
}
ESTATE_NAMES = {
    FENGSHAN: ('乌江花园', '凤山御景', '龙湖湾', '翡翠城', '山水名城', '书香苑', '观澜府'),
    FURONG: ('滨江新城', '芙蓉锦苑', '江南府', '阳光水岸', '滨江壹号', '碧水蓝天', '润福苑'),
}

# Building composition.
NEWER_IN_PLANNED = 45
SERVICE_IN_PLANNED = 30
ESTATE_BUILDINGS = 2760
ESTATE_OLD = 120
ESTATE_SERVICE = 70
OUTSIDE_BUILDINGS = 80
STRADDLERS = 10
BOWTIES = 5
DISCREPANT = 8
D_GRADE = 12
HERITAGE_IN_LAOJIE = 6
MIN_INPLAN = 18
FA_MEAN = PLAN_FLOOR_AREA_CENTS / 100 / PLAN_BUILDINGS
FA_SIGMA = 0.4
FA_MIN, FA_MAX = 350.0, 2600.0
AREA_PER_HOUSEHOLD = 127
PEOPLE_PER_HOUSEHOLD = 2.68
FLOOR_WEIGHTS = {3: 12, 4: 22, 5: 36, 6: 14, 7: 8, 8: 5, 9: 3}
CELL_MARGIN = 1.5         # half the minimum spacing between buildings
BLOCK_SETBACK = 3         # minimum distance of a building from its block boundary
L_SHAPE_SHARE = 0.15
NOTCHED_BLOCKS = 6

FACILITY_TYPES = (  # type, count, capacity range, street-level name, committee-level name
    ('elderly_care', 4, (40, 120), '{street}养老服务中心', '{committee}社区养老服务站'),
    ('day_care', 6, (20, 50), '{street}日间照料中心', '{committee}社区日间照料中心'),
    ('kindergarten', 5, (180, 360), '{street_short}幼儿园', '{committee}幼儿园'),
    ('nursery', 3, (30, 80), '{street_short}托育中心', '{committee}托育园'),
    ('service_station', 7, (1500, 4000), '{street}便民服务中心', '{committee}社区便民服务站'),
    ('health_station', 5, (3000, 8000), '{street}社区卫生服务中心', '{committee}社区卫生服务站'),
    ('culture_sports', 4, (200, 800), '{street}文体活动中心', '{committee}社区文体活动室'),
    ('public_toilet', 8, (6, 16), '{street_short}公厕', '{committee}公厕'),
    ('parking', 6, (40, 200), '{street_short}停车场', '{committee}停车场'),
    ('ev_charging', 3, (6, 20), '{street_short}充电站', '{committee}充电站'),
    ('waste_sorting', 8, (4, 12), '{street_short}垃圾分类收集站', '{committee}垃圾分类收集点'),
)
PHASES = (('实施', 10, (2021, 2022)), ('谋划', 11, (2022, 2023)), ('储备', 10, (2024, 2025)))
PATH_MANAGEMENT, PATH_SELF_BUILD = 5, 2
PLAN_ROWS_WITHOUT_ID = 3

S, I, R = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
LAYERS = {  # name: (geometry type, fields, description)
    'streets': (ogr.wkbMultiPolygon, [('code', S), ('name', S)],
                '街道范围（名称、代码来自国家统计局区划代码）；' + NOTICE),
    'communities': (ogr.wkbMultiPolygon,
                    [('id', S), ('name', S), ('street_code', S), ('committee', S),
                     ('committee_code', S), ('name_source', S)],
                    '小区范围；name_source=plan 为方案所列名称，modelled 为模型名称；' + NOTICE),
    'buildings': (ogr.wkbPolygon,
                  [('id', S), ('name', S), ('address', S), ('floors', I), ('built_year', I),
                   ('use', S), ('households', I), ('floor_area', R), ('people', I),
                   ('stairwells', I), ('safety_grade', S), ('heritage', I)],
                  '建筑轮廓及属性（属性为模型数据，在方案小区内汇总等于方案总量）；' + NOTICE),
    'facilities': (ogr.wkbPoint, [('id', S), ('type', S), ('name', S), ('capacity', I)],
                   '配套设施（名称为模型；capacity 为床位/学位/服务人数/厕位/车位/充电桩/收集桶）；'
                   + NOTICE),
    'heritage': (ogr.wkbPolygon, [('id', S), ('name', S), ('grade', S)],
                 '历史风貌与文物保护范围（模型）；' + NOTICE),
    'river': (ogr.wkbPolygon, [('name', S)], '乌江水域（模型）；' + NOTICE),
    'roads': (ogr.wkbLineString, [('id', S), ('name', S), ('class', S)],
              '道路中心线网络，线段在交叉口共享端点（模型）；' + NOTICE),
    'plan': (ogr.wkbNone,
             [('community_id', S), ('community_name', S), ('street_code', S), ('phase', S),
              ('year', I), ('demonstration', I), ('path', S), ('target_buildings', I),
              ('target_floor_area', R), ('target_households', I), ('target_people', I),
              ('source', S)],
             '改造计划：各小区目标为方案总量的模型分解 / per-community targets are a modelled '
             'split of the plan totals; column sums equal the plan totals'),
    'plan_targets': (ogr.wkbNone, [('key', S), ('value', R), ('source', S)],
                     '方案总量与政策参数（事实） / plan totals and policy figures (facts)'),
}


# --------------------------------------------------------------------------- geometry basics

class RiverFrame:
    """Maps river coordinates (u, v) in metres to EPSG:4545 (x east, y north)."""

    def __init__(self):
        lonlat, self.srs = osr.SpatialReference(), osr.SpatialReference()
        lonlat.ImportFromEPSG(4490)
        self.srs.ImportFromEPSG(4545)
        for srs in (lonlat, self.srs):
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        x, y, _ = osr.CoordinateTransformation(lonlat, self.srs).TransformPoint(*CENTRE_LONLAT)
        # Whole metres keep the dataset independent of PROJ's last digits.
        self.x0, self.y0 = round(x), round(y)

    def xy(self, u, v):
        return (round(self.x0 + u, 3), round(self.y0 + 120 * math.sin(u / 900) + v, 3))

    @staticmethod
    def heading(u):
        """Direction of the river centre line at u, radians from east."""
        return math.atan(120 / 900 * math.cos(u / 900))

    def polygon(self, rings):
        return polygon_from_xy(*[[self.xy(u, v) for u, v in ring] for ring in rings])

    def line(self, points):
        line = ogr.Geometry(ogr.wkbLineString)
        for u, v in points:
            line.AddPoint_2D(*self.xy(u, v))
        return line


def polygon_from_xy(*rings):
    poly = ogr.Geometry(ogr.wkbPolygon)
    for points in rings:
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in points:
            ring.AddPoint_2D(x, y)
        ring.CloseRings()
        poly.AddGeometry(ring)
    return poly


def multipolygon(polygons):
    """MultiPolygon of the given polygons and multipolygons' parts."""
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for geom in polygons:
        if geom.GetGeometryType() == ogr.wkbMultiPolygon:
            for k in range(geom.GetGeometryCount()):
                multi.AddGeometry(geom.GetGeometryRef(k))
        else:
            multi.AddGeometry(geom)
    return multi


def union(geoms):
    return multipolygon(geoms).UnionCascaded()


def placed(local_points, centre, angle):
    """Rotate local (x, y) points by angle and move them to centre."""
    c, s = math.cos(angle), math.sin(angle)
    return [(round(centre[0] + x * c - y * s, 3), round(centre[1] + x * s + y * c, 3))
            for x, y in local_points]


def rectangle(a, b):
    return [(-a / 2, -b / 2), (a / 2, -b / 2), (a / 2, b / 2), (-a / 2, b / 2)]


def bowtie(a, b):
    """Corners A, C, B, D of an a×b rectangle: a self-intersecting ring with two lobes."""
    return [(-a / 2, -b / 2), (a / 2, b / 2), (a / 2, -b / 2), (-a / 2, b / 2)]


def l_shape(a, b, notch):
    """a×b rectangle with one corner (na×nb) cut away."""
    na, nb = a * notch[0], b * notch[1]
    return [(-a / 2, -b / 2), (a / 2, -b / 2), (a / 2, b / 2 - nb), (a / 2 - na, b / 2 - nb),
            (a / 2 - na, b / 2), (-a / 2, b / 2)]


class BucketIndex:
    """Items bucketed by envelope on a square grid, for cheap 'what is near here' queries."""

    def __init__(self, size=100.0):
        self.size, self.buckets = size, {}

    def _keys(self, envelope, margin):
        minx, maxx, miny, maxy = envelope
        cols = range(math.floor((minx - margin) / self.size), math.floor((maxx + margin) / self.size) + 1)
        rows = range(math.floor((miny - margin) / self.size), math.floor((maxy + margin) / self.size) + 1)
        return [(i, j) for i in cols for j in rows]

    def add(self, item, envelope):
        for key in self._keys(envelope, 0):
            self.buckets.setdefault(key, []).append(item)

    def near(self, envelope, margin=0.0):
        found = {}
        for key in self._keys(envelope, margin):
            for item in self.buckets.get(key, ()):
                found[id(item)] = item
        return list(found.values())


def geometry_index(geoms):
    index = BucketIndex()
    for geom in geoms:
        index.add(geom, geom.GetEnvelope())
    return index


def touches_any(geom, index, distance=0.0):
    return any(other.Distance(geom) <= distance if distance else other.Intersects(geom)
               for other in index.near(geom.GetEnvelope(), distance))


# --------------------------------------------------------------------------- divisions

def read_divisions(path):
    """Street names and, per street, its residents' committees as (code, name) in code order."""
    streets, committees = {}, {FENGSHAN: [], FURONG: []}
    with open(path, encoding='utf-8', newline='') as f:
        for row in csv.DictReader(f):
            if row['code'] in committees:
                streets[row['code']] = row['name']
            elif row['parent_code'] in committees and row['name'].endswith(COMMITTEE_SUFFIX):
                committees[row['parent_code']].append((row['code'], row['name']))
    for code, members in committees.items():
        members.sort()
        if code not in streets or not members:
            raise RuntimeError(f'{path}: street {code} or its committees missing')
    return streets, committees


def short_committee(name):
    return name.removesuffix(COMMITTEE_SUFFIX)


def short_street(name):
    return name.removesuffix('街道')


# --------------------------------------------------------------------------- communities

@dataclass(eq=False)
class Community:
    bank: Bank
    row: int
    u0: float
    u1: float
    v0: float
    v1: float
    planned: bool
    committee: tuple = None        # (code, full NBS name)
    id: str = ''
    name: str = ''
    name_source: str = 'modelled'
    demonstration: int = 0
    split_gap: float = None        # u of the road between the parts of a two-part block
    geom: object = None            # ogr MultiPolygon
    grid: object = None
    buildings: list = field(default_factory=list)

    @property
    def street_code(self):
        return self.bank.street_code

    @property
    def committee_short(self):
        return short_committee(self.committee[1])

    @property
    def width(self):
        return self.u1 - self.u0


def lay_out_blocks(rng):
    """Two rows of block cells along each bank, separated by road gaps."""
    blocks = []
    for bank in BANKS:
        for row in (1, 2):
            count = bank.blocks_per_row[row - 1]
            estates = rng.sample(range(count), bank.estates_per_row[row - 1])
            u = bank.u_start
            for i in range(count):
                planned = i not in estates
                width = rng.uniform(180, 300) if planned else rng.uniform(260, 300)
                if row == 1:
                    near, far = ROW1_V, ROW1_V + bank.row1_height
                else:
                    near = ROW1_V + bank.row1_height + ROW_GAP
                    far = near + (rng.uniform(170, ROW2_MAX_HEIGHT) if planned
                                  else rng.uniform(220, ROW2_MAX_HEIGHT))
                v0, v1 = sorted((bank.side * near, bank.side * far))
                blocks.append(Community(bank, row, u, u + width, v0, v1, planned))
                u += width + rng.uniform(15, 20)
    return blocks


def assign_committees(blocks, committees):
    """Each committee serves a contiguous stretch of its bank (modelled)."""
    for bank in BANKS:
        own = sorted((b for b in blocks if b.bank is bank), key=lambda b: b.u0 + b.u1)
        members = committees[bank.street_code]
        for rank, block in enumerate(own):
            block.committee = members[rank * len(members) // len(own)]


def widen(block, blocks, width):
    """Make block wider, shifting the blocks east of it in the same row."""
    extra = width - block.width
    for other in blocks:
        if other.bank is block.bank and other.row == block.row and other.u0 > block.u0:
            other.u0 += extra
            other.u1 += extra
    block.u1 += extra


def pick_modelled_name(pool, committee_short, street_shorts):
    """Prefer a name that mentions the block's committee, else one that mentions none."""
    for name in pool:
        if committee_short in name:
            return name
    for name in pool:
        if not any(s in name for s in street_shorts):
            return name
    raise RuntimeError('ran out of modelled community names')


def name_blocks(blocks, committees, rng):
    for name, street, committee, row, demonstration in PLAN_NAMED:
        free = [b for b in blocks if b.planned and not b.name and b.street_code == street
                and committee in (None, b.committee_short) and row in (None, b.row)]
        if not free:
            raise RuntimeError(f'layout has no block for {name}')
        block = max(free, key=lambda b: b.width) if name == LAOJIE else rng.choice(free)
        block.name, block.name_source, block.demonstration = name, 'plan', demonstration
        if name == LAOJIE:
            widen(block, blocks, LAOJIE_WIDTH)
    for street, names in MODELLED_PLANNED_NAMES.items():
        pool = list(names)
        shorts = [short_committee(n) for _, n in committees[street]]
        for block in blocks:
            if block.planned and not block.name and block.street_code == street:
                block.name = pick_modelled_name(pool, block.committee_short, shorts)
                pool.remove(block.name)
    for street, names in ESTATE_NAMES.items():
        estates = [b for b in blocks if not b.planned and b.street_code == street]
        for block, name in zip(estates, names, strict=True):
            block.name = name


def number_blocks(blocks):
    """Ids FS01.. / FR01..: planned communities first, west to east, row by row."""
    for bank in BANKS:
        own = sorted((b for b in blocks if b.bank is bank), key=lambda b: (not b.planned, b.row, b.u0))
        for i, block in enumerate(own, 1):
            block.id = f'{bank.id_prefix}{i:02d}'
    blocks.sort(key=lambda b: (b.street_code, b.id))


def make_communities(committees, rng):
    blocks = lay_out_blocks(rng)
    assign_committees(blocks, committees)
    name_blocks(blocks, committees, rng)
    number_blocks(blocks)
    if max(b.u1 for b in blocks) + ROAD_END_MARGIN + STREET_MARGIN > RIVER_HALF_LENGTH:
        raise RuntimeError('blocks extend beyond the modelled river stretch')
    if sum(b.planned for b in blocks) != PLAN_COMMUNITIES:
        raise RuntimeError('wrong number of planned communities')
    return blocks


def block_outline(u0, v0, u1, v1, rng, notch):
    """Counter-clockwise ring (river coordinates) of an irregular block inside its cell:
    corners pulled in or chamfered, extra edge vertices pushed inwards, maybe one notch."""
    corners = ((u0, v0), (u1, v0), (u1, v1), (u0, v1))
    directions = ((1, 0), (0, 1), (-1, 0), (0, -1))   # edge i runs from corner i to corner i+1
    lengths = (u1 - u0, v1 - v0, u1 - u0, v1 - v0)
    notch_edge = rng.randrange(4) if notch else None
    spare = max(0, rng.randint(6, 10) - 4 - (4 if notch else 0))
    chamfers = rng.sample(range(4), rng.randint(0, min(2, spare)))
    spare -= len(chamfers)
    extra_points = [0] * 4
    for _ in range(spare):
        extra_points[rng.choice([i for i in range(4) if i != notch_edge])] += 1
    ring = []
    for i, (cu, cv) in enumerate(corners):
        du, dv = directions[i]
        pu, pv = directions[i - 1]
        nu, nv = -dv, du                      # inward normal of edge i
        if i in chamfers:
            cut = rng.uniform(8, 25)
            ring += [(cu - pu * cut, cv - pv * cut), (cu + du * cut, cv + dv * cut)]
        else:
            j1, j2 = rng.uniform(0, 3), rng.uniform(0, 3)
            ring.append((cu + nu * j1 - pv * j2, cv + nv * j1 + pu * j2))
        if i == notch_edge:
            start, width, depth = rng.uniform(0.3, 0.45) * lengths[i], rng.uniform(40, 60), rng.uniform(25, 40)
            for t, d in ((start, 0), (start, depth), (start + width, depth), (start + width, 0)):
                ring.append((cu + du * t + nu * d, cv + dv * t + nv * d))
        else:
            for t in sorted(rng.uniform(0.25, 0.75) * lengths[i] for _ in range(extra_points[i])):
                d = rng.uniform(0, 4)
                ring.append((cu + du * t + nu * d, cv + dv * t + nv * d))
    return ring


def school_ground(block):
    """60×50 m hole in the middle of the block (clockwise ring)."""
    uc, vc = (block.u0 + block.u1) / 2, (block.v0 + block.v1) / 2
    return [(uc - 30, vc - 25), (uc - 30, vc + 25), (uc + 30, vc + 25), (uc + 30, vc - 25)]


def shape_communities(communities, frame, rng):
    """Block geometry; one planned block gets two parts, another a school-ground hole."""
    candidates = [c for c in communities if c.planned and c.name != LAOJIE]
    split = rng.choice([c for c in candidates if c.width >= 260])
    holed = rng.choice([c for c in candidates
                        if c is not split and c.width >= 230 and c.v1 - c.v0 >= 200])
    notched = rng.sample([c for c in communities if c is not split and c is not holed], NOTCHED_BLOCKS)
    for c in communities:
        spans = [(c.u0, c.u1)]
        if c is split:
            c.split_gap = rng.uniform(c.u0 + 130, c.u1 - 130)
            spans = [(c.u0, c.split_gap - ROW_GAP / 2), (c.split_gap + ROW_GAP / 2, c.u1)]
        parts = []
        for u0, u1 in spans:
            rings = [block_outline(u0, c.v0, u1, c.v1, rng, notch=c in notched)]
            if c is holed:
                rings.append(school_ground(c))
            parts.append(frame.polygon(rings))
        c.geom = multipolygon(parts)
        if not c.geom.IsValid():
            raise RuntimeError(f'invalid block {c.id}')


# --------------------------------------------------------------------------- river, roads, streets

def river_polygon(frame):
    us = range(-RIVER_HALF_LENGTH, RIVER_HALF_LENGTH + 1, SAMPLE_STEP)
    ring = [(u, -RIVER_HALF_WIDTH) for u in us] + [(u, RIVER_HALF_WIDTH) for u in reversed(us)]
    return frame.polygon([ring])


def road_distances(bank):
    mid = ROW1_V + bank.row1_height + ROW_GAP / 2
    outer = ROW1_V + bank.row1_height + ROW_GAP + ROW2_MAX_HEIGHT + OUTER_ROAD_OFFSET
    return BANK_ROAD_V, mid, outer


def road_ends(communities, bank):
    own = [c for c in communities if c.bank is bank]
    return min(c.u0 for c in own) - ROAD_END_MARGIN, max(c.u1 for c in own) + ROAD_END_MARGIN


def row_gaps(communities, bank, row):
    """u of the road in every gap between neighbouring blocks of a row (and inside split blocks)."""
    cells = sorted((c for c in communities if c.bank is bank and c.row == row), key=lambda c: c.u0)
    gaps = [(a.u1 + b.u0) / 2 for a, b in zip(cells, cells[1:])]
    return gaps + [c.split_gap for c in cells if c.split_gap is not None]


def along(u_a, u_b, v):
    steps = max(1, math.ceil((u_b - u_a) / SAMPLE_STEP))
    return [(u_a + (u_b - u_a) * k / steps, v) for k in range(steps + 1)]


def make_roads(communities, streets, frame):
    """Road centre lines split at every junction, so that segments share end points."""
    roads = []
    for bank in BANKS:
        ends = list(road_ends(communities, bank))
        gaps1, gaps2 = (row_gaps(communities, bank, row) for row in (1, 2))
        v_river, v_mid, v_outer = (bank.side * d for d in road_distances(bank))
        for name, cls, v, junctions in (
                (bank.river_road, 'primary', v_river, ends + gaps1 + [u for u, _ in BRIDGES]),
                (bank.mid_road, 'secondary', v_mid, ends + gaps1 + gaps2),
                (bank.outer_road, 'secondary', v_outer, ends + gaps2)):
            stops = sorted(set(junctions))
            roads += [(name, cls, frame.line(along(a, b, v))) for a, b in zip(stops, stops[1:])]
        prefix = short_street(streets[bank.street_code])
        cross = [(u, v_river, v_mid) for u in sorted(ends + gaps1)]
        cross += [(u, v_mid, v_outer) for u in sorted(ends + gaps2)]
        for n, (u, va, vb) in enumerate(cross, 1):
            roads.append((f'{prefix}支路{n}', 'local', frame.line([(u, va), (u, vb)])))
    for u, name in BRIDGES:
        roads.append((name, 'primary', frame.line([(u, BANK_ROAD_V), (u, -BANK_ROAD_V)])))
    return roads


def street_extent(communities, bank):
    """u range and far v distance of a street polygon (river coordinates)."""
    lo, hi = road_ends(communities, bank)
    u_lo = math.floor((lo - STREET_MARGIN) / SAMPLE_STEP) * SAMPLE_STEP
    u_hi = math.ceil((hi + STREET_MARGIN) / SAMPLE_STEP) * SAMPLE_STEP
    return u_lo, u_hi, road_distances(bank)[2] + STREET_MARGIN


def street_polygon(communities, bank, frame):
    """Band from the river bank to beyond the outer road; shares the river's bank vertices."""
    u_lo, u_hi, far = street_extent(communities, bank)
    us = range(u_lo, u_hi + 1, SAMPLE_STEP)
    ring = ([(u, bank.side * RIVER_HALF_WIDTH) for u in us]
            + [(u, bank.side * far) for u in reversed(us)])
    return frame.polygon([ring])


# --------------------------------------------------------------------------- buildings

@dataclass(eq=False)
class Building:
    community: object              # Community, or None for buildings outside every block
    role: str                      # inplan | newer | service | estate | estate_old | outside
    floors: int
    built_year: int
    use: str
    footprint: float = 0.0         # intended footprint area, m²
    fa_cents: int = 0              # recorded floor area in cents of m²
    factor: float = 1.0            # footprint = floor area / floors × factor
    households: int = 0
    people: int = 0
    stairwells: int = 1
    safety_grade: str = 'B'
    heritage: int = 0
    flag: str = ''                 # straddler | bowtie | discrepant
    cell: int = 0                  # position in the community's grid, for numbering
    long_side: float = 0.0
    geom: object = None
    id: str = ''
    name: str = ''
    address: str = ''
    street_code: str = ''


@dataclass
class Grid:
    """Rotated grid of building cells inside a block."""
    theta: float
    sx: float
    sy: float
    centres: list

    @property
    def inner(self):
        return self.sx - 2 * CELL_MARGIN, self.sy - 2 * CELL_MARGIN

    @property
    def capacity(self):
        """Footprint area that always fits a cell."""
        w, h = self.inner
        return min(0.85 * w * h, 900.0)


@dataclass
class Slot:
    """Place reserved on a block edge for a building that straddles the boundary."""
    centre: tuple
    angle: float
    depth: float
    max_length: float

    def footprint(self, length):
        return polygon_from_xy(placed(rectangle(length, self.depth), self.centre, self.angle))


def grid_centres(inner, origin, theta, sx, sy, offset):
    """Centres, in grid order, of the cells whose shrunk rectangle lies inside inner."""
    minx, maxx, miny, maxy = inner.GetEnvelope()
    reach = math.hypot(maxx - minx, maxy - miny) / 2 + max(sx, sy)
    cell = rectangle(sx - 2 * CELL_MARGIN, sy - 2 * CELL_MARGIN)
    c, s = math.cos(theta), math.sin(theta)
    centres = []
    for j in range(-int(reach / sy) - 1, int(reach / sy) + 2):
        for i in range(-int(reach / sx) - 1, int(reach / sx) + 2):
            lx, ly = (i + offset[0]) * sx, (j + offset[1]) * sy
            centre = (origin[0] + lx * c - ly * s, origin[1] + lx * s + ly * c)
            if minx < centre[0] < maxx and miny < centre[1] < maxy and \
                    polygon_from_xy(placed(cell, centre, theta)).Within(inner):
                centres.append(centre)
    return centres


def lay_out_grid(community, need, aspect, slot, frame, rng):
    """Shrink a grid until it offers need cells, then keep need of them at random."""
    inner = community.geom.Buffer(-BLOCK_SETBACK, 4)
    if slot:
        inner = inner.Difference(slot.footprint(slot.max_length).Buffer(2 * CELL_MARGIN, 4))
    theta = frame.heading((community.u0 + community.u1) / 2)
    centroid = community.geom.Centroid()
    origin, offset = (centroid.GetX(), centroid.GetY()), (rng.random(), rng.random())
    size = math.sqrt(inner.GetArea() / (need * 1.15))
    while True:
        sx, sy = size * aspect, size / aspect
        centres = grid_centres(inner, origin, theta, sx, sy, offset)
        if len(centres) >= need:
            break
        size *= 0.97
    if sy - 2 * CELL_MARGIN < 11:
        raise RuntimeError(f'{community.id}: too many buildings for its block')
    keep = sorted(rng.sample(range(len(centres)), need))
    return Grid(theta, sx, sy, [centres[k] for k in keep])


def reserve_straddler_slot(community, communities, river, rng):
    """A spot on a straight stretch of the block edge, not facing the river, where a
    rectangle sticks out by 20-40 % of its area and its centre stays inside."""
    part = max((community.geom.GetGeometryRef(k) for k in range(community.geom.GetGeometryCount())),
               key=lambda p: p.GetArea())
    points = part.GetGeometryRef(0).GetPoints()
    keepout = union([c.geom.Buffer(CELL_MARGIN, 4) for c in communities if c is not community]
                    + [river.Buffer(20, 4)])
    for _ in range(500):
        k = rng.randrange(len(points) - 1)
        (x0, y0), (x1, y1) = points[k][:2], points[k + 1][:2]
        length = math.hypot(x1 - x0, y1 - y0)
        if length < 50:
            continue
        dx, dy = (x1 - x0) / length, (y1 - y0) / length
        nx, ny = dy, -dx                   # outward normal of a counter-clockwise ring
        if ny * community.bank.side < -0.5:
            continue
        max_length = min(30.0, length - 16)
        t = rng.uniform(max_length / 2 + 5, length - max_length / 2 - 5)
        depth, outside = rng.uniform(11, 14), rng.uniform(0.22, 0.38)
        shift = depth * (outside - 0.5)
        centre = (x0 + dx * t + nx * shift, y0 + dy * t + ny * shift)
        slot = Slot(centre, math.atan2(dy, dx), depth, max_length)
        rect = slot.footprint(max_length)
        share = rect.Difference(community.geom).GetArea() / rect.GetArea()
        if 0.2 <= share <= 0.4 and community.geom.Contains(rect.PointOnSurface()) \
                and not rect.Intersects(keepout):
            return slot
    raise RuntimeError(f'{community.id}: no place for a straddling building')


def footprint_fit(area, w, h, rng, notch=(0.0, 0.0)):
    """Sides (a, b), tilt and slack of a footprint of the given area (its bounding
    rectangle a×b, with an optional corner notch) that fits a w×h box; None if none."""
    full = area / (1 - notch[0] * notch[1])
    for tilt, ratio in ((rng.uniform(-0.12, 0.12), w / h * rng.uniform(0.7, 1.3)), (0.0, w / h)):
        a = math.sqrt(full * ratio)
        if full / a < 10:
            a = full / 10
        a = min(40.0, max(10.0, a))
        b = full / a
        ex = a * abs(math.cos(tilt)) + b * abs(math.sin(tilt))
        ey = a * abs(math.sin(tilt)) + b * abs(math.cos(tilt))
        if 10 <= b <= 40 and ex <= w and ey <= h:
            return a, b, tilt, (w - ex) / 2, (h - ey) / 2
    return None


def cell_footprint(area, centre, grid, rng, shape):
    """Footprint polygon inside one grid cell and its long side; shape is rect, L or bowtie."""
    w, h = grid.inner
    fit, local = None, None
    if shape == 'L':
        notch = (rng.uniform(0.35, 0.55), rng.uniform(0.35, 0.55))
        fit = footprint_fit(area, w, h, rng, notch)
        if fit and min(fit[0] * (1 - notch[0]), fit[1] * (1 - notch[1])) >= 8:
            local = l_shape(fit[0], fit[1], notch)
    if local is None:
        # A bow-tie's valid part is half its rectangle, so the rectangle gets twice the area.
        fit = footprint_fit(area * (2 if shape == 'bowtie' else 1), w, h, rng)
        if fit is None:
            raise RuntimeError(f'footprint of {area:.0f} m² does not fit a {w:.1f}×{h:.1f} cell')
        local = (bowtie if shape == 'bowtie' else rectangle)(fit[0], fit[1])
    a, b, tilt, slack_x, slack_y = fit
    ox, oy = rng.uniform(-slack_x, slack_x), rng.uniform(-slack_y, slack_y)
    c, s = math.cos(grid.theta), math.sin(grid.theta)
    moved = (centre[0] + ox * c - oy * s, centre[1] + ox * s + oy * c)
    return polygon_from_xy(placed(local, moved, grid.theta + tilt)), max(a, b)


def apportion(total, weights, minimum):
    """Integers of at least minimum, roughly proportional to weights, summing to total."""
    scale = total / sum(weights)
    counts = [max(minimum, int(w * scale)) for w in weights]
    step = 1 if sum(counts) < total else -1
    order = sorted(range(len(weights)), key=lambda k: (weights[k] * scale - counts[k]) * step,
                   reverse=True)
    k = 0
    while sum(counts) != total:
        i = order[k % len(order)]
        if counts[i] + step >= minimum:
            counts[i] += step
        k += 1
    return counts


def tally(chosen, communities):
    return {c.id: sum(1 for x in chosen if x is c) for c in communities}


def draw_floors(rng):
    return rng.choices(list(FLOOR_WEIGHTS), weights=list(FLOOR_WEIGHTS.values()))[0]


def inplan_building(community, fa_cents, capacity, rng):
    """An eligible pre-2000 building; floors are raised until its footprint fits a cell."""
    b = Building(community, 'inplan', draw_floors(rng), rng.randint(1975, 1999),
                 'mixed' if rng.random() < 0.1 else 'residential',
                 fa_cents=fa_cents, factor=rng.uniform(0.9, 1.1))
    fa = fa_cents / 100
    while fa / b.floors * b.factor > capacity and b.floors < 9:
        b.floors += 1
    while fa / b.floors * b.factor < 100 and b.floors > 3:
        b.floors -= 1
    b.footprint = fa / b.floors * b.factor
    return b


def other_building(community, role, capacity, rng):
    """A building that is not in the plan: newer, service (commercial/public) or estate."""
    if role == 'service':
        b = Building(community, role, rng.randint(1, 5), rng.randint(1985, 2020),
                     rng.choice(('commercial', 'commercial', 'public')))
    elif role == 'newer':
        b = Building(community, role, rng.randint(6, 12), rng.randint(2000, 2015), 'residential')
    elif role == 'estate_old':
        b = Building(community, role, rng.randint(4, 7), rng.randint(1988, 1999), 'residential')
    else:
        year = rng.randint(2001, 2020)
        tower = year >= 2008 and rng.random() < 0.7
        b = Building(community, role, rng.randint(11, 30) if tower else rng.randint(6, 11), year,
                     'mixed' if rng.random() < 0.05 else 'residential')
    b.footprint = rng.uniform(max(100.0, 0.55 * capacity), capacity)
    b.factor = rng.uniform(0.9, 1.1)
    b.fa_cents = round(b.footprint * b.floors / b.factor * 100)
    return b


def allocate_floor_areas(limits, rng):
    """Recorded floor areas (cents) of the in-plan buildings: lognormal draws within
    [FA_MIN, limit], rescaled to the plan total, exact to the cent."""
    mu = math.log(FA_MEAN) - FA_SIGMA ** 2 / 2
    areas = [min(max(rng.lognormvariate(mu, FA_SIGMA), FA_MIN), top) for top in limits]
    for _ in range(40):
        scale = PLAN_FLOOR_AREA_CENTS / 100 / sum(areas)
        areas = [min(max(a * scale, FA_MIN), top) for a, top in zip(areas, limits)]
    cents = [round(a * 100) for a in areas]
    roomiest = max(range(len(cents)), key=lambda k: limits[k] * 100 - cents[k])
    cents[roomiest] += PLAN_FLOOR_AREA_CENTS - sum(cents)
    return cents


def nudge_to_total(values, total, minimum, rng):
    """Add or remove single units at random places until values sum to total."""
    diff = total - sum(values)
    while diff:
        k, step = rng.randrange(len(values)), (1 if diff > 0 else -1)
        if values[k] + step >= minimum:
            values[k] += step
            diff -= step


def mark_special(buildings, rng, flag, allowed):
    """Give flag to one random unflagged building that satisfies allowed(); return it."""
    candidates = [b for b in buildings if not b.flag and allowed(b)]
    if not candidates:
        raise RuntimeError(f'no candidate for {flag}')
    chosen = rng.choice(candidates)
    chosen.flag = flag
    return chosen


def most_interior(centres, community):
    boundary = community.geom.Boundary()
    return max(range(len(centres)), key=lambda k: boundary.Distance(
        ogr.CreateGeometryFromWkt(f'POINT ({centres[k][0]} {centres[k][1]})')))


def place_planned(community, inplan, extras, slot, special, rng):
    """Footprints for a planned community: straddler on the slot, bow-tie in the most
    interior cell, everything else in the remaining cells."""
    grid = community.grid
    if 'discrepant' in special:
        b = mark_special(inplan, rng, 'discrepant', lambda b: b.fa_cents / 100 / b.floors * 0.6 >= 100)
        b.factor = rng.uniform(0.6, 0.7)
        b.footprint = b.fa_cents / 100 / b.floors * b.factor
    cells = list(enumerate(grid.centres))
    if slot:
        b = mark_special(inplan, rng, 'straddler',
                         lambda b: 10 * slot.depth <= b.footprint <= slot.max_length * slot.depth)
        b.long_side = b.footprint / slot.depth
        b.geom, b.cell = slot.footprint(b.long_side), len(cells)
    if 'bowtie' in special:
        w, h = grid.inner
        b = mark_special(inplan, rng, 'bowtie', lambda b: 2 * b.footprint <= 0.85 * w * h)
        b.cell, centre = cells.pop(most_interior(grid.centres, community))
        b.geom, b.long_side = cell_footprint(b.footprint, centre, grid, rng, 'bowtie')
    rest = [b for b in inplan if b.geom is None] + extras
    rng.shuffle(rest)
    for b, (k, centre) in zip(rest, cells, strict=True):
        shape = 'L' if b.role != 'service' and rng.random() < L_SHAPE_SHARE else 'rect'
        b.cell = k
        b.geom, b.long_side = cell_footprint(b.footprint, centre, grid, rng, shape)
    community.buildings = sorted(inplan + extras, key=lambda b: b.cell)


def place_estate(community, buildings, rng):
    rng.shuffle(buildings)
    for k, (b, centre) in enumerate(zip(buildings, community.grid.centres, strict=True)):
        b.cell = k
        b.geom, b.long_side = cell_footprint(b.footprint, centre, community.grid, rng, 'rect')
    community.buildings = sorted(buildings, key=lambda b: b.cell)


def planned_building_counts(planned, rng):
    """Per community id: in-plan, newer and service building counts."""
    others = [c for c in planned if c.name != LAOJIE]
    weights = [c.geom.GetArea() * rng.uniform(0.45, 1.5) for c in others]
    counts = dict(zip((c.id for c in others),
                      apportion(PLAN_BUILDINGS - LAOJIE_BUILDINGS, weights, MIN_INPLAN)))
    counts.update({c.id: LAOJIE_BUILDINGS for c in planned if c.name == LAOJIE})
    areas = [c.geom.GetArea() for c in planned]
    newer = tally(rng.choices(planned, weights=areas, k=NEWER_IN_PLANNED), planned)
    service = tally(rng.choices(planned, weights=areas, k=SERVICE_IN_PLANNED), planned)
    return counts, newer, service


def choose_special(planned, rng):
    """Communities that get a straddler, and per community id its other special buildings."""
    straddling = rng.sample([c for c in planned if c.split_gap is None], STRADDLERS)
    special = {c.id: [] for c in planned}
    for flag, chosen in (('bowtie', rng.sample([c for c in planned if c not in straddling], BOWTIES)),
                         ('discrepant', rng.sample(planned, DISCREPANT))):
        for c in chosen:
            special[c.id].append(flag)
    return straddling, special


def populate_planned(planned, communities, river, frame, rng):
    """In-plan buildings (exact plan totals) plus newer and service buildings."""
    counts, newer, service = planned_building_counts(planned, rng)
    straddling, special = choose_special(planned, rng)
    slots = {c.id: reserve_straddler_slot(c, communities, river, rng) for c in straddling}
    for c in planned:
        need = counts[c.id] - (c.id in slots) + newer[c.id] + service[c.id]
        c.grid = lay_out_grid(c, need, 1.2, slots.get(c.id), frame, rng)
    limits = [min(FA_MAX, 9 * c.grid.capacity / 1.1) for c in planned for _ in range(counts[c.id])]
    cents = iter(allocate_floor_areas(limits, rng))
    for c in planned:
        inplan = [inplan_building(c, next(cents), c.grid.capacity, rng) for _ in range(counts[c.id])]
        extras = [other_building(c, role, c.grid.capacity, rng)
                  for role, n in (('newer', newer[c.id]), ('service', service[c.id])) for _ in range(n)]
        place_planned(c, inplan, extras, slots.get(c.id), special[c.id], rng)


def populate_estates(estates, frame, rng):
    """Non-planned communities: mostly newer residential, some pre-2000 and service buildings."""
    weights = [c.geom.GetArea() * rng.uniform(0.85, 1.15) for c in estates]
    totals = apportion(ESTATE_BUILDINGS, weights, 100)
    old = apportion(ESTATE_OLD, weights, 2)
    service = apportion(ESTATE_SERVICE, weights, 1)
    for c, total, n_old, n_service in zip(estates, totals, old, service):
        c.grid = lay_out_grid(c, total, 1.0, None, frame, rng)
        roles = ['estate_old'] * n_old + ['service'] * n_service + ['estate'] * (total - n_old - n_service)
        place_estate(c, [other_building(c, role, c.grid.capacity, rng) for role in roles], rng)


def finish_inplan(planned, rng):
    """Exact household and people totals, heritage buildings, safety grades."""
    inplan = [b for c in planned for b in c.buildings if b.role == 'inplan']
    households = [max(1, round(b.fa_cents / 100 / AREA_PER_HOUSEHOLD)) for b in inplan]
    nudge_to_total(households, PLAN_HOUSEHOLDS, 1, rng)
    people = [max(1, round(h * PEOPLE_PER_HOUSEHOLD)) for h in households]
    nudge_to_total(people, PLAN_PEOPLE, 1, rng)
    for b, h, p in zip(inplan, households, people):
        b.households, b.people = h, p
    for b in heritage_buildings(planned, rng):
        b.heritage, b.built_year = 1, rng.randint(1975, 1979)
    for b in inplan:
        b.safety_grade = safety_grade(b.built_year, rng)
    for b in rng.sample(inplan, D_GRADE):
        b.safety_grade = 'D'


def heritage_buildings(planned, rng):
    """Six neighbouring old buildings in 老街片区, one more in each street."""
    laojie = next(c for c in planned if c.name == LAOJIE)
    regular = [b for b in laojie.buildings if b.role == 'inplan' and not b.flag]
    focus = regular[0].geom.Centroid()
    chosen = sorted(regular, key=lambda b: b.geom.Centroid().Distance(focus))[:HERITAGE_IN_LAOJIE]
    for street in (FENGSHAN, FURONG):
        community = rng.choice([c for c in planned if c.street_code == street and c is not laojie])
        chosen.append(rng.choice([b for b in community.buildings if b.role == 'inplan' and not b.flag]))
    return chosen


def safety_grade(year, rng):
    if year < 1990:
        weights = (5, 40, 55)
    elif year < 2000:
        weights = (15, 55, 30)
    else:
        weights = (70, 30, 0)
    return rng.choices('ABC', weights=weights)[0]


def finish_other(building, rng):
    """Occupancy, stairwells and grade of a building that is not in the plan."""
    b = building
    if b.use in ELIGIBLE_USES:
        b.households = max(1, round(b.fa_cents / 100 / rng.uniform(100, 125)))
        b.people = max(1, round(b.households * rng.uniform(2.4, 2.9)))
    b.safety_grade = safety_grade(b.built_year, rng)


def set_stairwells(b):
    b.stairwells = 1 if b.floors >= 11 and b.long_side < 25 else min(3, max(1, round(b.long_side / 15)))


def outside_buildings(communities, roads, streets_geom, frame, rng):
    """Scattered buildings in the street margins, clear of blocks (and their straddlers) and roads."""
    keepout = geometry_index([c.geom.Buffer(10, 4) for c in communities]
                             + [line.Buffer(6, 2) for _, _, line in roads])
    placed_index, result = BucketIndex(), []
    for _ in range(50000):
        if len(result) == OUTSIDE_BUILDINGS:
            return result
        bank = BANKS[len(result) % 2]
        u_lo, u_hi, far = street_extent(communities, bank)
        u = rng.uniform(u_lo, u_hi)
        d = rng.uniform(ROW1_V + bank.row1_height + ROW_GAP + 150, far)
        side_a, side_b = rng.uniform(10, 22), rng.uniform(10, 16)
        angle = frame.heading(u) + rng.uniform(-0.3, 0.3)
        geom = polygon_from_xy(placed(rectangle(side_a, side_b), frame.xy(u, bank.side * d), angle))
        if not geom.Within(streets_geom[bank.street_code]) or touches_any(geom, keepout) \
                or touches_any(geom, placed_index, 3.0):
            continue
        use = rng.choices(('residential', 'commercial', 'industrial', 'public'), weights=(35, 25, 20, 20))[0]
        b = Building(None, 'outside', rng.randint(2, 7) if use == 'residential' else rng.randint(1, 4),
                     rng.randint(1980, 2020), use, footprint=side_a * side_b, factor=rng.uniform(0.9, 1.1))
        b.fa_cents = round(b.footprint * b.floors / b.factor * 100)
        b.geom, b.long_side, b.street_code = geom, max(side_a, side_b), bank.street_code
        finish_other(b, rng)
        result.append(b)
        placed_index.add(geom, geom.GetEnvelope())
    raise RuntimeError('could not place the outside buildings')


def empty_geometry_building(estates, rng):
    """One estate building recorded without a footprint (NULL geometry), for the engine to report."""
    community = rng.choice(estates)
    b = other_building(community, 'estate', community.grid.capacity, rng)
    b.geom = ogr.Geometry(ogr.wkbPolygon)
    finish_other(b, rng)
    community.buildings.append(b)


def name_buildings(communities, outside, streets, rng):
    """Ids B00001.. in community order, then the outside ones; names like 油房沟小区3栋."""
    ordered = []
    for c in communities:
        for k, b in enumerate(c.buildings, 1):
            b.name = '' if rng.random() < 0.07 else f'{c.name}{k}栋'
            b.address = f'重庆市武隆区{streets[c.street_code]}{c.committee_short}社区{c.name}{k}栋'
            ordered.append(b)
    for b in outside:
        b.address = f'重庆市武隆区{streets[b.street_code]}'
        ordered.append(b)
    for k, b in enumerate(ordered, 1):
        b.id = f'B{k:05d}'
        set_stairwells(b)
    return ordered


def make_buildings(communities, roads, streets, streets_geom, river, frame, rng):
    planned = [c for c in communities if c.planned]
    estates = [c for c in communities if not c.planned]
    populate_planned(planned, communities, river, frame, rng)
    populate_estates(estates, frame, rng)
    finish_inplan(planned, rng)
    for c in communities:
        for b in c.buildings:
            if b.role != 'inplan':
                finish_other(b, rng)
    empty_geometry_building(estates, rng)
    outside = outside_buildings(communities, roads, streets_geom, frame, rng)
    return name_buildings(communities, outside, streets, rng)


# --------------------------------------------------------------------------- facilities, heritage, plan

def facility_site(communities, streets_geom, footprints, taken, rng):
    """A point near a random community, in its street, on open land, clear of other facilities."""
    for _ in range(10000):
        c = rng.choice(communities)
        minx, maxx, miny, maxy = c.geom.GetEnvelope()
        point = ogr.CreateGeometryFromWkt(
            f'POINT ({rng.uniform(minx - 25, maxx + 25):.3f} {rng.uniform(miny - 25, maxy + 25):.3f})')
        if point.Within(streets_geom[c.street_code]) and not touches_any(point, footprints, 2.0) \
                and not touches_any(point, taken, 15.0):
            taken.add(point, point.GetEnvelope())
            return c, point
    raise RuntimeError('no open land left for a facility')


def unique_name(name, used):
    base, n = name, 1
    while name in used:
        n += 1
        name = f'{base}（{n}）'
    used.add(name)
    return name


def make_facilities(communities, buildings, streets, streets_geom, rng):
    """Too few of each type on purpose, so that the engine finds coverage gaps.  The first
    of a type in each street is named after the street, the others after a committee."""
    footprints = geometry_index([b.geom for b in buildings if not b.geom.IsEmpty()])
    taken, facilities, used = BucketIndex(), [], set()
    for ftype, count, (lo, hi), street_template, committee_template in FACILITY_TYPES:
        named_streets = []
        for _ in range(count):
            c, point = facility_site(communities, streets_geom, footprints, taken, rng)
            street = streets[c.street_code]
            template = committee_template if c.street_code in named_streets else street_template
            named_streets.append(c.street_code)
            name = template.format(street=street, street_short=short_street(street), committee=c.committee_short)
            facilities.append({'id': f'F{len(facilities) + 1:03d}', 'type': ftype, 'name': unique_name(name, used),
                               'capacity': rng.randint(lo, hi), 'geom': point})
    return facilities


def make_heritage(buildings):
    laojie = [b for b in buildings if b.heritage and b.community.name == LAOJIE]
    singles = [b for b in buildings if b.heritage and b.community.name != LAOJIE]
    area = multipolygon([b.geom for b in laojie]).ConvexHull().Buffer(12, 2)
    return [
        {'id': 'H01', 'name': '老街历史风貌区', 'grade': '区级', 'geom': area},
        {'id': 'H02', 'name': '武隆老邮电局旧址', 'grade': '区级', 'geom': singles[0].geom.Buffer(8, 1)},
        {'id': 'H03', 'name': '芙蓉老粮站旧址', 'grade': '未定级', 'geom': singles[1].geom.Buffer(8, 1)},
    ]


def inplan_figures(community):
    inplan = [b for b in community.buildings if b.role == 'inplan']
    return [len(inplan), sum(b.fa_cents for b in inplan),
            sum(b.households for b in inplan), sum(b.people for b in inplan)]


def rebalance(values, total):
    """Scale non-negative integers so they sum to total exactly (largest remainder)."""
    raw = [v * total / sum(values) for v in values]
    result = [math.floor(r) for r in raw]
    by_remainder = sorted(range(len(raw)), key=lambda k: raw[k] - result[k], reverse=True)
    for k in by_remainder[:total - sum(result)]:
        result[k] += 1
    return result


def plan_targets_per_community(planned, rng):
    """Actual in-plan figures moved a little between communities, column sums exact."""
    actual = [inplan_figures(c) for c in planned]
    buildings = rebalance([a[0] + rng.randint(-3, 3) for a in actual], PLAN_BUILDINGS)
    columns = [buildings]
    for col, total in ((1, PLAN_FLOOR_AREA_CENTS), (2, PLAN_HOUSEHOLDS), (3, PLAN_PEOPLE)):
        columns.append(rebalance([round(a[col] * rng.uniform(0.97, 1.03)) for a in actual], total))
    return list(zip(*columns))


def make_plan(planned, rng):
    targets = plan_targets_per_community(planned, rng)
    first = [c for c in planned if c.demonstration or c.name == LAOJIE]
    rest = [c for c in planned if c not in first]
    rng.shuffle(rest)
    phase_of, order = {}, first + rest
    for name, count, years in PHASES:
        for c in order[:count]:
            phase_of[c.id] = (name, rng.randint(*years))
        order = order[count:]
    ordinary = [c for c in planned if not c.demonstration]
    special_paths = rng.sample(ordinary, PATH_MANAGEMENT + PATH_SELF_BUILD)
    path_of = {c.id: '管理提升' for c in special_paths[:PATH_MANAGEMENT]}
    path_of.update({c.id: '自建联建' for c in special_paths[PATH_MANAGEMENT:]})
    by_name_only = [c.id for c in rng.sample(planned, PLAN_ROWS_WITHOUT_ID)]
    rows = []
    for c, (n, cents, households, people) in zip(planned, targets):
        phase, year = phase_of[c.id]
        rows.append({'community_id': None if c.id in by_name_only else c.id, 'community_name': c.name,
                     'street_code': c.street_code, 'phase': phase, 'year': year,
                     'demonstration': c.demonstration, 'path': path_of.get(c.id, '综合改造'),
                     'target_buildings': n, 'target_floor_area': cents / 100,
                     'target_households': households, 'target_people': people,
                     'source': PLAN_ROW_SOURCE})
    return rows


def make_plan_targets():
    totals = (('communities', PLAN_COMMUNITIES), ('buildings', PLAN_BUILDINGS),
              ('floor_area_m2', PLAN_FLOOR_AREA_CENTS / 100), ('households', PLAN_HOUSEHOLDS),
              ('people', PLAN_PEOPLE))
    return [{'key': k, 'value': float(v), 'source': PLAN_SOURCE} for k, v in totals + PLAN_POLICY]


# --------------------------------------------------------------------------- output

def building_row(b):
    return {'id': b.id, 'name': b.name, 'address': b.address, 'floors': b.floors,
            'built_year': b.built_year, 'use': b.use, 'households': b.households,
            'floor_area': b.fa_cents / 100, 'people': b.people, 'stairwells': b.stairwells,
            'safety_grade': b.safety_grade, 'heritage': b.heritage, 'geom': b.geom}


def write_gpkg(path, frame, contents):
    """contents: layer name -> list of dicts (field values, plus 'geom' for spatial layers)."""
    driver = ogr.GetDriverByName('GPKG')
    if os.path.exists(path):
        driver.DeleteDataSource(path)
    ds = driver.CreateDataSource(path)
    ds.SetMetadataItem('DATA_NOTICE', NOTICE + '；名称与代码、方案总量为事实 / names, codes and '
                       'plan totals are facts; ' + PLAN_SOURCE)
    for name, (geom_type, fields, description) in LAYERS.items():
        srs = frame.srs if geom_type != ogr.wkbNone else None
        layer = ds.CreateLayer(name, srs, geom_type, options=[f'DESCRIPTION={description}'])
        for fname, ftype in fields:
            layer.CreateField(ogr.FieldDefn(fname, ftype))
        layer.StartTransaction()
        for row in contents[name]:
            feature = ogr.Feature(layer.GetLayerDefn())
            for fname, _ in fields:
                if row[fname] is None:
                    feature.SetFieldNull(fname)
                else:
                    feature[fname] = row[fname]
            # An empty footprint is stored as NULL: GeoPackage readers disagree on empty blobs.
            if 'geom' in row and not row['geom'].IsEmpty():
                feature.SetGeometry(row['geom'])
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    ds = None


# --------------------------------------------------------------------------- self-check

def read_layer(ds, name):
    layer = ds.GetLayer(name)
    rows = []
    for feature in layer:
        row = {layer.GetLayerDefn().GetFieldDefn(k).GetName(): feature.GetField(k)
               for k in range(feature.GetFieldCount())}
        geom = feature.GetGeometryRef()
        row['geom'] = geom.Clone() if geom is not None else None
        rows.append(row)
    return rows


def containing(point, communities):
    x, y = point.GetX(), point.GetY()
    for c in communities:
        minx, maxx, miny, maxy = c['envelope']
        if minx <= x <= maxx and miny <= y <= maxy and c['geom'].Contains(point):
            return c
    return None


def check_dataset(path):
    """Re-open the dataset and verify what the engine relies on; print a summary."""
    ds = ogr.Open(path)
    communities = read_layer(ds, 'communities')
    for c in communities:
        c['envelope'] = c['geom'].GetEnvelope()
    plan = read_layer(ds, 'plan')
    river = read_layer(ds, 'river')[0]['geom']
    by_name = {c['name']: c['id'] for c in communities}
    plan_of = {(row['community_id'] or by_name[row['community_name']]): row for row in plan}
    failures, inplan, straddle_shares = [], {c['id']: [] for c in communities}, []
    empty = invalid = outside = 0
    shapes = []
    gdal.PushErrorHandler('CPLQuietErrorHandler')   # GEOS explains every invalid footprint
    for k, b in enumerate(read_layer(ds, 'buildings')):
        if b['geom'] is None or b['geom'].IsEmpty():
            empty += 1
            continue
        shape = b['geom']
        if not shape.IsValid():
            invalid += 1
            shape = shape.MakeValid()
        shapes.append(shape)
        owner = containing(shape.PointOnSurface(), communities)
        if owner is None:
            outside += 1
            continue
        if not owner['geom'].Contains(shape):
            straddle_shares.append(shape.Difference(owner['geom']).GetArea() / shape.GetArea())
        if owner['id'] in plan_of and b['built_year'] < ELIGIBLE_BEFORE and b['use'] in ELIGIBLE_USES:
            inplan[owner['id']].append(b)
    gdal.PopErrorHandler()

    rows = [b for cid in plan_of for b in inplan[cid]]
    area = sum(b['floor_area'] for b in rows)
    households, people = sum(b['households'] for b in rows), sum(b['people'] for b in rows)
    expect(failures, len(plan_of) == PLAN_COMMUNITIES, f'{len(plan_of)} planned communities')
    expect(failures, len(rows) == PLAN_BUILDINGS, f'{len(rows)} in-plan buildings')
    expect(failures, abs(area - PLAN_FLOOR_AREA_CENTS / 100) < 0.005, f'in-plan floor area {area:.2f}')
    expect(failures, households == PLAN_HOUSEHOLDS, f'in-plan households {households}')
    expect(failures, people == PLAN_PEOPLE, f'in-plan people {people}')
    for cid in plan_of:
        expect(failures, len(inplan[cid]) >= 15, f'{cid} has {len(inplan[cid])} in-plan buildings')
    for column, total in (('target_buildings', PLAN_BUILDINGS), ('target_floor_area', PLAN_FLOOR_AREA_CENTS / 100),
                          ('target_households', PLAN_HOUSEHOLDS), ('target_people', PLAN_PEOPLE)):
        got = sum(row[column] for row in plan)
        expect(failures, abs(got - total) < 0.005, f'plan column {column} sums to {got}')
    expect(failures, empty == 1, f'{empty} empty building geometries')
    check_overlaps(failures, communities, shapes, river)

    print_summary(ds, communities, plan_of, inplan, rows, straddle_shares, invalid, outside, empty)
    for failure in failures:
        print('SELF-CHECK FAILED:', failure)
    return not failures


def expect(failures, condition, message):
    if not condition:
        failures.append(message)


def check_overlaps(failures, communities, shapes, river):
    for i, a in enumerate(communities):
        expect(failures, a['geom'].IsValid(), f"community {a['id']} is invalid")
        expect(failures, a['geom'].Intersection(river).GetArea() < 1, f"community {a['id']} overlaps the river")
        for b in communities[i + 1:]:
            if a['geom'].Intersects(b['geom']):
                expect(failures, a['geom'].Intersection(b['geom']).GetArea() < 1,
                       f"communities {a['id']} and {b['id']} overlap")
    index = BucketIndex()
    for k, shape in enumerate(shapes):
        expect(failures, not shape.Intersects(river), f'building footprint #{k} lies in the river')
        index.add((k, shape), shape.GetEnvelope())
    for k, shape in enumerate(shapes):
        for j, other in index.near(shape.GetEnvelope()):
            if j > k and shape.Intersects(other):
                expect(failures, shape.Intersection(other).GetArea() < 0.01,
                       f'building footprints #{k} and #{j} overlap')


def print_summary(ds, communities, plan_of, inplan, rows, straddle_shares, invalid, outside, empty):
    straddlers = sum(1 for s in straddle_shares if 0.2 <= s <= 0.4)
    print('layers: ' + ', '.join(f'{ds.GetLayer(k).GetName()} {ds.GetLayer(k).GetFeatureCount()}'
                                 for k in range(ds.GetLayerCount())))
    print(f'in-plan buildings {len(rows)}, floor area {sum(b["floor_area"] for b in rows):.2f} m², '
          f'households {sum(b["households"] for b in rows)}, people {sum(b["people"] for b in rows)}')
    print(f'in-plan: {sum(b["floors"] >= 6 for b in rows) / len(rows):.0%} with >= 6 floors, '
          f'{sum(b["use"] == "mixed" for b in rows)} mixed, '
          f'{sum(b["safety_grade"] == "D" for b in rows)} D-grade, {sum(b["heritage"] for b in rows)} heritage')
    print(f'straddlers {straddlers} (of {len(straddle_shares)} crossing a boundary), invalid {invalid}, '
          f'outside every community {outside}, empty geometry {empty}')
    for street in (FENGSHAN, FURONG):
        own = [c for c in communities if c['street_code'] == street]
        planned = [c for c in own if c['id'] in plan_of]
        print(f'street {street}: {len(own)} communities ({len(planned)} planned), '
              f'{sum(len(inplan[c["id"]]) for c in planned)} in-plan buildings')
    print('communities (id, name, street, planned, phase, in-plan buildings):')
    for c in communities:
        row = plan_of.get(c['id'])
        print(f"  {c['id']} {c['name']} {c['street_code']} {'planned' if row else 'not planned'} "
              f"{row['phase'] if row else '-'} {len(inplan[c['id']]) if row else ''}")


# --------------------------------------------------------------------------- main

def build(rng):
    streets, committees = read_divisions(DIVISIONS_CSV)
    frame = RiverFrame()
    communities = make_communities(committees, rng)
    shape_communities(communities, frame, rng)
    river = river_polygon(frame)
    roads = make_roads(communities, streets, frame)
    streets_geom = {bank.street_code: street_polygon(communities, bank, frame) for bank in BANKS}
    buildings = make_buildings(communities, roads, streets, streets_geom, river, frame, rng)
    planned = [c for c in communities if c.planned]
    contents = {
        'streets': [{'code': code, 'name': streets[code], 'geom': multipolygon([geom])}
                    for code, geom in streets_geom.items()],
        'communities': [{'id': c.id, 'name': c.name, 'street_code': c.street_code,
                         'committee': c.committee[1], 'committee_code': c.committee[0],
                         'name_source': c.name_source, 'geom': c.geom} for c in communities],
        'buildings': [building_row(b) for b in buildings],
        'facilities': make_facilities(communities, buildings, streets, streets_geom, rng),
        'heritage': make_heritage(buildings),
        'river': [{'name': '乌江', 'geom': river}],
        'roads': [{'id': f'R{k:03d}', 'name': name, 'class': cls, 'geom': line}
                  for k, (name, cls, line) in enumerate(roads, 1)],
        'plan': make_plan(planned, rng),
        'plan_targets': make_plan_targets(),
    }
    return frame, contents


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--output', default=str(DEFAULT_OUTPUT), help='GeoPackage to write')
    output = parser.parse_args().output
    gdal.UseExceptions()
    ogr.UseExceptions()
    osr.UseExceptions()
    gdal.SetConfigOption('OGR_CURRENT_DATE', GPKG_DATE)
    frame, contents = build(random.Random(SEED))
    base, _ = os.path.splitext(output)
    temporary = base + '.tmp.gpkg'
    write_gpkg(temporary, frame, contents)
    if not check_dataset(temporary):
        os.remove(temporary)
        sys.exit(1)
    os.replace(temporary, output)
    print(f'wrote {output}')


if __name__ == '__main__':
    main()

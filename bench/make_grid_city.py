#!/usr/bin/env python3
"""A second synthetic city for renozone's benchmarks, made apart from make_city.py
and not shaped to the engine: blocks on a jittered grid whose shared edges bend,
no plan table, buildings written in no particular order.

- communities: the cells of a 400 m grid with jittered corners; each edge is a
  polyline shared exactly by the two blocks beside it, about 15 % of edges bent
  far enough (40-100 m) to make concave blocks; ~12 vertices a block; about 8 %
  of the cells are left empty;
- buildings: rectangles and L-shapes of 8-40 m by 8-20 m at any rotation; about
  88 % centred inside a block, 2 % centred exactly on a block's edge (straddling
  two blocks), 10 % in the empty cells or the margin around the grid, 0.3 %
  self-intersecting bow-ties; each building draws its place on its own, so the
  file is in random order;
- attributes id, floors, households, built_year, use, floor_area.

    /usr/bin/python3 bench/make_grid_city.py --size large --output grid.gpkg
    /usr/bin/python3 bench/make_grid_city.py --communities 500 --buildings 50000 --output grid.gpkg
"""

import argparse
import math
import random
from pathlib import Path

from osgeo import gdal, ogr, osr

SIZES = {'small': (31, 1_618), 'medium': (1_000, 100_000), 'large': (10_000, 1_000_000),
         'huge': (100_000, 10_000_000)}
SPACING = 400.0
JITTER = 50.0
MARGIN = 300.0
EMPTY_SHARE = 0.08
BENT_SHARE = 0.15
EPSG = 4547                      # CGCS2000 3-degree zone, 114°E
ORIGIN = (520_000.0, 3_380_000.0)
USES = ('residential', 'residential', 'residential', 'mixed', 'commercial')


class Grid:
    """Jittered corners and, for every edge, the polyline both blocks beside it share."""

    def __init__(self, columns, rows, rng):
        self.columns, self.rows = columns, rows
        self.corner = [[(ORIGIN[0] + i * SPACING + rng.uniform(-JITTER, JITTER),
                         ORIGIN[1] + j * SPACING + rng.uniform(-JITTER, JITTER))
                        for j in range(rows + 1)] for i in range(columns + 1)]
        self.east = {}   # (i, j): edge from corner (i, j) to (i + 1, j)
        self.north = {}  # (i, j): edge from corner (i, j) to (i, j + 1)
        for i in range(columns + 1):
            for j in range(rows + 1):
                if i < columns:
                    self.east[i, j] = self._edge(self.corner[i][j], self.corner[i + 1][j], rng)
                if j < rows:
                    self.north[i, j] = self._edge(self.corner[i][j], self.corner[i][j + 1], rng)

    @staticmethod
    def _edge(a, b, rng):
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(dx, dy)
        nx, ny = -dy / length, dx / length
        bent = rng.random() < BENT_SHARE
        side = rng.choice((-1, 1))
        points = [a]
        for t in (1 / 3, 2 / 3):
            offset = side * rng.uniform(40, 100) if bent else rng.uniform(-8, 8)
            points.append((a[0] + t * dx + offset * nx, a[1] + t * dy + offset * ny))
        points.append(b)
        return points

    def block(self, i, j):
        """The closed ring of cell (i, j), counter-clockwise."""
        south = self.east[i, j]
        east = self.north[i + 1, j]
        north = list(reversed(self.east[i, j + 1]))
        west = list(reversed(self.north[i, j]))
        ring = south[:-1] + east[:-1] + north[:-1] + west[:-1]
        return ring + [ring[0]]


def inside(ring, x, y):
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def point_in_block(ring, rng):
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    while True:
        x, y = rng.uniform(min(xs), max(xs)), rng.uniform(min(ys), max(ys))
        if inside(ring, x, y):
            return x, y


def point_on_edge(ring, rng):
    k = rng.randrange(len(ring) - 1)
    (x1, y1), (x2, y2) = ring[k], ring[k + 1]
    t = rng.random()
    return x1 + t * (x2 - x1), y1 + t * (y2 - y1)


def outline(rng, bowtie):
    """A footprint around (0, 0), before rotation."""
    w, h = rng.uniform(8, 40), rng.uniform(8, 20)
    if bowtie:
        shape = [(0, 0), (w, h), (w, 0), (0, h)]
    elif rng.random() < 0.5:
        shape = [(0, 0), (w, 0), (w, h), (0, h)]
    else:
        cw, ch = w * rng.uniform(0.35, 0.65), h * rng.uniform(0.35, 0.65)
        shape = [(0, 0), (w, 0), (w, ch), (cw, ch), (cw, h), (0, h)]
    return [(x - w / 2, y - h / 2) for x, y in shape]


def placed(shape, centre, angle):
    c, s = math.cos(angle), math.sin(angle)
    ring = [(centre[0] + x * c - y * s, centre[1] + x * s + y * c) for x, y in shape]
    return ring + [ring[0]]


def wkt(ring):
    return 'POLYGON ((' + ','.join(f'{x:.3f} {y:.3f}' for x, y in ring) + '))'


def attributes(rng, area):
    floors = rng.choice((1, 2, 3, 4, 5, 6, 6, 7, 9, 11, 18, 24, 32))
    floor_area = round(area * floors, 1)
    return {'floors': floors, 'households': max(0, int(floor_area / rng.uniform(60, 120))),
            'built_year': rng.randint(1958, 2022), 'use': rng.choice(USES), 'floor_area': floor_area}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--size', choices=sorted(SIZES))
    parser.add_argument('--communities', type=int)
    parser.add_argument('--buildings', type=int)
    parser.add_argument('--seed', type=int, default=20261207)
    parser.add_argument('--output', required=True)
    args = parser.parse_args()
    wanted, count = SIZES[args.size] if args.size else (args.communities, args.buildings)
    if not wanted or not count:
        parser.error('give --size, or --communities and --buildings')

    rng = random.Random(args.seed)
    cells = math.ceil(wanted / (1 - EMPTY_SHARE))
    columns = max(1, round(math.sqrt(cells)))
    rows = math.ceil(cells / columns)
    grid = Grid(columns, rows, rng)
    blocks, empty = [], []
    for i in range(columns):
        for j in range(rows):
            (empty if rng.random() < EMPTY_SHARE else blocks).append((i, j))
    rings = [grid.block(i, j) for i, j in blocks]

    gdal.UseExceptions()
    gdal.SetConfigOption('OGR_SQLITE_SYNCHRONOUS', 'OFF')
    output = Path(args.output)
    if output.exists():
        output.unlink()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName('GPKG').CreateDataSource(str(output))
    communities = ds.CreateLayer('communities', srs, ogr.wkbPolygon)
    for name in ('id', 'name'):
        communities.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    buildings = ds.CreateLayer('buildings', srs, ogr.wkbPolygon)
    for name, kind in (('id', ogr.OFTString), ('floors', ogr.OFTInteger), ('households', ogr.OFTInteger),
                       ('built_year', ogr.OFTInteger), ('use', ogr.OFTString), ('floor_area', ogr.OFTReal)):
        buildings.CreateField(ogr.FieldDefn(name, kind))

    ds.StartTransaction()
    for n, ring in enumerate(rings):
        feature = ogr.Feature(communities.GetLayerDefn())
        feature.SetField('id', f'Q{n + 1:06d}')
        feature.SetField('name', f'街区{n + 1}')
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(wkt(ring)))
        communities.CreateFeature(feature)

    west, south = ORIGIN[0] - MARGIN, ORIGIN[1] - MARGIN
    east, north = ORIGIN[0] + columns * SPACING + MARGIN, ORIGIN[1] + rows * SPACING + MARGIN
    defn = buildings.GetLayerDefn()
    kinds = {'inside': 0, 'on_edge': 0, 'outside': 0, 'bowtie': 0}
    for n in range(count):
        draw = rng.random()
        if draw < 0.02:
            kind, centre = 'on_edge', point_on_edge(rng.choice(rings), rng)
        elif draw < 0.12:
            kind = 'outside'
            if empty and rng.random() < 0.6:
                i, j = rng.choice(empty)
                centre = (ORIGIN[0] + (i + 0.5) * SPACING + rng.uniform(-90, 90), ORIGIN[1] + (j + 0.5) * SPACING + rng.uniform(-90, 90))
            else:  # the margin: a band around the grid
                side = rng.randrange(4)
                along_x, along_y = rng.uniform(west, east), rng.uniform(south, north)
                depth = rng.uniform(MARGIN * 0.5, MARGIN)
                centre = ((along_x, south + MARGIN - depth) if side == 0 else (along_x, north - MARGIN + depth) if side == 1
                          else (west + MARGIN - depth, along_y) if side == 2 else (east - MARGIN + depth, along_y))
        else:
            kind, centre = 'inside', point_in_block(rng.choice(rings), rng)
        bowtie = rng.random() < 0.003
        kinds['bowtie' if bowtie else kind] += 1
        shape = outline(rng, bowtie)
        ring = placed(shape, centre, rng.uniform(0, 2 * math.pi))
        w = max(x for x, _ in shape) - min(x for x, _ in shape)
        h = max(y for _, y in shape) - min(y for _, y in shape)
        feature = ogr.Feature(defn)
        feature.SetField('id', f'g{n + 1:08d}')
        for key, value in attributes(rng, w * h).items():
            feature.SetField(key, value)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(wkt(ring)))
        buildings.CreateFeature(feature)
    ds.CommitTransaction()
    ds = None
    print(f'{output}: {len(rings)} communities ({len(empty)} empty cells), {count} buildings {kinds}')


if __name__ == '__main__':
    main()

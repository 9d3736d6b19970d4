#!/usr/bin/env python3
"""Generate a synthetic city for renozone's benchmarks, as a GeoPackage in EPSG:4545.

Layers: communities (irregular, concave, some with holes), buildings (rotated
rectangles and L-shapes with floors, households, built_year, use and floor_area),
and a plan table naming every community, so `renozone report` counts every
building it places.  Among the buildings some straddle a community boundary,
a few span the road between two communities, some stand outside every community
(on the roads, in the holes), and some have self-intersecting "bow-tie" rings.
Every building is eligible by its attributes (built before 2000, residential or
mixed use), so renozone's in-plan figures and the peers' plain spatial join sum
the same buildings.

Deterministic: one seeded random.Random and fixed GeoPackage timestamps.

    /usr/bin/python3 bench/make_city.py --size small|medium|large --output city.gpkg
    /usr/bin/python3 bench/make_city.py --communities 200 --buildings 20000 --output city.gpkg
    /usr/bin/python3 bench/make_city.py --size large --output city.gpkg --roads roads.gpkg

--roads writes the street grid the communities sit in (one line per cell edge,
meeting at the crossings) to a GeoPackage of its own, for the site check's
walking distances; the city file stays what the peers read.
"""

import argparse
import math
import random
import struct
import sys
from pathlib import Path

from osgeo import gdal, ogr, osr

SIZES = {'small': (31, 1_618), 'medium': (1_000, 100_000), 'large': (10_000, 1_000_000)}
SEED = 4545
GPKG_DATE = '2021-06-30T00:00:00.000Z'

ORIGIN = (460_000.0, 3_230_000.0)  # south-west corner, easting/northing in EPSG:4545
CELL = 500.0                        # one community per cell of the grid
ROAD_HALF = 10.0                    # roads run along the cell edges
WAVE = 8.0                          # community edges bend inward by up to this much
SLOT = 28.0                         # building slots inside a community
MAX_HALF_DIAGONAL = 13.9            # of an ordinary footprint (24 × 14 m at most)

SHARE_STRADDLING = 0.02             # centred on the community's own boundary
SHARE_SPANNING = 0.002              # long buildings across the road between two communities
SHARE_OUTSIDE = 0.01                # kiosks on the roads and sheds in the holes
SHARE_BOWTIE = 0.005                # self-intersecting rings
SHARE_L_SHAPE = 0.3

USES = (('residential', 0.85), ('mixed', 0.15))
PHASES = ('实施', '谋划', '储备')


def wkb_polygon(rings):
    """ISO WKB (little-endian) of a polygon given as closed coordinate lists."""
    parts = [struct.pack('<BII', 1, 3, len(rings))]
    for ring in rings:
        parts.append(struct.pack('<I', len(ring)))
        parts.append(struct.pack(f'<{2 * len(ring)}d', *[c for p in ring for c in p]))
    return b''.join(parts)


def closed(points):
    return points + [points[0]]


def placed(local, centre, angle):
    ca, sa = math.cos(angle), math.sin(angle)
    cx, cy = centre
    return [(round(cx + x * ca - y * sa, 3), round(cy + x * sa + y * ca, 3)) for x, y in local]


def rectangle(a, b):
    return [(-a / 2, -b / 2), (a / 2, -b / 2), (a / 2, b / 2), (-a / 2, b / 2)]


def l_shape(a, b, na, nb):
    return [(-a / 2, -b / 2), (a / 2, -b / 2), (a / 2, b / 2 - nb), (a / 2 - na, b / 2 - nb),
            (a / 2 - na, b / 2), (-a / 2, b / 2)]


def bowtie(a, b):
    """Corners of an a×b rectangle in the order A C B D: two lobes of opposite
    orientation, so the signed areas cancel and the ring measures 0 m²."""
    return [(-a / 2, -b / 2), (a / 2, b / 2), (a / 2, -b / 2), (-a / 2, b / 2)]


class Community:
    def __init__(self, index, col, row, rng):
        self.index = index
        self.x0 = ORIGIN[0] + col * CELL
        self.y0 = ORIGIN[1] + row * CELL
        self.notch = None  # (x0, y0, x1, y1) cut from one corner
        self.hole = None   # (cx, cy, radius)
        self.corners = self._corners(rng)
        if rng.random() < 0.15:
            lo, hi = self.x0 + 120, self.x0 + CELL - 120
            self.hole = (rng.uniform(lo, hi), rng.uniform(self.y0 + 120, self.y0 + CELL - 120), rng.uniform(30, 50))
            if self.notch and self._near_notch(self.hole[0], self.hole[1], self.hole[2] + 20):
                self.hole = None
        self.shell = self._wavy(rng)

    def _corners(self, rng):
        a, b = self.x0 + ROAD_HALF, self.y0 + ROAD_HALF
        c, d = self.x0 + CELL - ROAD_HALF, self.y0 + CELL - ROAD_HALF
        corners = [(a, b), (c, b), (c, d), (a, d)]
        if rng.random() < 0.4:  # an L-shaped community: one corner cut away
            k = rng.randrange(4)
            w, h = rng.uniform(80, 160), rng.uniform(80, 160)
            x, y = corners[k]
            sx = 1 if x == a else -1
            sy = 1 if y == b else -1
            nx, ny = x + sx * w, y + sy * h
            self.notch = (min(x, nx), min(y, ny), max(x, nx), max(y, ny))
            # Replace corner k by three points walking around the cut, keeping the ring counter-clockwise.
            if k in (0, 2):
                cut = [(x, ny), (nx, ny), (nx, y)]
            else:
                cut = [(nx, y), (nx, ny), (x, ny)]
            corners = corners[:k] + cut + corners[k + 1:]
        return corners

    def _wavy(self, rng):
        ring = []
        n = len(self.corners)
        for i in range(n):
            (x1, y1), (x2, y2) = self.corners[i], self.corners[(i + 1) % n]
            ring.append((x1, y1))
            length = math.hypot(x2 - x1, y2 - y1)
            ux, uy = (x2 - x1) / length, (y2 - y1) / length
            nx, ny = -uy, ux  # left of the direction of travel: inside a counter-clockwise ring
            steps = max(1, int(length // 45))
            for s in range(1, steps):
                t = s * length / steps
                if t < 20 or length - t < 20:
                    continue
                inward = rng.uniform(0, WAVE)
                ring.append((round(x1 + ux * t + nx * inward, 3), round(y1 + uy * t + ny * inward, 3)))
        return ring

    def _near_notch(self, x, y, margin):
        if not self.notch:
            return False
        x0, y0, x1, y1 = self.notch
        return x0 - margin <= x <= x1 + margin and y0 - margin <= y <= y1 + margin

    def rings(self):
        rings = [closed(self.shell)]
        if self.hole:
            cx, cy, r = self.hole
            octagon = [(round(cx + r * math.cos(k * math.pi / 4), 3), round(cy - r * math.sin(k * math.pi / 4), 3))
                       for k in range(8)]  # clockwise: interior rings turn the other way
            rings.append(closed(octagon))
        return rings

    def slots(self):
        """Centres where an ordinary footprint lies wholly inside the community."""
        inset = ROAD_HALF + WAVE + MAX_HALF_DIAGONAL + 0.1
        n = int((CELL - 2 * inset) // SLOT) + 1
        start = (CELL - (n - 1) * SLOT) / 2
        out = []
        for i in range(n):
            for j in range(n):
                x, y = self.x0 + start + i * SLOT, self.y0 + start + j * SLOT
                if self._near_notch(x, y, WAVE + MAX_HALF_DIAGONAL + 0.1):
                    continue
                if self.hole and math.hypot(x - self.hole[0], y - self.hole[1]) < self.hole[2] + MAX_HALF_DIAGONAL + 0.1:
                    continue
                out.append((x, y))
        return out

    def boundary_point(self, rng):
        i = rng.randrange(len(self.shell))
        (x1, y1), (x2, y2) = self.shell[i], self.shell[(i + 1) % len(self.shell)]
        t = rng.random()
        return x1 + (x2 - x1) * t, y1 + (y2 - y1) * t


def grid_shape(m):
    cols = math.ceil(math.sqrt(m))
    return cols, math.ceil(m / cols)


def street_code(col, row):
    """Ten by ten communities make a street: 5001560xx towns, the district's NBS prefix."""
    return f'500156{(row // 10) * 10 + col // 10 + 1:03d}'


def apportion(total, weights, capacities):
    """Integer counts proportional to weights, summing to total, none above its capacity."""
    scale = total / sum(weights)
    counts = [min(cap, int(w * scale)) for w, cap in zip(weights, capacities)]
    short = total - sum(counts)
    i = 0
    while short > 0:
        if counts[i % len(counts)] < capacities[i % len(counts)]:
            counts[i % len(counts)] += 1
            short -= 1
        i += 1
        if i > 10 * len(counts) * max(1, total):
            sys.exit('make_city: too many buildings for the communities; raise --communities')
    return counts


def attributes(rng, footprint):
    floors = min(33, max(1, int(rng.lognormvariate(1.6, 0.5))))
    use = 'residential' if rng.random() < USES[0][1] else 'mixed'
    built = rng.randint(1955, 1999)
    floor_area = round(footprint * floors * rng.uniform(0.9, 1.1), 2)
    households = max(1, int(floor_area / rng.uniform(70, 110)))
    return floors, built, use, households, floor_area


def ordinary_footprint(rng):
    a, b = rng.uniform(10, 24), rng.uniform(8, 14)
    if rng.random() < SHARE_L_SHAPE:
        na, nb = a * rng.uniform(0.3, 0.6), b * rng.uniform(0.3, 0.6)
        return l_shape(a, b, na, nb), a * b - na * nb
    return rectangle(a, b), a * b


class BuildingWriter:
    def __init__(self, layer, rng):
        self.layer = layer
        self.defn = layer.GetLayerDefn()
        self.rng = rng
        self.count = 0
        self.fields = [self.defn.GetFieldIndex(n) for n in ('id', 'floors', 'built_year', 'use', 'households', 'floor_area')]

    def add(self, ring, area):
        self.count += 1
        f = ogr.Feature(self.defn)
        i_id, i_floors, i_built, i_use, i_households, i_area = self.fields
        floors, built, use, households, floor_area = attributes(self.rng, area)
        f.SetField(i_id, f'B{self.count:07d}')
        f.SetField(i_floors, floors)
        f.SetField(i_built, built)
        f.SetField(i_use, use)
        f.SetField(i_households, households)
        f.SetField(i_area, floor_area)
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb_polygon([closed(ring)])))
        self.layer.CreateFeature(f)


def make_layers(ds, srs):
    communities = ds.CreateLayer('communities', srs, ogr.wkbPolygon,
                                 options=['DESCRIPTION=synthetic communities (renozone bench/make_city.py)'])
    for name in ('id', 'name', 'street_code'):
        communities.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    buildings = ds.CreateLayer('buildings', srs, ogr.wkbPolygon,
                               options=['DESCRIPTION=synthetic buildings (renozone bench/make_city.py)'])
    for name, kind in (('id', ogr.OFTString), ('floors', ogr.OFTInteger), ('built_year', ogr.OFTInteger),
                       ('use', ogr.OFTString), ('households', ogr.OFTInteger), ('floor_area', ogr.OFTReal)):
        buildings.CreateField(ogr.FieldDefn(name, kind))
    plan = ds.CreateLayer('plan', None, ogr.wkbNone, options=['DESCRIPTION=every synthetic community is planned'])
    for name, kind in (('community_id', ogr.OFTString), ('community_name', ogr.OFTString),
                       ('street_code', ogr.OFTString), ('phase', ogr.OFTString), ('year', ogr.OFTInteger)):
        plan.CreateField(ogr.FieldDefn(name, kind))
    return communities, buildings, plan


def write_communities(layer, plan, communities, cols):
    for c in communities:
        col, row = c.index % cols, c.index // cols
        cid, name, street = f'C{c.index + 1:05d}', f'小区{c.index + 1:05d}', street_code(col, row)
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField('id', cid)
        f.SetField('name', name)
        f.SetField('street_code', street)
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb_polygon(c.rings())))
        layer.CreateFeature(f)
        p = ogr.Feature(plan.GetLayerDefn())
        p.SetField('community_id', cid)
        p.SetField('community_name', name)
        p.SetField('street_code', street)
        p.SetField('phase', PHASES[c.index % 3])
        p.SetField('year', 2021 + c.index % 5)
        plan.CreateFeature(p)


def write_buildings(writer, communities, cols, n, rng):
    m = len(communities)
    straddling = round(n * SHARE_STRADDLING)
    spanning = round(n * SHARE_SPANNING) if m > 1 else 0
    outside = round(n * SHARE_OUTSIDE)
    ordinary = n - straddling - spanning - outside
    bowties = round(n * SHARE_BOWTIE)
    slots = [c.slots() for c in communities]
    counts = apportion(ordinary, [rng.uniform(0.5, 1.5) for _ in communities], [len(s) for s in slots])
    # Which ordinary and straddling buildings get bow-tie rings: most inside, a tenth on a boundary.
    bowtie_inside = set(rng.sample(range(ordinary), bowties - bowties // 10))
    bowtie_boundary = set(rng.sample(range(straddling), min(straddling, bowties // 10)))

    k = 0
    for c, count, free in zip(communities, counts, slots):
        for centre in rng.sample(free, count):
            angle = rng.uniform(0, math.pi)
            if k in bowtie_inside:
                a, b = rng.uniform(10, 24), rng.uniform(8, 14)
                writer.add(placed(bowtie(a, b), centre, angle), a * b / 2)
            else:
                ring, area = ordinary_footprint(rng)
                writer.add(placed(ring, centre, angle), area)
            k += 1
    for s in range(straddling):
        c = communities[rng.randrange(m)]
        angle = rng.uniform(0, math.pi)
        centre = c.boundary_point(rng)
        if s in bowtie_boundary:
            a, b = rng.uniform(10, 24), rng.uniform(8, 14)
            writer.add(placed(bowtie(a, b), centre, angle), a * b / 2)
        else:
            ring, area = ordinary_footprint(rng)
            writer.add(placed(ring, centre, angle), area)
    # Long buildings over the road between a community and its eastern neighbour.
    pairs = [c for c in communities if c.index % cols < cols - 1 and c.index + 1 < m]
    for _ in range(spanning):
        c = rng.choice(pairs)
        x = c.x0 + CELL + rng.uniform(-6, 6)
        y = c.y0 + rng.uniform(160, CELL - 160)
        a, b = rng.uniform(40, 52), rng.uniform(8, 12)
        writer.add(placed(rectangle(a, b), (x, y), rng.uniform(-0.4, 0.4)), a * b)
    # Kiosks on the road between cells, and sheds in the communities' holes.
    holed = [c for c in communities if c.hole]
    for _ in range(outside):
        a, b = rng.uniform(3, 6), rng.uniform(2, 4)
        if holed and rng.random() < 0.3:
            cx, cy, r = rng.choice(holed).hole
            centre = (cx + rng.uniform(-r / 3, r / 3), cy + rng.uniform(-r / 3, r / 3))
        else:
            c = communities[rng.randrange(m)]
            centre = (c.x0 + rng.uniform(40, CELL - 40), c.y0 + rng.uniform(-1.5, 1.5))
        writer.add(placed(rectangle(a, b), centre, rng.uniform(0, math.pi)), a * b)


def write_roads(path, srs, cols, rows):
    if path.exists():
        path.unlink()
    ds = ogr.GetDriverByName('GPKG').CreateDataSource(str(path))
    layer = ds.CreateLayer('roads', srs, ogr.wkbLineString,
                           options=['DESCRIPTION=synthetic street grid (renozone bench/make_city.py)'])
    for name in ('id', 'name', 'class'):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    ds.StartTransaction()
    count = 0

    def add(x0, y0, x1, y1):
        nonlocal count
        count += 1
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField('id', f'R{count:06d}')
        f.SetField('name', f'road {count}')
        f.SetField('class', 'branch')
        line = ogr.Geometry(ogr.wkbLineString)
        line.AddPoint_2D(x0, y0)
        line.AddPoint_2D(x1, y1)
        f.SetGeometry(line)
        layer.CreateFeature(f)

    for col in range(cols + 1):
        for row in range(rows):
            x, y = ORIGIN[0] + col * CELL, ORIGIN[1] + row * CELL
            add(x, y, x, y + CELL)
    for row in range(rows + 1):
        for col in range(cols):
            x, y = ORIGIN[0] + col * CELL, ORIGIN[1] + row * CELL
            add(x, y, x + CELL, y)
    ds.CommitTransaction()
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--size', choices=sorted(SIZES), help='small 31/1,618; medium 1,000/100,000; large 10,000/1,000,000')
    parser.add_argument('--communities', type=int)
    parser.add_argument('--buildings', type=int)
    parser.add_argument('--seed', type=int, default=SEED)
    parser.add_argument('--output', required=True)
    parser.add_argument('--roads', help='also write the street grid to this GeoPackage')
    args = parser.parse_args()
    m, n = SIZES[args.size] if args.size else (args.communities, args.buildings)
    if not m or not n:
        parser.error('give --size, or --communities and --buildings')

    gdal.UseExceptions()
    gdal.SetConfigOption('OGR_CURRENT_DATE', GPKG_DATE)
    gdal.SetConfigOption('OGR_SQLITE_SYNCHRONOUS', 'OFF')
    output = Path(args.output)
    if output.exists():
        output.unlink()
    rng = random.Random(args.seed)
    cols, _ = grid_shape(m)
    communities = [Community(i, i % cols, i // cols, rng) for i in range(m)]

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4545)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName('GPKG').CreateDataSource(str(output))
    ds.SetMetadataItem('DATA_NOTICE', 'synthetic city for benchmarks (renozone bench/make_city.py); not real data')
    community_layer, building_layer, plan_layer = make_layers(ds, srs)
    ds.StartTransaction()
    write_communities(community_layer, plan_layer, communities, cols)
    writer = BuildingWriter(building_layer, rng)
    write_buildings(writer, communities, cols, n, rng)
    ds.CommitTransaction()
    ds = None
    print(f'{output}: {m} communities, {writer.count} buildings')
    if args.roads:
        cols, rows = grid_shape(m)
        print(f'{args.roads}: {write_roads(Path(args.roads), srs, cols, rows)} road segments')


if __name__ == '__main__':
    main()

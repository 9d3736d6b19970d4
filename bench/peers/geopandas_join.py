#!/usr/bin/env python3
"""The summary job in GeoPandas: sjoin of the buildings' point-on-surface
(shapely representative_point = GEOS PointOnSurface) with the communities,
then per-community count, footprint, floor area and households.

    geopandas_join.py CITY.gpkg OUT.csv
"""
import sys
import time

import geopandas as gpd


def main():
    city, out = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    communities = gpd.read_file(city, layer='communities')[['id', 'geometry']]
    buildings = gpd.read_file(city, layer='buildings')
    read = time.perf_counter()
    points = gpd.GeoDataFrame({'building': buildings['id'], 'footprint': buildings.geometry.area,
                               'floor_area': buildings['floor_area'], 'households': buildings['households']},
                              geometry=buildings.geometry.representative_point(), crs=buildings.crs)
    joined = gpd.sjoin(points, communities, how='inner', predicate='within')
    summary = joined.groupby('id').agg(buildings=('building', 'size'), footprint_m2=('footprint', 'sum'),
                                       floor_area_m2=('floor_area', 'sum'), households=('households', 'sum'))
    summary.to_csv(out, index_label='community')
    print(f'read {read - start:.2f} s, join and aggregate {time.perf_counter() - read:.2f} s', file=sys.stderr)


if __name__ == '__main__':
    main()

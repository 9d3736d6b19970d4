-- The summary job in SpatiaLite SQL, probing the communities' R*Tree
-- (SpatialIndex) with each building's point-on-surface.
SELECT c.id, count(*), sum(ST_Area(b.geom)), sum(b.floor_area), sum(b.households)
FROM buildings AS b, communities AS c
WHERE c.ROWID IN (SELECT ROWID FROM SpatialIndex
                  WHERE f_table_name = 'communities' AND search_frame = ST_PointOnSurface(b.geom))
  AND ST_Contains(c.geom, ST_PointOnSurface(b.geom))
GROUP BY c.id
ORDER BY c.id;

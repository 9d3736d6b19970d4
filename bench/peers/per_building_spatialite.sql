-- Not timed: every building's community and area as SpatiaLite sees them,
-- to explain where the peers and renozone disagree.
SELECT b.id, c.id, ST_Area(b.geom), ST_IsValid(b.geom)
FROM buildings AS b
LEFT JOIN communities AS c
  ON c.ROWID IN (SELECT ROWID FROM SpatialIndex
                 WHERE f_table_name = 'communities' AND search_frame = ST_PointOnSurface(b.geom))
 AND ST_Contains(c.geom, ST_PointOnSurface(b.geom));

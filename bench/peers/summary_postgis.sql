-- The summary job in PostGIS: ST_Contains on the point-on-surface uses the
-- communities' GiST index.
SELECT c.id, count(*), sum(ST_Area(b.geom)), sum(b.floor_area), sum(b.households)
FROM buildings AS b
JOIN communities AS c ON ST_Contains(c.geom, ST_PointOnSurface(b.geom))
GROUP BY c.id
ORDER BY c.id;

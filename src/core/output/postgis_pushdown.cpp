#include "core/output/postgis_pushdown.h"

#include "core/base/controls.h"
#include "core/base/errors.h"
#include "core/io/dataset_loader.h"
#include "core/io/postgis_session.h"
#include "core/output/postgis_output.h"

#include <unistd.h>

namespace renozone {
namespace {

std::string quoted(const std::string& name) {
    std::string out = "\"";
    for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// An OGR PostgreSQL layer name ("table" or "schema.table") as SQL.
std::string table_sql(OpenLayer& layer) {
    const std::string name = layer.layer().GetName();
    const auto dot = name.find('.');
    return dot == std::string::npos ? quoted(name) : quoted(name.substr(0, dot)) + "." + quoted(name.substr(dot + 1));
}

std::string column_or(OpenLayer& layer, const std::string& canonical, const std::string& fallback) {
    const std::string source = layer.source_field_name(canonical);
    return source.empty() ? fallback : quoted(source);
}

// Sum of a recorded number, when the column holds numbers the database can add.
std::string numeric_sum(OpenLayer& layer, const std::string& canonical) {
    const int i = layer.field(canonical);
    if (i < 0) return "NULL::double precision";
    const auto type = layer.layer().GetLayerDefn()->GetFieldDefn(i)->GetType();
    if (type != OFTInteger && type != OFTInteger64 && type != OFTReal) return "NULL::double precision";
    return "sum(b." + quoted(layer.source_field_name(canonical)) + ")::double precision";
}

// The engine's geometry rule in SQL: valid as it is, else MakeValid's polygonal parts.
std::string repaired(const std::string& geom) {
    return "CASE WHEN ST_IsValid(" + geom + ") THEN " + geom + " ELSE ST_CollectionExtract(ST_MakeValid(" + geom +
           "), 3) END";
}

void require_same_place(OpenLayer& layer, const OGRSpatialReference& working) {
    if (!is_postgis(layer.spec().path))
        throw UsageError("pushdown needs " + layer.kind() + " in PostGIS (PG:...), not " + layer.spec().path);
    if (layer.spec().gcj02 || !layer.srs().IsSame(&working))
        throw InputError(layer.where() + ": pushdown needs the layer in the working CRS; transform it in the database "
                         "first (ST_Transform) or run without " + slot(Control::pushdown));
}

long long count(PostgisSession& session, const std::string& sql) {
    const auto rows = session.query(sql);
    return rows.empty() || rows[0].empty() || rows[0][0].empty() ? 0 : std::stoll(rows[0][0]);
}

}  // namespace

PushdownResult run_pushdown(const InputSpec& inputs, const std::string& schema, bool overwrite, const ProgressFn& progress) {
    require_identifier(schema, "schema");
    SourceFiles files(inputs.encoding);
    auto communities = open_kind(inputs, "communities", &files);
    auto buildings = open_kind(inputs, "buildings", &files);
    if (!communities || !buildings) throw UsageError("pushdown needs communities and buildings (" + slot(Control::postgis_source) + ")");
    const auto working = choose_working_srs(inputs, *communities);
    require_same_place(*communities, *working);
    require_same_place(*buildings, *working);
    if (communities->spec().path != buildings->spec().path)
        throw UsageError("pushdown needs communities and buildings in one database (one PG: connection)");

    const std::string scratch = schema + "_renozone_" + std::to_string(getpid());
    PostgisSession session(communities->spec().path);
    if (!overwrite && session.schema_exists(schema))
        throw OutputError("PostGIS schema '" + schema + "' already exists; " + slot(Control::overwrite));
    const std::string c_geom = quoted(communities->layer().GetGeometryColumn());
    const std::string b_geom = quoted(buildings->layer().GetGeometryColumn());
    const std::string c_fid = quoted(communities->layer().GetFIDColumn());
    const std::string b_fid = quoted(buildings->layer().GetFIDColumn());
    const std::string s = scratch + ".";
    const std::vector<std::pair<const char*, std::string>> steps = {
        {"scratch schema", "DROP SCHEMA IF EXISTS " + scratch + " CASCADE; CREATE SCHEMA " + scratch},
        {"valid communities",
         "CREATE TABLE " + s + "communities AS SELECT * FROM (SELECT c." + c_fid + " AS community_fid, " +
             column_or(*communities, "id", "c." + c_fid) + "::text AS community_id, " + repaired("c." + c_geom) +
             " AS geom FROM " + table_sql(*communities) + " c WHERE c." + c_geom + " IS NOT NULL AND NOT ST_IsEmpty(c." +
             c_geom + ")) v WHERE NOT ST_IsEmpty(geom); CREATE INDEX ON " + s + "communities USING gist (geom); ANALYZE " +
             s + "communities"},
        {"valid buildings",
         "CREATE TABLE " + s + "buildings AS SELECT *, ST_PointOnSurface(geom) AS point FROM (SELECT b." + b_fid +
             " AS building_fid, " + column_or(*buildings, "id", "'fid ' || b." + b_fid) +
             "::text AS building_id, NOT ST_IsValid(b." + b_geom + ") AS repaired, " + repaired("b." + b_geom) +
             " AS geom FROM " + table_sql(*buildings) + " b WHERE b." + b_geom + " IS NOT NULL AND NOT ST_IsEmpty(b." +
             b_geom + ") AND GeometryType(b." + b_geom + ") IN ('POLYGON', 'MULTIPOLYGON')) v WHERE NOT ST_IsEmpty(geom)"},
        // The community holding the point-on-surface (GiST-indexed ST_Contains); when the point
        // lies on a boundary, the first community touching it. First = lowest FID, as read.
        {"placements",
         "CREATE TABLE " + s + "placements AS WITH placed AS (SELECT b.building_fid, b.building_id, b.repaired, "
             "ST_Area(b.geom) AS footprint_m2, coalesce(i.community_fid, t.community_fid) AS community_fid, "
             "CASE WHEN i.containing > 0 THEN i.containing WHEN t.community_fid IS NOT NULL THEN 1 ELSE 0 END AS containing "
             "FROM " + s + "buildings b "
             "CROSS JOIN LATERAL (SELECT min(c.community_fid) AS community_fid, count(*) AS containing FROM " + s +
             "communities c WHERE ST_Contains(c.geom, b.point)) i "
             "LEFT JOIN LATERAL (SELECT min(c.community_fid) AS community_fid FROM " + s +
             "communities c WHERE i.containing = 0 AND ST_Intersects(c.geom, b.point)) t ON true) "
             "SELECT p.*, c.community_id, CASE WHEN c.geom IS NULL THEN 0.0 "
             "WHEN p.footprint_m2 <= 0 OR ST_ContainsProperly(c.geom, b.geom) THEN 1.0 "
             "ELSE least(1.0, ST_Area(ST_Intersection(c.geom, b.geom)) / p.footprint_m2) END AS share_inside "
             "FROM placed p JOIN " + s + "buildings b USING (building_fid) LEFT JOIN " + s +
             "communities c USING (community_fid)"},
        {"community summary",
         "CREATE TABLE " + s + "community_summary AS SELECT c.community_fid, c.community_id, count(p.building_fid) "
             "AS buildings, coalesce(sum(p.footprint_m2), 0) AS footprint_m2, " + numeric_sum(*buildings, "floor_area") +
             " AS floor_area_m2, " + numeric_sum(*buildings, "households") + " AS households FROM " + s +
             "communities c LEFT JOIN " + s + "placements p USING (community_fid) LEFT JOIN " + table_sql(*buildings) +
             " b ON b." + b_fid + " = p.building_fid GROUP BY c.community_fid, c.community_id"},
        {"tidying", "DROP TABLE " + s + "buildings; DROP TABLE " + s + "communities"},
    };
    try {
        for (std::size_t i = 0; i < steps.size(); ++i) {
            if (progress) progress({Stage::pushdown_step, steps[i].first}, static_cast<long long>(i),
                                   static_cast<long long>(steps.size()));
            session.execute(steps[i].second);
        }
        PushdownResult result;
        result.buildings = count(session, "SELECT count(*) FROM " + s + "placements");
        result.placed = count(session, "SELECT count(*) FROM " + s + "placements WHERE community_fid IS NOT NULL");
        result.repaired = count(session, "SELECT count(*) FROM " + s + "placements WHERE repaired");
        result.communities = count(session, "SELECT count(*) FROM " + s + "community_summary WHERE buildings > 0");
        swap_in_schema(session, scratch, schema);
        if (progress) progress({Stage::pushdown_step, "done"}, static_cast<long long>(steps.size()), static_cast<long long>(steps.size()));
        return result;
    } catch (...) {
        try {
            session.execute("DROP SCHEMA IF EXISTS " + scratch + " CASCADE");
        } catch (...) {
        }
        throw;
    }
}

}  // namespace renozone

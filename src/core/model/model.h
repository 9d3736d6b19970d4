// The data model in the working CRS, as the engine holds it after loading.
#pragma once

#include "core/base/findings.h"
#include "core/base/geos_handles.h"
#include "core/base/year_range.h"
#include "core/model/placement.h"

#include <ogr_core.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class OGRSpatialReference;

namespace renozone {

struct Street {
    std::string code;
    std::string name;
    GeomPtr geom;  // may be null: streets can come from the plan or codes alone
};

struct Community {
    std::int64_t fid = 0;
    std::string id;
    std::string name;
    std::string street_code;
    std::string committee;
    GeomPtr geom;  // valid, polygonal; null when the feature had no geometry
};

enum class Use { residential, mixed, commercial, public_service, industrial, unknown };
const char* use_name(Use u);
Use parse_use(const std::string& text);  // English or Chinese (住宅, 商住, 商业, 公共, 工业)
// What parse_use takes, for messages about a value it does not.
constexpr const char* known_uses = "residential, mixed, commercial, public, industrial (住宅/商住/商业/公共/工业)";

struct Building {
    std::int64_t fid = 0;
    std::string id;
    std::string name;
    std::string address;
    std::optional<int> floors;
    std::optional<int> built_year;
    std::optional<YearRange> built_period;  // when the record gives a period ("1981-1990年"), not a year
    std::optional<int> households;
    std::optional<int> people;
    std::optional<int> stairwells;
    std::optional<double> floor_area;  // recorded
    Use use = Use::unknown;
    bool use_recorded = false;
    std::string structure;     // 砖混, 钢筋混凝土 ... as recorded (结构类型)
    std::string safety_grade;  // A-D or empty
    bool heritage = false;
    bool repaired = false;
    GeomPtr geom;  // valid, polygonal; null when empty
};

// The facility types the data may name, as the map's styles and the default site
// rules know them (tests hold the three equal): elderly_care, kindergarten, ...
const std::vector<std::string>& known_facility_types();

// A point or area feature of the context layers: facilities, heritage, river, roads.
struct ContextFeature {
    std::string id;
    std::string name;
    std::string type;   // facilities: elderly_care, kindergarten, ...; roads: class; heritage: grade
    std::optional<int> capacity;
    GeomPtr geom;
};

struct PlanEntry {
    std::string source;  // "plan.gpkg: layer 'plan': row 3", for messages
    std::string community_id;
    std::string community_name;
    std::string street_code;
    std::string phase;  // 实施 / 谋划 / 储备
    std::optional<int> year;
    bool demonstration = false;
    std::string path;   // 综合改造 / 管理提升 / 自建联建
    std::optional<double> target_buildings;
    std::optional<double> target_floor_area;
    std::optional<double> target_households;
    std::optional<double> target_people;
};

// District totals and policy figures; keys as in the plan_targets table.
struct PlanTargets {
    std::map<std::string, double> values;
    std::optional<double> get(const std::string& key) const;
};

struct Dataset {
    std::unique_ptr<GeosContext> geos = std::make_unique<GeosContext>();
    std::shared_ptr<OGRSpatialReference> working_srs;
    std::vector<Street> streets;
    std::vector<Community> communities;
    std::vector<Building> buildings;
    std::vector<ContextFeature> facilities;
    std::vector<ContextFeature> heritage;
    std::vector<ContextFeature> river;
    std::vector<ContextFeature> roads;
    std::vector<PlanEntry> plan;
    PlanTargets targets;
    bool has_plan = false;
    Findings findings;  // found while loading: empty geometries, repairs, bad values
    std::map<std::string, std::string> layer_where;  // kind -> "file.gpkg: layer 'buildings'", for messages
    std::vector<std::string> notes;  // how the inputs were read (CRS, assumptions)
    std::vector<std::string> assumptions;  // values assumed where records have none (--default)
    std::string data_notice;         // the source's own statement of what its data is (DATA_NOTICE metadata)
    // Layers read as longitude/latitude without GCJ-02 conversion: they may carry the web-map offset.
    std::vector<std::string> unconverted_lonlat_layers;
    OGREnvelope building_extent;  // of every building footprint read
};

// "file.gpkg: layer 'buildings'" (the kind alone when not loaded from a file).
std::string where_of(const Dataset& ds, const std::string& kind);
// "file.gpkg: layer 'buildings': feature 12 (id B12)": how messages name a feature.
std::string locate(const Dataset& ds, const std::string& kind, std::int64_t fid, const std::string& id);

}  // namespace renozone

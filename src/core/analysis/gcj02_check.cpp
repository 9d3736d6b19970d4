#include "core/analysis/gcj02_check.h"

#include "core/base/controls.h"
#include "core/base/text_utils.h"
#include "core/geometry/crs.h"
#include "core/geometry/gcj02.h"

#include <algorithm>

namespace renozone {
namespace {

constexpr double outside_share_to_look = 0.2;  // below this, outside buildings are ordinary
constexpr double fixed_share_to_warn = 0.5;
constexpr std::size_t sample_size = 400;

struct Offset {
    double dx = 0, dy = 0;  // metres a GCJ-02 point lies from its true position, in the working CRS
};

// The GCJ-02 offset at the buildings' centre (sum / n).
bool offset_at_centre(const Dataset& ds, double sum_x, double sum_y, std::size_t n, Offset& out) {
    if (n == 0) return false;
    double x = sum_x / n, y = sum_y / n;
    auto lonlat = srs_from_epsg(4326);
    auto to_lonlat = make_transform(*ds.working_srs, *lonlat, "gcj02 check");
    auto back = make_transform(*lonlat, *ds.working_srs, "gcj02 check");
    double lon = x, lat = y;
    if (to_lonlat && !to_lonlat->Transform(1, &lon, &lat)) return false;
    if (!inside_china_rough({lon, lat})) return false;
    LonLat shifted = wgs84_to_gcj02({lon, lat});
    if (back && !back->Transform(1, &shifted.lon, &shifted.lat)) return false;
    out = {shifted.lon - x, shifted.lat - y};
    return true;
}

}  // namespace

void check_gcj02_offset(const Dataset& ds, const std::vector<Placement>& places, Findings& findings) {
    if (ds.unconverted_lonlat_layers.empty()) return;
    Gcj02Evidence evidence;
    for (const auto& p : places) evidence.add(p);
    evidence.check(ds, findings);
}

void Gcj02Evidence::check(const Dataset& ds, Findings& findings) const {
    if (ds.unconverted_lonlat_layers.empty()) return;
    const auto& outside = outside_;
    const std::size_t placed_or_not = points_;
    if (placed_or_not == 0 || outside.size() < outside_share_to_look * placed_or_not) return;
    Offset offset;
    if (!offset_at_centre(ds, sum_x_, sum_y_, points_, offset)) return;

    GEOSContextHandle_t ctx = ds.geos->get();
    std::vector<PreparedPtr> prepared;
    for (const auto& c : ds.communities) prepared.push_back(c.geom ? prepare(ctx, c.geom.get()) : PreparedPtr(nullptr, PreparedDeleter{ctx}));
    const std::size_t step = std::max<std::size_t>(1, outside.size() / sample_size);
    std::size_t tried = 0, fixed_buildings = 0, fixed_communities = 0;
    for (std::size_t k = 0; k < outside.size(); k += step) {
        const Point& p = outside[k];
        ++tried;
        // Buildings in GCJ-02: their true place is offset back; communities in GCJ-02: forward.
        GeomPtr back = own(ctx, GEOSGeom_createPointFromXY_r(ctx, p.x - offset.dx, p.y - offset.dy));
        GeomPtr forward = own(ctx, GEOSGeom_createPointFromXY_r(ctx, p.x + offset.dx, p.y + offset.dy));
        for (const auto& c : prepared) {
            if (c && GEOSPreparedContains_r(ctx, c.get(), back.get()) == 1) { ++fixed_buildings; break; }
        }
        for (const auto& c : prepared) {
            if (c && GEOSPreparedContains_r(ctx, c.get(), forward.get()) == 1) { ++fixed_communities; break; }
        }
    }
    const bool buildings_shifted = fixed_buildings >= fixed_share_to_warn * tried && fixed_buildings >= fixed_communities;
    const bool communities_shifted = !buildings_shifted && fixed_communities >= fixed_share_to_warn * tried;
    if (!buildings_shifted && !communities_shifted) return;
    const std::string layer = buildings_shifted ? "buildings" : "communities";
    const std::size_t fixed = buildings_shifted ? fixed_buildings : fixed_communities;
    const std::string outside_pct = format_number(100.0 * outside.size() / placed_or_not, 0);
    const std::string metres = format_number(std::hypot(offset.dx, offset.dy), 0);
    const std::string fixed_pct = format_number(100.0 * fixed / tried, 0);
    findings.add(Severity::warning, "gcj02_suspected", layer, "",
                 layer,
                 Problem{": looks like GCJ-02 (web-map) coordinates: " + outside_pct +
                             " % of buildings fall outside every community, and undoing the GCJ-02 offset (" + metres +
                             " m here) puts " + fixed_pct + " % of those inside; convert with " + slot(Control::layer_gcj02, layer),
                         "：像是 GCJ-02（网络地图）坐标：" + outside_pct + " % 的楼栋不在任何小区内，纠正 GCJ-02 偏移（在此约 " +
                             metres + " 米）后其中 " + fixed_pct + " % 落入小区；需先转换为 CGCS2000"});
}

}  // namespace renozone

#include "core/analysis/district.h"

#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/geometry/polygon_rings.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace renozone {
namespace {

void collect(void* item, void* out) { static_cast<std::vector<int>*>(out)->push_back(*static_cast<int*>(item)); }

std::vector<int> query(GEOSContextHandle_t ctx, GEOSSTRtree* tree, const GEOSGeometry* g) {
    std::vector<int> hits;
    GEOSSTRtree_query_r(ctx, tree, g, collect, &hits);
    std::sort(hits.begin(), hits.end());
    return hits;
}

}  // namespace

District::District(Dataset dataset, const ProgressFn& progress)
    : data_(std::move(dataset)),
      analysis_(analyse(data_, progress)),
      building_tree_(GEOSSTRtree_create_r(ctx(), 10), TreeDeleter{ctx()}),
      point_tree_(GEOSSTRtree_create_r(ctx(), 10), TreeDeleter{ctx()}),
      community_tree_(GEOSSTRtree_create_r(ctx(), 10), TreeDeleter{ctx()}) {
    GEOSContextHandle_t c = ctx();
    const std::size_t n = std::max(data_.buildings.size(), data_.communities.size());
    slots_.resize(n);
    for (std::size_t i = 0; i < n; ++i) slots_[i] = static_cast<int>(i);
    min_x_ = min_y_ = std::numeric_limits<double>::max();
    max_x_ = max_y_ = std::numeric_limits<double>::lowest();
    auto grow = [&](const GEOSGeometry* g) {
        double x0, y0, x1, y1;
        if (GEOSGeom_getXMin_r(c, g, &x0) && GEOSGeom_getYMin_r(c, g, &y0) && GEOSGeom_getXMax_r(c, g, &x1) &&
            GEOSGeom_getYMax_r(c, g, &y1)) {
            min_x_ = std::min(min_x_, x0), min_y_ = std::min(min_y_, y0);
            max_x_ = std::max(max_x_, x1), max_y_ = std::max(max_y_, y1);
        }
    };
    points_.resize(data_.buildings.size());
    for (std::size_t i = 0; i < data_.buildings.size(); ++i) {
        const auto& b = data_.buildings[i];
        const auto& place = analysis_.buildings[i].place;
        if (!b.geom) continue;
        GEOSSTRtree_insert_r(c, building_tree_.get(), b.geom.get(), &slots_[i]);
        grow(b.geom.get());
        if (!place.has_point) continue;
        points_[i] = own(c, GEOSGeom_createPointFromXY_r(c, place.x, place.y));
        GEOSSTRtree_insert_r(c, point_tree_.get(), points_[i].get(), &slots_[i]);
    }
    for (std::size_t i = 0; i < data_.communities.size(); ++i) {
        const auto& g = data_.communities[i].geom;
        if (!g) continue;
        GEOSSTRtree_insert_r(c, community_tree_.get(), g.get(), &slots_[i]);
        grow(g.get());
    }
    for (const auto& s : data_.streets) {
        streets_prepared_.push_back(s.geom ? prepare(c, s.geom.get()) : PreparedPtr(nullptr, PreparedDeleter{c}));
        if (s.geom) grow(s.geom.get());
    }
    for (const auto* layer : {&data_.facilities, &data_.heritage, &data_.river, &data_.roads})
        for (const auto& f : *layer) grow(f.geom.get());
}

std::vector<int> District::buildings_near(const GEOSGeometry* area) const {
    return query(ctx(), building_tree_.get(), area);
}

std::vector<int> District::buildings_with_point_in(const GEOSPreparedGeometry* prepared, const GEOSGeometry* area) const {
    std::vector<int> inside;
    for (int b : query(ctx(), point_tree_.get(), area))
        if (GEOSPreparedIntersects_r(ctx(), prepared, points_[b].get()) == 1) inside.push_back(b);
    return inside;
}

std::vector<int> District::buildings_within(double x, double y, double radius) const {
    GEOSContextHandle_t c = ctx();
    GeomPtr box = own(c, GEOSGeom_createRectangle_r(c, x - radius, y - radius, x + radius, y + radius));
    std::vector<int> inside;
    for (int b : query(c, point_tree_.get(), box.get())) {
        const auto& p = analysis_.buildings[b].place;
        const double dx = p.x - x, dy = p.y - y;
        if (dx * dx + dy * dy <= radius * radius) inside.push_back(b);
    }
    return inside;
}

std::vector<int> District::communities_near(const GEOSGeometry* area) const {
    return query(ctx(), community_tree_.get(), area);
}

std::vector<std::string> District::streets_entered(const GEOSGeometry* g) const {
    std::vector<std::string> codes;
    for (std::size_t i = 0; i < data_.streets.size(); ++i) {
        const auto* prepared = streets_prepared_[i].get();
        if (prepared && GEOSPreparedIntersects_r(ctx(), prepared, g) == 1 && GEOSPreparedTouches_r(ctx(), prepared, g) != 1)
            codes.push_back(data_.streets[i].code);
    }
    return codes;
}

Problem District::beyond_the_data(const Problem& problem, const Problem& next) const {
    const std::string corners = format_number(min_x_, 0, false) + " " + format_number(min_y_, 0, false) + " – " +
                                format_number(max_x_, 0, false) + " " + format_number(max_y_, 0, false);
    return {problem.en + " (data extent " + corners + " in the working CRS); " + next.en,
            problem.zh + "（工作坐标系下的数据范围：" + corners + "）；" + next.zh};
}

void District::require_overlaps_data(const GEOSGeometry* geom, const std::string& what) const {
    GEOSContextHandle_t c = ctx();
    double x0, y0, x1, y1;
    if (!GEOSGeom_getXMin_r(c, geom, &x0) || !GEOSGeom_getYMin_r(c, geom, &y0) || !GEOSGeom_getXMax_r(c, geom, &x1) ||
        !GEOSGeom_getYMax_r(c, geom, &y1))
        throw InputError(what, {"has no extent", "无法确定其空间范围"});
    if (x1 < min_x_ || x0 > max_x_ || y1 < min_y_ || y0 > max_y_)
        throw InputError(what, beyond_the_data({"lies outside the data", "位于数据范围之外"}, {"wrong CRS?", "坐标系是否有误？"}));
}

void District::require_near_data(const GEOSGeometry* geom, const std::string& what) const {
    require_overlaps_data(geom, what);
    const Envelope e = envelope_of(ctx(), geom).value_or(Envelope{});  // there is one: it overlaps the data
    // As far as the loader lets buildings lie from the communities.
    const double reach = reach_beyond(max_x_ - min_x_, max_y_ - min_y_);
    const bool near = e.min_x >= min_x_ - reach && e.max_x <= max_x_ + reach && e.min_y >= min_y_ - reach &&
                      e.max_y <= max_y_ + reach;
    if (!near)  // written so that NaN is not near either
        throw InputError(what, beyond_the_data({"reaches more than " + format_number(reach / 1000.0, 1) + " km beyond the data",
                                                "超出数据范围 " + format_number(reach / 1000.0, 1) + " 公里以上"},
                                               {"is a coordinate mistyped?", "坐标是否输错？"}));
}

}  // namespace renozone

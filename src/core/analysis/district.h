// A loaded and analysed district with the spatial indexes the planning tools
// (implementation units, site checks, facility gaps) query on every gesture.
#pragma once

#include "core/analysis/analysis.h"
#include "core/base/errors.h"

#include <vector>

namespace renozone {

class District {
public:
    explicit District(Dataset dataset, const ProgressFn& progress = {});
    District(const District&) = delete;
    District& operator=(const District&) = delete;

    const Dataset& data() const { return data_; }
    const Analysis& analysis() const { return analysis_; }
    GEOSContextHandle_t ctx() const { return data_.geos->get(); }

    // Buildings whose footprint's envelope meets the geometry's envelope.
    std::vector<int> buildings_near(const GEOSGeometry* area) const;
    // Buildings whose point-on-surface lies inside the (prepared) area.
    std::vector<int> buildings_with_point_in(const GEOSPreparedGeometry* prepared, const GEOSGeometry* area) const;
    // Buildings whose point-on-surface is within `radius` metres of (x, y).
    std::vector<int> buildings_within(double x, double y, double radius) const;
    // Communities whose polygon meets the geometry's envelope.
    std::vector<int> communities_near(const GEOSGeometry* area) const;
    const GEOSGeometry* building_point(int building) const { return points_[building].get(); }
    // Codes of the streets whose area the geometry enters (touching an edge is not entering).
    std::vector<std::string> streets_entered(const GEOSGeometry* g) const;

    // Raises InputError when `geom` (working CRS) lies wholly outside the data.
    void require_overlaps_data(const GEOSGeometry* geom, const std::string& what) const;
    // The same, and also when any part reaches far beyond the data: a mistyped
    // coordinate in a drawn or typed unit or site.
    void require_near_data(const GEOSGeometry* geom, const std::string& what) const;

private:
    // "EN (data extent …); EN_NEXT" and the same in Chinese.
    Problem beyond_the_data(const Problem& problem, const Problem& next) const;
    Dataset data_;
    Analysis analysis_;
    std::vector<GeomPtr> points_;  // point-on-surface of each building (null when none)
    std::vector<int> slots_;       // tree items point here
    TreePtr building_tree_;        // by footprint
    TreePtr point_tree_;           // by point-on-surface
    TreePtr community_tree_;
    std::vector<PreparedPtr> streets_prepared_;
    double min_x_ = 0, min_y_ = 0, max_x_ = 0, max_y_ = 0;  // extent of every loaded layer
};

}  // namespace renozone

// The attribute rows of the tagged layers: communities, buildings and the
// coverage table as the tagged GeoPackage writes them, the viewer's attribute
// panels and styles read them, and the QGIS plugin's coverage layer lists them;
// also the streets and context layers the viewer draws from the same data.
#pragma once

#include "core/analysis/analysis.h"
#include "core/model/table_columns.h"

namespace renozone {

// Feature `index` of a layer of an analysed dataset.
struct TaggedFeature {
    const Dataset& data;
    const Analysis& analysis;
    std::size_t index;
};

// A building, its tags, and the dataset and community tags its columns name
// (it need not be one of Dataset::buildings: the tag job streams them).
struct TaggedBuilding {
    const Dataset& data;
    const std::vector<CommunityTags>& communities;
    const Building& building;
    const BuildingTags& tags;

    static TaggedBuilding of(const Dataset& ds, const Analysis& a, std::size_t index) {
        return {ds, a.communities, ds.buildings[index], a.buildings[index]};
    }
};

const TableColumns<TaggedFeature>& community_columns();
// The tags and figures, then the floor area and stairwells as recorded, so the
// file read back as input gives the same figures.
const TableColumns<TaggedBuilding>& building_columns();
const TableColumns<CoverageRow>& coverage_columns();

const TableColumns<Street>& street_columns();
// The columns of a context layer ("facilities", "heritage", "river", "roads"):
// id and name, the feature's kind under the field its layer names it by, and
// the facilities' capacity.
TableColumns<ContextFeature> context_columns(const std::string& layer);

}  // namespace renozone

// The planning tools' results as attribute rows: an implementation unit's
// figures, a site check, a facility's gaps (communities and the homes out of
// reach) and a suggested site. The QGIS plugin's output layers are these
// tables; a shell adds only columns of its own (the plugin's `problem` for a
// feature it refused).
#pragma once

#include "core/analysis/district.h"
#include "core/model/table_columns.h"
#include "core/planning/facility_gaps.h"
#include "core/planning/site_check.h"
#include "core/planning/site_selection.h"
#include "core/planning/unit_evaluation.h"

namespace renozone {

struct UnitRow {
    const District& district;
    const UnitEvaluation& unit;
};

struct SiteCheckRow {
    const District& district;
    const SiteCheck& check;
};

struct CommunityGapRow {
    const District& district;
    const FacilityGaps& gaps;
    const CommunityGap& gap;
};

struct UncoveredBuildingRow {
    const District& district;
    const FacilityGaps& gaps;
    int building;
};

struct SuggestedSiteRow {
    const District& district;
    const SiteSelection& selection;
    std::size_t rank;  // from 0; the column counts from 1
};

const TableColumns<UnitRow>& unit_columns();
// The rules failed and warned as "id: message" in English, and all of them as
// the site check's JSON (site_json's "rules").
const TableColumns<SiteCheckRow>& site_check_columns();
const TableColumns<CommunityGapRow>& community_gap_columns();
const TableColumns<UncoveredBuildingRow>& uncovered_building_columns();
const TableColumns<SuggestedSiteRow>& suggested_site_columns();

}  // namespace renozone

// The figures of an implementation unit as a panel lists them while a planner
// draws: key (as unit_json names it), decimals and the value; the title is the
// field's (field_titles), the same word the plugin's unit table gives that
// column. The viewer and the QGIS plugin show these rows, in this order.
#pragma once

#include "core/planning/unit_evaluation.h"
#include "core/vocabulary/field_titles.h"
#include "core/vocabulary/report_labels.h"

#include <string>
#include <vector>

namespace renozone {

struct UnitFigureRow {
    const char* key;
    int decimals;
    double (*value)(const UnitEvaluation&);

    std::string title(Lang lang) const { return field_title(key, lang); }
};

const std::vector<UnitFigureRow>& unit_figure_rows();

}  // namespace renozone

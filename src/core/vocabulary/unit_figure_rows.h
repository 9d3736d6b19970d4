// The figures of an implementation unit as a panel lists them while a planner
// draws: key (as unit_json names it), title in both languages, decimals and
// the value. The viewer and the QGIS plugin show these rows, in this order.
#pragma once

#include "core/planning/unit_evaluation.h"
#include "core/vocabulary/report_labels.h"

#include <string>
#include <vector>

namespace renozone {

struct UnitFigureRow {
    const char* key;
    const char* title_zh;
    const char* title_en;
    int decimals;
    double (*value)(const UnitEvaluation&);

    std::string title(Lang lang) const { return lang == Lang::zh ? title_zh : title_en; }
};

const std::vector<UnitFigureRow>& unit_figure_rows();

}  // namespace renozone

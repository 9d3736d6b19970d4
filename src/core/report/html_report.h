// `renozone report --html`: one self-contained HTML page (inline CSS and SVG,
// no scripts, fonts or links to fetch) with the district and street totals
// against the plan, a row per community, the map, lifts and subsidies, the
// data notice and discrepancies, facility gaps and phasing by year, and the
// project's units, site checks and ledger.
#pragma once

#include "core/analysis/district.h"
#include "core/planning/facility_gaps.h"
#include "core/planning/project_content.h"
#include "core/planning/site_rules.h"
#include "core/report/html_section.h"

#include <string>

namespace renozone {

struct HtmlReportOptions {
    Lang lang = Lang::zh;
    std::string generated;  // shown in the header; empty: the current time (UTC)
    const ProjectContent* project = nullptr;
    const SiteRules* rules = nullptr;  // for the facility gaps; none: the default rules
    GapOptions gaps;
    ProgressFn progress;  // the facility gaps' progress, the one long step
};

std::string html_report(const District& district, const HtmlReportOptions& options = {});

}  // namespace renozone

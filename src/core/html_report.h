// `renozone report --html`: one self-contained HTML page (inline CSS and SVG,
// no scripts, fonts or links to fetch) with the district and street totals
// against the plan, a row per community, the map, lifts and subsidies, the
// data notice and discrepancies, and the project's units and site checks.
#pragma once

#include "district.h"
#include "html_section.h"
#include "project_content.h"

#include <optional>
#include <string>

namespace renozone {

// Extension points: sections computed by the other planning engines. Each is
// rendered from its engine's result by a function of html_planning_sections.h
// and handed in here; one left empty shows a short "not available" note.
struct HtmlPlanningSections {
    std::optional<HtmlSection> facility_gaps;
    std::optional<HtmlSection> phasing;
    std::optional<HtmlSection> ledger;
};

struct HtmlReportOptions {
    Lang lang = Lang::zh;
    std::string generated;  // shown in the header; empty: the current time (UTC)
    const ProjectContent* project = nullptr;
    HtmlPlanningSections planning;
};

std::string html_report(const District& district, const HtmlReportOptions& options = {});

}  // namespace renozone

// The report's sections from a project GeoPackage: implementation units with
// their current figures, the site checks on record and the ledger. Without a
// project each says so (the ledger also how to make one).
#pragma once

#include "core/analysis/district.h"
#include "core/planning/project_content.h"
#include "core/report/html_section.h"

namespace renozone {

HtmlSection units_section(const District& district, const ProjectContent* project, Lang lang);
HtmlSection site_checks_section(const ProjectContent* project, Lang lang);
HtmlSection ledger_section(const ProjectContent* project, Lang lang);

}  // namespace renozone

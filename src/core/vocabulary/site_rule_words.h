// A site check as the viewer's and the plugin's site panels say it: each
// rule's title, its outcome, its measure with the unit, and the standard's
// clause, in Chinese or English.
#pragma once

#include "core/planning/site_check.h"
#include "core/vocabulary/report_labels.h"

#include <optional>
#include <string>

namespace renozone {

std::string rule_title(const std::string& rule_id, Lang lang);  // an id the rules add later is shown as it is
std::string rule_status_title(RuleStatus status, Lang lang);    // 通过 / 注意 / 不通过

// "12.5 m", "1,280 户"; "—" when there is no measure.
std::string measure_text(const std::optional<double>& value, const std::string& unit, Lang lang);

// The clause in the language asked where the rules say it so, marked when the
// threshold was not read at its source.
std::string clause_text(const RuleResult& rule, Lang lang);
// Both wordings, Chinese first, for a tooltip.
std::string clause_tooltip(const RuleResult& rule);

// "利用现有建筑" / "Goes into an existing building": the checkbox a failed
// overlap rule points to.
std::string reuse_building_title(Lang lang);
// The rule's finding, with what the planner can do about it in the form's words.
std::string rule_message(const RuleResult& rule, Lang lang);

}  // namespace renozone

// The site check's contract (the JSON and text the CLI writes) tells a planner
// how to reuse a building with the CLI's option; the engine's rule carries the
// remedy, not the option.
#include "core/report/site_report.h"

#include "districts.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

TEST(SiteReport, ARemedyIsSaidWithTheCliOptionInTheContractOnly) {
    SiteCheck check;
    check.type = "kindergarten";
    check.verdict = RuleStatus::fail;
    RuleResult overlap;
    overlap.id = "no_building_overlap";
    overlap.status = RuleStatus::fail;
    overlap.message = "overlaps existing building B00001";
    overlap.remedy = RuleRemedy::reuse_building;
    check.rules.push_back(overlap);
    const District& district = test::embedded_district();
    EXPECT_EQ(site_json(district, check)["rules"][0]["message"], "overlaps existing building B00001 (give --reuse-building to reuse it)");
    EXPECT_NE(site_text(district, check, "site").find("fail no_building_overlap: overlaps existing building B00001 (give --reuse-building to reuse it)"),
              std::string::npos);
    check.rules[0].remedy = RuleRemedy::none;
    EXPECT_EQ(site_json(district, check)["rules"][0]["message"], "overlaps existing building B00001");
}

}  // namespace
}  // namespace renozone

// The rows the viewer's and the plugin's unit panels list are the figures of
// the unit's JSON contract, under its keys, with a title in both languages.
#include "core/vocabulary/unit_figure_rows.h"

#include "core/planning/unit_geometry.h"
#include "core/report/unit_report.h"
#include "districts.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace renozone {
namespace {

TEST(UnitFigureRows, AreTheContractsFiguresUnderItsKeys) {
    const District& district = test::embedded_district();
    const UnitShape unit = unit_from_wkt(
        district, "POLYGON((474400 3245000,476000 3245000,476000 3246000,474400 3246000,474400 3245000))", "");
    UnitMoney money;
    money.pipeline_cost_cny = 2000000;
    const UnitEvaluation e = evaluate_unit(district, unit.geom.get(), money);
    const auto contract = unit_json(district, e);
    std::set<std::string> keys;
    for (const auto& row : unit_figure_rows()) {
        EXPECT_TRUE(keys.insert(row.key).second) << row.key;
        EXPECT_NE(row.title(Lang::zh), row.title(Lang::en)) << row.key;
        const std::string key = row.key;
        const auto& subsidy = contract.at("subsidy");
        const double said = contract.contains(key)                ? contract.at(key).get<double>()
                            : key == "subsidy_total_cny"          ? subsidy.at("total_cny").get<double>()
                                                                  : subsidy.at(key).get<double>();
        EXPECT_NEAR(row.value(e), said, 0.01) << key;  // the contract rounds to the cent
    }
    EXPECT_EQ(keys.size(), 17u);
    EXPECT_GT(e.subsidy.pipeline_subsidy_cny, 0);
}

}  // namespace
}  // namespace renozone

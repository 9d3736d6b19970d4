// The tagged layers' columns read the analysis as the GeoPackage, the viewer
// and the plugin show it: a value the data lacks is a null, not a zero.
#include "core/analysis/tagged_columns.h"

#include "column_values.h"
#include "districts.h"

#include <gtest/gtest.h>

#include <set>

namespace renozone {
namespace {

using test::value_of;

template <typename Row>
std::set<std::string> keys_of(const TableColumns<Row>& table) {
    std::set<std::string> keys;
    for (const auto& column : table) EXPECT_TRUE(keys.insert(column.key).second) << "twice: " << column.key;
    return keys;
}

TEST(TaggedColumns, KeysAreUniqueAndTheCoverageTableCarriesThePathAndTheRebuildCeiling) {
    keys_of(community_columns());
    keys_of(building_columns());
    const auto coverage = keys_of(coverage_columns());
    EXPECT_EQ(coverage.count("path"), 1u);
    EXPECT_EQ(coverage.count("d_grade_rebuild_floor_area_max_m2"), 1u);
    EXPECT_EQ(keys_of(context_columns("roads")).count("class"), 1u);
    EXPECT_EQ(keys_of(context_columns("heritage")).count("grade"), 1u);
    EXPECT_EQ(keys_of(context_columns("facilities")).count("capacity"), 1u);
    EXPECT_EQ(context_columns("river").size(), 2u);
}

TEST(TaggedColumns, CommunityRowsAreTheCoverageRowsAndTheTags) {
    const District& district = test::embedded_district();
    const auto& a = district.analysis();
    for (std::size_t i = 0; i < district.data().communities.size(); ++i) {
        const TaggedFeature f{district.data(), a, i};
        EXPECT_EQ(std::get<long long>(value_of(community_columns(), "households", f)), a.coverage.communities[i].figures.households);
        EXPECT_EQ(std::get<bool>(value_of(community_columns(), "planned", f)), a.communities[i].planned);
        const ColumnValue year = value_of(community_columns(), "year", f);
        if (a.communities[i].year) EXPECT_EQ(std::get<long long>(year), *a.communities[i].year);
        else EXPECT_TRUE(std::holds_alternative<std::monostate>(year));
    }
}

TEST(TaggedColumns, ABuildingsRebuildCeilingIsNullUnlessItIsDGrade) {
    const District& district = test::embedded_district();
    const auto& tags = district.analysis().buildings;
    int d_grade = 0, others = 0;
    for (std::size_t i = 0; i < tags.size() && (d_grade == 0 || others == 0); ++i) {
        const ColumnValue ceiling = value_of(building_columns(), "rebuild_floor_area_max_m2", TaggedBuilding::of(district.data(), district.analysis(), i));
        if (tags[i].d_grade) {
            ++d_grade;
            EXPECT_DOUBLE_EQ(std::get<double>(ceiling), tags[i].rebuild_floor_area_max_m2);
        } else {
            ++others;
            EXPECT_TRUE(std::holds_alternative<std::monostate>(ceiling));
        }
    }
    EXPECT_GT(d_grade, 0);
    EXPECT_GT(others, 0);
}

TEST(TaggedColumns, APercentIsNullWithoutATargetAndTheShareOfItWithOne) {
    CoverageRow row;
    row.figures.households = 30;
    EXPECT_TRUE(std::holds_alternative<std::monostate>(value_of(coverage_columns(), "households_pct", row)));
    row.targets.households = 40;
    EXPECT_DOUBLE_EQ(std::get<double>(value_of(coverage_columns(), "households_pct", row)), 75.0);
    row.path = "综合改造";
    EXPECT_EQ(std::get<std::string>(value_of(coverage_columns(), "path", row)), "综合改造");
}

}  // namespace
}  // namespace renozone

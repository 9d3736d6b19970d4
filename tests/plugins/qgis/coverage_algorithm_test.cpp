// renozone:coverage gives the rows of `renozone report --format json`:
// district, streets and communities, computed beside target.
#include "algorithm_runner.h"
#include "cli_runner.h"

#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

#include <map>

namespace renozone::plugin::test {
namespace {

using nlohmann::json;

void expect_row_matches(const QgsFeature& f, const json& expected, const std::string& what) {
    EXPECT_EQ(f.attribute("communities").toLongLong(), expected["communities"].get<long long>()) << what;
    EXPECT_EQ(f.attribute("buildings").toLongLong(), expected["buildings"].get<long long>()) << what;
    EXPECT_NEAR(f.attribute("floor_area_m2").toDouble(), expected["floor_area_m2"].get<double>(), 0.01) << what;
    EXPECT_EQ(f.attribute("households").toLongLong(), expected["households"].get<long long>()) << what;
    EXPECT_NEAR(f.attribute("people").toDouble(), expected["people"].get<double>(), 0.1) << what;
    EXPECT_EQ(f.attribute("lifts").toLongLong(), expected["lifts"].get<long long>()) << what;
    EXPECT_NEAR(f.attribute("lift_subsidy_cny").toDouble(), expected["lift_subsidy_cny"].get<double>(), 0.01) << what;
    EXPECT_EQ(f.attribute("d_grade_buildings").toLongLong(), expected["d_grade_buildings"].get<long long>()) << what;
    EXPECT_EQ(f.attribute("heritage_buildings").toLongLong(), expected["heritage_buildings"].get<long long>()) << what;
    EXPECT_EQ(f.attribute("all_buildings").toLongLong(), expected["all_buildings"].get<long long>()) << what;
}

void expect_targets_match(const QgsFeature& f, const json& targets, const std::string& what) {
    for (const auto& [field, key] : {std::pair{"target_buildings", "buildings"}, std::pair{"target_floor_area_m2", "floor_area_m2"},
                                     std::pair{"target_households", "households"}, std::pair{"target_people", "people"}}) {
        if (targets[key].is_null()) EXPECT_TRUE(f.attribute(field).isNull()) << what << " " << field;
        else EXPECT_NEAR(f.attribute(field).toDouble(), targets[key].get<double>(), 0.01) << what << " " << field;
    }
}

TEST(CoverageAlgorithm, GivesTheCliReportRowByRow) {
    auto run = run_algorithm(QStringLiteral("coverage"), {{"OUTPUT", "memory:"}, {"COMMUNITY_MAP", "memory:"}});
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    QgsVectorLayer* table = output_layer(run, QStringLiteral("OUTPUT"));
    ASSERT_NE(table, nullptr);
    const auto cli = run_cli_json({"report", "--format", "json"});
    const auto& streets = cli["streets"];
    const auto& communities = cli["communities"];
    EXPECT_EQ(table->featureCount(), static_cast<long long>(1 + streets.size() + communities.size()));

    std::map<std::string, QgsFeature> by_code;
    QgsFeature f;
    for (QgsFeatureIterator it = table->getFeatures(); it.nextFeature(f);)
        by_code[f.attribute("level").toString().toStdString() + ":" + f.attribute("code").toString().toStdString()] = f;
    json district = cli["district"];
    district["targets"] = cli["targets"];
    ASSERT_TRUE(by_code.count("district:"));
    expect_row_matches(by_code["district:"], district, "district");
    expect_targets_match(by_code["district:"], cli["targets"], "district");
    for (const auto& street : streets) {
        const std::string key = "street:" + street["code"].get<std::string>();
        ASSERT_TRUE(by_code.count(key)) << key;
        expect_row_matches(by_code[key], street, key);
        expect_targets_match(by_code[key], street["targets"], key);
    }
    for (const auto& community : communities) {
        const std::string key = "community:" + community["id"].get<std::string>();
        ASSERT_TRUE(by_code.count(key)) << key;
        const QgsFeature& row = by_code[key];
        expect_row_matches(row, community, key);
        expect_targets_match(row, community["targets"], key);
        EXPECT_EQ(row.attribute("name").toString().toStdString(), community["name"].get<std::string>());
        EXPECT_EQ(row.attribute("planned").toInt() == 1, community["planned"].get<bool>()) << key;
        EXPECT_EQ(row.attribute("phase").toString().toStdString(), community["phase"].get<std::string>()) << key;
    }

    EXPECT_EQ(run.results.value("BUILDINGS").toLongLong(), cli["district"]["buildings"].get<long long>());
    EXPECT_NEAR(run.results.value("FLOOR_AREA_M2").toDouble(), cli["district"]["floor_area_m2"].get<double>(), 0.01);
    EXPECT_EQ(run.results.value("HOUSEHOLDS").toLongLong(), cli["district"]["households"].get<long long>());
    EXPECT_NEAR(run.results.value("FLOOR_AREA_PCT").toDouble(),
                100.0 * cli["district"]["floor_area_m2"].get<double>() / cli["targets"]["floor_area_m2"].get<double>(), 0.01);

    QgsVectorLayer* map = output_layer(run, QStringLiteral("COMMUNITY_MAP"));
    ASSERT_NE(map, nullptr);
    EXPECT_EQ(map->featureCount(), static_cast<long long>(communities.size()));
    EXPECT_EQ(map->crs().authid(), QStringLiteral("EPSG:4545"));
    EXPECT_EQ(map->geometryType(), QgsWkbTypes::PolygonGeometry);
}

}  // namespace
}  // namespace renozone::plugin::test

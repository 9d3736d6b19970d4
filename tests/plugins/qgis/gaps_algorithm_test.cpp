// renozone:gaps measures who the existing facilities reach as `renozone gaps`
// does: every community's covered households and status, the district total,
// and the household buildings left out.
#include "algorithm_runner.h"
#include "cli_runner.h"
#include "facility_types.h"

#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

#include <map>

namespace renozone::plugin::test {
namespace {

using nlohmann::json;

TEST(GapsAlgorithm, GivesTheCliGapsCommunityByCommunity) {
    for (const char* type : {"kindergarten", "elderly_care"}) {
        auto run = run_algorithm(QStringLiteral("gaps"),
                                 {{"TYPE", facility_type_index(type)}, {"THRESHOLD", 80}, {"OUTPUT", "memory:"}, {"UNCOVERED", "memory:"}});
        ASSERT_TRUE(run.ok) << run.error.toStdString();
        const json cli = run_cli_json({"gaps", "--type", type, "--threshold", "80", "--format", "json"});
        EXPECT_EQ(run.results.value("HOUSEHOLDS").toLongLong(), cli["district"]["households"].get<long long>()) << type;
        EXPECT_EQ(run.results.value("COVERED_HOUSEHOLDS").toLongLong(), cli["district"]["covered_households"].get<long long>()) << type;
        EXPECT_NEAR(run.results.value("COVERAGE_PCT").toDouble(), cli["district"]["coverage_percent"].get<double>(), 0.01) << type;
        EXPECT_EQ(run.results.value("SUBSTANDARD_COMMUNITIES").toInt(), cli["district"]["substandard_communities"].get<int>()) << type;

        std::map<std::string, QgsFeature> rows;
        QgsFeature f;
        for (QgsFeatureIterator it = output_layer(run, QStringLiteral("OUTPUT"))->getFeatures(); it.nextFeature(f);)
            rows[f.attribute("id").toString().toStdString()] = f;
        ASSERT_EQ(rows.size(), cli["communities"].size()) << type;
        for (const auto& c : cli["communities"]) {
            const QgsFeature& row = rows[c["id"].get<std::string>()];
            EXPECT_EQ(row.attribute("households").toLongLong(), c["households"].get<long long>()) << type << " " << c["id"];
            EXPECT_EQ(row.attribute("covered_households").toLongLong(), c["covered_households"].get<long long>()) << type << " " << c["id"];
            EXPECT_EQ(row.attribute("status").toString().toStdString(), c["status"].get<std::string>()) << type << " " << c["id"];
            EXPECT_EQ(row.attribute("substandard").toInt() == 1, c["substandard"].get<bool>()) << type << " " << c["id"];
        }

        long long uncovered_households = 0;
        for (QgsFeatureIterator it = output_layer(run, QStringLiteral("UNCOVERED"))->getFeatures(); it.nextFeature(f);)
            uncovered_households += f.attribute("households").toLongLong();
        EXPECT_EQ(uncovered_households, cli["district"]["uncovered_households"].get<long long>()) << type;
    }
}

}  // namespace
}  // namespace renozone::plugin::test

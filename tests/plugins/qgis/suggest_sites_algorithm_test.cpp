// renozone:suggestsites chooses the sites `renozone suggest-sites` chooses,
// over the grid of open land or over the planner's own candidates.
#include "algorithm_runner.h"
#include "cli_runner.h"
#include "facility_types.h"

#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

namespace renozone::plugin::test {
namespace {

using nlohmann::json;

void expect_same_sites(AlgorithmRun& run, const json& cli) {
    EXPECT_EQ(run.results.value("NEW_COVERED_HOUSEHOLDS").toLongLong(), cli["new_covered_households"].get<long long>());
    EXPECT_EQ(run.results.value("COVERED_HOUSEHOLDS").toLongLong(), cli["covered_households"].get<long long>());
    QgsVectorLayer* sites = output_layer(run, QStringLiteral("OUTPUT"));
    ASSERT_NE(sites, nullptr);
    ASSERT_EQ(sites->featureCount(), static_cast<long long>(cli["sites"].size()));
    QgsFeature f;
    for (QgsFeatureIterator it = sites->getFeatures(); it.nextFeature(f);) {
        const json& expected = cli["sites"][f.attribute("rank").toInt() - 1];
        EXPECT_EQ(f.attribute("candidate_id").toString().toStdString(), expected["id"].get<std::string>());
        EXPECT_EQ(f.attribute("marginal_households").toLongLong(), expected["marginal_households"].get<long long>());
        EXPECT_NEAR(f.geometry().asPoint().x(), expected["x"].get<double>(), 0.01);
        EXPECT_NEAR(f.geometry().asPoint().y(), expected["y"].get<double>(), 0.01);
    }
}

TEST(SuggestSitesAlgorithm, ChoosesTheCliSitesOnTheGrid) {
    auto run = run_algorithm(QStringLiteral("suggestsites"), {{"TYPE", facility_type_index("kindergarten")}, {"COUNT", 3},
                                                              {"SPACING", 100}, {"OUTPUT", "memory:"}});
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    expect_same_sites(run, run_cli_json({"suggest-sites", "--type", "kindergarten", "--count", "3", "--spacing", "100", "--format", "json"}));
    EXPECT_GT(run.results.value("NEW_COVERED_HOUSEHOLDS").toLongLong(), 0);
}

TEST(SuggestSitesAlgorithm, ChoosesAmongThePlannersCandidates) {
    QgsVectorLayer candidates(QStringLiteral("Point?crs=EPSG:4545&field=id:string"), QStringLiteral("candidates"), QStringLiteral("memory"));
    const std::vector<std::pair<QString, QgsPointXY>> points{{"north", {474700, 3245950}}, {"centre", {475600, 3245650}},
                                                             {"south", {475300, 3245000}}, {"east", {476900, 3245850}}};
    for (const auto& [id, p] : points) {
        QgsFeature f(candidates.fields());
        f.setAttributes(QgsAttributes(QVector<QVariant>{id}));
        f.setGeometry(QgsGeometry::fromPointXY(p));
        candidates.dataProvider()->addFeature(f);
    }
    auto run = run_algorithm(QStringLiteral("suggestsites"), {{"TYPE", facility_type_index("elderly_care")}, {"COUNT", 2},
                                                              {"CANDIDATES", QVariant::fromValue(&candidates)}, {"OUTPUT", "memory:"}});
    ASSERT_TRUE(run.ok) << run.error.toStdString();

    QTemporaryDir dir;  // the same candidates as a file for the CLI
    const QString file = dir.filePath(QStringLiteral("candidates.geojson"));
    QFile geojson(file);
    ASSERT_TRUE(geojson.open(QIODevice::WriteOnly));
    QString features;
    for (const auto& [id, p] : points)
        features += QStringLiteral("%1{\"type\":\"Feature\",\"properties\":{\"id\":\"%2\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[%3,%4]}}")
                        .arg(features.isEmpty() ? "" : ",", id).arg(p.x(), 0, 'f', 3).arg(p.y(), 0, 'f', 3);
    geojson.write(QStringLiteral("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4545\"}},\"features\":[%1]}")
                      .arg(features).toUtf8());
    geojson.close();
    expect_same_sites(run, run_cli_json({"suggest-sites", "--type", "elderly_care", "--count", "2", "--candidates", file, "--format", "json"}));
}

}  // namespace
}  // namespace renozone::plugin::test

// renozone:checksite checks each candidate as `renozone check-site` does:
// same verdict, households served and rule outcomes, for points and plots.
#include "algorithm_runner.h"
#include "facility_types.h"
#include "cli_runner.h"

#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <map>

namespace renozone::plugin::test {
namespace {

using nlohmann::json;

std::unique_ptr<QgsVectorLayer> sites_layer(const QString& geometry, const std::vector<std::pair<QString, QString>>& named_wkt) {
    auto layer = std::make_unique<QgsVectorLayer>(QStringLiteral("%1?crs=EPSG:4545&field=name:string").arg(geometry),
                                                  QStringLiteral("sites"), QStringLiteral("memory"));
    for (const auto& [name, wkt] : named_wkt) {
        QgsFeature f(layer->fields());
        f.setAttributes(QgsAttributes(QVector<QVariant>{name}));
        f.setGeometry(QgsGeometry::fromWkt(wkt));
        layer->dataProvider()->addFeature(f);
    }
    return layer;
}

std::map<QString, QgsFeature> checked(AlgorithmRun& run) {
    std::map<QString, QgsFeature> out;
    QgsFeature f;
    for (QgsFeatureIterator it = output_layer(run, QStringLiteral("OUTPUT"))->getFeatures(); it.nextFeature(f);)
        out[f.attribute("name").toString()] = f;
    return out;
}

void expect_check_matches(const QgsFeature& f, const json& cli, const std::string& what) {
    EXPECT_EQ(f.attribute("verdict").toString().toStdString(), cli["verdict"].get<std::string>()) << what;
    EXPECT_EQ(f.attribute("households_served").toLongLong(), cli["households_served"].get<long long>()) << what;
    EXPECT_EQ(f.attribute("households_served_euclidean").toLongLong(), cli["households_served_euclidean"].get<long long>()) << what;
    EXPECT_EQ(f.attribute("buildings_served").toLongLong(), cli["buildings_served"].get<long long>()) << what;
    EXPECT_EQ(f.attribute("distance_method").toString().toStdString(), cli["distance_method"].get<std::string>()) << what;
    EXPECT_NEAR(f.attribute("site_area_m2").toDouble(), cli["area_m2"].get<double>(), 0.01) << what;
    EXPECT_EQ(json::parse(f.attribute("rules_json").toString().toStdString()), cli["rules"]) << what;
    for (const auto& rule : cli["rules"])
        if (rule["status"] == "fail")
            EXPECT_TRUE(f.attribute("failed_rules").toString().contains(QString::fromStdString(rule["id"].get<std::string>()))) << what;
}

TEST(CheckSiteAlgorithm, ChecksPointSitesAsTheCliDoes) {
    const std::vector<std::pair<QString, QString>> sites{{"square", "POINT(474500 3245600)"}, {"riverside", "POINT(475600 3245450)"}};
    auto layer = sites_layer(QStringLiteral("Point"), sites);
    auto run = run_algorithm(QStringLiteral("checksite"),
                             {{"INPUT", QVariant::fromValue(layer.get())}, {"TYPE", facility_type_index("kindergarten")}, {"OUTPUT", "memory:"}});
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    auto out = checked(run);
    ASSERT_EQ(out.size(), 2u);
    int failed = 0;
    for (const auto& [name, wkt] : sites) {
        const auto cli = run_cli_json({"check-site", "--type", "kindergarten", "--format", "json", "--wkt", wkt});
        expect_check_matches(out[name], cli, name.toStdString());
        failed += cli["verdict"] == "fail";
    }
    EXPECT_EQ(run.results.value("FAILED").toInt(), failed);
}

TEST(CheckSiteAlgorithm, ChecksPlotsWithOptionsAndRecordsThem) {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("project.gpkg"));
    const QString plot = QStringLiteral("POLYGON((474470 3245570,474530 3245570,474530 3245630,474470 3245630,474470 3245570))");
    auto layer = sites_layer(QStringLiteral("Polygon"), {{"plot", plot}});
    auto run = run_algorithm(QStringLiteral("checksite"),
                             {{"INPUT", QVariant::fromValue(layer.get())}, {"TYPE", facility_type_index("kindergarten")},
                              {"REUSE_BUILDING", true}, {"EUCLIDEAN", true}, {"PROJECT", project}, {"OUTPUT", "memory:"}});
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    const auto cli = run_cli_json({"check-site", "--type", "kindergarten", "--format", "json", "--reuse-building", "--euclidean", "--wkt", plot});
    expect_check_matches(checked(run)["plot"], cli, "plot");
    QgsVectorLayer recorded(project + QStringLiteral("|layername=site_checks"), QStringLiteral("checks"), QStringLiteral("ogr"));
    ASSERT_TRUE(recorded.isValid());
    EXPECT_EQ(recorded.featureCount(), 1);
}

TEST(CheckSiteAlgorithm, ASiteOutsideTheDataIsRefusedNotFatal) {
    auto layer = sites_layer(QStringLiteral("Point"), {{"nowhere", "POINT(10 10)"}, {"square", "POINT(474500 3245600)"}});
    auto run = run_algorithm(QStringLiteral("checksite"),
                             {{"INPUT", QVariant::fromValue(layer.get())}, {"TYPE", facility_type_index("health_station")}, {"OUTPUT", "memory:"}});
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    auto out = checked(run);
    EXPECT_EQ(out["nowhere"].attribute("verdict").toString(), QStringLiteral("refused"));
    EXPECT_TRUE(out["nowhere"].attribute("problem").toString().contains(QStringLiteral("outside the data")));
    EXPECT_NE(out["square"].attribute("verdict").toString(), QStringLiteral("refused"));
}

}  // namespace
}  // namespace renozone::plugin::test

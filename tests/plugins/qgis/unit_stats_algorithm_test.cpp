// renozone:unitstats evaluates each polygon as `renozone unit --wkt` does,
// in any CRS, refuses bad units one by one, and saves the good ones into a
// project the CLI then lists with the same figures.
#include "algorithm_runner.h"
#include "cli_runner.h"

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <map>

namespace renozone::plugin::test {
namespace {

using nlohmann::json;

const QString unit_a = QStringLiteral("POLYGON((474400 3245500,474800 3245500,474800 3245800,474400 3245800,474400 3245500))");
const QString unit_b = QStringLiteral("POLYGON((474900 3245300,475300 3245300,475300 3245700,474900 3245700,474900 3245300))");
const QString outside = QStringLiteral("POLYGON((0 0,10 0,10 10,0 10,0 0))");
const QString funding = QStringLiteral("central=0.4,municipal=0.3,district=0.2,residents=0.1");

std::unique_ptr<QgsVectorLayer> units_layer(const QString& crs, const std::vector<std::pair<QString, QString>>& named_wkt) {
    auto layer = std::make_unique<QgsVectorLayer>(
        QStringLiteral("Polygon?crs=%1&field=name:string&field=cost:double").arg(crs), QStringLiteral("units"), QStringLiteral("memory"));
    for (const auto& [name, wkt] : named_wkt) {
        QgsFeature f(layer->fields());
        f.setAttributes(QgsAttributes(QVector<QVariant>{name, 2000000.0}));
        f.setGeometry(QgsGeometry::fromWkt(wkt));
        layer->dataProvider()->addFeature(f);
    }
    return layer;
}

std::map<QString, QgsFeature> features_by_name(QgsVectorLayer* layer) {
    std::map<QString, QgsFeature> out;
    QgsFeature f;
    for (QgsFeatureIterator it = layer->getFeatures(); it.nextFeature(f);) out[f.attribute("name").toString()] = f;
    return out;
}

void expect_unit_matches(const QgsFeature& f, const json& cli, const std::string& what) {
    EXPECT_TRUE(f.attribute("problem").isNull()) << what << ": " << f.attribute("problem").toString().toStdString();
    EXPECT_NEAR(f.attribute("area_m2").toDouble(), cli["area_m2"].get<double>(), 0.01) << what;
    for (const char* key : {"buildings", "communities", "households", "eligible_buildings", "ineligible_buildings",
                            "all_buildings", "lifts", "lift_candidates", "d_grade_buildings", "heritage_buildings"})
        EXPECT_EQ(f.attribute(key).toLongLong(), cli[key].get<long long>()) << what << " " << key;
    for (const char* key : {"floor_area_m2", "people", "lift_subsidy_cny", "footprint_m2"})
        EXPECT_NEAR(f.attribute(key).toDouble(), cli[key].get<double>(), 0.1) << what << " " << key;
    const auto& subsidy = cli["subsidy"];
    EXPECT_NEAR(f.attribute("pipeline_subsidy_cny").toDouble(), subsidy["pipeline_subsidy_cny"].get<double>(), 0.01) << what;
    EXPECT_NEAR(f.attribute("subsidy_total_cny").toDouble(), subsidy["total_cny"].get<double>(), 0.01) << what;
    EXPECT_NEAR(f.attribute("central_cny").toDouble(), subsidy["central_cny"].get<double>(), 0.01) << what;
    EXPECT_NEAR(f.attribute("residents_cny").toDouble(), subsidy["residents_cny"].get<double>(), 0.01) << what;
    QStringList warnings;
    for (const auto& w : cli["warnings"]) warnings << QString::fromStdString(w.get<std::string>());
    EXPECT_EQ(f.attribute("warnings").toString(), warnings.join(QStringLiteral("; "))) << what;
}

TEST(UnitStatsAlgorithm, EvaluatesEachPolygonAsTheCliDoes) {
    auto layer = units_layer(QStringLiteral("EPSG:4545"), {{"A", unit_a}, {"B", unit_b}});
    auto run = run_algorithm(QStringLiteral("unitstats"),
                             {{"INPUT", QVariant::fromValue(layer.get())}, {"NAME_FIELD", "name"},
                              {"PIPELINE_COST_FIELD", "cost"}, {"FUNDING", funding}, {"OUTPUT", "memory:"}});
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    EXPECT_EQ(run.results.value("UNITS").toInt(), 2);
    auto units = features_by_name(output_layer(run, QStringLiteral("OUTPUT")));
    ASSERT_EQ(units.size(), 2u);
    for (const auto& [name, wkt] : {std::pair{QStringLiteral("A"), unit_a}, std::pair{QStringLiteral("B"), unit_b}}) {
        const auto cli = run_cli_json({"unit", "--wkt", wkt, "--pipeline-cost", "2000000", "--funding", funding, "--format", "json"});
        expect_unit_matches(units[name], cli, name.toStdString());
        EXPECT_EQ(units[name].attribute("cost").toDouble(), 2000000.0);  // the input's own fields are kept
    }
    EXPECT_GT(units["A"].attribute("buildings").toLongLong(), 0);
}

TEST(UnitStatsAlgorithm, TransformsUnitsFromTheirLayersCrs) {
    QgsGeometry geographic = QgsGeometry::fromWkt(unit_a);
    geographic.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4545")),
                                                QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")), QgsProject::instance()));
    const QString wkt = geographic.asWkt(10);
    auto layer = units_layer(QStringLiteral("EPSG:4326"), {{"A", wkt}});
    auto run = run_algorithm(QStringLiteral("unitstats"), {{"INPUT", QVariant::fromValue(layer.get())}, {"OUTPUT", "memory:"}});
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    auto units = features_by_name(output_layer(run, QStringLiteral("OUTPUT")));
    const auto cli = run_cli_json({"unit", "--wkt", wkt, "--crs", "EPSG:4326", "--format", "json"});
    EXPECT_EQ(units["A"].attribute("buildings").toLongLong(), cli["buildings"].get<long long>());
    EXPECT_EQ(units["A"].attribute("households").toLongLong(), cli["households"].get<long long>());
    EXPECT_NEAR(units["A"].attribute("area_m2").toDouble(), cli["area_m2"].get<double>(), 1.0);
}

TEST(UnitStatsAlgorithm, RefusesABadUnitAndGoesOn) {
    auto layer = units_layer(QStringLiteral("EPSG:4545"), {{"A", unit_a}, {"far away", outside}});
    auto run = run_algorithm(QStringLiteral("unitstats"), {{"INPUT", QVariant::fromValue(layer.get())}, {"OUTPUT", "memory:"}});
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    EXPECT_EQ(run.results.value("UNITS").toInt(), 1);
    EXPECT_EQ(run.results.value("REFUSED").toInt(), 1);
    auto units = features_by_name(output_layer(run, QStringLiteral("OUTPUT")));
    EXPECT_TRUE(units["far away"].attribute("problem").toString().contains(QStringLiteral("lies outside the data")))
        << units["far away"].attribute("problem").toString().toStdString();
    EXPECT_TRUE(units["far away"].attribute("buildings").isNull());
    EXPECT_TRUE(units["A"].attribute("problem").isNull());
}

TEST(UnitStatsAlgorithm, SavesUnitsTheCliListsWithTheSameFigures) {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("project.gpkg"));
    auto layer = units_layer(QStringLiteral("EPSG:4545"), {{"A", unit_a}, {"B", unit_b}});
    auto run = run_algorithm(QStringLiteral("unitstats"), {{"INPUT", QVariant::fromValue(layer.get())}, {"NAME_FIELD", "name"},
                                                           {"PROJECT", project}, {"OUTPUT", "memory:"}});
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    auto units = features_by_name(output_layer(run, QStringLiteral("OUTPUT")));
    const auto listed = run_cli_json({"unit", "--project", project, "--list", "--format", "json"});
    ASSERT_EQ(listed.size(), 2u);
    for (const auto& unit : listed) {
        const QString name = QString::fromStdString(unit["name"].get<std::string>());
        ASSERT_TRUE(units.count(name)) << name.toStdString();
        EXPECT_EQ(units[name].attribute("buildings").toLongLong(), unit["buildings"].get<long long>());
        EXPECT_NEAR(units[name].attribute("floor_area_m2").toDouble(), unit["floor_area_m2"].get<double>(), 0.01);
    }
}

}  // namespace
}  // namespace renozone::plugin::test

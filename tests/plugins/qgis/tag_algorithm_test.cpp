// renozone:tag writes the GeoPackage `renozone tag` writes, reports the same
// district figures, and has QGIS load its layers styled.
#include "algorithm_runner.h"
#include "cli_runner.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

#include <QTemporaryDir>

namespace renozone::plugin::test {
namespace {

TEST(TagAlgorithm, WritesTheTaggedGeoPackageWithTheCliFigures) {
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("tagged.gpkg"));
    auto run = run_algorithm(QStringLiteral("tag"), {{"OUTPUT", output}});
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    EXPECT_EQ(run.results.value("OUTPUT").toString(), output);
    EXPECT_GE(run.last_progress, 99.0);

    const auto cli = run_cli_json({"report", "--format", "json"});
    EXPECT_EQ(run.results.value("PLANNED_COMMUNITIES").toLongLong(), cli["district"]["communities"].get<long long>());
    EXPECT_EQ(run.results.value("BUILDINGS_IN_PLAN").toLongLong(), cli["district"]["buildings"].get<long long>());

    QgsVectorLayer buildings(run.results.value("BUILDINGS").toString(), QStringLiteral("buildings"), QStringLiteral("ogr"));
    ASSERT_TRUE(buildings.isValid());
    EXPECT_EQ(buildings.featureCount(), cli["district"]["all_buildings"].get<long long>());
    QgsVectorLayer in_plan(run.results.value("BUILDINGS").toString() + QStringLiteral("|subset=\"in_plan\" = 1"),
                           QStringLiteral("in plan"), QStringLiteral("ogr"));
    EXPECT_EQ(in_plan.featureCount(), cli["district"]["buildings"].get<long long>());
}

TEST(TagAlgorithm, HasItsLayersLoadedStyledOnCompletion) {
    QTemporaryDir dir;
    auto run = run_algorithm(QStringLiteral("tag"), {{"OUTPUT", dir.filePath(QStringLiteral("tagged.gpkg"))}});
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    const auto to_load = run.context->layersToLoadOnCompletion();
    ASSERT_EQ(to_load.size(), 2);
    ASSERT_TRUE(to_load.contains(run.results.value("COMMUNITIES").toString()));
    const auto details = to_load.value(run.results.value("COMMUNITIES").toString());
    EXPECT_EQ(details.name, QStringLiteral("communities"));
    ASSERT_NE(details.postProcessor(), nullptr);

    QgsVectorLayer::LayerOptions unstyled;
    unstyled.loadDefaultStyle = false;  // as Processing opens outputs
    QgsVectorLayer communities(run.results.value("COMMUNITIES").toString(), QStringLiteral("communities"), QStringLiteral("ogr"), unstyled);
    ASSERT_TRUE(communities.isValid());
    details.postProcessor()->postProcessLayer(&communities, *run.context, nullptr);
    auto* renderer = dynamic_cast<QgsCategorizedSymbolRenderer*>(communities.renderer());
    ASSERT_NE(renderer, nullptr) << "the style saved in layer_styles was not applied";
    EXPECT_EQ(renderer->classAttribute(), QStringLiteral("phase"));
}

}  // namespace
}  // namespace renozone::plugin::test

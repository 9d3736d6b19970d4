// The algorithms chain in the graphical modeler: tag writes a GeoPackage,
// coverage reads it back and gives the figures of the original data.
#include "algorithm_runner.h"
#include "cli_runner.h"

#include <qgsfeatureiterator.h>
#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingutils.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

#include <QTemporaryDir>

namespace renozone::plugin::test {
namespace {

QgsProcessingModelChildAlgorithm child(const QString& algorithm, const QString& id) {
    QgsProcessingModelChildAlgorithm c(algorithm);
    c.setChildId(id);
    return c;
}

QgsProcessingModelOutput model_output(const QString& name, const QString& child_id, const QString& child_output) {
    QgsProcessingModelOutput out(name);
    out.setChildId(child_id);
    out.setChildOutputName(child_output);
    return out;
}

TEST(Modeler, TagThenCoverageOfTheTaggedFile) {
    register_provider();
    QgsProcessingModelAlgorithm model(QStringLiteral("tag and measure"), QStringLiteral("renozone tests"));
    auto tag = child(QStringLiteral("renozone:tag"), QStringLiteral("tag"));
    tag.setModelOutputs({{QStringLiteral("tagged"), model_output(QStringLiteral("tagged"), QStringLiteral("tag"), QStringLiteral("OUTPUT"))}});
    model.addChildAlgorithm(tag);
    auto coverage = child(QStringLiteral("renozone:coverage"), QStringLiteral("coverage"));
    coverage.addParameterSources(QStringLiteral("DATA"),
                                 {QgsProcessingModelChildParameterSource::fromChildOutput(QStringLiteral("tag"), QStringLiteral("OUTPUT"))});
    coverage.setModelOutputs({{QStringLiteral("table"), model_output(QStringLiteral("table"), QStringLiteral("coverage"), QStringLiteral("OUTPUT"))}});
    model.addChildAlgorithm(coverage);
    model.updateDestinationParameters();

    QTemporaryDir dir;
    QgsProcessingContext context;
    context.setProject(QgsProject::instance());
    QgsProcessingFeedback feedback;
    bool ok = false;
    const QVariantMap results = model.run({{"tag:tagged", dir.filePath(QStringLiteral("tagged.gpkg"))}, {"coverage:table", "memory:"}},
                                          context, &feedback, &ok);
    ASSERT_TRUE(ok) << feedback.textLog().toStdString();
    auto* table = qobject_cast<QgsVectorLayer*>(QgsProcessingUtils::mapLayerFromString(results.value("coverage:table").toString(), context));
    ASSERT_NE(table, nullptr);
    const auto cli = run_cli_json({"report", "--format", "json"});
    QgsFeature f;
    bool found = false;
    for (QgsFeatureIterator it = table->getFeatures(); it.nextFeature(f);) {
        if (f.attribute("level").toString() != QLatin1String("district")) continue;
        found = true;
        EXPECT_EQ(f.attribute("buildings").toLongLong(), cli["district"]["buildings"].get<long long>());
        EXPECT_NEAR(f.attribute("floor_area_m2").toDouble(), cli["district"]["floor_area_m2"].get<double>(), 0.01);
    }
    EXPECT_TRUE(found);
}

}  // namespace
}  // namespace renozone::plugin::test

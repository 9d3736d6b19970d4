// The provider offers one algorithm per engine function, each usable from
// the toolbox, batch mode and the modeler (flags, typed parameters, outputs).
#include "algorithm_runner.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>

#include <gtest/gtest.h>

namespace renozone::plugin::test {
namespace {

const QgsProcessingAlgorithm* algorithm(const QString& id) {
    register_provider();
    return QgsApplication::processingRegistry()->algorithmById(QStringLiteral("renozone:") + id);
}

TEST(Provider, OffersOneAlgorithmPerEngineFunction) {
    register_provider();
    const QgsProcessingProvider* provider = QgsApplication::processingRegistry()->providerById(QStringLiteral("renozone"));
    ASSERT_NE(provider, nullptr);
    QStringList ids;
    for (const QgsProcessingAlgorithm* a : provider->algorithms()) ids << a->id();
    ids.sort();
    EXPECT_EQ(ids, (QStringList{"renozone:checksite", "renozone:coverage", "renozone:export", "renozone:gaps",
                                "renozone:suggestsites", "renozone:tag", "renozone:unitstats"}));
    EXPECT_FALSE(provider->icon().isNull());
}

TEST(Provider, EveryAlgorithmRunsInBatchAndCanBeCanceled) {
    for (const QString& id : {"tag", "coverage", "unitstats", "checksite", "gaps", "suggestsites", "export"}) {
        const QgsProcessingAlgorithm* a = algorithm(id);
        ASSERT_NE(a, nullptr) << id.toStdString();
        EXPECT_TRUE(a->flags() & QgsProcessingAlgorithm::FlagSupportsBatch) << id.toStdString();
        EXPECT_TRUE(a->flags() & QgsProcessingAlgorithm::FlagCanCancel) << id.toStdString();
        EXPECT_FALSE(a->flags() & QgsProcessingAlgorithm::FlagHideFromModeler) << id.toStdString();
        EXPECT_FALSE(a->shortHelpString().isEmpty()) << id.toStdString();
        const auto* data = a->parameterDefinition(QStringLiteral("DATA"));
        ASSERT_NE(data, nullptr) << id.toStdString();
        EXPECT_EQ(data->type(), QgsProcessingParameterFile::typeName());
        EXPECT_TRUE(data->flags() & QgsProcessingParameterDefinition::FlagOptional);
    }
}

TEST(Provider, ParametersHaveTheirProperTypes) {
    const auto* units = dynamic_cast<const QgsProcessingParameterFeatureSource*>(
        algorithm("unitstats")->parameterDefinition(QStringLiteral("INPUT")));
    ASSERT_NE(units, nullptr);
    EXPECT_EQ(units->dataTypes(), QList<int>{QgsProcessing::TypeVectorPolygon});
    const auto* sites = dynamic_cast<const QgsProcessingParameterFeatureSource*>(
        algorithm("checksite")->parameterDefinition(QStringLiteral("INPUT")));
    ASSERT_NE(sites, nullptr);
    EXPECT_EQ(sites->dataTypes(), (QList<int>{QgsProcessing::TypeVectorPoint, QgsProcessing::TypeVectorPolygon}));
    const auto* type = dynamic_cast<const QgsProcessingParameterEnum*>(algorithm("checksite")->parameterDefinition(QStringLiteral("TYPE")));
    ASSERT_NE(type, nullptr);
    EXPECT_GE(type->options().size(), 10);
    EXPECT_TRUE(type->options().join(' ').contains(QStringLiteral("(kindergarten)")));
    const auto* cost = dynamic_cast<const QgsProcessingParameterField*>(
        algorithm("unitstats")->parameterDefinition(QStringLiteral("PIPELINE_COST_FIELD")));
    ASSERT_NE(cost, nullptr);
    EXPECT_EQ(cost->dataType(), QgsProcessingParameterField::Numeric);
    EXPECT_EQ(cost->parentLayerParameterName(), QStringLiteral("INPUT"));
    const auto* format = dynamic_cast<const QgsProcessingParameterEnum*>(algorithm("export")->parameterDefinition(QStringLiteral("FORMAT")));
    ASSERT_NE(format, nullptr);
    EXPECT_EQ(format->options(), (QStringList{"text", "csv", "json", "markdown"}));
    EXPECT_NE(algorithm("tag")->outputDefinition(QStringLiteral("COMMUNITIES")), nullptr);
    EXPECT_NE(algorithm("coverage")->outputDefinition(QStringLiteral("FLOOR_AREA_PCT")), nullptr);
}

TEST(Provider, EngineErrorsBecomeProcessingErrorsNamingTheProblem) {
    auto run = run_algorithm(QStringLiteral("coverage"), {{"DATA", "/nowhere/missing.gpkg"}, {"OUTPUT", "memory:"}});
    EXPECT_FALSE(run.ok);
    EXPECT_TRUE(run.error.contains(QStringLiteral("missing.gpkg: no such file"))) << run.error.toStdString();
}

TEST(Provider, ACanceledRunStopsWithoutResults) {
    QgsProcessingFeedback feedback;
    feedback.cancel();
    auto run = run_algorithm(QStringLiteral("coverage"), {{"OUTPUT", "memory:"}}, &feedback);
    EXPECT_FALSE(run.ok);
    EXPECT_EQ(run.error, QStringLiteral("Canceled"));
    EXPECT_TRUE(run.results.isEmpty());
}

}  // namespace
}  // namespace renozone::plugin::test

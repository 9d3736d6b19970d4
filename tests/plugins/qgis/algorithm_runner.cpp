#include "algorithm_runner.h"

#include "renozone_provider.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsexception.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

namespace renozone::plugin::test {

void register_provider() {
    if (!QgsApplication::processingRegistry()->providerById(QStringLiteral("renozone")))
        QgsApplication::processingRegistry()->addProvider(new RenozoneProvider);
}

AlgorithmRun run_algorithm(const QString& id, const QVariantMap& parameters, QgsProcessingFeedback* feedback) {
    register_provider();
    AlgorithmRun run;
    const QgsProcessingAlgorithm* registered =
        QgsApplication::processingRegistry()->algorithmById(QStringLiteral("renozone:") + id);
    EXPECT_NE(registered, nullptr) << id.toStdString();
    if (!registered) return run;
    std::unique_ptr<QgsProcessingAlgorithm> algorithm(registered->create());
    run.context = std::make_unique<QgsProcessingContext>();
    run.context->setProject(QgsProject::instance());
    QgsProcessingFeedback own_feedback;
    if (!feedback) feedback = &own_feedback;
    QObject::connect(feedback, &QgsFeedback::progressChanged, [&run](double p) { run.last_progress = p; });
    try {
        run.results = algorithm->run(parameters, *run.context, feedback, &run.ok, QVariantMap(), false);
    } catch (const QgsProcessingException& e) {
        run.ok = false;
        run.error = e.what();
    }
    return run;
}

QgsVectorLayer* output_layer(AlgorithmRun& run, const QString& output) {
    return qobject_cast<QgsVectorLayer*>(
        QgsProcessingUtils::mapLayerFromString(run.results.value(output).toString(), *run.context));
}

}  // namespace renozone::plugin::test

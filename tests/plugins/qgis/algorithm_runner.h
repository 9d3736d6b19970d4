// Runs a renozone Processing algorithm as the toolbox does: by id from the
// registry, with a context on the current project and a feedback that
// records progress.
#pragma once

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>

#include <QVariantMap>

#include <memory>

class QgsVectorLayer;

namespace renozone::plugin::test {

struct AlgorithmRun {
    QVariantMap results;
    bool ok = false;
    QString error;  // the QgsProcessingException's message when !ok
    double last_progress = -1;
    std::unique_ptr<QgsProcessingContext> context;
};

// Registers the renozone provider once (idempotent).
void register_provider();

// `id` without the "renozone:" prefix. The feedback may be given (to cancel it).
AlgorithmRun run_algorithm(const QString& id, const QVariantMap& parameters, QgsProcessingFeedback* feedback = nullptr);

// A sink output of a run as a layer (from the run's context or by its path).
QgsVectorLayer* output_layer(AlgorithmRun& run, const QString& output);

}  // namespace renozone::plugin::test

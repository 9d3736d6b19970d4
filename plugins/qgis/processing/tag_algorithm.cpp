#include "tag_algorithm.h"

#include "core/output/tagged_output.h"
#include "engine_text.h"
#include "project_layers.h"

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsvectorlayer.h>

namespace renozone::plugin {
namespace {

// Processing opens output layers without their default style; the one saved
// in the GeoPackage is applied on the main thread once the layer is loaded.
class LoadSavedStyle : public QgsProcessingLayerPostProcessorInterface {
public:
    void postProcessLayer(QgsMapLayer* layer, QgsProcessingContext&, QgsProcessingFeedback*) override {
        bool ok = false;
        if (auto* vector = qobject_cast<QgsVectorLayer*>(layer)) vector->loadDefaultStyle(ok);
    }
};

}  // namespace

QString TagAlgorithm::displayName() const { return tr("Tag planned communities and buildings"); }

QString TagAlgorithm::shortHelpString() const {
    return tr("Tags the communities the plan names and the buildings in its scope (residential, built before 2000, "
              "in a town, in a planned community) with phase, eligibility, lifts, subsidy, D grade and heritage, and "
              "writes them with the plan, the coverage table, repairs and discrepancies to a GeoPackage that opens "
              "styled in QGIS — the same file as `renozone tag`.");
}

void TagAlgorithm::initAlgorithm(const QVariantMap&) {
    add_data_parameter();
    addParameter(new QgsProcessingParameterFileDestination(QStringLiteral("OUTPUT"), tr("Tagged GeoPackage"),
                                                           tr("GeoPackage (*.gpkg)")));
    addOutput(new QgsProcessingOutputVectorLayer(QStringLiteral("COMMUNITIES"), tr("Communities"), QgsProcessing::TypeVectorPolygon));
    addOutput(new QgsProcessingOutputVectorLayer(QStringLiteral("BUILDINGS"), tr("Buildings"), QgsProcessing::TypeVectorPolygon));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("PLANNED_COMMUNITIES"), tr("Planned communities")));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("BUILDINGS_IN_PLAN"), tr("Buildings in the plan's scope")));
}

QVariantMap TagAlgorithm::run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) {
    const QString output = parameterAsFileOutput(parameters, QStringLiteral("OUTPUT"), context);
    auto loaded = load_district(parameters, context, feedback, 60);
    const District& district = loaded->district();
    FeedbackProgress progress(feedback, 60, 100);
    OutputOptions options;
    options.overwrite = true;  // a Processing destination is replaced; the dialog has asked
    write_tagged_geopackage(ss(output), district.data(), district.analysis(), loaded->inputs(), options, progress.fn());

    QVariantMap results;
    results.insert(QStringLiteral("OUTPUT"), output);
    for (const auto& [key, name] : {std::pair{"COMMUNITIES", "communities"}, std::pair{"BUILDINGS", "buildings"}}) {
        const QString uri = layer_uri(output, QString::fromLatin1(name));
        results.insert(QString::fromLatin1(key), uri);
        QgsProcessingContext::LayerDetails details(QString::fromLatin1(name), context.project(), QString::fromLatin1(key));
        details.setPostProcessor(new LoadSavedStyle);
        context.addLayerToLoadOnCompletion(uri, details);
    }
    const auto& figures = district.analysis().coverage.district.figures;
    results.insert(QStringLiteral("PLANNED_COMMUNITIES"), static_cast<qlonglong>(figures.communities));
    results.insert(QStringLiteral("BUILDINGS_IN_PLAN"), static_cast<qlonglong>(figures.buildings));
    return results;
}

}  // namespace renozone::plugin

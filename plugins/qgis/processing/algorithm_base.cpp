#include "algorithm_base.h"

#include "core/base/errors.h"
#include "engine_text.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsvectorlayer.h>

namespace renozone::plugin {

QIcon RenozoneAlgorithm::icon() const { return QIcon(svgIconPath()); }
QString RenozoneAlgorithm::svgIconPath() const { return QStringLiteral(":/renozone/icons/renozone.svg"); }

QgsFeatureSink* RenozoneAlgorithm::sink_keeping_aliases(const QVariantMap& parameters, const QString& name,
                                                         QgsProcessingContext& context, QString& destination,
                                                         const QgsFields& fields, QgsWkbTypes::Type geometry,
                                                         const QgsCoordinateReferenceSystem& crs) const {
    QgsFeatureSink* sink = parameterAsSink(parameters, name, context, destination, fields, geometry, crs);
    // A memory layer is made from the fields' names and types alone; a file output keeps no aliases anyway.
    if (auto* layer = qobject_cast<QgsVectorLayer*>(context.temporaryLayerStore()->mapLayer(destination)))
        for (int i = 0; i < fields.count(); ++i)
            if (!fields.at(i).alias().isEmpty()) layer->setFieldAlias(layer->fields().indexOf(fields.at(i).name()), fields.at(i).alias());
    return sink;
}

QString RenozoneAlgorithm::group_coverage() { return tr("Plan coverage"); }
QString RenozoneAlgorithm::group_planning() { return tr("Planning tools"); }

void RenozoneAlgorithm::add_data_parameter() {
    addParameter(new QgsProcessingParameterFile(
        data_parameter, tr("Data (GeoPackage with communities, buildings, plan …; empty: the embedded Wulong data)"),
        QgsProcessingParameterFile::File, QString(), QVariant(), true, tr("GeoPackage (*.gpkg);;All files (*)")));
}

std::unique_ptr<LoadedDistrict> RenozoneAlgorithm::load_district(const QVariantMap& parameters, QgsProcessingContext& context,
                                                                 QgsProcessingFeedback* feedback, double until) const {
    const QString source = parameterAsFile(parameters, data_parameter, context);
    feedback->pushInfo(tr("Reading %1").arg(source.isEmpty() ? tr("the embedded Wulong data") : source));
    FeedbackProgress progress(feedback, 0, until);
    auto loaded = std::make_unique<LoadedDistrict>(source, OpenPolicy{}, progress.fn());
    feedback->pushInfo(loaded->summary());
    return loaded;
}

QVariantMap RenozoneAlgorithm::processAlgorithm(const QVariantMap& parameters, QgsProcessingContext& context,
                                                QgsProcessingFeedback* feedback) {
    QgsProcessingFeedback fallback;
    if (!feedback) feedback = &fallback;
    try {
        return run(parameters, context, feedback);
    } catch (const Canceled&) {
        throw QgsProcessingException(tr("Canceled"));
    } catch (const std::exception& e) {
        throw QgsProcessingException(error_text(e));
    }
}

}  // namespace renozone::plugin

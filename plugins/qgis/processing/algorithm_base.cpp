#include "algorithm_base.h"

#include "core/base/errors.h"
#include "engine_text.h"
#include "project_layers.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsvectorlayer.h>

#include <QRegularExpression>

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
    const QString vector_files = vector_file_filter();
    auto advanced = [this](QgsProcessingParameterDefinition* parameter) {
        parameter->setFlags(parameter->flags() | QgsProcessingParameterDefinition::FlagAdvanced);
        addParameter(parameter);
    };
    advanced(new QgsProcessingParameterFile(communities_parameter, tr("Communities from a file of their own (instead of DATA's)"),
                                            QgsProcessingParameterFile::File, QString(), QVariant(), true, vector_files));
    advanced(new QgsProcessingParameterFile(buildings_parameter, tr("Buildings from a file of their own (instead of DATA's)"),
                                            QgsProcessingParameterFile::File, QString(), QVariant(), true, vector_files));
    advanced(new QgsProcessingParameterString(fields_parameter, tr("Field mapping, one a line: buildings.id=osm_id"), QVariant(), true, true));
    advanced(new QgsProcessingParameterString(defaults_parameter, tr("Values to assume where a building has none, one a line: buildings.floors=1"),
                                              QVariant(), true, true));
    advanced(new QgsProcessingParameterCrs(source_crs_parameter, tr("CRS of a file without one (a DXF drawing)"), QVariant(), true));
}

widgets::SessionSource RenozoneAlgorithm::data_source(const QVariantMap& parameters, QgsProcessingContext& context) const {
    auto lines = [&](const char* name) {
        QStringList out;
        for (const QString& line : parameterAsString(parameters, name, context).split(QRegularExpression(QStringLiteral("[\\n;]"))))
            if (!line.trimmed().isEmpty()) out << line.trimmed();
        return out;
    };
    widgets::SessionSource source = widgets::SessionSource::of_path(parameterAsFile(parameters, data_parameter, context));
    source.communities = parameterAsFile(parameters, communities_parameter, context);
    source.buildings = parameterAsFile(parameters, buildings_parameter, context);
    source.fields = lines(fields_parameter);
    source.defaults = lines(defaults_parameter);
    const QgsCoordinateReferenceSystem crs = parameterAsCrs(parameters, source_crs_parameter, context);
    source.communities_crs = source.buildings_crs = crs.isValid() ? crs.authid() : QString();
    if (source.half_given())
        throw QgsProcessingException(tr("Give the communities' file and the buildings' file together, or DATA holding the other"));
    return source;
}

std::unique_ptr<LoadedDistrict> RenozoneAlgorithm::load_district(const QVariantMap& parameters, QgsProcessingContext& context,
                                                                 QgsProcessingFeedback* feedback, double until) const {
    const widgets::SessionSource source = data_source(parameters, context);
    feedback->pushInfo(tr("Reading %1").arg(source.shown().isEmpty() ? tr("the embedded Wulong data") : source.shown()));
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

#include "coverage_algorithm.h"

#include "column_fields.h"
#include "core/analysis/tagged_columns.h"
#include "geometry_bridge.h"

#include <qgsfeaturesink.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

namespace renozone::plugin {

QString CoverageAlgorithm::displayName() const { return tr("Coverage against the plan's targets"); }

QString CoverageAlgorithm::shortHelpString() const {
    return tr("For the district, each street and each community: planned communities, buildings, floor area, "
              "households, people, lifts and lift subsidy of the buildings in the plan's scope, each beside the plan's "
              "target, with the share of the floor-area target reached. The same rows as `renozone report`.");
}

void CoverageAlgorithm::initAlgorithm(const QVariantMap&) {
    add_data_parameter();
    addParameter(new QgsProcessingParameterFeatureSink(QStringLiteral("OUTPUT"), tr("Coverage table"), QgsProcessing::TypeVector));
    addParameter(new QgsProcessingParameterFeatureSink(QStringLiteral("COMMUNITY_MAP"), tr("Coverage per community (map)"),
                                                       QgsProcessing::TypeVectorPolygon, QVariant(), true, false));
    for (const auto& [key, label] : {std::pair{"COMMUNITIES", QT_TR_NOOP("Planned communities")},
                                     std::pair{"BUILDINGS", QT_TR_NOOP("Buildings in the plan's scope")},
                                     std::pair{"FLOOR_AREA_M2", QT_TR_NOOP("Floor area (m²)")},
                                     std::pair{"HOUSEHOLDS", QT_TR_NOOP("Households")},
                                     std::pair{"PEOPLE", QT_TR_NOOP("People")},
                                     std::pair{"FLOOR_AREA_PCT", QT_TR_NOOP("Floor-area target reached (%)")}})
        addOutput(new QgsProcessingOutputNumber(QString::fromLatin1(key), tr(label)));
}

QVariantMap CoverageAlgorithm::run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) {
    auto loaded = load_district(parameters, context, feedback, 80);
    const District& district = loaded->district();
    const Coverage& coverage = district.analysis().coverage;
    const QgsFields fields = fields_of(coverage_columns());

    QString table_id;
    std::unique_ptr<QgsFeatureSink> table(sink_keeping_aliases(parameters, QStringLiteral("OUTPUT"), context, table_id, fields,
                                                          QgsWkbTypes::NoGeometry, QgsCoordinateReferenceSystem()));
    if (!table) throw QgsProcessingException(invalidSinkError(parameters, QStringLiteral("OUTPUT")));
    QString map_id;
    std::unique_ptr<QgsFeatureSink> map(sink_keeping_aliases(parameters, QStringLiteral("COMMUNITY_MAP"), context, map_id, fields,
                                                        QgsWkbTypes::MultiPolygon, loaded->working_crs()));

    std::vector<const CoverageRow*> rows{&coverage.district};
    for (const auto& row : coverage.streets) rows.push_back(&row);
    for (const auto& row : coverage.communities) rows.push_back(&row);
    FeedbackProgress progress(feedback, 80, 100);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        progress.step(static_cast<long long>(i), static_cast<long long>(rows.size()));
        QgsFeature feature(fields);
        feature.setAttributes(attributes_of(coverage_columns(), *rows[i]));
        if (!table->addFeature(feature, QgsFeatureSink::FastInsert))
            throw QgsProcessingException(writeFeatureError(table.get(), parameters, QStringLiteral("OUTPUT")));
    }
    if (map) {
        const auto& communities = district.data().communities;
        for (std::size_t i = 0; i < communities.size(); ++i) {
            QgsFeature feature(fields);
            feature.setAttributes(attributes_of(coverage_columns(), coverage.communities[i]));
            QgsGeometry polygon = to_qgis(district, communities[i].geom.get());
            polygon.convertToMultiType();
            feature.setGeometry(polygon);
            if (!map->addFeature(feature, QgsFeatureSink::FastInsert))
                throw QgsProcessingException(writeFeatureError(map.get(), parameters, QStringLiteral("COMMUNITY_MAP")));
        }
    }

    const auto& f = coverage.district.figures;
    QVariantMap results;
    results.insert(QStringLiteral("OUTPUT"), table_id);
    if (map) results.insert(QStringLiteral("COMMUNITY_MAP"), map_id);
    results.insert(QStringLiteral("COMMUNITIES"), static_cast<qlonglong>(f.communities));
    results.insert(QStringLiteral("BUILDINGS"), static_cast<qlonglong>(f.buildings));
    results.insert(QStringLiteral("FLOOR_AREA_M2"), f.floor_area_m2);
    results.insert(QStringLiteral("HOUSEHOLDS"), static_cast<qlonglong>(f.households));
    results.insert(QStringLiteral("PEOPLE"), f.people);
    const auto pct = percent(f.floor_area_m2, coverage.district.targets.floor_area_m2);
    results.insert(QStringLiteral("FLOOR_AREA_PCT"), pct ? QVariant(*pct) : QVariant());
    return results;
}

}  // namespace renozone::plugin

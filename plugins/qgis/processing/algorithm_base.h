// What every renozone Processing algorithm shares: the DATA parameter (a
// GeoPackage with the canonical layers, or the embedded Wulong data) and the
// advanced ones for files of one's own (COMMUNITIES_FILE, BUILDINGS_FILE, FIELDS,
// DEFAULTS, SOURCE_CRS: the CLI's --communities, --field, --default …), loading
// the district with progress and cancellation, and the engine's errors turned
// into QgsProcessingException once, here.
#pragma once

#include "feedback_progress.h"
#include "loaded_district.h"

#include <qgsprocessingalgorithm.h>

#include <QCoreApplication>

#include <memory>

namespace renozone::plugin {

class RenozoneAlgorithm : public QgsProcessingAlgorithm {
    Q_DECLARE_TR_FUNCTIONS(RenozoneAlgorithm)

public:
    QIcon icon() const override;
    QString svgIconPath() const override;

protected:
    static constexpr const char* data_parameter = "DATA";
    static constexpr const char* communities_parameter = "COMMUNITIES_FILE";
    static constexpr const char* buildings_parameter = "BUILDINGS_FILE";
    static constexpr const char* fields_parameter = "FIELDS";
    static constexpr const char* defaults_parameter = "DEFAULTS";
    static constexpr const char* source_crs_parameter = "SOURCE_CRS";
    void add_data_parameter();
    // What DATA and the own-file parameters name together.
    widgets::SessionSource data_source(const QVariantMap& parameters, QgsProcessingContext& context) const;
    // Loads and analyses DATA; engine progress fills the bar up to `until` percent.
    std::unique_ptr<LoadedDistrict> load_district(const QVariantMap& parameters, QgsProcessingContext& context,
                                                  QgsProcessingFeedback* feedback, double until) const;

    // The algorithm's work; may throw renozone::Error, Canceled or QgsProcessingException.
    virtual QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) = 0;

    // parameterAsSink, and the fields' aliases (with_chinese_aliases) kept on a
    // temporary output layer, which QGIS would otherwise create without them.
    QgsFeatureSink* sink_keeping_aliases(const QVariantMap& parameters, const QString& name, QgsProcessingContext& context,
                                         QString& destination, const QgsFields& fields, QgsWkbTypes::Type geometry,
                                         const QgsCoordinateReferenceSystem& crs) const;

    static QString group_coverage();
    static QString group_planning();

private:
    QVariantMap processAlgorithm(const QVariantMap& parameters, QgsProcessingContext& context,
                                 QgsProcessingFeedback* feedback) final;
};

}  // namespace renozone::plugin

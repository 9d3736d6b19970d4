// renozone:unitstats — each polygon of a layer as an implementation unit
// (实施单元): the figures of `renozone unit` appended to its attributes; the
// units can also be saved into a project GeoPackage.
#pragma once

#include "algorithm_base.h"

namespace renozone::plugin {

class UnitStatsAlgorithm : public RenozoneAlgorithm {
    Q_DECLARE_TR_FUNCTIONS(UnitStatsAlgorithm)

public:
    QString name() const override { return QStringLiteral("unitstats"); }
    QString displayName() const override;
    QString group() const override { return group_planning(); }
    QString groupId() const override { return QStringLiteral("planning"); }
    QString shortHelpString() const override;
    UnitStatsAlgorithm* createInstance() const override { return new UnitStatsAlgorithm(); }
    void initAlgorithm(const QVariantMap& configuration = QVariantMap()) override;

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) override;
};

}  // namespace renozone::plugin

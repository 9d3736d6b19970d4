// renozone:coverage — the plan's targets beside the computed figures, one row
// per district, street and community (the rows of `renozone report`), as a
// table; optionally the community rows on their polygons, for a map.
#pragma once

#include "algorithm_base.h"

namespace renozone::plugin {

class CoverageAlgorithm : public RenozoneAlgorithm {
    Q_DECLARE_TR_FUNCTIONS(CoverageAlgorithm)

public:
    QString name() const override { return QStringLiteral("coverage"); }
    QString displayName() const override;
    QString group() const override { return group_coverage(); }
    QString groupId() const override { return QStringLiteral("coverage"); }
    QString shortHelpString() const override;
    CoverageAlgorithm* createInstance() const override { return new CoverageAlgorithm(); }
    void initAlgorithm(const QVariantMap& configuration = QVariantMap()) override;

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) override;
};

}  // namespace renozone::plugin

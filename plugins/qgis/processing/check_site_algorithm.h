// renozone:checksite — each candidate site (point or polygon) of a layer
// checked against the site rules for one facility type, as `renozone
// check-site` does: verdict, households served and every rule's outcome.
#pragma once

#include "algorithm_base.h"

namespace renozone::plugin {

class CheckSiteAlgorithm : public RenozoneAlgorithm {
    Q_DECLARE_TR_FUNCTIONS(CheckSiteAlgorithm)

public:
    QString name() const override { return QStringLiteral("checksite"); }
    QString displayName() const override;
    QString group() const override { return group_planning(); }
    QString groupId() const override { return QStringLiteral("planning"); }
    QString shortHelpString() const override;
    CheckSiteAlgorithm* createInstance() const override { return new CheckSiteAlgorithm(); }
    void initAlgorithm(const QVariantMap& configuration = QVariantMap()) override;

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) override;
};

}  // namespace renozone::plugin

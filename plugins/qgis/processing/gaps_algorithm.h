// renozone:gaps — who the existing facilities of a type leave out, as
// `renozone gaps --type TYPE` measures it: each community with its coverage
// rate and status, and the household buildings outside every service radius.
#pragma once

#include "algorithm_base.h"

namespace renozone::plugin {

class GapsAlgorithm : public RenozoneAlgorithm {
    Q_DECLARE_TR_FUNCTIONS(GapsAlgorithm)

public:
    QString name() const override { return QStringLiteral("gaps"); }
    QString displayName() const override;
    QString group() const override { return group_planning(); }
    QString groupId() const override { return QStringLiteral("planning"); }
    QString shortHelpString() const override;
    GapsAlgorithm* createInstance() const override { return new GapsAlgorithm(); }
    void initAlgorithm(const QVariantMap& configuration = QVariantMap()) override;

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) override;
};

}  // namespace renozone::plugin

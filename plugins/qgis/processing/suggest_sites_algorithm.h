// renozone:suggestsites — where k new facilities of a type cover most of the
// households the existing ones leave out (maximal covering, greedy or exact
// with GLPK), among the planner's candidate sites or a grid over open land;
// as `renozone suggest-sites`.
#pragma once

#include "algorithm_base.h"

namespace renozone::plugin {

class SuggestSitesAlgorithm : public RenozoneAlgorithm {
    Q_DECLARE_TR_FUNCTIONS(SuggestSitesAlgorithm)

public:
    QString name() const override { return QStringLiteral("suggestsites"); }
    QString displayName() const override;
    QString group() const override { return group_planning(); }
    QString groupId() const override { return QStringLiteral("planning"); }
    QString shortHelpString() const override;
    SuggestSitesAlgorithm* createInstance() const override { return new SuggestSitesAlgorithm(); }
    void initAlgorithm(const QVariantMap& configuration = QVariantMap()) override;

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) override;
};

}  // namespace renozone::plugin

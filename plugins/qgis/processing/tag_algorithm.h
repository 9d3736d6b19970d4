// renozone:tag — the planned communities and the buildings in the plan's
// scope, written as a styled GeoPackage (what `renozone tag` writes); its
// communities and buildings layers are loaded into the project.
#pragma once

#include "algorithm_base.h"

namespace renozone::plugin {

class TagAlgorithm : public RenozoneAlgorithm {
    Q_DECLARE_TR_FUNCTIONS(TagAlgorithm)

public:
    QString name() const override { return QStringLiteral("tag"); }
    QString displayName() const override;
    QString group() const override { return group_coverage(); }
    QString groupId() const override { return QStringLiteral("coverage"); }
    QString shortHelpString() const override;
    TagAlgorithm* createInstance() const override { return new TagAlgorithm(); }
    void initAlgorithm(const QVariantMap& configuration = QVariantMap()) override;

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) override;
};

}  // namespace renozone::plugin

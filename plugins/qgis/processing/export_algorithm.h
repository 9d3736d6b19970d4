// renozone:export — the coverage report as a file, in the formats of
// `renozone report` (text, CSV, JSON contract, Markdown), byte for byte.
#pragma once

#include "algorithm_base.h"

namespace renozone::plugin {

class ExportAlgorithm : public RenozoneAlgorithm {
    Q_DECLARE_TR_FUNCTIONS(ExportAlgorithm)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString displayName() const override;
    QString group() const override { return group_coverage(); }
    QString groupId() const override { return QStringLiteral("coverage"); }
    QString shortHelpString() const override;
    ExportAlgorithm* createInstance() const override { return new ExportAlgorithm(); }
    void initAlgorithm(const QVariantMap& configuration = QVariantMap()) override;

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) override;
};

}  // namespace renozone::plugin

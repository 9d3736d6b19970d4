// The Processing provider "renozone": one algorithm per engine function.
#pragma once

#include <qgsprocessingprovider.h>

namespace renozone::plugin {

class RenozoneProvider : public QgsProcessingProvider {
    Q_OBJECT

public:
    explicit RenozoneProvider(QObject* parent = nullptr);
    QString id() const override { return QStringLiteral("renozone"); }
    QString name() const override;
    QString longName() const override;
    QIcon icon() const override;
    QString svgIconPath() const override;
    QString helpId() const override { return QStringLiteral("renozone"); }

protected:
    void loadAlgorithms() override;
};

}  // namespace renozone::plugin

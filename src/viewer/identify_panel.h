// The attributes of the feature clicked with the identify tool.
#pragma once

#include <QVariantMap>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace renozone::viewer {

struct MapLayer;

class IdentifyPanel : public QWidget {
    Q_OBJECT
public:
    explicit IdentifyPanel(QWidget* parent = nullptr);
    void show_feature(const MapLayer& layer, int feature);
    void show_nothing();
    // The displayed value of a field ("" when absent), for tests.
    QString value_text(const QString& field) const;

private:
    QLabel* title_;
    QTreeWidget* tree_;
};

}  // namespace renozone::viewer

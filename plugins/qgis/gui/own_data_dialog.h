// "Open your own data…": communities and buildings from files a planner holds
// (an OpenStreetMap extract, a survey Shapefile, a CASS DXF drawing), which of
// their fields stand for renozone's (each left to the usual names unless
// chosen), values to assume where a building has none, the CRS of a file that
// has none, and the GeoPackage they are tagged into. What it returns is what
// the CLI's --communities, --buildings, --field and --default say.
#pragma once

#include "session_source.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QgsFileWidget;
class QgsProjectionSelectionWidget;

namespace renozone::plugin {

class OwnDataDialog : public QDialog {
    Q_OBJECT

public:
    explicit OwnDataDialog(const QString& folder, QWidget* parent = nullptr);

    widgets::SessionSource source() const;
    QString output() const;

public slots:
    void accept() override;

private:
    struct LayerForm {
        QgsFileWidget* file = nullptr;
        QLineEdit* layer = nullptr;
        QGroupBox* fields_box = nullptr;
        QLabel* note = nullptr;
        QMap<QString, QComboBox*> fields;  // canonical field → its source field ("" = the usual names)
    };

    QWidget* make_layer_form(const QString& kind, LayerForm& form);
    QWidget* make_defaults_form();
    void list_fields(const QString& kind);
    void suggest_output();

    QMap<QString, LayerForm> forms_;  // communities, buildings
    QMap<QString, QLineEdit*> defaults_;
    QgsProjectionSelectionWidget* crs_ = nullptr;
    QgsFileWidget* output_ = nullptr;
    QString suggested_output_;
};

}  // namespace renozone::plugin

// The implementation unit (实施单元) panel: the live figures of the unit being
// drawn (the engine's evaluate_unit on every mouse move), its attributes, and
// saving it into the project GeoPackage once the shape is finished.
#pragma once

#include "core/planning/project_store.h"
#include "core/planning/unit_evaluation.h"

#include <qgsgeometry.h>

#include <QMap>
#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QgsMapCanvas;

namespace renozone::widgets {
class FundingTable;
}

namespace renozone::plugin {

class Session;

class UnitPanel : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString lastUnitJson READ last_unit_json)
    Q_PROPERTY(QString currentUnitWkt READ current_unit_wkt)
    Q_PROPERTY(qlonglong lastSavedUnitId READ last_saved_unit_id)

public:
    UnitPanel(Session* session, QgsMapCanvas* canvas, QWidget* parent = nullptr);
    ~UnitPanel() override;

    QString last_unit_json() const { return last_json_; }
    QString current_unit_wkt() const;  // working CRS, as `renozone unit --wkt` takes it
    qlonglong last_saved_unit_id() const { return last_saved_id_; }

public slots:
    // Canvas CRS. While the shape is drawn its figures are shown, but only a
    // finished shape can be saved: the live one has a vertex under the mouse.
    void evaluate(const QgsGeometry& polygon);
    void evaluate_finished(const QgsGeometry& polygon);
    void clear();
    bool save();

private slots:
    void reevaluate();
    void reload_stored_units();

private:
    void build_form();
    void evaluate_shape(const QgsGeometry& polygon, bool finished);
    UnitMoney money(QString* problem) const;
    UnitAttributes attributes() const;
    void show(const UnitEvaluation& e);
    void show_problem(const QString& text);

    Session* session_;
    QgsMapCanvas* canvas_;
    QgsGeometry drawn_;  // canvas CRS
    bool finished_ = false;
    GeomPtr unit_;       // working CRS, bound to the district's GEOS context
    std::optional<UnitEvaluation> evaluation_;
    std::vector<StoredUnit> stored_;
    QString last_json_;
    qlonglong last_saved_id_ = -1;

    QMap<QString, QLabel*> figures_;
    QLabel* communities_ = nullptr;
    QLabel* warnings_ = nullptr;
    QLineEdit* name_ = nullptr;
    QComboBox* phase_ = nullptr;
    QSpinBox* year_ = nullptr;
    QComboBox* path_ = nullptr;
    QComboBox* lead_ = nullptr;
    QLineEdit* body_ = nullptr;
    QDoubleSpinBox* budget_ = nullptr;
    QDoubleSpinBox* pipeline_cost_ = nullptr;
    widgets::FundingTable* funding_ = nullptr;
    QPushButton* save_ = nullptr;
};

}  // namespace renozone::plugin

// The side panel of the unit tool: the core's evaluation of the unit being
// drawn (updated while the cursor moves), undo/redo, and saving.
#pragma once

#include "unit_sketch.h"

#include "core/planning/unit_evaluation.h"

#include <QPolygonF>
#include <QTimer>
#include <QWidget>

#include <optional>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace renozone::widgets {
class FundingTable;
}

namespace renozone::viewer {

class ViewerSession;

class UnitPanel : public QWidget {
    Q_OBJECT
public:
    UnitPanel(UnitSketch* sketch, QWidget* parent = nullptr);

    void set_session(ViewerSession* session);
    // The latest evaluation, for the save and for tests; empty while the ring is unusable.
    const std::optional<UnitEvaluation>& evaluation() const { return evaluation_; }
    const QPolygonF& evaluated_ring() const { return evaluated_ring_; }
    UnitMoney money() const;
    widgets::FundingTable* funding_table() const { return funding_; }
    // The text shown for a figure (unit_json's key names), "" when not shown.
    QString figure_text(const QString& key) const;
    QString status_text() const;

public slots:
    // Evaluates on the next turn of the event loop (mouse moves coalesce).
    void ring_changed(const QPolygonF& ring);
    void evaluate_now();

signals:
    void save_requested();

private:
    void show_evaluation();
    void update_buttons();

    UnitSketch* sketch_;
    ViewerSession* session_ = nullptr;
    QPolygonF pending_ring_, evaluated_ring_;
    std::optional<UnitEvaluation> evaluation_;
    QTimer coalesce_;

    QLabel* status_;
    QLabel* communities_;
    QLabel* warnings_;
    QTableWidget* figures_;
    QDoubleSpinBox* pipeline_cost_;
    widgets::FundingTable* funding_;
    QPushButton* undo_;
    QPushButton* redo_;
    QPushButton* restart_;
    QPushButton* save_;
};

}  // namespace renozone::viewer

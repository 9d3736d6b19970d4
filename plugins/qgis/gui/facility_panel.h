// Facility gaps and optimal siting in the dock: for a facility type, the
// communities coloured by how well the existing facilities reach them and
// the households they miss (the engine's facility_gaps); then where COUNT new
// facilities would reach most of those households (suggest_sites over a grid
// of open land). Results are temporary layers in the renozone group.
#pragma once

#include "core/planning/site_selection.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace renozone::plugin {

class Session;
struct GapsShown;

class FacilityPanel : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString lastGapsJson READ last_gaps_json)
    Q_PROPERTY(QString lastSelectionJson READ last_selection_json)

public:
    explicit FacilityPanel(Session* session, QWidget* parent = nullptr);

    QString last_gaps_json() const { return last_gaps_json_; }
    QString last_selection_json() const { return last_selection_json_; }

public slots:
    // Start the work as a QGIS task (false when it cannot start); the layers
    // and the summary follow when it ends.
    bool show_gaps();
    bool suggest_sites();

private slots:
    void fill_types();

private:
    std::string type() const;
    template <typename Result, typename Compute, typename Show>
    bool start(const QString& description, const QString& working, QLabel* summary, QString& json, Compute compute, Show show);
    void show_gaps_result(GapsShown& shown);
    void show_selection_result(const SiteSelection& selection);

    Session* session_;
    QComboBox* type_;
    QCheckBox* euclidean_;
    QLabel* gaps_summary_;
    QSpinBox* count_;
    QDoubleSpinBox* spacing_;
    QLabel* selection_summary_;
    QString last_gaps_json_;
    QString last_selection_json_;
};

}  // namespace renozone::plugin

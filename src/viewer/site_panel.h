// The site check panel: choose a facility type, click a site on the map, and
// read the core's verdict, each rule with its value, threshold and clause,
// and the households the site serves; record the check in the project; or
// show the type's facility gaps.
#pragma once

#include "core/planning/site_check.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace renozone::viewer {

class ViewerSession;

class SitePanel : public QWidget {
    Q_OBJECT
public:
    explicit SitePanel(QWidget* parent = nullptr);

    void set_session(ViewerSession* session);
    std::string facility_type() const;
    bool set_facility_type(const std::string& type);
    SiteOptions options() const;

    // Runs the core's check of a point site; the result or the problem is shown.
    void check_at(QPointF map_point);
    const std::optional<SiteCheck>& result() const { return result_; }
    QString verdict_text() const;
    int rule_rows() const;
    void show_gaps_summary(const QString& text);  // "" hides it
    QString gaps_summary() const;
    // Records the check shown in the session's project; "" or the problem.
    QString record();
    // A cell of the rules table, for tests.
    QString rule_cell(int row, int column) const;

signals:
    void result_changed();
    void record_requested();
    void gaps_requested(const std::string& facility_type);
    void gaps_cleared();

private:
    void show_result();

    ViewerSession* session_ = nullptr;
    std::optional<SiteCheck> result_;
    QPointF site_;  // map coordinates of the checked site
    QComboBox* type_;
    QCheckBox* reuse_building_;
    QCheckBox* network_;
    QLabel* verdict_;
    QLabel* summary_;
    QTableWidget* rules_;
    QPushButton* record_;
    QPushButton* gaps_;
    QPushButton* clear_gaps_;
    QLabel* gaps_summary_;
};

}  // namespace renozone::viewer

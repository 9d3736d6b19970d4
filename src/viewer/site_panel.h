// The site check panel: choose a facility type, click a site on the map, and
// read the core's verdict, each rule with its value, threshold and clause,
// and the households the site serves; or show the type's facility gaps.
#pragma once

#include "site_check.h"

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

signals:
    void result_changed();
    void gaps_requested(const std::string& facility_type);
    void gaps_cleared();

private:
    void show_result();

    ViewerSession* session_ = nullptr;
    std::optional<SiteCheck> result_;
    QComboBox* type_;
    QCheckBox* reuse_building_;
    QCheckBox* network_;
    QLabel* verdict_;
    QLabel* summary_;
    QTableWidget* rules_;
    QPushButton* gaps_;
    QPushButton* clear_gaps_;
    QLabel* gaps_summary_;
};

}  // namespace renozone::viewer

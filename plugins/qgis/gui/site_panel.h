// The site check panel: a facility type, then a click on the map checks a
// site there against the site rules (the engine's SiteChecker): the verdict,
// each rule with its value, threshold and clause, the households served
// (highlighted on the buildings layer) and recording the check in the project.
#pragma once

#include "core/planning/site_check.h"

#include <qgspointxy.h>

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QgsMapCanvas;
class QgsRubberBand;
class QgsVertexMarker;

namespace renozone::plugin {

class Session;

class SitePanel : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString lastSiteJson READ last_site_json)

public:
    SitePanel(Session* session, QgsMapCanvas* canvas, QWidget* parent = nullptr);
    ~SitePanel() override;

    QString last_site_json() const { return last_json_; }

public slots:
    void check_at(const QgsPointXY& point);  // canvas CRS
    bool record();
    void clear();

private slots:
    void fill_types();
    void recheck();

private:
    void show(const SiteCheck& check);
    void highlight(const SiteCheck& check);

    Session* session_;
    QgsMapCanvas* canvas_;
    QComboBox* type_;
    QCheckBox* reuse_;
    QCheckBox* euclidean_;
    QLabel* verdict_;
    QLabel* served_;
    QTreeWidget* rules_;
    QPushButton* record_;
    std::optional<QgsPointXY> clicked_;
    std::optional<SiteCheck> check_;
    GeomPtr site_;  // working CRS, bound to the district's GEOS context
    QString last_json_;
    std::unique_ptr<QgsRubberBand> radius_band_;
    std::unique_ptr<QgsVertexMarker> marker_;
};

}  // namespace renozone::plugin

#include "site_panel.h"

#include "core/report/site_report.h"
#include "core/vocabulary/site_rule_words.h"
#include "engine_text.h"
#include "facility_type_box.h"
#include "figure_format.h"
#include "geometry_bridge.h"
#include "planning_form.h"
#include "session.h"

#include <qgsexpression.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrubberband.h>
#include <qgsvectorlayer.h>
#include <qgsvertexmarker.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace renozone::plugin {

SitePanel::SitePanel(Session* session, QgsMapCanvas* canvas, QWidget* parent)
    : QWidget(parent), session_(session), canvas_(canvas) {
    auto* outer = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Choose the facility type, then click the site on the map with the site tool."), this);
    hint->setWordWrap(true);
    outer->addWidget(hint);
    auto* form = new QFormLayout;
    type_ = new QComboBox(this);
    type_->setObjectName(QStringLiteral("renozoneSiteType"));
    type_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    type_->setMinimumContentsLength(10);
    form->addRow(tr("Facility type"), type_);
    reuse_ = new QCheckBox(qs(reuse_building_title(interface_lang())), this);
    form->addRow(reuse_);
    euclidean_ = new QCheckBox(tr("Straight-line distance (not along the roads)"), this);
    form->addRow(euclidean_);
    outer->addLayout(form);
    verdict_ = new QLabel(this);
    verdict_->setObjectName(QStringLiteral("renozoneSiteVerdict"));
    QFont big = verdict_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    verdict_->setFont(big);
    outer->addWidget(verdict_);
    served_ = new QLabel(this);
    served_->setWordWrap(true);
    outer->addWidget(served_);
    rules_ = new QTreeWidget(this);
    rules_->setObjectName(QStringLiteral("renozoneSiteRules"));
    rules_->setRootIsDecorated(false);
    rules_->setHeaderLabels({tr("Rule"), tr("Status"), tr("Value"), tr("Threshold"), tr("Clause")});
    rules_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    outer->addWidget(rules_, 1);
    record_ = new QPushButton(tr("Record the check in the project"), this);
    record_->setObjectName(QStringLiteral("renozoneRecordSite"));
    record_->setEnabled(false);
    outer->addWidget(record_);

    connect(session_, &Session::district_about_to_change, this, &SitePanel::clear);
    connect(session_, &Session::district_changed, this, &SitePanel::fill_types);
    connect(type_, qOverload<int>(&QComboBox::currentIndexChanged), this, &SitePanel::recheck);
    connect(reuse_, &QCheckBox::toggled, this, &SitePanel::recheck);
    connect(euclidean_, &QCheckBox::toggled, this, &SitePanel::recheck);
    connect(record_, &QPushButton::clicked, this, &SitePanel::record);
    fill_types();
}

SitePanel::~SitePanel() = default;

void SitePanel::fill_types() {
    try {
        fill_facility_types(*type_, session_->district());
    } catch (const std::exception& e) {
        verdict_->setText(error_text(e));
    }
}

void SitePanel::check_at(const QgsPointXY& point) {
    clicked_ = point;
    recheck();
}

void SitePanel::recheck() {
    const LoadedDistrict* loaded = session_->district();
    if (!clicked_ || !loaded || type_->currentIndex() < 0) return;
    const QgsCoordinateReferenceSystem crs = canvas_ ? canvas_->mapSettings().destinationCrs() : loaded->working_crs();
    try {
        UnitShape site = checked_shape(*loaded, QgsGeometry::fromPointXY(*clicked_), crs, QgsProject::instance()->transformContext(),
                                       ShapeUse::site, tr("site"));
        check_ = loaded->site_checker().check(ss(type_->currentData().toString()), site.geom.get(),
                                              {reuse_->isChecked(), !euclidean_->isChecked()});
        site_ = std::move(site.geom);
        show(*check_);
        highlight(*check_);
    } catch (const std::exception& e) {
        clear();
        verdict_->setText(error_text(e));
    }
}

void SitePanel::show(const SiteCheck& check) {
    const District& district = session_->district()->district();
    verdict_->setText(tr("Verdict: %1").arg(qs(rule_status_title(check.verdict, interface_lang()))));
    verdict_->setStyleSheet(QStringLiteral("color: %1").arg(widgets::rule_status_colour(check.verdict).name()));
    QStringList communities;
    for (int c : check.communities_served) communities << qs(district.data().communities[c].name);
    served_->setText(tr("%1 households served within %2 m (%3); planned communities served: %4")
                         .arg(format::count(check.households_served), format::number(check.radius_m),
                              check.distance_method == "network" ? tr("along the roads") : tr("straight line"),
                              communities.isEmpty() ? QStringLiteral("–") : communities.join(QStringLiteral(", "))));
    rules_->clear();
    for (const auto& rule : check.rules) {
        auto* item = new QTreeWidgetItem(rules_);
        item->setText(0, qs(rule_title(rule.id, interface_lang())));
        item->setData(0, Qt::UserRole, qs(rule.id));
        item->setText(1, qs(rule_status_title(rule.status, interface_lang())));
        item->setForeground(1, widgets::rule_status_colour(rule.status));
        item->setText(2, qs(measure_text(rule.value, rule.unit, interface_lang())));
        item->setText(3, qs(measure_text(rule.threshold, rule.threshold_unit, interface_lang())));
        item->setText(4, qs(clause_text(rule, interface_lang())));
        item->setToolTip(0, qs(rule_message(rule, interface_lang())));
        item->setToolTip(4, qs(clause_tooltip(rule)));
    }
    last_json_ = qs(site_json(district, check).dump());
    record_->setEnabled(true);
}

void SitePanel::highlight(const SiteCheck& check) {
    if (!canvas_) return;
    const LoadedDistrict* loaded = session_->district();
    if (!marker_) {
        marker_ = std::make_unique<QgsVertexMarker>(canvas_);
        marker_->setIconType(QgsVertexMarker::ICON_CIRCLE);
        marker_->setIconSize(14);
        marker_->setPenWidth(3);
    }
    marker_->setColor(widgets::rule_status_colour(check.verdict));
    marker_->setCenter(*clicked_);
    if (!radius_band_) {
        radius_band_ = std::make_unique<QgsRubberBand>(canvas_, QgsWkbTypes::PolygonGeometry);
        radius_band_->setFillColor(QColor(0, 120, 200, 25));
        radius_band_->setStrokeColor(QColor(0, 120, 200));
        radius_band_->setWidth(1);
    }
    const QgsGeometry circle = QgsGeometry::fromPointXY(QgsPointXY(check.point.x, check.point.y)).buffer(check.radius_m, 36);
    radius_band_->setToGeometry(circle, loaded->working_crs());
    if (QgsVectorLayer* buildings = session_->layer(QStringLiteral("buildings"))) {
        QStringList ids;
        for (int b : check.buildings_served) ids << QgsExpression::quotedValue(qs(loaded->district().data().buildings[b].id));
        if (ids.isEmpty()) buildings->removeSelection();
        else buildings->selectByExpression(QStringLiteral("\"id\" IN (%1)").arg(ids.join(QLatin1Char(','))));
    }
}

void SitePanel::clear() {
    check_.reset();
    site_.reset();
    last_json_.clear();
    rules_->clear();
    verdict_->clear();
    served_->clear();
    record_->setEnabled(false);
    radius_band_.reset();
    marker_.reset();
}

bool SitePanel::record() {
    if (!check_ || !site_) return false;
    return session_->record_site_check(*check_, site_.get()) >= 0;
}

}  // namespace renozone::plugin

#include "site_panel.h"

#include "error_text.h"
#include "geos_conversion.h"
#include "planning_form.h"
#include "viewer_session.h"
#include "wheel_guard.h"

#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/vocabulary/site_rule_words.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace renozone::viewer {
SitePanel::SitePanel(QWidget* parent) : QWidget(parent) {
    setObjectName("site_panel");
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(tr("选择设施类型，然后在地图上单击拟选址位置。"), this);
    help->setWordWrap(true);
    help->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(help);
    auto* form = new QFormLayout;
    type_ = new QComboBox(this);
    type_->setObjectName("site_type");
    form->addRow(tr("设施类型"), type_);
    reuse_building_ = new QCheckBox(said(reuse_building_title(interface_lang())), this);
    reuse_building_->setToolTip(tr("设施设在现有楼栋内：不检查压占建筑"));
    network_ = new QCheckBox(tr("按道路网络计算步行距离"), this);
    network_->setChecked(true);
    form->addRow(QString(), reuse_building_);
    form->addRow(QString(), network_);
    layout->addLayout(form);

    verdict_ = new QLabel(this);
    verdict_->setObjectName("site_verdict");
    QFont big = verdict_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    verdict_->setFont(big);
    verdict_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(verdict_);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(summary_);

    rules_ = new QTableWidget(0, 5, this);
    rules_->setObjectName("site_rules");
    rules_->setHorizontalHeaderLabels({tr("规则"), tr("结果"), tr("实测"), tr("标准"), tr("依据")});
    rules_->verticalHeader()->hide();
    // One line a rule; the clause column scrolls sideways rather than wrapping into tall rows.
    rules_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    rules_->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    rules_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rules_->setWordWrap(false);
    layout->addWidget(rules_, 1);
    record_ = new QPushButton(tr("记录到项目"), this);
    record_->setObjectName("site_record");
    record_->setToolTip(tr("把本次选址检查写入项目 GeoPackage 的“选址检查”图层（site_checks）"));
    layout->addWidget(record_);
    connect(record_, &QPushButton::clicked, this, &SitePanel::record_requested);

    auto* gap_buttons = new QHBoxLayout;
    gaps_ = new QPushButton(tr("显示该类设施服务缺口"), this);
    gaps_->setObjectName("site_gaps");
    gaps_->setToolTip(tr("现有同类设施服务半径之外的住户（红色）和覆盖率低于标准的小区"));
    clear_gaps_ = new QPushButton(tr("隐藏缺口"), this);
    clear_gaps_->setObjectName("site_clear_gaps");
    gap_buttons->addWidget(gaps_, 1);
    gap_buttons->addWidget(clear_gaps_);
    layout->addLayout(gap_buttons);
    gaps_summary_ = new QLabel(this);
    gaps_summary_->setObjectName("site_gaps_summary");
    gaps_summary_->setWordWrap(true);
    gaps_summary_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(gaps_summary_);
    connect(gaps_, &QPushButton::clicked, this, [this] { emit gaps_requested(facility_type()); });
    connect(clear_gaps_, &QPushButton::clicked, this, [this] {
        show_gaps_summary(QString());
        emit gaps_cleared();
    });
    widgets::guard_wheel(this);
    set_session(nullptr);
}

void SitePanel::set_session(ViewerSession* session) {
    session_ = session;
    result_.reset();
    type_->clear();
    if (session_) {
        const auto& rules = session_->site_checker().rules();
        for (const auto& name : rules.type_names())
            type_->addItem(QString::fromStdString(rules.rule(name).name), QString::fromStdString(name));
        network_->setEnabled(!session_->site_checker().network().empty());
    }
    gaps_->setEnabled(session_ != nullptr);
    clear_gaps_->setEnabled(session_ != nullptr);
    show_gaps_summary(QString());
    show_result();
}

std::string SitePanel::facility_type() const { return type_->currentData().toString().toStdString(); }

bool SitePanel::set_facility_type(const std::string& type) {
    const int i = type_->findData(QString::fromStdString(type));
    if (i < 0) return false;
    type_->setCurrentIndex(i);
    return true;
}

SiteOptions SitePanel::options() const {
    SiteOptions o;
    o.reuse_building = reuse_building_->isChecked();
    o.use_network = network_->isChecked();
    return o;
}

void SitePanel::check_at(QPointF map_point) {
    if (!session_) return;
    result_.reset();
    const District& district = session_->district();
    const GeomPtr site = point_geometry(district.ctx(), map_point);
    site_ = map_point;
    try {
        result_ = session_->site_checker().check(facility_type(), site.get(), options());
        show_result();
    } catch (const Error& e) {
        show_result();
        verdict_->setText(tr("无法检查"));
        summary_->setText(error_text(e));
    }
    emit result_changed();
}

void SitePanel::show_result() {
    rules_->setRowCount(0);
    record_->setEnabled(result_.has_value());
    if (!result_) {
        verdict_->setText(session_ ? tr("尚未选址") : QString());
        verdict_->setStyleSheet(QString());
        summary_->clear();
        return;
    }
    const SiteCheck& r = *result_;
    verdict_->setText(tr("结论：%1").arg(said(rule_status_title(r.verdict, interface_lang()))));
    verdict_->setStyleSheet(QString("color: %1").arg(widgets::rule_status_colour(r.verdict).name()));
    QString summary = tr("服务半径 %1 m（%2），服务 %3 户，涉及规划小区 %4 个")
                          .arg(QString::fromStdString(format_number(r.radius_m, 0)))
                          .arg(r.distance_method == "network" ? tr("沿道路步行距离") : tr("直线距离"))
                          .arg(QString::fromStdString(format_number(double(r.households_served), 0)))
                          .arg(r.communities_served.size());
    if (r.nearest_same_type_m)
        summary += tr("；最近同类设施 %1 m").arg(QString::fromStdString(format_number(*r.nearest_same_type_m, 0)));
    summary_->setText(summary);
    rules_->setRowCount(static_cast<int>(r.rules.size()));
    for (int i = 0; i < static_cast<int>(r.rules.size()); ++i) {
        const RuleResult& rule = r.rules[i];
        auto* name = new QTableWidgetItem(said(rule_title(rule.id, interface_lang())));
        name->setData(Qt::UserRole, QString::fromStdString(rule.id));
        const QString clause = said(clause_text(rule, interface_lang()));
        const QString tip = said(rule_message(rule, interface_lang())) + "\n" + tr("依据：") + said(clause_tooltip(rule));
        auto* status = new QTableWidgetItem(said(rule_status_title(rule.status, interface_lang())));
        status->setData(Qt::UserRole, QString(status_name(rule.status)));
        status->setForeground(widgets::rule_status_colour(rule.status));
        rules_->setItem(i, 0, name);
        rules_->setItem(i, 1, status);
        rules_->setItem(i, 2, new QTableWidgetItem(said(measure_text(rule.value, rule.unit, interface_lang()))));
        rules_->setItem(i, 3, new QTableWidgetItem(said(measure_text(rule.threshold, rule.threshold_unit, interface_lang()))));
        rules_->setItem(i, 4, new QTableWidgetItem(clause));
        for (int c = 0; c < 5; ++c) rules_->item(i, c)->setToolTip(tip);
    }
    rules_->resizeRowsToContents();
}

QString SitePanel::verdict_text() const { return verdict_->text(); }
void SitePanel::show_gaps_summary(const QString& text) { gaps_summary_->setText(text); }
QString SitePanel::gaps_summary() const { return gaps_summary_->text(); }
int SitePanel::rule_rows() const { return rules_->rowCount(); }

QString SitePanel::rule_cell(int row, int column) const {
    const QTableWidgetItem* item = rules_->item(row, column);
    return item ? item->text() : QString();
}

QString SitePanel::record() {
    if (!session_ || !result_) return tr("尚未选址");
    if (!session_->project()) return tr("未打开项目：先打开或新建项目");
    try {
        const District& district = session_->district();
        const GeomPtr site = point_geometry(district.ctx(), site_);
        const long long id = session_->project()->add_site_check(*result_, site.get(), district.ctx());
        record_->setEnabled(false);  // recorded once; a new check enables it again
        summary_->setText(summary_->text() + "\n" + tr("已记录到项目（编号 %1）").arg(id));
        return {};
    } catch (const std::exception& e) {
        return error_text(e);
    }
}

}  // namespace renozone::viewer

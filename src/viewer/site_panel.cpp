#include "site_panel.h"

#include "display_names.h"
#include "error_text.h"
#include "geos_conversion.h"
#include "viewer_session.h"

#include "errors.h"
#include "text_utils.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace renozone::viewer {
namespace {

QString with_unit(const std::optional<double>& v, const std::string& unit) {
    if (!v) return "—";
    const int decimals = (unit == "m" || unit == "m²") ? 1 : 0;
    return QString::fromStdString(format_number(*v, decimals)) + (unit.empty() ? "" : " " + QString::fromStdString(unit));
}

QColor status_colour(RuleStatus s) {
    switch (s) {
        case RuleStatus::pass: return QColor(26, 128, 56);
        case RuleStatus::warn: return QColor(191, 120, 0);
        case RuleStatus::fail: return QColor(190, 30, 30);
    }
    return Qt::black;
}

}  // namespace

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
    reuse_building_ = new QCheckBox(tr("利用现有建筑"), this);
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

    rules_ = new QTableWidget(0, 4, this);
    rules_->setObjectName("site_rules");
    rules_->setHorizontalHeaderLabels({tr("规则"), tr("结果"), tr("实测"), tr("标准")});
    rules_->verticalHeader()->hide();
    rules_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    rules_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rules_->setWordWrap(true);
    layout->addWidget(rules_, 1);

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
    if (!result_) {
        verdict_->setText(session_ ? tr("尚未选址") : QString());
        verdict_->setStyleSheet(QString());
        summary_->clear();
        return;
    }
    const SiteCheck& r = *result_;
    verdict_->setText(tr("结论：%1").arg(rule_status_title(status_name(r.verdict))));
    verdict_->setStyleSheet(QString("color: %1").arg(status_colour(r.verdict).name()));
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
        auto* name = new QTableWidgetItem(rule_title(QString::fromStdString(rule.id)));
        name->setData(Qt::UserRole, QString::fromStdString(rule.id));
        QString tip = QString::fromStdString(rule.message);
        if (!rule.clause.empty())
            tip += "\n" + tr("依据：") + QString::fromStdString(rule.clause) + (rule.verified ? "" : tr("（未核实）"));
        name->setToolTip(tip);
        auto* status = new QTableWidgetItem(rule_status_title(status_name(rule.status)));
        status->setData(Qt::UserRole, QString(status_name(rule.status)));
        status->setForeground(status_colour(rule.status));
        rules_->setItem(i, 0, name);
        rules_->setItem(i, 1, status);
        rules_->setItem(i, 2, new QTableWidgetItem(with_unit(rule.value, rule.unit)));
        rules_->setItem(i, 3, new QTableWidgetItem(with_unit(rule.threshold, rule.unit)));
        for (int c = 0; c < 4; ++c) rules_->item(i, c)->setToolTip(tip);
    }
    rules_->resizeRowsToContents();
}

QString SitePanel::verdict_text() const { return verdict_->text(); }
void SitePanel::show_gaps_summary(const QString& text) { gaps_summary_->setText(text); }
QString SitePanel::gaps_summary() const { return gaps_summary_->text(); }
int SitePanel::rule_rows() const { return rules_->rowCount(); }

}  // namespace renozone::viewer

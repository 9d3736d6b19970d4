#include "unit_panel.h"

#include "error_text.h"
#include "funding_table.h"
#include "geos_conversion.h"
#include "planning_form.h"
#include "viewer_session.h"
#include "wheel_guard.h"

#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/planning/unit_geometry.h"
#include "core/vocabulary/error_words.h"
#include "core/vocabulary/unit_figure_rows.h"
#include "core/vocabulary/unit_warning_text.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace renozone::viewer {

UnitPanel::UnitPanel(UnitSketch* sketch, QWidget* parent) : QWidget(parent), sketch_(sketch) {
    setObjectName("unit_panel");
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(tr("单击地图添加顶点，双击闭合。闭合后拖动顶点修改，拖动边中点插入顶点，右键删除顶点；Esc 重新开始。"), this);
    help->setWordWrap(true);
    help->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(help);

    auto* buttons = new QHBoxLayout;
    undo_ = new QPushButton(tr("撤销"), this);
    redo_ = new QPushButton(tr("重做"), this);
    restart_ = new QPushButton(tr("重新绘制"), this);
    save_ = new QPushButton(tr("保存到项目…"), this);
    save_->setObjectName("unit_save");
    for (auto* b : {undo_, redo_, restart_, save_}) buttons->addWidget(b);
    layout->addLayout(buttons);
    connect(undo_, &QPushButton::clicked, &sketch_->undo_stack(), &QUndoStack::undo);
    connect(redo_, &QPushButton::clicked, &sketch_->undo_stack(), &QUndoStack::redo);
    connect(restart_, &QPushButton::clicked, sketch_, &UnitSketch::clear);
    connect(save_, &QPushButton::clicked, this, &UnitPanel::save_requested);

    auto* money = new QFormLayout;
    pipeline_cost_ = widgets::money_box(this, tr("未填"));
    pipeline_cost_->setObjectName("unit_pipeline_cost");
    pipeline_cost_->setToolTip(tr("管线（水、电、气、通信、有线电视）改造总造价；方案按 50% 补助"));
    money->addRow(said(input_title(Input::pipeline_cost_cny, interface_lang())), pipeline_cost_);
    funding_ = new widgets::FundingTable(interface_lang(),
                                         {tr("资金来源"), tr("比例"), tr("合计"), tr("四项比例合计应为 100 %")}, this);
    funding_->setToolTip(tr("补助资金的分担比例，合计应为 100 %，随实施单元保存"));
    money->addRow(said(input_title(Input::funding, interface_lang())), funding_);
    layout->addLayout(money);
    auto reevaluate = [this] { ring_changed(evaluated_ring_.isEmpty() ? pending_ring_ : evaluated_ring_); };
    connect(pipeline_cost_, &QDoubleSpinBox::valueChanged, this, reevaluate);
    connect(funding_, &widgets::FundingTable::changed, this, reevaluate);

    status_ = new QLabel(this);
    status_->setObjectName("unit_status");
    status_->setWordWrap(true);
    status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(status_);

    figures_ = new QTableWidget(static_cast<int>(unit_figure_rows().size()), 2, this);
    figures_->setObjectName("unit_figures");
    figures_->setHorizontalHeaderLabels({tr("指标"), tr("数值")});
    figures_->verticalHeader()->hide();
    figures_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    figures_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    figures_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < static_cast<int>(unit_figure_rows().size()); ++i) {
        const UnitFigureRow& row = unit_figure_rows()[i];
        auto* title = new QTableWidgetItem(QString::fromStdString(row.title(interface_lang())));
        title->setData(Qt::UserRole, QString(row.key));
        figures_->setItem(i, 0, title);
        auto* value = new QTableWidgetItem(QString());
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        figures_->setItem(i, 1, value);
    }
    layout->addWidget(figures_, 1);

    communities_ = new QLabel(this);
    communities_->setWordWrap(true);
    communities_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(communities_);
    warnings_ = new QLabel(this);
    warnings_->setObjectName("unit_warnings");
    warnings_->setWordWrap(true);
    warnings_->setStyleSheet(widgets::warning_style);
    warnings_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(warnings_);

    coalesce_.setSingleShot(true);
    coalesce_.setInterval(0);
    connect(&coalesce_, &QTimer::timeout, this, &UnitPanel::evaluate_now);
    connect(sketch_, &UnitSketch::changed, this, &UnitPanel::update_buttons);
    connect(&sketch_->undo_stack(), &QUndoStack::indexChanged, this, &UnitPanel::update_buttons);
    widgets::guard_wheel(this);
    update_buttons();
    show_evaluation();
}

void UnitPanel::set_session(ViewerSession* session) {
    session_ = session;
    evaluation_.reset();
    evaluated_ring_.clear();
    show_evaluation();
}

UnitMoney UnitPanel::money() const {
    UnitMoney m;
    if (pipeline_cost_->value() > 0) m.pipeline_cost_cny = pipeline_cost_->value();
    m.funding = funding_->split();
    return m;
}

void UnitPanel::ring_changed(const QPolygonF& ring) {
    pending_ring_ = ring;
    if (!coalesce_.isActive()) coalesce_.start();
}

void UnitPanel::evaluate_now() {
    coalesce_.stop();
    evaluated_ring_ = pending_ring_;
    evaluation_.reset();
    QString problem;
    if (session_ && evaluated_ring_.size() >= 3) {
        const District& district = session_->district();
        GeomPtr polygon = polygon_from_ring(district.ctx(), evaluated_ring_);
        try {
            check_unit_geometry(district, polygon.get(), tr("实施单元").toStdString());
            evaluation_ = evaluate_unit(district, polygon.get(), money(), session_->unit_geometries());
        } catch (const Error& e) {
            problem = error_text(e);
        }
    }
    show_evaluation();
    if (!problem.isEmpty()) status_->setText(problem);
}

void UnitPanel::show_evaluation() {
    const int vertices = static_cast<int>(sketch_->vertices().size());
    if (!session_) status_->setText(tr("未打开数据"));
    else if (sketch_->closed()) status_->setText(tr("已闭合：%1 个顶点").arg(vertices));
    else if (vertices == 0) status_->setText(tr("在地图上单击开始绘制"));
    else status_->setText(tr("正在绘制：%1 个顶点（随光标实时计算）").arg(vertices));

    const auto& rows = unit_figure_rows();
    for (int i = 0; i < static_cast<int>(rows.size()); ++i)
        figures_->item(i, 1)->setText(evaluation_ ? QString::fromStdString(format_number(rows[i].value(*evaluation_), rows[i].decimals)) : QString());
    QStringList communities, warnings;
    if (evaluation_ && session_) {
        const auto& data = session_->district().data();
        for (const auto& c : evaluation_->communities)
            communities << QString("%1 %2%").arg(QString::fromStdString(data.communities[c.index].name),
                                                  QString::fromStdString(percent_inside(c.share)));
        for (const auto& w : evaluation_->warnings) warnings << QString::fromStdString(unit_warning_text(w, interface_lang()));
    }
    if (funding_->sum_is_off()) warnings << tr("资金分担比例合计不是 100 %：未计入");
    communities_->setText(communities.isEmpty() ? QString() : tr("涉及小区（面积在单元内的比例）：") + communities.join("，"));
    warnings_->setText(warnings.join("\n"));
    update_buttons();
}

void UnitPanel::update_buttons() {
    undo_->setEnabled(sketch_->undo_stack().canUndo());
    redo_->setEnabled(sketch_->undo_stack().canRedo());
    restart_->setEnabled(!sketch_->vertices().isEmpty());
    save_->setEnabled(session_ && sketch_->closed() && evaluation_.has_value());
}

QString UnitPanel::figure_text(const QString& key) const {
    for (int i = 0; i < figures_->rowCount(); ++i)
        if (figures_->item(i, 0)->data(Qt::UserRole).toString() == key) return figures_->item(i, 1)->text();
    return {};
}

QString UnitPanel::status_text() const { return status_->text(); }

}  // namespace renozone::viewer

#include "data_problems_panel.h"

#include "core/analysis/district.h"
#include "core/base/text_utils.h"
#include "core/vocabulary/finding_words.h"
#include "display_names.h"
#include "error_text.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace renozone::viewer {
namespace {

enum Filter { everything, errors, warnings, notes, repairs };  // the filter's entries, in order
constexpr int layer_role = Qt::UserRole, feature_role = Qt::UserRole + 1, message_role = Qt::UserRole + 2;

// The problem without its place, which the layer and id columns already give.
QString problem_only(const Finding& f) {
    const auto after_place = [&f](const std::string& text) { return text.substr(std::min(f.place_size, text.size())); };
    QString text = engine_text(after_place(f.english_for_forms()), f.message_zh.empty() ? std::string() : after_place(f.message_zh));
    while (!text.isEmpty() && QStringView(u":：;； ").contains(text.front())) text.remove(0, 1);
    return text;
}

bool locatable(const std::string& layer) { return layer == "buildings" || layer == "communities"; }

QTreeWidgetItem* row_item(const QString& level, const std::string& layer, const std::string& feature_id, const QString& problem,
                          const QString& message) {
    auto* item = new QTreeWidgetItem({level, layer_title(QString::fromStdString(layer)), QString::fromStdString(feature_id), problem});
    item->setToolTip(3, message);
    item->setData(0, layer_role, QString::fromStdString(layer));
    item->setData(0, feature_role, QString::fromStdString(feature_id));
    item->setData(0, message_role, message);
    return item;
}

}  // namespace

DataProblemsPanel::DataProblemsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("data_problems_panel");
    auto* layout = new QVBoxLayout(this);
    summary_ = new QLabel(this);
    summary_->setObjectName("data_problems_summary");
    summary_->setWordWrap(true);
    layout->addWidget(summary_);
    filter_ = new QComboBox(this);
    filter_->setObjectName("data_problems_filter");
    filter_->addItems({tr("全部"), tr("错误", "the filter: all errors"), tr("警告", "the filter: all warnings"),
                       tr("提示", "the filter: all notes"), tr("几何修复")});
    layout->addWidget(filter_);
    list_ = new QTreeWidget(this);
    list_->setObjectName("data_problems_list");
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setHeaderLabels({tr("级别"), tr("图层"), tr("编号"), tr("问题")});
    list_->header()->setStretchLastSection(true);
    layout->addWidget(list_, 1);
    detail_ = new QLabel(this);
    detail_->setObjectName("data_problems_detail");
    detail_->setWordWrap(true);
    detail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(detail_);
    locate_ = new QPushButton(tr("在地图上定位"), this);
    locate_->setObjectName("data_problems_locate");
    layout->addWidget(locate_);
    connect(filter_, &QComboBox::currentIndexChanged, this, [this] { fill(); });
    connect(list_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { show_detail(item); });
    connect(list_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { locate(item); });
    connect(locate_, &QPushButton::clicked, this, [this] { locate(list_->currentItem()); });
    show_nothing();
}

void DataProblemsPanel::show_district(const District& district) {
    district_ = &district;
    const Findings& findings = district.analysis().discrepancies;
    counts_ = tr("%1 个错误，%2 个警告，%3 条提示，%4 处几何已修复")
                  .arg(findings.count(Severity::error))
                  .arg(findings.count(Severity::warning))
                  .arg(findings.count(Severity::info))
                  .arg(findings.repairs.size());
    fill();
}

void DataProblemsPanel::show_nothing() {
    district_ = nullptr;
    counts_ = tr("未打开数据");
    fill();
}

void DataProblemsPanel::fill() {
    list_->clear();
    show_detail(nullptr);
    summary_->setText(counts_);
    if (!district_) return;
    const Findings& findings = district_->analysis().discrepancies;
    const int filter = filter_->currentIndex();
    QList<QTreeWidgetItem*> rows;
    long long matching = 0;
    const std::pair<Severity, Filter> levels[] = {{Severity::error, errors}, {Severity::warning, warnings}, {Severity::info, notes}};
    for (const auto& [severity, level_filter] : levels) {
        if (filter != everything && filter != level_filter) continue;
        const QString title = QString::fromStdString(severity_title(severity, interface_lang()));
        for (const Finding& f : findings.items) {
            if (f.severity != severity || ++matching > most_rows) continue;
            rows << row_item(title, f.layer, f.feature_id, problem_only(f), QString::fromStdString(finding_text(f, interface_lang())));
        }
    }
    if (filter == everything || filter == repairs)
        for (const Repair& r : findings.repairs) {
            if (++matching > most_rows) continue;
            const QString problem = tr("无效几何（%1）已修复；面积 %2 → %3 m²")
                                        .arg(QString::fromStdString(r.reason))
                                        .arg(QString::fromStdString(format_number(r.area_before_m2, 1)))
                                        .arg(QString::fromStdString(format_number(r.area_after_m2, 1)));
            rows << row_item(tr("已修复"), r.layer, r.feature_id, problem, problem);
        }
    list_->addTopLevelItems(rows);
    for (int c = 0; c < 3; ++c) list_->resizeColumnToContents(c);
    if (matching > most_rows)
        summary_->setText(counts_ + u'\n' +
                          tr("只列出前 %1 条（共 %2 条）；完整清单请用 renozone validate --all")
                              .arg(QString::fromStdString(format_number(most_rows, 0)))
                              .arg(QString::fromStdString(format_number(double(matching), 0))));
}

void DataProblemsPanel::show_detail(QTreeWidgetItem* item) {
    detail_->setText(item ? item->data(0, message_role).toString() : QString());
    locate_->setEnabled(item && locatable(item->data(0, layer_role).toString().toStdString()) &&
                        !item->data(0, feature_role).toString().isEmpty());
}

void DataProblemsPanel::locate(QTreeWidgetItem* item) {
    if (!item) return;
    const QString layer = item->data(0, layer_role).toString(), feature = item->data(0, feature_role).toString();
    if (locatable(layer.toStdString()) && !feature.isEmpty()) emit feature_requested(layer, feature);
}

QString DataProblemsPanel::summary() const { return summary_->text(); }

int DataProblemsPanel::row_count() const { return list_->topLevelItemCount(); }

QString DataProblemsPanel::cell_text(int row, int column) const {
    const QTreeWidgetItem* item = list_->topLevelItem(row);
    return item ? item->text(column) : QString();
}

void DataProblemsPanel::locate_row(int row) { locate(list_->topLevelItem(row)); }

}  // namespace renozone::viewer

#include "community_panel.h"

#include "core/analysis/coverage.h"
#include "core/analysis/district.h"
#include "core/base/text_utils.h"
#include "core/report/unknown_figures.h"
#include "core/vocabulary/field_titles.h"
#include "error_text.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace renozone::viewer {
namespace {

QString number(const std::optional<double>& v, int decimals) {
    return v ? QString::fromStdString(format_number(*v, decimals)) : QStringLiteral("—");
}

}  // namespace

CommunityPanel::CommunityPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("community_panel");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    title_ = new QLabel(this);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    layout->addWidget(title_);
    facts_ = new QLabel(this);
    facts_->setWordWrap(true);
    layout->addWidget(facts_);
    table_ = new QTableWidget(0, 4, this);
    table_->setObjectName("community_coverage");
    table_->setHorizontalHeaderLabels({tr("计算"), tr("规划目标"), tr("差"), tr("完成")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(table_);
    show_nothing();
}

void CommunityPanel::show_nothing() {
    title_->setText(tr("小区改造覆盖"));
    facts_->setText(tr("用“识别”工具单击小区查看其与规划目标的对比"));
    table_->setRowCount(0);
}

QString CommunityPanel::facts_text() const { return facts_->text(); }

void CommunityPanel::show_community(const District& district, int community) {
    const CoverageRow& row = district.analysis().coverage.communities[community];
    title_->setText(QString("%1 %2").arg(QString::fromStdString(row.name), QString::fromStdString(row.code)));
    QStringList facts;
    if (row.planned) {
        facts << tr("批次：%1").arg(QString::fromStdString(row.phase));
        if (row.year) facts << tr("年度：%1").arg(*row.year);
        if (!row.path.empty()) facts << tr("路径：%1").arg(QString::fromStdString(row.path));
        if (row.demonstration) facts << tr("示范点");
    } else {
        facts << tr("未纳入规划");
    }
    const Figures& f = row.figures;
    facts << tr("电梯 %1 部，补助 %2 元").arg(f.lifts).arg(QString::fromStdString(format_number(f.lift_subsidy_cny, 0)));
    facts << tr("符合条件未纳入 %1 栋，全部楼栋 %2 栋").arg(f.eligible_not_planned).arg(f.all_buildings);
    // What the records could not give, said rather than counted as 0.
    if (has_unknowns(f)) facts << QString::fromStdString(unknowns_sentence(f, interface_lang()));
    if (const std::string held = inventory_unknowns_sentence(f.inventory, interface_lang()); !held.empty())
        facts << QString::fromStdString(held);
    facts_->setText(facts.join("；"));

    struct Line {
        const char* key;  // its title is the field's (core/vocabulary/field_titles)
        double value;
        std::optional<double> target;
        int decimals;
    };
    const std::vector<Line> lines = {
        {"buildings", double(f.buildings), row.targets.buildings, 0},
        {"floor_area_m2", f.floor_area_m2, row.targets.floor_area_m2, 0},
        {"households", double(f.households), row.targets.households, 0},
        {"people", f.people, row.targets.people, 0},
    };
    table_->setRowCount(static_cast<int>(lines.size()));
    QStringList headers;
    for (int i = 0; i < static_cast<int>(lines.size()); ++i) {
        const Line& l = lines[i];
        headers << said(field_title(l.key, interface_lang()));
        const auto pct = percent(l.value, l.target);
        const QString cells[4] = {number(l.value, l.decimals), number(l.target, l.decimals),
                                  number(difference(l.value, l.target), l.decimals),
                                  pct ? QString::fromStdString(format_number(*pct, 1)) + "%" : QStringLiteral("—")};
        for (int c = 0; c < 4; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(Qt::UserRole, QString(l.key));
            table_->setItem(i, c, item);
        }
    }
    table_->setVerticalHeaderLabels(headers);
    table_->resizeRowsToContents();
    table_->setFixedHeight(table_->horizontalHeader()->height() + 4 +
                           table_->rowCount() * (table_->rowCount() ? table_->rowHeight(0) : 0));
}

QString CommunityPanel::cell_text(const QString& key, int column) const {
    for (int r = 0; r < table_->rowCount(); ++r)
        if (table_->item(r, column)->data(Qt::UserRole).toString() == key) return table_->item(r, column)->text();
    return {};
}

}  // namespace renozone::viewer

#include "funding_table.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace renozone::widgets {
namespace {

constexpr double tolerance_percent = 0.05;  // shares are typed to one decimal

}  // namespace

FundingTable::FundingTable(Lang lang, const FundingTableTexts& texts, QWidget* parent) : QWidget(parent), texts_(texts) {
    setObjectName(QStringLiteral("funding_table"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto& parts = funding_parts();
    const int rows = static_cast<int>(parts.size()) + 1;
    table_ = new QTableWidget(rows, 2, this);
    table_->setHorizontalHeaderLabels({texts_.source, texts_.share});
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);  // short names
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    for (int i = 0; i < static_cast<int>(parts.size()); ++i) {
        const FundingPart& part = parts[static_cast<std::size_t>(i)];
        table_->setItem(i, 0, new QTableWidgetItem(QString::fromUtf8(lang == Lang::zh ? part.zh : part.en)));
        auto* box = new QDoubleSpinBox(table_);
        box->setObjectName(QStringLiteral("funding_%1").arg(QLatin1String(part.key)));
        box->setRange(0, 100);
        box->setDecimals(1);
        box->setSuffix(QStringLiteral(" %"));
        table_->setCellWidget(i, 1, box);
        shares_.push_back(box);
        connect(box, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this] {
            show_sum();
            emit changed();
        });
    }
    table_->setItem(rows - 1, 0, new QTableWidgetItem(texts_.sum));
    table_->setItem(rows - 1, 1, new QTableWidgetItem);
    table_->item(rows - 1, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table_->resizeRowsToContents();
    int height = table_->horizontalHeader()->sizeHint().height() + 2 * table_->frameWidth();
    for (int r = 0; r < rows; ++r) height += table_->rowHeight(r);
    table_->setFixedHeight(height);
    layout->addWidget(table_);
    show_sum();
}

double FundingTable::sum_percent() const {
    double sum = 0;
    for (const auto* box : shares_) sum += box->value();
    return sum;
}

bool FundingTable::sum_is_off() const { return sum_percent() > 0 && std::fabs(sum_percent() - 100) > tolerance_percent; }

std::optional<FundingSplit> FundingTable::split() const {
    if (sum_percent() == 0 || sum_is_off()) return std::nullopt;
    FundingSplit split;
    const auto& parts = funding_parts();
    for (std::size_t i = 0; i < parts.size(); ++i) split.*parts[i].share = std::round(shares_[i]->value() * 10) / 1000.0;
    return split;
}

QString FundingTable::sum_text() const { return table_->item(table_->rowCount() - 1, 1)->text(); }

void FundingTable::show_sum() {
    QTableWidgetItem* sum = table_->item(table_->rowCount() - 1, 1);
    const QString figure = QString::number(sum_percent(), 'f', 1) + QStringLiteral(" %");
    sum->setText(figure);  // red when off; the panel's warnings say why
    sum->setToolTip(sum_is_off() ? texts_.sum_off : QString());
    sum->setForeground(sum_is_off() ? QColor(190, 30, 30) : palette().color(QPalette::Text));
}

}  // namespace renozone::widgets

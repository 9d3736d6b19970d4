// The funding split of a unit's money as a small table: the four shares the
// core names (中央 / 市级 / 区级 / 居民; central, municipal, district,
// residents) in percent, and their sum, marked when it is not 100 %. Shared
// by the viewer (Qt 6) and the QGIS plugin (Qt 5); each passes its own words
// for the headings, in its interface language.
#pragma once

#include "core/planning/unit_evaluation.h"
#include "core/vocabulary/report_labels.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QDoubleSpinBox;
class QTableWidget;

namespace renozone::widgets {

struct FundingTableTexts {
    QString source;   // column headings
    QString share;
    QString sum;      // the last row
    QString sum_off;  // why a sum other than 100 % is marked (its tooltip)
};

class FundingTable : public QWidget {
    Q_OBJECT
public:
    FundingTable(Lang lang, const FundingTableTexts& texts, QWidget* parent = nullptr);

    // The split when the shares add up to 100 %; nullopt while none is given or the sum is off.
    std::optional<FundingSplit> split() const;
    QDoubleSpinBox* share_box(int part) const { return shares_.at(static_cast<std::size_t>(part)); }  // funding_parts() order
    QString sum_text() const;
    bool sum_is_off() const;  // some share given, and the sum is not 100 %

signals:
    void changed();

private:
    double sum_percent() const;
    void show_sum();

    FundingTableTexts texts_;
    QTableWidget* table_;
    std::vector<QDoubleSpinBox*> shares_;
};

}  // namespace renozone::widgets

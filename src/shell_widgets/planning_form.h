// What the viewer's and the plugin's planning panels agree on beyond words
// (core/vocabulary holds the words): the limits of their inputs and the
// colours of a warning and of a site rule's outcome.
#pragma once

#include "core/planning/site_check.h"

#include <QColor>
#include <QDoubleSpinBox>

namespace renozone::widgets {

// The most money (a pipeline works cost, a budget) a planning form takes, CNY
// (100 billion: above any district's works).
inline constexpr double money_max_cny = 1e11;

// Warnings a planner should read before saving (unit warnings, a funding split off 100 %).
inline constexpr const char* warning_style = "color: #b35900";

// An amount of money in CNY: whole yuan, steps of 100,000, up to money_max_cny;
// `unset` stands at 0, an amount not filled in.
inline QDoubleSpinBox* money_box(QWidget* parent, const QString& unset) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, money_max_cny);
    box->setDecimals(0);
    box->setSingleStep(100000);
    box->setSpecialValueText(unset);
    return box;
}

inline QColor rule_status_colour(RuleStatus status) {
    switch (status) {
        case RuleStatus::pass: return {26, 128, 56};
        case RuleStatus::warn: return {191, 120, 0};
        case RuleStatus::fail: return {190, 30, 30};
    }
    return {};
}

}  // namespace renozone::widgets

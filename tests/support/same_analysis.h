// Two analyses of the same inputs agree: every figure of the report (its
// JSON, to the byte), every finding and repair in order, every note.
#pragma once

#include "core/analysis/analysis.h"
#include "core/report/coverage_report.h"

#include <gtest/gtest.h>

#include <string>

namespace renozone::test {

// The same findings and repairs, in the same order.
inline void expect_same_findings(const Findings& a, const Findings& b) {
    ASSERT_EQ(a.items.size(), b.items.size());
    for (std::size_t i = 0; i < a.items.size(); ++i) {
        const Finding& x = a.items[i];
        const Finding& y = b.items[i];
        SCOPED_TRACE("finding " + std::to_string(i) + ": " + x.message);
        EXPECT_EQ(x.severity, y.severity);
        EXPECT_EQ(x.code, y.code);
        EXPECT_EQ(x.layer, y.layer);
        EXPECT_EQ(x.feature_id, y.feature_id);
        EXPECT_EQ(x.message, y.message);
        EXPECT_EQ(x.message_zh, y.message_zh);
    }
    ASSERT_EQ(a.repairs.size(), b.repairs.size());
    for (std::size_t i = 0; i < a.repairs.size(); ++i) {
        EXPECT_EQ(a.repairs[i].feature_id, b.repairs[i].feature_id);
        EXPECT_EQ(a.repairs[i].area_after_m2, b.repairs[i].area_after_m2);
    }
}

inline void expect_same_analysis(const Dataset& a_ds, const Analysis& a, const Dataset& b_ds, const Analysis& b) {
    EXPECT_EQ(coverage_json_text(a_ds, a), coverage_json_text(b_ds, b));
    EXPECT_EQ(a_ds.notes, b_ds.notes);
    EXPECT_EQ(a_ds.assumptions, b_ds.assumptions);
    expect_same_findings(a.discrepancies, b.discrepancies);
}

}  // namespace renozone::test

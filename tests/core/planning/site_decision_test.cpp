#include "core/planning/site_decision.h"

#include "core/base/errors.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

TEST(SiteDecision, ReadInEitherLanguage) {
    EXPECT_EQ(parse_decision("同意"), SiteDecision::approved);
    EXPECT_EQ(parse_decision(" Approve "), SiteDecision::approved);
    EXPECT_EQ(parse_decision("不同意"), SiteDecision::rejected);
    EXPECT_EQ(parse_decision("REJECTED"), SiteDecision::rejected);
    EXPECT_EQ(parse_decision("补充材料"), SiteDecision::more_information);
    EXPECT_EQ(parse_decision("More Information"), SiteDecision::more_information);
    for (const char* word : {"", "ok", "同", "有条件同意", "more"}) EXPECT_FALSE(parse_decision(word)) << word;
    for (const auto d : {SiteDecision::approved, SiteDecision::rejected, SiteDecision::more_information}) {
        EXPECT_EQ(parse_decision(decision_key(d)), d);
        EXPECT_EQ(parse_decision(decision_zh(d)), d);
    }
}

SiteDecisionRow row(SiteDecision d, std::string reason, std::string conditions, std::string date = "2026-12-08") {
    SiteDecisionRow r;
    r.decision = d;
    r.reason = std::move(reason);
    r.conditions = std::move(conditions);
    r.decision_date = std::move(date);
    return r;
}

Input refused_input(const SiteDecisionRow& r) {
    try {
        check_decision(r);
    } catch (const UsageError& e) {
        return e.input();
    }
    return Input::none;
}

TEST(SiteDecision, ARefusalOrARequestSaysWhyAndConditionsGoWithAnApproval) {
    EXPECT_EQ(refused_input(row(SiteDecision::approved, "", "")), Input::none);
    EXPECT_EQ(refused_input(row(SiteDecision::approved, "", "须增设临时停靠区")), Input::none);
    EXPECT_EQ(refused_input(row(SiteDecision::rejected, "与规划道路冲突", "")), Input::none);
    for (const auto d : {SiteDecision::rejected, SiteDecision::more_information})
        for (const char* reason : {"", "   "}) EXPECT_EQ(refused_input(row(d, reason, "")), Input::decision_reason) << decision_key(d);
    EXPECT_EQ(refused_input(row(SiteDecision::rejected, "与规划道路冲突", "须改址")), Input::decision_conditions);
    // The date at its edges: the last day of a leap February is one, of another February not.
    EXPECT_EQ(refused_input(row(SiteDecision::approved, "", "", "2024-02-29")), Input::none);
    for (const char* date : {"2023-02-29", "2026-13-01", "20261208", ""})
        EXPECT_EQ(refused_input(row(SiteDecision::approved, "", "", date)), Input::decision_date) << date;
}

}  // namespace
}  // namespace renozone

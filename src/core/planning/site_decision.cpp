#include "core/planning/site_decision.h"

#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/planning/ledger.h"

namespace renozone {
namespace {

struct DecisionWords {
    SiteDecision decision;
    const char* key;
    const char* zh;
    const char* also;  // another English spelling
};
constexpr DecisionWords words[] = {{SiteDecision::approved, "approved", "同意", "approve"},
                                   {SiteDecision::rejected, "rejected", "不同意", "reject"},
                                   {SiteDecision::more_information, "more_information", "补充材料", "more information"}};

const DecisionWords& words_of(SiteDecision d) {
    for (const auto& w : words)
        if (w.decision == d) return w;
    return words[2];
}

}  // namespace

const char* decision_key(SiteDecision d) { return words_of(d).key; }
const char* decision_zh(SiteDecision d) { return words_of(d).zh; }

std::optional<SiteDecision> parse_decision(const std::string& text) {
    const std::string given = to_lower_ascii(trim(text));
    for (const auto& w : words)
        if (given == w.key || given == w.zh || given == w.also) return w.decision;
    return std::nullopt;
}

const char* known_decisions() { return "approved, rejected or more_information (同意/不同意/补充材料)"; }

void check_decision(const SiteDecisionRow& row) {
    const std::string key = decision_key(row.decision), zh = decision_zh(row.decision);
    if (row.decision != SiteDecision::approved && trim(row.reason).empty())
        throw UsageError(Input::decision_reason, {"a decision '" + key + "' says why: give the reason", "“" + zh + "”须说明理由"});
    if (row.decision != SiteDecision::approved && !trim(row.conditions).empty())
        throw UsageError(Input::decision_conditions,
                         {"conditions go with an approval, not with '" + key + "'", "附加条件只用于“同意”，不用于“" + zh + "”"});
    if (!is_iso_date(row.decision_date))
        throw UsageError(Input::decision_date,
                         {"'" + row.decision_date + "' is not a date YYYY-MM-DD", "“" + row.decision_date + "”不是日期 YYYY-MM-DD"});
}

}  // namespace renozone

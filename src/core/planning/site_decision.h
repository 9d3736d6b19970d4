// The planning bureau's decision on a recorded site check (选址意见): approved
// (同意, perhaps on conditions), rejected (不同意) or more information needed
// (补充材料), with the reason, the date of the decision and who decided.
// Decisions are appended, never changed: the latest one on a check stands and
// the earlier ones are its history. A new check of a changed site names the
// check it follows, so check → decision → new check reads as one chain.
#pragma once

#include <optional>
#include <string>

namespace renozone {

enum class SiteDecision { approved, rejected, more_information };

const char* decision_key(SiteDecision d);  // approved, rejected, more_information
const char* decision_zh(SiteDecision d);   // 同意, 不同意, 补充材料
// Either language, English in any letter case ("more information" too); nullopt for anything else.
std::optional<SiteDecision> parse_decision(const std::string& text);
// "approved, rejected or more_information (同意/不同意/补充材料)", for messages.
const char* known_decisions();

struct SiteDecisionRow {
    long long id = 0;
    long long check_id = 0;
    SiteDecision decision = SiteDecision::more_information;
    std::string reason;
    std::string conditions;     // an approval's conditions
    std::string decision_date;  // YYYY-MM-DD, the date on the bureau's paper
    std::string decided_at;     // ISO 8601 UTC, when it was recorded
    std::string decided_by;     // the OS user
};

// A refusal or a request for more says why; conditions go with an approval;
// the date is a real date. UsageError naming the input otherwise.
void check_decision(const SiteDecisionRow& row);

}  // namespace renozone

// What each of the plan's responsible units owes a ledger project, derived
// from the plan's division of duties (五、职责分工) and the project's content.
#pragma once

#include "core/planning/ledger.h"

#include <optional>
#include <string>
#include <vector>

namespace renozone {

struct Duty {
    long long ledger_id = 0;
    int department_number = 0;     // (一) … (十三)
    std::string department;        // as the plan names it
    std::string member;            // the operator or street office, for grouped units
    std::string duty_key;          // plan_departments.h
    std::string item;              // content item key; empty for project-wide duties
    std::string task;              // what is owed, in the plan's words
    std::optional<double> amount_cny;
};

// Every project: coordination (区住房城乡建委), approvals and central funds
// (区发展改革委), funds (区财政局), mobilisation (the street office) and the
// lead department's ledger; then, per content item, each unit holding one of
// the item's duty keys. Heritage in the scope brings its duty without the item.
std::vector<Duty> derive_duties(const LedgerRecord& record);

}  // namespace renozone

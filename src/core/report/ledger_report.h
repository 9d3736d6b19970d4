// The ledger, its duties and the content items as tables (terminal text and
// CSV export) and JSON.
#pragma once

#include "core/base/table.h"
#include "core/planning/duties.h"
#include "core/planning/ledger.h"

#include <nlohmann/json.hpp>

namespace renozone {

// Every column, content named by category; plain numbers for machines, separators for people.
Table ledger_table(const std::vector<LedgerRecord>& records, bool for_machines);
// The columns a meeting reads first.
Table ledger_summary_table(const std::vector<LedgerRecord>& records);
nlohmann::ordered_json ledger_json(const std::vector<LedgerRecord>& records);

Table duties_table(const std::vector<Duty>& duties, bool for_machines);
nlohmann::ordered_json duties_json(const std::vector<Duty>& duties);

// Every change of a record, oldest first: version, when, who, the field, before and after.
Table ledger_history_table(const std::vector<LedgerChangeRow>& changes, bool for_machines);
nlohmann::ordered_json ledger_history_json(const std::vector<LedgerChangeRow>& changes);

Table content_items_table();

}  // namespace renozone

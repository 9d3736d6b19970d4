// The ledger's add and update as the shells call them: values are checked
// before anything is loaded, the scope is measured in the district, and the
// record and its duties are stored together, or the project is left as it was.
#pragma once

#include "core/analysis/district.h"
#include "core/planning/ledger.h"

#include <string>

namespace renozone {

// A new record from the change, checked; throws UsageError.
LedgerRecord new_ledger_record(const LedgerChange& change);
// The stored record with the change applied, checked; throws InputError when
// the project or the record does not exist, UsageError for bad values.
LedgerRecord changed_ledger_record(const std::string& project, long long id, const LedgerChange& change);

// Measures the record's scope (its unit looked up in the project) and stores
// it with its duties; the project is created when missing. Returns the record as stored.
LedgerRecord add_ledger_project(const std::string& project, const District& district, LedgerRecord record);
LedgerRecord update_ledger_project(const std::string& project, const District& district, LedgerRecord record);

}  // namespace renozone

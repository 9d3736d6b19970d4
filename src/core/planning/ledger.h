// The project ledger (一个项目一个台账, plan 六(二)4): one record per project
// with its scope, scale, content, investment, visual progress and lead
// department. Scale and subsidies are measured from the scope, never typed in.
#pragma once

#include "core/planning/unit_evaluation.h"

#include <optional>
#include <string>
#include <vector>

namespace renozone {

struct LedgerScale {
    long long buildings = 0;  // in-plan buildings in the scope, as the unit evaluation counts them
    double floor_area_m2 = 0;
    long long households = 0;
    double people = 0;
    long long lifts = 0;      // lifts the scope's buildings can take
    long long d_grade = 0;
    long long heritage = 0;
};

struct LedgerRecord {
    long long id = 0;
    std::string name;
    // Scope: an implementation unit of the project and/or whole communities.
    std::optional<long long> unit_id;
    std::vector<std::string> communities;
    std::string covered;              // measured: communities the scope meets, partial ones with their share
    std::vector<std::string> streets; // measured: street names
    LedgerScale scale;
    std::vector<std::string> content;  // content item keys (content_items.h)
    std::string phase;                 // 实施 / 谋划 / 储备
    std::optional<int> year;
    std::optional<double> investment_cny;
    UnitMoney money;                   // pipeline cost and the funding split of the investment
    SubsidySummary subsidy;            // lifts only when the content has them; 50 % of the pipeline cost
    std::optional<double> progress_percent;
    std::string start_date, end_date;  // YYYY-MM-DD
    std::string progress_note;         // 形象进度
    std::string lead_department;       // one of the plan's 13 units (or a member by name)
    std::string implementing_body;
    std::string updated;               // ISO 8601 UTC
    std::string updated_by;            // who changed it last: the OS user
    long long version = 0;             // 1 when added, one more each update; 0: not stored
};

// One field of a ledger record as one change left it (the ledger_history table).
struct LedgerChangeRow {
    long long ledger_id = 0;
    long long version = 0;  // the record's version this change made
    std::string changed_at, changed_by;
    std::string field, before, after;  // before empty when the record was added
};

// What `ledger add` or `ledger update` gives: only the set fields change.
struct LedgerChange {
    std::optional<std::string> name;
    std::optional<long long> unit_id;
    std::optional<std::vector<std::string>> communities;
    std::optional<std::vector<std::string>> content;  // replaces the list
    std::optional<std::string> phase;
    std::optional<int> year;
    std::optional<double> investment_cny, pipeline_cost_cny, progress_percent;
    std::optional<FundingSplit> funding;
    std::optional<std::string> start_date, end_date, progress_note, lead_department, implementing_body;
};

// Applies the change with its values normalised (phase, department, item keys);
// throws UsageError naming the option for a value the plan does not know, a
// bad date, a percent outside 0–100 or a negative amount.
void apply_change(LedgerRecord& record, const LedgerChange& change);

// A new record must name the project, its scope and its lead department.
void check_new_record(const LedgerRecord& record);

// "YYYY-MM-DD", a real calendar date.
bool is_iso_date(const std::string& text);

// Measures the scope (the union of the unit's polygon, when given, and the
// communities) and fills covered, streets, scale and subsidy.
void measure_scope(LedgerRecord& record, const District& district, const GEOSGeometry* unit);

// investment × share, when both are known.
std::optional<double> investment_share(const LedgerRecord& record, double FundingSplit::*share);

bool has_item(const LedgerRecord& record, const std::string& key);

}  // namespace renozone

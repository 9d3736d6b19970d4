// The monthly progress report (月度进度) of the project ledger, read from its
// history: each project's progress at the end of a month and its change since
// the end of the month before. Months are China Standard Time (UTC+8, no
// daylight saving), the district's own calendar; the history is kept in UTC.
#pragma once

#include "core/planning/ledger.h"

#include <optional>
#include <string>
#include <vector>

namespace renozone {

struct Month {
    int year = 0;
    int month = 0;  // 1-12

    std::string text() const;    // "2024-06"
    Month before() const;
    // The first instant of the month as the history writes instants ("2024-05-31T16:00:00Z").
    std::string start_utc() const;
};

// "2024-06" (or "2024-6"); nullopt for anything else.
std::optional<Month> parse_month(const std::string& text);

struct ProjectMonth {
    long long id = 0;
    std::string name;
    std::string phase;
    std::optional<int> year;
    std::string lead_department;
    std::vector<std::string> streets;
    long long households = 0;
    std::optional<double> progress;         // at the end of the month; none when never recorded by then
    std::optional<double> progress_before;  // at the end of the month before; none when the project was not yet there
    bool new_this_month = false;            // added during the month
    std::string note;                       // 形象进度 at the end of the month
    int changes = 0;                        // changes made during the month
    std::vector<std::string> changed_by;    // who made them, each once
    // Added before the ledger kept its history: when is not known, so it is
    // counted as there from the start.
    bool before_history = false;

    // progress − progress_before; a new project counts from 0.
    std::optional<double> change() const;
};

struct MonthlyProgress {
    Month month;
    std::vector<ProjectMonth> projects;  // those there at the end of the month, by id
    long long completed = 0;             // at 100 % at the end of the month
    long long completed_before = 0;
    long long changed = 0;               // with a change during the month
    long long added = 0;                 // added during the month
    std::optional<double> mean_progress;         // over the projects with a progress
    std::optional<double> mean_progress_before;  // the same a month before, over those then
};

// `records`: the ledger as it is now; `history`: every change of every record.
MonthlyProgress monthly_progress(const std::vector<LedgerRecord>& records, const std::vector<LedgerChangeRow>& history,
                                 Month month);

}  // namespace renozone

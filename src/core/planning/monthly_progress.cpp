#include "core/planning/monthly_progress.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <regex>

namespace renozone {
namespace {

constexpr int china_offset_hours = 8;

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

Month after(Month m) { return m.month == 12 ? Month{m.year + 1, 1} : Month{m.year, m.month + 1}; }

// A field's value at an instant: what the last change before it left, else
// what the first change after it found, else the value the record holds now.
class FieldTimeline {
public:
    explicit FieldTimeline(std::vector<const LedgerChangeRow*> rows) : rows_(std::move(rows)) {}

    std::optional<std::string> at(const std::string& instant, const std::string& now) const {
        const LedgerChangeRow* last_before = nullptr;
        for (const auto* r : rows_)
            if (r->changed_at < instant) last_before = r;
        if (last_before) return last_before->after;
        for (const auto* r : rows_)
            if (r->changed_at >= instant) return r->version == 1 ? std::nullopt : std::optional<std::string>(r->before);
        return now;
    }

private:
    std::vector<const LedgerChangeRow*> rows_;  // by version
};

// A number the store wrote as text; none for empty or anything else.
std::optional<double> number_of(const std::optional<std::string>& text) {
    if (!text || text->empty()) return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(text->c_str(), &end);
    if (end == text->c_str() || *end != '\0') return std::nullopt;
    return value;
}

std::string percent_text(const std::optional<double>& value) {
    if (!value) return "";
    char text[32];
    std::snprintf(text, sizeof text, "%.15g", *value);
    return text;
}

std::optional<double> mean(const std::vector<double>& values) {
    if (values.empty()) return std::nullopt;
    double sum = 0;
    for (double v : values) sum += v;
    return sum / static_cast<double>(values.size());
}

}  // namespace

std::string Month::text() const {
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d", year, month);
    return out;
}

Month Month::before() const { return month == 1 ? Month{year - 1, 12} : Month{year, month - 1}; }

std::string Month::start_utc() const {
    // Midnight on the 1st in UTC+8 is 16:00 UTC on the last day of the month before.
    const Month previous = before();
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:00:00Z", previous.year, previous.month, days_in(previous.year, previous.month),
                  24 - china_offset_hours);
    return out;
}

std::optional<Month> parse_month(const std::string& text) {
    static const std::regex pattern(R"((\d{4})-(\d{1,2}))");
    std::smatch m;
    if (!std::regex_match(text, m, pattern)) return std::nullopt;
    const Month month{std::stoi(m[1]), std::stoi(m[2])};
    if (month.month < 1 || month.month > 12 || month.year < 1900) return std::nullopt;
    return month;
}

std::optional<double> ProjectMonth::change() const {
    if (!progress) return std::nullopt;
    return *progress - (new_this_month ? 0.0 : progress_before.value_or(0.0));
}

MonthlyProgress monthly_progress(const std::vector<LedgerRecord>& records, const std::vector<LedgerChangeRow>& history,
                                 Month month) {
    const std::string start = month.start_utc(), end = after(month).start_utc();
    std::map<long long, std::map<std::string, std::vector<const LedgerChangeRow*>>> by_record;  // id -> field -> rows
    for (const auto& row : history) by_record[row.ledger_id][row.field].push_back(&row);
    for (auto& [id, fields] : by_record)
        for (auto& [field, rows] : fields)
            std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) { return a->version < b->version; });

    MonthlyProgress out;
    out.month = month;
    std::vector<double> now, before;
    for (const auto& record : records) {
        const auto& fields = by_record[record.id];
        const LedgerChangeRow* added = nullptr;
        for (const auto& [field, rows] : fields)
            for (const auto* r : rows)
                if (r->version == 1 && (!added || r->changed_at < added->changed_at)) added = r;
        if (added && added->changed_at >= end) continue;  // not there yet
        auto value = [&](const char* field, const std::string& instant, const std::string& current) {
            const auto it = fields.find(field);
            return it == fields.end() ? std::optional<std::string>(current)
                                      : FieldTimeline(it->second).at(instant, current);
        };
        ProjectMonth p;
        p.id = record.id;
        p.name = value("name", end, record.name).value_or("");
        p.phase = value("phase", end, record.phase).value_or("");
        if (const auto year = number_of(value("year", end, record.year ? std::to_string(*record.year) : ""))) p.year = static_cast<int>(*year);
        p.lead_department = value("lead_department", end, record.lead_department).value_or("");
        p.streets = record.streets;
        p.households = record.scale.households;
        p.before_history = !added;
        p.new_this_month = added && added->changed_at >= start;
        p.progress = number_of(value("progress_percent", end, percent_text(record.progress_percent)));
        if (!p.new_this_month) p.progress_before = number_of(value("progress_percent", start, percent_text(record.progress_percent)));
        p.note = value("progress_note", end, record.progress_note).value_or("");
        std::map<long long, std::string> versions;  // the changes of the month, each version once
        for (const auto& [field, rows] : fields)
            for (const auto* r : rows)
                if (r->changed_at >= start && r->changed_at < end) versions[r->version] = r->changed_by;
        p.changes = static_cast<int>(versions.size());
        for (const auto& [version, who] : versions)
            if (std::find(p.changed_by.begin(), p.changed_by.end(), who) == p.changed_by.end()) p.changed_by.push_back(who);

        out.added += p.new_this_month ? 1 : 0;
        out.changed += p.changes > 0 ? 1 : 0;
        out.completed += p.progress && *p.progress >= 100 ? 1 : 0;
        out.completed_before += p.progress_before && *p.progress_before >= 100 ? 1 : 0;
        if (p.progress) now.push_back(*p.progress);
        if (p.progress_before) before.push_back(*p.progress_before);
        out.projects.push_back(std::move(p));
    }
    out.mean_progress = mean(now);
    out.mean_progress_before = mean(before);
    return out;
}

}  // namespace renozone

#include "core/report/progress_report.h"

#include "core/base/text_utils.h"
#include "core/report/html_style.h"
#include "core/report/html_table.h"

#include <algorithm>

namespace renozone {
namespace {

using json = nlohmann::ordered_json;

std::string percent(const std::optional<double>& v) { return v ? format_number(*v, 1) : ""; }
std::string signed_points(const std::optional<double>& v) {
    if (!v) return "";
    return (*v > 0 ? "+" : "") + format_number(*v, 1);
}
json percent_or_null(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

std::vector<std::string> row_of(const ProjectMonth& p) {
    return {std::to_string(p.id), p.name, p.phase, p.year ? std::to_string(*p.year) : "", p.lead_department,
            percent(p.progress), p.new_this_month ? "" : percent(p.progress_before), signed_points(p.change()),
            std::string(p.new_this_month ? "new 新增" : p.before_history ? "before history 早于历史" : ""), p.note,
            std::to_string(p.changes), join_list(p.changed_by, ",", ",")};
}

std::string totals_text(const MonthlyProgress& m) {
    const std::string month = m.month.text(), before = m.month.before().text();
    return "monthly progress 月度进度 " + month + " (months in China Standard Time, UTC+8)\n" + "projects 项目 " +
           std::to_string(m.projects.size()) + ", added this month 本月新增 " + std::to_string(m.added) +
           ", changed this month 本月有更新 " + std::to_string(m.changed) + "\n" + "completed (100 %) 已完成 " +
           std::to_string(m.completed) + " (" + before + ": " + std::to_string(m.completed_before) + ")\n" +
           "mean progress 平均进度 " + (m.mean_progress ? format_number(*m.mean_progress, 1) + " %" : "-") + " (" + before +
           ": " + (m.mean_progress_before ? format_number(*m.mean_progress_before, 1) + " %" : "-") + ")\n";
}

}  // namespace

Table monthly_progress_table(const MonthlyProgress& m, bool for_machines) {
    Table t{for_machines ? std::vector<std::string>{"ledger_id", "name", "phase", "year", "lead_department", "progress_percent",
                                                    "progress_percent_month_before", "change_points", "status", "progress_note",
                                                    "changes", "changed_by"}
                         : std::vector<std::string>{"project 项目", "name 名称", "phase 阶段", "year 年度", "lead 牵头单位",
                                                    "progress % 进度", m.month.before().text() + " %", "change 变化",
                                                    "status 状态", "note 形象进度", "changes 更新次数", "by 更新人"},
            {true, false, false, true, false, true, true, true, false, false, true, false},
            {}};
    for (const auto& p : m.projects) t.rows.push_back(row_of(p));
    return t;
}

std::string monthly_progress_text(const MonthlyProgress& m) {
    return totals_text(m) + "\n" + render_text(monthly_progress_table(m, false));
}

json monthly_progress_json(const MonthlyProgress& m) {
    json projects = json::array();
    for (const auto& p : m.projects)
        projects.push_back(json{{"ledger_id", p.id},
                                {"name", p.name},
                                {"phase", p.phase},
                                {"year", p.year ? json(*p.year) : json(nullptr)},
                                {"lead_department", p.lead_department},
                                {"progress_percent", percent_or_null(p.progress)},
                                {"progress_percent_month_before", percent_or_null(p.progress_before)},
                                {"change_points", percent_or_null(p.change())},
                                {"new_this_month", p.new_this_month},
                                {"before_history", p.before_history},
                                {"progress_note", p.note},
                                {"changes", p.changes},
                                {"changed_by", p.changed_by}});
    return json{{"month", m.month.text()},
                {"calendar", "China Standard Time (UTC+8)"},
                {"projects_count", m.projects.size()},
                {"added", m.added},
                {"changed", m.changed},
                {"completed", m.completed},
                {"completed_month_before", m.completed_before},
                {"mean_progress_percent", percent_or_null(m.mean_progress)},
                {"mean_progress_percent_month_before", percent_or_null(m.mean_progress_before)},
                {"projects", projects}};
}

std::string monthly_progress_html(const MonthlyProgress& m, const std::string& project_name) {
    const std::string title = "项目台账月度进度 " + m.month.text() + " / Monthly progress of the project ledger";
    HtmlTable table;
    table.css_class = "progress";
    const Table t = monthly_progress_table(m, false);
    table.headers = t.headers;
    table.numeric = t.numeric;
    table.rows = t.rows;
    // A bar a project: last month's progress dark, this month's gain light.
    std::string bars;
    for (const auto& p : m.projects) {
        const double now = std::clamp(p.progress.value_or(0.0), 0.0, 100.0);
        const double before = p.new_this_month ? 0.0 : std::clamp(std::min(p.progress_before.value_or(0.0), now), 0.0, 100.0);
        bars += "<div class=\"pbar\"><span class=\"pbar-name\">" + escape_xml(std::to_string(p.id) + " " + p.name) +
                "</span><span class=\"pbar-track\"><span class=\"pbar-before\" style=\"width:" + format_number(before, 1, false) +
                "%\"></span><span class=\"pbar-gain\" style=\"width:" + format_number(now - before, 1, false) +
                "%\"></span></span><span class=\"pbar-value\">" + escape_xml(p.progress ? format_number(*p.progress, 1) + " %" : "未记录") +
                "</span></div>\n";
    }
    std::string totals;
    const std::string text = totals_text(m);
    for (std::size_t start = 0, end; start < text.size(); start = end + 1) {
        end = std::min(text.find('\n', start), text.size());
        totals += "<p>" + escape_xml(text.substr(start, end - start)) + "</p>\n";
    }
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape_xml(title) +
           "</title>\n<style>" + html_report_css() +
           ".pbar{display:flex;align-items:center;gap:.5em;margin:.3em 0}.pbar-name{width:16em;overflow:hidden;"
           "white-space:nowrap;text-overflow:ellipsis}.pbar-track{flex:1;max-width:30em;height:1em;background:#dde3ea;"
           "display:flex}.pbar-before{background:#2b6cb0}.pbar-gain{background:#90cdf4}.pbar-value{width:5em;text-align:right}"
           "</style>\n</head>\n<body>\n<main>\n<h1>" +
           escape_xml(title) + "</h1>\n<p>" + escape_xml(project_name) + "</p>\n" + totals +
           "<h2>进度 Progress（深色：上月末 " + escape_xml(m.month.before().text()) + "；浅色：本月增加）</h2>\n" + bars +
           "<h2>明细 Projects</h2>\n" + render_html(table) + "\n</main>\n</body>\n</html>\n";
}

}  // namespace renozone

#include "core/report/ledger_report.h"

#include "core/base/text_utils.h"
#include "core/planning/content_items.h"
#include "core/report/figures.h"

#include <cmath>

namespace renozone {
namespace {

using json = nlohmann::ordered_json;


// Whole numbers without decimals, the rest to the cent; separators for people only.
std::string number_text(const std::optional<double>& v, bool for_machines) { return amount_text(v, !for_machines); }
json opt_json(const std::optional<double>& v) { return v ? json(round_to(*v, 2)) : json(nullptr); }

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
    return out;
}

std::string items_of(const LedgerRecord& r, ContentCategory category) {
    std::vector<std::string> names;
    for (const auto& key : r.content)
        if (const ContentItem* item = find_content_item(key); item && item->category == category) names.push_back(item->name);
    return joined(names, "、");
}

struct Source {
    const char* key;
    double FundingSplit::*share;
};
constexpr Source sources[] = {{"central", &FundingSplit::central},
                              {"municipal", &FundingSplit::municipal},
                              {"district", &FundingSplit::district},
                              {"residents", &FundingSplit::residents}};

}  // namespace

Table ledger_table(const std::vector<LedgerRecord>& records, bool m) {
    Table t;
    t.headers = {"id", "name", "unit_id", "communities", "covered", "streets", "phase", "year", "buildings", "floor_area_m2",
                 "households", "people", "lifts", "d_grade_buildings", "heritage_buildings", "basic 基础类",
                 "improvement 完善类", "enhancement 提升类", "content", "investment_cny", "pipeline_cost_cny"};
    for (const auto& s : sources) t.headers.push_back(std::string("investment_") + s.key + "_cny");
    for (const char* h : {"lift_subsidy_cny", "pipeline_subsidy_cny", "subsidy_total_cny", "progress_percent", "start_date",
                          "end_date", "progress_note", "lead_department", "implementing_body", "updated"})
        t.headers.push_back(h);
    for (const auto& h : t.headers)
        t.numeric.push_back(h == "id" || h == "unit_id" || h == "year" || h.ends_with("_cny") || h.ends_with("_m2") ||
                            h == "buildings" || h == "households" || h == "people" || h == "lifts" ||
                            h.ends_with("_buildings") || h == "progress_percent");
    for (const auto& r : records) {
        std::vector<std::string> row = {
            std::to_string(r.id), r.name, r.unit_id ? std::to_string(*r.unit_id) : "", joined(r.communities, ","), r.covered,
            joined(r.streets, ","), r.phase, r.year ? std::to_string(*r.year) : "", number_text(double(r.scale.buildings), m),
            number_text(round_to(r.scale.floor_area_m2, 2), m), number_text(double(r.scale.households), m),
            number_text(std::round(r.scale.people * 10) / 10, m), number_text(double(r.scale.lifts), m),
            number_text(double(r.scale.d_grade), m), number_text(double(r.scale.heritage), m),
            items_of(r, ContentCategory::basic), items_of(r, ContentCategory::improvement),
            items_of(r, ContentCategory::enhancement), joined(r.content, ","), number_text(r.investment_cny, m),
            number_text(r.money.pipeline_cost_cny, m)};
        for (const auto& s : sources) row.push_back(number_text(investment_share(r, s.share), m));
        for (const std::string& cell :
             {number_text(r.subsidy.lift_subsidy_cny, m), number_text(r.subsidy.pipeline_subsidy_cny, m),
              number_text(r.subsidy.total_cny, m), number_text(r.progress_percent, m), r.start_date, r.end_date,
              r.progress_note, r.lead_department, r.implementing_body, r.updated})
            row.push_back(cell);
        t.rows.push_back(row);
    }
    return t;
}

Table ledger_summary_table(const std::vector<LedgerRecord>& records) {
    Table t{{"id", "project 项目", "lead 牵头单位", "phase 阶段", "year 年度", "buildings 栋", "floor area m² 面积",
             "households 户", "content 改造内容", "investment CNY 投资", "subsidy CNY 补助", "progress 进度", "dates 工期"},
            {true, false, false, false, true, true, true, true, false, true, true, true, false},
            {}};
    for (const auto& r : records) {
        std::vector<std::string> names;
        for (const auto& key : r.content)
            if (const ContentItem* item = find_content_item(key)) names.push_back(item->name);
        const std::string dates = r.start_date.empty() && r.end_date.empty() ? "" : r.start_date + "–" + r.end_date;
        t.rows.push_back({std::to_string(r.id), r.name, r.lead_department, r.phase, r.year ? std::to_string(*r.year) : "",
                          format_number(double(r.scale.buildings), 0), format_number(r.scale.floor_area_m2, 0),
                          format_number(double(r.scale.households), 0), joined(names, "、"),
                          r.investment_cny ? format_number(*r.investment_cny, 0) : "", format_number(r.subsidy.total_cny, 0),
                          r.progress_percent ? format_number(*r.progress_percent, 0) + "%" : "", dates});
    }
    return t;
}

json ledger_json(const std::vector<LedgerRecord>& records) {
    json all = json::array();
    for (const auto& r : records) {
        json content;
        for (ContentCategory c : {ContentCategory::basic, ContentCategory::improvement, ContentCategory::enhancement}) {
            json keys = json::array();
            for (const auto& key : r.content)
                if (const ContentItem* item = find_content_item(key); item && item->category == c) keys.push_back(key);
            content[category_key(c)] = keys;
        }
        json funding = nullptr;
        if (r.money.funding) {
            funding = json::object();
            for (const auto& s : sources)
                funding[s.key] = json{{"share", (*r.money.funding).*s.share}, {"cny", opt_json(investment_share(r, s.share))}};
        }
        all.push_back(json{{"id", r.id},
                           {"name", r.name},
                           {"unit_id", r.unit_id ? json(*r.unit_id) : json(nullptr)},
                           {"communities", r.communities},
                           {"covered", r.covered},
                           {"streets", r.streets},
                           {"phase", r.phase},
                           {"year", r.year ? json(*r.year) : json(nullptr)},
                           {"buildings", r.scale.buildings},
                           {"floor_area_m2", round_to(r.scale.floor_area_m2, 2)},
                           {"households", r.scale.households},
                           {"people", std::round(r.scale.people * 10) / 10},
                           {"lifts", r.scale.lifts},
                           {"d_grade_buildings", r.scale.d_grade},
                           {"heritage_buildings", r.scale.heritage},
                           {"content", content},
                           {"investment_cny", opt_json(r.investment_cny)},
                           {"pipeline_cost_cny", opt_json(r.money.pipeline_cost_cny)},
                           {"funding", funding},
                           {"lift_subsidy_cny", round_to(r.subsidy.lift_subsidy_cny, 2)},
                           {"pipeline_subsidy_cny", round_to(r.subsidy.pipeline_subsidy_cny, 2)},
                           {"subsidy_total_cny", round_to(r.subsidy.total_cny, 2)},
                           {"progress_percent", opt_json(r.progress_percent)},
                           {"start_date", r.start_date},
                           {"end_date", r.end_date},
                           {"progress_note", r.progress_note},
                           {"lead_department", r.lead_department},
                           {"implementing_body", r.implementing_body},
                           {"updated", r.updated}});
    }
    return all;
}

Table duties_table(const std::vector<Duty>& duties, bool m) {
    if (m) {
        Table t{{"ledger_id", "department_number", "department", "member", "duty_key", "item", "task", "amount_cny"},
                {true, true, false, false, false, false, false, true},
                {}};
        for (const auto& d : duties)
            t.rows.push_back({std::to_string(d.ledger_id), std::to_string(d.department_number), d.department, d.member,
                              d.duty_key, d.item, d.task, number_text(d.amount_cny, m)});
        return t;
    }
    // For people the member stands for its group: one operator, one street office.
    Table t{{"project 项目", "no. 序号", "unit 责任单位", "duty 职责", "task 任务", "amount CNY 金额"},
            {true, true, false, false, false, true},
            {}};
    for (const auto& d : duties)
        t.rows.push_back({std::to_string(d.ledger_id), std::to_string(d.department_number),
                          d.member.empty() ? d.department : d.member, d.duty_key, d.task, number_text(d.amount_cny, m)});
    return t;
}

Table ledger_history_table(const std::vector<LedgerChangeRow>& changes, bool m) {
    Table t{m ? std::vector<std::string>{"ledger_id", "version", "changed_at", "changed_by", "field", "before", "after"}
              : std::vector<std::string>{"project 项目", "version 版本", "when 时间", "who 修改人", "field 字段", "before 修改前", "after 修改后"},
            {true, true, false, false, false, false, false},
            {}};
    for (const auto& c : changes)
        t.rows.push_back({std::to_string(c.ledger_id), std::to_string(c.version), c.changed_at, c.changed_by, c.field, c.before, c.after});
    return t;
}

json ledger_history_json(const std::vector<LedgerChangeRow>& changes) {
    json all = json::array();
    for (const auto& c : changes)
        all.push_back(json{{"ledger_id", c.ledger_id}, {"version", c.version}, {"changed_at", c.changed_at},
                           {"changed_by", c.changed_by}, {"field", c.field}, {"before", c.before}, {"after", c.after}});
    return all;
}

json duties_json(const std::vector<Duty>& duties) {
    json all = json::array();
    for (const auto& d : duties)
        all.push_back(json{{"ledger_id", d.ledger_id}, {"department_number", d.department_number}, {"department", d.department},
                           {"member", d.member}, {"duty_key", d.duty_key}, {"item", d.item}, {"task", d.task},
                           {"amount_cny", opt_json(d.amount_cny)}});
    return all;
}

Table content_items_table() {
    Table t{{"key", "item 内容", "category 类别", "pipeline 管线", "duty keys 职责"}, {false, false, false, false, false}, {}};
    for (const auto& item : content_items())
        t.rows.push_back({item.key, item.name, std::string(category_key(item.category)) + " " + category_name(item.category),
                          item.pipeline ? "yes" : "", joined(item.duty_keys, ",")});
    return t;
}

}  // namespace renozone

#include "command_site_decision.h"

#include "core/base/china_time.h"
#include "core/base/errors.h"
#include "core/base/table.h"
#include "core/planning/project_store.h"
#include "core/vocabulary/report_labels.h"
#include "output_options.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <map>

namespace renozone::cli {
namespace {

using json = nlohmann::ordered_json;

std::string decision_words(SiteDecision d) { return std::string(decision_zh(d)) + " " + decision_key(d); }

json decision_json(const SiteDecisionRow& d) {
    return json{{"id", d.id},
                {"check_id", d.check_id},
                {"decision", decision_key(d.decision)},
                {"decision_zh", decision_zh(d.decision)},
                {"reason", d.reason},
                {"conditions", d.conditions},
                {"decision_date", d.decision_date},
                {"decided_at", d.decided_at},
                {"decided_by", d.decided_by}};
}

json check_json(const StoredSiteCheck& c) {
    return json{{"check_id", c.id},
                {"follows_check", c.follows ? json(*c.follows) : json(nullptr)},
                {"type", c.type},
                {"verdict", c.verdict},
                {"households_served", c.households_served},
                {"failed_rules", c.failed_rules},
                {"checked", c.checked},
                {"decision", c.decision ? decision_json(*c.decision) : json(nullptr)},
                {"decisions", c.decisions}};
}

// Every site check with the decision that stands on it.
void list_checks(const std::vector<StoredSiteCheck>& checks, const OutputOptions& output) {
    if (output.format == "json") {
        json all = json::array();
        for (const auto& c : checks) all.push_back(check_json(c));
        return output.emit(all.dump(2) + "\n");
    }
    const bool m = output.format == "csv";
    Table t{m ? std::vector<std::string>{"check_id", "follows_check", "type", "verdict", "households_served", "failed_rules", "checked",
                                         "decision", "reason", "conditions", "decision_date", "decided_by", "decisions"}
              : std::vector<std::string>{"check 检查", "follows 接续", "type 设施", "verdict 结论", "households 服务户数",
                                         "failed 未通过规则", "checked 检查时间", "decision 规划部门意见", "reason 理由",
                                         "conditions 附加条件", "date 决定日期", "by 决定人", "decisions 意见次数"},
            {true, true, false, false, true, false, false, false, false, false, false, false, true},
            {}};
    for (const auto& c : checks) {
        const SiteDecisionRow* d = c.decision ? &*c.decision : nullptr;
        t.rows.push_back({std::to_string(c.id), c.follows ? std::to_string(*c.follows) : "", m ? c.type : facility_label(Lang::zh, c.type),
                          c.verdict, std::to_string(c.households_served), c.failed_rules, c.checked,
                          d ? (m ? std::string(decision_key(d->decision)) : decision_words(d->decision)) : (m ? "" : "未决定 pending"),
                          d ? d->reason : "", d ? d->conditions : "", d ? d->decision_date : "", d ? d->decided_by : "",
                          std::to_string(c.decisions)});
    }
    output.emit(m ? render_csv(t) : render_text(t));
}

// The chain `check_id` belongs to: every check that goes back to the same
// first check (branches too, when two checks follow one), oldest first, each
// with the decisions on it.
void list_chain(ProjectStore& store, const std::vector<StoredSiteCheck>& checks, long long check_id, const OutputOptions& output) {
    std::map<long long, const StoredSiteCheck*> by_id;
    for (const auto& c : checks) by_id[c.id] = &c;
    if (!by_id.count(check_id)) throw InputError(store.path() + ": no site check with id " + std::to_string(check_id));
    auto first_of = [&](long long id) {
        for (int guard = 0; by_id[id]->follows && by_id.count(*by_id[id]->follows) && guard < 10000; ++guard) id = *by_id[id]->follows;
        return id;
    };
    const long long first = first_of(check_id);
    std::vector<const StoredSiteCheck*> chain;
    for (const auto& [id, c] : by_id)
        if (first_of(id) == first) chain.push_back(c);
    const auto decisions = store.site_decisions();
    if (output.format == "json") {
        json all = json::array();
        for (const auto* c : chain) {
            json step = check_json(*c);
            json on = json::array();
            for (const auto& d : decisions)
                if (d.check_id == c->id) on.push_back(decision_json(d));
            step["decisions"] = on;
            all.push_back(step);
        }
        return output.emit(all.dump(2) + "\n");
    }
    const bool m = output.format == "csv";
    Table t{m ? std::vector<std::string>{"step", "check_id", "what", "reason", "conditions", "date", "by"}
              : std::vector<std::string>{"step 环节", "check 检查", "what 内容", "reason 理由", "conditions 附加条件", "date 日期",
                                         "by 决定人"},
            {false, true, false, false, false, false, false},
            {}};
    for (const auto* c : chain) {
        t.rows.push_back({m ? "check" : "检查 check", std::to_string(c->id),
                          (m ? c->type : facility_label(Lang::zh, c->type)) + " " + c->verdict +
                              (c->failed_rules.empty() ? "" : " (" + c->failed_rules + ")"),
                          "", "", c->checked, ""});
        for (const auto& d : decisions)
            if (d.check_id == c->id)
                t.rows.push_back({m ? "decision" : "意见 decision", std::to_string(c->id),
                                  m ? std::string(decision_key(d.decision)) : decision_words(d.decision), d.reason, d.conditions,
                                  d.decision_date, d.decided_by});
    }
    output.emit(m ? render_csv(t) : render_text(t));
}

}  // namespace

void add_site_decision_command(CLI::App& app, Terminal& terminal) {
    auto* group = app.add_subcommand("site-decision", "the planning bureau's decisions on recorded site checks (选址意见)");
    group->require_subcommand(1);

    struct AddOptions {
        std::string project;
        long long check = 0;
        std::string decision;
        std::string reason, conditions, date;
    };
    auto add = std::make_shared<AddOptions>();
    auto* add_cmd = group->add_subcommand("add", "record a decision on a site check; the latest stands, the earlier stay as history");
    add_cmd->add_option("--project", add->project, "project GeoPackage")->required();
    add_cmd->add_option("--check", add->check, "site check id (as check-site --project recorded it)")->required();
    add_cmd->add_option("--decision", add->decision, known_decisions())->required();
    add_cmd->add_option("--reason", add->reason, "why (required for rejected and more_information)");
    add_cmd->add_option("--conditions", add->conditions, "an approval's conditions");
    add_cmd->add_option("--date", add->date, "the decision's date YYYY-MM-DD (default: today in China)");
    add_cmd->callback([add, &terminal] {
        const auto decision = parse_decision(add->decision);
        if (!decision)
            throw UsageError(Input::site_decision, {"'" + add->decision + "' is not one of " + known_decisions(),
                                                    "“" + add->decision + "”不是 同意、不同意、补充材料 之一"});
        SiteDecisionRow row;
        row.check_id = add->check;
        row.decision = *decision;
        row.reason = add->reason;
        row.conditions = add->conditions;
        row.decision_date = add->date.empty() ? china_today().iso() : add->date;
        ProjectStore store(add->project);
        row = store.add_site_decision(row);
        GeosContext geos;
        for (const auto& c : store.site_checks(geos.get()))
            if (c.id == row.check_id && c.verdict == "fail" && row.decision == SiteDecision::approved)
                terminal.warn("site check " + std::to_string(c.id) + " failed " + c.failed_rules + "; approved all the same");
        std::cout << "recorded decision " << row.id << " on site check " << row.check_id << ": " << decision_words(row.decision)
                  << ", " << row.decision_date << " (" << row.decided_by << ")\n";
    });

    struct ListOptions {
        std::string project;
        std::optional<long long> check;
        OutputOptions output;
    };
    auto list = std::make_shared<ListOptions>();
    auto* list_cmd = group->add_subcommand(
        "list", "every site check with the decision that stands; --check N: its chain, check → decision → new check");
    list_cmd->add_option("--project", list->project, "project GeoPackage")->required();
    list_cmd->add_option("--check", list->check, "one site check: the chain it belongs to, each check and its decisions");
    add_output_options(*list_cmd, list->output);
    list_cmd->callback([list] {
        ProjectStore store(list->project);
        GeosContext geos;
        const auto checks = store.site_checks(geos.get());
        if (list->check) list_chain(store, checks, *list->check, list->output);
        else list_checks(checks, list->output);
    });
}

}  // namespace renozone::cli

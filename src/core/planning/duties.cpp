#include "core/planning/duties.h"

#include "core/base/text_utils.h"
#include "core/planning/content_items.h"
#include "core/planning/plan_departments.h"

#include <algorithm>
#include <map>
#include <utility>

namespace renozone {
namespace {

// The plan's words (五、职责分工 and 四) for what a unit does under a duty key,
// and the share of the investment it answers for, where the plan names one.
struct Task {
    std::string text;
    double FundingSplit::*share = nullptr;
};

const std::map<std::pair<int, std::string>, Task>& tasks() {
    static const std::map<std::pair<int, std::string>, Task> t = {
        {{1, "coordination"}, {"统筹：年度建设计划申报、项目调度、资金、进度、考评；立项报批、方案设计"}},
        {{2, "funding"}, {"中央预算内投资资金支持；立项、可研审批、概算批复", &FundingSplit::central}},
        {{5, "funding"}, {"按计划安排核拨项目资金"}},
        {{5, "subsidy"}, {"在老旧小区项目专项资金中列支补助"}},
        {{13, "mobilisation"}, {"宣传动员，发动居民自筹资金，化解矛盾纠纷", &FundingSplit::residents}},
        {{3, "power"}, {"督促供电运营单位规范整治、迁移电力管线"}},
        {{3, "gas"}, {"督促燃气运营单位规范整治、迁移燃气管线"}},
        {{3, "telecom"}, {"督促通信运营单位规范整治、迁移通信管线"}},
        {{10, "power"}, {"强电线路规范整治，变配箱及线路迁移更新"}},
        {{10, "streetlight"}, {"市政公用路灯接口设置"}},
        {{11, "water"}, {"供水管网及“一户一表”规范整治，水表箱及线路迁移更新"}},
        {{12, "telecom"}, {"网络光纤线路规范整治，线路及设施设备迁移更新"}},
        {{6, "lifts"}, {"加装电梯规划审批"}},
        {{6, "site"}, {"规划选址、用地许可"}},
        {{6, "rebuild"}, {"D级危房自建联建审批（四原原则，计容面积增加不超过约15%）"}},
        {{4, "elderly"}, {"建立养老公共服务设施"}},
        {{4, "community"}, {"基层群众自治建设和社区治理"}},
        {{7, "municipal"}, {"市政公用设施、垃圾分类、充电装置、停车场的导入及监管"}},
        {{7, "demolition"}, {"查处违章违法建筑"}},
        {{13, "demolition"}, {"协助城市管理等部门拆除违章建筑"}},
        {{13, "community"}, {"牵头落实并组织实施社区服务功能提升"}},
        {{13, "management"}, {"指导成立业主委员会或物业服务中心，建立和完善小区管理长效机制"}},
        {{8, "heritage"}, {"文物保护的导入及指导：历史建筑修缮，不得拆除"}},
        {{8, "culture_sports"}, {"文化体育设施布置的导入及指导"}},
        {{9, "health"}, {"卫生、防疫、医疗相关导入及监管"}},
    };
    return t;
}

Task task_of(const Department& d, const std::string& key) {
    const auto it = tasks().find({d.number, key});
    return it == tasks().end() ? Task{d.duties} : it->second;
}

bool holds(const Department& d, const std::string& key) {
    return std::find(d.duty_keys.begin(), d.duty_keys.end(), key) != d.duty_keys.end();
}

// Street offices and township governments by the streets the scope meets.
std::vector<std::string> street_offices(const LedgerRecord& r) {
    std::vector<std::string> offices;
    for (const auto& street : r.streets) {
        const bool township = street.ends_with("镇") || street.ends_with("乡");
        offices.push_back(street + (township ? "人民政府" : street.ends_with("街道") ? "办事处" : ""));
    }
    return offices;
}

class Deriver {
public:
    explicit Deriver(const LedgerRecord& r) : r_(r), offices_(street_offices(r)) {}

    // One line per unit, or per member for the grouped units: each operator,
    // and the street offices of the streets the scope meets. An amount is not
    // split among members: the plan does not say how.
    void add(const Department& d, const std::string& key, const std::string& item, const std::string& task,
             std::optional<double> amount = std::nullopt) {
        std::vector<std::string> members = d.number == 13 ? offices_ : d.members;
        if (members.empty()) members.push_back("");
        if (members.size() > 1) amount.reset();
        for (const auto& member : members) duties_.push_back({r_.id, d.number, d.name, member, key, item, task, amount});
    }
    // A duty every project brings.
    void add_key(const std::string& key) {
        for (const auto& d : plan_departments()) {
            if (!holds(d, key)) continue;
            const Task task = task_of(d, key);
            add(d, key, "", task.text, task.share ? investment_share(r_, task.share) : std::nullopt);
        }
    }
    void push(Duty duty) { duties_.push_back(std::move(duty)); }
    void add_item(const ContentItem& item) {
        for (const auto& d : plan_departments()) {
            const auto key = std::find_if(item.duty_keys.begin(), item.duty_keys.end(), [&](const auto& k) { return holds(d, k); });
            if (key == item.duty_keys.end()) continue;
            std::string task = task_of(d, *key).text + "：" + item.name;
            std::optional<double> amount;
            if (item.key == "lifts") {
                task += "（" + std::to_string(r_.scale.lifts) + " 台）";
                if (*key == "subsidy") amount = r_.subsidy.lift_subsidy_cny;
            }
            add(d, *key, item.key, task, amount);
        }
    }
    std::vector<Duty> take() {
        std::stable_sort(duties_.begin(), duties_.end(),
                         [](const Duty& a, const Duty& b) { return a.department_number < b.department_number; });
        return std::move(duties_);
    }

private:
    const LedgerRecord& r_;
    std::vector<std::string> offices_;
    std::vector<Duty> duties_;
};

}  // namespace

std::vector<Duty> derive_duties(const LedgerRecord& r) {
    Deriver out(r);
    const bool pipelines = std::any_of(r.content.begin(), r.content.end(), [](const std::string& key) {
        const ContentItem* item = find_content_item(key);
        return item && item->pipeline;
    });
    if (const Department* lead = find_department(r.lead_department)) {
        const std::string member = r.lead_department == lead->name ? "" : r.lead_department;
        out.push({r.id, lead->number, lead->name, member, "lead", "",
                  "项目牵头：一个项目一个台账，明确改造范围、规模、内容、投资、形象进度", std::nullopt});
        if (pipelines)
            out.push({r.id, lead->number, lead->name, member, "pipeline_coordination", "",
                      "与管线单位建立协调工作机制，书面告知改造计划和年度实施计划", std::nullopt});
    }
    out.add_key("coordination");
    out.add_key("funding");
    out.add_key("mobilisation");
    for (const auto& key : r.content)
        if (const ContentItem* item = find_content_item(key)) out.add_item(*item);
    if (r.scale.heritage > 0 && !has_item(r, "heritage")) out.add_item(*find_content_item("heritage"));
    const double pipeline_cost = r.money.pipeline_cost_cny.value_or(0);
    if (r.subsidy.pipeline_subsidy_cny > 0 && pipeline_cost > 0) {
        const std::string share = format_number(100.0 * r.subsidy.pipeline_subsidy_cny / pipeline_cost, 0);
        for (const auto& d : plan_departments())
            if (holds(d, "subsidy"))
                out.add(d, "subsidy", "", task_of(d, "subsidy").text + "：综合管线整治总费用 " + format_number(pipeline_cost, 0) +
                        " 元的 " + share + "%", r.subsidy.pipeline_subsidy_cny);
    }
    return out.take();
}

}  // namespace renozone

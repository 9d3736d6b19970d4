#include "core/io/plan_loader.h"

#include "core/base/text_utils.h"
#include "core/io/attribute_reader.h"

namespace renozone {

std::string normalise_phase(const std::string& raw) {
    const std::string text = to_lower_ascii(trim(raw));
    if (text.find("实施") != std::string::npos || text == "implement") return "实施";
    if (text.find("谋划") != std::string::npos || text == "plan") return "谋划";
    if (text.find("储备") != std::string::npos || text == "reserve") return "储备";
    return "";
}

std::vector<PlanEntry> load_plan_entries(OpenLayer& layer, Findings& findings) {
    AttributeReader attributes(layer, findings);
    std::vector<PlanEntry> entries;
    layer.read_features([&](OGRFeature& f) {
        const std::string row = "row " + std::to_string(f.GetFID());
        const FeatureRef ref{row, row};
        PlanEntry e;
        e.source = layer.where() + ": " + row;
        e.community_id = attributes.text(f, "community_id", ref).value_or("");
        e.community_name = attributes.text(f, "community_name", ref).value_or("");
        e.street_code = attributes.text(f, "street_code", ref).value_or("");
        const std::string phase = attributes.text(f, "phase", ref).value_or("");
        e.phase = normalise_phase(phase);
        if (!phase.empty() && e.phase.empty())
            findings.add(Severity::warning, "unknown_phase", "plan", row,
                         layer.where() + ": " + row,
                         Problem{": phase '" + abbreviate(phase) + "' is not 实施, 谋划 or 储备",
                                 "：阶段 '" + abbreviate(phase) + "' 不是实施、谋划或储备"});
        e.year = attributes.integer(f, "year", ref, {1990, 2100, "plan year", "规划年度"});
        e.demonstration = attributes.integer(f, "demonstration", ref, {0, 1, "demonstration flag 0/1", "示范标记 0/1"}).value_or(0) == 1;
        e.path = attributes.text(f, "path", ref).value_or("");
        e.target_buildings = attributes.number(f, "target_buildings", ref, {0, 1e7, "target buildings", "目标栋数"});
        e.target_floor_area = attributes.number(f, "target_floor_area", ref, {0, 1e9, "target floor area", "目标建筑面积"});
        e.target_households = attributes.number(f, "target_households", ref, {0, 1e8, "target households", "目标户数"});
        e.target_people = attributes.number(f, "target_people", ref, {0, 1e9, "target people", "目标人口"});
        if (e.community_id.empty() && e.community_name.empty())
            findings.add(Severity::error, "plan_row_unnamed", "plan", row,
                         layer.where() + ": " + row,
                         Problem{": names no community (community_id and community_name empty)",
                                 "：未指明小区（community_id 和 community_name 均为空）"});
        entries.push_back(std::move(e));
    });
    return entries;
}

PlanTargets load_plan_targets(OpenLayer& layer, Findings& findings) {
    AttributeReader attributes(layer, findings);
    PlanTargets targets;
    layer.read_features([&](OGRFeature& f) {
        const std::string row = "row " + std::to_string(f.GetFID());
        const FeatureRef ref{row, row};
        auto key = attributes.text(f, "key", ref);
        auto value = attributes.number(f, "value", ref, {-1e12, 1e12, "target value", "目标值"});
        if (key && value) targets.values[*key] = *value;
    });
    return targets;
}

}  // namespace renozone

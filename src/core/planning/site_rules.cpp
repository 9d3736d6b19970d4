#include "core/planning/site_rules.h"

#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/io/embedded_data.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace renozone {
namespace {

using json = nlohmann::json;

class RulesReader {
public:
    explicit RulesReader(std::string path) : path_(std::move(path)) {}

    [[noreturn]] void fail(const std::string& where, const std::string& problem) const {
        throw InputError(path_ + ": " + where + ": " + problem);
    }

    RuleValue value(const json& parent, const std::string& key, const std::string& where) const {
        if (!parent.contains(key)) fail(where, "missing rule '" + key + "'");
        return value_of(parent.at(key), path_of(where, key));
    }

    std::optional<RuleValue> optional_value(const json& parent, const std::string& key, const std::string& where) const {
        if (!parent.contains(key) || parent.at(key).is_null()) return std::nullopt;
        return value_of(parent.at(key), path_of(where, key));
    }

private:
    static std::string path_of(const std::string& where, const std::string& key) {
        return where == "top level" ? key : where + "." + key;
    }

    RuleValue value_of(const json& node, const std::string& where) const {
        if (!node.is_object()) fail(where, "must be an object {\"value\", \"clause\", \"verified\"}");
        if (!node.contains("value") || !node.at("value").is_number()) fail(where, "has no numeric 'value'");
        if (!node.contains("clause") || !node.at("clause").is_string() || node.at("clause").get<std::string>().empty())
            fail(where, "has no 'clause' (every threshold must name the clause it comes from)");
        if (!node.contains("verified") || !node.at("verified").is_boolean()) fail(where, "has no true/false 'verified'");
        RuleValue v;
        v.value = node.at("value").get<double>();
        v.clause = node.at("clause").get<std::string>();
        v.verified = node.at("verified").get<bool>();
        if (v.value < 0) fail(where, "value must not be negative");
        if (node.contains("clause_zh")) {
            if (!node.at("clause_zh").is_string()) fail(where, "'clause_zh' must be text");
            v.clause_zh = node.at("clause_zh").get<std::string>();
        }
        if (node.contains("area")) {
            const json& area = node.at("area");
            if (area == "building") v.area = AreaKind::building;
            else if (area == "land") v.area = AreaKind::land;
            else fail(where, "'area' must be \"building\" or \"land\"");
        }
        return v;
    }

    std::string path_;
};

}  // namespace

const FacilityRule& SiteRules::rule(const std::string& type) const {
    auto it = types.find(type);
    if (it != types.end()) return it->second;
    throw UsageError(unknown_type(type));
}

Problem SiteRules::unknown_type(const std::string& type) const {
    const std::string known = join_list(type_names());
    const std::string quoted = "'" + abbreviate(type) + "'";
    return {"unknown facility type " + quoted + " (" + path + " knows: " + known + ")",
            "未知的设施类型 " + quoted + "（" + path + " 中有：" + known + "）"};
}

std::vector<std::string> SiteRules::type_names() const {
    std::vector<std::string> names;
    for (const auto& [name, rule] : types) names.push_back(name);
    return names;
}

SiteRules load_site_rules(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw InputError(path + ": cannot read the rules file");
    json root;
    try {
        root = json::parse(in);
    } catch (const json::parse_error& e) {
        throw InputError(path + ": not valid JSON (byte " + std::to_string(e.byte) + ")");
    } catch (const json::out_of_range&) {  // found by fuzz_site_rules: 1e400 and the like
        throw InputError(path + ": a number in it is too large to read");
    }
    RulesReader r(path);
    if (!root.is_object()) r.fail("top level", "must be an object");
    SiteRules rules;
    rules.path = path;
    rules.walking_speed_m_per_min = r.value(root, "walking_speed_m_per_min", "top level");
    if (!root.contains("general") || !root.at("general").is_object()) r.fail("top level", "missing object 'general'");
    rules.scope_adjacent_m = r.value(root.at("general"), "scope_adjacent_m", "general");
    rules.river_buffer_m = r.value(root.at("general"), "river_buffer_m", "general");
    if (!root.contains("types") || !root.at("types").is_object() || root.at("types").empty())
        r.fail("top level", "missing object 'types' with at least one facility type");
    for (const auto& [type, node] : root.at("types").items()) {
        const std::string where = "types." + abbreviate(type);
        if (!node.is_object()) r.fail(where, "must be an object");
        FacilityRule rule;
        rule.type = type;
        rule.name = node.contains("name") && node.at("name").is_string() ? node.at("name").get<std::string>() : type;
        rule.radius_m = r.value(node, "radius_m", where);
        if (rule.radius_m.value <= 0) r.fail(where + ".radius_m", "must be greater than 0");
        rule.min_area_m2 = r.optional_value(node, "min_area_m2", where);
        rule.area_per_100_households_m2 = r.optional_value(node, "area_per_100_households_m2", where);
        rules.types[type] = std::move(rule);
    }
    return rules;
}

std::string default_site_rules_path() {
    return (std::filesystem::path(data_root()) / "data" / "rules" / "gb50180-2018.json").string();
}

SiteRules load_default_site_rules() { return load_site_rules(default_site_rules_path()); }

}  // namespace renozone

#include "command_check_site.h"

#include "analysis_run.h"
#include "core/planning/project_store.h"
#include "core/report/site_report.h"
#include "core/vocabulary/facility_type_names.h"
#include "unit_options.h"

#include <iostream>
#include <optional>

namespace renozone::cli {
namespace {

struct Options {
    InputOptions inputs;
    ShapeOptions shape;
    std::string type;
    std::string rules;
    std::string format = "text";
    std::string project;
    bool reuse_building = false;
    bool euclidean = false;
    std::optional<long long> follows;
};

void run(const Options& o, Terminal& terminal) {
    auto district = load_district(o.inputs, terminal);
    const SiteChecker checker(*district, o.rules.empty() ? load_default_site_rules() : load_site_rules(o.rules));
    const std::string type = facility_type_key(checker.rules(), o.type);  // unknown type: fail before reading the geometry
    const auto sites = o.shape.read(*district, ShapeUse::site);
    std::unique_ptr<ProjectStore> store;
    if (!o.project.empty()) store = std::make_unique<ProjectStore>(o.project, *district->data().working_srs);
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    int failed = 0;
    for (const auto& site : sites) {
        const SiteCheck check = checker.check(type, site.geom.get(), {o.reuse_building, !o.euclidean});
        auto j = site_json(*district, check);
        if (store) j["id"] = store->add_site_check(check, site.geom.get(), district->ctx(), o.follows);
        if (check.verdict == RuleStatus::fail) ++failed;
        if (o.format == "json") results.push_back(j);
        else std::cout << site_text(*district, check, site.label) << "\n";
    }
    if (o.format == "json") std::cout << (results.size() == 1 ? results[0] : nlohmann::ordered_json{{"sites", results}}).dump(2) << "\n";
    if (store) terminal.note("recorded " + std::to_string(sites.size()) + " check(s) in " + o.project + " (layer site_checks)");
}

}  // namespace

void add_check_site_command(CLI::App& app, Terminal& terminal) {
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("check-site", "check a proposed facility site against the site rules (选址检查)");
    add_input_options(*cmd, o->inputs);
    add_shape_options(*cmd, o->shape, false);
    cmd->add_option("--type", o->type, "facility type: elderly_care, day_care, kindergarten, nursery, service_station, "
                                       "health_station, culture_sports, public_toilet, parking, ev_charging, waste_sorting; or its Chinese name (幼儿园)")
        ->required();
    cmd->add_option("--rules", o->rules, "site rules file (default data/rules/gb50180-2018.json)");
    cmd->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    cmd->add_flag("--reuse-building", o->reuse_building, "the facility goes into an existing building");
    cmd->add_flag("--euclidean", o->euclidean, "straight-line distance even when a road layer is loaded");
    auto* project = cmd->add_option("--project", o->project, "record each check in this project GeoPackage (layer site_checks)");
    cmd->add_option("--follows", o->follows, "the recorded check of the same site this one answers (after a decision asked for more)")
        ->needs(project);
    cmd->callback([o, &terminal] { run(*o, terminal); });
}

}  // namespace renozone::cli

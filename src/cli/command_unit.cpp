#include "command_unit.h"

#include "analysis_run.h"
#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/io/plan_loader.h"
#include "core/planning/plan_departments.h"
#include "core/planning/project_store.h"
#include "core/report/unit_report.h"
#include "unit_options.h"

#include <iostream>

namespace renozone::cli {
namespace {

struct Options {
    InputOptions inputs;
    ShapeOptions shape;
    std::string format = "text";
    std::string project;
    bool save = false;
    long long update = -1;
    long long remove = -1;
    bool list = false;
    UnitAttributes attributes;
    std::optional<int> year;
    std::optional<double> budget, pipeline_cost;
    std::string funding;
};

UnitAttributes attributes_of(const Options& o) {
    UnitAttributes a = o.attributes;
    a.year = o.year;
    a.budget_cny = o.budget;
    a.money.pipeline_cost_cny = o.pipeline_cost;
    if (!o.funding.empty()) a.money.funding = parse_funding_split(o.funding);
    if (!a.phase.empty() && !normalise_phase(a.phase).empty()) a.phase = normalise_phase(a.phase);
    if (!a.path.empty() && !normalise_path(a.path).empty()) a.path = normalise_path(a.path);
    check_unit_attributes(a);
    return a;
}

void list_units(ProjectStore& store, const District& district, const std::string& format) {
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (auto& unit : store.units(district.ctx())) {
        const auto e = evaluate_unit(district, unit.geom.get(), unit.attributes.money);
        if (format == "json") {
            auto j = unit_json(district, e);
            j["id"] = unit.id;
            j["name"] = unit.attributes.name;
            j["phase"] = unit.attributes.phase;
            j["updated"] = unit.updated;
            all.push_back(j);
        } else {
            std::cout << "unit " << unit.id << " " << unit.attributes.name << " (" << unit.attributes.phase << " "
                      << (unit.attributes.year ? std::to_string(*unit.attributes.year) : "") << ", updated " << unit.updated
                      << "): " << e.figures.buildings << " buildings, " << format_number(e.figures.floor_area_m2, 0)
                      << " m², " << e.figures.households << " households\n";
        }
    }
    if (format == "json") std::cout << all.dump(2) << "\n";
}

void run(const Options& o, Terminal& terminal) {
    const UnitAttributes attributes = attributes_of(o);  // refuse bad values before touching the project
    auto district = load_district(o.inputs, terminal);
    std::unique_ptr<ProjectStore> store;
    if (!o.project.empty()) store = std::make_unique<ProjectStore>(o.project, *district->data().working_srs);
    if ((o.save || o.update >= 0 || o.remove >= 0 || o.list) && !store)
        throw UsageError("--save, --update, --delete and --list need --project FILE.gpkg");
    if (o.remove >= 0) {
        store->delete_unit(o.remove);
        std::cout << "deleted unit " << o.remove << " from " << o.project << "\n";
        return;
    }
    if (o.list) return list_units(*store, *district, o.format);

    const bool need_shape = o.save || o.update < 0 || o.shape.given();
    const auto shapes = need_shape ? o.shape.read(*district) : std::vector<UnitShape>{};
    std::vector<StoredUnit> stored = store ? store->units(district->ctx()) : std::vector<StoredUnit>{};
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    for (const auto& shape : shapes) {
        std::vector<const GEOSGeometry*> others;
        for (const auto& unit : stored)
            if (unit.id != o.update && unit.geom) others.push_back(unit.geom.get());
        const auto e = evaluate_unit(*district, shape.geom.get(), attributes.money, others);
        auto j = unit_json(*district, e);
        if (o.save) {
            UnitAttributes named = attributes;
            if (named.name.empty()) named.name = shape.name;
            j["id"] = store->add_unit(named, shape.geom.get(), district->ctx(), e);
        } else if (o.update >= 0) {
            store->update_unit(o.update, attributes, shape.geom.get(), district->ctx(), &e);
            j["id"] = o.update;
        }
        if (o.format == "json") results.push_back(j);
        else std::cout << unit_text(*district, e, shape.label + (j.contains("id") ? " → unit " + j["id"].dump() : "")) << "\n";
    }
    if (shapes.empty() && o.update >= 0) {
        store->update_unit(o.update, attributes, nullptr, district->ctx(), nullptr);
        std::cout << "updated unit " << o.update << "\n";
    }
    if (o.format == "json" && !shapes.empty())
        std::cout << (results.size() == 1 ? results[0] : nlohmann::ordered_json{{"units", results}}).dump(2) << "\n";
}

}  // namespace

void add_unit_command(CLI::App& app, Terminal& terminal) {
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("unit", "evaluate an implementation unit (实施单元); keep units in a project GeoPackage");
    add_input_options(*cmd, o->inputs);
    add_shape_options(*cmd, o->shape, true);
    cmd->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    const std::string money = "Money";
    cmd->add_option("--pipeline-cost", o->pipeline_cost, "total pipeline works cost, CNY (50 % is subsidised)")->group(money);
    cmd->add_option("--funding", o->funding, "funding split, e.g. central=0.4,municipal=0.3,district=0.2,residents=0.1 or 中央=0.4,市级=0.3,区级=0.2,居民=0.1")->group(money);
    const std::string project = "Project";
    cmd->add_option("--project", o->project, "project GeoPackage holding implementation_units")->group(project);
    cmd->add_flag("--save", o->save, "add the unit to the project")->group(project);
    cmd->add_option("--update", o->update, "replace unit ID's geometry and/or attributes")->group(project);
    cmd->add_option("--delete", o->remove, "delete unit ID")->group(project);
    cmd->add_flag("--list", o->list, "list the project's units with their current figures")->group(project);
    cmd->add_option("--name", o->attributes.name, "unit name")->group(project);
    cmd->add_option("--phase", o->attributes.phase, "实施, 谋划 or 储备 (implement, plan, reserve)")->group(project);
    cmd->add_option("--year", o->year, "plan year")->group(project);
    cmd->add_option("--path", o->attributes.path, "综合改造, 管理提升 or 自建联建")->group(project);
    cmd->add_option("--lead", o->attributes.lead_department, "lead department: one of the plan's 13 units (name or 1–13)")->group(project);
    cmd->add_option("--body", o->attributes.implementing_body, "implementing body")->group(project);
    cmd->add_option("--budget", o->budget, "budget, CNY")->group(project);
    cmd->callback([o, &terminal] { run(*o, terminal); });
}

}  // namespace renozone::cli

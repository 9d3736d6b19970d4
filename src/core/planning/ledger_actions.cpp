#include "core/planning/ledger_actions.h"

#include "core/base/errors.h"
#include "core/planning/duties.h"
#include "core/planning/project_store.h"

#include <filesystem>

namespace renozone {
namespace {

void measure_in(ProjectStore* store, const std::string& project, const District& district, LedgerRecord& r) {
    GeomPtr unit;
    if (r.unit_id) {
        if (!store) throw InputError(project + ": no such project to take unit " + std::to_string(*r.unit_id) + " from");
        unit = std::move(store->unit(*r.unit_id, district.ctx()).geom);
        if (!unit) throw InputError(project + ": implementation unit " + std::to_string(*r.unit_id) + " has no geometry");
    }
    measure_scope(r, district, unit.get());
}

}  // namespace

LedgerRecord new_ledger_record(const LedgerChange& change) {
    LedgerRecord r;
    apply_change(r, change);
    check_new_record(r);
    return r;
}

LedgerRecord changed_ledger_record(const std::string& project, long long id, const LedgerChange& change) {
    ProjectStore store(project);
    LedgerRecord r = store.ledger_record(id);
    apply_change(r, change);
    return r;
}

LedgerRecord add_ledger_project(const std::string& project, const District& district, LedgerRecord r) {
    std::unique_ptr<ProjectStore> store;
    if (std::filesystem::exists(project)) store = std::make_unique<ProjectStore>(project);
    measure_in(store.get(), project, district, r);
    if (!store) store = std::make_unique<ProjectStore>(project, *district.data().working_srs);
    r.id = store->add_ledger(r, derive_duties(r));
    return store->ledger_record(r.id);
}

LedgerRecord update_ledger_project(const std::string& project, const District& district, LedgerRecord r) {
    ProjectStore store(project);
    measure_in(&store, project, district, r);
    store.update_ledger(r, derive_duties(r));
    return store.ledger_record(r.id);
}

}  // namespace renozone

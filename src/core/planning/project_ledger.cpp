// ProjectStore's ledger and duties tables (一个项目一个台账).
#include "core/planning/project_store.h"

#include "core/base/errors.h"
#include "core/base/gdal_errors.h"
#include "core/io/gpkg_fields.h"
#include "core/io/source.h"


#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <random>
#include <thread>

namespace renozone {
namespace {

constexpr const char* ledger_layer_name = "ledger";
constexpr const char* duties_layer_name = "duties";
constexpr const char* history_layer_name = "ledger_history";
// Who changed a record last, and its version.
const std::vector<Column> change_columns = {{"updated_by", OFTString}, {"version", OFTInteger64}};
// Kept by the store itself, not part of what a change says: not in the history.
constexpr const char* bookkeeping_fields[] = {"updated", "updated_by", "version"};

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : ",") + p;
    return out;
}

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        if (end > start) parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

void set(OGRFeature& f, const char* field, const std::string& value) {
    if (value.empty()) f.SetFieldNull(f.GetFieldIndex(field));
    else f.SetField(field, value.c_str());
}

void set(OGRFeature& f, const char* field, const std::optional<double>& value) {
    if (value) f.SetField(field, *value);
    else f.SetFieldNull(f.GetFieldIndex(field));
}

void set_count(OGRFeature& f, const char* field, long long value) { f.SetField(field, static_cast<GIntBig>(value)); }

std::string text(OGRFeature& f, const char* field) {
    const int i = f.GetFieldIndex(field);
    return i >= 0 && f.IsFieldSetAndNotNull(i) ? f.GetFieldAsString(i) : "";
}

std::optional<double> number(OGRFeature& f, const char* field) {
    const int i = f.GetFieldIndex(field);
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return std::nullopt;
    return f.GetFieldAsDouble(i);
}

long long count(OGRFeature& f, const char* field) { return static_cast<long long>(number(f, field).value_or(0)); }

void write_record(OGRFeature& f, const LedgerRecord& r) {
    set(f, "name", r.name);
    if (r.unit_id) f.SetField("unit_id", static_cast<GIntBig>(*r.unit_id));
    else f.SetFieldNull(f.GetFieldIndex("unit_id"));
    set(f, "communities", join(r.communities));
    set(f, "covered", r.covered);
    set(f, "streets", join(r.streets));
    set_count(f, "buildings", r.scale.buildings);
    f.SetField("floor_area_m2", r.scale.floor_area_m2);
    set_count(f, "households", r.scale.households);
    f.SetField("people", r.scale.people);
    set_count(f, "lifts", r.scale.lifts);
    set_count(f, "d_grade_buildings", r.scale.d_grade);
    set_count(f, "heritage_buildings", r.scale.heritage);
    set(f, "content", join(r.content));
    set(f, "phase", r.phase);
    if (r.year) f.SetField("year", *r.year);
    else f.SetFieldNull(f.GetFieldIndex("year"));
    set(f, "investment_cny", r.investment_cny);
    set(f, "pipeline_cost_cny", r.money.pipeline_cost_cny);
    const auto& funding = r.money.funding;
    set(f, "funding_central", funding ? std::optional(funding->central) : std::nullopt);
    set(f, "funding_municipal", funding ? std::optional(funding->municipal) : std::nullopt);
    set(f, "funding_district", funding ? std::optional(funding->district) : std::nullopt);
    set(f, "funding_residents", funding ? std::optional(funding->residents) : std::nullopt);
    f.SetField("lift_subsidy_cny", r.subsidy.lift_subsidy_cny);
    f.SetField("pipeline_subsidy_cny", r.subsidy.pipeline_subsidy_cny);
    f.SetField("subsidy_total_cny", r.subsidy.total_cny);
    set(f, "progress_percent", r.progress_percent);
    set(f, "start_date", r.start_date);
    set(f, "end_date", r.end_date);
    set(f, "progress_note", r.progress_note);
    set(f, "lead_department", r.lead_department);
    set(f, "implementing_body", r.implementing_body);
    f.SetField("updated", utc_now_iso().c_str());
}

LedgerRecord read_record(OGRFeature& f) {
    LedgerRecord r;
    r.id = f.GetFID();
    r.name = text(f, "name");
    if (auto id = number(f, "unit_id")) r.unit_id = static_cast<long long>(*id);
    r.communities = split(text(f, "communities"));
    r.covered = text(f, "covered");
    r.streets = split(text(f, "streets"));
    r.scale = {count(f, "buildings"), number(f, "floor_area_m2").value_or(0), count(f, "households"),
               number(f, "people").value_or(0), count(f, "lifts"), count(f, "d_grade_buildings"), count(f, "heritage_buildings")};
    r.content = split(text(f, "content"));
    r.phase = text(f, "phase");
    if (auto y = number(f, "year")) r.year = static_cast<int>(*y);
    r.investment_cny = number(f, "investment_cny");
    r.money.pipeline_cost_cny = number(f, "pipeline_cost_cny");
    if (auto central = number(f, "funding_central"))
        r.money.funding = FundingSplit{*central, number(f, "funding_municipal").value_or(0),
                                       number(f, "funding_district").value_or(0), number(f, "funding_residents").value_or(0)};
    r.subsidy.lift_subsidy_cny = number(f, "lift_subsidy_cny").value_or(0);
    r.subsidy.pipeline_subsidy_cny = number(f, "pipeline_subsidy_cny").value_or(0);
    r.subsidy.total_cny = number(f, "subsidy_total_cny").value_or(0);
    r.progress_percent = number(f, "progress_percent");
    r.start_date = text(f, "start_date");
    r.end_date = text(f, "end_date");
    r.progress_note = text(f, "progress_note");
    r.lead_department = text(f, "lead_department");
    r.implementing_body = text(f, "implementing_body");
    r.updated = text(f, "updated");
    r.updated_by = text(f, "updated_by");
    r.version = static_cast<long long>(number(f, "version").value_or(1));  // projects kept before versions: 1
    return r;
}

std::string field_text(const OGRFeature* f, int i) {
    return f && f->IsFieldSetAndNotNull(i) ? f->GetFieldAsString(i) : "";
}

bool is_bookkeeping(const char* field) {
    for (const char* name : bookkeeping_fields)
        if (std::strcmp(field, name) == 0) return true;
    return false;
}

// A row for every field the change altered, in the same transaction as the change.
void append_history(OGRLayer& history, long long id, long long version, const OGRFeature* before, const OGRFeature& after) {
    const std::string at = utc_now_iso(), by = current_user();
    const OGRFeatureDefn* defn = after.GetDefnRef();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const char* name = defn->GetFieldDefn(i)->GetNameRef();
        if (is_bookkeeping(name)) continue;
        const std::string old_value = field_text(before, i), new_value = field_text(&after, i);
        if (old_value == new_value) continue;
        OGRFeature row(history.GetLayerDefn());
        row.SetField("ledger_id", static_cast<GIntBig>(id));
        row.SetField("version", static_cast<GIntBig>(version));
        row.SetField("changed_at", at.c_str());
        row.SetField("changed_by", by.c_str());
        row.SetField("field", name);
        if (before) row.SetField("before", old_value.c_str());
        row.SetField("after", new_value.c_str());
        insert_feature(history, row);
    }
}

void stamp(OGRFeature& f, long long version) {
    f.SetField("version", static_cast<GIntBig>(version));
    f.SetField("updated_by", current_user().c_str());
}

// SQLite lets one writer in at a time; a second that read first is turned
// away ("database is locked") rather than kept waiting. It rolls back and
// tries again, reading the record anew, so its version check sees the other's change.
template <class Work>
void taking_turns(Work work) {
    constexpr int attempts = 12;
    std::minstd_rand jitter(static_cast<unsigned>(getpid()));
    for (int attempt = 1;; ++attempt) {
        try {
            work();
            return;
        } catch (const OutputError& e) {
            const std::string what = e.what();
            const bool locked = what.find("locked") != std::string::npos || what.find("busy") != std::string::npos;
            if (!locked || attempt == attempts) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(10 + jitter() % (20 * attempt)));
        }
    }
}

}  // namespace

OGRLayer& ProjectStore::ledger_layer() {
    if (OGRLayer* layer = ds_->GetLayerByName(ledger_layer_name)) {
        add_missing_fields(*ds_, *layer, change_columns);  // projects kept before versions and history lack them
        return *layer;
    }
    return layer_made(ledger_layer_name, [&] { return create_layer(*ds_, ledger_layer_name, nullptr, wkbNone,
        {{"name", OFTString}, {"unit_id", OFTInteger64}, {"communities", OFTString}, {"covered", OFTString},
         {"streets", OFTString}, {"buildings", OFTInteger64}, {"floor_area_m2", OFTReal}, {"households", OFTInteger64},
         {"people", OFTReal}, {"lifts", OFTInteger64}, {"d_grade_buildings", OFTInteger64},
         {"heritage_buildings", OFTInteger64}, {"content", OFTString}, {"phase", OFTString}, {"year", OFTInteger},
         {"investment_cny", OFTReal}, {"pipeline_cost_cny", OFTReal}, {"funding_central", OFTReal},
         {"funding_municipal", OFTReal}, {"funding_district", OFTReal}, {"funding_residents", OFTReal},
         {"lift_subsidy_cny", OFTReal}, {"pipeline_subsidy_cny", OFTReal}, {"subsidy_total_cny", OFTReal},
         {"progress_percent", OFTReal}, {"start_date", OFTString}, {"end_date", OFTString}, {"progress_note", OFTString},
         {"lead_department", OFTString}, {"implementing_body", OFTString}, {"updated", OFTString},
         change_columns[0], change_columns[1]},
        "项目台账 / project ledger: one record per project (一个项目一个台账)"); });
}

OGRLayer& ProjectStore::duties_layer() {
    return layer_made(duties_layer_name, [&] { return create_layer(*ds_, duties_layer_name, nullptr, wkbNone,
        {{"ledger_id", OFTInteger64}, {"department_number", OFTInteger}, {"department", OFTString}, {"member", OFTString},
         {"duty_key", OFTString}, {"item", OFTString}, {"task", OFTString}, {"amount_cny", OFTReal}},
        "职责分工 / what each responsible unit owes each ledger project, derived from the plan"); });
}

ProjectStore::LedgerTables ProjectStore::ledger_tables() {
    // All made first, then taken: making one may read the project again, which
    // would leave a layer taken before it dangling.
    ledger_layer();
    duties_layer();
    history_layer();
    return {ledger_layer(), duties_layer(), history_layer()};
}

OGRLayer& ProjectStore::history_layer() {
    return layer_made(history_layer_name, [&] { return create_layer(*ds_, history_layer_name, nullptr, wkbNone,
        {{"ledger_id", OFTInteger64}, {"version", OFTInteger64}, {"changed_at", OFTString}, {"changed_by", OFTString},
         {"field", OFTString}, {"before", OFTString}, {"after", OFTString}},
        "台账变更记录 / every change of a ledger record: who, when, each field before and after"); });
}

void ProjectStore::write_duties(OGRLayer& layer, long long ledger_id, std::vector<Duty>& duties) {
    for (auto& d : duties) {
        d.ledger_id = ledger_id;
        OGRFeature f(layer.GetLayerDefn());
        f.SetField("ledger_id", static_cast<GIntBig>(ledger_id));
        f.SetField("department_number", d.department_number);
        set(f, "department", d.department);
        set(f, "member", d.member);
        set(f, "duty_key", d.duty_key);
        set(f, "item", d.item);
        set(f, "task", d.task);
        set(f, "amount_cny", d.amount_cny);
        insert_feature(layer, f);
    }
}

long long ProjectStore::add_ledger(const LedgerRecord& record, std::vector<Duty> duties) {
    const LedgerTables tables = ledger_tables();  // named, not bound: clang's lambdas cannot capture bindings
    OGRLayer& ledger = tables.ledger;
    OGRLayer& duty_layer = tables.duties;
    OGRLayer& history = tables.history;
    long long id = 0;
    taking_turns([&] {
        OGRFeature f(ledger.GetLayerDefn());
        write_record(f, record);
        stamp(f, 1);
        in_transaction(*ds_, [&] {
            insert_feature(ledger, f);
            write_duties(duty_layer, f.GetFID(), duties);
            append_history(history, f.GetFID(), 1, nullptr, f);
        });
        id = f.GetFID();
    });
    return id;
}

void ProjectStore::update_ledger(const LedgerRecord& record, std::vector<Duty> duties) {
    const LedgerTables tables = ledger_tables();  // named, not bound: clang's lambdas cannot capture bindings
    OGRLayer& ledger = tables.ledger;
    OGRLayer& duty_layer = tables.duties;
    OGRLayer& history = tables.history;
    const std::string which = "ledger project " + std::to_string(record.id);
    taking_turns([&] {
        in_transaction(*ds_, [&] {
            OGRFeatureUniquePtr stored(ledger.GetFeature(record.id));
            if (!stored) throw InputError(path_ + ": no ledger project with id " + std::to_string(record.id));
            const LedgerRecord now = read_record(*stored);
            if (record.version != 0 && now.version != record.version)
                throw OutputError(path_, {which + " was changed by " + now.updated_by + " at " + now.updated +
                                              " since you read it (version " + std::to_string(record.version) + ", now " +
                                              std::to_string(now.version) + "); your change was not written: make it again on the new version",
                                          "台账项目 " + std::to_string(record.id) + " 在你读取后已被 " + now.updated_by + " 于 " +
                                              now.updated + " 修改（你读取的是第 " + std::to_string(record.version) + " 版，现为第 " +
                                              std::to_string(now.version) + " 版）；你的修改未写入，请在新版本上重新修改"});
            OGRFeatureUniquePtr f(stored->Clone());
            write_record(*f, record);
            stamp(*f, now.version + 1);
            if (ledger.SetFeature(f.get()) != OGRERR_NONE)
                throw OutputError(path_ + ": cannot update " + which + ": " + take_last_gdal_error());
            std::vector<GIntBig> old;
            duty_layer.SetAttributeFilter(("ledger_id = " + std::to_string(record.id)).c_str());
            for (auto& d : duty_layer) old.push_back(d->GetFID());
            duty_layer.SetAttributeFilter(nullptr);
            for (GIntBig fid : old)
                if (duty_layer.DeleteFeature(fid) != OGRERR_NONE)
                    throw OutputError(path_ + ": cannot replace the duties of " + which);
            write_duties(duty_layer, record.id, duties);
            append_history(history, record.id, now.version + 1, stored.get(), *f);
        });
    });
}

std::vector<LedgerRecord> ProjectStore::ledger() {
    std::vector<LedgerRecord> out;
    OGRLayer* layer = ds_->GetLayerByName(ledger_layer_name);
    if (!layer) return out;
    read_layer_features(*layer, path_ + ": layer '" + ledger_layer_name + "'",
                        [&](OGRFeature& f) { out.push_back(read_record(f)); });
    return out;
}

LedgerRecord ProjectStore::ledger_record(long long id) {
    OGRLayer* layer = ds_->GetLayerByName(ledger_layer_name);
    OGRFeatureUniquePtr f(layer ? layer->GetFeature(id) : nullptr);
    if (!f) throw InputError(path_ + ": no ledger project with id " + std::to_string(id));
    return read_record(*f);
}

std::vector<LedgerChangeRow> ProjectStore::ledger_history(std::optional<long long> id) {
    std::vector<LedgerChangeRow> out;
    OGRLayer* layer = ds_->GetLayerByName(history_layer_name);
    if (!layer) return out;
    read_layer_features(*layer, path_ + ": layer '" + history_layer_name + "'", [&](OGRFeature& f) {
        const long long record = count(f, "ledger_id");
        if (id && record != *id) return;
        out.push_back({record, count(f, "version"), text(f, "changed_at"), text(f, "changed_by"), text(f, "field"),
                       text(f, "before"), text(f, "after")});
    });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.ledger_id != b.ledger_id ? a.ledger_id < b.ledger_id : a.version < b.version;
    });
    return out;
}

std::vector<Duty> ProjectStore::duties(std::optional<long long> ledger_id) {
    std::vector<Duty> out;
    OGRLayer* layer = ds_->GetLayerByName(duties_layer_name);
    if (!layer) return out;
    // Filtered here rather than with an OGR attribute filter: no SQL text is
    // ever made from what a user typed, not even a number.
    read_layer_features(*layer, path_ + ": layer '" + duties_layer_name + "'", [&](OGRFeature& f) {
        if (ledger_id && count(f, "ledger_id") != *ledger_id) return;
        out.push_back({count(f, "ledger_id"), static_cast<int>(count(f, "department_number")), text(f, "department"),
                       text(f, "member"), text(f, "duty_key"), text(f, "item"), text(f, "task"), number(f, "amount_cny")});
    });
    return out;
}

}  // namespace renozone

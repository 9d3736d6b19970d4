// The planning bureau's decisions on the project's site checks (site_decisions).
#include "core/planning/project_store.h"

#include "core/base/errors.h"
#include "core/io/gpkg_fields.h"
#include "core/io/source.h"

namespace renozone {
namespace {

constexpr const char* decisions_layer_name = "site_decisions";

std::string decision_text(OGRFeature& f, const char* field) {
    const int i = f.GetFieldIndex(field);
    return i >= 0 && f.IsFieldSetAndNotNull(i) ? f.GetFieldAsString(i) : "";
}

}  // namespace

OGRLayer& ProjectStore::site_decisions_layer() {
    return layer_made(decisions_layer_name, [&] {
        return create_layer(*ds_, decisions_layer_name, nullptr, wkbNone,
                            {{"check_id", OFTInteger64}, {"decision", OFTString}, {"decision_reason", OFTString},
                             {"decision_conditions", OFTString}, {"decision_date", OFTString}, {"decided_at", OFTString},
                             {"decided_by", OFTString}},
                            "规划部门选址意见 / the planning bureau's decisions on the site checks, one row per decision; "
                            "the latest on a check stands");
    });
}

SiteDecisionRow ProjectStore::add_site_decision(SiteDecisionRow row) {
    check_decision(row);
    OGRLayer* checks = ds_->GetLayerByName("site_checks");
    OGRFeatureUniquePtr check(checks ? checks->GetFeature(row.check_id) : nullptr);
    if (!check)
        throw InputError(path_ + ": no site check with id " + std::to_string(row.check_id) +
                         " (renozone check-site --project records them)");
    OGRLayer& layer = site_decisions_layer();
    row.decided_at = utc_now_iso();
    row.decided_by = current_user();
    OGRFeature f(layer.GetLayerDefn());
    f.SetField("check_id", static_cast<GIntBig>(row.check_id));
    f.SetField("decision", decision_key(row.decision));
    for (const auto& [field, value] : {std::pair<const char*, const std::string&>{"decision_reason", row.reason},
                                       {"decision_conditions", row.conditions}})
        if (!value.empty()) f.SetField(field, value.c_str());
    f.SetField("decision_date", row.decision_date.c_str());
    f.SetField("decided_at", row.decided_at.c_str());
    f.SetField("decided_by", row.decided_by.c_str());
    in_transaction(*ds_, [&] { insert_feature(layer, f); });
    row.id = f.GetFID();
    return row;
}

std::vector<SiteDecisionRow> ProjectStore::site_decisions(std::optional<long long> check_id) {
    std::vector<SiteDecisionRow> out;
    OGRLayer* layer = ds_->GetLayerByName(decisions_layer_name);
    if (!layer) return out;
    const std::string where = path_ + ": layer '" + decisions_layer_name + "'";
    read_layer_features(*layer, where, [&](OGRFeature& f) {
        const long long check = f.GetFieldAsInteger64("check_id");
        if (check_id && check != *check_id) return;
        const auto decision = parse_decision(decision_text(f, "decision"));
        if (!decision)
            throw InputError(where + ": feature " + std::to_string(f.GetFID()) + ": decision '" + decision_text(f, "decision") +
                             "' is not one of " + known_decisions());
        out.push_back({f.GetFID(), check, *decision, decision_text(f, "decision_reason"), decision_text(f, "decision_conditions"),
                       decision_text(f, "decision_date"), decision_text(f, "decided_at"), decision_text(f, "decided_by")});
    });
    return out;
}

}  // namespace renozone

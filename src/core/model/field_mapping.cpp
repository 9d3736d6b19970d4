#include "core/model/field_mapping.h"

#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/model/field_catalog.h"

#include <algorithm>
#include <fstream>

namespace renozone {

namespace {

// "layer.field=VALUE" in its three parts, trimmed; `shown` is the text as messages quote it.
struct Assignment {
    std::string kind, field, value, shown;
};

Assignment parse_assignment(const std::string& text, const std::string& where, const char* form) {
    const std::string shown = abbreviate(text, 80);
    const auto eq = text.find('=');
    const auto dot = text.find('.');
    if (eq == std::string::npos || dot == std::string::npos || dot > eq)
        throw UsageError(where + ": '" + shown + "' is not of the form " + form);
    return {trim(text.substr(0, dot)), trim(text.substr(dot + 1, eq - dot - 1)), trim(text.substr(eq + 1)), shown};
}

}  // namespace

void FieldMapping::add(const std::string& text, const std::string& where) {
    const Assignment a = parse_assignment(text, where, "layer.field=SOURCE_FIELD");
    if (!is_layer_kind(a.kind)) throw UsageError(where + ": unknown layer '" + abbreviate(a.kind) + "' in '" + a.shown + "'");
    bool known = false;
    for (const auto& f : layer_spec(a.kind).fields) known = known || f.name == a.field;
    if (!known) throw UsageError(where + ": layer '" + a.kind + "' has no field '" + abbreviate(a.field) + "' in '" + a.shown + "'");
    if (a.value.empty()) throw UsageError(where + ": no source field name in '" + a.shown + "'");
    entries_[a.kind + "." + a.field] = a.value;
}

const std::vector<std::string>& FieldMapping::default_fields() {
    static const std::vector<std::string> fields = {"floors", "built_year", "use", "households", "people", "stairwells", "floor_area"};
    return fields;
}

void FieldMapping::add_default(const std::string& text, const std::string& where) {
    const Assignment a = parse_assignment(text, where, "buildings.field=VALUE");
    const auto& fields = default_fields();
    if (a.kind != "buildings" || std::find(fields.begin(), fields.end(), a.field) == fields.end())
        throw UsageError(where + ": '" + a.shown + "': a default is for buildings' " + join_list(fields, ", ", ", "));
    if (a.value.empty()) throw UsageError(where + ": no value in '" + a.shown + "'");
    defaults_[a.kind + "." + a.field] = a.value;
}

void FieldMapping::add_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw InputError(path + ": cannot read the field-mapping file");
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string text = trim(line);
        if (text.empty() || text[0] == '#') continue;
        try {
            add(text, path + ":" + std::to_string(number));
        } catch (const UsageError& e) {
            throw InputError(e.what());  // a bad line in a file the user gave is bad input, not a bad command line
        }
    }
}

std::optional<std::string> FieldMapping::source_name(const std::string& kind, const std::string& field) const {
    auto it = entries_.find(kind + "." + field);
    if (it == entries_.end()) return std::nullopt;
    return it->second;
}

}  // namespace renozone

#include "core/model/field_mapping.h"

#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/model/field_catalog.h"

#include <fstream>

namespace renozone {

void FieldMapping::add(const std::string& assignment, const std::string& where) {
    const std::string shown = abbreviate(assignment, 80);  // quoted in messages
    const auto eq = assignment.find('=');
    const auto dot = assignment.find('.');
    if (eq == std::string::npos || dot == std::string::npos || dot > eq)
        throw UsageError(where + ": '" + shown + "' is not of the form layer.field=SOURCE_FIELD");
    const std::string kind = trim(assignment.substr(0, dot));
    const std::string field = trim(assignment.substr(dot + 1, eq - dot - 1));
    const std::string source = trim(assignment.substr(eq + 1));
    if (!is_layer_kind(kind)) throw UsageError(where + ": unknown layer '" + abbreviate(kind) + "' in '" + shown + "'");
    bool known = false;
    for (const auto& f : layer_spec(kind).fields) known = known || f.name == field;
    if (!known) throw UsageError(where + ": layer '" + kind + "' has no field '" + abbreviate(field) + "' in '" + shown + "'");
    if (source.empty()) throw UsageError(where + ": no source field name in '" + shown + "'");
    entries_[kind + "." + field] = source;
}

const char* FieldMapping::default_fields() { return "floors, built_year, use, households, people, stairwells, floor_area"; }

void FieldMapping::add_default(const std::string& assignment, const std::string& where) {
    const std::string shown = abbreviate(assignment, 80);
    const auto eq = assignment.find('=');
    const auto dot = assignment.find('.');
    if (eq == std::string::npos || dot == std::string::npos || dot > eq)
        throw UsageError(where + ": '" + shown + "' is not of the form buildings.field=VALUE");
    const std::string kind = trim(assignment.substr(0, dot));
    const std::string field = trim(assignment.substr(dot + 1, eq - dot - 1));
    const std::string value = trim(assignment.substr(eq + 1));
    const std::string fields = std::string(", ") + default_fields() + ",";
    if (kind != "buildings" || fields.find(", " + field + ",") == std::string::npos)
        throw UsageError(where + ": '" + shown + "': a default is for buildings' " + default_fields());
    if (value.empty()) throw UsageError(where + ": no value in '" + shown + "'");
    defaults_[kind + "." + field] = value;
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

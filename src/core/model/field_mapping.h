// User overrides of which source field stands for a canonical field:
// `--field buildings.floors=层数` (repeatable) or a file of such lines; and the
// values to assume where a building's record has none: `--default
// buildings.floors=1`, said in the outputs as an assumption.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace renozone {

class FieldMapping {
public:
    // Parses "kind.field=source_name"; throws UsageError naming the bad text.
    void add(const std::string& assignment, const std::string& where = "--field");
    // Reads one assignment a line; blank lines and lines starting with # are skipped.
    void add_file(const std::string& path);

    std::optional<std::string> source_name(const std::string& kind, const std::string& field) const;
    const std::map<std::string, std::string>& entries() const { return entries_; }

    // Parses "buildings.field=VALUE" for a field a default can stand for
    // (default_fields()); throws UsageError naming the bad text. The value is
    // checked where it is used (apply_building_defaults).
    void add_default(const std::string& assignment, const std::string& where = "--default");
    const std::map<std::string, std::string>& defaults() const { return defaults_; }  // "buildings.floors" -> "1"
    static const std::vector<std::string>& default_fields();  // floors, built_year, use, households, people, stairwells, floor_area

private:
    std::map<std::string, std::string> entries_;   // "kind.field" -> source field name
    std::map<std::string, std::string> defaults_;  // "buildings.field" -> value
};

}  // namespace renozone

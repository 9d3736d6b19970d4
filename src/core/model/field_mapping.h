// User overrides of which source field stands for a canonical field:
// `--field buildings.floors=层数` (repeatable) or a file of such lines.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace renozone {

class FieldMapping {
public:
    // Parses "kind.field=source_name"; throws UsageError naming the bad text.
    void add(const std::string& assignment, const std::string& where = "--field");
    // Reads one assignment a line; blank lines and lines starting with # are skipped.
    void add_file(const std::string& path);

    std::optional<std::string> source_name(const std::string& kind, const std::string& field) const;
    const std::map<std::string, std::string>& entries() const { return entries_; }

private:
    std::map<std::string, std::string> entries_;  // "kind.field" -> source field name
};

}  // namespace renozone

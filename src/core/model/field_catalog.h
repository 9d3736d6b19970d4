// The canonical layers and fields of the data model (DESIGN.md) and the names
// they commonly go by in real files, Chinese ones included.
#pragma once

#include <string>
#include <vector>

namespace renozone {

enum class FieldType { text, integer, real };

struct FieldSpec {
    std::string name;                  // canonical name
    FieldType type;
    bool required;
    std::vector<std::string> aliases;  // tried in order after the canonical name
};

struct LayerSpec {
    std::string kind;  // canonical layer name: communities, buildings, plan, ...
    bool spatial;
    std::vector<FieldSpec> fields;
};

const std::vector<LayerSpec>& layer_catalog();
const LayerSpec& layer_spec(const std::string& kind);  // throws UsageError for an unknown kind
std::string layer_name_zh(const std::string& kind);   // "buildings" → 楼栋; an unknown kind as it is
bool is_layer_kind(const std::string& kind);

}  // namespace renozone

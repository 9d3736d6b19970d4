// The values a planner tells renozone to assume where a building's record has
// none (`--default buildings.floors=1`): applied as each building is read,
// counted, and said in the notes and the tagged GeoPackage's metadata as assumptions.
#pragma once

#include "core/model/field_mapping.h"
#include "core/model/model.h"

#include <functional>
#include <string>
#include <vector>

namespace renozone {

class BuildingDefaults {
public:
    // Throws UsageError for a value the field cannot hold (the limits the
    // readers apply to recorded values), before any building is read.
    explicit BuildingDefaults(const FieldMapping& mapping);

    bool empty() const { return defaults_.empty(); }
    // One count per default, in the mapping's order.
    std::vector<long long> no_fills() const { return std::vector<long long>(defaults_.size(), 0); }
    // Fills what `b` lacks; filled[k] counts the buildings default k was given to.
    void apply(Building& b, std::vector<long long>& filled) const;
    // Adds "assumed buildings.floors = 1 for 23 buildings without it" to
    // ds.notes and ds.assumptions for each default.
    void record(Dataset& ds, const std::vector<long long>& filled) const;

private:
    struct Default {
        std::string key;    // "buildings.floors"
        std::string value;  // as given
        std::function<bool(Building&)> fill;  // true when the building lacked it
    };
    std::vector<Default> defaults_;
};

}  // namespace renozone

// Communities and streets as a planner names them: by id (or street code) or
// by name, as written or as the plan matching compares names; on a miss the
// error suggests the nearest names with their ids.
#pragma once

#include "core/model/model.h"

#include <string>
#include <vector>

namespace renozone {

struct PlaceName {
    std::string key;  // community id or street code
    std::string name;
};

enum class PlaceKind { community, street };

// Index into `places` of the one `typed` names: by key, then by name as
// written, then by name_key. Throws InputError about `input` (in English and
// Chinese) when none matches, suggesting the nearest, or when a name is shared.
std::size_t find_place(const std::vector<PlaceName>& places, PlaceKind kind, const std::string& typed, Input input);

const Community& find_community(const std::vector<Community>& communities, const std::string& id_or_name, Input input);

}  // namespace renozone

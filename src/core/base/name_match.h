// How what a planner types is compared with the names and keys in the data:
// the key the plan matching compares names by, and the nearest names for a
// "did you mean …?" when nothing matches.
#pragma once

#include "core/base/errors.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace renozone {

// The name as the plan matching compares it: full-width letters, digits and
// signs folded to ASCII, spaces (the ideographic one too) and tabs dropped.
std::string name_key(std::string_view name);

// name_key without the word a register may add or leave off at the end:
// 小区, 片区, 社区 ("凤山路小区" and "凤山路" are one key).
std::string loose_name_key(std::string_view name);

// Edits (insert, delete, replace, swap two neighbours) from a to b, counted in
// characters, not bytes: 油房沟 → 油坊沟 is one.
std::size_t edit_distance(std::string_view a, std::string_view b);

// Indexes of the entries close enough to `typed` to be what was meant and
// nearest to it (all at the same distance), at most `limit`. An entry is known by one or more spellings (a
// community by its id and its name); they are compared by name_key, and one is
// close when a few edits make it, or when the typed text is found inside it.
std::vector<std::size_t> nearest_names(std::string_view typed, const std::vector<std::vector<std::string>>& entries,
                                       std::size_t limit = 3);

// Adds "; did you mean A, B or C?" and "；是否指 A、B 或 C？" to the problem; nothing for no names.
void add_did_you_mean(Problem& problem, const std::vector<std::string>& names);

}  // namespace renozone

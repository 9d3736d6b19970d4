// Finds ids used by more than one feature of a layer.
#pragma once

#include "findings.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace renozone {

// One error finding per repeat, at the repeat, naming the first feature
// (FIDs), in the order of the ids, on `threads` threads.
void check_duplicate_ids(const std::vector<std::string_view>& ids, const std::vector<std::int64_t>& fids,
                         const std::string& layer_kind, const std::string& where, Findings& findings, int threads = 1);

}  // namespace renozone

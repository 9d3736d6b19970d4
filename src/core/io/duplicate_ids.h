// Finds ids used by more than one feature of a layer.
#pragma once

#include "core/base/findings.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace renozone {

// One error finding per repeat, at the repeat, naming the first feature
// (FIDs), in the order of the ids, on `threads` threads.
void check_duplicate_ids(const std::vector<std::string_view>& ids, const std::vector<std::int64_t>& fids,
                         const std::string& layer_kind, const std::string& where, Findings& findings, int threads = 1);

// The same over records that have an `id` and a `fid` (communities, buildings).
template <typename Records>
void check_duplicate_record_ids(const Records& records, const std::string& layer_kind, const std::string& where,
                                Findings& findings, int threads = 1) {
    std::vector<std::string_view> ids;
    std::vector<std::int64_t> fids;
    ids.reserve(records.size());
    fids.reserve(records.size());
    for (const auto& record : records) {
        ids.emplace_back(record.id);
        fids.push_back(record.fid);
    }
    check_duplicate_ids(ids, fids, layer_kind, where, findings, threads);
}

}  // namespace renozone

#include "duplicate_ids.h"

#include <unordered_map>

namespace renozone {

void check_duplicate_ids(const std::vector<std::string_view>& ids, const std::vector<std::int64_t>& fids,
                         const std::string& layer_kind, const std::string& where, Findings& findings) {
    std::unordered_map<std::string_view, std::int64_t> first;
    first.reserve(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        auto [it, inserted] = first.emplace(ids[i], fids[i]);
        if (!inserted)
            findings.add(Severity::error, "duplicate_id", layer_kind, std::string(ids[i]),
                         where + ": id '" + std::string(ids[i]) + "' is used by features " + std::to_string(it->second) +
                             " and " + std::to_string(fids[i]));
    }
}

}  // namespace renozone

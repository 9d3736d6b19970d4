#include "duplicate_ids.h"

#include "text_utils.h"

#include <functional>

namespace renozone {

void check_duplicate_ids(const std::vector<std::string_view>& ids, const std::vector<std::int64_t>& fids,
                         const std::string& layer_kind, const std::string& where, Findings& findings) {
    // Open addressing over the ids themselves: no allocation per id, which
    // matters at a million buildings. A slot holds 1 + the first holder's position.
    std::size_t capacity = 16;
    while (capacity < 2 * ids.size()) capacity <<= 1;
    std::vector<std::size_t> slots(capacity, 0);
    const std::hash<std::string_view> hash;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        for (std::size_t h = hash(ids[i]) & (capacity - 1);; h = (h + 1) & (capacity - 1)) {
            if (slots[h] == 0) {
                slots[h] = i + 1;
                break;
            }
            const std::size_t first = slots[h] - 1;
            if (ids[first] == ids[i]) {
                findings.add(Severity::error, "duplicate_id", layer_kind, std::string(ids[i]),
                             where + ": id '" + abbreviate(ids[i]) + "' is used by features " +
                                 std::to_string(fids[first]) + " and " + std::to_string(fids[i]));
                break;
            }
        }
    }
}

}  // namespace renozone

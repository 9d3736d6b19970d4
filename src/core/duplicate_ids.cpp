#include "duplicate_ids.h"

#include "text_utils.h"

#include <functional>

namespace renozone {

void check_duplicate_ids(const std::vector<std::string_view>& ids, const std::vector<std::int64_t>& fids,
                         const std::string& layer_kind, const std::string& where, Findings& findings) {
    // Open addressing over the ids themselves: no allocation per id, which
    // matters at a million buildings. A slot holds the id's hash and 1 + the
    // first holder's position; the hashes are compared first, so a probe past
    // another id seldom reads that id's text (a cache miss and a memcmp each).
    struct Slot {
        std::size_t hash = 0;
        std::size_t holder = 0;  // 0: empty
    };
    std::size_t capacity = 16;
    while (capacity < 2 * ids.size()) capacity <<= 1;
    std::vector<Slot> slots(capacity);
    const std::hash<std::string_view> hash;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::size_t h = hash(ids[i]);
        for (std::size_t at = h & (capacity - 1);; at = (at + 1) & (capacity - 1)) {
            Slot& slot = slots[at];
            if (slot.holder == 0) {
                slot = {h, i + 1};
                break;
            }
            const std::size_t first = slot.holder - 1;
            if (slot.hash == h && ids[first] == ids[i]) {
                findings.add(Severity::error, "duplicate_id", layer_kind, std::string(ids[i]),
                             where + ": id '" + abbreviate(ids[i]) + "' is used by features " +
                                 std::to_string(fids[first]) + " and " + std::to_string(fids[i]));
                break;
            }
        }
    }
}

}  // namespace renozone

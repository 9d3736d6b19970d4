#include "core/io/duplicate_ids.h"

#include "core/base/batch_pipeline.h"
#include "core/base/text_utils.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <stdexcept>
#include <utility>

namespace renozone {
namespace {

// A repeat: the id at `at` was first held by the feature at `first`.
struct Repeat {
    std::size_t at;
    std::size_t first;
};

// The ids whose hash falls in one part, found by open addressing over the ids
// themselves: no allocation per id, eight bytes a slot, which matters at ten
// million buildings. A slot holds 32 bits of the id's hash and 1 + the first
// holder's position; those bits are compared first, so a probe past another
// id seldom reads that id's text (a cache miss and a memcmp each).
std::vector<Repeat> repeats_in_part(const FeatureIds& ids, std::size_t part, std::size_t parts) {
    const std::hash<std::string_view> hash;
    auto part_of = [parts](std::size_t h) { return (h >> 32) % parts; };  // the low bits choose the slot
    std::size_t members = 0;
    for (std::size_t i = 0; i < ids.size(); ++i) members += part_of(hash(ids.id(i))) == part;
    struct Slot {
        std::uint32_t tag = 0;     // the hash's high bits
        std::uint32_t holder = 0;  // 0: empty
    };
    std::size_t capacity = 16;
    while (capacity < members + members / 2) capacity <<= 1;
    std::vector<Slot> slots(capacity);
    std::vector<Repeat> repeats;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string_view id = ids.id(i);
        const std::size_t h = hash(id);
        if (part_of(h) != part) continue;
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        for (std::size_t at = h & (capacity - 1);; at = (at + 1) & (capacity - 1)) {
            Slot& slot = slots[at];
            if (slot.holder == 0) {
                slot = {tag, static_cast<std::uint32_t>(i + 1)};
                break;
            }
            if (slot.tag == tag && ids.id(slot.holder - 1) == id) {
                repeats.push_back({i, slot.holder - 1});
                break;
            }
        }
    }
    return repeats;
}

}  // namespace

void check_duplicate_ids(const FeatureIds& ids, const std::string& layer_kind, const std::string& where, Findings& findings,
                         int threads) {
    if (ids.size() >= std::numeric_limits<std::uint32_t>::max())
        throw std::length_error(where + ": more than four billion features");
    // Each thread owns the ids of one part of the hash range: the parts share
    // nothing, so no id is looked up twice.
    const std::size_t parts = ids.size() >= 100000 ? static_cast<std::size_t>(std::max(threads, 1)) : 1;
    auto found = run_batches<IndexRanges::Range, std::vector<Repeat>>(static_cast<int>(parts), IndexRanges(parts, 1), [&] {
        return [&](IndexRanges::Range& range, std::vector<Repeat>& out) { out = repeats_in_part(ids, range.first, parts); };
    });
    std::vector<Repeat> repeats;
    for (auto& part : found) repeats.insert(repeats.end(), part.begin(), part.end());
    std::sort(repeats.begin(), repeats.end(), [](const Repeat& a, const Repeat& b) { return a.at < b.at; });
    for (const Repeat& r : repeats) {
        const std::string id(ids.id(r.at));
        findings.add(Severity::error, "duplicate_id", layer_kind, id,
                     where, Problem{": id '" + abbreviate(id) + "' is used by features " + std::to_string(ids.fid(r.first)) +
                                        " and " + std::to_string(ids.fid(r.at)),
                                    "：编号 '" + abbreviate(id) + "' 被要素 " + std::to_string(ids.fid(r.first)) + " 和 " +
                                        std::to_string(ids.fid(r.at)) + " 重复使用"});
    }
}

}  // namespace renozone

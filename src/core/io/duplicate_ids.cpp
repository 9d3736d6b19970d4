#include "core/io/duplicate_ids.h"

#include "core/base/batch_pipeline.h"
#include "core/base/text_utils.h"

#include <algorithm>
#include <functional>
#include <utility>

namespace renozone {
namespace {

// A repeat: the id at `at` was first held by the feature at `first`.
struct Repeat {
    std::size_t at;
    std::size_t first;
};

// The ids whose hash falls in one part, found by open addressing over the ids
// themselves: no allocation per id, which matters at a million buildings. A
// slot holds the id's hash and 1 + the first holder's position; the hashes
// are compared first, so a probe past another id seldom reads that id's text
// (a cache miss and a memcmp each).
std::vector<Repeat> repeats_in_part(const std::vector<std::string_view>& ids, const std::vector<std::size_t>& hashes,
                                    std::size_t part, std::size_t parts) {
    auto part_of = [parts](std::size_t h) { return (h >> 32) % parts; };  // the low bits choose the slot
    std::size_t members = 0;
    for (std::size_t h : hashes) members += part_of(h) == part;
    struct Slot {
        std::size_t hash = 0;
        std::size_t holder = 0;  // 0: empty
    };
    std::size_t capacity = 16;
    while (capacity < 2 * members) capacity <<= 1;
    std::vector<Slot> slots(capacity);
    std::vector<Repeat> repeats;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::size_t h = hashes[i];
        if (part_of(h) != part) continue;
        for (std::size_t at = h & (capacity - 1);; at = (at + 1) & (capacity - 1)) {
            Slot& slot = slots[at];
            if (slot.holder == 0) {
                slot = {h, i + 1};
                break;
            }
            if (slot.hash == h && ids[slot.holder - 1] == ids[i]) {
                repeats.push_back({i, slot.holder - 1});
                break;
            }
        }
    }
    return repeats;
}

}  // namespace

void check_duplicate_ids(const std::vector<std::string_view>& ids, const std::vector<std::int64_t>& fids,
                         const std::string& layer_kind, const std::string& where, Findings& findings, int threads) {
    // Each thread hashes a share of the ids, then owns the ids of one part of
    // the hash range: the parts share nothing, so no id is looked up twice.
    const std::size_t parts = ids.size() >= 100000 ? static_cast<std::size_t>(std::max(threads, 1)) : 1;
    std::vector<std::size_t> hashes(ids.size());
    run_batches<IndexRanges::Range, bool>(static_cast<int>(parts), IndexRanges(ids.size(), 65536), [&] {
        return [&](IndexRanges::Range& range, bool&) {
            const std::hash<std::string_view> hash;
            for (std::size_t i = range.first; i < range.second; ++i) hashes[i] = hash(ids[i]);
        };
    });
    auto found = run_batches<IndexRanges::Range, std::vector<Repeat>>(static_cast<int>(parts), IndexRanges(parts, 1), [&] {
        return [&](IndexRanges::Range& range, std::vector<Repeat>& out) { out = repeats_in_part(ids, hashes, range.first, parts); };
    });
    std::vector<Repeat> repeats;
    for (auto& part : found) repeats.insert(repeats.end(), part.begin(), part.end());
    std::sort(repeats.begin(), repeats.end(), [](const Repeat& a, const Repeat& b) { return a.at < b.at; });
    for (const Repeat& r : repeats)
        findings.add(Severity::error, "duplicate_id", layer_kind, std::string(ids[r.at]),
                     where, Problem{": id '" + abbreviate(ids[r.at]) + "' is used by features " + std::to_string(fids[r.first]) +
                                        " and " + std::to_string(fids[r.at]),
                                    "：编号 '" + abbreviate(ids[r.at]) + "' 被要素 " + std::to_string(fids[r.first]) + " 和 " +
                                        std::to_string(fids[r.at]) + " 重复使用"});
}

}  // namespace renozone

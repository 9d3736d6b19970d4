// Finds ids used by more than one feature of a layer.
#pragma once

#include "core/base/findings.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace renozone {

// A layer's ids and FIDs, the ids' text back to back: a few bytes a feature,
// so the ids of ten million streamed buildings are kept without the buildings.
class FeatureIds {
public:
    void add(std::int64_t fid, std::string_view id) {
        text_.append(id);
        ends_.push_back(text_.size());
        fids_.push_back(fid);
    }
    void clear() { *this = {}; }
    std::size_t size() const { return fids_.size(); }
    std::string_view id(std::size_t i) const {
        const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
        return std::string_view(text_).substr(begin, ends_[i] - begin);
    }
    std::int64_t fid(std::size_t i) const { return fids_[i]; }

private:
    std::string text_;
    std::vector<std::size_t> ends_;
    std::vector<std::int64_t> fids_;
};

// One error finding per repeat, at the repeat, naming the first feature
// (FIDs), in the order of the ids, on `threads` threads.
void check_duplicate_ids(const FeatureIds& ids, const std::string& layer_kind, const std::string& where, Findings& findings,
                         int threads = 1);

// The same over records that have an `id` and a `fid` (communities, buildings).
template <typename Records>
void check_duplicate_record_ids(const Records& records, const std::string& layer_kind, const std::string& where,
                                Findings& findings, int threads = 1) {
    FeatureIds ids;
    for (const auto& record : records) ids.add(record.fid, record.id);
    check_duplicate_ids(ids, layer_kind, where, findings, threads);
}

}  // namespace renozone

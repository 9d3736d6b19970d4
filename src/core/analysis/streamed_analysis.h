// The analysis of the buildings as the loader streams them: every figure and
// finding analyse() gives, in the same order and to the last bit, with none
// of the buildings kept (the summary of a whole city in little memory).
#pragma once

#include "core/analysis/analysis.h"
#include "core/analysis/gcj02_check.h"
#include "core/io/building_stream.h"

#include <optional>

namespace renozone {

class StreamedAnalysis final : public BuildingStream {
public:
    // What work() makes of a batch: each building's tags, and what checking them found.
    struct TaggedBatch final : StreamedBatch {
        std::vector<BuildingTags> tags;
        Findings found;
    };

    // keep_notes false: the buildings' notes (outside, straddling, ...) are counted, not kept.
    explicit StreamedAnalysis(bool keep_notes = true) : keep_notes_(keep_notes) {}

    void begin(const Dataset& ds) override;
    std::unique_ptr<StreamedBatch> work(const std::vector<Building>& buildings, const std::vector<Placement>& places,
                                        GEOSContextHandle_t ctx) const override;
    void take(const std::vector<Building>& buildings, const std::vector<Placement>& places, StreamedBatch& worked) override;
    const std::vector<CommunityTags>& community_tags() const { return communities_; }
    // Once the dataset is loaded: the analysis, without per-building tags.
    Analysis finish(const Dataset& ds) &&;

private:
    bool keep_notes_;
    const Dataset* ds_ = nullptr;
    PlanRules rules_;
    std::vector<CommunityTags> communities_;
    Findings community_findings_;  // the plan against the communities
    std::optional<CoverageBuilder> coverage_;
    Findings building_findings_;
    bool gcj02_wanted_ = false;
    Gcj02Evidence gcj02_;
};

}  // namespace renozone

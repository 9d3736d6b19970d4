#include "core/analysis/streamed_analysis.h"

namespace renozone {

void StreamedAnalysis::begin(const Dataset& ds) {
    ds_ = &ds;
    rules_ = PlanRules::from_targets(ds.targets);
    community_findings_ = {};
    communities_ = tag_communities(ds, community_findings_);
    coverage_.emplace(ds, communities_);
    building_findings_ = {};
    building_findings_.keep_notes = keep_notes_;
    gcj02_wanted_ = !ds.unconverted_lonlat_layers.empty();
    gcj02_ = {};
}

std::unique_ptr<StreamedBatch> StreamedAnalysis::work(const std::vector<Building>& buildings,
                                                      const std::vector<Placement>& places, GEOSContextHandle_t) const {
    auto batch = std::make_unique<TaggedBatch>();
    batch->found.keep_notes = keep_notes_;
    batch->tags.reserve(buildings.size());
    for (std::size_t i = 0; i < buildings.size(); ++i) {
        batch->tags.push_back(tag_building(buildings[i], places[i], communities_, rules_));
        check_building(buildings[i], batch->tags.back(), *ds_, rules_, batch->found);
    }
    return batch;
}

void StreamedAnalysis::take(const std::vector<Building>& buildings, const std::vector<Placement>& places, StreamedBatch& worked) {
    auto& batch = static_cast<TaggedBatch&>(worked);
    for (std::size_t i = 0; i < buildings.size(); ++i) coverage_->add(buildings[i], batch.tags[i]);
    if (gcj02_wanted_)
        for (const Placement& p : places) gcj02_.add(p);
    building_findings_.append(std::move(batch.found));
}

Analysis StreamedAnalysis::finish(const Dataset& ds) && {
    // In analyse()'s order: loading, the plan's communities, the offset, then the discrepancies.
    Analysis a;
    a.rules = rules_;
    a.communities = std::move(communities_);
    a.discrepancies = ds.findings;
    a.discrepancies.append(std::move(community_findings_));
    gcj02_.check(ds, a.discrepancies);
    a.coverage = std::move(*coverage_).finish(ds);
    check_communities(ds, a.communities, a.coverage, a.discrepancies);
    a.discrepancies.append(std::move(building_findings_));
    check_district(ds, a.coverage, a.discrepancies);
    return a;
}

}  // namespace renozone

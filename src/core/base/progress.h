// Progress of long work, reported by the engine and shown by each shell its way.
#pragma once

#include <functional>
#include <string>

namespace renozone {

// What the work is busy with; the shells name it (core/vocabulary/stage_titles.h).
enum class Stage {
    reading_layer,              // subject: the canonical layer, "buildings"
    placing_buildings,
    writing_buildings,
    laying_candidate_grid,
    measuring_candidate_reach,
    finding_facility_gaps,
    preparing_map_layers,       // the shells' last step: drawing what the engine gave
    pushdown_step,              // subject: the SQL step inside PostGIS, "done" at the end
};

struct ProgressStage {
    ProgressStage(Stage s, std::string of = {}) : stage(s), subject(std::move(of)) {}  // NOLINT: a Stage is a stage
    Stage stage;
    std::string subject;
};

// done/total in features (or steps). Reports come on the thread that called
// the engine, between pieces of work, never from its worker threads; throwing
// from one stops the work (the shells' cancel buttons do), every resource
// being released as the exception unwinds.
using ProgressFn = std::function<void(const ProgressStage& stage, long long done, long long total)>;

}  // namespace renozone

// What the engine noticed about the inputs: repaired geometries and
// discrepancies. Nothing is dropped silently; everything lands here.
#pragma once

#include "core/base/errors.h"

#include <cstdint>
#include <string>
#include <vector>

namespace renozone {

enum class Severity { info, warning, error };
const char* severity_name(Severity s);

// A feature as messages name it: its id for tables, and a label for people
// ("feature 12 (id B00012)") that also gives the position in the file.
struct FeatureRef {
    std::string id;
    std::string label;
};

// Message label of a feature: "feature 12 (id B00012)", or "feature 12" when
// `id` is empty or the "fid N" stand-in the loader gives features without one.
std::string feature_label(std::int64_t fid, const std::string& id);

struct Finding {
    Severity severity;
    std::string code;        // stable, machine-readable: empty_geometry, built_2000_or_later, ...
    std::string layer;       // canonical layer: buildings, communities, plan, ...
    std::string feature_id;  // the feature's id, or "fid N" when it has none
    std::string message;     // one line a planner can act on
    std::string message_zh;  // the same in Chinese, where it is said
    std::size_t place_size = 0;  // both messages begin with this many bytes naming file, layer and feature
    // The message as the Qt shells say it, naming no option of the command
    // line; empty when it reads as `message`.
    std::string message_for_forms;

    const std::string& english_for_forms() const { return message_for_forms.empty() ? message : message_for_forms; }
};

struct Repair {
    std::string layer;
    std::string feature_id;
    std::string reason;  // GEOS's validity reason before the repair
    double area_before_m2;
    double area_after_m2;
};

struct Findings {
    std::vector<Finding> items;
    std::vector<Repair> repairs;
    // A summary that lists no notes (Severity::info) only counts them: a whole
    // city has millions (each building outside every community is one).
    bool keep_notes = true;
    std::size_t notes_not_kept = 0;

    bool keeps(Severity s) const { return keep_notes || s != Severity::info; }
    // What add() does with a finding it does not keep.
    void count_unkept() { ++notes_not_kept; }

    // The problem at a place: WHERE (file, layer, feature) comes first in both
    // languages, as it is; the separator ends WHERE or begins the problem.
    void add(Severity s, std::string code, std::string layer, std::string feature_id, const std::string& where,
             const Problem& problem) {
        if (!keeps(s)) return count_unkept();
        const std::string en = where + problem.en;
        items.push_back({s, std::move(code), std::move(layer), std::move(feature_id), said_to(en, Audience::command_line),
                         problem.zh.empty() ? std::string() : said_to(where + problem.zh, Audience::command_line), where.size(),
                         has_slot(en) ? said_to(en, Audience::forms) : std::string()});
    }
    std::size_t count(Severity s) const;
    // Moves `other`'s items, repairs and counted notes after these.
    void append(Findings&& other);
};

// Throws InputError with the first error finding and how many more there are.
void require_no_errors(const Findings& findings);

}  // namespace renozone

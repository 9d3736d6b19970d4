// Reads canonical attributes of a feature as numbers, tolerating the forms
// survey tables use ("6层", "1990年", full-width digits) and recording values
// it cannot use as findings instead of guessing.
#pragma once

#include "core/base/findings.h"
#include "core/io/field_value.h"
#include "core/io/source.h"

#include <optional>
#include <string>

namespace renozone {

struct NumberLimits {
    double min;
    double max;
    const char* what;  // "floors", "built year" for messages
    const char* what_zh = nullptr;  // 层数, 建成年份
};

// The limits a building's recorded values are held to, and a value assumed for them (--default).
namespace building_limits {
inline constexpr NumberLimits floors{1, 200, "floors", "层数"};
inline constexpr NumberLimits households{0, 100000, "households", "户数"};
inline constexpr NumberLimits people{0, 500000, "people", "人口"};
inline constexpr NumberLimits stairwells{0, 100, "stairwells", "单元数"};
inline constexpr NumberLimits floor_area{0, 1e7, "floor area m²", "建筑面积（平方米）"};
inline NumberLimits built_year(int this_year) { return {1000, double(this_year), "built year", "建成年份"}; }
}  // namespace building_limits

class AttributeReader {
public:
    AttributeReader(const OpenLayer& layer, Findings& findings) : layer_(layer), findings_(findings) {}

    // nullopt when absent/null; a value that is not a number or is outside the
    // limits is recorded as an error finding and read as absent. `field` is
    // the canonical name, for messages.
    std::optional<double> number(const FieldValue& value, const std::string& field, const FeatureKey& feature,
                                 const NumberLimits& limits);
    std::optional<int> integer(const FieldValue& value, const std::string& field, const FeatureKey& feature,
                               const NumberLimits& limits);
    // Trimmed text; nullopt when absent, null or empty.
    // Text that is not UTF-8, or looks like Chinese read as Latin-1, is an error
    // finding, once per layer.
    std::optional<std::string> text(const FieldValue& value, const std::string& field, const FeatureKey& feature);

    // The same, looking the field up by canonical name in an OGR feature.
    std::optional<double> number(OGRFeature& f, const std::string& field, const FeatureKey& feature,
                                 const NumberLimits& limits);
    std::optional<int> integer(OGRFeature& f, const std::string& field, const FeatureKey& feature,
                               const NumberLimits& limits);
    std::optional<std::string> text(OGRFeature& f, const std::string& field, const FeatureKey& feature);

    bool reported_encoding() const { return reported_encoding_; }

private:
    // An error about a field's value; the place is the feature and the field
    // belongs to the problem, so a list of problems still names it.
    void report(const char* code, const FeatureKey& feature, const std::string& field, const Problem& about_value);

    const OpenLayer& layer_;
    Findings& findings_;
    bool reported_encoding_ = false;
};

}  // namespace renozone

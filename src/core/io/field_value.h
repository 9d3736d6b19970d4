// One attribute value as the readers see it, whichever way it was read (an
// OGR feature or a column of an Arrow batch), and a feature's name for
// messages that is only spelled out when a message needs it.
#pragma once

#include "core/base/findings.h"

#include <cstdint>
#include <string>
#include <string_view>

class OGRFeature;

namespace renozone {

struct FieldValue {
    enum class Kind { null, integer, real, text };
    Kind kind = Kind::null;
    std::int64_t integer = 0;
    double real = 0;
    std::string_view text;  // valid until the feature or batch it came from moves on
};

// Numeric fields keep their type; any other type is read as OGR's text of it.
FieldValue number_value(OGRFeature& feature, int index);
// Always text (OGR's text of numbers and dates); null when the field is absent or null.
FieldValue text_value(OGRFeature& feature, int index);

// A feature named by its FID and id ("feature 12 (id B00012)"), or by a
// FeatureRef made beforehand (plan rows are "row 3").
class FeatureKey {
public:
    FeatureKey(std::int64_t fid, std::string_view id) : fid_(fid), id_(id) {}
    FeatureKey(const FeatureRef& ref) : given_(&ref) {}  // NOLINT: a made name is a key too
    FeatureRef ref() const;

private:
    std::int64_t fid_ = 0;
    std::string_view id_;  // empty: the feature has no id
    const FeatureRef* given_ = nullptr;
};

}  // namespace renozone

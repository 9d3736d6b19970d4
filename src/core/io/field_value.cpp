#include "core/io/field_value.h"

#include "core/io/source.h"

#include <ogr_feature.h>

namespace renozone {

FieldValue number_value(OGRFeature& feature, int index) {
    FieldValue v;
    if (index < 0 || !feature.IsFieldSetAndNotNull(index)) return v;
    switch (feature.GetFieldDefnRef(index)->GetType()) {
        case OFTInteger:
        case OFTInteger64:
            v.kind = FieldValue::Kind::integer;
            v.integer = feature.GetFieldAsInteger64(index);
            break;
        case OFTReal:
            v.kind = FieldValue::Kind::real;
            v.real = feature.GetFieldAsDouble(index);
            break;
        default:
            v.kind = FieldValue::Kind::text;
            v.text = feature.GetFieldAsString(index);
    }
    return v;
}

FieldValue text_value(OGRFeature& feature, int index) {
    FieldValue v;
    if (index < 0 || !feature.IsFieldSetAndNotNull(index)) return v;
    v.kind = FieldValue::Kind::text;
    v.text = feature.GetFieldAsString(index);
    return v;
}

FeatureRef FeatureKey::ref() const {
    if (given_) return *given_;
    const std::string id = id_.empty() ? "fid " + std::to_string(fid_) : std::string(id_);
    return {id, feature_label(fid_, id)};
}

}  // namespace renozone

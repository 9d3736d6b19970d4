#include "attribute_reader.h"

#include "text_utils.h"

#include <cmath>

namespace renozone {

std::optional<double> AttributeReader::number(OGRFeature& f, const std::string& field, const FeatureRef& feature,
                                              const NumberLimits& limits) {
    const int i = layer_.field(field);
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return std::nullopt;
    const auto type = f.GetFieldDefnRef(i)->GetType();
    std::optional<double> value;
    std::string shown;
    if (type == OFTInteger || type == OFTInteger64 || type == OFTReal) {
        value = f.GetFieldAsDouble(i);
        shown = format_number(*value, type == OFTReal ? 2 : 0, false);
    } else {
        const std::string cell = f.GetFieldAsString(i);
        if (trim(cell).empty()) return std::nullopt;
        value = parse_leading_number(cell);
        shown = abbreviate(cell);
    }
    const std::string where = layer_.where() + ": " + feature.label + ": " + layer_.source_field_name(field);
    if (!value || !std::isfinite(*value)) {
        findings_.add(Severity::error, "not_a_number", layer_.kind(), feature.id,
                      where + " = '" + shown + "' is not a number (" + limits.what + ")");
        return std::nullopt;
    }
    if (*value < limits.min || *value > limits.max) {
        const bool future = std::string(limits.what) == "built year" && *value > limits.max;
        findings_.add(Severity::error, future ? "year_in_future" : (*value < 0 ? "negative_value" : "out_of_range"),
                      layer_.kind(), feature.id,
                      where + " = " + shown + " is outside " + format_number(limits.min, 0, false) + "–" +
                          format_number(limits.max, 0, false) + " (" + limits.what + ")");
        return std::nullopt;
    }
    return value;
}

std::optional<int> AttributeReader::integer(OGRFeature& f, const std::string& field, const FeatureRef& feature,
                                            const NumberLimits& limits) {
    auto value = number(f, field, feature, limits);
    if (!value) return std::nullopt;
    return static_cast<int>(std::lround(*value));
}

std::optional<std::string> AttributeReader::text(OGRFeature& f, const std::string& field, const FeatureRef& feature) {
    auto value = layer_.text(f, field);
    if (!value || reported_encoding_) return value;
    // Text in the wrong encoding would be written into every output as it is; the
    // first value per layer is enough to say so.
    const std::string where = layer_.where() + ": " + feature.label + ": " + layer_.source_field_name(field);
    if (!is_valid_utf8(*value)) {
        reported_encoding_ = true;
        findings_.add(Severity::error, "not_utf8", layer_.kind(), feature.id,
                      where + " is not UTF-8 text (GBK read as UTF-8?); " + layer_.encoding_advice());
    } else if (layer_.encoding().empty() && looks_like_latin1_mojibake(*value)) {
        reported_encoding_ = true;
        findings_.add(Severity::error, "encoding_suspect", layer_.kind(), feature.id,
                      where + " = '" + abbreviate(*value) + "' looks like Chinese text read as Latin-1; " +
                          layer_.encoding_advice());
    }
    return value;
}

}  // namespace renozone

#include "core/io/attribute_reader.h"

#include "core/base/text_utils.h"

#include <cmath>

namespace renozone {

std::optional<double> AttributeReader::number(const FieldValue& v, const std::string& field, const FeatureKey& feature,
                                              const NumberLimits& limits) {
    std::optional<double> value;
    switch (v.kind) {
        case FieldValue::Kind::null: return std::nullopt;
        case FieldValue::Kind::integer: value = static_cast<double>(v.integer); break;
        case FieldValue::Kind::real: value = v.real; break;
        case FieldValue::Kind::text:
            if (trim(v.text).empty()) return std::nullopt;
            value = parse_leading_number(v.text);
            break;
    }
    const bool bad = !value || !std::isfinite(*value);
    if (!bad && *value >= limits.min && *value <= limits.max) return value;

    // Only a finding spells the value, the feature and the field out.
    const std::string shown = v.kind == FieldValue::Kind::text ? abbreviate(v.text)
                                                               : format_number(*value, v.kind == FieldValue::Kind::real ? 2 : 0, false);
    const std::string what_zh = limits.what_zh ? limits.what_zh : limits.what;
    if (bad) {
        report("not_a_number", feature, field,
               Problem{" = '" + shown + "' is not a number (" + limits.what + ")", " = '" + shown + "' 不是数字（" + what_zh + "）"});
        return std::nullopt;
    }
    const bool future = std::string(limits.what) == "built year" && *value > limits.max;
    const std::string range = format_number(limits.min, 0, false) + "–" + format_number(limits.max, 0, false);
    report(future ? "year_in_future" : (*value < 0 ? "negative_value" : "out_of_range"), feature, field,
           Problem{" = " + shown + " is outside " + range + " (" + limits.what + ")",
                   " = " + shown + " 不在 " + range + " 范围内（" + what_zh + "）"});
    return std::nullopt;
}

void AttributeReader::report(const char* code, const FeatureKey& feature, const std::string& field, const Problem& about_value) {
    const FeatureRef ref = feature.ref();
    const std::string named = ": " + layer_.source_field_name(field);
    findings_.add(Severity::error, code, layer_.kind(), ref.id, layer_.where() + ": " + ref.label,
                  Problem{named + about_value.en, named + about_value.zh});
}

std::optional<int> AttributeReader::integer(const FieldValue& v, const std::string& field, const FeatureKey& feature,
                                            const NumberLimits& limits) {
    auto value = number(v, field, feature, limits);
    if (!value) return std::nullopt;
    return static_cast<int>(std::lround(*value));
}

std::optional<std::string> AttributeReader::text(const FieldValue& v, const std::string& field, const FeatureKey& feature) {
    if (v.kind == FieldValue::Kind::null) return std::nullopt;
    std::string value = trim(v.text);
    if (value.empty() || reported_encoding_) return value.empty() ? std::nullopt : std::optional(std::move(value));
    // Text in the wrong encoding would be written into every output as it is; the
    // first value per layer is enough to say so.
    const bool not_utf8 = !is_valid_utf8(value);
    if (!not_utf8 && (!layer_.encoding().empty() || !looks_like_latin1_mojibake(value))) return value;
    reported_encoding_ = true;
    const Problem advice = layer_.encoding_advice();
    if (not_utf8)
        report("not_utf8", feature, field,
               Problem{" is not UTF-8 text (GBK read as UTF-8?); " + advice.en,
                       " 不是 UTF-8 编码的文本（是否把 GBK 当作 UTF-8 读取？）；" + advice.zh});
    else
        report("encoding_suspect", feature, field,
               Problem{" = '" + abbreviate(value) + "' looks like Chinese text read as Latin-1; " + advice.en,
                       " = '" + abbreviate(value) + "' 像是按 Latin-1 读取的中文；" + advice.zh});
    return value;
}

std::optional<double> AttributeReader::number(OGRFeature& f, const std::string& field, const FeatureKey& feature,
                                              const NumberLimits& limits) {
    return number(number_value(f, layer_.field(field)), field, feature, limits);
}

std::optional<int> AttributeReader::integer(OGRFeature& f, const std::string& field, const FeatureKey& feature,
                                            const NumberLimits& limits) {
    return integer(number_value(f, layer_.field(field)), field, feature, limits);
}

std::optional<std::string> AttributeReader::text(OGRFeature& f, const std::string& field, const FeatureKey& feature) {
    return text(text_value(f, layer_.field(field)), field, feature);
}

}  // namespace renozone

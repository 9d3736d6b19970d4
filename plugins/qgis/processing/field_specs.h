// An output layer's columns as a list of names and types.
#pragma once

#include "field_aliases.h"

#include <qgsfields.h>

#include <vector>

namespace renozone::plugin {

struct FieldSpec {
    const char* name;
    QVariant::Type type;
};

inline QgsFields fields_of(const std::vector<FieldSpec>& specs) {
    QgsFields fields;
    for (const auto& spec : specs) fields.append(QgsField(QString::fromLatin1(spec.name), spec.type));
    return with_chinese_aliases(fields);
}

}  // namespace renozone::plugin

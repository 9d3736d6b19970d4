// A value of a core table column (core/model/table_columns.h) as Qt holds it,
// for the viewer's attribute panels and the plugin's output layers alike.
#pragma once

#include "core/model/table_columns.h"

#include <QString>
#include <QVariant>

namespace renozone::widgets {

// `null` is what a missing value becomes: a typed null where a layer's field
// wants one, else an invalid QVariant.
inline QVariant qt_value(const ColumnValue& value, const QVariant& null = {}) {
    if (const auto* n = std::get_if<long long>(&value)) return QVariant(static_cast<qlonglong>(*n));
    if (const auto* x = std::get_if<double>(&value)) return QVariant(*x);
    if (const auto* b = std::get_if<bool>(&value)) return QVariant(*b);
    if (const auto* t = std::get_if<std::string>(&value)) return QVariant(QString::fromStdString(*t));
    return null;
}

}  // namespace renozone::widgets

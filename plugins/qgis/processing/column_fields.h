// A core table (core/model/table_columns.h, core/report/tool_columns.h) as a
// Processing output's fields and a feature's attributes: text as String,
// integers as LongLong, reals as Double, flags as Bool; a missing value is a
// null of the field's type. Fields carry the Chinese titles as aliases.
#pragma once

#include "column_value.h"
#include "field_aliases.h"

#include "core/model/table_columns.h"

#include <qgsattributes.h>
#include <qgsfields.h>

namespace renozone::plugin {

inline QVariant::Type qgis_type(ColumnKind kind) {
    switch (kind) {
    case ColumnKind::integer: return QVariant::LongLong;
    case ColumnKind::real: return QVariant::Double;
    case ColumnKind::flag: return QVariant::Bool;
    case ColumnKind::text: break;
    }
    return QVariant::String;
}

// An output that may refuse an input feature ends with a `problem` column
// saying why (with_problem); it is null on the features evaluated.
template <typename Row>
QgsFields fields_of(const TableColumns<Row>& table, bool with_problem = false) {
    QgsFields fields;
    for (const auto& column : table) fields.append(QgsField(QString::fromLatin1(column.key), qgis_type(column.kind)));
    if (with_problem) fields.append(QgsField(QStringLiteral("problem"), QVariant::String));
    return with_chinese_aliases(fields);
}

template <typename Row>
QgsAttributes attributes_of(const TableColumns<Row>& table, const Row& row) {
    QgsAttributes attributes;
    for (const auto& column : table) attributes << widgets::qt_value(column.value(row), QVariant(qgis_type(column.kind)));
    return attributes;
}

template <typename Row>
QgsAttributes attributes_with_problem(const TableColumns<Row>& table, const Row& row) {
    return attributes_of(table, row) << QVariant(QVariant::String);
}

// The row of a refused feature: every column null but the problem.
template <typename Row>
QgsAttributes refused_attributes(const TableColumns<Row>& table, const QString& problem) {
    QgsAttributes attributes;
    for (const auto& column : table) attributes << QVariant(qgis_type(column.kind));
    return attributes << problem;
}

}  // namespace renozone::plugin

// A field's value as the identify panel shows it: the core's Chinese (or, in
// the English interface, English) label for coded values — building use,
// phase, path, facility type, yes / no for flags — with the raw value beside,
// "住宅 (residential)"; other values as they are.
#pragma once

#include <QString>
#include <QVariant>

namespace renozone::viewer {

// "" for a field or value with no label.
QString value_label(const QString& field, const QVariant& value);

}  // namespace renozone::viewer

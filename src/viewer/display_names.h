// What the interface calls layers and fields: the core's words
// (core/vocabulary) in the interface's language.
#pragma once

#include <QString>

namespace renozone::viewer {

QString layer_title(const QString& layer_id);  // "communities" → "小区"
QString field_title(const QString& field);     // "households" → "户数"

}  // namespace renozone::viewer

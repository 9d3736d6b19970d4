// What the interface calls layers and fields, in the user's
// language (Chinese by default, English through the translation).
#pragma once

#include <QString>

namespace renozone::viewer {

QString layer_title(const QString& layer_id);
QString field_title(const QString& field);         // "households" → "户数"

}  // namespace renozone::viewer

// What the interface calls layers, fields and rule outcomes, in the user's
// language (Chinese by default, English through the translation).
#pragma once

#include <QString>

namespace renozone::viewer {

QString layer_title(const QString& layer_id);
QString field_title(const QString& field);         // "households" → "户数"
QString rule_status_title(const QString& status);  // pass / warn / fail
QString rule_title(const QString& rule_id);        // within_scope → "在改造范围内"

}  // namespace renozone::viewer

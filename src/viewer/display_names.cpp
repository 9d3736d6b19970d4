#include "display_names.h"

#include "error_text.h"

#include "core/vocabulary/field_titles.h"
#include "core/vocabulary/layer_titles.h"

namespace renozone::viewer {

QString layer_title(const QString& id) { return QString::fromStdString(renozone::layer_title(id.toStdString(), interface_lang())); }

QString field_title(const QString& field) { return QString::fromStdString(renozone::field_title(field.toStdString(), interface_lang())); }

}  // namespace renozone::viewer

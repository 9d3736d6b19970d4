// In a Chinese QGIS the Processing outputs' fields keep their ASCII names (for
// expressions and scripts) but carry the engine's Chinese names as aliases,
// which the attribute table and forms show.
#pragma once

#include <qgsfields.h>

namespace renozone::plugin {

QgsFields with_chinese_aliases(QgsFields fields);

}  // namespace renozone::plugin

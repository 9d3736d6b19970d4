// What the engine found in the data the dock opened, as a table layer in the
// project: the plugin's problems list (the viewer has its panel). A source
// with broken features opens; its bad values read as missing, and each one is
// a row here, with its file, layer and feature.
#pragma once

#include <QString>

class QgsVectorLayer;

namespace renozone {
class District;
}

namespace renozone::plugin {

// The first rows only, errors first: a city has a note for many of its buildings.
inline constexpr int most_problem_rows = 5000;

// nullptr when the engine found no error and no warning (notes alone make no list).
QgsVectorLayer* data_problems_layer(const District& district);

// The layer's name: "data problems", 数据问题 in a Chinese QGIS.
QString data_problems_title();

}  // namespace renozone::plugin

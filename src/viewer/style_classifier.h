// Which of a style's classes draws a feature, from the feature's attributes.
#pragma once

#include "layer_style.h"

namespace renozone::viewer {

constexpr int no_class = -1;

// Categorised: the category whose value equals the attribute ("" also takes NULL);
// rule-based: the first matching rule, else the first ELSE rule (the plan's
// styles use exclusive rules, where this equals QGIS's draw-every-match);
// single symbol: class 0. no_class when nothing applies or the class is off.
int classify(const LayerStyle& style, const AttributeLookup& attributes);

}  // namespace renozone::viewer

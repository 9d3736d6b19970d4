// One drawable layer: flattened geometry, its spatial index, its style, each
// feature's style class and label text, and where the attributes come from.
// Immutable once built, so render threads share it without locks.
#pragma once

#include "geometry_store.h"
#include "layer_style.h"
#include "spatial_index.h"

#include <QStringList>
#include <QVariantMap>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace renozone::viewer {

struct AttributeSource {
    QStringList fields;
    std::function<QVariant(int feature, const QString& field)> value;

    QVariantMap all(int feature) const;
};

struct MapLayer {
    QString id;     // canonical name: streets, communities, buildings, ...
    QString title;  // shown in the layer list and the legend
    GeometryStore geometry;
    SpatialIndex index;
    LayerStyle style;
    AttributeSource attributes;
    std::vector<std::int16_t> classes;  // style class per feature, or no_class
    std::vector<QString> labels;        // per feature; empty when the style has no labels
    std::vector<QPointF> label_anchors; // polygons and points: where the label goes (map units)

    std::size_t size() const { return geometry.size(); }
    // The topmost feature under `p` (map units); -1 when none. `tolerance` in map units.
    int feature_at(QPointF p, double tolerance) const;
};

// Classifies every feature, evaluates labels and builds the index.
// `anchors`: label positions for polygons (e.g. GEOS point-on-surface); empty: box centres.
std::shared_ptr<MapLayer> build_layer(QString id, QString title, GeometryStore geometry, LayerStyle style,
                                      AttributeSource attributes, std::vector<QPointF> anchors = {});

}  // namespace renozone::viewer

#include "map_layer.h"

#include "style_classifier.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace renozone::viewer {

QVariantMap AttributeSource::all(int feature) const {
    QVariantMap out;
    if (!value) return out;
    for (const auto& f : fields) out.insert(f, value(feature, f));
    return out;
}

namespace {

double distance_to_segment(QPointF p, QPointF a, QPointF b) {
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

bool polygon_contains(const GeometryStore& g, int f, QPointF p) {
    // Even-odd over every ring of every part: holes and islands come out right.
    const double px = p.x() - g.origin().x(), py = p.y() - g.origin().y();
    const float* xy = g.points();
    bool inside = false;
    for (auto part = g.first_part(f); part < g.end_part(f); ++part) {
        const auto first = g.first_point(part), end = g.end_point(part);
        if (end - first < 3) continue;
        for (auto i = first, j = end - 1; i < end; j = i++) {
            const double xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
            if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi) inside = !inside;
        }
    }
    return inside;
}

double distance_to_feature(const GeometryStore& g, int f, QPointF p) {
    double best = std::numeric_limits<double>::max();
    for (auto part = g.first_part(f); part < g.end_part(f); ++part) {
        const auto first = g.first_point(part), end = g.end_point(part);
        if (end - first == 1) best = std::min(best, std::hypot(p.x() - g.point(first).x(), p.y() - g.point(first).y()));
        for (auto i = first + 1; i < end; ++i) best = std::min(best, distance_to_segment(p, g.point(i - 1), g.point(i)));
    }
    return best;
}

}  // namespace

int MapLayer::feature_at(QPointF p, double tolerance) const {
    const MapRect probe{p.x() - tolerance, p.y() - tolerance, p.x() + tolerance, p.y() + tolerance};
    const auto hits = index.query(probe);
    for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
        const int f = *it;
        if (!classes.empty() && classes[f] < 0) continue;  // not drawn, not picked
        if (geometry.kind() == GeometryKind::polygon && polygon_contains(geometry, f, p)) return f;
        if (distance_to_feature(geometry, f, p) <= tolerance) return f;
    }
    return -1;
}

std::shared_ptr<MapLayer> build_layer(QString id, QString title, GeometryStore geometry, LayerStyle style,
                                      AttributeSource attributes, std::vector<QPointF> anchors) {
    auto layer = std::make_shared<MapLayer>();
    layer->id = std::move(id);
    layer->title = std::move(title);
    layer->geometry = std::move(geometry);
    layer->style = std::move(style);
    layer->attributes = std::move(attributes);
    const std::size_t n = layer->geometry.size();
    layer->classes.resize(n);
    const bool labelled = layer->style.label.enabled;
    if (labelled) layer->labels.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int f = static_cast<int>(i);
        const AttributeLookup lookup = [&](const QString& field) {
            return layer->attributes.value ? layer->attributes.value(f, field) : QVariant();
        };
        layer->classes[i] = static_cast<std::int16_t>(classify(layer->style, lookup));
        if (labelled) {
            const QVariant text = layer->style.label.text.evaluate(lookup);
            if (!text.isNull()) layer->labels[i] = text.toString().trimmed();
        }
    }
    if (anchors.size() != n) {
        anchors.resize(n);
        for (std::size_t i = 0; i < n; ++i) anchors[i] = layer->geometry.box(static_cast<int>(i)).centre();
    }
    layer->label_anchors = std::move(anchors);
    layer->index = SpatialIndex(layer->geometry.boxes());
    return layer;
}

}  // namespace renozone::viewer

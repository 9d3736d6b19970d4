#include "district_layers.h"

#include "display_names.h"
#include "district_attributes.h"
#include "fallback_style.h"
#include "geos_conversion.h"

namespace renozone::viewer {
namespace {

template <typename Items>
GeometryStore store_of(GEOSContextHandle_t ctx, const Items& items, GeometryKind kind, QPointF origin,
                       std::vector<QPointF>* anchors) {
    GeometryStore store(kind, origin);
    store.reserve(items.size(), items.size() * 8);
    for (const auto& item : items) {
        add_geos_feature(store, ctx, item.geom.get());
        if (anchors) anchors->push_back(label_anchor(ctx, item.geom.get()));
    }
    return store;
}

GeometryKind kind_of(GEOSContextHandle_t ctx, const std::vector<ContextFeature>& features, GeometryKind fallback) {
    for (const auto& f : features) {
        if (!f.geom) continue;
        switch (GEOSGeomTypeId_r(ctx, f.geom.get())) {
            case GEOS_POINT:
            case GEOS_MULTIPOINT: return GeometryKind::point;
            case GEOS_LINESTRING:
            case GEOS_MULTILINESTRING:
            case GEOS_LINEARRING: return GeometryKind::line;
            default: return GeometryKind::polygon;
        }
    }
    return fallback;
}

}  // namespace

std::vector<std::shared_ptr<MapLayer>> district_layers(const District& district, const StyleCatalog& styles) {
    const auto& d = district.data();
    const GEOSContextHandle_t ctx = district.ctx();
    // Offsets from a point inside the data keep float coordinates precise.
    QPointF origin;
    if (!d.communities.empty() && d.communities.front().geom) origin = label_anchor(ctx, d.communities.front().geom.get());

    std::vector<std::shared_ptr<MapLayer>> layers;
    auto add = [&](const QString& id, GeometryStore store, AttributeSource attributes, std::vector<QPointF> anchors) {
        LayerStyle style = styles.style_for(id, store.kind());
        layers.push_back(build_layer(id, layer_title(id), std::move(store), std::move(style), std::move(attributes),
                                     std::move(anchors)));
    };
    auto add_context = [&](const QString& id, const std::vector<ContextFeature>& features, GeometryKind fallback) {
        if (features.empty()) return;
        std::vector<QPointF> anchors;
        GeometryStore store = store_of(ctx, features, kind_of(ctx, features, fallback), origin, &anchors);
        add(id, std::move(store), context_attributes(features, id), std::move(anchors));
    };

    add_context("river", d.river, GeometryKind::polygon);
    {
        std::vector<QPointF> anchors;
        GeometryStore store = store_of(ctx, d.communities, GeometryKind::polygon, origin, &anchors);
        add("communities", std::move(store), community_attributes(district), std::move(anchors));
    }
    {
        std::vector<QPointF> anchors;
        GeometryStore store = store_of(ctx, d.streets, GeometryKind::polygon, origin, &anchors);
        if (store.extent().min_x <= store.extent().max_x) add("streets", std::move(store), street_attributes(district), std::move(anchors));
    }
    add_context("roads", d.roads, GeometryKind::line);
    {
        // Box centres are close enough for building labels and cost nothing at a million buildings.
        GeometryStore store = store_of(ctx, d.buildings, GeometryKind::polygon, origin, nullptr);
        add("buildings", std::move(store), building_attributes(district), {});
    }
    add_context("heritage", d.heritage, GeometryKind::polygon);
    add_context("facilities", d.facilities, GeometryKind::point);
    return layers;
}

std::shared_ptr<MapLayer> units_layer(GEOSContextHandle_t ctx, const std::vector<StoredUnit>& units) {
    GeometryStore store(GeometryKind::polygon, units.empty() ? QPointF() : label_anchor(ctx, units.front().geom.get()));
    std::vector<QPointF> anchors;
    for (const auto& u : units) {
        add_geos_feature(store, ctx, u.geom.get());
        anchors.push_back(label_anchor(ctx, u.geom.get()));
    }
    auto rows = std::make_shared<std::vector<StoredUnit>>();
    for (const auto& u : units) rows->push_back(StoredUnit{u.id, u.attributes, u.updated, GeomPtr(nullptr, GeomDeleter{ctx})});
    AttributeSource attributes{
        {"id", "name", "phase", "year", "path", "lead_department", "updated"},
        [rows](int i, const QString& field) -> QVariant {
            const auto& u = (*rows)[i];
            if (field == "id") return u.id;
            if (field == "name") return QString::fromStdString(u.attributes.name);
            if (field == "phase") return QString::fromStdString(u.attributes.phase);
            if (field == "year") return u.attributes.year ? QVariant(*u.attributes.year) : QVariant();
            if (field == "path") return QString::fromStdString(u.attributes.path);
            if (field == "lead_department") return QString::fromStdString(u.attributes.lead_department);
            if (field == "updated") return QString::fromStdString(u.updated);
            return {};
        }};
    return build_layer("units", layer_title("units"), std::move(store), units_style(), std::move(attributes), std::move(anchors));
}

}  // namespace renozone::viewer

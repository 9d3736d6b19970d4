#include "gaps_layer.h"

#include "geos_conversion.h"

#include "core/base/text_utils.h"

#include <QCoreApplication>

#include <vector>

namespace renozone::viewer {
namespace {

StyleClass gap_class(const QString& value, const QString& label, QColor fill, double stroke_px, Qt::PenStyle pen, int pass) {
    SymbolLayer s;
    s.kind = SymbolLayerKind::fill;
    s.fill = fill;
    s.stroke = QColor(165, 0, 38);
    s.stroke_width = {stroke_px, SizeUnit::pixels};
    s.pen = pen;
    s.pass = pass;
    return StyleClass{label, Symbol{{s}, 1.0}, true, value, {}, false};
}

LayerStyle gaps_style() {
    LayerStyle style;
    style.renderer = RendererKind::categorised;
    style.attribute = QStringLiteral("gap");
    style.classes = {gap_class("community", QCoreApplication::translate("GapsLayer", "低于标准的小区"),
                               QColor(215, 48, 39, 35), 2, Qt::DashLine, 0),
                     gap_class("home", QCoreApplication::translate("GapsLayer", "服务半径外的住宅"),
                               QColor(215, 48, 39, 210), 1, Qt::SolidLine, 1)};
    style.symbol_levels = true;  // the homes over the communities' tint
    style.source = QStringLiteral("renozone-viewer");
    return style;
}

}  // namespace

GapsLayer make_gaps_layer(const SiteChecker& checker, const std::string& type, bool use_network, const ProgressFn& progress) {
    GapOptions options;
    options.use_network = use_network;
    GapsLayer out{facility_gaps(checker, type, options, progress), nullptr, {}};
    const District& district = checker.district();
    const auto& data = district.data();
    const GEOSContextHandle_t ctx = district.ctx();

    QPointF origin;  // offsets from a point inside the data keep float coordinates precise
    if (!data.communities.empty() && data.communities.front().geom) origin = label_anchor(ctx, data.communities.front().geom.get());
    GeometryStore store(GeometryKind::polygon, origin);
    for (const auto& row : out.gaps.community_rows)
        if (row.substandard && data.communities[row.community].geom)
            add_geos_feature(store, ctx, data.communities[row.community].geom.get());
    const int communities = static_cast<int>(store.size());  // features below this index are communities
    const std::vector<int> homes = uncovered_homes(district, out.gaps);
    const auto total = static_cast<long long>(homes.size());
    for (long long i = 0; i < total; ++i) {
        if (progress && i % 8192 == 0) progress(Stage::preparing_map_layers, i, total);
        add_geos_feature(store, ctx, data.buildings[homes[static_cast<std::size_t>(i)]].geom.get());
    }
    if (progress) progress(Stage::preparing_map_layers, 1, 1);  // done, also when nobody is left out
    AttributeSource attributes{{QStringLiteral("gap")}, [communities](int feature, const QString&) -> QVariant {
                                   return feature < communities ? QStringLiteral("community") : QStringLiteral("home");
                               }};
    const QString title = QCoreApplication::translate("GapsLayer", "服务缺口：%1").arg(QString::fromStdString(out.gaps.rule.name));
    out.layer = build_layer(gaps_layer_id, title, std::move(store), gaps_style(), std::move(attributes));

    const ServedCount& d = out.gaps.district;
    const auto pct = d.coverage_percent();
    out.summary = QCoreApplication::translate("GapsLayer", "%1：%2 / %3 户在服务半径内（%4），%5 个小区低于标准，%6 个小区完全未覆盖")
                      .arg(QString::fromStdString(out.gaps.rule.name))
                      .arg(QString::fromStdString(format_number(double(d.covered_households), 0)))
                      .arg(QString::fromStdString(format_number(double(d.households), 0)))
                      .arg(pct ? QString::fromStdString(format_number(*pct, 1)) + "%" : QStringLiteral("—"))
                      .arg(out.gaps.substandard_communities)
                      .arg(out.gaps.uncovered_communities);
    return out;
}

}  // namespace renozone::viewer

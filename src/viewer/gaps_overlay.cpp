#include "gaps_overlay.h"

#include "geos_conversion.h"

#include "text_utils.h"

#include <QCoreApplication>

namespace renozone::viewer {

GapsOverlay make_gaps_overlay(const SiteChecker& checker, const std::string& type, bool use_network,
                              const ProgressFn& progress) {
    GapOptions options;
    options.use_network = use_network;
    GapsOverlay out{facility_gaps(checker, type, options, progress), {}, {}, 0, {}};
    const District& district = checker.district();
    const auto& data = district.data();
    out.uncovered_buildings.setFillRule(Qt::WindingFill);
    for (int b : demand_buildings(district)) {
        if (out.gaps.covered[b] || !data.buildings[b].geom) continue;
        out.uncovered_buildings.addPath(painter_path(district.ctx(), data.buildings[b].geom.get()));
        ++out.uncovered_building_count;
    }
    for (const auto& row : out.gaps.community_rows)
        if (row.substandard && data.communities[row.community].geom)
            out.substandard_communities.addPath(painter_path(district.ctx(), data.communities[row.community].geom.get()));
    const ServedCount& d = out.gaps.district;
    const auto pct = d.coverage_percent();
    out.summary = QCoreApplication::translate("GapsOverlay", "%1：%2 / %3 户在服务半径内（%4），%5 个小区低于标准，%6 个小区完全未覆盖")
                      .arg(QString::fromStdString(out.gaps.rule.name))
                      .arg(QString::fromStdString(format_number(double(d.covered_households), 0)))
                      .arg(QString::fromStdString(format_number(double(d.households), 0)))
                      .arg(pct ? QString::fromStdString(format_number(*pct, 1)) + "%" : QStringLiteral("—"))
                      .arg(out.gaps.substandard_communities)
                      .arg(out.gaps.uncovered_communities);
    return out;
}

}  // namespace renozone::viewer

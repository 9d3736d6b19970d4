#include "renozone_provider.h"

#include "check_site_algorithm.h"
#include "coverage_algorithm.h"
#include "export_algorithm.h"
#include "gaps_algorithm.h"
#include "resources.h"
#include "suggest_sites_algorithm.h"
#include "tag_algorithm.h"
#include "unit_stats_algorithm.h"

#include <QIcon>

namespace renozone::plugin {

RenozoneProvider::RenozoneProvider(QObject* parent) : QgsProcessingProvider(parent) { register_resources(); }

QString RenozoneProvider::name() const { return tr("renozone"); }
QString RenozoneProvider::longName() const { return tr("renozone — old residential community renovation"); }
QIcon RenozoneProvider::icon() const { return QIcon(svgIconPath()); }
QString RenozoneProvider::svgIconPath() const { return QStringLiteral(":/renozone/icons/renozone.svg"); }

void RenozoneProvider::loadAlgorithms() {
    addAlgorithm(new TagAlgorithm());
    addAlgorithm(new CoverageAlgorithm());
    addAlgorithm(new UnitStatsAlgorithm());
    addAlgorithm(new CheckSiteAlgorithm());
    addAlgorithm(new GapsAlgorithm());
    addAlgorithm(new SuggestSitesAlgorithm());
    addAlgorithm(new ExportAlgorithm());
}

}  // namespace renozone::plugin

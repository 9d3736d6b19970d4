#include "result_layers.h"

#include "engine_text.h"
#include "gap_fields.h"
#include "column_fields.h"
#include "core/report/tool_columns.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsmarkersymbol.h>
#include <qgsmemoryproviderutils.h>
#include <qgspallabeling.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCoreApplication>
#include <QThread>

#include <vector>

namespace renozone::plugin {
namespace {

class ResultLayers {
    Q_DECLARE_TR_FUNCTIONS(ResultLayers)
};

QgsFillSymbol* fill(const QString& colour) {
    return QgsFillSymbol::createSimple({{"color", colour}, {"outline_color", "60,60,60,160"}, {"outline_width", "0.3"}});
}

void add(QgsVectorLayer& layer, QgsFeatureList& features) {
    layer.dataProvider()->addFeatures(features, QgsFeatureSink::FastInsert);
    layer.updateExtents();
}

}  // namespace

void DeleteOnItsThread::operator()(QgsVectorLayer* layer) const {
    if (!layer) return;
    // A task's thread runs no event loop: deleteLater only for a layer already handed on.
    if (layer->thread() == QThread::currentThread()) delete layer;
    else layer->deleteLater();
}

TaskLayer for_gui_thread(TaskLayer layer) {
    layer->moveToThread(QCoreApplication::instance()->thread());
    return layer;
}

TaskLayer gap_communities_layer(const District& district, const FacilityGaps& gaps, const QgsCoordinateReferenceSystem& crs) {
    const QgsFields fields = community_gap_fields();
    TaskLayer layer(QgsMemoryProviderUtils::createMemoryLayer(ResultLayers::tr("gaps: %1").arg(qs(gaps.rule.name)), fields,
                                                              QgsWkbTypes::MultiPolygon, crs));
    QgsFeatureList features;
    for (const CommunityGap& row : gaps.community_rows) features << community_gap_feature(district, gaps, row, fields);
    add(*layer, features);
    QgsCategoryList categories{
        QgsRendererCategory(QStringLiteral("covered"), fill(QStringLiteral("26,150,65,110")), ResultLayers::tr("covered")),
        QgsRendererCategory(QStringLiteral("partial"), fill(QStringLiteral("253,174,97,150")), ResultLayers::tr("partly covered")),
        QgsRendererCategory(QStringLiteral("uncovered"), fill(QStringLiteral("215,25,28,150")), ResultLayers::tr("not covered")),
        QgsRendererCategory(QStringLiteral("no_households"), fill(QStringLiteral("200,200,200,90")), ResultLayers::tr("no households"))};
    layer->setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("status"), categories));
    return layer;
}

TaskLayer uncovered_buildings_layer(const District& district, const FacilityGaps& gaps, const QgsCoordinateReferenceSystem& crs,
                                    const ProgressFn& progress) {
    const QgsFields fields = uncovered_building_fields();
    TaskLayer layer(QgsMemoryProviderUtils::createMemoryLayer(
        ResultLayers::tr("households not reached: %1").arg(qs(gaps.rule.name)), fields, QgsWkbTypes::MultiPolygon, crs));
    QgsFeatureList features;
    const std::vector<int> homes = uncovered_homes(district, gaps);
    const auto total = static_cast<long long>(homes.size());
    for (long long i = 0; i < total; ++i) {
        if (progress && i % 8192 == 0) progress(Stage::preparing_map_layers, i, total);
        features << uncovered_building_feature(district, gaps, homes[static_cast<std::size_t>(i)], fields);
    }
    add(*layer, features);
    layer->setRenderer(new QgsSingleSymbolRenderer(
        QgsFillSymbol::createSimple({{"color", "215,25,28,220"}, {"outline_color", "120,0,0"}, {"outline_width", "0.2"}})));
    return layer;
}

QgsVectorLayer* suggested_sites_layer(const District& district, const SiteSelection& selection, const QgsCoordinateReferenceSystem& crs) {
    const QgsFields fields = fields_of(suggested_site_columns());
    QgsVectorLayer* layer = QgsMemoryProviderUtils::createMemoryLayer(
        ResultLayers::tr("suggested sites: %1").arg(qs(selection.rule.name)), fields, QgsWkbTypes::Point, crs);
    QgsFeatureList features;
    for (std::size_t rank = 0; rank < selection.sites.size(); ++rank) {
        QgsFeature f(fields);
        f.setAttributes(attributes_of(suggested_site_columns(), SuggestedSiteRow{district, selection, rank}));
        f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(selection.sites[rank].point.x, selection.sites[rank].point.y)));
        features << f;
    }
    add(*layer, features);
    layer->setRenderer(new QgsSingleSymbolRenderer(QgsMarkerSymbol::createSimple(
        {{"name", "star"}, {"color", "0,90,200"}, {"outline_color", "255,255,255"}, {"size", "6"}})));
    QgsPalLayerSettings label;
    label.fieldName = QStringLiteral("rank");
    QgsTextFormat format;
    format.setSize(12);
    format.setColor(QColor(0, 60, 150));
    QFont font = format.font();
    font.setBold(true);
    format.setFont(font);
    QgsTextBufferSettings halo;  // readable over the red of the households not reached
    halo.setEnabled(true);
    halo.setSize(1);
    halo.setColor(Qt::white);
    format.setBuffer(halo);
    label.setFormat(format);
    label.dist = 1.5;
    layer->setLabeling(new QgsVectorLayerSimpleLabeling(label));
    layer->setLabelsEnabled(true);
    return layer;
}

}  // namespace renozone::plugin

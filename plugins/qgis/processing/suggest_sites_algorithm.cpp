#include "suggest_sites_algorithm.h"

#include "core/planning/site_rules.h"
#include "engine_text.h"
#include "facility_types.h"
#include "column_fields.h"
#include "core/report/tool_columns.h"

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

namespace renozone::plugin {

QString SuggestSitesAlgorithm::displayName() const { return tr("Suggest new facility sites"); }

QString SuggestSitesAlgorithm::shortHelpString() const {
    return tr("Chooses where COUNT new facilities of a type would cover most of the households the existing facilities "
              "leave out (maximal covering location problem): among the candidate sites given (points, or polygons by "
              "their point-on-surface; an 'id' or 'name' field names them), or else a grid over open land — on no "
              "building, outside heritage areas and the river setback. Each site adds most given the sites before it "
              "(greedy); 'exact' solves the integer programme with GLPK and reports greedy's gap to the optimum. The "
              "same answer as `renozone suggest-sites`.");
}

void SuggestSitesAlgorithm::initAlgorithm(const QVariantMap&) {
    add_data_parameter();
    addParameter(new QgsProcessingParameterEnum(QStringLiteral("TYPE"), tr("Facility type"), facility_type_labels(), false, 0));
    addParameter(new QgsProcessingParameterNumber(QStringLiteral("COUNT"), tr("Number of new sites"),
                                                  QgsProcessingParameterNumber::Integer, 1, false, 1));
    addParameter(new QgsProcessingParameterFeatureSource(QStringLiteral("CANDIDATES"),
                                                         tr("Candidate sites (empty: a grid over open land)"),
                                                         {QgsProcessing::TypeVectorPoint, QgsProcessing::TypeVectorPolygon},
                                                         QVariant(), true));
    addParameter(new QgsProcessingParameterDistance(QStringLiteral("SPACING"), tr("Grid spacing"), 50, QString(), false, 1));
    addParameter(new QgsProcessingParameterBoolean(QStringLiteral("EXACT"),
                                                   tr("Solve exactly (GLPK) and report greedy's gap to the optimum"), false));
    addParameter(new QgsProcessingParameterNumber(QStringLiteral("TIME_LIMIT"), tr("Seconds the exact solve may take"),
                                                  QgsProcessingParameterNumber::Double, 60, false, 1));
    addParameter(new QgsProcessingParameterBoolean(QStringLiteral("EUCLIDEAN"),
                                                   tr("Straight-line distance even when the data has roads"), false));
    addParameter(new QgsProcessingParameterFile(QStringLiteral("RULES"), tr("Site rules file (empty: GB 50180-2018 defaults)"),
                                                QgsProcessingParameterFile::File, QStringLiteral("json"), QVariant(), true));
    addParameter(new QgsProcessingParameterFeatureSink(QStringLiteral("OUTPUT"), tr("Suggested sites"), QgsProcessing::TypeVectorPoint));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("NEW_COVERED_HOUSEHOLDS"), tr("Households the new sites reach")));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("COVERED_HOUSEHOLDS"), tr("Households reached, existing and new")));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("HOUSEHOLDS"), tr("Households in communities")));
}

QVariantMap SuggestSitesAlgorithm::run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) {
    const int type_index = parameterAsEnum(parameters, QStringLiteral("TYPE"), context);
    if (type_index < 0 || type_index >= static_cast<int>(default_facility_types().size()))
        throw QgsProcessingException(tr("No facility type: the default site rules file was not found"));
    const std::string type = default_facility_types()[static_cast<std::size_t>(type_index)].type;
    const SiteSelectionOptions options{parameterAsInt(parameters, QStringLiteral("COUNT"), context),
                                       parameterAsBoolean(parameters, QStringLiteral("EXACT"), context),
                                       !parameterAsBoolean(parameters, QStringLiteral("EUCLIDEAN"), context),
                                       parameterAsDouble(parameters, QStringLiteral("TIME_LIMIT"), context)};
    const QString rules_path = parameterAsFile(parameters, QStringLiteral("RULES"), context);
    SiteRules rules = rules_path.isEmpty() ? load_default_site_rules() : load_site_rules(ss(rules_path));
    rules.rule(type);  // a rules file without this type: say so before reading the data

    // The engine reads candidate sites from a file, as the CLI does; Processing
    // writes a layer that is not one (a memory layer, a selection) to a temporary GeoPackage.
    QString candidates_path, candidates_layer;
    if (std::unique_ptr<QgsProcessingFeatureSource> given(parameterAsSource(parameters, QStringLiteral("CANDIDATES"), context)); given)
        candidates_path = parameterAsCompatibleSourceLayerPathAndLayerName(
            parameters, QStringLiteral("CANDIDATES"), context, {QStringLiteral("gpkg")}, QStringLiteral("gpkg"), feedback,
            &candidates_layer);

    auto loaded = load_district(parameters, context, feedback, 30);
    const District& district = loaded->district();
    feedback->setProgressText(tr("Laying out the candidate sites"));
    FeedbackProgress grid_progress(feedback, 30, 40);
    const std::vector<Candidate> candidates =
        candidates_path.isEmpty()
            ? grid_candidates(district, rules, parameterAsDouble(parameters, QStringLiteral("SPACING"), context), grid_progress.fn())
            : candidates_from_source(district, ss(candidates_path), ss(candidates_layer), "");
    feedback->pushInfo(tr("%n candidate site(s)", nullptr, static_cast<int>(candidates.size())));
    FeedbackProgress progress(feedback, 40, 100);
    progress.check_canceled();
    feedback->setProgressText(tr("Building the road network"));
    const SiteChecker checker(district, std::move(rules));
    progress.check_canceled();
    feedback->setProgressText(tr("Choosing the sites"));
    const SiteSelection selection = suggest_sites(checker, type, candidates, options, progress.fn());

    const QgsFields fields = fields_of(suggested_site_columns());
    QString sink_id;
    std::unique_ptr<QgsFeatureSink> sink(sink_keeping_aliases(parameters, QStringLiteral("OUTPUT"), context, sink_id, fields,
                                                         QgsWkbTypes::Point, loaded->working_crs()));
    if (!sink) throw QgsProcessingException(invalidSinkError(parameters, QStringLiteral("OUTPUT")));
    for (std::size_t rank = 0; rank < selection.sites.size(); ++rank) {
        QgsFeature feature(fields);
        feature.setAttributes(attributes_of(suggested_site_columns(), SuggestedSiteRow{district, selection, rank}));
        feature.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(selection.sites[rank].point.x, selection.sites[rank].point.y)));
        if (!sink->addFeature(feature, QgsFeatureSink::FastInsert))
            throw QgsProcessingException(writeFeatureError(sink.get(), parameters, QStringLiteral("OUTPUT")));
    }
    if (selection.gap_households)
        feedback->pushInfo(tr("Greedy reaches %1 households fewer than the optimum").arg(*selection.gap_households));
    feedback->setProgress(100);

    QVariantMap results;
    results.insert(QStringLiteral("OUTPUT"), sink_id);
    results.insert(QStringLiteral("NEW_COVERED_HOUSEHOLDS"), static_cast<qlonglong>(selection.new_covered_households));
    results.insert(QStringLiteral("COVERED_HOUSEHOLDS"), static_cast<qlonglong>(selection.covered_households));
    results.insert(QStringLiteral("HOUSEHOLDS"), static_cast<qlonglong>(selection.households));
    return results;
}

}  // namespace renozone::plugin

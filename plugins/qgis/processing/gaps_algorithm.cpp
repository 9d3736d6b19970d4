#include "gaps_algorithm.h"

#include "core/planning/site_rules.h"
#include "engine_text.h"
#include "facility_types.h"
#include "gap_fields.h"

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

namespace renozone::plugin {

QString GapsAlgorithm::displayName() const { return tr("Facility gaps"); }

QString GapsAlgorithm::shortHelpString() const {
    return tr("For a facility type, which households the existing facilities reach within the service radius of the "
              "site rules (along the roads when the data has a road layer) and which they leave out: every community "
              "with its covered and uncovered households, coverage rate and status (covered, partial, uncovered), "
              "substandard below the threshold; and the household buildings no facility reaches. The same figures as "
              "`renozone gaps --type TYPE`.");
}

void GapsAlgorithm::initAlgorithm(const QVariantMap&) {
    add_data_parameter();
    addParameter(new QgsProcessingParameterEnum(QStringLiteral("TYPE"), tr("Facility type"), facility_type_labels(), false, 0));
    auto* threshold = new QgsProcessingParameterNumber(QStringLiteral("THRESHOLD"),
                                                       tr("A community with less of its households covered is substandard (%)"),
                                                       QgsProcessingParameterNumber::Double, 100, false, 0, 100);
    addParameter(threshold);
    addParameter(new QgsProcessingParameterBoolean(QStringLiteral("EUCLIDEAN"),
                                                   tr("Straight-line distance even when the data has roads"), false));
    addParameter(new QgsProcessingParameterFile(QStringLiteral("RULES"), tr("Site rules file (empty: GB 50180-2018 defaults)"),
                                                QgsProcessingParameterFile::File, QStringLiteral("json"), QVariant(), true));
    addParameter(new QgsProcessingParameterFeatureSink(QStringLiteral("OUTPUT"), tr("Communities with their coverage"),
                                                       QgsProcessing::TypeVectorPolygon));
    addParameter(new QgsProcessingParameterFeatureSink(QStringLiteral("UNCOVERED"), tr("Household buildings no facility reaches"),
                                                       QgsProcessing::TypeVectorPolygon, QVariant(), true));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("HOUSEHOLDS"), tr("Households in communities")));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("COVERED_HOUSEHOLDS"), tr("Households reached")));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("COVERAGE_PCT"), tr("Households reached (%)")));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("SUBSTANDARD_COMMUNITIES"), tr("Substandard communities")));
}

QVariantMap GapsAlgorithm::run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) {
    const int type_index = parameterAsEnum(parameters, QStringLiteral("TYPE"), context);
    if (type_index < 0 || type_index >= static_cast<int>(default_facility_types().size()))
        throw QgsProcessingException(tr("No facility type: the default site rules file was not found"));
    const std::string type = default_facility_types()[static_cast<std::size_t>(type_index)].type;
    const GapOptions options{!parameterAsBoolean(parameters, QStringLiteral("EUCLIDEAN"), context),
                             parameterAsDouble(parameters, QStringLiteral("THRESHOLD"), context)};
    const QString rules_path = parameterAsFile(parameters, QStringLiteral("RULES"), context);
    SiteRules rules = rules_path.isEmpty() ? load_default_site_rules() : load_site_rules(ss(rules_path));
    rules.rule(type);  // a rules file without this type: say so before reading the data

    auto loaded = load_district(parameters, context, feedback, 40);
    const District& district = loaded->district();
    feedback->setProgressText(tr("Building the road network"));
    const SiteChecker checker(district, std::move(rules));
    FeedbackProgress search_progress(feedback, 50, 80);
    search_progress.check_canceled();
    feedback->setProgressText(tr("Measuring who the facilities reach"));
    const FacilityGaps gaps = facility_gaps(checker, type, options, search_progress.fn());
    FeedbackProgress progress(feedback, 80, 100);

    const QgsFields fields = community_gap_fields();
    QString sink_id;
    std::unique_ptr<QgsFeatureSink> sink(sink_keeping_aliases(parameters, QStringLiteral("OUTPUT"), context, sink_id, fields,
                                                         QgsWkbTypes::MultiPolygon, loaded->working_crs()));
    if (!sink) throw QgsProcessingException(invalidSinkError(parameters, QStringLiteral("OUTPUT")));
    for (std::size_t i = 0; i < gaps.community_rows.size(); ++i) {
        progress.step(static_cast<long long>(i), static_cast<long long>(gaps.community_rows.size()));
        QgsFeature feature = community_gap_feature(district, gaps, gaps.community_rows[i], fields);
        if (!sink->addFeature(feature, QgsFeatureSink::FastInsert))
            throw QgsProcessingException(writeFeatureError(sink.get(), parameters, QStringLiteral("OUTPUT")));
    }

    QString uncovered_id;
    const QgsFields building_fields = uncovered_building_fields();
    std::unique_ptr<QgsFeatureSink> uncovered(sink_keeping_aliases(parameters, QStringLiteral("UNCOVERED"), context, uncovered_id,
                                                              building_fields, QgsWkbTypes::MultiPolygon, loaded->working_crs()));
    if (uncovered) {
        for (int b : uncovered_homes(district, gaps)) {
            QgsFeature feature = uncovered_building_feature(district, gaps, b, building_fields);
            if (!uncovered->addFeature(feature, QgsFeatureSink::FastInsert))
                throw QgsProcessingException(writeFeatureError(uncovered.get(), parameters, QStringLiteral("UNCOVERED")));
        }
    }

    QVariantMap results;
    results.insert(QStringLiteral("OUTPUT"), sink_id);
    if (uncovered) results.insert(QStringLiteral("UNCOVERED"), uncovered_id);
    results.insert(QStringLiteral("HOUSEHOLDS"), static_cast<qlonglong>(gaps.district.households));
    results.insert(QStringLiteral("COVERED_HOUSEHOLDS"), static_cast<qlonglong>(gaps.district.covered_households));
    const auto pct = gaps.district.coverage_percent();
    results.insert(QStringLiteral("COVERAGE_PCT"), pct ? QVariant(*pct) : QVariant());
    results.insert(QStringLiteral("SUBSTANDARD_COMMUNITIES"), gaps.substandard_communities);
    return results;
}

}  // namespace renozone::plugin

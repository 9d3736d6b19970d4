#include "check_site_algorithm.h"

#include "core/base/errors.h"
#include "core/planning/project_store.h"
#include "core/planning/site_rules.h"
#include "engine_text.h"
#include "facility_types.h"
#include "geometry_bridge.h"
#include "column_fields.h"
#include "core/report/tool_columns.h"

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

namespace renozone::plugin {

QString CheckSiteAlgorithm::displayName() const { return tr("Check candidate facility sites"); }

QString CheckSiteAlgorithm::shortHelpString() const {
    return tr("Checks every candidate site (a point, or a polygon for the plot) for a facility of the chosen type "
              "against the site rules (GB 50180-2018 life circles by default; each rule carries its clause): inside or "
              "next to the renovation scope, no overlap with existing buildings unless one is reused, outside heritage "
              "areas, the river setback, the site area, and the households served within the service radius — along "
              "the roads when the data has a road layer. Given a project GeoPackage, each check is recorded in its "
              "site_checks layer.");
}

void CheckSiteAlgorithm::initAlgorithm(const QVariantMap&) {
    add_data_parameter();
    addParameter(new QgsProcessingParameterFeatureSource(QStringLiteral("INPUT"), tr("Candidate sites"),
                                                         {QgsProcessing::TypeVectorPoint, QgsProcessing::TypeVectorPolygon}));
    addParameter(new QgsProcessingParameterEnum(QStringLiteral("TYPE"), tr("Facility type"), facility_type_labels(), false, 0));
    addParameter(new QgsProcessingParameterBoolean(QStringLiteral("REUSE_BUILDING"),
                                                   tr("The facility goes into an existing building"), false));
    addParameter(new QgsProcessingParameterBoolean(QStringLiteral("EUCLIDEAN"),
                                                   tr("Straight-line distance even when the data has roads"), false));
    addParameter(new QgsProcessingParameterFile(QStringLiteral("RULES"), tr("Site rules file (empty: GB 50180-2018 defaults)"),
                                                QgsProcessingParameterFile::File, QStringLiteral("json"), QVariant(), true));
    addParameter(new QgsProcessingParameterFile(QStringLiteral("PROJECT"), tr("Record the checks in this project GeoPackage"),
                                                QgsProcessingParameterFile::File, QString(), QVariant(), true,
                                                tr("GeoPackage (*.gpkg)")));
    addParameter(new QgsProcessingParameterFeatureSink(QStringLiteral("OUTPUT"), tr("Checked sites"), QgsProcessing::TypeVectorAnyGeometry));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("PASSED"), tr("Sites passing every rule")));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("FAILED"), tr("Sites failing a rule")));
}

QVariantMap CheckSiteAlgorithm::run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) {
    std::unique_ptr<QgsProcessingFeatureSource> source(parameterAsSource(parameters, QStringLiteral("INPUT"), context));
    if (!source) throw QgsProcessingException(invalidSourceError(parameters, QStringLiteral("INPUT")));
    const int type_index = parameterAsEnum(parameters, QStringLiteral("TYPE"), context);
    if (type_index < 0 || type_index >= static_cast<int>(default_facility_types().size()))
        throw QgsProcessingException(tr("No facility type: the default site rules file was not found"));
    const std::string type = default_facility_types()[static_cast<std::size_t>(type_index)].type;
    const SiteOptions options{parameterAsBoolean(parameters, QStringLiteral("REUSE_BUILDING"), context),
                              !parameterAsBoolean(parameters, QStringLiteral("EUCLIDEAN"), context)};
    const QString rules_path = parameterAsFile(parameters, QStringLiteral("RULES"), context);
    const QString project_path = parameterAsFile(parameters, QStringLiteral("PROJECT"), context);

    auto loaded = load_district(parameters, context, feedback, 40);
    const District& district = loaded->district();
    feedback->setProgressText(tr("Building the road network"));
    const SiteChecker checker(district, rules_path.isEmpty() ? load_default_site_rules() : load_site_rules(ss(rules_path)));
    checker.rules().rule(type);  // a rules file without this type: say so before the first site
    std::unique_ptr<ProjectStore> project;
    if (!project_path.isEmpty()) project = std::make_unique<ProjectStore>(ss(project_path), *district.data().working_srs);

    const QgsFields fields = QgsProcessingUtils::combineFields(source->fields(), fields_of(site_check_columns(), true));
    QString sink_id;
    std::unique_ptr<QgsFeatureSink> sink(sink_keeping_aliases(parameters, QStringLiteral("OUTPUT"), context, sink_id, fields,
                                                         source->wkbType(), source->sourceCrs()));
    if (!sink) throw QgsProcessingException(invalidSinkError(parameters, QStringLiteral("OUTPUT")));

    const long long total = source->featureCount();
    FeedbackProgress progress(feedback, 50, 100);
    long long done = 0, passed = 0, failed = 0;
    QgsFeature feature;
    QgsFeatureIterator it = source->getFeatures();
    while (it.nextFeature(feature)) {
        progress.step(done++, total);
        QgsAttributes attributes = feature.attributes();
        try {
            const UnitShape site = checked_shape(*loaded, feature.geometry(), source->sourceCrs(), context.transformContext(),
                                                 ShapeUse::site, tr("feature %1").arg(feature.id()));
            const SiteCheck check = checker.check(type, site.geom.get(), options);
            attributes.append(attributes_with_problem(site_check_columns(), SiteCheckRow{district, check}));
            if (check.verdict == RuleStatus::fail) ++failed;
            else if (check.verdict == RuleStatus::pass) ++passed;
            if (project) project->add_site_check(check, site.geom.get(), district.ctx());
        } catch (const InputError& e) {
            ++failed;
            const QString why = error_text(e);
            feedback->reportError(why);
            QgsAttributes refusal = refused_attributes(site_check_columns(), why);
            refusal[0] = qs(type);
            refusal[1] = QStringLiteral("refused");
            attributes.append(refusal);
        }
        QgsFeature out(fields, feature.id());
        out.setGeometry(feature.geometry());
        out.setAttributes(attributes);
        if (!sink->addFeature(out, QgsFeatureSink::FastInsert))
            throw QgsProcessingException(writeFeatureError(sink.get(), parameters, QStringLiteral("OUTPUT")));
    }

    QVariantMap results;
    results.insert(QStringLiteral("OUTPUT"), sink_id);
    results.insert(QStringLiteral("PASSED"), passed);
    results.insert(QStringLiteral("FAILED"), failed);
    return results;
}

}  // namespace renozone::plugin

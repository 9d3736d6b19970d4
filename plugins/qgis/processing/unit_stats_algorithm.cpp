#include "unit_stats_algorithm.h"

#include "core/base/errors.h"
#include "core/planning/project_store.h"
#include "engine_text.h"
#include "geometry_bridge.h"
#include "column_fields.h"
#include "core/report/tool_columns.h"

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

namespace renozone::plugin {

QString UnitStatsAlgorithm::displayName() const { return tr("Implementation unit figures"); }

QString UnitStatsAlgorithm::shortHelpString() const {
    return tr("Treats every polygon of the input as an implementation unit and appends what it covers: the buildings "
              "in the plan's scope whose point-on-surface lies inside, their floor area, households and people, "
              "lifts and subsidies (lift subsidy, 50 % of the pipeline cost when a cost field is given, split by "
              "the funding shares), D-grade and heritage buildings, the streets and communities it meets and the "
              "warnings a planner needs. Units the engine refuses (invalid, outside the data) keep null figures "
              "and say why in 'problem'. Given a project GeoPackage, the units are saved into it.");
}

void UnitStatsAlgorithm::initAlgorithm(const QVariantMap&) {
    add_data_parameter();
    addParameter(new QgsProcessingParameterFeatureSource(QStringLiteral("INPUT"), tr("Unit polygons"),
                                                         {QgsProcessing::TypeVectorPolygon}));
    addParameter(new QgsProcessingParameterField(QStringLiteral("NAME_FIELD"), tr("Unit name field"), QVariant(),
                                                 QStringLiteral("INPUT"), QgsProcessingParameterField::Any, false, true));
    addParameter(new QgsProcessingParameterField(QStringLiteral("PIPELINE_COST_FIELD"), tr("Pipeline works cost field (CNY)"),
                                                 QVariant(), QStringLiteral("INPUT"), QgsProcessingParameterField::Numeric,
                                                 false, true));
    addParameter(new QgsProcessingParameterString(QStringLiteral("FUNDING"),
                                                  tr("Funding shares, e.g. central=0.4,municipal=0.3,district=0.2,residents=0.1"),
                                                  QVariant(), false, true));
    addParameter(new QgsProcessingParameterFile(QStringLiteral("PROJECT"), tr("Save the units into this project GeoPackage"),
                                                QgsProcessingParameterFile::File, QString(), QVariant(), true,
                                                tr("GeoPackage (*.gpkg)")));
    addParameter(new QgsProcessingParameterFeatureSink(QStringLiteral("OUTPUT"), tr("Units with figures"),
                                                       QgsProcessing::TypeVectorPolygon));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("UNITS"), tr("Units evaluated")));
    addOutput(new QgsProcessingOutputNumber(QStringLiteral("REFUSED"), tr("Units refused")));
}

QVariantMap UnitStatsAlgorithm::run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) {
    std::unique_ptr<QgsProcessingFeatureSource> source(parameterAsSource(parameters, QStringLiteral("INPUT"), context));
    if (!source) throw QgsProcessingException(invalidSourceError(parameters, QStringLiteral("INPUT")));
    const QString name_field = parameterAsString(parameters, QStringLiteral("NAME_FIELD"), context);
    const QString cost_field = parameterAsString(parameters, QStringLiteral("PIPELINE_COST_FIELD"), context);
    const QString funding = parameterAsString(parameters, QStringLiteral("FUNDING"), context).trimmed();
    const QString project_path = parameterAsFile(parameters, QStringLiteral("PROJECT"), context);
    UnitMoney base_money;
    if (!funding.isEmpty()) base_money.funding = parse_funding_split(ss(funding));

    auto loaded = load_district(parameters, context, feedback, 40);
    const District& district = loaded->district();
    std::unique_ptr<ProjectStore> project;
    std::vector<StoredUnit> stored;
    if (!project_path.isEmpty()) {
        project = std::make_unique<ProjectStore>(ss(project_path), *district.data().working_srs);
        stored = project->units(district.ctx());
    }
    std::vector<const GEOSGeometry*> others;
    for (const auto& unit : stored)
        if (unit.geom) others.push_back(unit.geom.get());

    const QgsFields fields = QgsProcessingUtils::combineFields(source->fields(), fields_of(unit_columns(), true));
    QString sink_id;
    std::unique_ptr<QgsFeatureSink> sink(sink_keeping_aliases(parameters, QStringLiteral("OUTPUT"), context, sink_id, fields,
                                                         source->wkbType(), source->sourceCrs()));
    if (!sink) throw QgsProcessingException(invalidSinkError(parameters, QStringLiteral("OUTPUT")));

    const int name_index = source->fields().lookupField(name_field);
    const int cost_index = source->fields().lookupField(cost_field);
    const long long total = source->featureCount();
    FeedbackProgress progress(feedback, 40, 100);
    long long done = 0, refused = 0;
    QgsFeature feature;
    QgsFeatureIterator it = source->getFeatures();
    while (it.nextFeature(feature)) {
        progress.step(done++, total);
        QgsAttributes attributes = feature.attributes();
        const QString label = tr("feature %1").arg(feature.id());
        try {
            const UnitShape shape = checked_shape(*loaded, feature.geometry(), source->sourceCrs(), context.transformContext(),
                                                  ShapeUse::unit, label);
            UnitMoney money = base_money;
            if (cost_index >= 0 && !feature.attribute(cost_index).isNull())
                money.pipeline_cost_cny = feature.attribute(cost_index).toDouble();
            const UnitEvaluation e = evaluate_unit(district, shape.geom.get(), money, others);
            attributes.append(attributes_with_problem(unit_columns(), UnitRow{district, e}));
            if (project) {
                UnitAttributes unit;
                if (name_index >= 0) unit.name = ss(feature.attribute(name_index).toString());
                unit.money = money;
                project->add_unit(unit, shape.geom.get(), district.ctx(), e);
            }
        } catch (const InputError& e) {
            ++refused;
            const QString why = error_text(e);
            feedback->reportError(why);
            attributes.append(refused_attributes(unit_columns(), why));
        }
        QgsFeature out(fields, feature.id());
        out.setGeometry(feature.geometry());
        out.setAttributes(attributes);
        if (!sink->addFeature(out, QgsFeatureSink::FastInsert))
            throw QgsProcessingException(writeFeatureError(sink.get(), parameters, QStringLiteral("OUTPUT")));
    }
    if (project) feedback->pushInfo(tr("Saved %1 unit(s) into %2").arg(done - refused).arg(project_path));

    QVariantMap results;
    results.insert(QStringLiteral("OUTPUT"), sink_id);
    results.insert(QStringLiteral("UNITS"), done - refused);
    results.insert(QStringLiteral("REFUSED"), refused);
    return results;
}

}  // namespace renozone::plugin

#include "problems_layer.h"

#include "core/analysis/district.h"
#include "core/vocabulary/field_titles.h"
#include "core/vocabulary/finding_words.h"
#include "core/vocabulary/layer_titles.h"
#include "engine_text.h"

#include <qgsmemoryproviderutils.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>

namespace renozone::plugin {
namespace {

class ProblemsLayer {
    Q_DECLARE_TR_FUNCTIONS(ProblemsLayer)
};

}  // namespace

QString data_problems_title() { return ProblemsLayer::tr("data problems"); }

QgsVectorLayer* data_problems_layer(const District& district) {
    const Findings& findings = district.analysis().discrepancies;
    if (findings.count(Severity::error) + findings.count(Severity::warning) == 0) return nullptr;
    const Lang lang = interface_lang();
    QgsFields fields;
    for (const char* name : {"level", "layer", "feature_id", "code", "problem"}) {
        QgsField field(name, QVariant::String);
        if (lang == Lang::zh) field.setAlias(qs(field_title(name, lang)));
        fields.append(field);
    }
    QgsVectorLayer* layer = QgsMemoryProviderUtils::createMemoryLayer(data_problems_title(), fields, QgsWkbTypes::NoGeometry);
    QgsFeatureList features;
    // Errors first, then warnings, then notes: the order a planner works through them. A city
    // has a note for many buildings; the table stops at most_rows, as the viewer's list does
    // (`renozone validate --all` lists them all).
    int rows = 0;
    for (Severity severity : {Severity::error, Severity::warning, Severity::info})
        for (const Finding& f : findings.items) {
            if (f.severity != severity || ++rows > most_problem_rows) continue;
            QgsFeature feature(fields);
            QgsAttributes values;
            for (const std::string& value : {severity_title(f.severity, lang), layer_title(f.layer, lang), f.feature_id, f.code, finding_text(f, lang)})
                values << qs(value);
            feature.setAttributes(values);
            features << feature;
        }
    layer->dataProvider()->addFeatures(features);
    layer->updateExtents();
    return layer;
}

}  // namespace renozone::plugin

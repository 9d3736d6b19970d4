#include "problems_layer.h"

#include "core/analysis/district.h"
#include "core/vocabulary/finding_words.h"
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
    for (const char* name : {"level", "layer", "feature_id", "code", "problem"}) fields.append(QgsField(name, QVariant::String));
    QgsVectorLayer* layer = QgsMemoryProviderUtils::createMemoryLayer(data_problems_title(), fields, QgsWkbTypes::NoGeometry);
    QgsFeatureList features;
    // Errors first, then warnings, then notes: the order a planner works through them.
    for (Severity severity : {Severity::error, Severity::warning, Severity::info})
        for (const Finding& f : findings.items) {
            if (f.severity != severity) continue;
            QgsFeature feature(fields);
            QgsAttributes values;
            for (const std::string& value : {severity_title(f.severity, lang), f.layer, f.feature_id, f.code, finding_text(f, lang)})
                values << qs(value);
            feature.setAttributes(values);
            features << feature;
        }
    layer->dataProvider()->addFeatures(features);
    layer->updateExtents();
    return layer;
}

}  // namespace renozone::plugin

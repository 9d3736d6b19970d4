#include "export_algorithm.h"

#include "core/base/atomic_file.h"
#include "core/base/parallelism.h"
#include "core/report/coverage_report.h"
#include "engine_text.h"

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>

namespace renozone::plugin {

QString ExportAlgorithm::displayName() const { return tr("Export the coverage report"); }

QString ExportAlgorithm::shortHelpString() const {
    return tr("Writes the coverage report — district, streets and communities against the plan's targets — as "
              "aligned text, CSV, the JSON contract other tools read, or Markdown: the same file as "
              "`renozone report --format FORMAT`.");
}

void ExportAlgorithm::initAlgorithm(const QVariantMap&) {
    add_data_parameter();
    QStringList formats;
    for (const auto& format : coverage_report_formats()) formats << qs(format);
    addParameter(new QgsProcessingParameterEnum(QStringLiteral("FORMAT"), tr("Format"), formats, false,
                                                formats.indexOf(QStringLiteral("json"))));
    addParameter(new QgsProcessingParameterFileDestination(
        QStringLiteral("OUTPUT"), tr("Report file"),
        tr("JSON (*.json);;CSV (*.csv);;Markdown (*.md);;Text (*.txt)")));
}

QVariantMap ExportAlgorithm::run(const QVariantMap& parameters, QgsProcessingContext& context, QgsProcessingFeedback* feedback) {
    const std::string format = coverage_report_formats().at(static_cast<std::size_t>(
        parameterAsEnum(parameters, QStringLiteral("FORMAT"), context)));
    const QString output = parameterAsFileOutput(parameters, QStringLiteral("OUTPUT"), context);
    auto loaded = load_district(parameters, context, feedback, 90);
    const District& district = loaded->district();
    const std::string text = coverage_report(district.data(), district.analysis(), format, Parallelism{}.resolved_threads());
    write_text_file(ss(output), text, true);
    feedback->setProgress(100);
    QVariantMap results;
    results.insert(QStringLiteral("OUTPUT"), output);
    return results;
}

}  // namespace renozone::plugin

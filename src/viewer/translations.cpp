#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace renozone::viewer {

QString chosen_language(const QString& command_line_choice) {
    if (!command_line_choice.isEmpty()) return command_line_choice;
    const QString env = qEnvironmentVariable("RENOZONE_LANG");
    if (env == "en" || env == "zh") return env;
    const QString saved = QSettings().value("language").toString();
    return saved == "en" ? saved : QStringLiteral("zh");
}

void remember_language(const QString& language) { QSettings().setValue("language", language); }

bool install_translations(QCoreApplication& app, const QString& language) {
    const QString qt_catalogue = language == "en" ? QStringLiteral("qtbase_en") : QStringLiteral("qtbase_zh_CN");
    auto* qt = new QTranslator(&app);
    if (qt->load(qt_catalogue, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) app.installTranslator(qt);
    if (language != "en") return true;
    auto* ours = new QTranslator(&app);
    if (!ours->load(":/i18n/renozone_viewer_en.qm")) return false;
    app.installTranslator(ours);
    return true;
}

}  // namespace renozone::viewer

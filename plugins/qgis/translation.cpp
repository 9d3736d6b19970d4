#include "translation.h"

#include <QCoreApplication>
#include <QTranslator>

namespace renozone::plugin {

std::unique_ptr<QTranslator> install_translator(const QString& qgis_locale, const QString& directory) {
    // Every Chinese variant QGIS offers (zh-Hans, zh-Hant, zh_CN, zh_TW) gets the one Chinese translation.
    const QString language = qgis_locale.left(2).toLower();
    auto translator = std::make_unique<QTranslator>();
    if (language == QLatin1String("en") || !translator->load(QStringLiteral("renozone_") + language, directory)) return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

}  // namespace renozone::plugin

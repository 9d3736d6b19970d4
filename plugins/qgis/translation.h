// The plugin speaks the language of the QGIS interface: Chinese when QGIS
// runs in Chinese, English (the source language) otherwise.
#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace renozone::plugin {

// Installs the translation for `qgis_locale` (the code QGIS translates its own
// interface with, e.g. "zh-Hans", "en_US") from `directory`; nullptr when there is none.
std::unique_ptr<QTranslator> install_translator(const QString& qgis_locale,
                                                const QString& directory = QStringLiteral(":/renozone/i18n"));

}  // namespace renozone::plugin

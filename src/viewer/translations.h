// The interface speaks Chinese by default (the source strings are Chinese);
// English comes from i18n/renozone_viewer_en.ts, compiled into the binary.
#pragma once

#include <QString>

class QCoreApplication;

namespace renozone::viewer {

// "zh" or "en": the command line's choice, else RENOZONE_LANG, else the saved setting, else zh.
QString chosen_language(const QString& command_line_choice);
void remember_language(const QString& language);
// Installs the viewer's and Qt's own translations for `language`; false when missing.
bool install_translations(QCoreApplication& app, const QString& language);

}  // namespace renozone::viewer

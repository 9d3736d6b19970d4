// Text crossing between the engine (UTF-8 std::string) and Qt, and the
// engine's errors turned into one line a QGIS user can read.
#pragma once

#include "core/vocabulary/report_labels.h"

#include <QString>

#include <exception>
#include <string>

namespace renozone::plugin {

inline QString qs(const std::string& text) { return QString::fromUtf8(text.data(), static_cast<int>(text.size())); }
inline std::string ss(const QString& text) { return text.toUtf8().toStdString(); }

// True when the plugin's Chinese translation is installed (QGIS runs in Chinese).
bool interface_is_chinese();
// The language the engine's words (core/vocabulary) are to be said in.
Lang interface_lang();

// The message of an engine exception (renozone::Error and its kinds, or any
// std::exception), for the message bar or a QgsProcessingException.
QString error_text(const std::exception& e);

}  // namespace renozone::plugin

// An engine error as the interface says it: in Chinese, the engine's English
// when the interface speaks English (or the error has no Chinese yet).
#pragma once

#include "core/vocabulary/report_labels.h"

#include <QString>

#include <exception>
#include <string>

namespace renozone::viewer {

// True when the translators in place make the interface English.
bool interface_is_english();
// The language the engine's words (core/vocabulary) are to be said in.
Lang interface_lang();

QString error_text(const std::exception& e);
// The engine's UTF-8 text as Qt holds it.
inline QString said(const std::string& text) { return QString::fromStdString(text); }
// A text the engine says in both languages (zh may be empty: not said yet).
QString engine_text(const std::string& en, const std::string& zh);

}  // namespace renozone::viewer

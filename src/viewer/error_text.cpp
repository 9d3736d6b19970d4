#include "error_text.h"

#include "core/base/errors.h"
#include "core/vocabulary/error_words.h"

#include <QCoreApplication>

namespace renozone::viewer {

bool interface_is_english() {
    // The English translation answers "en" here: the translators in place decide, as they do for every other text.
    return QCoreApplication::translate("ErrorText", "zh", "the interface's language") == QLatin1String("en");
}

Lang interface_lang() { return interface_is_english() ? Lang::en : Lang::zh; }

QString error_text(const std::exception& e) {
    if (const auto* error = dynamic_cast<const Error*>(&e)) return QString::fromStdString(error_message(*error, interface_lang()));
    return QString::fromUtf8(e.what());
}

QString engine_text(const std::string& en, const std::string& zh) {
    return QString::fromStdString(zh.empty() || interface_is_english() ? en : zh);
}

}  // namespace renozone::viewer

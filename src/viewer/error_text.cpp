#include "error_text.h"

#include "errors.h"

#include <QCoreApplication>

namespace renozone::viewer {

QString error_text(const std::exception& e) {
    // The English translation answers "en" here: the translators in place decide, as they do for every other text.
    const bool english = QCoreApplication::translate("ErrorText", "zh", "the interface's language") == QLatin1String("en");
    if (const auto* error = dynamic_cast<const Error*>(&e); error && !english) return QString::fromStdString(error->chinese());
    return QString::fromUtf8(e.what());
}

}  // namespace renozone::viewer

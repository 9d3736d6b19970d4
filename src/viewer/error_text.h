// An engine error as the interface says it: in Chinese, the engine's English
// when the interface speaks English (or the error has no Chinese yet).
#pragma once

#include <QString>

#include <exception>

namespace renozone::viewer {

QString error_text(const std::exception& e);

}  // namespace renozone::viewer

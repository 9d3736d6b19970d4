// Progress of long work, reported by the engine and shown by each shell its way.
#pragma once

#include <functional>
#include <string>

namespace renozone {

// stage: short English verb phrase ("reading buildings"); done/total in features.
using ProgressFn = std::function<void(const std::string& stage, long long done, long long total)>;

}  // namespace renozone

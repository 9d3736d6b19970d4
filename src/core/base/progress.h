// Progress of long work, reported by the engine and shown by each shell its way.
#pragma once

#include <functional>
#include <string>

namespace renozone {

// stage: short English verb phrase ("reading buildings"); done/total in features.
// Reports come on the thread that called the engine, between pieces of work,
// never from its worker threads; throwing from one stops the work (the shells'
// cancel buttons do), every resource being released as the exception unwinds.
using ProgressFn = std::function<void(const std::string& stage, long long done, long long total)>;

}  // namespace renozone

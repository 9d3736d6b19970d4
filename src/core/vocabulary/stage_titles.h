// The stages of long work (base/progress.h) as a progress bar names them, in
// Chinese and English: the CLI, the viewer and the QGIS plugin say the same.
#pragma once

#include "core/base/progress.h"
#include "core/vocabulary/report_labels.h"

#include <string>

namespace renozone {

// "读取楼栋" / "Reading buildings"
std::string stage_title(const ProgressStage& stage, Lang lang);

}  // namespace renozone

// Phasing for people (two terminal tables), for machines (one CSV table with
// item, phase and year rows) and as JSON.
#pragma once

#include "core/base/table.h"
#include "core/planning/phasing.h"

#include <nlohmann/json.hpp>

namespace renozone {

std::string phasing_text(const Phasing& p);
Table phasing_table(const Phasing& p);
nlohmann::ordered_json phasing_json(const Phasing& p);

}  // namespace renozone

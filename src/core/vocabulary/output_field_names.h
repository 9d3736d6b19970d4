// The Chinese names of the engine's output fields (coverage, unit, site check,
// facility gap and suggested-site tables): the field names stay ASCII for
// files and scripts, an interface shows these beside or instead of them.
#pragma once

#include <string>

namespace renozone {

// "households" → "户数"; "" for a field the table does not know.
std::string output_field_zh(const std::string& field);

}  // namespace renozone

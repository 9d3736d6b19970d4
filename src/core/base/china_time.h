// The calendar of the district's paperwork: China Standard Time (UTC+8, no
// daylight saving), whatever zone the machine is set to.
#pragma once

#include <string>

namespace renozone {

struct ChinaDate {
    int year = 0, month = 0, day = 0;
    std::string iso() const;  // "2026-12-08"
};

ChinaDate china_today();

}  // namespace renozone

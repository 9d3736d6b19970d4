#include "core/base/china_time.h"

#include <cstdio>
#include <ctime>

namespace renozone {

std::string ChinaDate::iso() const {
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
    return out;
}

ChinaDate china_today() {
    constexpr std::time_t offset = 8 * 3600;
    const std::time_t now = std::time(nullptr) + offset;
    std::tm parts{};
    gmtime_r(&now, &parts);
    return {parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday};
}

}  // namespace renozone

// A built year given as a period, as the national housing survey (房屋建筑调查)
// and many registers record it: "1981-1990年", "1980年以前", "2011年以后",
// "1991～2000", "before 1980". Either end may be open.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace renozone {

struct YearRange {
    std::optional<int> earliest;  // none: open before
    std::optional<int> latest;    // none: open after

    // "1981-1990", "-1980", "2011-"; "?" for "about 1999" (no bound either way)
    std::string text() const;
};

// The calendar year now, in local time: the latest a building can be built.
int current_year();

// The period the text gives, or none when it is not one (a single year is not).
std::optional<YearRange> parse_year_range(std::string_view text);

}  // namespace renozone

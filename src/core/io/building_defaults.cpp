#include "core/io/building_defaults.h"

#include "core/base/controls.h"
#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/base/year_range.h"

namespace renozone {
namespace {

// The value as a number within [min, max]; UsageError otherwise.
double number_within(const std::string& key, const std::string& value, double min, double max) {
    const auto number = parse_leading_number(value);
    if (!number || *number < min || *number > max)
        throw UsageError(slot(Control::building_default) + ": " + key + "=" + abbreviate(value) + ": not a number from " +
                         format_number(min, 0, false) + " to " + format_number(max, 0, false));
    return *number;
}

template <typename T, typename Missing, typename Set>
long long fill(Dataset& ds, Missing missing, Set set, const T& value) {
    long long filled = 0;
    for (auto& b : ds.buildings)
        if (missing(b)) {
            set(b, value);
            ++filled;
        }
    return filled;
}

}  // namespace

void apply_building_defaults(Dataset& ds, const FieldMapping& mapping) {
    for (const auto& [key, value] : mapping.defaults()) {
        const std::string field = key.substr(key.find('.') + 1);
        long long filled = 0;
        if (field == "floors") {
            const int floors = static_cast<int>(number_within(key, value, 1, 200));
            filled = fill(ds, [](const Building& b) { return !b.floors; }, [](Building& b, int v) { b.floors = v; }, floors);
        } else if (field == "built_year") {
            if (auto period = parse_year_range(value))
                filled = fill(ds, [](const Building& b) { return !b.built_year && !b.built_period; },
                              [](Building& b, const YearRange& v) { b.built_period = v; }, *period);
            else
                filled = fill(ds, [](const Building& b) { return !b.built_year && !b.built_period; },
                              [](Building& b, int v) { b.built_year = v; },
                              static_cast<int>(number_within(key, value, 1000, current_year())));
        } else if (field == "use") {
            const Use use = parse_use(value);
            if (use == Use::unknown)
                throw UsageError(slot(Control::building_default) + ": " + key + "=" + abbreviate(value) +
                                 ": not one of residential, mixed, commercial, public, industrial (住宅/商住/商业/公共/工业)");
            filled = fill(ds, [](const Building& b) { return !b.use_recorded; },
                          [](Building& b, Use v) {
                              b.use = v;
                              b.use_recorded = true;
                          },
                          use);
        } else if (field == "floor_area") {
            filled = fill(ds, [](const Building& b) { return !b.floor_area; }, [](Building& b, double v) { b.floor_area = v; },
                          number_within(key, value, 0, 1e7));
        } else {
            const int n = static_cast<int>(number_within(key, value, 0, field == "stairwells" ? 100 : 500000));
            std::optional<int> Building::*member = field == "households" ? &Building::households
                                                   : field == "people"   ? &Building::people
                                                                         : &Building::stairwells;
            filled = fill(ds, [member](const Building& b) { return !(b.*member); }, [member](Building& b, int v) { b.*member = v; }, n);
        }
        const std::string assumption = key + " = " + value + " for " + format_number(double(filled), 0) + " buildings without it";
        ds.assumptions.push_back(assumption);
        ds.notes.push_back("assumed " + assumption);
    }
}

}  // namespace renozone

#include "core/io/building_defaults.h"

#include "core/base/controls.h"
#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/base/year_range.h"
#include "core/io/attribute_reader.h"

namespace renozone {
namespace {

// The value as a number within the limits recorded values are held to; UsageError otherwise.
double number_within(const std::string& key, const std::string& value, const NumberLimits& limits) {
    const auto number = parse_leading_number(value);
    if (!number || *number < limits.min || *number > limits.max)
        throw UsageError(slot(Control::building_default) + ": " + key + "=" + abbreviate(value) + ": not a number from " +
                         format_number(limits.min, 0, false) + " to " + format_number(limits.max, 0, false));
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
            const int floors = static_cast<int>(number_within(key, value, building_limits::floors));
            filled = fill(ds, [](const Building& b) { return !b.floors; }, [](Building& b, int v) { b.floors = v; }, floors);
        } else if (field == "built_year") {
            if (auto period = parse_year_range(value))
                filled = fill(ds, [](const Building& b) { return !b.built_year && !b.built_period; },
                              [](Building& b, const YearRange& v) { b.built_period = v; }, *period);
            else
                filled = fill(ds, [](const Building& b) { return !b.built_year && !b.built_period; },
                              [](Building& b, int v) { b.built_year = v; },
                              static_cast<int>(number_within(key, value, building_limits::built_year(current_year()))));
        } else if (field == "use") {
            const Use use = parse_use(value);
            if (use == Use::unknown)
                throw UsageError(slot(Control::building_default) + ": " + key + "=" + abbreviate(value) +
                                 ": not one of " + known_uses);
            filled = fill(ds, [](const Building& b) { return !b.use_recorded; },
                          [](Building& b, Use v) {
                              b.use = v;
                              b.use_recorded = true;
                          },
                          use);
        } else if (field == "floor_area") {
            filled = fill(ds, [](const Building& b) { return !b.floor_area; }, [](Building& b, double v) { b.floor_area = v; },
                          number_within(key, value, building_limits::floor_area));
        } else {
            const bool households = field == "households", people = field == "people";
            const int n = static_cast<int>(number_within(key, value, households ? building_limits::households
                                                                     : people    ? building_limits::people
                                                                                 : building_limits::stairwells));
            std::optional<int> Building::*member = households ? &Building::households : people ? &Building::people : &Building::stairwells;
            filled = fill(ds, [member](const Building& b) { return !(b.*member); }, [member](Building& b, int v) { b.*member = v; }, n);
        }
        const std::string assumption = key + " = " + value + " for " + format_number(double(filled), 0) + " buildings without it";
        ds.assumptions.push_back(assumption);
        ds.notes.push_back("assumed " + assumption);
    }
}

}  // namespace renozone

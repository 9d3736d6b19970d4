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

// A filler that gives `value` to a building for which `missing` holds.
template <typename T, typename Missing, typename Set>
std::function<bool(Building&)> filler(Missing missing, Set set, T value) {
    return [missing, set, value](Building& b) {
        if (!missing(b)) return false;
        set(b, value);
        return true;
    };
}

}  // namespace

BuildingDefaults::BuildingDefaults(const FieldMapping& mapping) {
    for (const auto& [key, value] : mapping.defaults()) {
        const std::string field = key.substr(key.find('.') + 1);
        std::function<bool(Building&)> fill;
        if (field == "floors") {
            const int floors = static_cast<int>(number_within(key, value, building_limits::floors));
            fill = filler([](const Building& b) { return !b.floors; }, [](Building& b, int v) { b.floors = v; }, floors);
        } else if (field == "built_year") {
            auto missing = [](const Building& b) { return !b.built_year && !b.built_period; };
            if (auto period = parse_year_range(value))
                fill = filler(missing, [](Building& b, const YearRange& v) { b.built_period = v; }, *period);
            else
                fill = filler(missing, [](Building& b, int v) { b.built_year = v; },
                              static_cast<int>(number_within(key, value, building_limits::built_year(current_year()))));
        } else if (field == "use") {
            const Use use = parse_use(value);
            if (use == Use::unknown)
                throw UsageError(slot(Control::building_default) + ": " + key + "=" + abbreviate(value) +
                                 ": not one of " + known_uses);
            fill = filler([](const Building& b) { return !b.use_recorded; },
                          [](Building& b, Use v) {
                              b.use = v;
                              b.use_recorded = true;
                          },
                          use);
        } else if (field == "floor_area") {
            fill = filler([](const Building& b) { return !b.floor_area; }, [](Building& b, double v) { b.floor_area = v; },
                          number_within(key, value, building_limits::floor_area));
        } else {
            const bool households = field == "households", people = field == "people";
            const int n = static_cast<int>(number_within(key, value, households ? building_limits::households
                                                                     : people    ? building_limits::people
                                                                                 : building_limits::stairwells));
            std::optional<int> Building::*member = households ? &Building::households : people ? &Building::people : &Building::stairwells;
            fill = filler([member](const Building& b) { return !(b.*member); }, [member](Building& b, int v) { b.*member = v; }, n);
        }
        defaults_.push_back({key, value, std::move(fill)});
    }
}

void BuildingDefaults::apply(Building& b, std::vector<long long>& filled) const {
    for (std::size_t k = 0; k < defaults_.size(); ++k) filled[k] += defaults_[k].fill(b) ? 1 : 0;
}

void BuildingDefaults::record(Dataset& ds, const std::vector<long long>& filled) const {
    for (std::size_t k = 0; k < defaults_.size(); ++k) {
        const std::string assumption =
            defaults_[k].key + " = " + defaults_[k].value + " for " + format_number(double(filled[k]), 0) + " buildings without it";
        ds.assumptions.push_back(assumption);
        ds.notes.push_back("assumed " + assumption);
    }
}

}  // namespace renozone

// What the viewer's and the plugin's planning panels agree on beyond words:
// the limits of their inputs and the colour of a warning.
#pragma once

namespace renozone::widgets {

// The most money (a pipeline works cost, a budget) a planning form takes, CNY
// (100 billion: above any district's works).
inline constexpr double money_max_cny = 1e11;

// Warnings a planner should read before saving (unit warnings, a funding split off 100 %).
inline constexpr const char* warning_style = "color: #b35900";

}  // namespace renozone::widgets

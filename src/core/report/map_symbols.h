// The map's symbology in one place, so the map and its legend always agree:
// colours, phase fills, building classes, road widths, facility symbols.
#pragma once

#include <string>
#include <vector>

namespace renozone {

// River, street boundary and heritage as styles/*.qml draw them (a test holds them equal).
namespace colours {
inline constexpr const char* background = "#e9edf0";
inline constexpr const char* land = "#f8f6f0";
inline constexpr const char* river = "#a6cee3";
inline constexpr const char* river_edge = "#1f78b4";
inline constexpr const char* road = "#ffffff";
inline constexpr const char* road_casing = "#b9b4aa";
inline constexpr const char* street_boundary = "#3b4b5c";
inline constexpr const char* street_label = "#8a8275";
inline constexpr const char* heritage = "#7b3294";
inline constexpr const char* unit = "#5b2c91";
}  // namespace colours

// The community phase palette, defined here once for every output: the SVG map
// (hence the HTML report) draws from it, and scripts/make_styles.py writes the
// same colours into styles/communities.qml, which QGIS and the viewer read; a
// core test (map_symbols_test.cpp) holds the style file equal to this table.
struct PhaseStyle {
    const char* phase;  // 实施, 谋划, 储备; "" for a community not in the plan
    const char* fill;   // #rrggbb
    double fill_opacity;
    const char* stroke;
};
// 实施, 谋划, 储备, then not planned.
const std::vector<PhaseStyle>& phase_palette();
// 实施 / 谋划 / 储备; anything else, or not planned, is the not-planned style.
const PhaseStyle& phase_style(const std::string& phase, bool planned);
// The style as SVG presentation attributes: ` fill="…" fill-opacity="…" stroke="…"`.
std::string phase_paint(const PhaseStyle& style);

// A building's class on the map, in the order QGIS's rules (styles/buildings.qml)
// give them: the first that applies.
enum class BuildingClass { heritage, d_grade, in_plan, eligible_not_planned, other };
BuildingClass building_class(bool heritage, bool d_grade, bool in_plan, bool eligible);
struct BuildingStyle {
    BuildingClass building_class;
    const char* fill;
    const char* stroke;
};
// One style a class, in the order above; styles/buildings.qml holds the same colours (a test keeps them so).
const std::vector<BuildingStyle>& building_palette();
const BuildingStyle& building_style(BuildingClass c);

// primary 0, secondary 1, anything else 2; wider roads draw with lower ranks.
int road_rank(const std::string& road_class);
double road_width(int rank);

// An SVG element for a facility of the type centred at (x, y), holding `inner` (a <title>).
std::string facility_symbol(const std::string& type, double x, double y, const std::string& inner = {});
// The facility types with a symbol of their own, in legend order.
const std::vector<std::string>& facility_symbol_types();

// pass, warn, fail.
const char* verdict_colour(const std::string& verdict);

}  // namespace renozone

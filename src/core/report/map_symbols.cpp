#include "core/report/map_symbols.h"

#include "core/base/text_utils.h"
#include "core/report/svg_path.h"

#include <array>

namespace renozone {
namespace {

enum class Shape { circle, square, triangle, diamond, cross };

struct FacilitySymbol {
    const char* type;
    Shape shape;
    const char* colour;
};

// Shapes group the kinds of service (elderly, children, health, community, utilities); colours tell the types apart.
constexpr std::array<FacilitySymbol, 11> symbols{{
    {"elderly_care", Shape::square, "#6a3d9a"},
    {"day_care", Shape::square, "#b07cc6"},
    {"kindergarten", Shape::triangle, "#e66101"},
    {"nursery", Shape::triangle, "#f2a93b"},
    {"health_station", Shape::cross, "#d7191c"},
    {"service_station", Shape::diamond, "#0a66b0"},
    {"culture_sports", Shape::diamond, "#48a7c9"},
    {"public_toilet", Shape::circle, "#555555"},
    {"parking", Shape::circle, "#1f78b4"},
    {"ev_charging", Shape::circle, "#1a9850"},
    {"waste_sorting", Shape::circle, "#8c6d31"},
}};

const FacilitySymbol& symbol_for(const std::string& type) {
    static const FacilitySymbol unknown{"", Shape::circle, "#999999"};
    for (const auto& s : symbols)
        if (type == s.type) return s;
    return unknown;
}

std::string shape_path(Shape shape, double x, double y) {
    const std::string at = "M" + svg_number(x) + " " + svg_number(y);
    switch (shape) {
    case Shape::triangle: return at + "m0-5.5l5 8.5h-10z";
    case Shape::diamond: return at + "m0-5.5l5.5 5.5-5.5 5.5-5.5-5.5z";
    case Shape::cross: return at + "m-1.8-5.5h3.6v3.7h3.7v3.6h-3.7v3.7h-3.6v-3.7h-3.7v-3.6h3.7z";
    case Shape::square: return at + "m-4.2-4.2h8.4v8.4h-8.4z";
    case Shape::circle: break;
    }
    return {};
}

}  // namespace

const std::vector<PhaseStyle>& phase_palette() {
    static const std::vector<PhaseStyle> palette{
        {"实施", "#d73027", 0.45, "#4d4d4d"},
        {"谋划", "#fc8d59", 0.45, "#4d4d4d"},
        {"储备", "#fee08b", 0.45, "#4d4d4d"},
        {"", "#d9d9d9", 0.3, "#4d4d4d"},
    };
    return palette;
}

const PhaseStyle& phase_style(const std::string& phase, bool planned) {
    const auto& palette = phase_palette();
    if (planned && !phase.empty())
        for (const auto& s : palette)
            if (phase == s.phase) return s;
    return palette.back();
}

std::string phase_paint(const PhaseStyle& style) {
    return std::string(" fill=\"") + style.fill + "\" fill-opacity=\"" + format_number(style.fill_opacity, 2, false) +
           "\" stroke=\"" + style.stroke + "\"";
}

BuildingClass building_class(bool heritage, bool d_grade, bool in_plan, bool eligible) {
    if (heritage) return BuildingClass::heritage;
    if (d_grade) return BuildingClass::d_grade;
    if (in_plan) return BuildingClass::in_plan;
    return eligible ? BuildingClass::eligible_not_planned : BuildingClass::other;
}

const std::vector<BuildingStyle>& building_palette() {
    static const std::vector<BuildingStyle> palette{
        {BuildingClass::heritage, "#7b3294", "#595959"},
        {BuildingClass::d_grade, "#99000d", "#595959"},
        {BuildingClass::in_plan, "#c2703d", "#595959"},
        {BuildingClass::eligible_not_planned, "#dcc08f", "#595959"},
        {BuildingClass::other, "#c8c8c8", "#595959"},
    };
    return palette;
}

const BuildingStyle& building_style(BuildingClass c) { return building_palette()[static_cast<std::size_t>(c)]; }

int road_rank(const std::string& road_class) {
    if (road_class == "primary") return 0;
    if (road_class == "secondary") return 1;
    return 2;
}

double road_width(int rank) {
    constexpr double widths[] = {4.2, 3, 1.8};
    return widths[rank < 0 ? 0 : rank > 2 ? 2 : rank];
}

std::string facility_symbol(const std::string& type, double x, double y, const std::string& inner) {
    const auto& s = symbol_for(type);
    const std::string fill = std::string(" fill=\"") + s.colour + "\">";
    if (s.shape == Shape::circle)
        return "<circle cx=\"" + svg_number(x) + "\" cy=\"" + svg_number(y) + "\" r=\"4.5\"" + fill + inner + "</circle>";
    return "<path d=\"" + shape_path(s.shape, x, y) + "\"" + fill + inner + "</path>";
}

const std::vector<std::string>& facility_symbol_types() {
    static const std::vector<std::string> types = [] {
        std::vector<std::string> out;
        for (const auto& s : symbols) out.push_back(s.type);
        return out;
    }();
    return types;
}

const char* verdict_colour(const std::string& verdict) {
    if (verdict == "pass") return "#1a9850";
    if (verdict == "warn") return "#f0a202";
    if (verdict == "fail") return "#d73027";
    return "#777777";
}

}  // namespace renozone

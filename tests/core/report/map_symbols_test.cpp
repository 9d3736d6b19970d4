#include "core/io/embedded_data.h"
#include "core/report/map_symbols.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <sstream>

namespace renozone {
namespace {

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// "215,48,39,115" (QGIS's r,g,b,a) as "#d73027" and the alpha as a share of 255.
std::pair<std::string, double> qgis_colour(const std::string& rgba) {
    int r = 0, g = 0, b = 0, a = 0;
    if (std::sscanf(rgba.c_str(), "%d,%d,%d,%d", &r, &g, &b, &a) != 4) return {"unreadable " + rgba, 0};
    char hex[8];
    std::snprintf(hex, sizeof hex, "#%02x%02x%02x", r, g, b);
    return {hex, a / 255.0};
}

// The fill and outline of the fill symbol `symbol` of a QGIS style.
std::optional<std::pair<std::string, std::string>> qml_fill(const std::string& qml, const std::string& symbol) {
    const auto start = qml.find("<symbol type=\"fill\" force_rhr=\"0\" clip_to_extent=\"1\" alpha=\"1\" name=\"" + symbol + "\">");
    if (start == std::string::npos) return std::nullopt;
    const std::string body = qml.substr(start, qml.find("</symbol>", start) - start);
    std::smatch fill, outline;
    if (!std::regex_search(body, fill, std::regex("name=\"color\" value=\"([0-9,]+)\"")) ||
        !std::regex_search(body, outline, std::regex("name=\"outline_color\" value=\"([0-9,]+)\"")))
        return std::nullopt;
    return std::pair{fill[1].str(), outline[1].str()};
}

struct QmlCategory {
    std::string fill, outline;
    double opacity = 0;
};

// The categories of a categorized QGIS style: value -> its symbol's fill and outline.
std::map<std::string, QmlCategory> qml_categories(const std::string& qml) {
    std::map<std::string, std::string> symbol_of;  // value -> symbol name
    const std::regex category("<category symbol=\"([^\"]*)\" value=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(qml.begin(), qml.end(), category); it != std::sregex_iterator(); ++it)
        symbol_of[(*it)[2]] = (*it)[1];
    std::map<std::string, QmlCategory> out;
    for (const auto& [value, symbol] : symbol_of) {
        const auto colours = qml_fill(qml, symbol);
        if (!colours) continue;
        const auto [fill_hex, opacity] = qgis_colour(colours->first);
        out[value] = {fill_hex, qgis_colour(colours->second).first, opacity};
    }
    return out;
}

// The phase colours QGIS and the viewer read (styles/communities.qml) are the
// core's: the SVG map and the HTML report cannot drift from them.
TEST(PhasePalette, EqualsTheCommunityStyleQgisAndTheViewerRead) {
    const std::string path = style_path("communities");
    ASSERT_FALSE(path.empty());
    const auto categories = qml_categories(read_text(path));
    ASSERT_EQ(categories.size(), phase_palette().size());
    for (const auto& style : phase_palette()) {
        const auto it = categories.find(style.phase);
        ASSERT_NE(it, categories.end()) << style.phase;
        EXPECT_EQ(it->second.fill, style.fill) << style.phase;
        EXPECT_EQ(it->second.outline, style.stroke) << style.phase;
        // QGIS keeps the opacity as an 8-bit alpha.
        EXPECT_EQ(std::lround(it->second.opacity * 255), std::lround(style.fill_opacity * 255)) << style.phase;
    }
}

// The building classes QGIS and the viewer draw (styles/buildings.qml, its rules
// in order) are the SVG map's, in the same order and colours.
TEST(BuildingPalette, EqualsTheBuildingRulesQgisAndTheViewerRead) {
    const std::string path = style_path("buildings");
    ASSERT_FALSE(path.empty());
    const std::string qml = read_text(path);
    std::vector<std::string> rule_symbols;
    const std::regex rule("<rule filter=\"[^\"]*\" symbol=\"([0-9]+)\"");
    for (auto it = std::sregex_iterator(qml.begin(), qml.end(), rule); it != std::sregex_iterator(); ++it)
        rule_symbols.push_back((*it)[1]);
    ASSERT_EQ(rule_symbols.size(), building_palette().size());
    for (std::size_t i = 0; i < rule_symbols.size(); ++i) {
        const auto colours = qml_fill(qml, rule_symbols[i]);
        ASSERT_TRUE(colours) << "rule " << i;
        EXPECT_EQ(qgis_colour(colours->first).first, building_palette()[i].fill) << "rule " << i;
        EXPECT_EQ(qgis_colour(colours->second).first, building_palette()[i].stroke) << "rule " << i;
        EXPECT_EQ(static_cast<std::size_t>(building_palette()[i].building_class), i);
    }
}

// "#a6cee3" as QGIS writes a colour into a style: "166,206,227,".
std::string qgis_rgb(const std::string& hex) {
    const unsigned long v = std::stoul(hex.substr(1), nullptr, 16);
    return std::to_string((v >> 16) & 255) + "," + std::to_string((v >> 8) & 255) + "," + std::to_string(v & 255) + ",";
}

TEST(ContextColours, AreTheColoursOfTheStylesQgisAndTheViewerRead) {
    const std::vector<std::pair<std::string, std::string>> uses = {
        {"river", colours::river}, {"river", colours::river_edge}, {"streets", colours::street_boundary},
        {"heritage", colours::heritage}};
    for (const auto& [layer, hex] : uses) {
        const std::string path = style_path(layer);
        ASSERT_FALSE(path.empty()) << layer;
        EXPECT_NE(read_text(path).find("value=\"" + qgis_rgb(hex)), std::string::npos) << layer << " has no " << hex;
    }
}

TEST(BuildingPalette, TheFirstClassThatAppliesAsInQgisRules) {
    EXPECT_EQ(building_class(true, true, true, true), BuildingClass::heritage);
    EXPECT_EQ(building_class(false, true, true, true), BuildingClass::d_grade);
    EXPECT_EQ(building_class(false, false, true, true), BuildingClass::in_plan);
    EXPECT_EQ(building_class(false, false, false, true), BuildingClass::eligible_not_planned);
    EXPECT_EQ(building_class(false, false, false, false), BuildingClass::other);
}

TEST(PhasePalette, ImplementIsRedAndAnythingElseIsTheNotPlannedStyle) {
    EXPECT_STREQ(phase_style("实施", true).fill, "#d73027");
    EXPECT_STREQ(phase_style("谋划", true).fill, "#fc8d59");
    EXPECT_STREQ(phase_style("储备", true).fill, "#fee08b");
    const PhaseStyle& none = phase_palette().back();
    EXPECT_EQ(&phase_style("实施", false), &none);  // a phase without the plan is not drawn as planned
    EXPECT_EQ(&phase_style("someday", true), &none);
    EXPECT_EQ(&phase_style("", true), &none);
    EXPECT_EQ(phase_paint(phase_style("实施", true)), " fill=\"#d73027\" fill-opacity=\"0.45\" stroke=\"#4d4d4d\"");
}

}  // namespace
}  // namespace renozone

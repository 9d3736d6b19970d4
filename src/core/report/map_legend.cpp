#include "core/report/map_legend.h"

#include "core/base/text_utils.h"
#include "core/report/map_symbols.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace renozone {
namespace {

constexpr double font = 12;
constexpr double row_height = 22;
constexpr double margin = 14;
constexpr double swatch = 16;

struct Item {
    std::string key;  // SVG of the key, drawn in a swatch-sized box at (0, 0)
    std::string text;
};

std::string box(const char* fill, const char* stroke, const char* extra = "") {
    return "<rect x=\"0.5\" y=\"0.5\" width=\"15\" height=\"11\" fill=\"" + std::string(fill) + "\" stroke=\"" + stroke +
           "\" " + extra + "/>";
}

std::string line(const char* stroke, double width, const char* extra = "") {
    return "<path d=\"M0 6h16\" fill=\"none\" stroke=\"" + std::string(stroke) + "\" stroke-width=\"" + svg_number(width) +
           "\" " + extra + "/>";
}

double text_width(const std::string& text, double size) { return display_width(text) * size * 0.55; }

std::vector<Item> legend_items(const District& district, const SvgMapOptions& o) {
    const Lang l = o.lang;
    const auto& data = district.data();
    std::vector<Item> items;
    auto phase = [&](const char* phase_name, bool planned, Label text) {
        const auto& s = phase_style(phase_name, planned);
        // Over the land colour, as the map draws the translucent fill.
        items.push_back({box(colours::land, colours::land) + "<rect x=\"0.5\" y=\"0.5\" width=\"15\" height=\"11\"" +
                             phase_paint(s) + "/>",
                         label(l, text)});
    };
    phase("实施", true, Label::legend_phase_implement);
    phase("谋划", true, Label::legend_phase_plan);
    phase("储备", true, Label::legend_phase_reserve);
    phase("", false, Label::legend_not_planned);
    auto building = [&](BuildingClass c, Label text) {
        const auto& s = building_style(c);
        items.push_back({"<rect x=\"3\" y=\"1.5\" width=\"10\" height=\"9\" fill=\"" + std::string(s.fill) + "\" stroke=\"" +
                             s.stroke + "\" stroke-width=\"0.6\"/>",
                         label(l, text)});
    };
    building(BuildingClass::heritage, Label::heritage_buildings);
    building(BuildingClass::d_grade, Label::d_grade_buildings);
    building(BuildingClass::in_plan, Label::legend_in_plan);
    building(BuildingClass::eligible_not_planned, Label::legend_eligible_not_planned);
    building(BuildingClass::other, Label::legend_other_building);
    if (!data.river.empty()) items.push_back({box(colours::river, colours::river_edge), label(l, Label::legend_river)});
    if (!data.roads.empty())
        items.push_back({line(colours::road_casing, 4.6) + line(colours::road, 3), label(l, Label::legend_road)});
    if (!data.streets.empty())
        items.push_back({line(colours::street_boundary, 1.6, "stroke-dasharray=\"7 3 2 3\""), label(l, Label::legend_street_boundary)});
    if (!data.heritage.empty())
        items.push_back({box(colours::heritage, colours::heritage, "fill-opacity=\"0.3\" stroke-dasharray=\"3 2\""),
                         label(l, Label::legend_heritage)});
    if (o.units && !o.units->empty())
        items.push_back({box(colours::unit, colours::unit, "fill-opacity=\"0.1\" stroke-width=\"2\" stroke-dasharray=\"5 3\""),
                         label(l, Label::legend_unit)});
    if (o.site_checks && !o.site_checks->empty())
        for (auto [verdict, text] : {std::pair{"pass", Label::pass}, {"warn", Label::warn}, {"fail", Label::fail}})
            items.push_back({"<circle cx=\"8\" cy=\"6\" r=\"5\" fill=\"" + std::string(verdict_colour(verdict)) +
                                 "\" stroke=\"#222\" stroke-width=\"1.5\"/>",
                             std::string(label(l, Label::legend_site_check)) + " " + label(l, text)});
    std::set<std::string> present;
    for (const auto& f : data.facilities) present.insert(f.type);
    for (const auto& type : facility_symbol_types())
        if (present.count(type))
            items.push_back({"<g stroke=\"#fff\" stroke-width=\"1\">" + facility_symbol(type, 8, 6) + "</g>",
                             facility_label(l, type)});
    return items;
}

}  // namespace

Legend make_legend(const District& district, const SvgMapOptions& options) {
    Legend legend;
    double x = margin, y = 10;
    std::string& out = legend.svg;
    out += "<g font-size=\"" + svg_number(font) + "\" fill=\"#333\">";
    for (const auto& item : legend_items(district, options)) {
        const double w = swatch + 6 + text_width(item.text, font) + 18;
        if (x > margin && x + w > options.width - margin) x = margin, y += row_height;
        out += "<g transform=\"translate(" + svg_number(x) + " " + svg_number(y) + ")\">" + item.key + "<text x=\"" +
               svg_number(swatch + 6) + "\" y=\"10.5\">" + escape_xml(item.text) + "</text></g>";
        x += w;
    }
    y += row_height;
    const std::string& notice = district.data().data_notice;
    if (!notice.empty()) {
        out += "<text x=\"" + svg_number(margin) + "\" y=\"" + svg_number(y + 9) + "\" font-size=\"10\" fill=\"#777\">" +
               escape_xml(notice) + "</text>";
        y += 18;
    }
    out += "</g>";
    legend.height = y + 6;
    return legend;
}

std::string scale_bar(const MapFrame& frame, double map_width, double map_height, Lang lang) {
    const double ppm = frame.pixels_per_metre();
    if (ppm <= 0) return {};
    const double wanted = map_width / 5 / ppm;
    const double power = std::pow(10.0, std::floor(std::log10(wanted)));
    double metres = power;
    for (double step : {2.0, 5.0, 10.0})
        if (power * step <= wanted) metres = power * step;
    const double w = metres * ppm, x = margin + 4, y = map_height - 20;
    const auto n = [](double v) { return svg_number(v); };
    const auto metres_text = [&](double m) { return format_number(m, 0, false); };
    std::string out = "<g font-size=\"11\" fill=\"#222\" text-anchor=\"middle\">";
    out += "<rect x=\"" + n(x - 8) + "\" y=\"" + n(y - 18) + "\" width=\"" + n(w + 56) +
           "\" height=\"30\" fill=\"#fff\" fill-opacity=\"0.75\" rx=\"3\"/>";
    out += "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w / 2) + "\" height=\"5\" fill=\"#222\"/>";
    out += "<rect x=\"" + n(x + w / 2) + "\" y=\"" + n(y) + "\" width=\"" + n(w / 2) +
           "\" height=\"5\" fill=\"#fff\" stroke=\"#222\" stroke-width=\"0.8\"/>";
    out += "<text x=\"" + n(x) + "\" y=\"" + n(y - 4) + "\">0</text>";
    out += "<text x=\"" + n(x + w / 2) + "\" y=\"" + n(y - 4) + "\">" + metres_text(metres / 2) + "</text>";
    out += "<text x=\"" + n(x + w) + "\" y=\"" + n(y - 4) + "\">" + metres_text(metres) + "</text>";
    out += "<text x=\"" + n(x + w + 16) + "\" y=\"" + n(y + 5) + "\" text-anchor=\"start\">" +
           escape_xml(label(lang, Label::metres)) + "</text>";
    out += "</g>";
    return out;
}

std::string north_arrow(double map_width, Lang lang) {
    const double cx = map_width - 34;
    const auto n = [](double v) { return svg_number(v); };
    std::string out = "<g>";
    out += "<circle cx=\"" + n(cx) + "\" cy=\"38\" r=\"24\" fill=\"#fff\" fill-opacity=\"0.75\"/>";
    out += "<path d=\"M" + n(cx) + " 30l-8 26 8-6z\" fill=\"#222\"/>";
    out += "<path d=\"M" + n(cx) + " 30l8 26-8-6z\" fill=\"#fff\" stroke=\"#222\" stroke-width=\"1\"/>";
    out += "<text x=\"" + n(cx) + "\" y=\"27\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#222\">" +
           escape_xml(label(lang, Label::north)) + "</text>";
    out += "</g>";
    return out;
}

}  // namespace renozone

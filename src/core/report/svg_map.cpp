#include "core/report/svg_map.h"

#include "core/base/text_utils.h"
#include "core/report/map_legend.h"
#include "core/report/map_symbols.h"
#include "core/report/svg_path.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace renozone {
namespace {

constexpr double label_font = 11;
constexpr double street_font = 20;
constexpr double padding = 14;

struct Extent {
    double min_x = std::numeric_limits<double>::max(), min_y = min_x;
    double max_x = std::numeric_limits<double>::lowest(), max_y = max_x;
    bool empty() const { return min_x > max_x; }
    void add(GEOSContextHandle_t ctx, const GEOSGeometry* g) {
        double x0, y0, x1, y1;
        if (!g || GEOSisEmpty_r(ctx, g) || !GEOSGeom_getXMin_r(ctx, g, &x0) || !GEOSGeom_getYMin_r(ctx, g, &y0) ||
            !GEOSGeom_getXMax_r(ctx, g, &x1) || !GEOSGeom_getYMax_r(ctx, g, &y1))
            return;
        min_x = std::min(min_x, x0), min_y = std::min(min_y, y0);
        max_x = std::max(max_x, x1), max_y = std::max(max_y, y1);
    }
};

// What the map shows: the communities and streets, with the project's shapes.
Extent map_extent(const District& district, const SvgMapOptions& options) {
    const auto& data = district.data();
    GEOSContextHandle_t ctx = district.ctx();
    Extent e;
    for (const auto& c : data.communities) e.add(ctx, c.geom.get());
    for (const auto& s : data.streets) e.add(ctx, s.geom.get());
    if (options.units)
        for (const auto& u : *options.units) e.add(ctx, u.geom.get());
    if (options.site_checks)
        for (const auto& c : *options.site_checks) e.add(ctx, c.geom.get());
    if (e.empty())
        for (const auto& b : data.buildings) e.add(ctx, b.geom.get());
    if (e.empty()) e = Extent{0, 0, 1, 1};
    return e;
}

std::optional<std::pair<double, double>> point_on_surface(GEOSContextHandle_t ctx, const GEOSGeometry* g) {
    if (!g || GEOSisEmpty_r(ctx, g)) return std::nullopt;
    GeomPtr p = own(ctx, GEOSPointOnSurface_r(ctx, g));
    double x, y;
    if (!p || GEOSisEmpty_r(ctx, p.get()) || !GEOSGeomGetX_r(ctx, p.get(), &x) || !GEOSGeomGetY_r(ctx, p.get(), &y))
        return std::nullopt;
    return std::make_pair(x, y);
}

// Labels are placed in priority order and skipped where they would cover one already placed.
class LabelLayer {
public:
    void add(std::pair<double, double> at, const std::string& text, double size, const std::string& style) {
        const auto [x, y] = at;
        const double w = display_width(text) * size * 0.55, h = size * 1.2;
        const Box box{x - w / 2, y - h / 2, x + w / 2, y + h / 2};
        for (const auto& b : placed_)
            if (box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1) return;
        placed_.push_back(box);
        svg_ += "<text x=\"" + svg_number(x) + "\" y=\"" + svg_number(y + size * 0.35) + "\" font-size=\"" +
                svg_number(size) + "\" " + style + ">" + escape_xml(text) + "</text>";
    }
    const std::string& svg() const { return svg_; }

private:
    struct Box {
        double x0, y0, x1, y1;
    };
    std::vector<Box> placed_;
    std::string svg_;
};

// Centred text with a white halo, legible over any fill.
std::string text_style(const char* fill, const std::string& extra = {}) {
    return "fill=\"" + std::string(fill) + "\" text-anchor=\"middle\" " + (extra.empty() ? "" : extra + " ") +
           "stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\"";
}

class MapWriter {
public:
    MapWriter(const District& district, const SvgMapOptions& options, const MapFrame& frame)
        : d_(district), o_(options), f_(frame), ctx_(district.ctx()) {}

    std::string body() {
        streets_land();
        river();
        roads();
        communities();
        heritage();
        buildings();
        street_boundaries();
        units();
        facilities();
        site_checks();
        labels();
        return out_;
    }

private:
    std::string path(const GEOSGeometry* g) const { return path_data(ctx_, g, f_); }

    void streets_land() {
        std::string d;
        for (const auto& s : d_.data().streets) append_path_data(d, ctx_, s.geom.get(), f_);
        if (!d.empty()) out_ += "<path fill=\"" + std::string(colours::land) + "\" d=\"" + d + "\"/>";
    }

    void river() {
        std::string d;
        for (const auto& r : d_.data().river) append_path_data(d, ctx_, r.geom.get(), f_);
        if (!d.empty())
            out_ += "<path fill=\"" + std::string(colours::river) + "\" stroke=\"" + colours::river_edge +
                    "\" stroke-width=\"0.8\" d=\"" + d + "\"/>";
    }

    void roads() {
        std::map<int, std::string> by_width;
        for (const auto& r : d_.data().roads) append_path_data(by_width[road_rank(r.type)], ctx_, r.geom.get(), f_);
        std::string casing, fill;
        for (const auto& [rank, d] : by_width) {
            if (d.empty()) continue;
            const double w = road_width(rank);
            casing += "<path stroke-width=\"" + svg_number(w + 1.6) + "\" d=\"" + d + "\"/>";
            fill += "<path stroke-width=\"" + svg_number(w) + "\" d=\"" + d + "\"/>";
        }
        if (casing.empty()) return;
        out_ += "<g fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\"><g stroke=\"" +
                std::string(colours::road_casing) + "\">" + casing + "</g><g stroke=\"" + colours::road + "\">" + fill +
                "</g></g>";
    }

    void communities() {
        out_ += "<g stroke-width=\"0.8\">";
        const auto& tags = d_.analysis().communities;
        for (std::size_t i = 0; i < d_.data().communities.size(); ++i) {
            const auto& c = d_.data().communities[i];
            if (!c.geom) continue;
            const bool planned = tags[i].planned;
            const auto& style = phase_style(planned ? tags[i].phase : std::string(), planned);
            const std::string phase = planned ? phase_label(o_.lang, tags[i].phase) : label(o_.lang, Label::legend_not_planned);
            const std::string title = "<title>" + escape_xml(c.name + " (" + c.id + ") " + phase) + "</title>";
            const std::string paint = phase_paint(style);
            const std::string points = polygon_points(ctx_, c.geom.get(), f_);
            if (!points.empty()) out_ += "<polygon" + paint + " points=\"" + points + "\">" + title + "</polygon>";
            else out_ += "<path" + paint + " fill-rule=\"evenodd\" d=\"" + path(c.geom.get()) + "\">" + title + "</path>";
        }
        out_ += "</g>";
    }

    void heritage() {
        std::string d;
        for (const auto& h : d_.data().heritage) append_path_data(d, ctx_, h.geom.get(), f_);
        if (!d.empty())
            out_ += "<path fill=\"" + std::string(colours::heritage) + "\" fill-opacity=\"0.3\" stroke=\"" +
                    colours::heritage + "\" stroke-width=\"1.2\" stroke-dasharray=\"3 2\" d=\"" + d + "\"/>";
    }

    void buildings() {
        std::vector<std::string> paths(building_palette().size());
        const auto& tags = d_.analysis().buildings;
        for (std::size_t i = 0; i < d_.data().buildings.size(); ++i) {
            const auto& t = tags[i];
            const auto c = building_class(d_.data().buildings[i].heritage, t.d_grade, t.in_plan, t.eligible);
            append_path_data(paths[static_cast<std::size_t>(c)], ctx_, d_.data().buildings[i].geom.get(), f_);
        }
        out_ += "<g fill-rule=\"evenodd\" stroke-width=\"0.3\">";
        // The commonest class first, the rarest on top.
        for (auto s = building_palette().rbegin(); s != building_palette().rend(); ++s)
            if (const std::string& d = paths[static_cast<std::size_t>(s->building_class)]; !d.empty())
                out_ += "<path fill=\"" + std::string(s->fill) + "\" stroke=\"" + s->stroke + "\" d=\"" + d + "\"/>";
        out_ += "</g>";
    }

    void street_boundaries() {
        std::string d;
        for (const auto& s : d_.data().streets) append_path_data(d, ctx_, s.geom.get(), f_);
        if (!d.empty())
            out_ += "<path fill=\"none\" stroke=\"" + std::string(colours::street_boundary) +
                    "\" stroke-width=\"1.6\" stroke-dasharray=\"7 3 2 3\" d=\"" + d + "\"/>";
    }

    void units() {
        if (!o_.units) return;
        out_ += "<g fill=\"" + std::string(colours::unit) + "\" fill-opacity=\"0.1\" stroke=\"" + colours::unit +
                "\" stroke-width=\"2.4\" stroke-dasharray=\"8 4\" fill-rule=\"evenodd\">";
        for (const auto& u : *o_.units)
            if (u.geom)
                out_ += "<path d=\"" + path(u.geom.get()) + "\"><title>" +
                        escape_xml(std::to_string(u.id) + " " + u.attributes.name) + "</title></path>";
        out_ += "</g>";
    }

    void facilities() {
        out_ += "<g stroke=\"#fff\" stroke-width=\"1\">";
        for (const auto& f : d_.data().facilities) {
            const auto p = point_on_surface(ctx_, f.geom.get());
            if (!p) continue;
            out_ += facility_symbol(f.type, f_.px(p->first), f_.py(p->second),
                                    "<title>" + escape_xml(facility_label(o_.lang, f.type) + " " + f.name) + "</title>");
        }
        out_ += "</g>";
    }

    void site_checks() {
        if (!o_.site_checks) return;
        for (const auto& c : *o_.site_checks) {
            const auto p = point_on_surface(ctx_, c.geom.get());
            if (!p) continue;
            const std::string colour = verdict_colour(c.verdict);
            const double x = f_.px(p->first), y = f_.py(p->second);
            if (c.radius_m > 0)
                out_ += "<circle cx=\"" + svg_number(x) + "\" cy=\"" + svg_number(y) + "\" r=\"" +
                        svg_number(c.radius_m * f_.pixels_per_metre()) + "\" fill=\"" + colour +
                        "\" fill-opacity=\"0.07\" stroke=\"" + colour + "\" stroke-width=\"1.4\" stroke-dasharray=\"5 3\"/>";
            const std::string d = path(c.geom.get());
            if (!d.empty())
                out_ += "<path fill=\"" + colour + "\" fill-opacity=\"0.7\" stroke=\"#222\" stroke-width=\"1\" d=\"" + d +
                        "\"/>";
            out_ += "<circle cx=\"" + svg_number(x) + "\" cy=\"" + svg_number(y) + "\" r=\"5.5\" fill=\"" + colour +
                    "\" stroke=\"#222\" stroke-width=\"1.5\"><title>" +
                    escape_xml("#" + std::to_string(c.id) + " " + facility_label(o_.lang, c.type) + ": " + c.verdict) +
                    "</title></circle>";
        }
    }

    void labels() {
        LabelLayer layer;
        auto at = [&](const std::pair<double, double>& p) { return std::make_pair(f_.px(p.first), f_.py(p.second)); };
        const std::string street = text_style(colours::street_label, "font-weight=\"bold\" letter-spacing=\"4\"");
        for (const auto& s : d_.data().streets)
            if (auto p = point_on_surface(ctx_, s.geom.get())) layer.add(at(*p), s.name, street_font, street);
        const std::string unit = text_style(colours::unit, "font-weight=\"bold\"");
        if (o_.units)
            for (const auto& u : *o_.units)
                if (auto p = point_on_surface(ctx_, u.geom.get()))
                    layer.add(at(*p), u.attributes.name.empty() ? "#" + std::to_string(u.id) : u.attributes.name,
                              label_font + 2, unit);
        const std::string planned = text_style("#222"), other = text_style("#777");
        for (int i : community_label_order()) {
            const bool is_planned = d_.analysis().communities[i].planned;
            if (auto p = point_on_surface(ctx_, d_.data().communities[i].geom.get()))
                layer.add(at(*p), d_.data().communities[i].name, is_planned ? label_font : label_font - 1,
                          is_planned ? planned : other);
        }
        const std::string river = text_style(colours::river_edge, "font-style=\"italic\"");
        for (const auto& r : d_.data().river)
            if (auto p = visible_point(r.geom.get())) layer.add(*p, r.name, label_font + 3, river);
        out_ += "<g>" + layer.svg() + "</g>";
    }

    // Planned communities first, the largest first: they keep their labels when space is short.
    std::vector<int> community_label_order() const {
        std::vector<std::pair<double, int>> order;
        const auto& data = d_.data();
        for (std::size_t i = 0; i < data.communities.size(); ++i) {
            double area = 0;
            if (data.communities[i].geom) GEOSArea_r(ctx_, data.communities[i].geom.get(), &area);
            order.push_back({(d_.analysis().communities[i].planned ? 1e12 : 0) + area, static_cast<int>(i)});
        }
        std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        std::vector<int> out;
        for (const auto& o : order) out.push_back(o.second);
        return out;
    }

    // A point of the geometry inside the drawn frame, in pixels (the river runs far beyond it).
    std::optional<std::pair<double, double>> visible_point(const GEOSGeometry* g) const {
        if (!g) return std::nullopt;
        for (const auto& s : d_.data().streets) {
            if (!s.geom) continue;
            GeomPtr part = own(ctx_, GEOSIntersection_r(ctx_, g, s.geom.get()));
            if (auto p = point_on_surface(ctx_, part.get())) return std::make_pair(f_.px(p->first), f_.py(p->second));
        }
        return std::nullopt;
    }

    const District& d_;
    const SvgMapOptions& o_;
    const MapFrame& f_;
    GEOSContextHandle_t ctx_;
    std::string out_;
};

}  // namespace

std::string svg_map(const District& district, const SvgMapOptions& options) {
    const Legend legend = make_legend(district, options);
    const Extent e = map_extent(district, options);
    const double inner_width = options.width - 2 * padding;
    const double map_height =
        options.height > 0 ? std::max(options.height - legend.height, 100.0)
                           : std::clamp(inner_width * (e.max_y - e.min_y) / std::max(e.max_x - e.min_x, 1e-9), 160.0,
                                        2 * options.width) + 2 * padding;
    const MapFrame frame(e.min_x, e.min_y, e.max_x, e.max_y, padding, padding, inner_width, map_height - 2 * padding);
    const std::string w = svg_number(options.width), h = svg_number(map_height + legend.height);

    std::string out;
    if (options.standalone) out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg";
    if (options.standalone) out += " xmlns=\"http://www.w3.org/2000/svg\"";
    out += " viewBox=\"0 0 " + w + " " + h + "\" width=\"" + w + "\" height=\"" + h +
           "\" font-family=\"'Noto Sans CJK SC', sans-serif\" role=\"img\" aria-label=\"" +
           escape_xml(label(options.lang, Label::map)) + "\">";
    out += "<defs><clipPath id=\"rz-map-clip\"><rect width=\"" + w + "\" height=\"" + svg_number(map_height) +
           "\"/></clipPath></defs>";
    out += "<rect width=\"" + w + "\" height=\"" + svg_number(map_height) + "\" fill=\"" + colours::background + "\"/>";
    out += "<g clip-path=\"url(#rz-map-clip)\">" + MapWriter(district, options, frame).body() + "</g>";
    out += scale_bar(frame, options.width, map_height, options.lang);
    out += north_arrow(options.width, options.lang);
    out += "<g transform=\"translate(0 " + svg_number(map_height) + ")\">" + legend.svg + "</g>";
    out += "</svg>";
    if (options.standalone) out += "\n";
    return out;
}

}  // namespace renozone

#include "core/io/cad_layer.h"

#include "core/base/errors.h"
#include "core/base/gdal_errors.h"
#include "core/base/text_utils.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <vector>

namespace renozone {
namespace {

constexpr const char* default_building_layer = "JMD";  // 居民地: CASS's layer of buildings

struct Outline {
    std::string handle;
    std::unique_ptr<OGRPolygon> polygon;
    OGREnvelope envelope;
    std::vector<std::string> texts;  // the texts inside, as written
};

struct Text {
    std::string handle;
    std::string text;
    double x = 0, y = 0;
};

// A closed polyline GDAL gives as a line string: first and last points the same.
std::unique_ptr<OGRPolygon> as_polygon(const OGRGeometry& geometry) {
    const auto type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) return std::unique_ptr<OGRPolygon>(geometry.clone()->toPolygon());
    if (type != wkbLineString) return nullptr;
    const OGRLineString& line = *geometry.toLineString();
    if (line.getNumPoints() < 4 || !line.get_IsClosed()) return nullptr;
    auto ring = std::make_unique<OGRLinearRing>();
    for (int i = 0; i < line.getNumPoints(); ++i) ring->addPoint(line.getX(i), line.getY(i));
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRingDirectly(ring.release());
    return polygon;
}

std::string joined(const std::vector<std::string>& texts) { return join_list(texts, ", ", ", "); }

bool is_ascii(const std::string& text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// The drawing's texts as UTF-8: GDAL decodes by the header's code page, and a
// drawing of AutoCAD 2007 or later is UTF-8 whatever that says; read as a
// Western code page its Chinese becomes mojibake, and is read again as UTF-8.
GDALDatasetUniquePtr open_drawing(const std::string& path) {
    GDALDatasetUniquePtr drawing(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!drawing || drawing->GetLayerCount() == 0) return drawing;
    OGRLayer* entities = drawing->GetLayer(0);
    const int text_field = entities->GetLayerDefn()->GetFieldIndex("Text");
    // The first text beyond ASCII tells how all of them were decoded; the rest need not be read twice.
    bool garbled = false;
    for (auto& feature : *entities) {
        if (text_field < 0 || !feature->IsFieldSetAndNotNull(text_field)) continue;
        const std::string text = feature->GetFieldAsString(text_field);
        if (is_ascii(text)) continue;
        garbled = looks_like_latin1_mojibake(text);
        break;
    }
    if (!garbled) return drawing;
    CPLConfigOptionSetter utf8("DXF_ENCODING", "UTF-8", true);
    return GDALDatasetUniquePtr(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

}  // namespace

bool is_dxf(const std::string& path) { return has_extension(path, ".dxf"); }
bool is_dwg(const std::string& path) { return has_extension(path, ".dwg"); }

std::optional<CadAnnotation> parse_cad_annotation(const std::string& raw) {
    std::string text;
    for (char c : fold_full_width(raw))
        if (c != ' ') text += c;
    const std::size_t digits = text.find_first_of("0123456789");
    if (digits == std::string::npos || digits == 0) return std::nullopt;
    std::size_t end = digits;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    const std::string rest = text.substr(end);  // "" or "-1": a basement
    if (!rest.empty() && (rest[0] != '-' || rest.size() < 2 || rest.find_first_not_of("0123456789", 1) != std::string::npos))
        return std::nullopt;
    const std::string structure = text.substr(0, digits);
    for (const char* known : {"砼", "混", "砖", "钢", "简", "木", "土", "框", "钢砼", "砖木", "建"})
        if (structure == known) {
            const int floors = std::stoi(text.substr(digits, std::min<std::size_t>(end - digits, 4)));
            if (floors < 1 || floors > 200) return std::nullopt;
            return CadAnnotation{structure, floors};
        }
    return std::nullopt;
}

std::unique_ptr<OpenLayer> open_cad_layer(const InputSpec& inputs, const std::string& kind, Findings& findings) {
    const SourceSpec& spec = inputs.sources.at(kind);
    if (spec.layer.empty() && kind != "buildings")
        throw UsageError(spec.path, {"a CAD drawing: which of its layers holds the " + kind + " outlines? " +
                                         slot(Control::layer_choice, kind),
                                     "CAD 图：请指定" + kind + "边界所在的图层（" + slot(Control::layer_choice, kind) + "）"});
    const std::string cad_layer = spec.layer.empty() ? default_building_layer : spec.layer;
    init_gdal();
    GDALDatasetUniquePtr drawing = open_drawing(spec.path);
    if (!drawing || drawing->GetLayerCount() == 0)
        throw InputError(spec.path, {"cannot read the drawing: " + take_last_gdal_error(), "无法读取该图：" + take_last_gdal_error()});
    const std::string where = spec.path + ": layer '" + cad_layer + "'";

    std::vector<Outline> outlines;
    std::vector<Text> texts;
    std::vector<std::string> open_lines;
    OGRLayer* entities = drawing->GetLayer(0);
    const int layer_field = entities->GetLayerDefn()->GetFieldIndex("Layer");
    const int text_field = entities->GetLayerDefn()->GetFieldIndex("Text");
    const int handle_field = entities->GetLayerDefn()->GetFieldIndex("EntityHandle");
    bool layer_seen = false;
    for (auto& feature : *entities) {
        if (layer_field < 0 || cad_layer != feature->GetFieldAsString(layer_field)) continue;
        layer_seen = true;
        const OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry) continue;
        const std::string handle = handle_field >= 0 ? feature->GetFieldAsString(handle_field) : std::to_string(feature->GetFID());
        const std::string text = text_field >= 0 ? trim(feature->GetFieldAsString(text_field)) : std::string();
        const auto type = wkbFlatten(geometry->getGeometryType());
        if (type == wkbPoint && !text.empty()) {
            texts.push_back({handle, text, geometry->toPoint()->getX(), geometry->toPoint()->getY()});
        } else if (auto polygon = as_polygon(*geometry)) {
            Outline outline{handle, std::move(polygon), {}, {}};
            outline.polygon->getEnvelope(&outline.envelope);
            outlines.push_back(std::move(outline));
        } else if (type == wkbLineString) {
            open_lines.push_back(handle);
        }
    }
    if (!layer_seen)
        throw InputError(spec.path, {"no entity on the CAD layer '" + cad_layer + "'; " + slot(Control::layer_choice, kind),
                                     "CAD 图层“" + cad_layer + "”中没有任何图元"});

    for (const auto& t : texts) {
        const OGRPoint point(t.x, t.y);
        bool inside = false;
        for (auto& outline : outlines)
            if (t.x >= outline.envelope.MinX && t.x <= outline.envelope.MaxX && t.y >= outline.envelope.MinY &&
                t.y <= outline.envelope.MaxY && outline.polygon->Contains(&point)) {
                    outline.texts.push_back(t.text);
                    inside = true;
                }
        if (!inside)
            findings.add(Severity::warning, "cad_text_outside", kind, "", where + ": text (handle " + t.handle + ")",
                         Problem{": '" + abbreviate(t.text) + "' lies inside no outline: left out",
                                 "：文字“" + abbreviate(t.text) + "”不在任何轮廓内：未使用"});
    }
    for (const auto& handle : open_lines)
        findings.add(Severity::warning, "cad_open_polyline", kind, "", where + ": polyline (handle " + handle + ")",
                     Problem{": is open, not an outline: left out", "：未闭合，不是轮廓：未使用"});

    GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("Memory");
    auto table = std::shared_ptr<GDALDataset>(memory->Create("", 0, 0, 0, GDT_Unknown, nullptr));
    OGRLayer* out = table->CreateLayer(cad_layer.c_str(), nullptr, wkbPolygon, nullptr);
    const bool buildings = kind == "buildings";
    for (const char* name : {"id", "name", "structure"}) {
        OGRFieldDefn field(name, OFTString);
        out->CreateField(&field);
    }
    OGRFieldDefn floors_field("floors", OFTInteger);
    out->CreateField(&floors_field);
    for (auto& outline : outlines) {
        OGRFeature feature(out->GetLayerDefn());
        feature.SetField("id", (cad_layer + "-" + outline.handle).c_str());
        const std::string place = where + ": outline (handle " + outline.handle + ")";
        if (buildings) {
            std::vector<CadAnnotation> annotations;
            for (const auto& text : outline.texts)
                if (auto a = parse_cad_annotation(text)) annotations.push_back(*a);
            if (annotations.size() == 1) {
                feature.SetField("floors", annotations[0].floors);
                feature.SetField("structure", annotations[0].structure.c_str());
            } else if (annotations.empty()) {
                findings.add(Severity::warning, "cad_outline_unannotated", kind, cad_layer + "-" + outline.handle, place,
                             Problem{": no structure-and-floors text inside (砼6, 混3 …): floors unknown",
                                     "：轮廓内没有结构层数注记（砼6、混3 等）：层数未知"});
            } else {
                findings.add(Severity::warning, "cad_outline_two_annotations", kind, cad_layer + "-" + outline.handle, place,
                             Problem{": " + std::to_string(annotations.size()) + " structure-and-floors texts inside (" +
                                         joined(outline.texts) + "): floors unknown",
                                     "：轮廓内有 " + std::to_string(annotations.size()) + " 个结构层数注记（" + joined(outline.texts) +
                                         "）：层数未知"});
            }
        } else if (outline.texts.size() == 1) {
            feature.SetField("name", outline.texts[0].c_str());
        } else {
            findings.add(Severity::warning, outline.texts.empty() ? "cad_outline_unnamed" : "cad_outline_two_names", kind,
                         cad_layer + "-" + outline.handle, place,
                         Problem{outline.texts.empty() ? ": no name text inside" : ": " + std::to_string(outline.texts.size()) +
                                                                                      " texts inside (" + joined(outline.texts) + ")",
                                 outline.texts.empty() ? "：轮廓内没有名称文字" : "：轮廓内有多个文字（" + joined(outline.texts) + "）"});
            if (!outline.texts.empty()) feature.SetField("name", outline.texts[0].c_str());
        }
        feature.SetGeometry(outline.polygon.get());
        if (out->CreateFeature(&feature) != OGRERR_NONE) throw InputError(place + ": cannot hold the outline: " + take_last_gdal_error());
    }
    SourceSpec read = spec;
    read.layer = cad_layer;
    return std::make_unique<OpenLayer>(read, kind, inputs.mapping, inputs.encoding, table);
}

}  // namespace renozone

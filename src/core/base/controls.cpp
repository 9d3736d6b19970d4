#include "core/base/controls.h"

namespace renozone {
namespace {

constexpr char mark = '\x1f';

std::string command_line_words(Control control, const std::string& subject) {
    switch (control) {
        case Control::overwrite: return "give --overwrite to replace it";
        case Control::field_mapping: return "map one with --field " + subject + "=NAME";
        case Control::encoding: return "give the file's encoding, e.g. --encoding GBK";
        case Control::layer_choice: return "choose one with --" + subject + "-layer";
        case Control::layer_crs: return "--" + subject + "-crs EPSG:CODE";
        case Control::layer_gcj02: return "--" + subject + "-gcj02";
        case Control::layer_source: return "give --" + subject + " SRC (or --data SRC)";
        case Control::working_crs: return "--working-crs";
        case Control::unit_wkt: return "--wkt";
        case Control::unit_geojson: return "--geojson";
        case Control::unit_layer: return "--layer-name";
        case Control::unit_crs: return "--crs";
        case Control::candidates_layer: return "--candidates-layer";
        case Control::candidates_crs: return "--candidates-crs";
        case Control::grid_spacing: return "--spacing";
        case Control::site_count: return "--count";
        case Control::pushdown: return "--pushdown";
        case Control::postgis_source: return "--data PG:...";
        case Control::building_default: return "--default";
    }
    return {};
}

std::string form_words(Control control, const std::string& subject) {
    switch (control) {
        case Control::overwrite: return "allow overwriting to replace it";
        case Control::field_mapping: return "map one to " + subject + " in the field mapping";
        case Control::encoding: return "give the file's encoding, e.g. GBK in a .cpg file beside the .shp";
        case Control::layer_choice: return "choose the " + subject + " layer";
        case Control::layer_crs: return "the " + subject + " layer's CRS setting (EPSG:CODE)";
        case Control::layer_gcj02: return "the " + subject + " layer's GCJ-02 conversion";
        case Control::layer_source: return "open a " + subject + " layer";
        case Control::working_crs: return "the working CRS";
        case Control::unit_wkt: return "the WKT";
        case Control::unit_geojson: return "the GeoJSON";
        case Control::unit_layer: return "the layer setting";
        case Control::unit_crs: return "the CRS setting";
        case Control::candidates_layer: return "the candidates' layer setting";
        case Control::candidates_crs: return "the candidates' CRS setting";
        case Control::grid_spacing: return "grid spacing";
        case Control::site_count: return "the number of sites";
        case Control::pushdown: return "pushdown";
        case Control::postgis_source: return "a PostGIS source";
        case Control::building_default: return "a default value";
    }
    return {};
}

std::string form_words_zh(Control control, const std::string& subject) {
    switch (control) {
        case Control::overwrite: return "允许覆盖后可替换";
        case Control::field_mapping: return "在字段对应中指定 " + subject;
        case Control::encoding: return "注明文件编码（如在 .shp 旁放内容为 GBK 的 .cpg 文件）";
        case Control::layer_choice: return "选择 " + subject + " 图层";
        case Control::layer_crs: return subject + " 图层的坐标系设置（EPSG:代码）";
        case Control::layer_gcj02: return subject + " 图层的 GCJ-02 纠偏";
        case Control::layer_source: return "打开 " + subject + " 图层";
        case Control::working_crs: return "工作坐标系";
        case Control::unit_wkt: return "WKT";
        case Control::unit_geojson: return "GeoJSON";
        case Control::unit_layer: return "图层设置";
        case Control::unit_crs: return "坐标系设置";
        case Control::candidates_layer: return "候选点图层设置";
        case Control::candidates_crs: return "候选点坐标系设置";
        case Control::grid_spacing: return "网格间距";
        case Control::site_count: return "选址数量";
        case Control::pushdown: return "下推";
        case Control::postgis_source: return "PostGIS 数据源";
        case Control::building_default: return "默认值";
    }
    return {};
}

std::string words(Control control, const std::string& subject, Audience audience) {
    switch (audience) {
        case Audience::command_line: return command_line_words(control, subject);
        case Audience::forms: return form_words(control, subject);
        case Audience::forms_zh: return form_words_zh(control, subject);
    }
    return {};
}

}  // namespace

std::string slot(Control control, const std::string& subject) {
    return std::string(1, mark) + static_cast<char>('A' + static_cast<int>(control)) + subject + mark;
}

bool has_slot(const std::string& message) { return message.find(mark) != std::string::npos; }

std::string said_to(const std::string& message, Audience audience) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t start; (start = message.find(mark, from)) != std::string::npos;) {
        const std::size_t end = message.find(mark, start + 1);
        if (end == std::string::npos || end == start + 1) break;
        const auto control = static_cast<Control>(message[start + 1] - 'A');
        const std::string subject = message.substr(start + 2, end - start - 2);
        out += message.substr(from, start - from);
        out += words(control, subject, audience);
        from = end + 1;
    }
    return out + message.substr(from);
}

}  // namespace renozone

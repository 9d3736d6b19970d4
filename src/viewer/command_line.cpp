#include "command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstring>

namespace renozone::viewer {

CommandLine parse_command_line(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription("renozone-viewer: map viewer for old residential community renovation planning");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("SOURCE", "GeoPackage, OGR source or project (default: the embedded Wulong dataset)");
    const QCommandLineOption render(QStringLiteral("render"), "render the default map to OUT.png and exit", "OUT.png");
    const QCommandLineOption size(QStringLiteral("size"), "image size for --render", "WxH", "1600x1000");
    const QCommandLineOption export_page(QStringLiteral("export"),
                                         "export the map page as the export dialog does (.pdf, .png, .jpg, .tif) and exit",
                                         "OUT");
    const QCommandLineOption dpi(QStringLiteral("dpi"), "resolution for --export (30 to 1200)", "N", "300");
    const QCommandLineOption paper(QStringLiteral("paper"), "paper for --export: A4, A3, A4-portrait or A3-portrait",
                                   "PAPER", "A4");
    const QCommandLineOption title(QStringLiteral("title"), "title for --export", "TITLE");
    const QCommandLineOption project(QStringLiteral("project"), "project GeoPackage for implementation units", "FILE.gpkg");
    const QCommandLineOption language(QStringLiteral("lang"), "interface language: zh (default) or en", "LANG");
    const QCommandLineOption timing(QStringLiteral("timing"), "print load and first-frame times");
    const QCommandLineOption communities(QStringLiteral("communities"), "communities from a file of their own", "FILE");
    const QCommandLineOption buildings(QStringLiteral("buildings"), "buildings from a file of their own", "FILE");
    const QCommandLineOption field(QStringLiteral("field"), "field mapping, e.g. --field buildings.id=osm_id (repeatable)",
                                   "KIND.FIELD=NAME");
    const QCommandLineOption assume(QStringLiteral("default"), "value to assume where a building has none, e.g. buildings.floors=1",
                                    "buildings.FIELD=VALUE");
    const QCommandLineOption communities_crs(QStringLiteral("communities-crs"), "CRS to assume for --communities, e.g. EPSG:4490 (a DXF has none)", "CRS");
    const QCommandLineOption buildings_crs(QStringLiteral("buildings-crs"), "CRS to assume for --buildings, e.g. EPSG:4490 (a DXF has none)", "CRS");
    const QCommandLineOption communities_layer(QStringLiteral("communities-layer"), "layer of --communities (a DXF's CAD layer)", "LAYER");
    const QCommandLineOption buildings_layer(QStringLiteral("buildings-layer"), "layer of --buildings (a DXF's CAD layer; JMD by default)", "LAYER");
    parser.addOptions({render, size, export_page, dpi, paper, title, project, language, timing, communities, buildings, field, assume,
                       communities_crs, buildings_crs, communities_layer, buildings_layer});
    CommandLine out;
    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    if (parser.isSet("help")) parser.showHelp(0);
    if (parser.isSet("version")) parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) out.error = "give at most one SOURCE";
    if (!positional.isEmpty()) out.opened.path = positional.first();
    out.render_output = parser.value(render);
    out.export_output = parser.value(export_page);
    out.title = parser.value(title);
    if (!out.render_output.isEmpty() && !out.export_output.isEmpty()) out.error = "give --render or --export, not both";
    static const QStringList page_formats{"pdf", "png", "jpg", "jpeg", "tif", "tiff"};
    if (!out.export_output.isEmpty() && !page_formats.contains(QFileInfo(out.export_output).suffix().toLower()))
        out.error = "--export: the file must end in .pdf, .png, .jpg, .tif or .tiff";
    bool dpi_ok = false;
    out.dpi = parser.value(dpi).toInt(&dpi_ok);
    if (!dpi_ok || out.dpi < 30 || out.dpi > 1200) out.error = "--dpi must be a whole number from 30 to 1200";
    const auto sheet = QRegularExpression("^(A[34])(-portrait)?$", QRegularExpression::CaseInsensitiveOption)
                           .match(parser.value(paper));
    if (!sheet.hasMatch()) {
        out.error = "--paper must be A4, A3, A4-portrait or A3-portrait";
    } else {
        const QSizeF landscape = sheet.captured(1).toUpper() == "A3" ? QSizeF(420, 297) : QSizeF(297, 210);
        out.paper_mm = sheet.captured(2).isEmpty() ? landscape : landscape.transposed();
    }
    out.project = parser.value(project);
    out.opened.communities = parser.value(communities);
    out.opened.buildings = parser.value(buildings);
    out.opened.fields = parser.values(field);
    out.opened.defaults = parser.values(assume);
    out.opened.communities_crs = parser.value(communities_crs);
    out.opened.buildings_crs = parser.value(buildings_crs);
    out.opened.communities_layer = parser.value(communities_layer);
    out.opened.buildings_layer = parser.value(buildings_layer);
    if (out.opened.half_given())
        out.error = "give --communities and --buildings together, or a SOURCE holding the other";
    out.language = parser.value(language);
    out.timing = parser.isSet(timing);
    const auto m = QRegularExpression("^(\\d+)x(\\d+)$").match(parser.value(size));
    if (!m.hasMatch() || m.captured(1).toInt() < 16 || m.captured(2).toInt() < 16 || m.captured(1).toInt() > 20000 ||
        m.captured(2).toInt() > 20000)
        out.error = "--size must be WxH in pixels, e.g. 1600x1000";
    else
        out.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    if (!out.language.isEmpty() && out.language != "zh" && out.language != "en") out.error = "--lang must be zh or en";
    return out;
}

bool wants_headless(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"--render", "--export"})
            if (std::strcmp(argv[i], option) == 0 || (std::strncmp(argv[i], option, 8) == 0 && argv[i][8] == '=')) return true;
    return false;
}

}  // namespace renozone::viewer

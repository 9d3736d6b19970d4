#include "command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    const QCommandLineOption project(QStringLiteral("project"), "project GeoPackage for implementation units", "FILE.gpkg");
    const QCommandLineOption language(QStringLiteral("lang"), "interface language: zh (default) or en", "LANG");
    const QCommandLineOption timing(QStringLiteral("timing"), "print load and first-frame times");
    parser.addOptions({render, size, project, language, timing});
    CommandLine out;
    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    if (parser.isSet("help")) parser.showHelp(0);
    if (parser.isSet("version")) parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) out.error = "give at most one SOURCE";
    if (!positional.isEmpty()) out.source = positional.first();
    out.render_output = parser.value(render);
    out.project = parser.value(project);
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
        if (std::strcmp(argv[i], "--render") == 0 || std::strncmp(argv[i], "--render=", 9) == 0) return true;
    return false;
}

}  // namespace renozone::viewer

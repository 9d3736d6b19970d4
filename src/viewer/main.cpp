// renozone-viewer: the planners' map viewer. Errors reach the user once, here
// or in a message box; --export exits with the command lines' codes (src/cli/exit_codes.h).
#include "command_line.h"
#include "headless_render.h"
#include "main_window.h"
#include "translations.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char** argv) {
    using namespace renozone::viewer;
    // Without a display a render still works: Qt's offscreen platform needs no X server.
    if (wants_headless(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName("renozone-viewer");
    QApplication::setOrganizationName("renozone");
    QApplication::setApplicationVersion("0.1.0");

    const CommandLine cli = parse_command_line(QApplication::arguments());
    if (!cli.error.isEmpty()) {
        std::fprintf(stderr, "renozone-viewer: %s\n", cli.error.toUtf8().constData());
        return 2;
    }
    install_translations(app, chosen_language(cli.language));
    if (!cli.render_output.isEmpty())
        return render_headless(HeadlessOptions{cli.render_output, cli.size, cli.opened, cli.timing});
    if (!cli.export_output.isEmpty())
        return export_headless(HeadlessExport{cli.export_output, cli.opened, cli.dpi, cli.paper_mm, cli.title, cli.project});

    MainWindow window;
    window.show();
    if (!window.open_source(cli.opened, cli.timing)) return 3;
    if (!cli.project.isEmpty()) window.open_project(cli.project);
    return app.exec();
}

#include "headless_render.h"

#include "map_decorations.h"
#include "map_renderer.h"
#include "session_export.h"
#include "viewer_session.h"

#include "cli/exit_codes.h"
#include "core/base/errors.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>

#include <cstdio>
#include <ctime>

namespace renozone::viewer {

QImage render_default_map(const ViewerSession& session, QSize size) {
    RenderRequest request;
    request.view = MapView::fitting(session.full_extent(), size);
    for (const auto& layer : session.layers()) request.layers.push_back(layer);
    QImage image;
    render_map(image, request);
    QPainter painter(&image);
    draw_scale_bar(painter, QPointF(16, size.height() - 14), request.view.units_per_pixel(), size.width() / 5.0);
    draw_north_arrow(painter, QPointF(size.width() - 36, 44), 44);
    return image;
}

namespace {

template <typename Work>
int reporting_errors(Work work) {
    try {
        return work();
    } catch (const Error& e) {
        std::fprintf(stderr, "renozone-viewer: %s\n", e.what());
        return cli::exit_status(e);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "renozone-viewer: internal error: %s\n", e.what());
        return cli::exit_status(cli::ExitCode::internal);
    }
}

}  // namespace

int export_headless(const HeadlessExport& options) {
    return reporting_errors([&] {
        ViewerSession session(options.source);
        if (!options.project.isEmpty()) {
            // An export reads a project; it must not create one as opening it in the window would.
            if (!QFileInfo::exists(options.project))
                throw InputError(options.project.toStdString() + ": no such project file");
            session.open_project(options.project);
        }
        const auto bottom_to_top = session.layers();
        ExportRequest request = session_export_request(session, session.full_extent(), {bottom_to_top.begin(), bottom_to_top.end()});
        request.path = options.output;
        if (!options.title.isEmpty()) request.title = options.title;
        request.dpi = options.dpi;
        request.paper_mm = options.paper_mm;
        const QString problem = export_map(request);
        if (problem.isEmpty()) return 0;
        std::fprintf(stderr, "renozone-viewer: %s\n", problem.toUtf8().constData());
        return cli::exit_status(cli::ExitCode::output);
    });
}

int render_headless(const HeadlessOptions& options) {
    QElapsedTimer clock;
    clock.start();
    return reporting_errors([&] {
        ViewerSession session(options.source);
        const double opened = clock.nsecsElapsed() / 1e6;
        const QImage image = render_default_map(session, options.size);
        const double rendered = clock.nsecsElapsed() / 1e6;
        const double cpu_at_frame = 1000.0 * std::clock() / CLOCKS_PER_SEC;
        if (!image.save(options.output)) {
            std::fprintf(stderr, "renozone-viewer: cannot write %s\n", options.output.toUtf8().constData());
            return cli::exit_status(cli::ExitCode::output);
        }
        if (options.timing) {
            QElapsedTimer again;
            again.start();
            render_default_map(session, options.size);
            const double second = again.nsecsElapsed() / 1e6;
            std::fprintf(stderr, "second frame %.0f ms\n", second);
            const auto& t = session.timings();
            std::fprintf(stderr,
                         "load %.0f ms, analysis %.0f ms, map layers %.0f ms, first frame %.0f ms (open to frame %.0f ms, "
                         "process CPU %.0f ms)\n",
                         t.load_ms, t.analyse_ms, t.layers_ms, rendered - opened, rendered, cpu_at_frame);
        }
        return 0;
    });
}

}  // namespace renozone::viewer

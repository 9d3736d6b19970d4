// `renozone-viewer --render OUT.png [--size WxH] [SOURCE]`: the default map,
// full extent with scale bar and north arrow, written without a window; and
// `--export OUT.pdf|png [--dpi N] [--paper …] [--title …]`: the page the export
// dialog writes for the full extent and the default layers.
#pragma once

#include "viewer_session.h"

#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>

namespace renozone::viewer {

struct HeadlessOptions {
    QString output;
    QSize size{1600, 1000};
    SessionSource source;
    bool timing = false;  // print where the time went to stderr
};

struct HeadlessExport {
    QString output;
    SessionSource source;
    int dpi = 300;
    QSizeF paper_mm{297, 210};
    QString title;    // empty: the dialog's default
    QString project;  // a project GeoPackage whose units are drawn on top, as when the dialog exports with one open
};

// The map of the session's full extent, decorated, as an image of `size`.
QImage render_default_map(const ViewerSession& session, QSize size);
// Returns the process exit code (0 written, 3 bad input, 4 not written).
int render_headless(const HeadlessOptions& options);
// The same exit codes.
int export_headless(const HeadlessExport& options);

}  // namespace renozone::viewer

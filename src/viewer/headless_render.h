// `renozone-viewer --render OUT.png [--size WxH] [SOURCE]`: the default map,
// full extent with scale bar and north arrow, written without a window.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace renozone::viewer {

class ViewerSession;

struct HeadlessOptions {
    QString output;
    QSize size{1600, 1000};
    QString source;
    bool timing = false;  // print where the time went to stderr
};

// The map of the session's full extent, decorated, as an image of `size`.
QImage render_default_map(const ViewerSession& session, QSize size);
// Returns the process exit code (0 written, 3 bad input, 4 not written).
int render_headless(const HeadlessOptions& options);

}  // namespace renozone::viewer

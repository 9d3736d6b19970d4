// The viewer's command line: SOURCE or --communities/--buildings FILE (with --field, --default,
// --*-crs, --*-layer), --render OUT [--size WxH],
// --export OUT.pdf|png [--dpi N] [--paper A4|A3[-portrait]] [--title T], --project, --lang.
#pragma once

#include "viewer_session.h"

#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace renozone::viewer {

struct CommandLine {
    // SOURCE, and --communities/--buildings with --field, --default, --*-crs, --*-layer.
    SessionSource opened;
    QString render_output;  // non-empty: render and exit
    QSize size{1600, 1000};
    QString export_output;  // non-empty: export the page as the dialog does, and exit
    int dpi = 300;
    QSizeF paper_mm{297, 210};
    QString title;          // empty: the dialog's default title
    QString project;
    QString language;       // zh or en; empty: settings, then zh
    bool timing = false;
    QString error;          // non-empty: usage problem
};

CommandLine parse_command_line(const QStringList& arguments);
// True when the arguments ask for a render or an export without a window (checked before Qt starts).
bool wants_headless(int argc, char** argv);

}  // namespace renozone::viewer

// The viewer's command line: SOURCE, --render OUT [--size WxH], --project, --lang.
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace renozone::viewer {

struct CommandLine {
    QString source;
    QString render_output;  // non-empty: render and exit
    QSize size{1600, 1000};
    QString project;
    QString language;       // zh or en; empty: settings, then zh
    bool timing = false;
    QString error;          // non-empty: usage problem
};

CommandLine parse_command_line(const QStringList& arguments);
// True when the arguments ask for a render without a window (checked before Qt starts).
bool wants_headless(int argc, char** argv);

}  // namespace renozone::viewer

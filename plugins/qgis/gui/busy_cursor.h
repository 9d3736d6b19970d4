// The wait cursor while the engine works on the UI thread, restored however
// the work ends.
#pragma once

#include <QApplication>

namespace renozone::plugin {

struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

}  // namespace renozone::plugin

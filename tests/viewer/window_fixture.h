// A shown main window on the embedded dataset, its first frame rendered.
#pragma once

#include "main_window.h"
#include "map_canvas.h"
#include "viewer_session.h"

#include <gtest/gtest.h>

#include <memory>

namespace renozone::viewer::test {

class WindowTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override { window.reset(); }

    MapCanvas* canvas() const { return window->canvas(); }
    const District& district() const { return window->session()->district(); }
    QPoint screen_of(QPointF map) const { return canvas()->to_screen(map).toPoint(); }
    QPointF map_of(QPoint screen) const { return canvas()->to_map(QPointF(screen)); }
    // Lets queued work (the panels' coalesced evaluation, renders) run.
    static void settle();

    std::unique_ptr<MainWindow> window;
};

}  // namespace renozone::viewer::test

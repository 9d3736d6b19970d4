// Puts the viewer in a state worth a screenshot (a site checked, a unit drawn
// by simulated clicks, its figures in the panel) and holds it on screen;
// scripts/viewer-screenshot photographs the X screen under Xvfb.
#include "main_window.h"
#include "map_canvas.h"
#include "site_panel.h"
#include "widget_driver.h"

#include <QApplication>
#include <QScreen>
#include <QTest>
#include <QTimer>

using namespace renozone::viewer;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const int hold_ms = argc > 1 ? QString(argv[1]).toInt() * 1000 : 15000;
    MainWindow window;
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    window.setGeometry(screen);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.open_source(QString())) return 1;
    MapCanvas* canvas = window.canvas();
    canvas->wait_for_frame();
    canvas->zoom_by(1.35);
    canvas->wait_for_frame();

    const QPoint c = canvas->rect().center();
    window.activate_tool(ToolKind::site_check);
    window.site_panel()->set_facility_type("kindergarten");
    QTest::mouseClick(canvas, Qt::LeftButton, {}, c + QPoint(230, 120));

    window.activate_tool(ToolKind::draw_unit);
    const QPoint ring[] = {c + QPoint(-330, -170), c + QPoint(-60, -190), c + QPoint(-30, -50), c + QPoint(-180, -45),
                           c + QPoint(-345, -55)};
    for (const QPoint& p : ring) QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, ring[4]);
    test::move_mouse(canvas, c + QPoint(90, -60));
    canvas->wait_for_frame();
    QTimer::singleShot(hold_ms, &app, &QApplication::quit);
    return app.exec();
}

// Frame times of the viewer's renderer on a generated city (default one
// million buildings): full extent and fixed scales, several panned frames
// each, plus what the UI thread pays per frame while a drag or wheel moves
// the last frame. Prints a Markdown table for bench/README-viewer.md.
#include "synthetic_city.h"

#include "map_renderer.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

using namespace renozone::viewer;

namespace {

double wall_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Options {
    long long buildings = 1000000;
    QSize size{1600, 1000};
    int frames = 5;
    bool labels = true;
};

Options parse(const QStringList& args) {
    Options o;
    for (int i = 1; i < args.size(); ++i)
        if (args[i] == "--no-labels") o.labels = false;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--buildings") o.buildings = args[i + 1].toLongLong();
        else if (args[i] == "--frames") o.frames = std::max(1, args[i + 1].toInt());
        else if (args[i] == "--size") {
            const auto m = QRegularExpression("^(\\d+)x(\\d+)$").match(args[i + 1]);
            if (m.hasMatch()) o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        }
    }
    return o;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const Options o = parse(app.arguments());

    const double t0 = wall_ms();
    const bench::SyntheticCity city = bench::make_synthetic_city(o.buildings);
    const double build_ms = wall_ms() - t0;
    std::printf("generated and indexed %zu buildings, %zu communities, %zu roads in %.0f ms\n\n",
                city.buildings->size(), city.communities->size(), city.roads->size(), build_ms);

    RenderRequest request;
    request.layers = {city.communities, city.roads, city.buildings};
    request.dpi = 96;
    request.labels = o.labels;
    const QPointF centre = city.extent.centre();
    struct Case {
        const char* name;
        double denominator;  // 0: full extent
    };
    const Case cases[] = {{"full extent", 0}, {"1:50,000", 50000}, {"1:20,000", 20000}, {"1:10,000", 10000},
                          {"1:5,000", 5000},   {"1:2,000", 2000}};
    std::printf("| view (%dx%d px) | buildings in view | first frame ms | median ms | max ms | median CPU ms | labels |\n",
                o.size.width(), o.size.height());
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    QImage image;
    for (const Case& c : cases) {
        const MapView base = c.denominator == 0 ? MapView::fitting(city.extent, o.size)
                                                : MapView(centre, c.denominator * 0.0254 / request.dpi, o.size);
        std::vector<double> wall, cpu;
        std::size_t visible = 0, labels = 0;
        for (int k = 0; k < o.frames; ++k) {
            request.view = base.panned_by_pixels(QPointF(150.0 * k, 90.0 * k));  // a pan between frames
            visible = std::max(visible, city.buildings->index.query(request.view.extent()).size());
            const double w = wall_ms(), p = cpu_ms();
            labels = render_map(image, request).labels_placed;
            wall.push_back(wall_ms() - w);
            cpu.push_back(cpu_ms() - p);
        }
        std::printf("| %s | %zu | %.0f | %.0f | %.0f | %.0f | %zu |\n", c.name, visible, wall.front(), median(wall),
                    *std::max_element(wall.begin(), wall.end()), median(cpu), labels);
    }

    // While a drag or the wheel moves the map, the UI thread only redraws the last frame, moved or scaled.
    QImage screen(o.size, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> pan, zoom;
    for (int k = 0; k < 60; ++k) {
        QPainter painter(&screen);
        double w = wall_ms();
        painter.fillRect(screen.rect(), Qt::white);
        painter.drawImage(QPointF(3.0 * k, -2.0 * k), image);
        pan.push_back(wall_ms() - w);
        w = wall_ms();
        painter.fillRect(screen.rect(), Qt::white);
        const double s = 1.0 + 0.01 * k;
        painter.drawImage(QRectF(-o.size.width() * (s - 1) / 2, -o.size.height() * (s - 1) / 2, o.size.width() * s,
                                 o.size.height() * s), image);
        zoom.push_back(wall_ms() - w);
    }
    std::printf("\nUI thread per frame while dragging: median %.1f ms (max %.1f); while wheel-zooming: median %.1f ms (max %.1f)\n",
                median(pan), *std::max_element(pan.begin(), pan.end()), median(zoom), *std::max_element(zoom.begin(), zoom.end()));
    return 0;
}

#include "embedded_session.h"
#include "map_export.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace renozone::viewer;

namespace {

ExportRequest request_for(const QString& path, double dpi) {
    ExportRequest r;
    r.path = path;
    r.title = "武隆区城镇老旧小区改造";
    r.dpi = dpi;
    r.extent = test::embedded_session().full_extent();
    for (const auto& l : test::embedded_session().layers()) r.layers.push_back(l);
    r.footer = "test";
    return r;
}

}  // namespace

TEST(MapExport, PngIsAPageAtTheChosenDpiWithTheMapInIt) {
    QTemporaryDir dir;
    const QString path = dir.filePath("map.png");
    ASSERT_EQ(export_map(request_for(path, 100)), QString());
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), qRound(297 * 100 / 25.4));
    EXPECT_EQ(image.height(), qRound(210 * 100 / 25.4));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 100, 0.5);
    // The map frame (left three quarters, middle band) is drawn, the legend column too.
    int painted = 0, samples = 0;
    for (int y = image.height() / 3; y < image.height() * 2 / 3; y += 4)
        for (int x = image.width() / 10; x < image.width() * 3 / 4; x += 4, ++samples)
            painted += image.pixel(x, y) != qRgb(255, 255, 255);
    EXPECT_GT(double(painted) / samples, 0.3);
    int legend = 0;
    for (int y = image.height() / 8; y < image.height() / 2; y += 2)
        for (int x = image.width() * 4 / 5; x < image.width() - 50; x += 2) legend += image.pixel(x, y) != qRgb(255, 255, 255);
    EXPECT_GT(legend, 200);
}

TEST(MapExport, PdfIsWrittenAndBadRequestsAreRefused) {
    QTemporaryDir dir;
    const QString path = dir.filePath("map.pdf");
    ASSERT_EQ(export_map(request_for(path, 150)), QString());
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    EXPECT_GT(pdf.size(), 20000);
    EXPECT_NE(export_map(request_for(dir.filePath("map.xyz"), 150)), QString());
    EXPECT_NE(export_map(request_for(dir.filePath("map.png"), 5000)), QString());
}

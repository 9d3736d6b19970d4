// The planning tools' response on a big district: loads a city once, then
// times the core's unit evaluation (evaluate_unit, the call the viewer makes on
// every mouse move) for a few unit polygons and the site check for a few sites,
// each repeated, and prints the median milliseconds. The target is
// under 50 ms each with 1,000,000 buildings.
//   renozone_planning_bench CITY [--roads SRC] [--repeat N]
#include "core/analysis/district.h"
#include "core/io/dataset_loader.h"
#include "core/io/embedded_data.h"
#include "core/planning/site_check.h"
#include "core/planning/unit_evaluation.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

using namespace renozone;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

double median_ms(int repeat, const std::function<void()>& call) {
    std::vector<double> ms;
    for (int i = 0; i < repeat; ++i) {
        const auto start = Clock::now();
        call();
        ms.push_back(1000.0 * seconds_since(start));
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

struct Extent {
    double min_x, min_y, max_x, max_y;
    double cx() const { return (min_x + max_x) / 2; }
    double cy() const { return (min_y + max_y) / 2; }
};

Extent communities_extent(const District& d) {
    Extent e{1e300, 1e300, -1e300, -1e300};
    for (const auto& c : d.data().communities) {
        if (!c.geom) continue;
        double x0, y0, x1, y1;
        GEOSGeom_getXMin_r(d.ctx(), c.geom.get(), &x0);
        GEOSGeom_getYMin_r(d.ctx(), c.geom.get(), &y0);
        GEOSGeom_getXMax_r(d.ctx(), c.geom.get(), &x1);
        GEOSGeom_getYMax_r(d.ctx(), c.geom.get(), &y1);
        e = {std::min(e.min_x, x0), std::min(e.min_y, y0), std::max(e.max_x, x1), std::max(e.max_y, y1)};
    }
    return e;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CITY [--roads SRC] [--repeat N]\n", argv[0]);
        return 2;
    }
    InputSpec spec = inputs_from_single_source(argv[1]);
    int repeat = 9;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--roads") == 0) spec.sources["roads"] = SourceSpec{argv[i + 1], "", "", false, false};
        else if (std::strcmp(argv[i], "--repeat") == 0) repeat = std::max(1, std::atoi(argv[i + 1]));
    }

    auto start = Clock::now();
    Dataset data = load_dataset(spec);
    const std::size_t buildings = data.buildings.size();
    const District district(std::move(data));
    std::printf("loaded and analysed %zu buildings, %zu communities in %.1f s\n", buildings,
                district.data().communities.size(), seconds_since(start));
    start = Clock::now();
    const SiteChecker checker(district, load_default_site_rules());
    std::printf("site checker ready (road network: %zu roads) in %.2f s\n", district.data().roads.size(),
                seconds_since(start));

    GEOSContextHandle_t ctx = district.ctx();
    const Extent e = communities_extent(district);
    std::printf("\n| call | shape | buildings inside or served | median ms (%d calls) |\n| --- | --- | ---: | ---: |\n",
                repeat);
    for (double side : {250.0, 500.0, 1000.0, 2000.0}) {
        GeomPtr unit = own(ctx, GEOSGeom_createRectangle_r(ctx, e.cx() - side / 2, e.cy() - side / 2, e.cx() + side / 2,
                                                           e.cy() + side / 2));
        std::size_t inside = 0;
        const double ms = median_ms(repeat, [&] { inside = evaluate_unit(district, unit.get()).buildings.size(); });
        std::printf("| unit evaluation | %.0f m square | %zu | %.1f |\n", side, inside, ms);
    }
    if (!district.data().communities.empty()) {
        const auto& c = district.data().communities[district.data().communities.size() / 2];
        std::size_t inside = 0;
        const double ms = median_ms(repeat, [&] { inside = evaluate_unit(district, c.geom.get()).buildings.size(); });
        std::printf("| unit evaluation | community %s | %zu | %.1f |\n", c.id.c_str(), inside, ms);
    }
    for (const char* type : {"kindergarten", "elderly_care"}) {
        for (double offset : {0.0, 1234.0}) {
            GeomPtr site = own(ctx, GEOSGeom_createPointFromXY_r(ctx, e.cx() + offset, e.cy() - offset / 2));
            long long served = 0;
            const double ms = median_ms(repeat, [&] { served = checker.check(type, site.get()).households_served; });
            std::printf("| site check | %s at a point (%s) | %lld households | %.1f |\n", type,
                        district.data().roads.empty() ? "straight line" : "along roads", served, ms);
        }
    }
    return 0;
}

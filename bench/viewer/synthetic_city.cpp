#include "synthetic_city.h"

#include "style_catalog.h"

#include <cmath>
#include <cstdint>

namespace renozone::viewer::bench {
namespace {

constexpr int per_side = 10;            // buildings per block side
constexpr double pitch = 26.0;          // metres between building centres
constexpr double street = 30.0;         // road corridor between blocks
constexpr double block = per_side * pitch + street;
const QPointF origin(400000.0, 3200000.0);

// A cheap deterministic hash: the same city on every run, no stored attributes.
std::uint32_t mix(std::uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return static_cast<std::uint32_t>(x);
}
double unit(std::uint64_t seed) { return mix(seed) / 4294967296.0; }

}  // namespace

SyntheticCity make_synthetic_city(long long wanted) {
    const long long blocks = std::max<long long>(1, (wanted + per_side * per_side - 1) / (per_side * per_side));
    const int blocks_x = static_cast<int>(std::ceil(std::sqrt(double(blocks) * 1.5)));
    const int blocks_y = static_cast<int>((blocks + blocks_x - 1) / blocks_x);
    const StyleCatalog styles;  // the shipped styles/*.qml

    GeometryStore buildings(GeometryKind::polygon, origin), communities(GeometryKind::polygon, origin),
        roads(GeometryKind::line, origin);
    buildings.reserve(blocks * 100, blocks * 100 * 6);
    long long made = 0;
    for (long long b = 0; b < blocks; ++b) {
        const int bx = static_cast<int>(b % blocks_x), by = static_cast<int>(b / blocks_x);
        const double x0 = origin.x() + bx * block, y0 = origin.y() + by * block;
        const double c[] = {x0 - 4, y0 - 4, x0 + per_side * pitch + 4, y0 - 4, x0 + per_side * pitch + 4,
                            y0 + per_side * pitch + 4, x0 - 4, y0 + per_side * pitch + 4, x0 - 4, y0 - 4};
        communities.add_part(c, 5);
        communities.finish_feature();
        for (int i = 0; i < per_side * per_side; ++i, ++made) {
            const double cx = x0 + (i % per_side + 0.5) * pitch, cy = y0 + (i / per_side + 0.5) * pitch;
            const double w = 8 + 8 * unit(made * 3), h = 10 + 10 * unit(made * 3 + 1), a = (unit(made * 3 + 2) - 0.5) * 0.5;
            const double ca = std::cos(a), sa = std::sin(a);
            auto corner = [&](double u, double v, double* out) {
                out[0] = cx + u * ca - v * sa;
                out[1] = cy + u * sa + v * ca;
            };
            double ring[14];
            int n = 0;
            if (made % 5 == 0) {  // an L shape: six corners
                const double pts[6][2] = {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, 0}, {0, 0}, {0, h / 2}, {-w / 2, h / 2}};
                for (const auto& p : pts) corner(p[0], p[1], ring + 2 * n++);
            } else {
                const double pts[4][2] = {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}};
                for (const auto& p : pts) corner(p[0], p[1], ring + 2 * n++);
            }
            ring[2 * n] = ring[0], ring[2 * n + 1] = ring[1];
            buildings.add_part(ring, n + 1);
            buildings.finish_feature();
        }
    }
    const double width = blocks_x * block, height = blocks_y * block;
    for (int i = 0; i <= blocks_x; ++i) {
        const double x = origin.x() + i * block - street / 2, line[] = {x, origin.y() - street, x, origin.y() + height};
        roads.add_part(line, 2);
        roads.finish_feature();
    }
    for (int j = 0; j <= blocks_y; ++j) {
        const double y = origin.y() + j * block - street / 2, line[] = {origin.x() - street, y, origin.x() + width, y};
        roads.add_part(line, 2);
        roads.finish_feature();
    }

    SyntheticCity city;
    city.extent = buildings.extent();
    static const char* phases[] = {"实施", "谋划", "储备", ""};
    city.communities = build_layer(
        "communities", "小区", std::move(communities), styles.style_for("communities", GeometryKind::polygon),
        AttributeSource{{"name", "phase"}, [](int f, const QString& field) -> QVariant {
                            if (field == "name") return QString("合成小区%1").arg(f);
                            if (field == "phase") return QString(phases[mix(f) % 4]);
                            return {};
                        }});
    city.roads = build_layer(
        "roads", "道路", std::move(roads), styles.style_for("roads", GeometryKind::line),
        AttributeSource{{"name", "class"}, [](int f, const QString& field) -> QVariant {
                            if (field == "name") return QString("合成路%1").arg(f);
                            if (field == "class") return QString(f % 5 == 0 ? "primary" : f % 2 ? "secondary" : "local");
                            return {};
                        }});
    city.buildings = build_layer(
        "buildings", "楼栋", std::move(buildings), styles.style_for("buildings", GeometryKind::polygon),
        AttributeSource{{"in_plan", "eligible", "d_grade", "heritage"}, [](int f, const QString& field) -> QVariant {
                            const std::uint32_t h = mix(f * 7919ULL);
                            if (field == "heritage") return h % 500 == 0 ? 1 : 0;
                            if (field == "d_grade") return h % 97 == 0 ? 1 : 0;
                            if (field == "in_plan") return h % 3 == 0 ? 1 : 0;
                            if (field == "eligible") return h % 2 == 0 ? 1 : 0;
                            return {};
                        }});
    return city;
}

}  // namespace renozone::viewer::bench

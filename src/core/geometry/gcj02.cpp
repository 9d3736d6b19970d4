#include "core/geometry/gcj02.h"

#include "core/base/text_utils.h"

#include <cmath>

namespace renozone {
namespace {

constexpr double pi = 3.14159265358979323846;
constexpr double krasovsky_a = 6378245.0;
constexpr double krasovsky_e2 = 0.00669342162296594323;

double shift_lat(double x, double y) {
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
    r += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * pi) + 40.0 * std::sin(y / 3.0 * pi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * pi) + 320.0 * std::sin(y * pi / 30.0)) * 2.0 / 3.0;
    return r;
}

double shift_lon(double x, double y) {
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
    r += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * pi) + 40.0 * std::sin(x / 3.0 * pi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * pi) + 300.0 * std::sin(x / 30.0 * pi)) * 2.0 / 3.0;
    return r;
}

}  // namespace

bool inside_china_rough(LonLat p) { return p.lon > 72.004 && p.lon < 137.8347 && p.lat > 0.8293 && p.lat < 55.8271; }

LonLat wgs84_to_gcj02(LonLat p) {
    if (!inside_china_rough(p)) return p;
    const double x = p.lon - 105.0;
    const double y = p.lat - 35.0;
    const double rad_lat = p.lat / 180.0 * pi;
    const double s = std::sin(rad_lat);
    const double magic = 1 - krasovsky_e2 * s * s;
    const double sqrt_magic = std::sqrt(magic);
    const double d_lat = shift_lat(x, y) * 180.0 / ((krasovsky_a * (1 - krasovsky_e2)) / (magic * sqrt_magic) * pi);
    const double d_lon = shift_lon(x, y) * 180.0 / (krasovsky_a / sqrt_magic * std::cos(rad_lat) * pi);
    return {p.lon + d_lon, p.lat + d_lat};
}

LonLat gcj02_to_wgs84(LonLat p) {
    LonLat guess = p;
    for (int i = 0; i < 30; ++i) {
        const LonLat forward = wgs84_to_gcj02(guess);
        const double d_lon = p.lon - forward.lon;
        const double d_lat = p.lat - forward.lat;
        guess = {guess.lon + d_lon, guess.lat + d_lat};
        if (std::fabs(d_lon) < 1e-10 && std::fabs(d_lat) < 1e-10) break;
    }
    return guess;
}

double gcj02_offset_metres(LonLat wgs84) {
    const LonLat shifted = wgs84_to_gcj02(wgs84);
    const double metres_per_degree = 111320.0;
    const double dx = (shifted.lon - wgs84.lon) * metres_per_degree * std::cos(wgs84.lat * pi / 180.0);
    const double dy = (shifted.lat - wgs84.lat) * metres_per_degree;
    return std::hypot(dx, dy);
}

bool name_suggests_gcj02(const std::string& name) {
    const std::string lower = to_lower_ascii(name);
    for (const char* hint : {"gcj", "amap", "gaode", "高德", "火星", "tencent", "腾讯"})
        if (lower.find(hint) != std::string::npos) return true;
    return false;
}

}  // namespace renozone

#include "core/geometry/crs.h"

#include "core/base/errors.h"
#include "core/base/gdal_errors.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <optional>

namespace renozone {

SrsPtr srs_from_user_text(const std::string& text, const std::string& where) {
    SrsPtr srs(new OGRSpatialReference());
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (srs->SetFromUserInput(text.c_str(), OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS) != OGRERR_NONE) {
        take_last_gdal_error();
        throw InputError(where, {"'" + text + "' is not a coordinate reference system PROJ knows",
                                 "“" + text + "”不是 PROJ 能识别的坐标参考系"});
    }
    return srs;
}

SrsPtr srs_from_epsg(int epsg) {
    SrsPtr srs(new OGRSpatialReference());
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (srs->importFromEPSG(epsg) != OGRERR_NONE)
        throw InputError("EPSG:" + std::to_string(epsg) + " is not in the PROJ database");
    return srs;
}

SrsPtr clone_traditional(const OGRSpatialReference& srs) {
    SrsPtr copy(srs.Clone());
    copy->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return copy;
}

int cgcs2000_zone_epsg(double longitude) {
    // EPSG:4534 is CM 75E, each next code 3° further east, up to EPSG:4554 (CM 135E).
    const int zone = static_cast<int>(std::lround((longitude - 75.0) / 3.0));
    return 4534 + std::clamp(zone, 0, 20);
}

int utm_zone_epsg(double longitude, double latitude) {
    const int zone = std::clamp(static_cast<int>(std::floor((longitude + 180.0) / 6.0)) + 1, 1, 60);
    return (latitude >= 0 ? 32600 : 32700) + zone;
}

int automatic_working_epsg(double longitude, double latitude) {
    const int zone = cgcs2000_zone_epsg(longitude);
    double west = 0, south = 0, east = 0, north = 0;
    const char* name = nullptr;
    if (srs_from_epsg(zone)->GetAreaOfUse(&west, &south, &east, &north, &name) && longitude >= west && longitude <= east &&
        latitude >= south && latitude <= north)
        return zone;
    return utm_zone_epsg(longitude, latitude);
}

bool is_undefined_srs(const OGRSpatialReference& srs) {
    if (srs.IsLocal()) return true;
    const char* name = srs.GetName();
    return !srs.GetAuthorityCode(nullptr) && name && std::string(name).rfind("Undefined", 0) == 0;
}

void require_metric(const OGRSpatialReference& srs, const std::string& where) {
    if (!srs.IsProjected() || std::fabs(srs.GetLinearUnits() - 1.0) > 1e-9)
        throw UsageError(where + ": the working CRS must be projected in metres, not " + describe_srs(srs));
}

std::string describe_srs(const OGRSpatialReference& srs) {
    const char* authority = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    const char* name = srs.GetName();
    std::string text = authority && code ? std::string(authority) + ":" + code : "unnamed CRS";
    if (name) text += std::string(" (") + name + ")";
    return text;
}

std::optional<std::string> wkt2_of(const OGRSpatialReference& srs) {
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    std::optional<std::string> text;
    if (srs.exportToWkt(&wkt, options) == OGRERR_NONE && wkt) text = wkt;
    CPLFree(wkt);
    return text;
}

namespace {

// The CRS exactly, axis order included: the key of a remembered transformation.
std::optional<std::string> transform_key_part(const OGRSpatialReference& srs) {
    std::optional<std::string> key = wkt2_of(srs);
    if (!key) return std::nullopt;
    for (int axis : srs.GetDataAxisToSRSAxisMapping()) *key += ' ' + std::to_string(axis);
    return *key + '\n';
}

}  // namespace

TransformPtr make_transform(const OGRSpatialReference& from, const OGRSpatialReference& to, const std::string& where) {
    if (from.IsSame(&to)) return nullptr;
    // PROJ searches its database for the operation each time (37 ms from
    // EPSG:4545 to 4326), while every reader of a layer (one per loader
    // thread) and each check needs one: each pair is found once per process
    // and cloned (0.05 ms). A clone is the thread's own; the original is not
    // shared, so it is cloned under the lock.
    static std::mutex mutex;
    static std::map<std::string, TransformPtr> found;
    const auto from_key = transform_key_part(from), to_key = transform_key_part(to);
    const std::string key = from_key && to_key ? *from_key + *to_key : std::string();
    if (!key.empty()) {
        const std::lock_guard<std::mutex> lock(mutex);
        if (auto it = found.find(key); it != found.end())
            if (TransformPtr copy{it->second->Clone()}) return copy;
    }
    TransformPtr ct(OGRCreateCoordinateTransformation(&from, &to));
    if (!ct) {
        const std::string detail = take_last_gdal_error(), source = describe_srs(from), target = describe_srs(to);
        throw InputError(where, {"cannot transform from " + source + " to " + target + (detail.empty() ? "" : ": " + detail),
                                 "无法转换坐标：" + source + " → " + target + (detail.empty() ? "" : "（" + detail + "）")});
    }
    if (!key.empty()) {
        const std::lock_guard<std::mutex> lock(mutex);
        // A long-lived process (QGIS, the viewer) may read files in ever new
        // CRSs: past a few dozen pairs it starts again rather than grow.
        if (found.size() >= 64) found.clear();
        if (!found.count(key))
            if (TransformPtr original{ct->Clone()}) found.emplace(key, std::move(original));
    }
    return ct;
}

}  // namespace renozone

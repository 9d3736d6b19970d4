// Coordinate reference systems: the working CRS (metres, CGCS2000 3-degree
// Gauss-Kruger by longitude, EPSG:4545 for Wulong) and the transforms into it.
#pragma once

#include <ogr_spatialref.h>

#include <memory>
#include <optional>
#include <string>

namespace renozone {

constexpr int default_working_epsg = 4545;  // CGCS2000 / 3-degree Gauss-Kruger CM 108E

struct SrsDeleter {
    void operator()(OGRSpatialReference* srs) const { if (srs) srs->Release(); }
};
struct TransformDeleter {
    void operator()(OGRCoordinateTransformation* ct) const { OGRCoordinateTransformation::DestroyCT(ct); }
};
using SrsPtr = std::unique_ptr<OGRSpatialReference, SrsDeleter>;
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

// "EPSG:4545", WKT, PROJ string …, always in x=easting/longitude order.
// Throws InputError naming `where` when the text is not a CRS.
SrsPtr srs_from_user_text(const std::string& text, const std::string& where);
SrsPtr srs_from_epsg(int epsg);
SrsPtr clone_traditional(const OGRSpatialReference& srs);

// EPSG code of the CGCS2000 3-degree Gauss-Kruger zone (central meridian a
// multiple of 3°, no zone prefix in the easting) for a longitude in 75–135 °E.
int cgcs2000_zone_epsg(double longitude);

// EPSG code of the WGS 84 UTM zone (north or south) holding the point.
int utm_zone_epsg(double longitude, double latitude);

// The working CRS renozone picks for data centred at the point: the CGCS2000
// 3-degree zone there when the point lies in that zone's area of use (China),
// the WGS 84 UTM zone elsewhere.
int automatic_working_epsg(double longitude, double latitude);

// A placeholder rather than a CRS: GeoPackage's "Undefined geographic/Cartesian
// SRS" (srs_id 0 and -1) or a local engineering system.
bool is_undefined_srs(const OGRSpatialReference& srs);

// Throws InputError unless the CRS is projected in metres.
void require_metric(const OGRSpatialReference& srs, const std::string& where);

std::string describe_srs(const OGRSpatialReference& srs);  // "EPSG:4545 (CGCS2000 / 3-degree …)"

// The CRS as WKT2 (2019); nothing when GDAL cannot write it.
std::optional<std::string> wkt2_of(const OGRSpatialReference& srs);

// A transform, or nullptr when source and target are the same CRS.
// Throws InputError naming `where` when PROJ cannot transform between them.
TransformPtr make_transform(const OGRSpatialReference& from, const OGRSpatialReference& to, const std::string& where);

}  // namespace renozone

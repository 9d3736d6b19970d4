// GCJ-02 is the obfuscated datum of Chinese web maps (Amap/Gaode, Tencent, …):
// WGS84/CGCS2000 coordinates shifted by a published nonlinear offset of a few
// hundred metres. Data traced from such maps carries the shift.
#pragma once

#include <string>

namespace renozone {

struct LonLat {
    double lon;
    double lat;
};

bool inside_china_rough(LonLat p);              // the area where the offset applies
LonLat wgs84_to_gcj02(LonLat p);
LonLat gcj02_to_wgs84(LonLat p);                 // inverse by fixed-point iteration, < 1 mm
double gcj02_offset_metres(LonLat wgs84);        // size of the shift at a place

// A name (file, layer, CRS) that says its coordinates are GCJ-02.
bool name_suggests_gcj02(const std::string& name);

}  // namespace renozone

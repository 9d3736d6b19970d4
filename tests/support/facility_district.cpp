#include "facility_district.h"

#include "core/io/embedded_data.h"
#include "fixture.h"
#include "small_district.h"

#include <fstream>
#include <stdexcept>

namespace renozone::test {

// Local coordinates (add fixture_x, fixture_y). Points-on-surface of the
// households' buildings (small_district.cpp): B1 (20,20) 10, B2 (50,15) 5,
// B3 (150,20) 12, B5 (197.5,110) 3, B10 (80,160) 8 in C1; B6 (≈20,220) 4 in
// C3; B9 (515,15) 2 in C2. B4 has none; B7 and B8 are in no community.
//   kindergarten K1 at (20,60), 100 m: straight-line B1 40 m and B2 54 m; the
//     rest are 116 m (B10) or farther.
//   road R1 (20,60)-(20,20) reaches B1 at its end, 40 m; B2's nearest road
//     node is (50,0) on R2 (50,0)-(200,0), which R1 does not meet.
//   heritage H1 (100,250)-(160,330) in C3, river (-50,430)-(700,470).
InputSpec write_facility_district(const std::string& gpkg) {
    InputSpec spec = write_small_district(gpkg);
    auto pt = [](double x, double y) {
        return "POINT(" + std::to_string(fixture_x + x) + " " + std::to_string(fixture_y + y) + ")";
    };
    auto line = [](double x0, double y0, double x1, double y1) {
        return "LINESTRING(" + std::to_string(fixture_x + x0) + " " + std::to_string(fixture_y + y0) + "," +
               std::to_string(fixture_x + x1) + " " + std::to_string(fixture_y + y1) + ")";
    };
    auto b = [](double x0, double y0, double x1, double y1) {
        return box(fixture_x + x0, fixture_y + y0, fixture_x + x1, fixture_y + y1);
    };
    write_layer(gpkg, "GPKG", "facilities", 4545, wkbPoint, {{"id", OFTString}, {"type", OFTString}, {"name", OFTString}},
                {{{{"id", "K1"}, {"type", "kindergarten"}, {"name", "甲幼儿园"}}, pt(20, 60)}});
    write_layer(gpkg, "GPKG", "roads", 4545, wkbLineString, {{"id", OFTString}, {"class", OFTString}},
                {{{{"id", "R1"}, {"class", "local"}}, line(20, 60, 20, 20)},
                 {{{"id", "R2"}, {"class", "local"}}, line(50, 0, 200, 0)}});
    write_layer(gpkg, "GPKG", "heritage", 4545, wkbPolygon, {{"id", OFTString}, {"name", OFTString}},
                {{{{"id", "H1"}, {"name", "古井"}}, b(100, 250, 160, 330)}});
    write_layer(gpkg, "GPKG", "river", 4545, wkbPolygon, {{"name", OFTString}}, {{{{"name", "乌江"}}, b(-50, 430, 700, 470)}});
    return inputs_from_single_source(gpkg);
}

void write_facility_rules(const std::string& path) {
    std::ofstream out(path);
    out << R"({
  "walking_speed_m_per_min": {"value": 80, "clause": "test", "verified": false},
  "general": {
    "scope_adjacent_m": {"value": 100, "clause": "test", "verified": false},
    "river_buffer_m": {"value": 30, "clause": "test", "verified": false}
  },
  "types": {
    "kindergarten": {"name": "幼儿园", "radius_m": {"value": 100, "clause": "test radius", "verified": true}},
    "elderly_care": {"name": "养老", "radius_m": {"value": 250, "clause": "test radius", "verified": false}}
  }
})";
    if (!out) throw std::runtime_error("cannot write " + path);
}

}  // namespace renozone::test

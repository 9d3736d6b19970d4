#include "small_district.h"

#include "core/io/embedded_data.h"
#include "fixture.h"

namespace renozone::test {

// Communities (EPSG:4545 metres):
//   C1 甲小区  planned 实施 2021, demonstration; 200 × 200 m square with a 40 m hole
//   C2 乙小区  not planned; two parts (a MultiPolygon)
//   C3 丙小区  planned 谋划 2023, matched by name only
// Buildings and what the engine must make of them:
//   B1  C1, 6 floors, 2 stairwells, 1990 residential -> in plan, lift candidate, 2 lifts
//   B2  C1, 4 floors, 1985 mixed, people not recorded -> in plan, people = 5 × 2.68
//   B3  C1, built 2005 -> not eligible (built_2000_or_later)
//   B4  C1, commercial -> not eligible (not_residential)
//   B5  straddles C1/C2, 60 % inside C1, point-on-surface in C1 -> in plan in C1
//   B6  C3, bow-tie ring, D-grade -> repaired, in plan, rebuild area 1,150 m²
//   B7  outside every community
//   B8  empty geometry -> reported, kept
//   B9  C2 second part, 1990 residential -> eligible, not planned
//   B10 C1, recorded 2,000 m² vs 20 × 20 × 2 = 800 m² -> floor_area_mismatch
// In plan: B1 B2 B5 B10 (C1) + B6 (C3) = 5 buildings, 7,700 m², 30 households, 81.4 people.
InputSpec write_small_district(const std::string& gpkg) {
    const double x = 476000, y = 3245000;
    auto b = [&](double x0, double y0, double x1, double y1) { return box(x + x0, y + y0, x + x1, y + y1); };
    auto ring = [&](double x0, double y0, double x1, double y1) {
        std::string wkt = b(x0, y0, x1, y1);
        return wkt.substr(std::string("POLYGON").size());  // "((x y, ...))"
    };
    auto coords = [&](double x0, double y0, double x1, double y1) {
        const std::string r = ring(x0, y0, x1, y1);
        return r.substr(1, r.size() - 2);  // "(x y, ...)"
    };
    write_layer(gpkg, "GPKG", "streets", 4545, wkbPolygon, {{"code", OFTString}, {"name", OFTString}},
                {{{{"code", "500156001"}, {"name", "凤山街道"}}, b(-50, -50, 700, 500)}});
    write_layer(gpkg, "GPKG", "communities", 4545, wkbMultiPolygon,
                {{"id", OFTString}, {"name", OFTString}, {"street_code", OFTString}},
                {{{{"id", "C1"}, {"name", "甲小区"}, {"street_code", "500156001"}},
                  "MULTIPOLYGON((" + coords(0, 0, 200, 200) + "," + coords(80, 80, 120, 120) + "))"},
                 {{{"id", "C2"}, {"name", "乙小区"}, {"street_code", "500156001"}},
                  "MULTIPOLYGON(" + ring(200, 0, 400, 200) + "," + ring(500, 0, 600, 100) + ")"},
                 {{{"id", "C3"}, {"name", "丙小区"}, {"street_code", "500156001"}},
                  "MULTIPOLYGON(" + ring(0, 200, 200, 400) + ")"}});
    const std::vector<FieldDef> fields = {{"id", OFTString}, {"floors", OFTInteger}, {"built_year", OFTInteger},
                                          {"use", OFTString}, {"households", OFTInteger}, {"floor_area", OFTReal},
                                          {"people", OFTInteger}, {"stairwells", OFTInteger}, {"safety_grade", OFTString}};
    auto building = [](const char* id, const char* floors, const char* year, const char* use, const char* hh,
                       const char* area, const char* people, std::string wkt) {
        return FeatureDef{{{"id", id}, {"floors", floors}, {"built_year", year}, {"use", use}, {"households", hh},
                           {"floor_area", area}, {"people", people}},
                          std::move(wkt)};
    };
    auto b1 = building("B1", "6", "1990", "residential", "10", "2400", "30", b(10, 10, 30, 30));
    b1.values["stairwells"] = "2";
    auto b6 = building("B6", "5", "1980", "residential", "4", "1000", "10",
                       "POLYGON((476010 3245210,476030 3245230,476030 3245210,476010 3245230,476010 3245210))");
    b6.values["safety_grade"] = "D";
    write_layer(gpkg, "GPKG", "buildings", 4545, wkbPolygon, fields,
                {b1,
                 building("B2", "4", "1985", "mixed", "5", "800", "", b(40, 10, 60, 20)),
                 building("B3", "6", "2005", "residential", "12", "2400", "30", b(140, 10, 160, 30)),
                 building("B4", "3", "1990", "commercial", "0", "1200", "0", b(140, 40, 160, 60)),
                 building("B5", "3", "1995", "residential", "3", "1500", "8", b(185, 100, 210, 120)),
                 b6,
                 building("B7", "2", "1990", "residential", "1", "200", "3", b(1000, 1000, 1010, 1010)),
                 building("B8", "3", "1990", "residential", "2", "300", "5", ""),
                 building("B9", "3", "1990", "residential", "2", "300", "5", b(510, 10, 520, 20)),
                 building("B10", "2", "1992", "residential", "8", "2000", "20", b(70, 150, 90, 170))});
    write_layer(gpkg, "GPKG", "plan", 0, wkbNone,
                {{"community_id", OFTString}, {"community_name", OFTString}, {"phase", OFTString}, {"year", OFTInteger},
                 {"demonstration", OFTInteger}, {"target_buildings", OFTInteger}, {"target_floor_area", OFTReal},
                 {"target_households", OFTInteger}, {"target_people", OFTInteger}},
                {{{{"community_id", "C1"}, {"community_name", "甲小区"}, {"phase", "实施"}, {"year", "2021"},
                   {"demonstration", "1"}, {"target_buildings", "4"}, {"target_floor_area", "6000"},
                   {"target_households", "26"}, {"target_people", "70"}}, ""},
                 {{{"community_name", "丙小区"}, {"phase", "谋划"}, {"year", "2023"}, {"target_buildings", "2"},
                   {"target_floor_area", "2000"}, {"target_households", "6"}, {"target_people", "15"}}, ""},
                 {{{"community_name", "丁小区"}, {"phase", "储备"}, {"year", "2025"}}, ""}});
    write_layer(gpkg, "GPKG", "plan_targets", 0, wkbNone, {{"key", OFTString}, {"value", OFTReal}},
                {{{{"key", "communities"}, {"value", "2"}}, ""},
                 {{{"key", "buildings"}, {"value", "6"}}, ""},
                 {{{"key", "floor_area_m2"}, {"value", "8000"}}, ""},
                 {{{"key", "households"}, {"value", "32"}}, ""},
                 {{{"key", "people"}, {"value", "85"}}, ""}});
    return inputs_from_single_source(gpkg);
}

}  // namespace renozone::test

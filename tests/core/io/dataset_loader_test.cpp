#include "core/analysis/analysis.h"
#include "core/base/errors.h"
#include "core/analysis/open_district.h"
#include "core/io/dataset_loader.h"
#include "core/output/tagged_output.h"
#include "core/planning/site_rules.h"
#include "core/report/map_symbols.h"
#include "fixture.h"
#include "same_analysis.h"
#include "small_district.h"

#include <gdal_utils.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <utility>

namespace renozone {
namespace {

using test::box;
using test::TempDir;
using test::write_layer;

// Reprojects one layer of `from` into a new file with ogr2ogr's library form.
void reproject(const std::string& from, const std::string& layer, const std::string& to, const std::string& format,
               const std::string& srs, const std::vector<std::string>& extra = {}) {
    GDALDatasetH src = GDALOpenEx(from.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    ASSERT_NE(src, nullptr);
    std::vector<const char*> args = {"-f", format.c_str(), "-t_srs", srs.c_str()};
    for (const auto& arg : extra) args.push_back(arg.c_str());
    args.push_back(layer.c_str());
    args.push_back(nullptr);
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(const_cast<char**>(args.data()), nullptr);
    GDALDatasetH out = GDALVectorTranslate(to.c_str(), nullptr, 1, &src, options, nullptr);
    GDALVectorTranslateOptionsFree(options);
    ASSERT_NE(out, nullptr);
    GDALClose(out);
    GDALClose(src);
}

TEST(DatasetLoader, ChoosesGaussKrugerZoneByLongitude) {
    TempDir dir;
    const auto spec = test::write_small_district(dir.file("d.gpkg"));
    const Dataset ds = load_dataset(spec);
    EXPECT_STREQ(ds.working_srs->GetAuthorityCode(nullptr), "4545");
}

TEST(DatasetLoader, GeographicBuildingsGiveTheSameAnswer) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    reproject(dir.file("d.gpkg"), "buildings", dir.file("buildings.geojson"), "GeoJSON", "EPSG:4326");
    spec.sources["buildings"] = SourceSpec{dir.file("buildings.geojson"), "", "", false, false};
    const Dataset ds = load_dataset(spec);
    const Analysis a = analyse(ds);
    EXPECT_EQ(a.coverage.district.figures.buildings, 5);
    EXPECT_NEAR(a.coverage.district.figures.footprint_m2, 400 + 200 + 500 + 200 + 400, 0.5);
}

TEST(DatasetLoader, ReadsFlatGeobufAndSpatiaLite) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    reproject(dir.file("d.gpkg"), "buildings", dir.file("buildings.fgb"), "FlatGeobuf", "EPSG:4545");
    reproject(dir.file("d.gpkg"), "communities", dir.file("communities.sqlite"), "SQLite", "EPSG:4545",
              {"-dsco", "SPATIALITE=YES"});
    spec.sources["buildings"] = SourceSpec{dir.file("buildings.fgb"), "", "", false, false};
    spec.sources["communities"] = SourceSpec{dir.file("communities.sqlite"), "", "", false, false};
    const Analysis a = analyse(load_dataset(spec));
    EXPECT_EQ(a.coverage.district.figures.buildings, 5);
    EXPECT_NEAR(a.coverage.district.figures.floor_area_m2, 7700, 1e-6);
}

TEST(DatasetLoader, CommunitiesInAnotherCrsPickTheirZone) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    reproject(dir.file("d.gpkg"), "communities", dir.file("communities.gpkg"), "GPKG", "EPSG:4490");
    spec.sources["communities"] = SourceSpec{dir.file("communities.gpkg"), "", "", false, false};
    const Dataset ds = load_dataset(spec);
    EXPECT_STREQ(ds.working_srs->GetAuthorityCode(nullptr), "4545");  // 107.75 °E
    EXPECT_EQ(analyse(ds).coverage.district.figures.buildings, 5);
}

// A rectangle in degrees, to 1e-7° (box() rounds to 1e-3).
std::string degree_box(double x0, double y0, double x1, double y1) {
    char wkt[256];
    std::snprintf(wkt, sizeof wkt, "POLYGON((%.7f %.7f,%.7f %.7f,%.7f %.7f,%.7f %.7f,%.7f %.7f))", x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
    return wkt;
}

// Communities and buildings in geographic `epsg` coordinates, one 100 m-ish
// community with one building at each longitude given.
InputSpec lonlat_district(const TempDir& dir, int epsg, const std::vector<double>& longitudes, double latitude,
                          double width = 0.001) {
    std::vector<test::FeatureDef> communities, buildings;
    for (std::size_t i = 0; i < longitudes.size(); ++i) {
        const double x = longitudes[i];
        communities.push_back({{{"id", "C" + std::to_string(i)}, {"name", "Quartier " + std::to_string(i)}},
                               degree_box(x, latitude, x + width, latitude + 0.001)});
        buildings.push_back({{{"id", "B" + std::to_string(i)}, {"floors", "3"}, {"built_year", "1985"}},
                             degree_box(x + 0.0004, latitude + 0.0004, x + 0.0006, latitude + 0.0006)});
    }
    write_layer(dir.file("d.gpkg"), "GPKG", "communities", epsg, wkbPolygon, {{"id", OFTString}, {"name", OFTString}}, communities);
    write_layer(dir.file("d.gpkg"), "GPKG", "buildings", epsg, wkbPolygon,
                {{"id", OFTString}, {"floors", OFTInteger}, {"built_year", OFTInteger}}, buildings);
    InputSpec spec;
    spec.sources["communities"] = SourceSpec{dir.file("d.gpkg"), "", "", false, false};
    spec.sources["buildings"] = SourceSpec{dir.file("d.gpkg"), "", "", false, false};
    return spec;
}

TEST(DatasetLoader, DataOutsideChinaWorksInTheUtmZoneOfItsCentre) {
    TempDir dir;
    const Dataset ds = load_dataset(lonlat_district(dir, 4326, {7.3}, 47.9));
    EXPECT_STREQ(ds.working_srs->GetAuthorityCode(nullptr), "32632");
    EXPECT_NE(std::find_if(ds.notes.begin(), ds.notes.end(), [](const std::string& n) { return n.find("UTM zone 32N") != std::string::npos; }),
              ds.notes.end());
    const Analysis a = analyse(ds);
    EXPECT_EQ(a.coverage.district.figures.all_buildings, 1);
    // 0.0002° × 0.0002° at 47.9°N: about 22.2 m × 14.9 m, not the thousands of m² of a zone 68° away.
    EXPECT_NEAR(a.buildings[0].place.footprint_m2, 22.24 * 14.93, 5.0);
}

TEST(DatasetLoader, CommunitiesWiderThanAZoneNeedAWorkingCrsNamed) {
    {
        TempDir dir;  // 0°E to 6°E exactly: one zone's width, in CGCS2000 degrees as read
        EXPECT_STREQ(load_dataset(lonlat_district(dir, 4490, {0.0, 5.0}, 45.0, 1.0)).working_srs->GetAuthorityCode(nullptr), "32631");
    }
    {
        TempDir dir;
        auto spec = lonlat_district(dir, 4490, {0.0, 5.5}, 45.0, 1.0);  // 6.5°
        try {
            load_dataset(spec);
            FAIL() << "expected UsageError";
        } catch (const UsageError& e) {
            EXPECT_NE(std::string(e.what()).find("spans 6.5° of longitude"), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("give --working-crs"), std::string::npos) << e.what();
            EXPECT_EQ(e.english_for_forms().find("--"), std::string::npos) << e.english_for_forms();
        }
        spec.working_crs = "EPSG:32631";
        EXPECT_STREQ(load_dataset(spec).working_srs->GetAuthorityCode(nullptr), "32631");
    }
}

TEST(DatasetLoader, RefusesLayerWithoutCrsUnlessNamed) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    write_layer(dir.file("nocrs.gpkg"), "GPKG", "buildings", 0, wkbPolygon,
                {{"id", OFTString}, {"floors", OFTInteger}, {"built_year", OFTInteger}},
                {{{{"id", "X1"}, {"floors", "3"}, {"built_year", "1990"}}, box(476010, 3245010, 476020, 3245020)}});
    spec.sources["buildings"] = SourceSpec{dir.file("nocrs.gpkg"), "", "", false, false};
    try {
        load_dataset(spec);
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("has no coordinate reference system"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("--buildings-crs"), std::string::npos);
    }
    spec.sources["buildings"].crs = "EPSG:4545";
    EXPECT_EQ(load_dataset(spec).buildings.size(), 1u);
}

// The viewer and a Chinese QGIS show chinese(): the same place, the problem in
// Chinese, and no command-line option they have no use for.
TEST(DatasetLoader, ErrorsAboutTheFilesAreSaidInChineseToo) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    auto chinese_error = [&](const InputSpec& inputs) -> std::pair<std::string, std::string> {
        try {
            load_dataset(inputs);
        } catch (const InputError& e) {
            return {e.what(), e.chinese()};
        }
        ADD_FAILURE() << "no error";
        return {};
    };
    auto missing = spec;
    missing.sources["buildings"] = SourceSpec{dir.file("gone.gpkg"), "", "", false, false};
    EXPECT_EQ(chinese_error(missing), std::make_pair(dir.file("gone.gpkg") + ": no such file", dir.file("gone.gpkg") + "：文件不存在"));

    auto no_layer = spec;
    no_layer.sources["buildings"].layer = "nope";
    const auto [en, zh] = chinese_error(no_layer);
    EXPECT_EQ(zh, dir.file("d.gpkg") + "：没有图层“nope”（现有图层：" + en.substr(en.find("(layers: ") + 9, en.size() - en.find("(layers: ") - 10) + "）");

    write_layer(dir.file("nocrs.gpkg"), "GPKG", "buildings", 0, wkbPolygon, {{"id", OFTString}},
                {{{{"id", "X1"}}, box(476010, 3245010, 476020, 3245020)}});
    auto no_crs = spec;
    no_crs.sources["buildings"] = SourceSpec{dir.file("nocrs.gpkg"), "", "", false, false};
    EXPECT_EQ(chinese_error(no_crs).second, dir.file("nocrs.gpkg") + ": layer 'buildings'：没有坐标参考系");

    EXPECT_EQ(InputError("x: not said in Chinese yet").chinese(), "x: not said in Chinese yet");
    EXPECT_EQ(InputError("x", {"not said in Chinese yet", ""}).chinese(), "x: not said in Chinese yet");
}

TEST(DatasetLoader, ErrorsAboutFeaturesAreSaidInChineseToo) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    write_layer(dir.file("b.gpkg"), "GPKG", "buildings", 4545, wkbPolygon,
                {{"id", OFTString}, {"floors", OFTString}, {"built_year", OFTInteger}},
                {{{{"id", "X1"}, {"floors", "六"}, {"built_year", "1990"}}, box(476010, 3245010, 476020, 3245020)},
                 {{{"id", "X2"}, {"floors", "3"}, {"built_year", "2990"}}, box(476030, 3245010, 476040, 3245020)}});
    spec.sources["buildings"] = SourceSpec{dir.file("b.gpkg"), "", "", false, false};
    try {
        require_no_errors(load_dataset(spec));  // the loader keeps going; the shells stop here
        FAIL() << "no error";
    } catch (const InputError& e) {
        const std::string en = e.what(), zh = e.chinese();
        EXPECT_NE(en.find("floors = '六' is not a number (floors) (and 1 more error)"), std::string::npos) << en;
        EXPECT_EQ(en.find("--"), std::string::npos) << en;  // where the others are listed is each shell's to say
        EXPECT_EQ(e.more_errors(), 1u);
        EXPECT_NE(zh.find("floors = '六' 不是数字（层数）（另有 1 个错误）"), std::string::npos) << zh;
        EXPECT_EQ(zh.find("--"), std::string::npos) << zh;
        EXPECT_EQ(zh.substr(0, zh.find("floors")), en.substr(0, en.find("floors")));  // the same place
    }
}

TEST(DatasetLoader, MissingRequiredFieldNamesTheFix) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    write_layer(dir.file("c.gpkg"), "GPKG", "communities", 4545, wkbPolygon, {{"id", OFTString}, {"label", OFTString}},
                {{{{"id", "C1"}, {"label", "甲小区"}}, box(476000, 3245000, 476200, 3245200)}});
    spec.sources["communities"] = SourceSpec{dir.file("c.gpkg"), "", "", false, false};
    EXPECT_THROW(
        {
            try {
                load_dataset(spec);
            } catch (const InputError& e) {
                EXPECT_NE(std::string(e.what()).find("required field 'name' not found"), std::string::npos) << e.what();
                EXPECT_NE(std::string(e.what()).find("--field communities.name=NAME"), std::string::npos);
                throw;
            }
        },
        InputError);
    spec.mapping.add("communities.name=label");
    EXPECT_NO_THROW(load_dataset(spec));
}

// Footprints as they come from a survey or OpenStreetMap: an outline and an id,
// no floors, year or households. They load; what they cannot give is counted.
TEST(DatasetLoader, BuildingsWithOnlyAnOutlineLoadAndTheirUnknownsAreCounted) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    write_layer(dir.file("b.gpkg"), "GPKG", "buildings", 4545, wkbPolygon, {{"id", OFTString}},
                {{{{"id", "X1"}}, box(476010, 3245010, 476020, 3245020)},    // in C1, planned
                 {{{"id", "X2"}}, box(476210, 3245010, 476220, 3245020)}});  // in C2, not planned
    spec.sources["buildings"] = SourceSpec{dir.file("b.gpkg"), "", "", false, false};
    const Dataset ds = load_dataset(spec);
    ASSERT_EQ(ds.buildings.size(), 2u);
    EXPECT_FALSE(ds.buildings[0].floors);
    EXPECT_FALSE(ds.buildings[0].built_year);
    const Analysis a = analyse(ds);
    const BuildingTags& planned = a.buildings[0];
    EXPECT_STREQ(planned.eligibility(), "unknown");
    EXPECT_TRUE(planned.in_plan);  // a planned community still counts its buildings
    EXPECT_EQ(planned.unknowns(), "floors,floor_area,households");
    EXPECT_FALSE(planned.lift_candidate);
    EXPECT_STREQ(a.buildings[1].eligibility(), "unknown");
    EXPECT_FALSE(a.buildings[1].in_plan);
    const Figures& f = a.coverage.district.figures;
    EXPECT_EQ(f.all_buildings, 2);
    EXPECT_EQ(f.buildings, 1);
    EXPECT_EQ(f.eligibility_unknown, 1);
    EXPECT_EQ(f.floors_unknown, 1);
    EXPECT_EQ(f.floor_area_unknown, 1);
    EXPECT_EQ(f.households_unknown, 1);
    EXPECT_EQ(f.eligible_not_planned, 0);  // unknown is not eligible
    EXPECT_NEAR(f.footprint_m2, 100, 1e-6);
}

// The national housing survey's attributes (房屋建筑调查): 建筑层数, 建筑用途,
// 结构类型, and the built year as a period. A period wholly before the cut-off
// is before it; one that straddles it is unknown, never guessed.
TEST(DatasetLoader, HousingSurveyPeriodsAreBeforeAfterOrUnknown) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    const std::vector<std::pair<std::string, const char*>> periods = {
        {"1981-1990年", "yes"}, {"1980年以前", "yes"}, {"1991-1999年", "yes"},   {"1991-2000年", "unknown"},
        {"2000-2005年", "no"},  {"2011年以后", "no"},  {"1999年前后", "unknown"}};
    std::vector<test::FeatureDef> features;
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const double x = 476010 + 20.0 * i;
        features.push_back({{{"编号", "S" + std::to_string(i)}, {"建筑层数", "6"}, {"建筑用途", "住宅"}, {"结构类型", "砖混"},
                             {"建成年代", periods[i].first}},
                            box(x, 3245010, x + 10, 3245020)});
    }
    write_layer(dir.file("survey.gpkg"), "GPKG", "buildings", 4545, wkbPolygon,
                {{"编号", OFTString}, {"建筑层数", OFTInteger}, {"建筑用途", OFTString}, {"结构类型", OFTString}, {"建成年代", OFTString}},
                features);
    spec.sources["buildings"] = SourceSpec{dir.file("survey.gpkg"), "", "", false, false};
    const Dataset ds = load_dataset(spec);
    const Analysis a = analyse(ds);
    ASSERT_EQ(a.buildings.size(), periods.size());
    for (std::size_t i = 0; i < periods.size(); ++i) {
        EXPECT_STREQ(a.buildings[i].eligibility(), periods[i].second) << periods[i].first;
        EXPECT_EQ(ds.buildings[i].floors, 6);
        EXPECT_EQ(ds.buildings[i].structure, "砖混");
        EXPECT_EQ(ds.buildings[i].use, Use::residential);
    }
    EXPECT_EQ(a.buildings[3].reasons(), "built_period_straddles_cutoff");
    EXPECT_EQ(a.coverage.district.figures.eligibility_unknown, 2);  // in C1, planned: counted, said unknown

    // The tagged GeoPackage keeps each period, so read back it gives the same tags.
    const std::string tagged = dir.file("tagged.gpkg");
    write_tagged_geopackage(tagged, ds, a, spec, {});
    InputSpec again;
    again.sources["communities"] = SourceSpec{tagged, "", "", false, false};
    again.sources["buildings"] = SourceSpec{tagged, "", "", false, false};
    const Analysis b = analyse(load_dataset(again));
    for (std::size_t i = 0; i < periods.size(); ++i) EXPECT_STREQ(b.buildings[i].eligibility(), periods[i].second) << periods[i].first;
}

// A value the planner tells renozone to assume fills only the records without
// one, is counted and said; a value the field cannot hold is refused.
TEST(DatasetLoader, DefaultsFillOnlyTheMissingAndAreSaid) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    write_layer(dir.file("b.gpkg"), "GPKG", "buildings", 4545, wkbPolygon, {{"id", OFTString}, {"floors", OFTInteger}},
                {{{{"id", "X1"}, {"floors", "7"}}, box(476010, 3245010, 476020, 3245020)},
                 {{{"id", "X2"}, {"floors", ""}}, box(476030, 3245010, 476040, 3245020)}});
    spec.sources["buildings"] = SourceSpec{dir.file("b.gpkg"), "", "", false, false};
    spec.mapping.add_default("buildings.floors=2");
    spec.mapping.add_default("buildings.built_year=1980年以前");
    const Dataset ds = load_dataset(spec);
    EXPECT_EQ(ds.buildings[0].floors, 7);  // recorded: kept
    EXPECT_EQ(ds.buildings[1].floors, 2);
    EXPECT_EQ(ds.buildings[1].built_period->latest, 1980);
    EXPECT_NE(std::find(ds.notes.begin(), ds.notes.end(), "assumed buildings.floors = 2 for 1 buildings without it"), ds.notes.end());
    ASSERT_EQ(ds.assumptions.size(), 2u);
    const Analysis a = analyse(ds);
    EXPECT_STREQ(a.buildings[1].eligibility(), "yes");
    const Summary summary = summarise(spec, {FeatureErrors::show});  // streamed: assumed alike
    test::expect_same_analysis(ds, a, summary.dataset, summary.analysis);

    spec.mapping.add_default("buildings.floors=0");  // below the 1 floor a record may hold
    try {
        load_dataset(spec);
        FAIL() << "expected UsageError";
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "--default: buildings.floors=0: not a number from 1 to 200");
        EXPECT_EQ(e.english_for_forms(), "a default value: buildings.floors=0: not a number from 1 to 200");
    }
    FieldMapping mapping;
    EXPECT_THROW(mapping.add_default("communities.name=x"), UsageError);
    EXPECT_THROW(mapping.add_default("buildings.safety_grade=D"), UsageError);
    EXPECT_THROW(mapping.add_default("buildings.floors="), UsageError);
}

// One figure known stops its unknown: a recorded floor area needs no floors.
TEST(DatasetLoader, ARecordedFloorAreaIsKnownWithoutFloors) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    write_layer(dir.file("b.gpkg"), "GPKG", "buildings", 4545, wkbPolygon,
                {{"id", OFTString}, {"built_year", OFTInteger}, {"floor_area", OFTReal}, {"households", OFTInteger}},
                {{{{"id", "X1"}, {"built_year", "1999"}, {"floor_area", "450"}, {"households", "0"}}, box(476010, 3245010, 476020, 3245020)}});
    spec.sources["buildings"] = SourceSpec{dir.file("b.gpkg"), "", "", false, false};
    const Analysis a = analyse(load_dataset(spec));
    EXPECT_STREQ(a.buildings[0].eligibility(), "yes");  // 1999: the year just before the cut-off
    EXPECT_EQ(a.buildings[0].unknowns(), "floors");
    EXPECT_DOUBLE_EQ(a.coverage.district.figures.floor_area_m2, 450);
    EXPECT_EQ(a.coverage.district.figures.floor_area_unknown, 0);
    EXPECT_EQ(a.coverage.district.figures.households_unknown, 0);  // 0 recorded is known
}

TEST(DatasetLoader, FeatureErrorsBecomeFindings) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    write_layer(dir.file("b.gpkg"), "GPKG", "buildings", 4545, wkbUnknown,
                {{"id", OFTString}, {"floors", OFTString}, {"built_year", OFTInteger}},
                {{{{"id", "P1"}, {"floors", "3"}, {"built_year", "1990"}}, "POINT(476010 3245010)"},
                 {{{"id", "N1"}, {"floors", "-2"}, {"built_year", "1990"}}, box(476010, 3245010, 476020, 3245020)},
                 {{{"id", "T1"}, {"floors", "六层"}, {"built_year", "1990"}}, box(476030, 3245010, 476040, 3245020)},
                 {{{"id", "F1"}, {"floors", "6层"}, {"built_year", "2999"}}, box(476050, 3245010, 476060, 3245020)},
                 {{{"id", "N1"}, {"floors", "３"}, {"built_year", "1990"}}, box(476070, 3245010, 476080, 3245020)}});
    spec.sources["buildings"] = SourceSpec{dir.file("b.gpkg"), "", "", false, false};
    const Dataset ds = load_dataset(spec);
    auto codes = [&](const std::string& id) {
        std::string out;
        for (const auto& f : ds.findings.items)
            if (f.feature_id == id) out += f.code + " ";
        return out;
    };
    EXPECT_EQ(codes("P1"), "wrong_geometry_type ");
    EXPECT_EQ(codes("T1"), "not_a_number ");
    EXPECT_EQ(codes("F1"), "year_in_future ");
    EXPECT_EQ(codes("N1"), "negative_value duplicate_id ");
    EXPECT_EQ(*ds.buildings[3].floors, 6);  // "6层"
    EXPECT_EQ(*ds.buildings[4].floors, 3);  // full-width digit
    EXPECT_THROW(require_no_errors(ds), InputError);
}

// A facility of a type the styles and the rules do not know is kept, and said:
// QGIS would draw it in no class and no site rule would reach it.
TEST(DatasetLoader, AnUnknownFacilityTypeIsAWarning) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    write_layer(dir.file("f.gpkg"), "GPKG", "facilities", 4545, wkbPoint, {{"id", OFTString}, {"type", OFTString}},
                {{{{"id", "K1"}, {"type", "kindergarten"}}, "POINT(476010 3245010)"},
                 {{{"id", "M1"}, {"type", "market"}}, "POINT(476020 3245010)"},
                 {{{"id", "U1"}, {"type", ""}}, "POINT(476030 3245010)"}});
    spec.sources["facilities"] = SourceSpec{dir.file("f.gpkg"), "", "", false, false};
    const Dataset ds = load_dataset(spec);
    ASSERT_EQ(ds.facilities.size(), 3u);
    std::vector<const Finding*> unknown;
    for (const auto& f : ds.findings.items)
        if (f.code == "unknown_facility_type") unknown.push_back(&f);
    ASSERT_EQ(unknown.size(), 1u);  // not K1, and U1 has no type to be wrong
    EXPECT_EQ(unknown[0]->feature_id, "M1");
    EXPECT_EQ(unknown[0]->severity, Severity::warning);
    EXPECT_NE(unknown[0]->message.find("type 'market' is none of elderly_care"), std::string::npos) << unknown[0]->message;
    EXPECT_NE(unknown[0]->message_zh.find("设施类型 'market'"), std::string::npos) << unknown[0]->message_zh;
}

// The types the data model knows are those the map draws and the default rules check.
TEST(DatasetLoader, FacilityTypesAreTheStylesAndTheRulesTypes) {
    const std::set<std::string> model(known_facility_types().begin(), known_facility_types().end());
    const auto symbols = facility_symbol_types();
    EXPECT_EQ(model, std::set<std::string>(symbols.begin(), symbols.end()));
    const auto rules = load_default_site_rules().type_names();
    EXPECT_EQ(model, std::set<std::string>(rules.begin(), rules.end()));
}

TEST(DatasetLoader, GbkShapefileWithChineseFieldNames) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    const std::string shp = dir.file("楼栋.shp");
    write_layer(shp, "ESRI Shapefile", "楼栋", 4545, wkbPolygon,
                {{"编号", OFTString}, {"层数", OFTInteger}, {"建成年代", OFTString}, {"户数", OFTInteger}, {"用途", OFTString}},
                {{{{"编号", "G1"}, {"层数", "7"}, {"建成年代", "1988年"}, {"户数", "21"}, {"用途", "住宅"}},
                  box(476010, 3245010, 476030, 3245030)}},
                {"ENCODING=GBK"});
    spec.sources["buildings"] = SourceSpec{shp, "", "", false, false};
    {
        const Dataset ds = load_dataset(spec);
        ASSERT_EQ(ds.buildings.size(), 1u);
        EXPECT_EQ(ds.buildings[0].id, "G1");
        EXPECT_EQ(*ds.buildings[0].floors, 7);
        EXPECT_EQ(*ds.buildings[0].built_year, 1988);
        EXPECT_EQ(ds.buildings[0].use, Use::residential);
    }
    std::filesystem::remove(dir.file("楼栋.cpg"));  // now GDAL cannot know the encoding
    EXPECT_THROW(load_dataset(spec), InputError);
    spec.encoding = "GBK";
    EXPECT_EQ(*load_dataset(spec).buildings[0].households, 21);
}

}  // namespace
}  // namespace renozone

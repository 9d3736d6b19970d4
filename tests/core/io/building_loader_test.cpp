#include "core/analysis/open_district.h"
#include "core/io/dataset_loader.h"
#include "core/io/embedded_data.h"
#include "fixture.h"
#include "same_analysis.h"
#include "small_district.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace renozone {
namespace {

using test::box;

// A buildings layer with one of everything the loader must cope with, many
// times over so that small batches split it at every possible place.
InputSpec write_messy_district(const std::string& gpkg) {
    InputSpec spec = test::write_small_district(gpkg);
    const std::string messy = gpkg + ".buildings.gpkg";
    std::vector<test::FeatureDef> rows;
    for (int r = 0; r < 30; ++r) {
        const double x = 476000 + 7 * r, y = 3245000;
        const std::string n = std::to_string(r);
        auto row = [&](std::string id, std::string floors, std::string year, std::string use, std::string wkt) {
            return test::FeatureDef{{{"id", id}, {"floors", floors}, {"built_year", year}, {"use", use},
                                     {"households", "3"}, {"floor_area", "120.5"}},
                                    std::move(wkt)};
        };
        rows.push_back(row("A" + n, "6层", "1990年", "住宅", box(x + 1, y + 1, x + 5, y + 5)));
        rows.push_back(row("B" + n, "abc", "2999", "spaceship", box(x + 1, y + 11, x + 5, y + 15)));
        rows.push_back(row("A" + n, "-3", "", "mixed", box(x + 1, y + 21, x + 5, y + 25)));  // duplicate id
        rows.push_back(row("", " 4 ", "1985", "", "POLYGON((" + std::to_string(x) + " 3245210," + std::to_string(x + 5) +
                                               " 3245215," + std::to_string(x + 5) + " 3245210," + std::to_string(x) +
                                               " 3245215," + std::to_string(x) + " 3245210))"));  // bow-tie, no id
        rows.push_back(row("M" + n, "3", "1970", "commercial",
                           "MULTIPOLYGON(((" + std::to_string(x) + " 3245100," + std::to_string(x + 3) + " 3245100," +
                               std::to_string(x + 3) + " 3245103," + std::to_string(x) + " 3245100)),((" +
                               std::to_string(x) + " 3245150," + std::to_string(x + 3) + " 3245150," +
                               std::to_string(x + 3) + " 3245153," + std::to_string(x) + " 3245150)))"));
        rows.push_back(row("Z" + n, "2", "1960", "residential",
                           "POLYGON Z((" + std::to_string(x) + " 3245300 5," + std::to_string(x + 4) + " 3245300 5," +
                               std::to_string(x + 4) + " 3245304 5," + std::to_string(x) + " 3245300 5))"));
        rows.push_back(row("E" + n, "2", "1960", "residential", ""));
        rows.push_back(row("P" + n, "2", "1960", "residential", "POINT(" + std::to_string(x) + " 3245000)"));
        rows.push_back(row("H" + n, "2", "1960", "residential",
                           "POLYGON((" + std::to_string(x) + " 3245400," + std::to_string(x + 6) + " 3245400," +
                               std::to_string(x + 6) + " 3245406," + std::to_string(x) + " 3245406," + std::to_string(x) +
                               " 3245400),(" + std::to_string(x + 2) + " 3245402," + std::to_string(x + 2) + " 3245404," +
                               std::to_string(x + 4) + " 3245404," + std::to_string(x + 4) + " 3245402," +
                               std::to_string(x + 2) + " 3245402))"));
    }
    test::write_layer(messy, "GPKG", "buildings", 4545, wkbUnknown,
                      {{"id", OFTString}, {"floors", OFTString}, {"built_year", OFTString}, {"use", OFTString},
                       {"households", OFTInteger}, {"floor_area", OFTReal}},
                      rows);
    spec.sources["buildings"] = SourceSpec{messy, "", "", false, false};
    return spec;
}

void expect_same(const Dataset& a, const Dataset& b) {
    ASSERT_EQ(a.buildings.size(), b.buildings.size());
    GEOSContextHandle_t ctx = a.geos->get();
    for (std::size_t i = 0; i < a.buildings.size(); ++i) {
        const Building& x = a.buildings[i];
        const Building& y = b.buildings[i];
        SCOPED_TRACE("building " + std::to_string(i) + " " + x.id);
        EXPECT_EQ(x.fid, y.fid);
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.name, y.name);
        EXPECT_EQ(x.floors, y.floors);
        EXPECT_EQ(x.built_year, y.built_year);
        EXPECT_EQ(x.households, y.households);
        EXPECT_EQ(x.floor_area, y.floor_area);
        EXPECT_EQ(x.use, y.use);
        EXPECT_EQ(x.use_recorded, y.use_recorded);
        EXPECT_EQ(x.repaired, y.repaired);
        ASSERT_EQ(!x.geom, !y.geom);
        if (x.geom) {
            EXPECT_EQ(GEOSGeomTypeId_r(ctx, x.geom.get()), GEOSGeomTypeId_r(ctx, y.geom.get()));
            EXPECT_EQ(GEOSEqualsExact_r(ctx, x.geom.get(), y.geom.get(), 0), 1);
        }
    }
    test::expect_same_findings(a.findings, b.findings);
    EXPECT_TRUE(a.building_extent.IsInit());
    EXPECT_EQ(a.building_extent, b.building_extent);
}

// A summary that counts the buildings' notes keeps every other finding, in
// order, and counts as many notes as the full analysis lists.
void expect_notes_counted(const Analysis& listed, const Analysis& counted) {
    auto codes = [](const Findings& f, bool notes) {
        std::vector<std::string> out;
        for (const auto& item : f.items)
            if (notes || item.severity != Severity::info) out.push_back(item.code + " " + item.feature_id);
        return out;
    };
    EXPECT_EQ(codes(listed.discrepancies, false), codes(counted.discrepancies, false));
    EXPECT_LT(codes(counted.discrepancies, true).size(), codes(listed.discrepancies, true).size());  // notes were dropped
    for (const Severity s : {Severity::info, Severity::warning, Severity::error})
        EXPECT_EQ(listed.discrepancies.count(s), counted.discrepancies.count(s));
}

Parallelism serial_features() {
    Parallelism p;
    p.threads = 1;
    p.arrow_stream = false;
    return p;
}

// The reference is one thread reading OGR features, as the loader first did;
// Arrow batches and worker threads, in small batches, must give the same, and
// so must the summary that streams the buildings through the analysis.
void expect_every_way_the_same(const InputSpec& spec) {
    const Dataset reference = load_dataset(spec, {}, serial_features());
    const Analysis analysed = analyse(reference);
    for (const bool arrow : {false, true})
        for (const int threads : {1, 3})
            for (const std::size_t batch : {std::size_t(0), std::size_t(7)}) {
                SCOPED_TRACE("arrow " + std::to_string(arrow) + ", threads " + std::to_string(threads) + ", batch " +
                             std::to_string(batch));
                expect_same(reference, load_dataset(spec, {}, Parallelism{threads, batch, arrow}));
                const Summary summary = summarise(spec, {FeatureErrors::show, Parallelism{threads, batch, arrow}});
                EXPECT_TRUE(summary.dataset.buildings.empty());
                test::expect_same_analysis(reference, analysed, summary.dataset, summary.analysis);
                expect_notes_counted(analysed, summarise(spec, {FeatureErrors::show, Parallelism{threads, batch, arrow}}, {},
                                                         Notes::counted).analysis);
            }
}

TEST(BuildingLoader, MessyLayerReadsTheSameEveryWay) {
    test::TempDir dir;
    const InputSpec spec = write_messy_district(dir.file("d.gpkg"));
    const Dataset ds = load_dataset(spec, {}, serial_features());
    ASSERT_EQ(ds.buildings.size(), 270u);
    // The fixture does hold what it claims: bad values, duplicates, repairs, refusals.
    auto count = [&](const std::string& code) {
        return std::count_if(ds.findings.items.begin(), ds.findings.items.end(), [&](const Finding& f) { return f.code == code; });
    };
    EXPECT_EQ(count("duplicate_id"), 30);
    EXPECT_EQ(count("not_a_number"), 30);
    EXPECT_EQ(count("year_in_future"), 30);
    EXPECT_EQ(count("negative_value"), 30);
    EXPECT_EQ(count("wrong_geometry_type"), 30);
    EXPECT_EQ(count("empty_geometry"), 30);
    EXPECT_EQ(ds.findings.repairs.size(), 30u);
    EXPECT_EQ(ds.buildings[3].id, "fid 4");
    EXPECT_EQ(ds.buildings[0].floors, 6);
    expect_every_way_the_same(spec);
}

// The loader sizes its records from the layer's own count; a GeoPackage whose
// count is wrong (fewer or more than its rows) must still read every row once.
TEST(BuildingLoader, MiscountedGeoPackageReadsTheSameEveryWay) {
    for (const int claimed : {100, 1000}) {
        SCOPED_TRACE("claims " + std::to_string(claimed) + " features");
        test::TempDir dir;
        const InputSpec spec = write_messy_district(dir.file("d.gpkg"));
        const std::string path = spec.sources.at("buildings").path;
        {
            GDALDatasetUniquePtr gpkg(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            ASSERT_TRUE(gpkg);
            gpkg->ExecuteSQL(("UPDATE gpkg_ogr_contents SET feature_count = " + std::to_string(claimed)).c_str(), nullptr, nullptr);
        }
        GDALDatasetUniquePtr check(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
        ASSERT_EQ(check->GetLayer(0)->GetFeatureCount(FALSE), claimed);  // GDAL believes it
        EXPECT_EQ(load_dataset(spec, {}, serial_features()).buildings.size(), 270u);
        expect_every_way_the_same(spec);
    }
}

TEST(BuildingLoader, EmbeddedDataReadsTheSameEveryWay) {
    InputSpec spec = inputs_from_single_source(embedded_dataset_path());
    expect_every_way_the_same(spec);
}

}  // namespace
}  // namespace renozone

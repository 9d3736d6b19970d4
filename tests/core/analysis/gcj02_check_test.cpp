#include "core/analysis/analysis.h"
#include "core/analysis/open_district.h"
#include "core/geometry/gcj02.h"
#include "core/io/dataset_loader.h"
#include "fixture.h"
#include "same_analysis.h"
#include "small_district.h"

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace renozone {
namespace {

// Shifts longitude/latitude the way Chinese web maps do.
class ToGcj02 final : public OGRCoordinateTransformation {
public:
    ToGcj02() { srs_.importFromEPSG(4326); }
    OGRCoordinateTransformation* Clone() const override { return new ToGcj02(); }
    OGRSpatialReference* GetSourceCS() override { return &srs_; }
    OGRSpatialReference* GetTargetCS() override { return &srs_; }
    OGRCoordinateTransformation* GetInverse() const override { return nullptr; }
    int Transform(int n, double* x, double* y, double*, double*, int* ok) override {
        for (int i = 0; i < n; ++i) {
            const LonLat p = wgs84_to_gcj02({x[i], y[i]});
            x[i] = p.lon, y[i] = p.lat;
            if (ok) ok[i] = TRUE;
        }
        return TRUE;
    }

private:
    OGRSpatialReference srs_;
};

// The small district's buildings as a web map would give them: lon/lat with the GCJ-02 offset.
std::string write_gcj02_buildings(const std::string& gpkg, const test::TempDir& dir) {
    const std::string lonlat = dir.file("buildings_wgs84.geojson");
    GDALDatasetH src = GDALOpenEx(gpkg.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    const char* args[] = {"-f", "GeoJSON", "-t_srs", "EPSG:4326", "buildings", nullptr};
    auto* options = GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
    GDALClose(GDALVectorTranslate(lonlat.c_str(), nullptr, 1, &src, options, nullptr));
    GDALVectorTranslateOptionsFree(options);
    GDALClose(src);

    const std::string shifted = dir.file("buildings_amap.geojson");
    GDALDatasetUniquePtr in(GDALDataset::Open(lonlat.c_str(), GDAL_OF_VECTOR));
    GDALDatasetUniquePtr out(GetGDALDriverManager()->GetDriverByName("GeoJSON")->Create(shifted.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRLayer* source = in->GetLayer(0);
    OGRLayer* target = out->CreateLayer("buildings", source->GetSpatialRef(), wkbPolygon, nullptr);
    for (int i = 0; i < source->GetLayerDefn()->GetFieldCount(); ++i) target->CreateField(source->GetLayerDefn()->GetFieldDefn(i));
    ToGcj02 shift;
    for (auto& f : *source) {
        OGRFeature copy(target->GetLayerDefn());
        copy.SetFrom(f.get());
        if (OGRGeometry* g = copy.GetGeometryRef()) g->transform(&shift);
        EXPECT_EQ(target->CreateFeature(&copy), OGRERR_NONE);
    }
    return shifted;
}

bool suspected(const Analysis& a, const std::string& layer) {
    return std::any_of(a.discrepancies.items.begin(), a.discrepancies.items.end(),
                       [&](const Finding& f) { return f.code == "gcj02_suspected" && f.layer == layer; });
}

TEST(Gcj02Check, FindsTheOffsetInTheDataAndConvertsOnRequest) {
    test::TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    const std::string amap = write_gcj02_buildings(dir.file("d.gpkg"), dir);
    spec.sources["buildings"] = SourceSpec{amap, "", "", false, false};
    const Dataset loaded = load_dataset(spec);
    const Analysis shifted = analyse(loaded);
    EXPECT_TRUE(suspected(shifted, "buildings"));
    EXPECT_EQ(shifted.coverage.district.figures.buildings, 0);  // every building lands off its community
    const Summary summary = summarise(spec, {FeatureErrors::show});  // the buildings streamed, not kept
    test::expect_same_analysis(loaded, shifted, summary.dataset, summary.analysis);

    spec.sources["buildings"].gcj02 = true;
    const Analysis converted = analyse(load_dataset(spec));
    EXPECT_FALSE(suspected(converted, "buildings"));
    EXPECT_EQ(converted.coverage.district.figures.buildings, 5);
    EXPECT_NEAR(converted.coverage.district.figures.footprint_m2, 1700, 1.0);
}

TEST(Gcj02Check, QuietOnOrdinaryLonLatData) {
    test::TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    GDALDatasetH src = GDALOpenEx(dir.file("d.gpkg").c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    const char* args[] = {"-f", "GeoJSON", "-t_srs", "EPSG:4326", "buildings", nullptr};
    auto* options = GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
    GDALClose(GDALVectorTranslate(dir.file("b.geojson").c_str(), nullptr, 1, &src, options, nullptr));
    GDALVectorTranslateOptionsFree(options);
    GDALClose(src);
    spec.sources["buildings"] = SourceSpec{dir.file("b.geojson"), "", "", false, false};
    EXPECT_FALSE(suspected(analyse(load_dataset(spec)), "buildings"));
}

}  // namespace
}  // namespace renozone

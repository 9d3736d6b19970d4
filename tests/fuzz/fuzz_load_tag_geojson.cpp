// Fuzzes the whole load-and-tag path on a buildings GeoJSON: GDAL's reader,
// attribute and geometry checks, repairs, assignment to the one community
// below, coverage and discrepancies.
#include "core/analysis/analysis.h"
#include "core/io/dataset_loader.h"
#include "fuzz_support.h"

using namespace renozone;

namespace {

// FS14 油房沟小区 from the embedded data, in EPSG:4545.
constexpr const char* communities_geojson = R"({"type": "FeatureCollection", "name": "communities",
"crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4545"}},
"features": [{"type": "Feature", "properties": {"id": "FS14", "name": "油房沟小区", "street_code": "500156001"},
"geometry": {"type": "MultiPolygon", "coordinates": [[[[474921.001, 3245815.617], [474944.623, 3245793.457],
[474998.413, 3245800.986], [475102.169, 3245805.015], [475121.666, 3245826.15], [475117.881, 3245876.124],
[475118.575, 3245942.868], [475118.834, 3246007.763], [475060.655, 3246003.585], [474921.228, 3245994.372],
[474921.001, 3245815.617]]]]}}]})";

constexpr const char* plan_csv = "community_id,community_name,phase,year,target_households\nFS14,油房沟小区,实施,2021,120\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fuzz::MemoryFile communities("/vsimem/fuzz/communities.geojson", communities_geojson);
    static const fuzz::MemoryFile plan("/vsimem/fuzz/plan.csv", plan_csv);
    const fuzz::MemoryFile buildings("/vsimem/fuzz/buildings.geojson", fuzz::text_of(data, size));
    InputSpec inputs;
    inputs.sources["communities"] = SourceSpec{communities.path(), "", "", false, false};
    inputs.sources["buildings"] = SourceSpec{buildings.path(), "", "", false, false};
    inputs.sources["plan"] = SourceSpec{plan.path(), "", "", false, false};
    fuzz::expect_only_renozone_errors([&] {
        const Dataset ds = load_dataset(inputs);
        const Analysis analysis = analyse(ds);
        if (analysis.buildings.size() != ds.buildings.size()) std::abort();
        const auto& district = analysis.coverage.district.figures;
        if (district.buildings < 0 || static_cast<std::size_t>(district.buildings) > ds.buildings.size()) std::abort();
    });
    return 0;
}

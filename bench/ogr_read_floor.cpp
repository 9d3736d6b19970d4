// The floor of every renozone job: read every feature of one layer with OGR
// and nothing else. `--arrow` reads through GDAL's Arrow stream instead, to
// see whether batch reading is faster for the driver at hand.
#include <gdal_priv.h>
#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

namespace {

long long read_features(OGRLayer& layer) {
    long long count = 0;
    for (auto& feature : layer) count += feature->GetGeometryRef() ? 1 : 0;
    return count;
}

long long read_arrow(OGRLayer& layer) {
    ArrowArrayStream stream{};
    if (!layer.GetArrowStream(&stream, nullptr)) return -1;
    long long count = 0;
    for (;;) {
        ArrowArray batch{};
        if (stream.get_next(&stream, &batch) != 0 || !batch.release) break;
        count += batch.length;
        batch.release(&batch);
    }
    stream.release(&stream);
    return count;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s SOURCE [LAYER] [--arrow]\n", argv[0]);
        return 2;
    }
    bool arrow = false;
    std::string layer_name = "buildings";
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--arrow") == 0) arrow = true;
        else layer_name = argv[i];
    }
    GDALAllRegister();
    const auto start = std::chrono::steady_clock::now();
    GDALDatasetUniquePtr ds(GDALDataset::Open(argv[1], GDAL_OF_VECTOR | GDAL_OF_READONLY));
    OGRLayer* layer = ds ? ds->GetLayerByName(layer_name.c_str()) : nullptr;
    if (!layer) {
        std::fprintf(stderr, "cannot open layer %s of %s\n", layer_name.c_str(), argv[1]);
        return 1;
    }
    const long long count = arrow ? read_arrow(*layer) : read_features(*layer);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%lld features in %.3f s (%s)\n", count, seconds, arrow ? "arrow stream" : "feature loop");
    return count < 0 ? 1 : 0;
}

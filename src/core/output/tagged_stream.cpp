#include "core/output/tagged_stream.h"

#include "core/analysis/streamed_analysis.h"
#include "core/analysis/tagged_columns.h"
#include "core/base/atomic_file.h"
#include "core/base/gdal_errors.h"
#include "core/geometry/geos_to_ogr.h"
#include "core/io/dataset_loader.h"
#include "core/io/gpkg_fields.h"
#include "core/output/tagged_layers.h"

#include <optional>

namespace renozone {
namespace {

// The analysis of each batch and its footprints as OGR geometries, made on the worker.
struct WrittenBatch final : StreamedBatch {
    std::unique_ptr<StreamedBatch> analysed;
    std::vector<std::unique_ptr<OGRGeometry>> footprints;
};

// Streams the buildings through the analysis into the buildings layer, in one
// transaction that finish() commits.
class TaggingStream final : public BuildingStream {
public:
    TaggingStream(GDALDataset& out, const OutputOptions& options) : out_(out), options_(options) {}

    bool keeps_footprints() const override { return true; }

    void begin(const Dataset& ds) override {
        analysis_.begin(ds);
        ds_ = &ds;
        if (!buildings_) {
            notice_ = notice_of(ds, options_);
            communities_ = &create_community_layer(out_, ds, notice_);
            communities_->SyncToDisk();  // its table now, so the file lists it first, as a whole write does
        } else {  // read again from the first building (a damaged Arrow stream): the rows so far go
            row_.reset();
            if (out_.CommitTransaction() != OGRERR_NONE) throw_output_error(out_, "cannot commit the changes");
            for (int i = 0; i < out_.GetLayerCount(); ++i)
                if (out_.GetLayer(i) == buildings_ && out_.DeleteLayer(i) != OGRERR_NONE)
                    throw_output_error(out_, "cannot drop the buildings written before the layer was read again");
        }
        buildings_ = &create_building_layer(out_, ds, notice_);
        row_.emplace(*buildings_);
        if (out_.StartTransaction() != OGRERR_NONE) throw_output_error(out_, "cannot start a transaction");
    }

    std::unique_ptr<StreamedBatch> work(const std::vector<Building>& buildings, const std::vector<Placement>& places,
                                        GEOSContextHandle_t ctx) const override {
        auto batch = std::make_unique<WrittenBatch>();
        batch->analysed = analysis_.work(buildings, places, ctx);
        batch->footprints.reserve(buildings.size());
        for (const Building& b : buildings) batch->footprints.push_back(to_ogr_multipolygon(ctx, b.geom.get()));
        return batch;
    }

    void take(const std::vector<Building>& buildings, const std::vector<Placement>& places, StreamedBatch& worked) override {
        auto& batch = static_cast<WrittenBatch&>(worked);
        const auto& tags = static_cast<const StreamedAnalysis::TaggedBatch&>(*batch.analysed).tags;
        for (std::size_t i = 0; i < buildings.size(); ++i) {
            row_->set_all(building_columns(), TaggedBuilding{*ds_, analysis_.community_tags(), buildings[i], tags[i]});
            row_->set_geometry(std::move(batch.footprints[i]));
            row_->insert();
        }
        analysis_.take(buildings, places, *batch.analysed);
    }

    // Once the dataset is loaded: the buildings committed, the analysis.
    Analysis finish(const Dataset& ds) {
        row_.reset();
        if (out_.CommitTransaction() != OGRERR_NONE) throw_output_error(out_, "cannot commit the changes");
        return std::move(analysis_).finish(ds);
    }
    OGRLayer& communities() const { return *communities_; }
    const std::string& notice() const { return notice_; }

private:
    GDALDataset& out_;
    const OutputOptions& options_;
    StreamedAnalysis analysis_;
    const Dataset* ds_ = nullptr;
    std::string notice_;
    OGRLayer* communities_ = nullptr;
    OGRLayer* buildings_ = nullptr;
    std::optional<FeatureRow> row_;
};

}  // namespace

Summary stream_tagged_geopackage(const std::string& path, const InputSpec& inputs, const OpenPolicy& policy,
                                 const OutputOptions& options, const ProgressFn& progress) {
    init_gdal();
    AtomicFile file(path, options.overwrite);
    Summary summary;
    {
        GDALDatasetUniquePtr out = create_geopackage(file.temp_path(), path);
        TaggingStream stream(*out, options);
        summary.dataset = load_dataset(inputs, progress, policy.parallelism, &stream);
        const Dataset& ds = summary.dataset;
        apply_policy(policy.feature_errors, ds.findings);
        summary.analysis = stream.finish(ds);
        apply_policy(policy.feature_errors, summary.analysis.discrepancies);  // the plan naming a missing community
        write_communities(*out, stream.communities(), ds, summary.analysis);
        const auto copied = write_layers_after_buildings(*out, ds, summary.analysis, inputs);
        finish_tagged_geopackage(*out, path, ds, stream.notice(), copied);
    }
    file.commit();
    return summary;
}

}  // namespace renozone

#include "core/io/building_loader.h"

#include "core/base/batch_pipeline.h"
#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/base/year_range.h"
#include "core/geometry/building_placer.h"
#include "core/io/attribute_reader.h"
#include "core/io/building_defaults.h"
#include "core/io/building_stream.h"
#include "core/io/duplicate_ids.h"
#include "core/io/geometry_reader.h"
#include "core/io/row_batch.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <exception>
#include <thread>
#include <utility>

namespace renozone {
namespace {

enum Slot { id, name, address, floors, built_year, built_period, households, people, stairwells, floor_area, use, structure, safety_grade, heritage, slots };
constexpr std::array<const char*, slots> slot_names = {"id", "name", "address", "floors", "built_year", "built_period", "households",
                                                      "people", "stairwells", "floor_area", "use", "structure", "safety_grade", "heritage"};
using FieldIndexes = std::array<int, slots>;

// A batch of rows and where its buildings go: straight into the dataset's
// vectors, sized beforehand from the layer's cheap feature count, so a million
// buildings are neither copied nor held twice; null when they did not fit.
struct Batch {
    std::unique_ptr<RowBatch> rows;
    Building* buildings = nullptr;
};

struct BatchResult {
    std::vector<Building> buildings;  // the batch's buildings when they did not fit, or are streamed
    std::vector<Placement> places;    // streamed only
    std::unique_ptr<StreamedBatch> streamed;
    Findings findings;
    OGREnvelope extent;
    std::vector<long long> filled;  // buildings given each assumed value
};

void grow(OGREnvelope& extent, const Envelope& box) {
    OGREnvelope one;
    one.MinX = box.min_x, one.MinY = box.min_y, one.MaxX = box.max_x, one.MaxY = box.max_y;
    extent.Merge(one);
}

void grow(OGREnvelope& extent, GEOSContextHandle_t ctx, const GEOSGeometry* geom) {
    if (const auto box = envelope_of(ctx, geom)) grow(extent, *box);
}

// One worker thread's state: its GEOS context and geometry reader (whose
// coordinate transformations are not shared between threads), and, when the
// buildings are streamed, its placer.
class BuildingWorker {
public:
    BuildingWorker(OpenLayer& layer, const Dataset& ds, const FieldIndexes& fields, const BuildingDefaults& defaults,
                   const CommunityIndex* measure_in, const BuildingStream* stream)
        : layer_(layer),
          fields_(fields),
          defaults_(defaults),
          stream_(stream),
          keep_ctx_(ds.geos->get()),
          this_year_(current_year()),
          geometry_(ctx_, layer.srs(), *ds.working_srs, layer.spec().gcj02, layer.kind(), layer.where()) {
        if (measure_in) placer_ = std::make_unique<BuildingPlacer>(ds, *measure_in);
    }

    void operator()(Batch& batch, BatchResult& out) {
        AttributeReader attributes(layer_, out.findings);
        RowBatch& rows = *batch.rows;
        Building* buildings = batch.buildings;
        if (!buildings) {
            out.buildings.resize(rows.size());
            buildings = out.buildings.data();
            if (placer_) out.places.resize(rows.size());
        }
        out.filled = defaults_.no_fills();
        for (std::size_t row = 0; row < rows.size(); ++row) {
            Building& b = buildings[row];
            const FeatureKey key = read_attributes(rows, row, attributes, b, out.findings);
            defaults_.apply(b, out.filled);
            const std::size_t repairs_before = out.findings.repairs.size();
            if (!placer_) keep_geometry(rows, row, key, b, out);
            else if (!stream_->keeps_footprints()) measure_geometry(rows, row, key, out.places[row], out);
            else {
                keep_geometry(rows, row, key, b, out);
                placer_->place(b.geom.get(), out.places[row]);
            }
            b.repaired = out.findings.repairs.size() > repairs_before;
        }
        if (stream_) out.streamed = stream_->work(out.buildings, out.places, ctx_.get());
    }

private:
    FeatureKey read_attributes(RowBatch& in, std::size_t row, AttributeReader& attributes, Building& b, Findings& findings) {
        auto text = [&](Slot s) { return in.text(row, fields_[s]); };
        auto number = [&](Slot s) { return in.number(row, fields_[s]); };
        b.fid = in.fid(row);
        const FieldValue id_value = text(id);
        const std::string id_text = id_value.kind == FieldValue::Kind::null ? std::string() : trim(id_value.text);
        b.id = id_text.empty() ? "fid " + std::to_string(b.fid) : id_text;
        const FeatureKey key(b.fid, id_text.empty() ? std::string_view() : std::string_view(b.id));  // outlives this call
        b.name = attributes.text(text(name), "name", key).value_or("");
        b.address = attributes.text(text(address), "address", key).value_or("");
        b.floors = attributes.integer(number(floors), "floors", key, building_limits::floors);
        const FieldValue year = number(built_year);
        if (year.kind == FieldValue::Kind::text) b.built_period = parse_year_range(year.text);
        if (!b.built_period) b.built_year = attributes.integer(year, "built_year", key, building_limits::built_year(this_year_));
        if (!b.built_year && !b.built_period)
            if (const FieldValue period = text(built_period); period.kind == FieldValue::Kind::text) b.built_period = parse_year_range(period.text);
        b.households = attributes.integer(number(households), "households", key, building_limits::households);
        b.people = attributes.integer(number(people), "people", key, building_limits::people);
        b.stairwells = attributes.integer(number(stairwells), "stairwells", key, building_limits::stairwells);
        b.floor_area = attributes.number(number(floor_area), "floor_area", key, building_limits::floor_area);
        if (auto used = attributes.text(text(use), "use", key)) {
            b.use = parse_use(*used);
            b.use_recorded = true;
            if (b.use == Use::unknown)
                findings.add(Severity::warning, "unknown_use", "buildings", b.id,
                             layer_.where() + ": " + key.ref().label,
                             Problem{": use '" + abbreviate(*used) + "' is not one of " + known_uses,
                                     "：用途 '" + abbreviate(*used) + "' 不是住宅、商住、商业、公共、工业之一"});
        }
        b.structure = attributes.text(text(structure), "structure", key).value_or("");
        if (auto grade = attributes.text(text(safety_grade), "safety_grade", key)) b.safety_grade = to_lower_ascii(*grade) == "d" ? "D" : *grade;
        if (auto flag = attributes.integer(number(heritage), "heritage", key, {0, 1, "heritage flag 0/1", "历史建筑标记 0/1"})) b.heritage = *flag == 1;
        return key;
    }

    void keep_geometry(RowBatch& in, std::size_t row, const FeatureKey& key, Building& b, BatchResult& out) {
        const RowGeometry g = in.geometry(row);
        GeomPtr geom = g.ogr ? geometry_.read_polygonal(g.ogr, key, out.findings)
                             : geometry_.read_polygonal_wkb(g.wkb.empty() ? nullptr : g.wkb.data(), g.wkb.size(), key, out.findings);
        grow(out.extent, ctx_, geom.get());
        b.geom = GeomPtr(geom.release(), GeomDeleter{keep_ctx_});  // outlives this thread's context
    }

    void measure_geometry(RowBatch& in, std::size_t row, const FeatureKey& key, Placement& place, BatchResult& out) {
        const RowGeometry g = in.geometry(row);
        const GeometryReader::Footprint footprint =
            g.ogr ? geometry_.read_footprint(g.ogr, key, out.findings)
                  : geometry_.read_footprint_wkb(g.wkb.empty() ? nullptr : g.wkb.data(), g.wkb.size(), key, out.findings);
        if (footprint.rings) {
            grow(out.extent, footprint.rings->envelope());
            placer_->place(*footprint.rings, place);
        } else {
            grow(out.extent, ctx_, footprint.geom.get());
            placer_->place(footprint.geom.get(), place);
        }
    }

    OpenLayer& layer_;
    const FieldIndexes& fields_;
    const BuildingDefaults& defaults_;
    const BuildingStream* stream_;
    GEOSContextHandle_t keep_ctx_;
    int this_year_;
    GeosContext ctx_;
    GeometryReader geometry_;
    std::unique_ptr<BuildingPlacer> placer_;
};

// What the dataset keeps of every batch, in input order: its findings (a
// layer in the wrong encoding says so once), extent and assumed values.
class BatchMerger {
public:
    BatchMerger(Dataset& ds, const BuildingDefaults& defaults)
        : ds_(ds), items_(ds.findings.items.size()), repairs_(ds.findings.repairs.size()), extent_(ds.building_extent),
          filled_(defaults.no_fills()) {}

    void merge(BatchResult& r) {
        ds_.building_extent.Merge(r.extent);
        for (auto& f : r.findings.items) {
            const bool encoding = f.code == "not_utf8" || f.code == "encoding_suspect";
            if (encoding && std::exchange(reported_encoding_, true)) continue;
            ds_.findings.items.push_back(std::move(f));
        }
        for (auto& repair : r.findings.repairs) ds_.findings.repairs.push_back(std::move(repair));
        for (std::size_t k = 0; k < r.filled.size(); ++k) filled_[k] += r.filled[k];
    }
    // Forgets what was merged: the layer is read again.
    void start_over() {
        ds_.findings.items.resize(items_);
        ds_.findings.repairs.resize(repairs_);
        ds_.building_extent = extent_;
        reported_encoding_ = false;
        std::fill(filled_.begin(), filled_.end(), 0);
    }
    const std::vector<long long>& filled() const { return filled_; }

private:
    Dataset& ds_;
    std::size_t items_, repairs_;
    OGREnvelope extent_;
    bool reported_encoding_ = false;
    std::vector<long long> filled_;
};

// How many rows a source can plausibly hold: two million, or for a file one
// row per 64 bytes of it (a footprint takes more than that), so ten million
// buildings in a 2.6 GB GeoPackage are sized at once instead of held twice.
std::size_t plausible_rows(const std::string& path) {
    constexpr std::size_t floor_rows = 2'000'000, bytes_per_row = 64;
    std::error_code error;
    const auto bytes = std::filesystem::file_size(path, error);
    return error ? floor_rows : std::max(floor_rows, static_cast<std::size_t>(bytes / bytes_per_row));
}

struct LayerFields {
    FieldIndexes all;
    std::array<int, 7> numbers;
    std::array<int, 7> texts;

    explicit LayerFields(const OpenLayer& layer) {
        for (int s = 0; s < slots; ++s) all[s] = layer.field(slot_names[s]);
        numbers = {all[floors], all[built_year], all[households], all[people], all[stairwells], all[floor_area], all[heritage]};
        texts = {all[id], all[name], all[address], all[built_period], all[use], all[structure], all[safety_grade]};
    }
};

// Reads the layer with GDAL's Arrow stream when it can; a damaged one again as features, after `start_over`.
template <typename ReadAll, typename StartOver>
void read_with_fallback(const Parallelism& parallelism, ReadAll read_all, StartOver start_over) {
    try {
        read_all(parallelism.arrow_stream);
    } catch (const ArrowStreamTrouble&) {
        start_over();
        read_all(false);  // a damaged file: its features say exactly where
    }
}

void require_buildings(const OpenLayer& layer, std::size_t count) {
    if (count == 0) throw InputError(layer.where(), {"the layer is empty; there are no buildings in it", "图层为空，其中没有楼栋"});
}

// Every building into Dataset::buildings, written in place by the workers into
// records sized beforehand from the layer's count when it is plausible.
void load_kept(OpenLayer& layer, Dataset& ds, const ProgressFn& progress, const Parallelism& parallelism,
               const BuildingDefaults& defaults) {
    const LayerFields fields(layer);
    const long long total = progress ? layer.layer().GetFeatureCount(TRUE) : 0;
    const long long counted = progress ? total : layer.layer().GetFeatureCount(FALSE);  // -1: not known cheaply
    const std::size_t first = ds.buildings.size();
    // A count is only a hint (a damaged GeoPackage can claim any): beyond what
    // the source can hold the records grow as they are read, as they do without a count.
    const std::size_t room =
        counted > 0 && static_cast<std::size_t>(counted) <= plausible_rows(layer.spec().path) ? static_cast<std::size_t>(counted) : 0;
    BatchMerger merger(ds, defaults);
    std::vector<Building> overflow;  // batches that did not fit, in order, after those that did
    auto read_all = [&](bool arrow) {
        ds.buildings.resize(first);  // a second attempt starts from fresh records
        ds.buildings.resize(first + room);
        auto rows = open_rows(layer, fields.numbers, fields.texts, parallelism.batch_rows, arrow);
        std::size_t done = 0, placed = 0;  // rows read; rows written in place
        auto next = [&]() -> std::optional<Batch> {
            auto batch = rows->next();
            if (!batch) return std::nullopt;
            Batch job{std::move(batch)};
            const std::size_t n = job.rows->size();
            if (placed == done && done + n <= room) {
                job.buildings = ds.buildings.data() + first + done;
                placed += n;
            }
            done += n;
            if (progress) progress({Stage::reading_layer, "buildings"}, static_cast<long long>(done), std::max(total, static_cast<long long>(done)));
            return job;
        };
        run_batches_in_order<Batch, BatchResult>(
            parallelism.resolved_threads(), next, [&] { return BuildingWorker(layer, ds, fields.all, defaults, nullptr, nullptr); },
            [&](BatchResult&& r) {
                merger.merge(r);
                std::move(r.buildings.begin(), r.buildings.end(), std::back_inserter(overflow));
            });
        ds.buildings.resize(first + placed);
    };
    read_with_fallback(parallelism, read_all, [&] {
        merger.start_over();
        overflow.clear();
    });
    std::move(overflow.begin(), overflow.end(), std::back_inserter(ds.buildings));
    defaults.record(ds, merger.filled());
    check_duplicate_record_ids(ds.buildings, layer.kind(), layer.where(), ds.findings, parallelism.resolved_threads());
    require_buildings(layer, ds.buildings.size());
}

// Every building read, placed and handed to the stream; only ids are kept, for the duplicate check.
void load_streamed(OpenLayer& layer, Dataset& ds, const ProgressFn& progress, const Parallelism& parallelism,
                   const BuildingDefaults& defaults, BuildingStream& stream) {
    const LayerFields fields(layer);
    const long long total = progress ? layer.layer().GetFeatureCount(TRUE) : 0;
    const CommunityIndex measure_in(ds);
    BatchMerger merger(ds, defaults);
    FeatureIds ids;
    auto read_all = [&](bool arrow) {
        stream.begin(ds);
        auto rows = open_rows(layer, fields.numbers, fields.texts, parallelism.batch_rows, arrow);
        long long done = 0;
        auto next = [&]() -> std::optional<Batch> {
            auto batch = rows->next();
            if (!batch) return std::nullopt;
            done += static_cast<long long>(batch->size());
            if (progress) progress({Stage::reading_layer, "buildings"}, done, std::max(total, done));
            return Batch{std::move(batch)};
        };
        run_batches_in_order<Batch, BatchResult>(
            parallelism.resolved_threads(), next,
            [&] { return BuildingWorker(layer, ds, fields.all, defaults, &measure_in, &stream); },
            [&](BatchResult&& r) {
                merger.merge(r);
                for (const Building& b : r.buildings) ids.add(b.fid, b.id);
                stream.take(r.buildings, r.places, *r.streamed);
            });
    };
    read_with_fallback(parallelism, read_all, [&] {
        merger.start_over();
        ids.clear();
    });
    defaults.record(ds, merger.filled());
    check_duplicate_ids(ids, layer.kind(), layer.where(), ds.findings, parallelism.resolved_threads());
    require_buildings(layer, ids.size());
}

}  // namespace

void load_buildings(OpenLayer& layer, Dataset& ds, const ProgressFn& progress, const Parallelism& parallelism,
                    const BuildingDefaults& defaults, BuildingStream* stream) {
    if (stream) load_streamed(layer, ds, progress, parallelism, defaults, *stream);
    else load_kept(layer, ds, progress, parallelism, defaults);
}

}  // namespace renozone

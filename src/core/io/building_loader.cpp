#include "core/io/building_loader.h"

#include "core/base/batch_pipeline.h"
#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/base/year_range.h"
#include "core/geometry/building_placer.h"
#include "core/io/attribute_reader.h"
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
    Placement* places = nullptr;  // BuildingGeometry::measured only
};

struct BatchResult {
    std::vector<Building> buildings;  // the batch's buildings when they did not fit
    std::vector<Placement> places;
    Findings findings;
    OGREnvelope extent;
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
// footprints are only measured, its placer.
class BuildingWorker {
public:
    BuildingWorker(OpenLayer& layer, const Dataset& ds, const FieldIndexes& fields, const CommunityIndex* measure_in)
        : layer_(layer),
          fields_(fields),
          keep_ctx_(ds.geos->get()),
          this_year_(current_year()),
          geometry_(ctx_, layer.srs(), *ds.working_srs, layer.spec().gcj02, layer.kind(), layer.where()) {
        if (measure_in) placer_ = std::make_unique<BuildingPlacer>(ds, *measure_in);
    }

    void operator()(Batch& batch, BatchResult& out) {
        AttributeReader attributes(layer_, out.findings);
        RowBatch& rows = *batch.rows;
        Building* buildings = batch.buildings;
        Placement* places = batch.places;
        if (!buildings) {
            out.buildings.resize(rows.size());
            buildings = out.buildings.data();
            if (placer_) {
                out.places.resize(rows.size());
                places = out.places.data();
            }
        }
        for (std::size_t row = 0; row < rows.size(); ++row) {
            Building& b = buildings[row];
            const FeatureKey key = read_attributes(rows, row, attributes, b, out.findings);
            const std::size_t repairs_before = out.findings.repairs.size();
            if (placer_) measure_geometry(rows, row, key, places[row], out);
            else keep_geometry(rows, row, key, b, out);
            b.repaired = out.findings.repairs.size() > repairs_before;
        }
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
    GEOSContextHandle_t keep_ctx_;
    int this_year_;
    GeosContext ctx_;
    GeometryReader geometry_;
    std::unique_ptr<BuildingPlacer> placer_;
};

// Appends the buildings of batches that did not fit after those that did, and
// every batch's findings and extent in input order.
void merge(std::deque<BatchResult>& results, Dataset& ds) {
    std::size_t overflow = 0;
    for (const auto& r : results) overflow += r.buildings.size();
    ds.buildings.reserve(ds.buildings.size() + overflow);
    if (!ds.placements.empty()) ds.placements.reserve(ds.placements.size() + overflow);
    bool reported_encoding = false;  // each batch reports text in the wrong encoding once; the layer does once
    for (auto& r : results) {
        for (auto& b : r.buildings) ds.buildings.push_back(std::move(b));
        ds.placements.insert(ds.placements.end(), r.places.begin(), r.places.end());
        ds.building_extent.Merge(r.extent);
        for (auto& f : r.findings.items) {
            const bool encoding = f.code == "not_utf8" || f.code == "encoding_suspect";
            if (encoding && std::exchange(reported_encoding, true)) continue;
            ds.findings.items.push_back(std::move(f));
        }
        for (auto& repair : r.findings.repairs) ds.findings.repairs.push_back(std::move(repair));
        r = {};
    }
}

// How many rows a source can plausibly hold: two million, or for a file one
// row per 64 bytes of it (a footprint takes more than that), so ten million
// buildings in a 2.6 GB GeoPackage are sized at once instead of held twice.
std::size_t plausible_rows(const std::string& path) {
    constexpr std::size_t floor_rows = 2'000'000, bytes_per_row = 64;
    std::error_code error;
    const auto bytes = std::filesystem::file_size(path, error);
    return error ? floor_rows : std::max(floor_rows, static_cast<std::size_t>(bytes / bytes_per_row));
}

// Default records for `room` buildings (and placements) after the first
// `first`, written in place by the workers.
void make_room(Dataset& ds, std::size_t first, std::size_t room, bool measured) {
    ds.buildings.resize(first);  // a second attempt starts from fresh records
    ds.buildings.resize(first + room);
    if (measured) {
        ds.placements.resize(first);
        ds.placements.resize(first + room);
    }
}

}  // namespace

void load_buildings(OpenLayer& layer, Dataset& ds, const ProgressFn& progress, const Parallelism& parallelism,
                    BuildingGeometry geometry) {
    FieldIndexes fields;
    for (int s = 0; s < slots; ++s) fields[s] = layer.field(slot_names[s]);
    const std::array<int, 7> numbers = {fields[floors], fields[built_year], fields[households], fields[people],
                                        fields[stairwells], fields[floor_area], fields[heritage]};
    const std::array<int, 7> texts = {fields[id], fields[name], fields[address], fields[built_period], fields[use], fields[structure],
                                      fields[safety_grade]};
    const long long total = progress ? layer.layer().GetFeatureCount(TRUE) : 0;
    const long long counted = progress ? total : layer.layer().GetFeatureCount(FALSE);  // -1: not known cheaply
    const std::size_t first = ds.buildings.size();
    // A count is only a hint (a damaged GeoPackage can claim any): beyond what
    // the source can hold the records grow as they are read, as they do without a count.
    const std::size_t room =
        counted > 0 && static_cast<std::size_t>(counted) <= plausible_rows(layer.spec().path) ? static_cast<std::size_t>(counted) : 0;
    const bool measured = geometry == BuildingGeometry::measured;
    std::optional<CommunityIndex> measure_in;
    {
        // A million fresh records touch a quarter of a gigabyte: sized while the index is built.
        std::exception_ptr sizing_failed;
        std::jthread sizing([&] {
            try {
                make_room(ds, first, room, measured);
            } catch (...) {
                sizing_failed = std::current_exception();
            }
        });
        if (measured) measure_in.emplace(ds);
        sizing.join();
        if (sizing_failed) std::rethrow_exception(sizing_failed);
    }
    bool fresh = true;
    auto read_all = [&](bool arrow) {
        if (!std::exchange(fresh, false)) make_room(ds, first, room, measured);
        auto rows = open_rows(layer, numbers, texts, parallelism.batch_rows, arrow);
        std::size_t done = 0, placed = 0;  // rows read; rows written in place
        auto next = [&]() -> std::optional<Batch> {
            auto batch = rows->next();
            if (!batch) return std::nullopt;
            Batch job{std::move(batch)};
            const std::size_t n = job.rows->size();
            if (placed == done && done + n <= room) {
                job.buildings = ds.buildings.data() + first + done;
                if (measured) job.places = ds.placements.data() + first + done;
                placed += n;
            }
            done += n;
            if (progress) progress({Stage::reading_layer, "buildings"}, static_cast<long long>(done), std::max(total, static_cast<long long>(done)));
            return job;
        };
        auto results = run_batches<Batch, BatchResult>(
            parallelism.resolved_threads(), next, [&] { return BuildingWorker(layer, ds, fields, measure_in ? &*measure_in : nullptr); });
        ds.buildings.resize(first + placed);
        if (measured) ds.placements.resize(first + placed);
        return results;
    };
    std::deque<BatchResult> results;
    try {
        results = read_all(parallelism.arrow_stream);
    } catch (const ArrowStreamTrouble&) {
        results = read_all(false);  // a damaged file: its features say exactly where
    }
    merge(results, ds);

    check_duplicate_record_ids(ds.buildings, layer.kind(), layer.where(), ds.findings, parallelism.resolved_threads());
    if (ds.buildings.empty())
        throw InputError(layer.where(), {"the layer is empty; there are no buildings in it", "图层为空，其中没有楼栋"});
}

}  // namespace renozone

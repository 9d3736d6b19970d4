#include "core/io/row_batch.h"

#include "core/base/errors.h"
#include "core/base/gdal_errors.h"
#include "core/io/source.h"

#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>

#include <cstring>
#include <string>
#include <vector>

namespace renozone {
namespace {

// Rows per batch when the caller does not say. Small enough that the costly
// rows a layer often keeps together (straddlers, repairs, all at its end)
// spread over every thread instead of one thread's last batch.
constexpr std::size_t default_batch_rows = 4096;

class FeatureBatch final : public RowBatch {
public:
    std::vector<OGRFeatureUniquePtr> features;
    std::size_t size() const override { return features.size(); }
    std::int64_t fid(std::size_t row) const override { return features[row]->GetFID(); }
    FieldValue number(std::size_t row, int field) override { return number_value(*features[row], field); }
    FieldValue text(std::size_t row, int field) override { return text_value(*features[row], field); }
    RowGeometry geometry(std::size_t row) override { return {features[row]->GetGeometryRef(), {}}; }
};

// A feature GDAL could not read, or a read that stops early (a damaged file),
// throws InputError as OpenLayer::read_features does, not passing for the end.
class FeatureSource final : public RowSource {
public:
    FeatureSource(OpenLayer& layer, std::size_t batch_rows)
        : layer_(layer), batch_rows_(batch_rows ? batch_rows : default_batch_rows) {
        layer_.layer().ResetReading();
    }
    std::unique_ptr<RowBatch> next() override {
        auto batch = std::make_unique<FeatureBatch>();
        batch->features.reserve(batch_rows_);
        while (batch->features.size() < batch_rows_) {
            take_last_gdal_error();
            OGRFeatureUniquePtr feature(layer_.layer().GetNextFeature());
            const std::string error = take_last_gdal_error();
            if (!feature) {
                if (!error.empty())
                    throw InputError(layer_.where() + ": reading stopped after " + std::to_string(read_) +
                                     " features, the file is damaged: " + error);
                break;
            }
            if (!error.empty())
                throw InputError(layer_.where() + ": " + layer_.feature_label(*feature) + ": GDAL cannot read it: " + error);
            batch->features.push_back(std::move(feature));
            ++read_;
        }
        if (batch->features.empty()) return nullptr;
        return batch;
    }

private:
    OpenLayer& layer_;
    std::size_t batch_rows_;
    long long read_ = 0;
};

// One column of an Arrow record batch.
struct ArrowColumn {
    enum class Type { none, int32, int64, float64, utf8, binary };
    Type type = Type::none;
    const ArrowArray* array = nullptr;

    static Type type_of(const char* format) {
        if (std::strcmp(format, "i") == 0) return Type::int32;
        if (std::strcmp(format, "l") == 0) return Type::int64;
        if (std::strcmp(format, "g") == 0) return Type::float64;
        if (std::strcmp(format, "u") == 0) return Type::utf8;
        if (std::strcmp(format, "z") == 0) return Type::binary;
        return Type::none;
    }
    std::size_t at(std::size_t row) const { return static_cast<std::size_t>(array->offset) + row; }
    bool is_null(std::size_t row) const {
        const auto* validity = static_cast<const std::uint8_t*>(array->buffers[0]);
        if (array->null_count == 0 || !validity) return false;
        const std::size_t i = at(row);
        return (validity[i / 8] & (1u << (i % 8))) == 0;
    }
    std::int64_t integer(std::size_t row) const {
        return type == Type::int32 ? static_cast<const std::int32_t*>(array->buffers[1])[at(row)]
                                   : static_cast<const std::int64_t*>(array->buffers[1])[at(row)];
    }
    double real(std::size_t row) const { return static_cast<const double*>(array->buffers[1])[at(row)]; }
    std::span<const std::uint8_t> bytes(std::size_t row) const {
        const auto* offsets = static_cast<const std::int32_t*>(array->buffers[1]);
        const auto* data = static_cast<const std::uint8_t*>(array->buffers[2]);
        const std::size_t i = at(row);
        return {data + offsets[i], static_cast<std::size_t>(offsets[i + 1] - offsets[i])};
    }
};

// Where each needed column sits in the batches: fid, geometry and OGR field i.
struct ArrowLayout {
    int fid = -1;
    int geometry = -1;
    std::vector<int> field_child;                 // by OGR field index; -1: not in the stream
    std::vector<ArrowColumn::Type> child_types;   // by child
};

class ArrowBatch final : public RowBatch {
public:
    ArrowBatch(ArrowArray array, const ArrowLayout& layout) : array_(array), layout_(layout) {
        columns_.resize(static_cast<std::size_t>(array_.n_children));
        for (std::size_t c = 0; c < columns_.size(); ++c) columns_[c] = {layout_.child_types[c], array_.children[c]};
    }
    ~ArrowBatch() override {
        if (array_.release) array_.release(&array_);
    }
    std::size_t size() const override { return static_cast<std::size_t>(array_.length); }
    std::int64_t fid(std::size_t row) const override { return columns_[layout_.fid].integer(row); }
    FieldValue number(std::size_t row, int field) override {
        FieldValue v;
        const ArrowColumn* column = column_of(field);
        if (!column || column->is_null(row)) return v;
        switch (column->type) {
            case ArrowColumn::Type::int32:
            case ArrowColumn::Type::int64:
                v.kind = FieldValue::Kind::integer;
                v.integer = column->integer(row);
                break;
            case ArrowColumn::Type::float64:
                v.kind = FieldValue::Kind::real;
                v.real = column->real(row);
                break;
            default:
                return text(row, field);
        }
        return v;
    }
    FieldValue text(std::size_t row, int field) override {
        FieldValue v;
        const ArrowColumn* column = column_of(field);
        if (!column || column->is_null(row)) return v;
        v.kind = FieldValue::Kind::text;
        if (column->type == ArrowColumn::Type::utf8) {
            const auto b = column->bytes(row);
            v.text = {reinterpret_cast<const char*>(b.data()), b.size()};
        } else {  // integers (open() allows no other type here), spelt as OGR spells them
            scratch_ = std::to_string(column->integer(row));
            v.text = scratch_;
        }
        return v;
    }
    RowGeometry geometry(std::size_t row) override {
        const ArrowColumn& column = columns_[layout_.geometry];
        if (column.is_null(row)) return {};
        return {nullptr, column.bytes(row)};
    }

private:
    const ArrowColumn* column_of(int field) const {
        const int child = field >= 0 && field < static_cast<int>(layout_.field_child.size()) ? layout_.field_child[field] : -1;
        return child < 0 ? nullptr : &columns_[child];
    }
    ArrowArray array_;
    const ArrowLayout& layout_;
    std::vector<ArrowColumn> columns_;
    std::string scratch_;
};

class ArrowSource final : public RowSource {
public:
    explicit ArrowSource(OpenLayer& layer) : layer_(layer) {}
    ~ArrowSource() override {
        if (schema_.release) schema_.release(&schema_);
        if (stream_.release) stream_.release(&stream_);
    }

    // False when the stream cannot give what the OGR features would, exactly.
    bool open(OGRLayer& layer, std::span<const int> numbers, std::span<const int> texts, std::size_t batch_rows) {
        const std::string max_rows = "MAX_FEATURES_IN_BATCH=" + std::to_string(batch_rows ? batch_rows : default_batch_rows);
        const char* options[] = {"INCLUDE_FID=YES", max_rows.c_str(), nullptr};
        layer.ResetReading();
        if (!layer.GetArrowStream(&stream_, options) || stream_.get_schema(&stream_, &schema_) != 0) return false;
        OGRFeatureDefn* defn = layer.GetLayerDefn();
        layout_.field_child.assign(static_cast<std::size_t>(defn->GetFieldCount()), -1);
        const std::string fid_name = layer.GetFIDColumn();
        const std::string geometry_name = layer.GetGeometryColumn();
        for (int c = 0; c < schema_.n_children; ++c) {
            const ArrowSchema* child = schema_.children[c];
            const std::string name = child->name ? child->name : "";
            layout_.child_types.push_back(ArrowColumn::type_of(child->format));
            if (!fid_name.empty() && name == fid_name) layout_.fid = c;
            else if (!geometry_name.empty() && name == geometry_name) layout_.geometry = c;
            else if (const int field = defn->GetFieldIndex(name.c_str()); field >= 0) layout_.field_child[field] = c;
        }
        if (layout_.fid < 0 || layout_.child_types[layout_.fid] != ArrowColumn::Type::int64) return false;
        if (layout_.geometry < 0 || layout_.child_types[layout_.geometry] != ArrowColumn::Type::binary) return false;
        auto exact = [&](int field, bool as_text) {
            const int child = layout_.field_child[field];
            if (child < 0) return false;
            const OGRFieldDefn* def = defn->GetFieldDefn(field);
            const auto type = layout_.child_types[child];
            if (def->GetSubType() != OFSTNone) return false;
            return (def->GetType() == OFTString && type == ArrowColumn::Type::utf8) ||
                   (def->GetType() == OFTInteger && type == ArrowColumn::Type::int32) ||
                   (def->GetType() == OFTInteger64 && type == ArrowColumn::Type::int64) ||
                   (!as_text && def->GetType() == OFTReal && type == ArrowColumn::Type::float64);
        };
        for (int field : numbers)
            if (field >= 0 && !exact(field, false)) return false;
        for (int field : texts)
            if (field >= 0 && !exact(field, true)) return false;
        return true;
    }

    std::unique_ptr<RowBatch> next() override {
        ArrowArray array{};
        take_last_gdal_error();
        const bool failed = stream_.get_next(&stream_, &array) != 0;
        if (failed || !take_last_gdal_error().empty()) {
            if (array.release) array.release(&array);
            throw ArrowStreamTrouble();
        }
        if (!array.release || array.length == 0) {
            if (array.release) array.release(&array);
            recheck_null_geometries();
            return nullptr;
        }
        auto batch = std::make_unique<ArrowBatch>(array, layout_);
        check_null_geometries(*batch);
        return batch;
    }

private:
    // The stream gives a geometry GDAL cannot decode as null, like a missing
    // one. Those features are read again once the stream is done (reading one
    // in the middle upsets the stream), which tells them apart and names the
    // damage as OpenLayer::read_features does.
    void check_null_geometries(RowBatch& batch) {
        for (std::size_t row = 0; row < batch.size(); ++row)
            if (batch.geometry(row).wkb.empty()) null_geometry_fids_.push_back(batch.fid(row));
    }
    void recheck_null_geometries() {
        for (std::int64_t fid : null_geometry_fids_) {
            take_last_gdal_error();
            OGRFeatureUniquePtr feature(layer_.layer().GetFeature(fid));
            const std::string error = take_last_gdal_error();
            if (feature && !error.empty())
                throw InputError(layer_.where() + ": " + layer_.feature_label(*feature) + ": GDAL cannot read it: " + error);
        }
        null_geometry_fids_.clear();
    }

    OpenLayer& layer_;
    std::vector<std::int64_t> null_geometry_fids_;
    ArrowArrayStream stream_{};
    ArrowSchema schema_{};
    ArrowLayout layout_;
};

}  // namespace

std::unique_ptr<RowSource> open_rows(OpenLayer& layer, std::span<const int> numbers, std::span<const int> texts,
                                     std::size_t batch_rows, bool allow_arrow) {
    if (allow_arrow && layer.driver_name() == "GPKG") {
        auto arrow = std::make_unique<ArrowSource>(layer);
        if (arrow->open(layer.layer(), numbers, texts, batch_rows)) return arrow;
    }
    return std::make_unique<FeatureSource>(layer, batch_rows);
}

}  // namespace renozone

// Rows of a layer in batches, whichever way they were read: OGR features (any
// driver) or Arrow record batches (GeoPackage, where GDAL's Arrow stream
// reads about twice as fast). Fields are addressed by OGR field index.
#pragma once

#include "core/io/field_value.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <stdexcept>

class OGRGeometry;

namespace renozone {

class OpenLayer;

// A geometry as the batch holds it: an OGR geometry or WKB bytes (or neither: no geometry).
struct RowGeometry {
    const OGRGeometry* ogr = nullptr;
    std::span<const std::uint8_t> wkb;
};

class RowBatch {
public:
    virtual ~RowBatch() = default;
    virtual std::size_t size() const = 0;
    virtual std::int64_t fid(std::size_t row) const = 0;
    virtual FieldValue number(std::size_t row, int field) = 0;  // see number_value()
    virtual FieldValue text(std::size_t row, int field) = 0;    // see text_value()
    virtual RowGeometry geometry(std::size_t row) = 0;
};

class RowSource {
public:
    virtual ~RowSource() = default;
    virtual std::unique_ptr<RowBatch> next() = 0;  // null at the end
};

// Raised while reading Arrow batches when GDAL reports a problem or a geometry
// cannot be decoded: the layer is read again as OGR features, whose reading
// names the damaged feature exactly.
struct ArrowStreamTrouble : std::runtime_error {
    ArrowStreamTrouble() : std::runtime_error("GDAL's Arrow stream reported a problem") {}
};

// Arrow when the layer is a GeoPackage table whose fields read as numbers and
// as text (OGR field indexes; -1 is skipped) all have types the Arrow stream
// gives exactly as OGR features would; OGR features otherwise.
// `batch_rows` 0: the reader's default.
std::unique_ptr<RowSource> open_rows(OpenLayer& layer, std::span<const int> numbers, std::span<const int> texts,
                                     std::size_t batch_rows, bool allow_arrow = true);

}  // namespace renozone

#include "core/geometry/polygon_rings.h"

#include "core/geometry/simple_ring.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace renozone {
namespace {

// Little-endian WKB, read without alignment assumptions.
class WkbCursor {
public:
    WkbCursor(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    bool u8(std::uint8_t& out) {
        if (pos_ + 1 > size_) return false;
        out = data_[pos_++];
        return true;
    }
    bool u32(std::uint32_t& out) {
        if (pos_ + 4 > size_) return false;
        std::memcpy(&out, data_ + pos_, 4);
        pos_ += 4;
        return true;
    }
    bool doubles(double* out, std::size_t count) {
        if (count > (size_ - pos_) / 8) return false;
        std::memcpy(out, data_ + pos_, count * 8);
        pos_ += count * 8;
        return true;
    }
    bool header(std::uint32_t want_type) {
        std::uint8_t order;
        std::uint32_t type;
        return u8(order) && order == 1 && u32(type) && type == want_type;
    }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
};

constexpr bool host_is_little_endian() {
    return std::endian::native == std::endian::little;
}

}  // namespace

void PolygonRings::clear() {
    multi_ = false;
    xy_.clear();
    ring_ends_.clear();
    part_ends_.clear();
}

bool PolygonRings::add_ring(std::size_t points) {
    if (points < 4) return false;
    const std::size_t end = xy_.size() / 2;
    const double* first = &xy_[2 * (end - points)];
    const double* last = &xy_[2 * (end - 1)];
    if (first[0] != last[0] || first[1] != last[1]) return false;
    for (const double* p = first; p <= last + 1; ++p)
        if (!std::isfinite(*p)) return false;
    ring_ends_.push_back(end);
    return true;
}

bool PolygonRings::read(const OGRGeometry& geometry) {
    clear();
    const OGRwkbGeometryType type = geometry.getGeometryType();
    if (type != wkbPolygon && type != wkbMultiPolygon) return false;
    multi_ = type == wkbMultiPolygon;
    auto read_polygon = [this](const OGRPolygon& polygon) {
        const OGRLinearRing* shell = polygon.getExteriorRing();
        if (!shell || shell->IsEmpty()) return false;
        for (int r = -1; r < polygon.getNumInteriorRings(); ++r) {
            const OGRLinearRing* ring = r < 0 ? shell : polygon.getInteriorRing(r);
            const std::size_t n = static_cast<std::size_t>(ring->getNumPoints());
            const std::size_t start = xy_.size();
            xy_.resize(start + 2 * n);
            ring->getPoints(reinterpret_cast<OGRRawPoint*>(xy_.data() + start));
            if (!add_ring(n)) return false;
        }
        part_ends_.push_back(ring_ends_.size());
        return true;
    };
    if (!multi_) return read_polygon(*geometry.toPolygon());
    const OGRMultiPolygon& multi = *geometry.toMultiPolygon();
    if (multi.IsEmpty()) return false;
    for (const OGRPolygon* part : multi)
        if (!read_polygon(*part)) return false;
    return true;
}

bool PolygonRings::read_wkb(const std::uint8_t* wkb, std::size_t size) {
    clear();
    if (!host_is_little_endian() || size < 5) return false;
    WkbCursor in(wkb, size);
    auto read_polygon = [this, &in] {
        std::uint32_t rings;
        if (!in.header(3) || !in.u32(rings) || rings == 0) return false;
        for (std::uint32_t r = 0; r < rings; ++r) {
            std::uint32_t points;
            if (!in.u32(points) || points < 4 || points > (1u << 26)) return false;
            const std::size_t start = xy_.size();
            xy_.resize(start + 2 * std::size_t(points));
            if (!in.doubles(xy_.data() + start, 2 * std::size_t(points)) || !add_ring(points)) return false;
        }
        part_ends_.push_back(ring_ends_.size());
        return true;
    };
    multi_ = wkb[1] == 6;
    if (!multi_) return read_polygon();
    std::uint32_t parts;
    if (!in.header(6) || !in.u32(parts) || parts == 0) return false;
    for (std::uint32_t p = 0; p < parts; ++p)
        if (!read_polygon()) return false;
    return true;
}

GeomPtr PolygonRings::to_geos(GEOSContextHandle_t ctx) const {
    if (!multi_ && ring_ends_.size() == 1) return polygon_of_ring(ctx, xy_.data(), ring_ends_[0]);  // the common footprint
    std::vector<GEOSGeometry*> polygons;
    std::vector<GEOSGeometry*> holes;
    auto discard = [ctx](std::vector<GEOSGeometry*>& geoms) {
        for (auto* g : geoms) GEOSGeom_destroy_r(ctx, g);
        geoms.clear();
    };
    auto ring = [&](std::size_t r) -> GEOSGeometry* {
        const std::size_t start = r == 0 ? 0 : ring_ends_[r - 1];
        GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(ctx, xy_.data() + 2 * start,
                                                               static_cast<unsigned>(ring_ends_[r] - start), 0, 0);
        return seq ? GEOSGeom_createLinearRing_r(ctx, seq) : nullptr;
    };
    std::size_t r = 0;
    for (std::size_t part_end : part_ends_) {
        GEOSGeometry* shell = ring(r++);
        for (; r < part_end; ++r) holes.push_back(ring(r));
        const bool ok = shell && std::none_of(holes.begin(), holes.end(), [](auto* h) { return h == nullptr; });
        if (!ok) {
            if (shell) GEOSGeom_destroy_r(ctx, shell);
            discard(holes);
            discard(polygons);
            return own(ctx, nullptr);
        }
        polygons.push_back(GEOSGeom_createPolygon_r(ctx, shell, holes.data(), static_cast<unsigned>(holes.size())));
        holes.clear();
    }
    if (!multi_) return own(ctx, polygons.front());
    return own(ctx, GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, polygons.data(),
                                                static_cast<unsigned>(polygons.size())));
}

GeomPtr polygon_of_ring(GEOSContextHandle_t ctx, const double* xy, std::size_t points) {
    GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(ctx, xy, static_cast<unsigned>(points), 0, 0);
    GEOSGeometry* shell = seq ? GEOSGeom_createLinearRing_r(ctx, seq) : nullptr;
    return own(ctx, shell ? GEOSGeom_createPolygon_r(ctx, shell, nullptr, 0) : nullptr);
}

double reach_beyond(double width, double height) { return std::max(10000.0, std::hypot(width, height)); }

std::optional<Envelope> envelope_of(GEOSContextHandle_t ctx, const GEOSGeometry* geom) {
    Envelope e;
    if (geom && GEOSGeom_getXMin_r(ctx, geom, &e.min_x) && GEOSGeom_getYMin_r(ctx, geom, &e.min_y) &&
        GEOSGeom_getXMax_r(ctx, geom, &e.max_x) && GEOSGeom_getYMax_r(ctx, geom, &e.max_y))
        return e;
    return std::nullopt;
}

bool PolygonRings::certainly_valid() const {
    return part_ends_.size() == 1 && ring_ends_.size() == 1 && ring_certainly_simple(xy_.data(), ring_ends_[0]);
}

Envelope envelope_of_points(const double* xy, std::size_t points) {
    Envelope e{xy[0], xy[1], xy[0], xy[1]};
    for (std::size_t i = 1; i < points; ++i) {
        e.min_x = std::min(e.min_x, xy[2 * i]);
        e.max_x = std::max(e.max_x, xy[2 * i]);
        e.min_y = std::min(e.min_y, xy[2 * i + 1]);
        e.max_y = std::max(e.max_y, xy[2 * i + 1]);
    }
    return e;
}

Envelope PolygonRings::envelope() const { return envelope_of_points(xy_.data(), xy_.size() / 2); }

}  // namespace renozone

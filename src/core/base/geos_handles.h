// RAII for the GEOS C API (re-entrant _r flavour). Every GEOS object is bound to
// the context that made it, so the deleters carry the context.
#pragma once

#include <geos_c.h>

#include <memory>

namespace renozone {

class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;
    GEOSContextHandle_t get() const { return handle_; }
    operator GEOSContextHandle_t() const { return handle_; }

private:
    GEOSContextHandle_t handle_;
};

struct GeomDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(GEOSGeometry* g) const { if (g) GEOSGeom_destroy_r(ctx, g); }
};
struct PreparedDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(const GEOSPreparedGeometry* g) const { if (g) GEOSPreparedGeom_destroy_r(ctx, g); }
};
struct TreeDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(GEOSSTRtree* t) const { if (t) GEOSSTRtree_destroy_r(ctx, t); }
};

using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;
using TreePtr = std::unique_ptr<GEOSSTRtree, TreeDeleter>;

inline GeomPtr own(GEOSContextHandle_t ctx, GEOSGeometry* g) { return GeomPtr(g, GeomDeleter{ctx}); }
inline PreparedPtr prepare(GEOSContextHandle_t ctx, const GEOSGeometry* g) {
    return PreparedPtr(GEOSPrepare_r(ctx, g), PreparedDeleter{ctx});
}

// Area in the geometry's units; 0 where GEOS cannot say.
inline double area_of(GEOSContextHandle_t ctx, const GEOSGeometry* g) {
    double area = 0;
    GEOSArea_r(ctx, g, &area);
    return area;
}

}  // namespace renozone

#include "core/base/geos_handles.h"

#include <stdexcept>

namespace renozone {

GeosContext::GeosContext() : handle_(GEOS_init_r()) {
    if (!handle_) throw std::runtime_error("GEOS could not start a context");
}

GeosContext::~GeosContext() { GEOS_finish_r(handle_); }

}  // namespace renozone

// How the engine uses the machine. The answers never depend on it: work is
// split into batches and the results are put back in input order.
#pragma once

#include <cstddef>
#include <thread>

namespace renozone {

struct Parallelism {
    int threads = 0;              // 0: one per hardware thread
    std::size_t batch_rows = 0;   // 0: 4,096 rows
    bool arrow_stream = true;     // read GeoPackage buildings through GDAL's Arrow stream

    int resolved_threads() const {
        if (threads > 0) return threads;
        const unsigned hardware = std::thread::hardware_concurrency();
        return hardware == 0 ? 1 : static_cast<int>(hardware);
    }
};

}  // namespace renozone

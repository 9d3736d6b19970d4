// Fuzzes the plan loader on a plan table given as CSV: field resolution,
// phase names, years, flags and targets as survey tables write them.
#include "core/io/plan_loader.h"
#include "fuzz_support.h"

#include <cmath>

using namespace renozone;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fuzz::MemoryFile csv("/vsimem/fuzz/plan.csv", fuzz::text_of(data, size));
    fuzz::expect_only_renozone_errors([&] {
        OpenLayer layer(SourceSpec{csv.path(), "", "", false, false}, "plan", FieldMapping{}, "");
        Findings findings;
        for (const auto& entry : load_plan_entries(layer, findings)) {
            if (entry.year && (*entry.year < 1990 || *entry.year > 2100)) std::abort();
            if (entry.target_households && !std::isfinite(*entry.target_households)) std::abort();
            (void)normalise_phase(entry.phase);
        }
    });
    return 0;
}

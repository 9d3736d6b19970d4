// Fuzzes what a planner types on the command line of `renozone unit` and
// `check-site`: --wkt, --geojson text and --funding, then evaluates the unit
// against the embedded Wulong district.
#include "core/analysis/district.h"
#include "core/io/dataset_loader.h"
#include "core/io/embedded_data.h"
#include "core/planning/unit_evaluation.h"
#include "core/planning/unit_geometry.h"
#include "fuzz_support.h"

#include <cmath>

using namespace renozone;

namespace {

const District& wulong() {
    static const District district(load_dataset(inputs_from_single_source(embedded_dataset_path())));
    return district;
}

void evaluate(const District& district, const UnitShape& shape) {
    const UnitEvaluation e = evaluate_unit(district, shape.geom.get());
    if (!std::isfinite(e.area_m2) || e.area_m2 < 0) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const District& district = wulong();
    const std::string text = fuzz::text_of(data, size);
    fuzz::expect_only_renozone_errors([&] { evaluate(district, unit_from_wkt(district, text, "")); });
    fuzz::expect_only_renozone_errors([&] { (void)unit_from_wkt(district, text, "", ShapeUse::site); });
    if (!text.empty() && text.find_first_not_of(" \t\r\n") != std::string::npos &&
        text[text.find_first_not_of(" \t\r\n")] == '{') {  // anything else would be read as a file name
        fuzz::expect_only_renozone_errors([&] {
            for (const auto& shape : units_from_source(district, text, "", "")) evaluate(district, shape);
        });
    }
    fuzz::expect_only_renozone_errors([&] {
        const FundingSplit split = parse_funding_split(text);
        const double sum = split.central + split.municipal + split.district + split.residents;
        if (std::fabs(sum - 1.0) > 1e-6) std::abort();
    });
    return 0;
}

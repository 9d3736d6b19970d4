#include "districts.h"

#include "core/io/dataset_loader.h"
#include "core/io/embedded_data.h"
#include "fixture.h"
#include "small_district.h"

namespace renozone::test {

std::unique_ptr<District> small_district(const std::string& gpkg) {
    return std::make_unique<District>(load_dataset(write_small_district(gpkg)));
}

const District& embedded_district() {
    static const District district(load_dataset(inputs_from_single_source(source_root() + "/data/wulong.gpkg")));
    return district;
}

std::string small_box(double x0, double y0, double x1, double y1) {
    const double x = 476000, y = 3245000;  // the origin write_small_district uses
    return box(x + x0, y + y0, x + x1, y + y1);
}

}  // namespace renozone::test

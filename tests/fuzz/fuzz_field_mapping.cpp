// Fuzzes the field-mapping reader: one --field assignment, and the same bytes
// as a mapping file read line by line.
#include "core/model/field_catalog.h"
#include "core/model/field_mapping.h"
#include "fuzz_support.h"

using namespace renozone;

namespace {

void check(const FieldMapping& mapping) {
    for (const auto& [key, source] : mapping.entries()) {
        const auto dot = key.find('.');
        if (dot == std::string::npos || !is_layer_kind(key.substr(0, dot))) std::abort();
        if (source.empty()) std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = fuzz::text_of(data, size);
    FieldMapping from_option;
    fuzz::expect_only_renozone_errors([&] { from_option.add(text); });
    check(from_option);
    const std::string& file = fuzz::scratch_file(text);
    FieldMapping from_file;
    fuzz::expect_only_renozone_errors([&] { from_file.add_file(file); });
    check(from_file);
    return 0;
}

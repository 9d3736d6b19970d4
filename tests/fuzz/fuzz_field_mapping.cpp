// Fuzzes the field-mapping reader: one --field assignment, and the same bytes
// as a mapping file read line by line.
#include "field_catalog.h"
#include "field_mapping.h"
#include "fuzz_support.h"

#include <unistd.h>

#include <fstream>

using namespace renozone;

namespace {

// A real file: add_file reads with std::ifstream, not through GDAL.
const std::string& scratch_path() {
    static const std::string path = [] {
        // /dev/shm keeps a write and a read per input off the disk.
        for (std::string name : {"/dev/shm/renozone-fuzz-fields-XXXXXX", "/tmp/renozone-fuzz-fields-XXXXXX"}) {
            const int fd = mkstemp(name.data());
            if (fd < 0) continue;
            close(fd);
            std::atexit([] { unlink(scratch_path().c_str()); });
            return name;
        }
        std::abort();
    }();
    return path;
}

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
    std::ofstream(scratch_path(), std::ios::binary | std::ios::trunc) << text;
    FieldMapping from_file;
    fuzz::expect_only_renozone_errors([&] { from_file.add_file(scratch_path()); });
    check(from_file);
    return 0;
}

// What every fuzz target shares: the input as text, a scratch file for
// readers that want a path, and the one rule — a bad input may only ever end
// in renozone::Error; anything else (another exception, a crash, a sanitizer
// report) is a bug libFuzzer stops on.
#pragma once

#include "core/base/errors.h"
#include "core/base/gdal_errors.h"

#include <cpl_vsi.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>

namespace renozone::fuzz {

inline std::string text_of(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

// Runs `step`; renozone::Error is the expected way to refuse an input.
template <typename Step>
void expect_only_renozone_errors(Step step) {
    try {
        step();
    } catch (const renozone::Error&) {
    }
}

// Puts the input into GDAL's in-memory file system under `path` (a name with
// the extension the driver goes by) for as long as the object lives.
class MemoryFile {
public:
    MemoryFile(std::string path, const std::string& content) : path_(std::move(path)) {
        init_gdal();
        VSILFILE* file = VSIFOpenL(path_.c_str(), "wb");
        if (!file) std::abort();
        VSIFWriteL(content.data(), 1, content.size(), file);
        VSIFCloseL(file);
    }
    ~MemoryFile() { VSIUnlink(path_.c_str()); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// A real file holding `content`, for readers that use std::ifstream rather
// than GDAL; one per process, rewritten for every input.
inline const std::string& scratch_file(const std::string& content) {
    static const std::string path = [] {
        // /dev/shm keeps a write and a read per input off the disk.
        for (std::string name : {"/dev/shm/renozone-fuzz-XXXXXX", "/tmp/renozone-fuzz-XXXXXX"}) {
            const int fd = mkstemp(name.data());
            if (fd < 0) continue;
            close(fd);
            static std::string remove_at_exit;
            remove_at_exit = name;
            std::atexit([] { unlink(remove_at_exit.c_str()); });
            return name;
        }
        std::abort();
    }();
    std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
    return path;
}

}  // namespace renozone::fuzz

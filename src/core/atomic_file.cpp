#include "atomic_file.h"

#include "errors.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace fs = std::filesystem;

namespace renozone {

AtomicFile::AtomicFile(std::string target, bool overwrite) : target_(std::move(target)) {
    const fs::path path(target_);
    if (path.filename().empty()) throw OutputError(target_ + ": not a file name");
    if (fs::is_directory(path)) throw OutputError(target_ + ": is a folder, not a file");
    if (fs::exists(path) && !overwrite) throw OutputError(target_ + ": already exists; give --overwrite to replace it");
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (!fs::is_directory(folder)) throw OutputError(target_ + ": folder " + folder.string() + " does not exist");
    if (access(folder.c_str(), W_OK) != 0) throw OutputError(target_ + ": folder " + folder.string() + " is not writable");
    temp_ = (folder / ("." + path.filename().string() + ".tmp-" + std::to_string(getpid()) + path.extension().string())).string();
    std::error_code ignored;
    fs::remove(temp_, ignored);
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    std::error_code ignored;
    fs::remove(temp_, ignored);
    for (const char* suffix : {"-journal", "-wal", "-shm"}) fs::remove(temp_ + suffix, ignored);
}

void AtomicFile::commit() {
    std::error_code error;
    fs::rename(temp_, target_, error);
    if (error) throw OutputError(target_ + ": cannot move the finished file into place: " + error.message());
    committed_ = true;
}

void write_text_file(const std::string& path, const std::string& text, bool overwrite) {
    AtomicFile file(path, overwrite);
    {
        std::ofstream out(file.temp_path(), std::ios::binary);
        out << text;
        out.flush();
        if (!out) throw OutputError(path + ": write failed");
    }
    file.commit();
}

}  // namespace renozone

#include "core/base/atomic_file.h"

#include "core/base/controls.h"
#include "core/base/errors.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace fs = std::filesystem;

namespace renozone {
namespace {

constexpr const char* sqlite_side_files[] = {"-journal", "-wal", "-shm"};

void remove_with_side_files(const std::string& path) {
    std::error_code ignored;
    fs::remove(path, ignored);
    for (const char* suffix : sqlite_side_files) fs::remove(path + suffix, ignored);
}

bool process_alive(long pid) { return pid > 0 && (kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH); }

// Temporary files of earlier runs for this target whose process is gone.
void remove_stale_partials(const fs::path& folder, const std::string& prefix) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (!name.starts_with(prefix)) continue;
        const std::string pid_text = name.substr(prefix.size());
        if (pid_text.empty() || pid_text.size() > 9 || pid_text.find_first_not_of("0123456789") != std::string::npos) continue;
        if (!process_alive(std::stol(pid_text))) remove_with_side_files(entry.path().string());
    }
}

void sync_path(const std::string& path, int flags) {
    const int fd = open(path.c_str(), flags);
    if (fd < 0) return;
    fsync(fd);
    close(fd);
}

}  // namespace

AtomicFile::AtomicFile(std::string target, bool overwrite) : target_(std::move(target)) {
    const fs::path path(target_);
    if (path.filename().empty()) throw OutputError(target_, {"not a file name", "不是文件名"});
    if (fs::is_directory(path)) throw OutputError(target_, {"is a folder, not a file", "是文件夹，不是文件"});
    if (fs::exists(path) && !overwrite)
        throw OutputError(target_, {"already exists; " + slot(Control::overwrite), "文件已存在；请换一个文件名或允许覆盖"});
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (!fs::is_directory(folder))
        throw OutputError(target_, {"folder " + folder.string() + " does not exist", "文件夹 " + folder.string() + " 不存在"});
    if (access(folder.c_str(), W_OK) != 0)
        throw OutputError(target_, {"folder " + folder.string() + " is not writable", "文件夹 " + folder.string() + " 不可写"});
    const std::string prefix = "." + path.filename().string() + ".partial-";
    remove_stale_partials(folder, prefix);
    temp_ = (folder / (prefix + std::to_string(getpid()))).string();
    remove_with_side_files(temp_);
}

AtomicFile::~AtomicFile() {
    if (!committed_) remove_with_side_files(temp_);
}

void AtomicFile::commit() {
    sync_path(temp_, O_RDONLY);
    std::error_code error;
    fs::rename(temp_, target_, error);
    if (error)
        throw OutputError(target_, {"cannot move the finished file into place: " + error.message(),
                                    "无法把写好的文件移到目标位置：" + error.message()});
    committed_ = true;
    const fs::path folder = fs::path(target_).has_parent_path() ? fs::path(target_).parent_path() : fs::path(".");
    sync_path(folder.string(), O_RDONLY | O_DIRECTORY);  // the rename itself survives a power cut
}

bool AtomicFile::commit_if_absent() {
    sync_path(temp_, O_RDONLY);
    if (link(temp_.c_str(), target_.c_str()) != 0) {
        if (errno == EEXIST) return false;
        const std::string reason = std::error_code(errno, std::generic_category()).message();
        throw OutputError(target_, {"cannot put the new file in place: " + reason, "无法把新文件放到目标位置：" + reason});
    }
    committed_ = true;
    remove_with_side_files(temp_);
    const fs::path folder = fs::path(target_).has_parent_path() ? fs::path(target_).parent_path() : fs::path(".");
    sync_path(folder.string(), O_RDONLY | O_DIRECTORY);
    return true;
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

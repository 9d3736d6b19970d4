// Writes an output through a temporary file beside it and renames it into
// place only when everything succeeded: a failed or killed run never leaves
// a half-written file, and an existing file stays intact until the rename.
#pragma once

#include <string>

namespace renozone {

class AtomicFile {
public:
    // Throws OutputError when the target exists and !overwrite, or its folder is not writable.
    // Removes what killed runs for the same target left behind.
    AtomicFile(std::string target, bool overwrite);
    ~AtomicFile();  // removes the temporary file unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // ".NAME.partial-PID" beside the target: hidden, and without the target's
    // extension, so a file a killed run leaves is never taken for an output.
    const std::string& temp_path() const { return temp_; }
    const std::string& target() const { return target_; }
    void commit();  // flush to disk, rename over the target; throws OutputError
    // Puts the file in place only if no file is there yet (a hard link, which
    // fails rather than replace): false when another process created the target
    // first, whose file is then left as it is. Throws OutputError otherwise.
    bool commit_if_absent();

private:
    std::string target_;
    std::string temp_;
    bool committed_ = false;
};

// Writes text through an AtomicFile.
void write_text_file(const std::string& path, const std::string& text, bool overwrite);

}  // namespace renozone

#include "core/planning/project_content.h"

#include "core/base/errors.h"

#include <filesystem>

namespace renozone {

ProjectContent read_project(const std::string& path, const District& district) {
    // ProjectStore creates a missing file; a report must not.
    if (!std::filesystem::is_regular_file(path)) throw InputError(path + ": no such project file");
    ProjectStore store(path, *district.data().working_srs);
    ProjectContent content;
    content.name = std::filesystem::path(path).filename().string();
    content.units = store.units(district.ctx());
    content.site_checks = store.site_checks(district.ctx());
    content.ledger = store.ledger();
    return content;
}

}  // namespace renozone

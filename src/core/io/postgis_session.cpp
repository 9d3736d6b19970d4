#include "core/io/postgis_session.h"

#include "core/base/errors.h"
#include "core/base/gdal_errors.h"
#include "core/base/text_utils.h"

#include <ogrsf_frmts.h>

namespace renozone {

bool is_postgis(const std::string& source) { return to_lower_ascii(source.substr(0, 3)) == "pg:"; }

void require_identifier(const std::string& name, const std::string& what) {
    bool ok = !name.empty() && name.size() <= 63 && !(name[0] >= '0' && name[0] <= '9');
    for (char c : name) ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
    if (!ok) throw UsageError(what + " '" + name + "' must be letters, digits and _ (not starting with a digit)");
}

PostgisSession::PostgisSession(const std::string& connection, const std::string& active_schema) {
    init_gdal();
    const std::string schema_option = "ACTIVE_SCHEMA=" + active_schema;
    const char* drivers[] = {"PostgreSQL", nullptr};
    const char* options[] = {active_schema.empty() ? nullptr : schema_option.c_str(), nullptr};
    dataset_.reset(GDALDataset::Open(connection.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, options, nullptr));
    if (!dataset_) throw OutputError("cannot connect to PostgreSQL: " + take_last_gdal_error());
}

void PostgisSession::execute(const std::string& sql) {
    take_last_gdal_error();
    OGRLayer* result = dataset_->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (result) dataset_->ReleaseResultSet(result);
    if (auto error = take_last_gdal_error(); !error.empty()) throw OutputError("PostgreSQL: " + error);
}

std::vector<std::vector<std::string>> PostgisSession::query(const std::string& sql) {
    take_last_gdal_error();
    OGRLayer* result = dataset_->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (auto error = take_last_gdal_error(); !error.empty()) {
        if (result) dataset_->ReleaseResultSet(result);
        throw OutputError("PostgreSQL: " + error);
    }
    std::vector<std::vector<std::string>> rows;
    if (!result) return rows;
    for (auto& feature : *result) {
        auto& row = rows.emplace_back();
        for (int i = 0; i < feature->GetFieldCount(); ++i)
            row.emplace_back(feature->IsFieldSetAndNotNull(i) ? feature->GetFieldAsString(i) : "");
    }
    dataset_->ReleaseResultSet(result);
    return rows;
}

bool PostgisSession::schema_exists(const std::string& schema) {
    return !query("SELECT 1 FROM information_schema.schemata WHERE schema_name = '" + schema + "'").empty();
}

void PostgisSession::execute_atomically(const std::vector<std::string>& statements) {
    if (dataset_->StartTransaction() != OGRERR_NONE) throw OutputError("PostgreSQL: cannot start a transaction");
    try {
        for (const auto& sql : statements) execute(sql);
    } catch (...) {
        dataset_->RollbackTransaction();
        throw;
    }
    if (dataset_->CommitTransaction() != OGRERR_NONE) throw OutputError("PostgreSQL: cannot commit: " + take_last_gdal_error());
}

}  // namespace renozone

// A read-write connection to a PostgreSQL/PostGIS database through GDAL's
// PostgreSQL driver, for the statements renozone runs there itself.
#pragma once

#include <gdal_priv.h>

#include <string>
#include <vector>

namespace renozone {

// "PG:..." (any case): a PostgreSQL connection string as GDAL takes it.
bool is_postgis(const std::string& source);

// Throws UsageError unless `name` is a plain SQL identifier (letters, digits,
// underscore; not starting with a digit): names are put into SQL unquoted.
void require_identifier(const std::string& name, const std::string& what);

class PostgisSession {
public:
    // `active_schema`: where layers created through dataset() go (empty: the default).
    explicit PostgisSession(const std::string& connection, const std::string& active_schema = "");

    GDALDataset& dataset() { return *dataset_; }
    void execute(const std::string& sql);                      // throws OutputError with the server's message
    std::vector<std::vector<std::string>> query(const std::string& sql);  // rows of text cells
    bool schema_exists(const std::string& schema);

    // Runs `statements` in one transaction: all of them or none.
    void execute_atomically(const std::vector<std::string>& statements);

private:
    GDALDatasetUniquePtr dataset_;
};

}  // namespace renozone

#include "core/output/postgis_output.h"

#include "core/base/controls.h"
#include "core/base/errors.h"
#include "core/io/gpkg_fields.h"
#include "core/io/postgis_session.h"

#include <unistd.h>

namespace renozone {

void swap_in_schema(PostgisSession& session, const std::string& scratch, const std::string& target) {
    session.execute_atomically({"DROP SCHEMA IF EXISTS " + target + " CASCADE",
                                "ALTER SCHEMA " + scratch + " RENAME TO " + target});
}

void write_tagged_postgis(const std::string& connection, const std::string& schema, const Dataset& ds,
                          const Analysis& analysis, const InputSpec& inputs, const OutputOptions& options,
                          const ProgressFn& progress) {
    require_identifier(schema, "schema");
    const std::string scratch = schema + "_renozone_" + std::to_string(getpid());
    PostgisSession admin(connection);
    if (!options.overwrite && admin.schema_exists(schema))
        throw OutputError("PostGIS schema '" + schema + "' already exists; " + slot(Control::overwrite));
    admin.execute("DROP SCHEMA IF EXISTS " + scratch + " CASCADE");
    admin.execute("CREATE SCHEMA " + scratch);
    try {
        {
            PostgisSession session(connection, scratch);
            GDALDataset& out = session.dataset();
            const std::string notice = options.data_notice.empty() ? ds.data_notice : options.data_notice;
            write_tagged_layers(out, ds, analysis, inputs, notice, progress);
            OGRLayer* metadata = create_layer(out, "metadata", nullptr, wkbNone, {{"key", OFTString}, {"value", OFTString}},
                                              "what this output is and how it was made");
            in_transaction(out, [&] {
                FeatureRow row(*metadata);
                for (const auto& [key, value] : output_metadata(ds, notice)) {
                    row.set("key", key);
                    row.set("value", value);
                    row.insert();
                }
            });
        }
        swap_in_schema(admin, scratch, schema);
    } catch (...) {
        try {
            admin.execute("DROP SCHEMA IF EXISTS " + scratch + " CASCADE");
        } catch (...) {
        }
        throw;
    }
}

}  // namespace renozone

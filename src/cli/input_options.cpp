#include "input_options.h"

#include "core/io/embedded_data.h"
#include "core/model/field_catalog.h"

namespace renozone::cli {

void add_input_options(CLI::App& command, InputOptions& o) {
    const std::string group = "Inputs (default: the embedded Wulong dataset)";
    command.add_option("--data", o.data, "one source (GeoPackage, SpatiaLite, PG:…) holding the canonical layers")->group(group);
    for (const auto& spec : layer_catalog()) {
        const std::string kind = spec.kind;
        auto& source = o.sources[kind];
        command.add_option("--" + kind, source.path, kind + " source: a path or an OGR connection string")->group(group);
        command.add_option("--" + kind + "-layer", source.layer, "layer of the " + kind + " source")->group(group);
        if (!spec.spatial) continue;
        command.add_option("--" + kind + "-crs", source.crs, "CRS to assume for " + kind + " (e.g. EPSG:4490)")->group(group);
        command.add_flag("--" + kind + "-gcj02", o.gcj02[kind], kind + " coordinates are GCJ-02 (web map): convert")->group(group);
    }
    command.add_option("--field", o.fields, "field mapping, e.g. --field buildings.floors=层数 (repeatable)")->group(group);
    command.add_option("--default", o.defaults,
                       "value to assume where a building has none, e.g. --default buildings.floors=1 (repeatable; said in the outputs)")
        ->group(group);
    command.add_option("--fields", o.fields_file, "file of field mappings, one layer.field=NAME a line")->group(group);
    command.add_option("--encoding", o.encoding, "attribute encoding of Shapefiles without .cpg, e.g. GBK")->group(group);
    command.add_option("--working-crs", o.crs, "working CRS in metres (default: CGCS2000 3-degree zone by longitude, EPSG:4545 here)")->group(group);
    command.add_flag("--keep-going", o.keep_going, "carry on past bad features (their bad values read as missing)")->group(group);
    command.add_option("--threads", o.parallelism.threads, "threads for reading and placing buildings (default: one per core)")
        ->check(CLI::NonNegativeNumber)
        ->group("Performance");
}

bool InputOptions::uses_embedded_data() const {
    if (!data.empty()) return false;
    for (const auto& [kind, source] : sources)
        if (!source.path.empty()) return false;
    return true;
}

InputSpec InputOptions::to_spec() const {
    InputSpec spec;
    if (!data.empty()) spec = inputs_from_single_source(data);
    else if (uses_embedded_data()) spec = inputs_from_single_source(embedded_dataset_path());
    for (const auto& [kind, source] : sources) {
        auto& target = spec.sources[kind];
        if (!source.path.empty()) target = SourceSpec{source.path, "", "", false, false};
        if (!source.layer.empty()) target.layer = source.layer;
        if (!source.crs.empty()) target.crs = source.crs;
        if (auto it = gcj02.find(kind); it != gcj02.end() && it->second) target.gcj02 = true;
        if (target.path.empty()) spec.sources.erase(kind);
    }
    for (const auto& field : fields) spec.mapping.add(field);
    for (const auto& value : defaults) spec.mapping.add_default(value);
    if (!fields_file.empty()) spec.mapping.add_file(fields_file);
    spec.encoding = encoding;
    spec.working_crs = crs;
    return spec;
}

}  // namespace renozone::cli

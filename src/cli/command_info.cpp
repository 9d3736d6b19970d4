#include "command_info.h"

#include "core/geometry/crs.h"
#include "core/io/dataset_loader.h"
#include "core/model/field_catalog.h"
#include "input_options.h"

#include <iostream>

namespace renozone::cli {
namespace {

void describe_layer(OpenLayer& layer, const LayerSpec& spec) {
    std::cout << spec.kind << ": " << layer.where() << "\n";
    std::cout << "  features: " << layer.layer().GetFeatureCount(TRUE) << "\n";
    if (spec.spatial) {
        std::cout << "  geometry: " << OGRGeometryTypeToName(layer.layer().GetGeomType()) << "\n";
        std::cout << "  crs: " << describe_srs(layer.srs()) << "\n";
    }
    for (const auto& field : spec.fields) {
        const std::string source = layer.source_field_name(field.name);
        std::cout << "  " << field.name << " <- " << (source.empty() ? (field.required ? "(missing!)" : "(absent)") : source)
                  << "\n";
    }
}

}  // namespace

void add_info_command(CLI::App& app, Terminal& terminal) {
    auto options = std::make_shared<InputOptions>();
    auto* cmd = app.add_subcommand("info", "the inputs: layers, CRS, feature counts and the field mapping used");
    add_input_options(*cmd, *options);
    cmd->callback([options, &terminal] {
        const InputSpec spec = options->to_spec();
        if (options->uses_embedded_data()) terminal.note("using the embedded dataset " + spec.sources.at("communities").path);
        SourceFiles files(spec.encoding);
        for (const auto& layer_spec : layer_catalog()) {
            auto layer = open_kind(spec, layer_spec.kind, &files);
            if (!layer) {
                std::cout << layer_spec.kind << ": (not given)\n";
                continue;
            }
            describe_layer(*layer, layer_spec);
            if (layer_spec.kind == "communities")
                std::cout << "  working crs: " << describe_srs(*choose_working_srs(spec, *layer)) << "\n";
        }
    });
}

}  // namespace renozone::cli

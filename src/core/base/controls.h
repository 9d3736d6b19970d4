// A control of a shell that a message points the user to: an option of the
// command line (--overwrite), a setting of a form. The engine writes such a
// message once, in English, with a slot for the control; each audience reads
// it with its own words: the CLI and the reports it writes (its contract) name
// the option, the Qt shells' panels name no option. This file is the one place
// of the engine that holds the command line's names for the controls.
#pragma once

#include <string>

namespace renozone {

enum class Control {
    overwrite,         // replace an output that exists
    field_mapping,     // subject: "communities.name", the field to map
    encoding,          // a Shapefile's text encoding
    layer_choice,      // subject: the layer kind ("communities"): which layer of a file
    layer_crs,         // subject: the layer kind: the CRS the layer is in
    layer_gcj02,       // subject: the layer kind: undo the GCJ-02 offset
    layer_source,      // subject: the layer kind: the file or database it is read from
    working_crs,
    unit_wkt, unit_geojson, unit_layer, unit_crs,  // a unit's shape given as text or a file
    candidates_layer, candidates_crs, grid_spacing, site_count,  // candidate sites
    pushdown, postgis_source,
    building_default,  // a value assumed where a building's record has none
};

// The command line (and the reports it writes), the Qt shells' panels in
// English and in Chinese.
enum class Audience { command_line, forms, forms_zh };

// The slot for `control` in an English message.
std::string slot(Control control, const std::string& subject = {});
// The message with every slot in the audience's words.
std::string said_to(const std::string& message, Audience audience);
bool has_slot(const std::string& message);

}  // namespace renozone

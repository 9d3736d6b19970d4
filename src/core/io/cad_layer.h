// Buildings and communities from a CAD topographic map (DXF), as Chinese survey
// institutes deliver 1:500 and 1:1000 maps in the 南方CASS convention: each
// building a closed polyline on the residential layer (JMD by default) with its
// structure and floors written inside as a text (砼6, 混3, 砖2, 钢12, 简1, 砼6-1
// with a basement, full-width digits too); each community a closed polyline
// with its name inside. The outlines become polygons and each text joins the
// outline holding it; outlines with no text or two, open polylines and texts
// outside every outline are reported. A DXF has no CRS: --*-crs names it.
#pragma once

#include "core/base/findings.h"
#include "core/io/source.h"

#include <memory>
#include <optional>
#include <string>

namespace renozone {

bool is_dxf(const std::string& path);
bool is_dwg(const std::string& path);

// A CASS building annotation: "砼6" → {砼, 6}, "混３" → {混, 3}, "砼6-1" → {砼, 6}.
struct CadAnnotation {
    std::string structure;
    int floors = 0;
};
std::optional<CadAnnotation> parse_cad_annotation(const std::string& text);

// The kind's layer read from the drawing (spec.layer, else JMD for buildings;
// communities need their CAD layer named), as a layer of canonical fields the
// loaders read like any other; what the join found goes to `findings`.
// Throws InputError for a DWG (save it as DXF), a drawing without that CAD
// layer, or communities without their layer named.
std::unique_ptr<OpenLayer> open_cad_layer(const InputSpec& inputs, const std::string& kind, Findings& findings);

}  // namespace renozone

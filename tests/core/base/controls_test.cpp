// A message that points to a control is said with the command line's option
// on the command line and in its reports, and with no option in the Qt shells.
#include "core/base/controls.h"

#include "core/base/errors.h"
#include "core/base/findings.h"
#include "core/vocabulary/error_words.h"
#include "core/vocabulary/finding_words.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

constexpr Control every_control[] = {
    Control::overwrite,    Control::field_mapping, Control::encoding,       Control::layer_choice,   Control::layer_crs,
    Control::layer_gcj02,  Control::layer_source,  Control::working_crs,    Control::unit_wkt,       Control::unit_geojson,
    Control::unit_layer,   Control::unit_crs,      Control::candidates_layer, Control::candidates_crs, Control::grid_spacing,
    Control::site_count,   Control::pushdown,      Control::postgis_source, Control::building_default,
};

TEST(Controls, TheCommandLineNamesAnOptionAndThePanelsNone) {
    for (const Control control : every_control) {
        const std::string message = "x " + slot(control, "buildings") + " y";
        const std::string command_line = said_to(message, Audience::command_line);
        EXPECT_NE(command_line.find("--"), std::string::npos) << command_line;
        for (const Audience forms : {Audience::forms, Audience::forms_zh}) {
            const std::string said = said_to(message, forms);
            EXPECT_EQ(said.find("--"), std::string::npos) << said;
            EXPECT_FALSE(has_slot(said)) << said;
            EXPECT_TRUE(said.starts_with("x ") && said.ends_with(" y")) << said;
        }
    }
}

TEST(Controls, TheCommandLineKeepsItsWords) {
    EXPECT_EQ(said_to("out.gpkg: already exists; " + slot(Control::overwrite), Audience::command_line),
              "out.gpkg: already exists; give --overwrite to replace it");
    EXPECT_EQ(said_to("name it with " + slot(Control::layer_crs, "buildings"), Audience::command_line),
              "name it with --buildings-crs EPSG:CODE");
    EXPECT_EQ(said_to(slot(Control::field_mapping, "communities.name") + "; then", Audience::command_line),
              "map one with --field communities.name=NAME; then");
    EXPECT_EQ(said_to("no slot here", Audience::forms), "no slot here");
}

TEST(Controls, AnErrorIsSaidToEachAudienceInItsWords) {
    const InputError error("x.shp: layer 'x'",
                           Problem{"has no coordinate reference system; name one with " + slot(Control::layer_crs, "buildings"),
                                   "没有坐标参考系；请设置" + slot(Control::layer_crs, "buildings")});
    EXPECT_STREQ(error.what(), "x.shp: layer 'x': has no coordinate reference system; name one with --buildings-crs EPSG:CODE");
    EXPECT_EQ(error.english_for_forms(),
              "x.shp: layer 'x': has no coordinate reference system; name one with the buildings layer's CRS setting (EPSG:CODE)");
    EXPECT_EQ(error_message(error, Lang::en), error.english_for_forms());
    EXPECT_EQ(error.chinese(), "x.shp: layer 'x'：没有坐标参考系；请设置buildings 图层的坐标系设置（EPSG:代码）");
    const InputError plain("x.gpkg: holds no layer");
    EXPECT_EQ(plain.english_for_forms(), plain.what());
}

TEST(Controls, AFindingKeepsTheOptionForReportsAndTheFirstOfSeveralErrorsSaysItToEachAudience) {
    Findings findings;
    findings.add(Severity::error, "outside_crs_area", "buildings", "B1", "b.gpkg: feature 1",
                 Problem{": far away; name it with " + slot(Control::layer_crs, "buildings"), "：很远"});
    findings.add(Severity::error, "empty_geometry", "buildings", "B2", "b.gpkg: feature 2", Problem{": empty", "：空"});
    const Finding& f = findings.items.front();
    EXPECT_EQ(f.message, "b.gpkg: feature 1: far away; name it with --buildings-crs EPSG:CODE");
    EXPECT_EQ(finding_text(f, Lang::en), "b.gpkg: feature 1: far away; name it with the buildings layer's CRS setting (EPSG:CODE)");
    EXPECT_EQ(findings.items.back().english_for_forms(), findings.items.back().message);
    try {
        require_no_errors(findings);
        FAIL() << "two errors, no throw";
    } catch (const InputError& e) {
        EXPECT_STREQ(e.what(), "b.gpkg: feature 1: far away; name it with --buildings-crs EPSG:CODE (and 1 more error)");
        EXPECT_EQ(e.english_for_forms(),
                  "b.gpkg: feature 1: far away; name it with the buildings layer's CRS setting (EPSG:CODE) (and 1 more error)");
    }
}

}  // namespace
}  // namespace renozone

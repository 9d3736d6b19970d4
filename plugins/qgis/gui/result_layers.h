// The dock's facility results as temporary map layers, styled so they read
// at a glance: communities coloured by how well the existing facilities of a
// type reach them, the household buildings they miss, the suggested sites
// numbered by rank.
#pragma once

#include "core/base/progress.h"
#include "core/planning/facility_gaps.h"
#include "core/planning/site_selection.h"

#include <memory>

class QgsCoordinateReferenceSystem;
class QgsVectorLayer;

namespace renozone::plugin {

// A layer a task makes for the GUI thread: deleted on the thread it lives on,
// should it never reach the project.
struct DeleteOnItsThread {
    void operator()(QgsVectorLayer* layer) const;
};
using TaskLayer = std::unique_ptr<QgsVectorLayer, DeleteOnItsThread>;
// Once made: hands the layer to the application's (GUI) thread.
TaskLayer for_gui_thread(TaskLayer layer);

// Made on a task's thread (a city leaves a million homes out), then handed on with for_gui_thread.
TaskLayer gap_communities_layer(const District& district, const FacilityGaps& gaps, const QgsCoordinateReferenceSystem& crs);
// progress: "preparing the map layers", every 8,192 homes left out.
TaskLayer uncovered_buildings_layer(const District& district, const FacilityGaps& gaps, const QgsCoordinateReferenceSystem& crs,
                                    const ProgressFn& progress = {});
QgsVectorLayer* suggested_sites_layer(const District& district, const SiteSelection& selection, const QgsCoordinateReferenceSystem& crs);

}  // namespace renozone::plugin

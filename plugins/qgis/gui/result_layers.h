// The dock's facility results as temporary map layers, styled so they read
// at a glance: communities coloured by how well the existing facilities of a
// type reach them, the household buildings they miss, the suggested sites
// numbered by rank.
#pragma once

#include "facility_gaps.h"
#include "site_selection.h"

#include <memory>

class QgsCoordinateReferenceSystem;
class QgsVectorLayer;

namespace renozone::plugin {

// A layer made on a task's thread for the GUI thread: moved there at once,
// and deleted there (deleteLater) should it never reach the project.
struct DeleteOnItsThread {
    void operator()(QgsVectorLayer* layer) const;
};
using TaskLayer = std::unique_ptr<QgsVectorLayer, DeleteOnItsThread>;
TaskLayer for_gui_thread(QgsVectorLayer* layer);

QgsVectorLayer* gap_communities_layer(const District& district, const FacilityGaps& gaps, const QgsCoordinateReferenceSystem& crs);
QgsVectorLayer* uncovered_buildings_layer(const District& district, const FacilityGaps& gaps, const QgsCoordinateReferenceSystem& crs);
QgsVectorLayer* suggested_sites_layer(const District& district, const SiteSelection& selection, const QgsCoordinateReferenceSystem& crs);

}  // namespace renozone::plugin

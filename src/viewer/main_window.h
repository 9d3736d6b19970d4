// The viewer's window: layer list on the left, the map in the middle, the
// panels of the active tool on the right, and menus and toolbar for opening
// data, tools, export and language. It connects gestures to core calls.
#pragma once

#include "shape_overlay.h"
#include "viewer_session.h"

#include "core/planning/project_store.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QTabWidget;

namespace renozone::viewer {

class CommunityPanel;
class CoordinateDisplay;
class DataProblemsPanel;
class IdentifyPanel;
class LayerList;
struct MapLayer;
class MapCanvas;
class PointPickTool;
class SitePanel;
class UnitDrawTool;
class UnitPanel;
class UnitSketch;
class ViewerSession;
class ZoomBoxTool;

enum class ToolKind { browse, zoom_box, identify, draw_unit, site_check };

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens SOURCE ("" = the embedded dataset); a message box on failure.
    bool open_source(const QString& source, bool print_timing = false);
    bool open_source(const SessionSource& source, bool print_timing = false);
    bool open_project(const QString& path);
    void activate_tool(ToolKind tool);
    // Saves the drawn unit into the project at `project_path`; returns "" or the problem.
    QString save_unit(const UnitAttributes& attributes, const QString& project_path);
    // The tagged layers (the core's GeoPackage writer, styles included); returns "" or the problem.
    QString export_layers(const QString& path);

    MapCanvas* canvas() const { return canvas_; }
    LayerList* layer_list() const { return layer_list_; }
    UnitSketch* sketch() const { return sketch_; }
    UnitPanel* unit_panel() const { return unit_panel_; }
    SitePanel* site_panel() const { return site_panel_; }
    IdentifyPanel* identify_panel() const { return identify_panel_; }
    CommunityPanel* community_panel() const { return community_panel_; }
    DataProblemsPanel* data_problems_panel() const { return data_problems_panel_; }
    ViewerSession* session() const { return session_.get(); }
    const ShapeOverlay& site_overlay() const { return site_overlay_; }
    QString coordinates_text() const;

public slots:
    void identify_at(QPointF map_point, double tolerance);
    void check_site_at(QPointF map_point);
    // Zooms to the building or community with this id and outlines it; false when there is none.
    bool locate_feature(const QString& layer_id, const QString& feature_id);

private:
    void build_actions();
    void build_docks();
    void apply_layers();
    void show_picked(const MapLayer& layer, int feature);
    void show_site_overlay();
    void show_gaps(const std::string& facility_type);
    void choose_and_open();
    void choose_and_open_project();
    void save_unit_interactively();
    void record_site_check_interactively();
    void export_map_interactively();
    void export_layers_interactively();
    void set_language(const QString& language);

    std::unique_ptr<ViewerSession> session_;
    std::unique_ptr<CoordinateDisplay> coordinates_;
    MapCanvas* canvas_;
    LayerList* layer_list_;
    QTabWidget* panels_;
    IdentifyPanel* identify_panel_;
    CommunityPanel* community_panel_;
    UnitSketch* sketch_;
    UnitPanel* unit_panel_;
    SitePanel* site_panel_;
    DataProblemsPanel* data_problems_panel_;
    ZoomBoxTool* zoom_tool_;
    PointPickTool* identify_tool_;
    UnitDrawTool* unit_tool_;
    PointPickTool* site_tool_;
    ShapeOverlay selection_overlay_, site_overlay_;
    QLabel* coordinates_label_;
    QLabel* scale_label_;
    QLabel* frame_label_;
    QAction* tool_actions_[5] = {};
};

}  // namespace renozone::viewer

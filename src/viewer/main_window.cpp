#include "main_window.h"

#include "click_tools.h"
#include "community_panel.h"
#include "coordinate_display.h"
#include "data_problems_panel.h"
#include "display_names.h"
#include "engine_progress.h"
#include "error_text.h"
#include "export_dialog.h"
#include "funding_table.h"
#include "gaps_layer.h"
#include "geos_conversion.h"
#include "identify_panel.h"
#include "layer_list.h"
#include "map_canvas.h"
#include "map_decorations.h"
#include "session_export.h"
#include "site_panel.h"
#include "translations.h"
#include "unit_draw_tool.h"
#include "unit_panel.h"
#include "unit_save_dialog.h"
#include "unit_sketch.h"
#include "viewer_session.h"

#include "core/base/errors.h"
#include "core/io/embedded_data.h"
#include "core/output/tagged_output.h"
#include "core/planning/unit_geometry.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace renozone::viewer {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName("main_window");
    setWindowTitle(tr("renozone 老旧小区改造规划查看器"));
    resize(1440, 900);
    canvas_ = new MapCanvas(this);
    canvas_->setObjectName("map_canvas");
    setCentralWidget(canvas_);
    sketch_ = new UnitSketch(this);
    zoom_tool_ = new ZoomBoxTool(canvas_);
    identify_tool_ = new PointPickTool(canvas_, QCursor(Qt::WhatsThisCursor));
    unit_tool_ = new UnitDrawTool(canvas_, sketch_);
    site_tool_ = new PointPickTool(canvas_, QCursor(Qt::CrossCursor));
    build_docks();
    build_actions();
    canvas_->add_overlay(&selection_overlay_);
    canvas_->add_overlay(&site_overlay_);

    coordinates_label_ = new QLabel(this);
    coordinates_label_->setObjectName("cursor_coordinates");
    scale_label_ = new QLabel(this);
    scale_label_->setObjectName("map_scale");
    frame_label_ = new QLabel(this);
    statusBar()->addPermanentWidget(coordinates_label_);
    statusBar()->addPermanentWidget(scale_label_);
    statusBar()->addPermanentWidget(frame_label_);
    connect(canvas_, &MapCanvas::cursor_moved, this, [this](QPointF p) {
        coordinates_label_->setText(coordinates_ ? coordinates_->text(p) : QString());
    });
    connect(canvas_, &MapCanvas::view_changed, this, [this] {
        scale_label_->setText(tr("比例尺 %1").arg(scale_label(canvas_->view().scale_denominator(canvas_->dpi()))));
    });
    connect(canvas_, &MapCanvas::frame_finished, this, [this](double ms) {
        frame_label_->setText(tr("绘制 %1 ms").arg(ms, 0, 'f', 0));
    });
    connect(identify_tool_, &PointPickTool::picked, this, &MainWindow::identify_at);
    connect(site_tool_, &PointPickTool::picked, this, [this](QPointF p, double) { check_site_at(p); });
    connect(unit_tool_, &UnitDrawTool::live_ring_changed, unit_panel_, &UnitPanel::ring_changed);
    connect(unit_panel_, &UnitPanel::save_requested, this, &MainWindow::save_unit_interactively);
    connect(site_panel_, &SitePanel::result_changed, this, &MainWindow::show_site_overlay);
    connect(site_panel_, &SitePanel::gaps_requested, this, &MainWindow::show_gaps);
    connect(site_panel_, &SitePanel::record_requested, this, &MainWindow::record_site_check_interactively);
    connect(site_panel_, &SitePanel::gaps_cleared, this, [this] { layer_list_->remove_layer(gaps_layer_id); });
    connect(layer_list_, &LayerList::changed, this, &MainWindow::apply_layers);
    connect(data_problems_panel_, &DataProblemsPanel::feature_requested, this, &MainWindow::locate_feature);
    activate_tool(ToolKind::browse);
}

MainWindow::~MainWindow() {
    canvas_->set_tool(nullptr);
    canvas_->set_layers({});
}

void MainWindow::build_docks() {
    layer_list_ = new LayerList(this);
    auto* layers_dock = new QDockWidget(tr("图层"), this);
    layers_dock->setObjectName("layers_dock");
    layers_dock->setWidget(layer_list_);
    addDockWidget(Qt::LeftDockWidgetArea, layers_dock);

    identify_panel_ = new IdentifyPanel(this);
    community_panel_ = new CommunityPanel(this);
    auto* info = new QSplitter(Qt::Vertical, this);
    info->addWidget(community_panel_);
    info->addWidget(identify_panel_);
    unit_panel_ = new UnitPanel(sketch_, this);
    site_panel_ = new SitePanel(this);
    data_problems_panel_ = new DataProblemsPanel(this);
    panels_ = new QTabWidget(this);
    panels_->setObjectName("panels");
    panels_->addTab(info, tr("信息"));
    panels_->addTab(unit_panel_, tr("实施单元"));
    panels_->addTab(site_panel_, tr("设施选址"));
    panels_->addTab(data_problems_panel_, tr("数据问题"));
    auto* panels_dock = new QDockWidget(tr("面板"), this);
    panels_dock->setObjectName("panels_dock");
    panels_dock->setWidget(panels_);
    panels_dock->setMinimumWidth(360);
    addDockWidget(Qt::RightDockWidgetArea, panels_dock);
    // Fixed like a user-set width, so long figures and messages never push the map aside while drawing.
    resizeDocks({layers_dock, panels_dock}, {240, 400}, Qt::Horizontal);
}

void MainWindow::build_actions() {
    auto* file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(tr("打开数据…"), QKeySequence::Open, this, &MainWindow::choose_and_open);
    file->addAction(tr("打开或新建项目…"), this, &MainWindow::choose_and_open_project);
    file->addSeparator();
    QAction* export_map_action = file->addAction(tr("导出地图（PNG/PDF）…"), this, &MainWindow::export_map_interactively);
    export_map_action->setObjectName("action_export_map");
    file->addAction(tr("导出图层到 GeoPackage…"), this, &MainWindow::export_layers_interactively);
    file->addSeparator();
    file->addAction(tr("退出"), QKeySequence::Quit, this, &QWidget::close);

    auto* edit = menuBar()->addMenu(tr("编辑(&E)"));
    QAction* undo = sketch_->undo_stack().createUndoAction(this, tr("撤销"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = sketch_->undo_stack().createRedoAction(this, tr("重做"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    auto* view = menuBar()->addMenu(tr("视图(&V)"));
    QAction* full = view->addAction(tr("全图"), this, [this] { canvas_->zoom_to_full_extent(); });
    full->setObjectName("action_full_extent");
    full->setShortcut(Qt::Key_Home);
    QAction* zoom_in = view->addAction(tr("放大"), this, [this] { canvas_->zoom_by(1.5); });
    QAction* zoom_out = view->addAction(tr("缩小"), this, [this] { canvas_->zoom_by(1 / 1.5); });

    auto* tools = menuBar()->addMenu(tr("工具(&T)"));
    auto* group = new QActionGroup(this);
    const std::pair<ToolKind, QString> kinds[] = {
        {ToolKind::browse, tr("浏览")}, {ToolKind::zoom_box, tr("框选放大")}, {ToolKind::identify, tr("识别")},
        {ToolKind::draw_unit, tr("绘制实施单元")}, {ToolKind::site_check, tr("设施选址检查")}};
    const char* names[] = {"action_browse", "action_zoom_box", "action_identify", "action_draw_unit", "action_site_check"};
    for (int i = 0; i < 5; ++i) {
        QAction* a = tools->addAction(kinds[i].second);
        a->setObjectName(names[i]);
        a->setCheckable(true);
        group->addAction(a);
        const ToolKind kind = kinds[i].first;
        connect(a, &QAction::triggered, this, [this, kind] { activate_tool(kind); });
        tool_actions_[i] = a;
    }
    tool_actions_[0]->setToolTip(tr("拖动平移，滚轮缩放，Shift+拖动框选放大"));

    auto* language = menuBar()->addMenu(tr("语言(&L)"));
    language->addAction("中文", this, [this] { set_language("zh"); });
    language->addAction("English", this, [this] { set_language("en"); });
    auto* help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(tr("关于"), this, [this] {
        QMessageBox::about(this, tr("关于 renozone-viewer"),
                           tr("renozone-viewer 0.1.0\n城镇老旧小区改造规划查看器。所有数字由 librenozone_core 计算。"));
    });

    auto* bar = addToolBar(tr("工具"));
    bar->setObjectName("main_toolbar");
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(full);
    bar->addAction(zoom_in);
    bar->addAction(zoom_out);
    bar->addSeparator();
    for (QAction* a : tool_actions_) bar->addAction(a);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(export_map_action);
}

void MainWindow::activate_tool(ToolKind tool) {
    tool_actions_[static_cast<int>(tool)]->setChecked(true);
    switch (tool) {
        case ToolKind::browse: canvas_->set_tool(nullptr); break;
        case ToolKind::zoom_box: canvas_->set_tool(zoom_tool_); break;
        case ToolKind::identify:
            canvas_->set_tool(identify_tool_);
            panels_->setCurrentIndex(0);
            break;
        case ToolKind::draw_unit:
            canvas_->set_tool(unit_tool_);
            panels_->setCurrentWidget(unit_panel_);
            break;
        case ToolKind::site_check:
            canvas_->set_tool(site_tool_);
            panels_->setCurrentWidget(site_panel_);
            break;
    }
}

bool MainWindow::open_source(const QString& source, bool print_timing) {
    return open_source(SessionSource::of_path(source), print_timing);
}

bool MainWindow::open_source(const SessionSource& opened, bool print_timing) {
    const QString source = opened.shown();
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<ViewerSession> session;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        EngineProgress progress(this, tr("正在打开 %1").arg(source.isEmpty() ? tr("内置武隆数据") : QFileInfo(source).fileName()));
        session = std::make_unique<ViewerSession>(opened, progress.fn());
    } catch (const EngineCanceled&) {
        QApplication::restoreOverrideCursor();
        statusBar()->showMessage(tr("已取消打开"), 8000);
        return false;
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::critical(this, tr("无法打开数据"), error_text(e));
        return false;
    }
    QApplication::restoreOverrideCursor();
    // Panels and the canvas hold pointers into the old session: detach them first.
    unit_panel_->set_session(nullptr);
    site_panel_->set_session(nullptr);
    data_problems_panel_->show_nothing();
    canvas_->set_layers({});
    selection_overlay_.clear();
    site_overlay_.clear();
    sketch_->reset({}, false);
    session_ = std::move(session);
    coordinates_ = std::make_unique<CoordinateDisplay>(session_->district().data().working_srs.get());
    layer_list_->set_layers(session_->layers());
    canvas_->set_full_extent(session_->full_extent());
    canvas_->zoom_to_full_extent();
    unit_panel_->set_session(session_.get());
    site_panel_->set_session(session_.get());
    data_problems_panel_->show_district(session_->district());
    identify_panel_->show_nothing();
    community_panel_->show_nothing();
    setWindowTitle(tr("renozone 老旧小区改造规划查看器 — %1").arg(QFileInfo(session_->data_source()).fileName()));
    for (const QString& note : session_->notes()) statusBar()->showMessage(note, 10000);
    if (print_timing) {
        const auto& t = session_->timings();
        std::fprintf(stderr, "load %.0f ms, analysis %.0f ms, map layers %.0f ms\n", t.load_ms, t.analyse_ms, t.layers_ms);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(canvas_, &MapCanvas::frame_finished, this, [clock, connection](double ms) mutable {
            std::fprintf(stderr, "first frame %.0f ms; open to first frame %.0f ms (process CPU %.0f ms)\n", ms,
                         clock.nsecsElapsed() / 1e6, 1000.0 * std::clock() / CLOCKS_PER_SEC);
            QObject::disconnect(*connection);
        });
    }
    return true;
}

bool MainWindow::open_project(const QString& path) {
    if (!session_) return false;
    try {
        session_->open_project(path);
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("无法打开项目"), error_text(e));
        return false;
    }
    if (auto layer = session_->units_layer()) layer_list_->put_layer(layer);
    statusBar()->showMessage(tr("项目：%1（%2 个实施单元）").arg(path).arg(session_->units().size()), 8000);
    return true;
}

void MainWindow::apply_layers() { canvas_->set_layers(layer_list_->visible_bottom_to_top()); }

QString MainWindow::coordinates_text() const { return coordinates_label_->text(); }

void MainWindow::identify_at(QPointF p, double tolerance) {
    const auto layers = layer_list_->visible_bottom_to_top();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const MapLayer& layer = **it;
        if (layer.id == gaps_layer_id) continue;  // derived: the building or community below says more
        const int f = layer.feature_at(p, tolerance);
        if (f < 0) continue;
        show_picked(layer, f);
        panels_->setCurrentIndex(0);
        return;
    }
    selection_overlay_.clear();
    identify_panel_->show_nothing();
    community_panel_->show_nothing();
    canvas_->refresh_overlays();
}

void MainWindow::show_picked(const MapLayer& layer, int f) {
    identify_panel_->show_feature(layer, f);
    int community = -1;
    if (layer.id == "communities") community = f;
    if (layer.id == "buildings") community = session_->district().analysis().buildings[f].place.community;
    if (community >= 0) community_panel_->show_community(session_->district(), community);
    else community_panel_->show_nothing();
    // Outline what was picked: rebuilt from the layer's own vertices.
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const auto& g = layer.geometry;
    for (auto part = g.first_part(f); part < g.end_part(f); ++part) {
        QPolygonF ring;
        for (auto i = g.first_point(part); i < g.end_point(part); ++i) ring << g.point(i);
        if (ring.size() == 1) path.addEllipse(ring.first(), 4 * canvas_->view().units_per_pixel(), 4 * canvas_->view().units_per_pixel());
        else path.addPolygon(ring);
    }
    selection_overlay_.set_shapes({{path, QPen(QColor(255, 200, 0), 3), Qt::NoBrush}});
    canvas_->refresh_overlays();
}

bool MainWindow::locate_feature(const QString& layer_id, const QString& feature_id) {
    const auto layer = layer_list_->layer(layer_id);
    if (!session_ || !layer) return false;
    const auto& data = session_->district().data();
    const auto index_of = [id = feature_id.toStdString()](const auto& features) {
        const auto it = std::find_if(features.begin(), features.end(), [&id](const auto& x) { return x.id == id; });
        return it == features.end() ? -1 : static_cast<int>(it - features.begin());
    };
    const int f = layer_id == QLatin1String("buildings")     ? index_of(data.buildings)
                  : layer_id == QLatin1String("communities") ? index_of(data.communities)
                                                             : -1;
    if (f < 0 || static_cast<std::size_t>(f) >= layer->size()) {
        statusBar()->showMessage(tr("%1 中没有编号为 %2 的要素").arg(layer_title(layer_id), feature_id), 8000);
        return false;
    }
    const MapRect box = layer->geometry.box(f);
    if (layer->geometry.first_part(f) == layer->geometry.end_part(f))
        statusBar()->showMessage(tr("%1 没有几何，无法在地图上显示").arg(feature_id), 8000);
    else canvas_->zoom_to(box.grown(std::max({box.width(), box.height(), 60.0})));  // the feature and its surroundings
    show_picked(*layer, f);
    return true;
}

void MainWindow::check_site_at(QPointF p) {
    panels_->setCurrentWidget(site_panel_);
    site_panel_->check_at(p);
}

void MainWindow::show_site_overlay() {
    site_overlay_.clear();
    const auto& result = site_panel_->result();
    if (result && session_) {
        const District& district = session_->district();
        QPainterPath served;
        served.setFillRule(Qt::WindingFill);
        for (int b : result->buildings_served)
            if (const auto& g = district.data().buildings[b].geom) served.addPath(painter_path(district.ctx(), g.get()));
        QPainterPath circle;
        const QPointF centre(result->point.x, result->point.y);
        circle.addEllipse(centre, result->radius_m, result->radius_m);
        const double marker = 6 * canvas_->view().units_per_pixel();
        QPainterPath site;
        site.addEllipse(centre, marker, marker);
        site_overlay_.set_shapes({
            {circle, QPen(QColor(230, 85, 13), 2, Qt::DashLine), QColor(253, 141, 60, 30)},
            {served, QPen(QColor(230, 85, 13), 1.5), QColor(253, 174, 107, 200)},
            {site, QPen(Qt::white, 2), QColor(230, 85, 13)},
        });
    }
    canvas_->refresh_overlays();
}

void MainWindow::show_gaps(const std::string& facility_type) {
    if (!session_) return;
    try {
        EngineProgress progress(this, tr("正在计算设施缺口"));
        const GapsLayer gaps =
            make_gaps_layer(session_->site_checker(), facility_type, site_panel_->options().use_network, progress.fn());
        layer_list_->put_layer(gaps.layer);
        layer_list_->set_visible(gaps_layer_id, true);
        site_panel_->show_gaps_summary(gaps.summary);
    } catch (const EngineCanceled&) {
        layer_list_->remove_layer(gaps_layer_id);
        site_panel_->show_gaps_summary(tr("已取消设施缺口计算"));
    } catch (const std::exception& e) {
        layer_list_->remove_layer(gaps_layer_id);
        site_panel_->show_gaps_summary(error_text(e));
    }
}

QString MainWindow::save_unit(const UnitAttributes& attributes, const QString& project_path) {
    if (!session_) return tr("未打开数据");
    if (!sketch_->closed()) return tr("实施单元尚未闭合");
    if (unit_panel_->funding_table()->sum_is_off()) return tr("资金分担比例合计不是 100 %，请改正或清空后再保存");
    try {
        if (session_->project_path() != project_path) session_->open_project(project_path);
        const District& district = session_->district();
        GeomPtr polygon = polygon_from_ring(district.ctx(), sketch_->vertices());
        check_unit_geometry(district, polygon.get(), attributes.name);
        UnitAttributes a = attributes;
        a.money = unit_panel_->money();
        const UnitEvaluation e = evaluate_unit(district, polygon.get(), a.money, session_->unit_geometries());
        const long long id = session_->project()->add_unit(a, polygon.get(), district.ctx(), e);
        layer_list_->put_layer(session_->reload_units());
        sketch_->reset({}, false);
        statusBar()->showMessage(tr("已保存实施单元 %1（编号 %2）到 %3").arg(QString::fromStdString(a.name)).arg(id).arg(project_path), 10000);
        return {};
    } catch (const std::exception& e) {
        return error_text(e);
    }
}

void MainWindow::save_unit_interactively() {
    const QString suggested = session_ && !session_->project_path().isEmpty()
                                  ? session_->project_path()
                                  : QDir::current().filePath("renozone-project.gpkg");
    UnitSaveDialog dialog(suggested, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString problem = save_unit(dialog.attributes(), dialog.project_path());
    if (!problem.isEmpty()) QMessageBox::warning(this, tr("未能保存"), problem);
}

void MainWindow::record_site_check_interactively() {
    if (session_ && !session_->project()) choose_and_open_project();
    const QString problem = site_panel_->record();
    if (!problem.isEmpty()) QMessageBox::warning(this, tr("未能记录"), problem);
    else statusBar()->showMessage(tr("已记录选址检查到 %1").arg(session_->project_path()), 10000);
}

void MainWindow::choose_and_open() {
    const QString path = QFileDialog::getOpenFileName(this, tr("打开数据"), QString(),
                                                      tr("GeoPackage (*.gpkg);;所有矢量数据 (*.gpkg *.shp *.geojson *.json *.fgb *.sqlite);;所有文件 (*)"));
    if (!path.isEmpty()) open_source(path);
}

void MainWindow::choose_and_open_project() {
    const QString path = QFileDialog::getSaveFileName(this, tr("打开或新建项目"), QString(), tr("GeoPackage (*.gpkg)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) open_project(path.endsWith(".gpkg") ? path : path + ".gpkg");
}

void MainWindow::export_map_interactively() {
    if (!session_) return;
    ExportRequest request = session_export_request(*session_, canvas_->view().extent(), layer_list_->visible_bottom_to_top());
    ExportDialog dialog(request.title, QDir::current().filePath("renozone-map.pdf"), this);
    if (dialog.exec() != QDialog::Accepted) return;
    dialog.apply_to(request);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = export_map(request);
    QApplication::restoreOverrideCursor();
    if (problem.isEmpty()) statusBar()->showMessage(tr("已导出 %1").arg(request.path), 8000);
    else QMessageBox::warning(this, tr("导出失败"), problem);
}

QString MainWindow::export_layers(const QString& path) {
    if (!session_) return tr("未打开数据");
    try {
        OutputOptions options;
        options.overwrite = true;
        options.data_notice = session_->district().data().data_notice;
        EngineProgress progress(this, tr("正在导出 %1").arg(QFileInfo(path).fileName()));
        write_tagged_geopackage(path.toStdString(), session_->district().data(), session_->district().analysis(),
                                session_->inputs(), options, progress.fn());
        return {};
    } catch (const EngineCanceled&) {
        return tr("已取消导出，%1 保持原样").arg(QFileInfo(path).fileName());
    } catch (const std::exception& e) {
        return error_text(e);
    }
}

void MainWindow::export_layers_interactively() {
    if (!session_) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("导出图层到 GeoPackage"), QDir::current().filePath("renozone-layers.gpkg"),
                                                      tr("GeoPackage (*.gpkg)"));
    if (path.isEmpty()) return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = export_layers(path);
    QApplication::restoreOverrideCursor();
    if (problem.isEmpty()) statusBar()->showMessage(tr("已导出 %1").arg(path), 8000);
    else QMessageBox::warning(this, tr("导出失败"), problem);
}

void MainWindow::set_language(const QString& language) {
    remember_language(language);
    QMessageBox::information(this, tr("语言"), tr("界面语言将在重新启动后切换。 / The language changes at the next start."));
}

}  // namespace renozone::viewer

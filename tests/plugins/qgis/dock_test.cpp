// The dock and the map tools on an offscreen canvas: open, follow the map
// selection, draw a unit, check a site, save, tag and export — each figure
// the same as the CLI's for the same geometry.
#include "cli_runner.h"
#include "core/planning/project_store.h"
#include "core/vocabulary/site_rule_words.h"
#include "core/vocabulary/unit_figure_rows.h"
#include "coverage_panel.h"
#include "engine_text.h"
#include "facility_panel.h"
#include "funding_table.h"
#include "geometry_bridge.h"
#include "problems_layer.h"
#include "renozone_dock.h"
#include "saved_funding.h"
#include "session.h"
#include "site_check_tool.h"
#include "site_panel.h"
#include "translation.h"
#include "unit_draw_tool.h"
#include "unit_panel.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTabWidget>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QFile>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QScrollArea>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTranslator>
#include <QWheelEvent>

namespace renozone::plugin::test {
namespace {

using nlohmann::json;

class DockTest : public ::testing::Test {
protected:
    void SetUp() override {
        QgsProject::instance()->clear();
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4545")));
        canvas.resize(1000, 500);
        canvas.setExtent(QgsRectangle(474000, 3244700, 477700, 3246400));
        ASSERT_TRUE(session.open(QString()));
    }
    void TearDown() override { QgsProject::instance()->clear(); }

    QPoint pixel(double x, double y) { return canvas.getCoordinateTransform()->transform(x, y).toQPointF().toPoint(); }
    QgsMapMouseEvent event(QEvent::Type type, double x, double y, Qt::MouseButton button = Qt::NoButton) {
        return QgsMapMouseEvent(&canvas, type, pixel(x, y), button);
    }

    QgsMapCanvas canvas;
    Session session{QgsProject::instance()};
    RenozoneDock dock{&session, &canvas, {}};
};

QString wkt_point(const QgsPointXY& p) {
    return QStringLiteral("POINT(%1 %2)").arg(QString::number(p.x(), 'g', 17), QString::number(p.y(), 'g', 17));
}

// The session's messages, as the message bar would show them.
struct Messages {
    explicit Messages(Session& session) {
        QObject::connect(&session, &Session::message, [this](const QString& text, Qgis::MessageLevel level) {
            texts << text;
            levels << level;
        });
    }
    QStringList texts;
    QList<Qgis::MessageLevel> levels;
};

// As QGIS's event loop would: the task ends on the GUI thread.
bool wait_until_idle(const Session& session) {
    QElapsedTimer clock;
    clock.start();
    while (session.busy() && clock.elapsed() < 60000) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !session.busy();
}

TEST_F(DockTest, OpensTheEmbeddedDataAsStyledLayers) {
    for (const QString& name : {"communities", "buildings", "streets", "roads", "facilities", "river", "heritage"}) {
        QgsVectorLayer* layer = session.layer(name);
        ASSERT_NE(layer, nullptr) << name.toStdString();
        EXPECT_TRUE(layer->isValid());
    }
    auto* roads = dynamic_cast<QgsCategorizedSymbolRenderer*>(session.layer(QStringLiteral("roads"))->renderer());
    ASSERT_NE(roads, nullptr) << "styles/roads.qml was not applied";
    EXPECT_EQ(roads->classAttribute(), QStringLiteral("class"));
    EXPECT_EQ(dock.coverage_panel()->shown_community_ids().size(), run_cli_json({"report", "--format", "json"})["district"]["communities"].get<int>());
    const auto buildings = static_cast<long long>(session.district()->district().data().buildings.size());
    ASSERT_GE(buildings, 1000);
    EXPECT_TRUE(session.district()->summary().contains(QStringLiteral("%1,%2").arg(buildings / 1000).arg(buildings % 1000, 3, 10, QLatin1Char('0'))))
        << session.district()->summary().toStdString();
}

TEST_F(DockTest, CoverageFollowsTheMapSelection) {
    QgsVectorLayer* communities = session.layer(QStringLiteral("communities"));
    communities->selectByExpression(QStringLiteral("\"id\" IN ('FS03', 'FS14')"));
    QStringList shown = dock.coverage_panel()->shown_community_ids();
    shown.sort();
    EXPECT_EQ(shown, (QStringList{"FS03", "FS14"}));
    const json selection = json::parse(dock.coverage_panel()->selection_json().toStdString());
    const json cli = run_cli_json({"unit", "--communities-ids", "FS03,FS14", "--format", "json"});
    EXPECT_EQ(selection, cli);
    communities->removeSelection();
    EXPECT_GT(dock.coverage_panel()->shown_community_ids().size(), 2);
    EXPECT_TRUE(dock.coverage_panel()->selection_json().isEmpty());
}

TEST_F(DockTest, DrawingAUnitShowsTheCliFiguresLiveAndSavesIt) {
    UnitDrawTool tool(&canvas);
    UnitPanel* panel = dock.unit_panel();
    QObject::connect(&tool, &UnitDrawTool::shape_changed, panel, &UnitPanel::evaluate);
    QObject::connect(&tool, &UnitDrawTool::shape_finished, panel, &UnitPanel::evaluate_finished);
    auto* save_button = panel->findChild<QPushButton*>(QStringLiteral("renozoneSaveUnit"));
    canvas.setMapTool(&tool);
    for (const auto& [x, y] : {std::pair{474400.0, 3245500.0}, std::pair{474800.0, 3245500.0}}) {
        auto click = event(QEvent::MouseButtonRelease, x, y, Qt::LeftButton);
        tool.canvasReleaseEvent(&click);
    }
    auto move = event(QEvent::MouseMove, 474800, 3245800);
    tool.canvasMoveEvent(&move);  // three corners: the figures are already there while the mouse moves
    ASSERT_FALSE(panel->last_unit_json().isEmpty());
    const json live = json::parse(panel->last_unit_json().toStdString());
    EXPECT_EQ(live, run_cli_json({"unit", "--wkt", panel->current_unit_wkt(), "--format", "json"}));
    EXPECT_FALSE(save_button->isEnabled()) << "the live shape has a corner where the mouse happens to be";
    EXPECT_FALSE(panel->save());

    for (const auto& [x, y] : {std::pair{474800.0, 3245800.0}, std::pair{474400.0, 3245800.0}}) {
        auto click = event(QEvent::MouseButtonRelease, x, y, Qt::LeftButton);
        tool.canvasReleaseEvent(&click);
    }
    auto finish = event(QEvent::MouseButtonRelease, 474400, 3245800, Qt::RightButton);
    tool.canvasReleaseEvent(&finish);
    const QString wkt = panel->current_unit_wkt();
    const json finished = json::parse(panel->last_unit_json().toStdString());
    EXPECT_EQ(finished, run_cli_json({"unit", "--wkt", wkt, "--format", "json"}));
    EXPECT_GT(finished["buildings"].get<int>(), live["buildings"].get<int>());
    EXPECT_TRUE(save_button->isEnabled());
    // Every row the core lists, as the viewer's panel lists them (core/vocabulary/unit_figure_rows.h).
    const auto labels = panel->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^unitFigure_")));
    EXPECT_EQ(labels.size(), static_cast<int>(unit_figure_rows().size()));
    for (const auto& row : unit_figure_rows()) {
        const auto* label = panel->findChild<QLabel*>(QStringLiteral("unitFigure_%1").arg(QLatin1String(row.key)));
        ASSERT_NE(label, nullptr) << row.key;
        EXPECT_NE(label->text(), QStringLiteral("–")) << row.key;
    }

    QTemporaryDir dir;
    session.set_project_path(dir.filePath(QStringLiteral("project.gpkg")));
    ASSERT_TRUE(panel->save());
    EXPECT_NE(session.layer(QStringLiteral("implementation_units")), nullptr);
    const json listed = run_cli_json({"unit", "--project", session.project_path(), "--list", "--format", "json"});
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0]["buildings"], finished["buildings"]);
}

TEST_F(DockTest, BackspaceTakesACornerBackAndTheFiguresFollow) {
    UnitDrawTool tool(&canvas);
    UnitPanel* panel = dock.unit_panel();
    QObject::connect(&tool, &UnitDrawTool::shape_changed, panel, &UnitPanel::evaluate);
    QObject::connect(&tool, &UnitDrawTool::shape_cleared, panel, &UnitPanel::clear);
    canvas.setMapTool(&tool);
    for (const auto& [x, y] : {std::pair{474400.0, 3245500.0}, std::pair{474800.0, 3245500.0}, std::pair{474800.0, 3245800.0},
                               std::pair{474400.0, 3245800.0}}) {
        auto click = event(QEvent::MouseButtonRelease, x, y, Qt::LeftButton);
        tool.canvasReleaseEvent(&click);
    }
    const json four_corners = json::parse(panel->last_unit_json().toStdString());
    QKeyEvent backspace(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier);
    tool.keyPressEvent(&backspace);
    ASSERT_FALSE(panel->last_unit_json().isEmpty());
    const json three_corners = json::parse(panel->last_unit_json().toStdString());
    EXPECT_NE(three_corners, four_corners);
    EXPECT_EQ(three_corners, run_cli_json({"unit", "--wkt", panel->current_unit_wkt(), "--format", "json"}));
    tool.keyPressEvent(&backspace);  // two corners: no unit, no figures
    EXPECT_TRUE(panel->last_unit_json().isEmpty());
    EXPECT_EQ(panel->findChild<QLabel*>(QStringLiteral("unitFigure_buildings"))->text(), QStringLiteral("–"));
}

TEST_F(DockTest, ASelfIntersectingUnitIsExplainedNotEvaluated) {
    UnitPanel* panel = dock.unit_panel();
    panel->evaluate(QgsGeometry::fromWkt(
        QStringLiteral("POLYGON((474400 3245500,474800 3245800,474800 3245500,474400 3245800,474400 3245500))")));
    EXPECT_TRUE(panel->last_unit_json().isEmpty());
    EXPECT_TRUE(panel->findChild<QLabel*>(QStringLiteral("renozoneUnitWarnings"))->text().contains(QStringLiteral("not valid")));
}

TEST_F(DockTest, ClickingASiteChecksItAsTheCliDoes) {
    SiteCheckTool tool(&canvas);
    SitePanel* panel = dock.site_panel();
    QObject::connect(&tool, &SiteCheckTool::site_clicked, panel, &SitePanel::check_at);
    auto* type = panel->findChild<QComboBox*>(QStringLiteral("renozoneSiteType"));
    type->setCurrentIndex(type->findData(QStringLiteral("kindergarten")));
    auto click = event(QEvent::MouseButtonRelease, 474500, 3245600, Qt::LeftButton);
    tool.canvasReleaseEvent(&click);
    ASSERT_FALSE(panel->last_site_json().isEmpty());
    const json cli = run_cli_json({"check-site", "--type", "kindergarten", "--format", "json", "--wkt", wkt_point(click.mapPoint())});
    EXPECT_EQ(json::parse(panel->last_site_json().toStdString()), cli);
    EXPECT_EQ(session.layer(QStringLiteral("buildings"))->selectedFeatureCount(), cli["buildings_served"].get<long long>());
    const auto* rules = panel->findChild<QTreeWidget*>(QStringLiteral("renozoneSiteRules"));
    ASSERT_EQ(rules->topLevelItemCount(), static_cast<int>(cli["rules"].size()));
    for (int i = 0; i < rules->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = rules->topLevelItem(i);
        const std::string id = cli["rules"][i]["id"].get<std::string>();
        EXPECT_EQ(item->data(0, Qt::UserRole).toString().toStdString(), id);
        EXPECT_EQ(item->text(0), qs(rule_title(id, interface_lang())));
        EXPECT_NE(item->text(0), QString::fromStdString(id)) << "the rule is called by its title, not its id";
    }
}

TEST_F(DockTest, FacilityGapsAndSitingAreTheClis) {
    FacilityPanel* panel = dock.facility_panel();
    auto* type = panel->findChild<QComboBox*>(QStringLiteral("renozoneFacilityType"));
    type->setCurrentIndex(type->findData(QStringLiteral("kindergarten")));
    ASSERT_TRUE(panel->show_gaps());
    EXPECT_TRUE(session.busy());
    EXPECT_FALSE(panel->suggest_sites());  // one task at a time
    ASSERT_TRUE(wait_until_idle(session));
    EXPECT_EQ(json::parse(panel->last_gaps_json().toStdString()), run_cli_json({"gaps", "--type", "kindergarten", "--format", "json"}));
    EXPECT_FALSE(QgsProject::instance()->mapLayersByName(QStringLiteral("gaps: 幼儿园 kindergarten")).isEmpty());
    ASSERT_TRUE(panel->show_gaps());  // shown again: replaces its layer
    ASSERT_TRUE(wait_until_idle(session));
    EXPECT_EQ(QgsProject::instance()->mapLayersByName(QStringLiteral("gaps: 幼儿园 kindergarten")).size(), 1);

    panel->findChild<QSpinBox*>(QStringLiteral("renozoneSiteCount"))->setValue(2);
    panel->findChild<QDoubleSpinBox*>(QStringLiteral("renozoneGridSpacing"))->setValue(100);
    ASSERT_TRUE(panel->suggest_sites());
    ASSERT_TRUE(wait_until_idle(session));
    EXPECT_EQ(json::parse(panel->last_selection_json().toStdString()),
              run_cli_json({"suggest-sites", "--type", "kindergarten", "--count", "2", "--spacing", "100", "--format", "json"}));
    const auto suggested = QgsProject::instance()->mapLayersByName(QStringLiteral("suggested sites: 幼儿园 kindergarten"));
    ASSERT_EQ(suggested.size(), 1);
    EXPECT_EQ(qobject_cast<QgsVectorLayer*>(suggested.front())->featureCount(), 2);
}

TEST_F(DockTest, TagsAndExportsThroughTheDock) {
    QTemporaryDir dir;
    ASSERT_TRUE(dock.tagTo(dir.filePath(QStringLiteral("tagged.gpkg"))));
    EXPECT_EQ(session.project_path(), dir.filePath(QStringLiteral("tagged.gpkg")));
    auto* phases = dynamic_cast<QgsCategorizedSymbolRenderer*>(session.layer(QStringLiteral("communities"))->renderer());
    ASSERT_NE(phases, nullptr);
    EXPECT_EQ(phases->classAttribute(), QStringLiteral("phase"));
    EXPECT_TRUE(session.layer(QStringLiteral("buildings"))->source().startsWith(dir.filePath(QStringLiteral("tagged.gpkg"))));

    ASSERT_TRUE(dock.exportReport(dir.filePath(QStringLiteral("coverage.csv"))));
    QFile csv(dir.filePath(QStringLiteral("coverage.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll().toStdString(), run_cli({"report", "--format", "csv"}));
}

TEST_F(DockTest, TheToolbarTagsAndOpensAsTasksAndOtherWorkWaits) {
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("tagged.gpkg"));
    const auto buildings = static_cast<long long>(session.district()->district().data().buildings.size());
    auto* tabs = dock.findChild<QTabWidget*>(QStringLiteral("renozoneTabs"));
    ASSERT_NE(tabs, nullptr);
    Messages messages(session);

    ASSERT_TRUE(session.tag_in_background(output));
    EXPECT_TRUE(session.busy());
    EXPECT_FALSE(tabs->isEnabled());
    EXPECT_FALSE(session.open(QString()));
    EXPECT_FALSE(session.tag_in_background(dir.filePath(QStringLiteral("other.gpkg"))));
    EXPECT_FALSE(dock.exportReport(dir.filePath(QStringLiteral("coverage.csv"))));
    ASSERT_EQ(messages.levels.size(), 3);
    for (const Qgis::MessageLevel level : messages.levels) EXPECT_EQ(level, Qgis::Warning);

    ASSERT_TRUE(wait_until_idle(session));
    EXPECT_TRUE(tabs->isEnabled());
    EXPECT_EQ(messages.levels.last(), Qgis::Success) << messages.texts.last().toStdString();
    EXPECT_EQ(session.project_path(), output);
    EXPECT_TRUE(session.layer(QStringLiteral("buildings"))->source().startsWith(output));
    EXPECT_EQ(session.layer(QStringLiteral("buildings"))->featureCount(), buildings);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("other.gpkg"))));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("coverage.csv"))));

    ASSERT_TRUE(session.open_in_background(output));
    ASSERT_TRUE(wait_until_idle(session));
    EXPECT_EQ(session.district()->source(), output);
    EXPECT_EQ(static_cast<long long>(session.district()->district().data().buildings.size()), buildings);
}

TEST_F(DockTest, AFailedBackgroundOpenKeepsTheDistrictAndSaysWhy) {
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.gpkg"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a GeoPackage");
    file.close();
    const QString before = session.district()->source();
    Messages messages(session);
    ASSERT_TRUE(session.open_in_background(broken));
    ASSERT_TRUE(wait_until_idle(session));
    EXPECT_EQ(session.district()->source(), before);
    ASSERT_EQ(messages.levels.size(), 1);
    EXPECT_EQ(messages.levels.last(), Qgis::Critical);
    EXPECT_TRUE(messages.texts.last().contains(QStringLiteral("broken.gpkg"))) << messages.texts.last().toStdString();
}

// The dock opens a source with a broken feature as the viewer does: the data on
// the map, the bad value read as missing, the problem listed in a table layer.
TEST_F(DockTest, ABrokenFeatureOpensAndIsListedAsADataProblem) {
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("data.gpkg"));
    ASSERT_TRUE(QFile::copy(session.district()->source(), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(copy.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        OGRLayer* buildings = ds->GetLayerByName("buildings");
        OGRFeatureUniquePtr first(buildings->GetNextFeature());
        first->SetField("floors", -5);
        ASSERT_EQ(buildings->SetFeature(first.get()), OGRERR_NONE);
    }
    Messages messages(session);
    ASSERT_TRUE(session.open(copy));
    EXPECT_EQ(session.district()->source(), copy);
    EXPECT_EQ(session.district()->district().analysis().discrepancies.count(Severity::error), 1u);
    ASSERT_FALSE(messages.levels.isEmpty());
    EXPECT_EQ(messages.levels.last(), Qgis::Warning);
    EXPECT_TRUE(messages.texts.last().contains(QStringLiteral("1 error(s) in the data"))) << messages.texts.last().toStdString();
    const auto problems = QgsProject::instance()->mapLayersByName(data_problems_title());
    ASSERT_EQ(problems.size(), 1);
    auto* table = qobject_cast<QgsVectorLayer*>(problems.first());
    ASSERT_NE(table, nullptr);
    QgsFeature first_row;
    ASSERT_TRUE(table->getFeatures().nextFeature(first_row));  // errors come first
    EXPECT_EQ(first_row.attribute(QStringLiteral("code")).toString(), QStringLiteral("negative_value"));
    EXPECT_TRUE(first_row.attribute(QStringLiteral("problem")).toString().contains(QStringLiteral("floors")));
    EXPECT_EQ(table->featureCount(), static_cast<long long>(session.district()->district().analysis().discrepancies.items.size()));
}

TEST_F(DockTest, RefusesToTagOverTheDataItReads) {
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("data.gpkg"));
    ASSERT_TRUE(QFile::copy(session.district()->source(), copy));
    ASSERT_TRUE(session.open(copy));
    EXPECT_EQ(session.project_path(), copy);
    EXPECT_FALSE(dock.tagTo(copy));
}


// The dock fits a 1366 × 768 screen with the QGIS window around it (it once
// made the window 1,132 px tall, the save button off a 1,000 px screen): every
// tab scrolls, and the dock neither needs nor asks for more than 600 px.
TEST_F(DockTest, TheDockFitsASmallScreen) {
    EXPECT_LE(dock.minimumSizeHint().height(), 600);
    EXPECT_LE(dock.sizeHint().height(), 600);
    auto* tabs = dock.findChild<QTabWidget*>(QStringLiteral("renozoneTabs"));
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i) EXPECT_NE(qobject_cast<QScrollArea*>(tabs->widget(i)), nullptr) << tabs->tabText(i).toStdString();
}

// Scrolling the dock over a field once changed a pipeline cost from 2,000,000
// to 1,300,000: unfocused fields leave the wheel to the scroll area.
TEST_F(DockTest, NumericFieldsIgnoreTheWheelUnlessFocused) {
    const auto spin_boxes = dock.findChildren<QAbstractSpinBox*>();
    const auto combos = dock.findChildren<QComboBox*>();
    ASSERT_GE(spin_boxes.size(), 4);
    ASSERT_GE(combos.size(), 3);
    for (QAbstractSpinBox* box : spin_boxes) EXPECT_EQ(box->focusPolicy(), Qt::StrongFocus) << box->objectName().toStdString();
    for (QComboBox* combo : combos) EXPECT_EQ(combo->focusPolicy(), Qt::StrongFocus) << combo->objectName().toStdString();

    auto* cost = dock.unit_panel()->findChild<QDoubleSpinBox*>(QStringLiteral("renozoneUnitPipelineCost"));
    ASSERT_NE(cost, nullptr);
    cost->setValue(2000000);
    ASSERT_FALSE(cost->hasFocus());
    const QPoint at = cost->rect().center();
    QWheelEvent down(QPointF(at), QPointF(cost->mapToGlobal(at)), QPoint(), QPoint(0, -7 * 120), Qt::NoButton, Qt::NoModifier,
                     Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(cost, &down);
    EXPECT_EQ(cost->value(), 2000000);
    auto* phase = dock.unit_panel()->findChild<QComboBox*>(QStringLiteral("renozoneUnitPhase"));
    ASSERT_NE(phase, nullptr);
    phase->setCurrentIndex(0);
    QWheelEvent over_phase(QPointF(at), QPointF(phase->mapToGlobal(at)), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                           Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(phase, &over_phase);
    EXPECT_EQ(phase->currentIndex(), 0);
}

// The four shares in a table with their sum; saved with the unit.
TEST_F(DockTest, TheFundingSplitIsATableSavedWithTheUnit) {
    UnitPanel* panel = dock.unit_panel();
    auto* funding = panel->findChild<widgets::FundingTable*>();
    ASSERT_NE(funding, nullptr);
    const double shares[] = {40, 30, 20, 5};
    for (int i = 0; i < 4; ++i) funding->share_box(i)->setValue(shares[i]);
    EXPECT_TRUE(funding->sum_is_off());
    EXPECT_EQ(funding->sum_text(), QStringLiteral("95.0 %"));
    panel->evaluate_finished(QgsGeometry::fromWkt(
        QStringLiteral("POLYGON((474400 3245500,474800 3245500,474800 3245800,474400 3245800,474400 3245500))")));
    EXPECT_TRUE(panel->findChild<QLabel*>(QStringLiteral("renozoneUnitWarnings"))->text().contains(QStringLiteral("100 %")));
    QTemporaryDir refused;
    session.set_project_path(refused.filePath(QStringLiteral("project.gpkg")));
    EXPECT_FALSE(panel->save());  // not saved without its split
    EXPECT_FALSE(QFileInfo::exists(refused.filePath(QStringLiteral("project.gpkg"))));
    funding->share_box(3)->setValue(10);
    EXPECT_EQ(funding->sum_text(), QStringLiteral("100.0 %"));
    EXPECT_FALSE(panel->findChild<QLabel*>(QStringLiteral("renozoneUnitWarnings"))->text().contains(QStringLiteral("100 %")));

    QTemporaryDir dir;
    session.set_project_path(dir.filePath(QStringLiteral("project.gpkg")));
    ASSERT_TRUE(panel->save());
    ProjectStore store(session.project_path().toStdString());
    const auto units = store.units(session.district()->district().ctx());
    ASSERT_EQ(units.size(), 1u);
    ::renozone::shell_test::expect_typed_funding_saved(units[0].attributes.money.funding);

    auto translator = install_translator(QStringLiteral("zh-Hans"), QStringLiteral(RENOZONE_QM_DIR));
    ASSERT_NE(translator, nullptr);
    UnitPanel chinese(&session, &canvas);
    auto* table = chinese.findChild<widgets::FundingTable*>()->findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("中央"));
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("市级"));
    EXPECT_EQ(table->item(2, 0)->text(), QStringLiteral("区级"));
    EXPECT_EQ(table->item(3, 0)->text(), QStringLiteral("居民"));
    EXPECT_EQ(table->item(4, 0)->text(), QStringLiteral("合计"));
    QCoreApplication::removeTranslator(translator.get());
}

// A community 99.6 % inside is cut, and the panel says 99.6 %, never "100 %".
TEST_F(DockTest, ACommunityAlmostWhollyInsideIsNotSaidToBeWhollyInside) {
    const District& district = session.district()->district();
    const Community& community = district.data().communities.front();
    const QgsGeometry whole = to_qgis(district, community.geom.get());
    const double shrink = 0.004 * whole.area() / whole.length();  // leaves about 99.6 % of it inside
    dock.unit_panel()->evaluate_finished(whole.buffer(-shrink, 8));
    const QString warnings = dock.unit_panel()->findChild<QLabel*>(QStringLiteral("renozoneUnitWarnings"))->text();
    const QString cut = QStringLiteral("cuts community %1").arg(QString::fromStdString(community.id));
    ASSERT_TRUE(warnings.contains(cut)) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QRegularExpression(QStringLiteral("\\(99\\.[5-9] % inside\\)")))) << warnings.toStdString();
    EXPECT_FALSE(warnings.contains(QStringLiteral("(100 % inside)")));
}

// Value and threshold each with their own unit (households within a radius in
// m), the clause in its column with the Chinese text first in a Chinese QGIS.
TEST_F(DockTest, SiteRulesShowTheirOwnUnitsAndTheClause) {
    auto translator = install_translator(QStringLiteral("zh-Hans"), QStringLiteral(RENOZONE_QM_DIR));
    ASSERT_NE(translator, nullptr);
    SitePanel* panel = dock.site_panel();
    auto* type = panel->findChild<QComboBox*>(QStringLiteral("renozoneSiteType"));
    type->setCurrentIndex(type->findData(QStringLiteral("kindergarten")));
    panel->check_at(QgsPointXY(474500, 3245600));
    const auto* rules = panel->findChild<QTreeWidget*>(QStringLiteral("renozoneSiteRules"));
    const QTreeWidgetItem* households = nullptr;
    for (int i = 0; i < rules->topLevelItemCount(); ++i)
        if (rules->topLevelItem(i)->data(0, Qt::UserRole).toString() == QStringLiteral("households_served")) households = rules->topLevelItem(i);
    ASSERT_NE(households, nullptr);
    EXPECT_TRUE(households->text(2).endsWith(QStringLiteral(" 户"))) << households->text(2).toStdString();
    EXPECT_EQ(households->text(3), QStringLiteral("300 m"));
    EXPECT_TRUE(households->text(4).startsWith(QStringLiteral("renozone 初始值：服务半径不宜大于300米")))
        << households->text(4).toStdString();
    QCoreApplication::removeTranslator(translator.get());
    panel->check_at(QgsPointXY(474500, 3245600));
    for (int i = 0; i < rules->topLevelItemCount(); ++i)
        if (rules->topLevelItem(i)->data(0, Qt::UserRole).toString() == QStringLiteral("households_served")) households = rules->topLevelItem(i);
    EXPECT_TRUE(households->text(2).endsWith(QStringLiteral(" households")));
    EXPECT_EQ(households->text(3), QStringLiteral("300 m"));
    EXPECT_TRUE(households->text(4).startsWith(QStringLiteral("renozone starting value: 300 m (not above)")));
}

}  // namespace
}  // namespace renozone::plugin::test
